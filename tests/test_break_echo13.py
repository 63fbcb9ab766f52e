"""Pairing a break with its rest by the document's own words (issue 9, echo13): an echo of
the open sentence's word weighs by where it stands in the candidate's first clause (its
opening word: a new sentence's subject; later: maybe the rest's object), a candidate's first
sentence that shares words with the broken paragraph alone (``Topic.share``), and a string
across the joint that the document writes elsewhere (``Topic.spelled``: a name or term the
break cut). Every sentence here is written for the test; each shape has look-alikes.
"""

from __future__ import annotations

import pytest

from lint_news.checks import break_pairing as bp
from lint_news.checks import break_topic
from lint_news.checks.break_topic import Topic

from .break_support import pair_scores, pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


# -- the echo's shape ------------------------------------------------------------------------

SEED_TAIL = "会上，技术站站长介绍说，今年全镇推广的水稻新品种"


@pytest.mark.parametrize(
    "head",
    [
        "水稻新品种是从省农科院引进的，抗倒伏能力强。",  # the word opens: a new sentence
        "新品种的种子由镇里统一采购。",
    ],
)
def test_an_echo_that_opens_the_candidate_weighs_fully(head):
    assert bp.echo(SEED_TAIL, head) == bp.W_ECHO
    assert bp.Scorer().echo(SEED_TAIL, head) == bp.W_ECHO


@pytest.mark.parametrize(
    "head",
    [
        "主要是抗病水稻新品种，亩产比老品种高一成。",  # after the rest's own verb
        "共计三个水稻新品种，都已通过省里审定。",
    ],
)
def test_an_echo_later_in_the_first_clause_weighs_less(head):
    assert bp.echo(SEED_TAIL, head) == bp.W_ECHO_INSIDE
    assert bp.Scorer().echo(SEED_TAIL, head) == bp.W_ECHO_INSIDE
    assert bp.W_ECHO < bp.W_ECHO_INSIDE < 0


@pytest.mark.parametrize(
    "head",
    [
        "共有六个，种植面积达到八千亩。",  # no word of the open sentence
        "共有六个，其中水稻新品种四个。",  # the word after the first clause
    ],
)
def test_no_echo_in_the_first_clause_weighs_nothing(head):
    assert bp.echo(SEED_TAIL, head) == 0.0
    assert bp.Scorer().echo(SEED_TAIL, head) == 0.0


# -- the broken paragraph's own words ----------------------------------------------------------

STREET = (
    "镇里去年启动了老街改造工程，今年春天已经全部完工。",
    "改造工程涉及沿街店铺一百二十多家，施工期间既要保证进度，又要照顾商户的生意。负责施工协调的镇干部王",
    "老街两侧的店铺陆续恢复营业，客流比改造前多了不少。",
    "镇里还在街口新建了一座停车场，可停放小汽车八十辆。",
    "立新几乎每天都守在工地上，协调解决了三十多个问题。",
    "说起这段经历，王立新笑称自己成了半个施工员。",
)


def test_words_only_the_broken_paragraph_has_count_more_than_the_document_s_topic():
    topic = Topic(STREET)
    # 店铺 (two blocks have it: the broken paragraph and one more) against 改造 (three)
    own = topic.share(STREET[1], "店铺门头也统一换了新招牌。")
    common = topic.share(STREET[1], "改造后门头也统一换了新招牌。")
    assert own > common > 0.0
    assert topic.share(STREET[1], "门头也统一换了新招牌。") == 0.0
    # (only the first sentence counts)
    assert topic.share(STREET[1], "门头也统一换了新招牌。店铺生意很好。") == 0.0


def test_a_name_across_the_joint_that_the_document_writes_elsewhere_is_spelled():
    topic = Topic(STREET)
    assert topic.spelled(STREET[1], STREET[4]) == 3  # 王 | 立新 (…王立新笑称…)
    assert topic.spelled(STREET[1], STREET[2]) == 0  # 王 | 老街: nowhere
    assert topic.spelled(STREET[1], STREET[3]) == 0
    # longer strings count longer (…施工 | 协调… against 负责施工协调的), up to SPELLED_MAX
    assert topic.spelled("他每天都在现场负责施工", "督查，很少回家。") == 0
    longer = Topic((*STREET, "他每天都在现场负责施工", "协调，很少回家。"))
    assert longer.spelled("他每天都在现场负责施工", "协调，很少回家。") == 6
    # marks are no part of such a string
    assert Topic(("一二三。", "四五", "三。四")).spelled("一二三。", "四五") == 0


@pytest.mark.pure  # (spies on compiled code: see tests/conftest.py)
def test_the_topic_terms_are_added_to_the_pair_score(rules, monkeypatch):
    with_topic = pair_scores(rules, "\n\n".join(STREET), monkeypatch)
    topic = Topic(STREET)
    w_topic, w_spelled = break_topic.W_TOPIC, break_topic.W_SPELLED
    monkeypatch.setattr(break_topic, "W_TOPIC", 0.0)
    monkeypatch.setattr(break_topic, "W_SPELLED", 0.0)
    without = pair_scores(rules, "\n\n".join(STREET), monkeypatch)
    assert with_topic.keys() == without.keys() and len(without) >= 3
    for (_, bi), score in with_topic.items():
        head = STREET[bi]
        n = topic.spelled(STREET[1], head)
        extra = w_topic * topic.share(STREET[1], head) + (w_spelled * (n - 2) if n else 0.0)
        assert score == pytest.approx(without[0, bi] + extra)


def test_the_rest_that_completes_a_name_the_document_uses_wins(rules):
    # 王 | 立新…: the last paragraph names 王立新, so the rest three blocks down beats the
    # next paragraph
    assert pairs(rules, "\n\n".join(STREET)) == {(3, 9)}


def test_without_the_name_elsewhere_the_next_paragraph_stays_the_choice(rules):
    paras = (*STREET[:5], "说起这段经历，这位干部笑称自己成了半个施工员。")
    assert pairs(rules, "\n\n".join(paras)) == {(3, 5)}


# -- a string across the joint as a candidate's own evidence -----------------------------------

RENEWAL = [
    "城东老旧小区改造提速",
    "今年全市计划改造老旧小区四十个，城东片区占了一半。",
    "{other}",
    "市长昨天到城东视察",
    "调研中，他强调要加快老旧小区改造进度。",
    "据介绍，城东片区的改造将在年底前全部完成。",
]


def test_a_long_string_across_the_joint_is_evidence_of_its_own():
    with_it = Topic(["这是市长今年第三次到城东视察调研。", RENEWAL[3], RENEWAL[4]])
    assert with_it.spelled(RENEWAL[3], RENEWAL[4]) == 6  # 城东视察 | 调研 (…城东视察调研。)
    assert with_it.evidence(RENEWAL[3], RENEWAL[4])
    # three characters are not enough (王 | 立新…)
    assert Topic(STREET).spelled(STREET[1], STREET[4]) == 3
    assert not Topic(STREET).evidence(STREET[1], STREET[4])
    assert not Topic(RENEWAL).evidence(RENEWAL[3], RENEWAL[4])


def test_a_title_like_line_takes_the_rest_that_spells_a_phrase_of_the_document(rules):
    # a line that reads as a title needs evidence of its own to take a paragraph: 视察 | 调研…
    # spells 视察调研, which the document writes elsewhere
    text = "\n\n".join(RENEWAL).format(other="这是市长今年第三次到城东视察调研。")
    assert pairs(rules, text) == {(7, 9)}


def test_without_the_phrase_elsewhere_the_title_like_line_takes_nothing(rules):
    text = "\n\n".join(RENEWAL).format(other="这是市长今年第三次到城东。")
    assert pairs(rules, text) == {(7, None)}


def test_the_string_is_the_only_evidence_there(rules, monkeypatch):
    text = "\n\n".join(RENEWAL).format(other="这是市长今年第三次到城东视察调研。")
    monkeypatch.setattr(break_topic, "SPELLED_EVIDENCE", 99)
    assert pairs(rules, text) == {(7, None)}
