"""The fact base: fact files, the ``facts`` and ``names`` checks, dates, and bad files."""

from __future__ import annotations

import json
import textwrap

import pytest

from lint_news.config import Config
from lint_news.engine import lint_text
from lint_news.facts import FactError, load_fact_file, load_facts

from .conftest import CORPORA, ROOT, need, run_cli

EXAMPLE_FACTS = ROOT / "examples" / "facts" / "china.yaml"

SHEET = """\
facts:
  - id: river-length
    subject: [长江, 长江干流]
    attribute: [全长, 干流全长]
    value: 6300余公里
    source: 测试用事实
  - id: city-area
    subject: [重庆市, 重庆]
    attribute: [总面积, 面积]
    value: 8.24万平方公里
    source: 测试用事实
  - id: bridge-length
    subject: [港珠澳大桥]
    attribute: [全长]
    value: 55公里
    source: 测试用事实
  - id: land-area
    subject: [我国, 中国]
    attribute: [陆地面积]
    value: 约960万平方公里
    source: 测试用事实
  - id: pop-2000
    subject: [全国, 我国]
    attribute: [总人口, 人口]
    value: 126583万人
    source: 第五次人口普查
    valid_from: 2000-11-01
    valid_to: 2010-10-31
    tolerance: 0.5%
  - id: pop-2020
    subject: [全国, 我国]
    attribute: [总人口, 人口]
    value: 141178万人
    source: 第七次人口普查
    valid_from: 2020-11-01
    tolerance: 0.5%
  - id: gdp-2023
    subject: [全国, 我国]
    attribute: [国内生产总值, GDP]
    value: 1260582亿元
    source: 2023年统计公报
    valid_from: 2023-01-01
    valid_to: 2023-12-31
    tolerance: 0.5%
names:
  - canonical: 生态环境部
    wrong: [国家生态环境部]
    source: 机构改革方案
"""


@pytest.fixture(scope="module")
def sheet(tmp_path_factory) -> str:
    p = tmp_path_factory.mktemp("facts") / "sheet.yaml"
    p.write_text(SHEET, encoding="utf-8")
    return str(p)


def linted(text: str, sheet: str, date: str | None = None, markdown: bool = False):
    cfg = Config(facts=(sheet,), date=date, select=("facts", "names"))
    return lint_text(text, config=cfg, markdown=markdown)


def found(text: str, sheet: str, **kw) -> list:
    return linted(text, sheet, **kw)[1]


def excerpts(text: str, sheet: str, **kw) -> list[str]:
    doc, findings = linted(text, sheet, **kw)
    return [doc.text[f.start : f.end] for f in findings]


# --------------------------------------------------------------------------------------
# figures against facts


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("长江全长3600余公里，是我国第一长河。", "3600余公里"),
        ("长江干流全长3600余公里。", "3600余公里"),  # an alias of the attribute
        (
            "长江发源于青藏高原，全长约3600公里，流经多个省份。",
            "约3600公里",
        ),  # subject opens the sentence
        ("长江，我国第一长河，全长3600公里。", "3600公里"),
        ("全长3600多公里的长江孕育了灿烂文明。", "3600多公里"),  # figure before the subject
        ("目前，长江全长3600余公里的说法仍见于一些读物。", "3600余公里"),
        ("长江全长6300米。", "6300米"),  # unit slip within the dimension
        ("重庆市总面积824平方公里。", "824平方公里"),
        ("港珠澳大桥全长5.5公里，连接三地。", "5.5公里"),
        ("我国陆地面积约690万平方公里。", "约690万平方公里"),
    ],
)
def test_a_figure_that_contradicts_a_fact_is_reported(sheet, text, wrong):
    assert excerpts(text, sheet) == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "长江全长6300余公里，是我国第一长河。",
        "长江全长约6300公里。",  # hedges on both sides overlap
        "长江全长近6400公里。",
        "长江全长6000多公里。",
        "长江全长630万米。",  # the same length in metres
        "长江干流全长6.3千公里。",
        "重庆市总面积8.24万平方公里。",
        "重庆市总面积82400平方公里。",
        "港珠澳大桥全长5.5万米。",
        "我国陆地面积960万平方公里。",
        "我国陆地面积近千万平方公里。",
    ],
)
def test_a_figure_that_agrees_with_a_fact_is_silent(sheet, text):
    assert excerpts(text, sheet) == []


@pytest.mark.parametrize(
    "text",
    [
        "长江沿线的这条高速公路全长360公里。",  # near the subject, not about it
        "长江经济带，全长360公里的铁路今年贯通。",
        "沿着长江，全长360公里的绿道串起多座城市。",
        "长江大桥全长1.6公里。",  # a longer name that starts with the subject
        "明长城全长8851.8公里。",
        "日本全国总人口约1.2亿人。",  # another country's whole
        "一季度全国国内生产总值28.5万亿元。",  # a quarter's figure
        "全国国内生产总值74772亿元。",  # a year's figure with no year and no article date
        "长江流域面积180万平方公里。",  # another attribute
        "重庆市渝北区面积1452平方公里。",
    ],
)
def test_near_misses_stay_silent(sheet, text):
    assert excerpts(text, sheet) == []


# --------------------------------------------------------------------------------------
# the article's date and the validity of facts

DATELINE_2001 = "新华社北京2001年3月28日电\n\n"
DATELINE_2024 = "新华社北京2024年3月28日电\n\n"


def test_validity_periods_follow_the_dateline(sheet):
    old, new = "全国总人口为12.66亿人。", "全国总人口为14.1亿人。"
    assert excerpts(DATELINE_2001 + old, sheet) == []
    assert excerpts(DATELINE_2001 + new, sheet) == ["14.1亿人"]
    assert excerpts(DATELINE_2024 + new, sheet) == []
    assert excerpts(DATELINE_2024 + old, sheet) == ["12.66亿人"]


def test_front_matter_date_and_the_date_option(sheet):
    md = "---\ntitle: 人口\ndate: 2001-05-01\n---\n\n全国总人口为14.1亿人。\n"
    assert excerpts(md, sheet, markdown=True) == ["14.1亿人"]
    assert excerpts(md, sheet, markdown=True, date="2024-01-01") == []  # --date overrides


def test_a_year_in_the_sentence_picks_the_fact(sheet):
    assert excerpts(DATELINE_2024 + "2001年全国总人口为14.1亿人。", sheet) == ["14.1亿人"]
    assert excerpts("2023年全国国内生产总值126万亿元。", sheet) == []
    assert excerpts("2023年全国国内生产总值162万亿元。", sheet) == ["162万亿元"]


def test_without_a_date_the_newest_standing_value_is_used_and_said(sheet):
    fs = found("全国总人口为12.66亿人。", sheet)
    assert len(fs) == 1
    assert "文章无日期" in fs[0].message and "141178万人" in fs[0].message
    dated = found(DATELINE_2024 + "全国总人口为12.66亿人。", sheet)
    assert "文章无日期" not in dated[0].message and "2024-03-28" in dated[0].message


def test_message_names_value_id_and_source_and_offers_no_fix(sheet):
    (f,) = found("长江全长3600余公里。", sheet)
    assert f.rule == "facts" and f.category == "quantity" and f.severity.label == "error"
    assert "6300余公里" in f.message and "river-length" in f.message and "测试用事实" in f.message
    assert f.fix is None


# --------------------------------------------------------------------------------------
# names


def test_a_wrong_name_is_reported_with_a_safe_fix(sheet):
    (f,) = found("国家生态环境部有关负责人介绍了情况。", sheet)
    assert f.rule == "names" and f.fix == "生态环境部" and f.category == "wording"


@pytest.mark.parametrize(
    "text",
    [
        "生态环境部有关负责人介绍了情况。",
        "一些稿件把它误写作“国家生态环境部”。",  # quoted as the error itself
        "文件题为「国家生态环境部职能」的说法并不准确。",
    ],
)
def test_names_left_alone(sheet, text):
    assert found(text, sheet) == []


def test_fix_rewrites_the_name(sheet, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("国家生态环境部今天发布公报。\n", encoding="utf-8")
    r = run_cli("check", str(art), "--facts", sheet, "--fix")
    assert r.returncode in (0, 1), r.stderr.decode()
    assert art.read_text(encoding="utf-8") == "生态环境部今天发布公报。\n"


# --------------------------------------------------------------------------------------
# loading: command line, configuration, errors


def test_without_fact_files_the_rules_are_silent():
    _doc, fs = lint_text("长江全长3600余公里。国家生态环境部发布公报。")
    assert not [f for f in fs if f.rule in ("facts", "names")]


def test_configuration_names_fact_directories_relative_to_itself(tmp_path):
    desk = tmp_path / "desk" / "facts"
    desk.mkdir(parents=True)
    (desk / "rivers.yaml").write_text(SHEET, encoding="utf-8")
    (tmp_path / ".lint-news.yaml").write_text("facts: [desk/facts/]\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("长江全长3600余公里。\n", encoding="utf-8")
    r = run_cli("check", "story.txt", "--format", "json", cwd=tmp_path)
    assert r.returncode == 1, r.stderr.decode()
    rules = [f["rule"] for f in json.loads(r.stdout)["findings"]]
    assert rules == ["facts"]


def test_facts_option_is_repeatable(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(
        "facts:\n  - {id: x, subject: 长江, attribute: 全长, value: 6300余公里, source: s}\n",
        encoding="utf-8",
    )
    b.write_text(
        "facts:\n  - {id: y, subject: 黄河, attribute: 全长, value: 5464公里, source: s}\n",
        encoding="utf-8",
    )
    art = tmp_path / "s.txt"
    art.write_text("长江全长3600余公里。\n\n黄河全长4564公里。\n", encoding="utf-8")
    r = run_cli("check", str(art), "--facts", str(a), "--facts", str(b), "--format", "json")
    assert [f["line"] for f in json.loads(r.stdout)["findings"]] == [1, 3]


@pytest.mark.parametrize(
    "body, line, problem",
    [
        ("  - {id: a, subject: 长江, attribute: 全长, value: 很长, source: s}\n", 2, "cannot read"),
        (
            "  - {id: a, subject: 长江, attribute: 全长, value: 6300余光年, source: s}\n",
            2,
            "unknown unit",
        ),
        ("  - {id: a, subject: 长江, attribute: 全长, value: 6300, source: s}\n", 2, "no unit"),
        (
            "  - {id: a, subject: 长江, attribute: 全长, value: 6300公里, source: s}\n"
            "  - {id: a, subject: 黄河, attribute: 全长, value: 5464公里, source: s}\n",
            3,
            "duplicate fact id 'a'",
        ),
        ("  - {id: a, subject: 长江, attribute: 全长, value: 6300公里}\n", 2, "missing 'source'"),
        (
            "  - {id: a, subject: 长江, attribute: 全长, value: 6300公里, source: s, size: 1}\n",
            2,
            "unknown key",
        ),
        (
            "  - {id: a, subject: 长江, attribute: 全长, value: 6300公里, source: s,"
            " valid_from: soon}\n",
            2,
            "valid_from",
        ),
    ],
)
def test_a_bad_fact_file_fails_with_file_line_and_problem(tmp_path, body, line, problem):
    p = tmp_path / "bad.yaml"
    p.write_text("facts:\n" + body, encoding="utf-8")
    with pytest.raises(FactError) as exc:
        load_fact_file(p)
    assert exc.value.line == line and problem in exc.value.problem
    art = tmp_path / "s.txt"
    art.write_text("长江全长6300余公里。\n", encoding="utf-8")
    r = run_cli("check", str(art), "--facts", str(p))
    assert r.returncode == 2
    err = r.stderr.decode()
    assert f"{p}:{line}:" in err and problem in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_an_object_tag_is_refused(tmp_path):
    p = tmp_path / "evil.yaml"
    p.write_text("facts: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(FactError) as exc:
        load_fact_file(p)
    assert exc.value.line == 1


def test_a_missing_fact_file_and_a_bad_date_are_one_line_errors(tmp_path):
    art = tmp_path / "s.txt"
    art.write_text("长江全长6300余公里。\n", encoding="utf-8")
    r = run_cli("check", str(art), "--facts", str(tmp_path / "none.yaml"))
    assert r.returncode == 2 and "not found" in r.stderr.decode()
    r = run_cli("check", str(art), "--date", "2024-02-30")
    assert r.returncode == 2 and "--date" in r.stderr.decode()


def test_explain_facts():
    r = run_cli("explain", "facts")
    assert r.returncode == 0
    out = r.stdout.decode()
    assert "kind facts" in out and "长江" in out


# --------------------------------------------------------------------------------------
# the shipped example


def test_example_sheet_loads_with_its_sources():
    base = load_facts([str(EXAMPLE_FACTS)])
    assert len(base.facts) + len(base.names) >= 25
    assert all(f.source for f in base.facts) and all(n.source for n in base.names)


def test_example_article_findings():
    article = ROOT / "examples" / "facts" / "article.md"
    r = run_cli("check", str(article), "--format", "json", "--select", "facts,names")
    assert r.returncode == 1, r.stderr.decode()
    got = sorted((f["line"], f["rule"]) for f in json.loads(r.stdout)["findings"])
    assert got == [(6, "facts"), (10, "names"), (12, "facts"), (14, "facts")]


@pytest.mark.corpus
def test_clean_corpora_give_no_fact_findings():
    """Every clean-corpus document that names a subject or a wrong name of the example sheet:
    nothing is reported (the full run is `benchmarks/corpus_eval.py --facts …`)."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import corpus_eval

    root = need(CORPORA, "the clean corpora")
    base = load_facts([str(EXAMPLE_FACTS)])
    subjects = {s for f in base.facts for s in f.subjects}
    attributes = {a for f in base.facts for a in f.attributes}
    wrong = {w for n in base.names for w in n.wrong}
    cfg = Config(facts=(str(EXAMPLE_FACTS),), select=("facts", "names"))
    named = 0
    for unit in corpus_eval.load_units(root):
        t = unit.text  # a finding needs a subject and an attribute, or a wrong name
        if any(w in t for w in wrong) or (
            any(a in t for a in attributes) and any(s in t for s in subjects)
        ):
            named += 1
            _doc, fs = lint_text(unit.text, config=cfg)
            assert not fs, (unit.file, [unit.text[f.start - 10 : f.end + 5] for f in fs])
    assert named > 50


def test_doc_sheet_example_is_valid(tmp_path):
    p = tmp_path / "readme.yaml"
    p.write_text(
        textwrap.dedent(
            """\
            facts:
              - id: yangtze-length
                subject: [长江, 长江干流]
                attribute: [全长, 长度, 干流全长]
                value: 6300余公里
                source: 水利部《中国河流泥沙公报》
                valid_from: 2000-01-01
                valid_to: null
                tolerance: 0
            names:
              - canonical: 国家知识产权局
                wrong: [国家知识产权总局, 国家专利局]
                source: 国务院机构改革方案（2018）
            """
        ),
        encoding="utf-8",
    )
    base = load_fact_file(p)
    assert base.facts[0].lo == 6300 and base.names[0].wrong[1] == "国家专利局"
