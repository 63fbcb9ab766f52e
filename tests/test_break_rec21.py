"""Short lines that are the heads of broken paragraphs (issue 9, rec21): a title-like line
whose end is half a word whose other half opens a short line or a paragraph a few blocks
away (…污水处理系 | … | 统投入运行); a title-like line whose end no title has (在…西侧) over
a paragraph that reads on from it; a line taken for a byline or a caption whose last
characters and the next block's first make one word (记者走进葛 | 洲坝…); a short
paragraph with no punctuation cut mid-sentence; a paragraph that opens with the particle
了. Every sentence is written for the test; each shape has look-alikes that must stay
silent."""

from __future__ import annotations

import pytest

from lint_news.checks import break_evidence as be
from lint_news.checks import truncation_joint as tj
from lint_news.document import Document
from lint_news.engine import lint_document

from .break_support import pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


def fragments(rules, text: str) -> set[int]:
    """The lines of the text's fragment-paragraph findings."""
    doc = Document(text)
    return {doc.position(f.start)[0] for f in lint_document(doc, [rules["fragment-paragraph"]])}


def _text(*paras: str) -> str:
    return "\n\n".join(paras)


# -- a half word whose other half stands a few blocks away ------------------------------

FAR = (
    "社区新闻",
    "{rest}",
    "今年全区新建污水处理厂两座，日处理能力达到十万吨。",
    "图为工人们在调试新设备。（本报记者王明摄）",
    "{line}",
)


def test_a_half_word_at_the_end_pairs_with_the_short_line_that_completes_it(rules):
    text = _text(*FAR).format(rest="统投入运行（附图片）", line="新建的城市污水处理系")
    assert pairs(rules, text) == {(9, 3)}


def test_a_whole_word_at_the_end_or_a_far_start_that_completes_nothing_stays_silent(rules):
    # the line ends as a title does
    whole = _text(*FAR).format(rest="统投入运行（附图片）", line="新建的城市污水处理厂")
    assert pairs(rules, whole) == set()
    # the far line opens with a word of its own
    other = _text(*FAR).format(rest="运行平稳（附图片）", line="新建的城市污水处理系")
    assert pairs(rules, other) == set()


def test_cut_far_bound_asks_a_cut_end_and_two_bound_characters():
    doc = Document(_text(*FAR).format(rest="统投入运行（附图片）", line="新建的城市污水处理系"))
    line, rest = doc.blocks[4], doc.blocks[1]
    assert tj.cut_far_bound(line, 5.0, [rest])
    assert not tj.cut_far_bound(line, 0.0, [rest])  # an end that could end a title
    # the block right after the line is not looked at here (the pairing scores it)
    assert not tj.cut_far_bound(doc.blocks[0], 5.0, [doc.blocks[1]])


# -- an end that shows a break over a paragraph that reads on from it -------------------

UNDER = (
    "寒夜里的守护者",
    "{line}",
    "{next}",
    "他说，入冬以来，车队每晚都要运送石料四趟。",
    "工程的进度得到了指挥部的一致好评。",
)


@pytest.mark.parametrize(
    "line, nxt",
    [
        ("在厂区西侧", "料场边，记者见到了正在指挥装车的工程师。"),
        ("在大桥北岸", "引桥下，记者见到了正在检查桩基的技术员。"),
    ],
)
def test_a_line_whose_end_shows_a_break_goes_on_in_the_paragraph_after_it(rules, line, nxt):
    assert pairs(rules, _text(*UNDER).format(line=line, next=nxt)) == {(3, 5)}


@pytest.mark.parametrize(
    "line, nxt",
    [
        # the paragraph opens a sentence of its own
        ("在厂区西侧", "今年以来，记者多次见到正在指挥装车的工程师。"),
        # the line ends as a title does
        ("厂区西侧的料场", "料场边，记者见到了正在指挥装车的工程师。"),
        ("家长开放日", "孩子们为家长表演了自己编排的节目。"),
        # an end that tail evidence reads as a stop short, but a title has (…很有必要)
        ("开展安全检查很有必要", "进入冬季，工地上的安全隐患明显增多。"),
    ],
)
def test_a_subhead_over_its_paragraph_stays_silent(rules, line, nxt):
    assert pairs(rules, _text(*UNDER).format(line=line, next=nxt)) == set()


# -- a byline or caption cut inside a word ----------------------------------------------

CREDIT = (
    "今年全区新建幼儿园6所，新增学位2700个。",
    "{line}",
    "{rest}",
    "下一步，全区将继续推进学前教育普惠发展。",
)


@pytest.mark.parametrize(
    "line, rest",
    [
        ("记者走进葛", "洲坝集团的调度中心，这里灯火通明。"),
        ("图为新西", "兰的舞蹈演员在广场上表演传统舞蹈。"),
    ],
)
def test_a_credit_line_cut_inside_a_word_is_a_head(rules, line, rest):
    text = _text(*CREDIT).format(line=line, rest=rest)
    assert Document(text).blocks[1].kind in ("byline", "caption")
    assert pairs(rules, text) == {(3, 5)}


@pytest.mark.parametrize(
    "line, rest",
    [
        ("本报记者王明", "明天，新园将迎来第一批孩子。"),  # a name ends the credit
        ("图为新园的老师", "孩子们在老师的带领下做游戏。"),  # no word across the joint
    ],
)
def test_a_credit_line_over_its_paragraph_stays_silent(rules, line, rest):
    assert pairs(rules, _text(*CREDIT).format(line=line, rest=rest)) == set()


# -- a paragraph with no punctuation at all, short, cut mid-sentence --------------------

BARE = (
    "今年全区新建幼儿园6所，新增学位2700个。",
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。",
    "{line}",
    "{rest}",
    "下一步，全区将继续推进学前教育普惠发展。",
)


@pytest.mark.parametrize(
    "line, rest",
    [
        # a word cut across the joint (施|行)
        ("本办法经区政府常务会议审议通过后自2024年9月1日起施", "行。原有的管理规定同时废止。"),
        # the rest is no more than a sentence's last word and its stop
        ("对于家长们最为关心的入园收费问题区教育局在会上也给出了明确", "答复。"),
    ],
)
def test_a_bare_paragraph_cut_mid_sentence_is_a_break(rules, line, rest):
    text = _text(*BARE).format(line=line, rest=rest)
    assert Document(text).blocks[2].kind == "paragraph"
    assert pairs(rules, text) == {(5, 7)}


@pytest.mark.parametrize(
    "line, rest",
    [
        (
            "新学期全区各幼儿园将统一实行新的入园登记晨检和离园接送制度",
            "开学那天，新园的老师们早早就等在了门口。",
        ),
        (
            "区教育局副局长在发布会上介绍全区学前教育三年行动计划的主要内容",
            "今年以来，全区已有三百多名家长参加了培训。",
        ),
    ],
)
def test_a_bare_paragraph_over_a_sentence_of_its_own_stays_silent(rules, line, rest):
    text = _text(*BARE).format(line=line, rest=rest)
    assert Document(text).blocks[2].kind == "paragraph"
    assert pairs(rules, text) == set()


def test_bare_line_is_a_short_paragraph_with_no_mark_inside():
    line = "对于家长们最为关心的入园收费问题区教育局在会上也给出了明确"
    doc = Document(_text(*BARE).format(line=line, rest="答复。"))
    assert tj.bare_line(doc.blocks[2])
    assert not tj.bare_line(doc.blocks[1])  # marks inside
    assert not tj.bare_line(doc.blocks[3])  # its stop
    note = Document(
        _text(*BARE).format(line="（区政府常务会议审议通过并于当日起施行的决定全文", rest="答复。")
    )
    assert not tj.bare_line(note.blocks[2])  # a note in brackets


# -- a paragraph that opens with the particle 了 ----------------------------------------

LE = (
    "今年全区新建幼儿园6所，新增学位2700个。",
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。",
    "家长们对新园的评价普遍较高。",
    "{rest}",
    "下一步，全区将继续推进学前教育普惠发展。",
)


@pytest.mark.parametrize(
    "rest",
    ["了《幼儿园收费管理办法》。", "了，因为新园的名额早已报满。", "了家长们最关心的几个问题。"],
)
def test_a_paragraph_that_opens_with_the_particle_le_is_a_fragment(rules, rest):
    text = _text(*LE).format(rest=rest)
    assert 7 in {line for line, _ in pairs(rules, text)} | fragments(rules, text)


@pytest.mark.parametrize(
    "rest",
    [
        "了解情况后，家长们都放了心。",
        "了却多年的心愿，她激动得说不出话来。",
        "了无新意的节目很难吸引孩子。",
    ],
)
def test_a_word_that_opens_with_le_stays_silent(rules, rest):
    text = _text(*LE).format(rest=rest)
    assert pairs(rules, text) == set() and fragments(rules, text) == set()


def test_head_evidence_of_the_particle_le():
    assert be.head_evidence("了《幼儿园收费管理办法》。")[0] >= be.STRONG
    assert be.head_evidence("了却多年的心愿。")[0] < be.STRONG
