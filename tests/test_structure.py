"""Structure checks: broken paragraphs, unbalanced pairs, repetition (issue 5)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import load_pack

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "rules" / "structure.yaml"


@pytest.fixture(scope="module")
def rules():
    return {r.id: r for r in load_pack(PACK)}


def run(rules, rule_id: str, text: str):
    doc = Document(text)
    return doc, [f for f in lint_document(doc, [rules[rule_id]]) if f.rule == rule_id]


def line(doc: Document, offset: int) -> int:
    return doc.position(offset)[0]


# -- truncation -------------------------------------------------------------------------

BROKEN = (
    "新区管委会介绍，体育中心、滨河公园和地下管廊三项工程原计划于2024年10\n\n"
    "体育中心主体育场的钢结构网架上周顺利合龙，施工方在全市建筑行业中率\n\n"
    "月底全部完工，目前看来有望提前交付。\n\n"
    "先采用了智能焊接机器人，焊接合格率达到99%以上。"
)


def test_breaks_pair_with_their_continuations(rules):
    doc, found = run(rules, "broken-paragraph", BROKEN)
    pairs = {(line(doc, f.start), line(doc, f.related[0].start)) for f in found}
    assert pairs == {(1, 5), (3, 7)}


def test_dangling_word_with_adjacent_continuation(rules):
    doc, found = run(
        rules, "broken-paragraph", "园区今年新签约项目12个，其中已开工项目预计明年正式\n\n投产。"
    )
    assert len(found) == 1 and line(doc, found[0].related[0].start) == 3


def test_bare_figure_continuation(rules):
    text = "目前，码头工程的主体结构已经基本建成，下横梁浇筑完成\n\n80%，引桥工程完成60%，后续将进行设备安装。"
    assert len(run(rules, "broken-paragraph", text)[1]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "城西新区建设提速 三大工程年内完工\n\n本报讯（记者 陈晓）今年以来，城西新区全面提速。",
        "现场施工。张敏 摄\n\n（完）",
        "主要措施有：\n\n1. 加强技能培训\n\n2. 完善服务平台",
        # one paragraph alone: no other paragraph shows that this text ends its paragraphs
        # with a full stop (sentence lists, captions, extracted clauses)
        "今年以来全区共实施重点项目46个，完成投资86.3亿元，其中三大工程进展最快",
        # verse laid out one line per block
        "“春风又绿江南岸，\n\n明月何时照我还。”",
    ],
)
def test_not_broken(rules, text):
    assert run(rules, "broken-paragraph", text)[1] == []


def test_one_line_per_paragraph_headlines_are_not_truncated(rules):
    text = "全市保障性住房建设提速\n今年以来，全市新开工保障性住房项目18个，完成投资12.6亿元。\n郊区公交线路优化调整\n市交通局近日对12条郊区公交线路进行了优化。"
    assert run(rules, "broken-paragraph", text)[1] == []


def test_fragment_paragraph(rules):
    doc, found = run(
        rules, "fragment-paragraph", "新建的体育公园已经对外开放。\n\n，周边居民纷纷前来健身。"
    )
    assert len(found) == 1 and line(doc, found[0].start) == 3
    # claimed by a break: reported once, by broken-paragraph
    text = "新建的体育公园上周末已经正式对外开放，周边的居民\n\n，纷纷前来健身。"
    assert run(rules, "fragment-paragraph", text)[1] == []
    assert len(run(rules, "broken-paragraph", text)[1]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "新区道路建设全面提速\n\n年底建成通车，届时从新区到机场只需20分钟。",
        "全市新能源汽车保有量持续增长\n\n量同比增长35%，充电桩建设同步提速。",
        "全县职业技能培训成效明显\n\n率达到百分之九十八，位居全省前列。",
        "园区出台十条扶持政策\n\n多科技型中小企业，推动产业链延链补链。",
        "县里今年新建了3所幼儿园。\n\n的孩子们在宽敞明亮的新教室里上课。",
    ],
)
def test_fragment_from_first_words(rules, text):
    doc, found = run(rules, "fragment-paragraph", text)
    assert len(found) == 1 and line(doc, found[0].start) == 3


@pytest.mark.parametrize(
    "text",
    [
        "年底前，全市将完成80个老旧小区改造。",
        "年底建成的体育馆将承办明年的省运会。",
        "年初以来，全市新开工项目120个。",
        "多家企业负责人表示，订单已排到明年。",
        "多部门联合执法，查处违法案件12起。",
        "多措并举，全力稳住就业基本盘。",
        "数据显示，全市新能源汽车保有量同比增长35%。",
        "数十名志愿者赶来帮忙。",
        "率先完成改造的小区已经交付使用。",
        "的确，这项工作任重道远。",
        "量子科技产业园今天开工。",
    ],
)
def test_sentence_starts_are_no_fragments(rules, text):
    assert run(rules, "fragment-paragraph", "城区建设提速\n\n" + text)[1] == []


def test_first_words_fragment_joins_the_open_end_before_it(rules):
    text = "全市新开工重点项目32个，其中城东污水处理厂计划于今年\n\n年底建成投用，日处理能力5万吨。"
    doc, found = run(rules, "broken-paragraph", text)
    assert len(found) == 1 and line(doc, found[0].related[0].start) == 3
    assert run(rules, "fragment-paragraph", text)[1] == []
    # an open end without a word cut: the fragment's first words are the evidence
    text = "全市新增规模以上工业企业86家，工业增加值增长8.2%，企业\n\n数位居全省第二。"
    assert len(run(rules, "broken-paragraph", text)[1]) == 1


JIEBA_PROBE = """
import sys
from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import load_pack
rules = load_pack({pack!r})
lint_document(Document({text!r}), rules)
words = sys.modules.get("lint_news.words")  # the segmenter (rjieba's words without rjieba)
print("jieba" in sys.modules or "rjieba" in sys.modules or bool(words and words.is_loaded()))
"""


@pytest.mark.parametrize(
    ("text", "loaded"),
    [
        (
            "城西新区建设提速\n\n今年以来，城西新区全面提速，完成投资86.3亿元。\n\n下一步将加快建设。",
            "False",
        ),
        (
            "施工方在全市建筑行业中率先采用智能焊接机器人，效果明显，施工方在全市建筑行业中率\n\n先采用了智能焊接机器人。",
            "True",
        ),
    ],
)
def test_jieba_only_when_a_document_has_a_break(text, loaded):
    code = JIEBA_PROBE.format(pack=str(PACK), text=text)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == loaded


def test_words_interface():
    from lint_news import words

    assert words.crossing("在全市建筑行业中率", "先采用了") == ("率先", 1)
    assert words.crossing("完成投资", "今年以来") is None
    assert "".join(words.cut("智能焊接机器人")) == "智能焊接机器人"
    with pytest.raises(ValueError):
        words.use_backend("nope")


# -- pairs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "他说：“我们会继续推进老旧小区改造。\n\n下午，记者来到施工现场。",
        "城市更新提速\n\n根据《城市更新行动方案，全市今年将改造老旧小区120个。",
        "平台上线\n\n这个被称为“智慧大脑”的平台”已经上线运行。",
        "滨河公园施工紧张。“我们每天三班轮流作业。项目经理说。",
        # two closing marks around a short phrase: wrong way round even in one sentence
        "5月8日，”海燕二号”科考船顺利返港。",
    ],
)
def test_unbalanced(rules, text):
    assert run(rules, "unbalanced-pair", text)[1]


def test_wrong_way_quote_is_one_finding_with_fix(rules):
    doc, found = run(rules, "unbalanced-pair", "5月8日，”海燕二号”科考船顺利返港。")
    assert len(found) == 1 and found[0].fix == "“海燕二号”"


@pytest.mark.parametrize(
    "text",
    [
        # one sentence taken out of its article: the quotation began or goes on elsewhere
        "把省下来的钱都用在修路架桥上。”",
        "他在会上提出一个问题：“假如你是一名普通的来访群众，你希望被怎样接待？",
        "会议选出新一届理事会（右图为新当选的理事长在会上发言。",
    ],
)
def test_one_sentence_document_edges_are_silent(rules, text):
    assert run(rules, "unbalanced-pair", text)[1] == []


def test_one_sentence_document_closing_mark_start_is_no_fragment(rules):
    assert run(rules, "fragment-paragraph", "》一文对此作了详细介绍。")[1] == []
    assert run(rules, "fragment-paragraph", "公园已开放。\n\n》一文对此作了详细介绍。")[1]


@pytest.mark.parametrize(
    "text",
    [
        "他回忆说：“那一年，我们村里还没有通公路。\n\n“现在家家户户都用上了自来水。”",
        "项目总投资3.2亿元(其中中央补助资金8000万元）。",
        "会议讨论了三项议题：1) 预算；2) 人事；3) 规划。",
        "The company’s new plant opened today.",
        "他说：“这艘名为‘远航III’号的科考船昨天返港。”",
        "报道称，‘Nova’卫星已进入预定轨道，it’s a success。",
        # a break inside a quotation: the truncation check reports it, not this one
        "记者采访时，项目经理说：“我们每天安排三个班组轮流作业，确保在汛期到来前完成护岸工\n\n程。”",
    ],
)
def test_balanced_or_allowed(rules, text):
    assert run(rules, "unbalanced-pair", text)[1] == []


def test_slipped_quote_is_one_finding(rules):
    doc, found = run(
        rules, "unbalanced-pair", "今年全区经济效益稳步增长。“\n\n这个成绩来之不易。”工人们说。"
    )
    assert len(found) == 1 and found[0].related


# -- repetition -------------------------------------------------------------------------

PARA = "今年以来，全市新开工保障性住房项目18个，完成投资12.6亿元，惠及群众约4000户。"


def test_repeated_paragraph_points_at_first(rules):
    doc, found = run(rules, "repeated-paragraph", f"{PARA}\n\n下一步将加快建设。\n\n{PARA}")
    assert (
        len(found) == 1
        and line(doc, found[0].start) == 5
        and line(doc, found[0].related[0].start) == 1
    )


def test_near_repeat_and_width(rules):
    near = PARA.replace("今年以来", "年初以来")
    assert run(rules, "repeated-paragraph", f"{PARA}\n\n{near}")[1]
    wide = PARA.replace("，", ", ")
    assert run(rules, "repeated-paragraph", f"{PARA}\n\n{wide}")[1]


def test_parallel_passages_and_boilerplate_not_repeated(rules):
    other = PARA.replace("18个", "9个").replace("12.6亿元", "5.3亿元").replace("4000户", "1800户")
    assert run(rules, "repeated-paragraph", f"{PARA}\n\n{other}")[1] == []
    assert (
        run(
            rules,
            "repeated-paragraph",
            "现场。张敏 摄\n\n正文内容很短。\n\n现场。张敏 摄\n\n（完）\n\n（完）",
        )[1]
        == []
    )


def test_repeated_sentences_in_one_long_block(rules):
    body = "".join(f"第{i}项工程今年完成投资{i}亿元，带动就业{i * 100}人。" for i in range(1, 6))
    doc, found = run(rules, "repeated-sentence", "城西新区今年重点建设五项工程。" + body + body)
    assert len(found) == 1 and "5句" in found[0].message
    assert found[0].related[0].start < found[0].start


def test_template_list_item_far_apart_is_not_a_repeat(rules):
    item = "能够适应经常出差和高强度的工作节奏；"
    text = (
        "招聘岗位一、市场专员工作要求：1、本科以上学历；2、有两年以上相关经验；3、"
        + item
        + "4、熟练使用办公软件。岗位二、活动策划工作要求：1、大专以上学历；2、"
        + item
        + "3、有较强的文字功底。"
    )
    assert run(rules, "repeated-sentence", text)[1] == []


def test_sentence_repeat_needs_length(rules):
    assert run(rules, "repeated-sentence", "好！好！好！观众席上掌声雷动。")[1] == []


@pytest.mark.parametrize(
    "text", ["这是全市最大的的一个公园。", "我们我们将继续做好服务保障。", "项目已经已经完成验收。"]
)
def test_doubled_word(rules, text):
    assert run(rules, "doubled-word", text)[1]


@pytest.mark.parametrize(
    "text",
    [
        "他常常一个人去图书馆，天天如此。",
        "这个方案大家再研究研究，看看还有什么问题。谢谢！",
        "他说的的确是实情，这个目的的实现并不容易。有的的确做得不错。",
        "这件事的的确确办得很好。",
        "工人们一个一个地走了出来，听老人几小时几小时地讲。",
    ],
)
def test_reduplication_is_silent(rules, text):
    assert run(rules, "doubled-word", text)[1] == []


FILLER = "全市各区县按照统一部署推进各项工作，群众满意度稳步提升，相关经验在全省推广。" * 6


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # paragraph breaks lost: a subhead runs into its paragraph that opens with its words
        (FILLER + "三、做好垃圾分类垃圾分类的关键在于源头减量。", False),
        (FILLER + "智能制造智能制造的核心是数据和软件。", False),
        (FILLER[:-1] + "”智能制造智能制造的核心是数据和软件。", False),
        # a clause cut on a function word, or a doubling inside a sentence, is a slip
        (FILLER + "今后两地企业界在企业界在交流之余还将共建平台。", True),
        (FILLER + "记者了解到，今年全市新建校舍新建校舍38所。", True),
        # two attributes in a row: 的 + noun said twice is grammar
        ("拥有场馆的球队的球队经理负责安排训练。", False),
    ],
)
def test_doubled_long_words_in_glued_text(rules, text, flagged):
    assert bool(run(rules, "doubled-word", text)[1]) is flagged


def test_example_article():
    text = (ROOT / "examples" / "broken-layout.txt").read_text(encoding="utf-8")
    doc = Document(text)
    found = lint_document(doc, load_pack(PACK))
    assert {f.rule for f in found} == {
        "broken-paragraph",
        "unbalanced-pair",
        "repeated-paragraph",
        "repeated-sentence",
        "doubled-word",
    }
