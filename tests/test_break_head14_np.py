"""The rest of a sentence at a paragraph's start (issue 9, head14): a first clause that
is a bare noun phrase, a paragraph that opens with the copula.

- ``break_head_np.bare_noun_clause``: a head noun and its 的-modifiers with no predicate of
  its own (下学期课本的预订工作，…), the object of a verb the paragraph before ends with. A
  sentence's subject and predicate (市园林局昨天公布了…的…), a modifier with both a subject
  and an object (…公布今年的…), a pronoun as the modifier's subject, the subject of 是
  (…，是…) are no bare noun phrase. Weighed 3 (``head_evidence``), as much as a paragraph
  read on from a title-like line needs; the looser reading stays at 2.5.
- ``break_head_np.copula_start``: a paragraph that opens with 是 and its predicate
  (是全区藏书最多的一家，…), which a sentence seldom does (是啊，…; 是谁…; 是时，…; a cleft
  是他们… do): weighed 3; and a noun phrase on a line of its own over such a paragraph is
  its subject (``break_joint.subject_line``).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import _first_clause, first_words, head_evidence, last_words
from lint_news.checks.break_head_np import bare_noun_clause, copula_start
from lint_news.checks.break_rest import noun_compound

from .break_support import broken_paragraph_rule, lines, pairs, structure_rules


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


def _np(text: str) -> bool:
    tagged = first_words(text)
    clause, closed = _first_clause(tagged)
    return closed and bare_noun_clause(clause, tagged[len(clause) + 1 : len(clause) + 3])


@pytest.mark.parametrize(
    "text",
    [
        "下学期课本的预订工作，由各校教务处统一办理。",  # (…要做好 | 下学期课本的…)
        "调查事故的专家组，今天上午抵达现场。",  # a verb and its object inside the modifier
        "近期发生的几起火灾，暴露出不少管理漏洞。",  # a time word opens the modifier
        "今年的重点工作，就要抓好落实。",
    ],
)
def test_a_bare_noun_phrase_opens_the_clause(text):
    assert _np(text)
    assert head_evidence(text) == (3.0, "首句只是一个名词短语")


@pytest.mark.parametrize(
    "text",
    [
        "市园林局昨天公布了今年的重点工作，包括新建公园5座。",  # 公布了: a predicate
        "市园林局公布今年的重点工作，包括新建公园5座。",  # a subject and an object
        "今年的重点工作，是新建公园5座。",  # the subject of 是
        "今年的重点工作，就是新建公园5座。",
        "我们发现的问题，已经全部整改。",  # a pronoun as the modifier's subject
        "公园的建设进展顺利，市民十分满意。",  # no 的-phrase head: a sentence
    ],
)
def test_a_sentence_is_no_bare_noun_phrase(text):
    assert not _np(text)
    assert head_evidence(text)[0] < 3.0 or head_evidence(text)[1] != "首句只是一个名词短语"


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("是全区藏书最多的一家，去年接待读者3万人次。", True),
        ("是22胜54负，排名联盟倒数第二。", True),
        ("是小个子女生的首选。", True),
        ("是啊，这里的藏书确实多。", False),
        ("是谁让这里的藏书越来越多？", False),
        ("是时，全区只有这一家图书馆。", False),  # 是时: at that time
        ("是他们让这座城市变了样。", False),  # a cleft sentence
        ("这是全区藏书最多的一家。", False),
    ],
)
def test_a_paragraph_that_opens_with_the_copula(text, opens):
    assert copula_start(first_words(text)) is opens
    assert (head_evidence(text)[1] == "以“是”开头，缺少主语") is opens


# a body with a title-like line ({line}, line 5) and the paragraph under it ({para})
BODY = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "{line}\n\n"
    "{para}\n\n"
    "家长们对新园的评价普遍较高。\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)


@pytest.mark.parametrize(
    ("para", "flagged"),
    [
        ("是全区藏书最多的一家，去年接待读者3万人次。", True),  # the subject's predicate
        ("是啊，这里的藏书确实多。", False),
        ("它是全区藏书最多的一家，去年接待读者3万人次。", False),  # a subject of its own
        ("是谁让这里的藏书越来越多？", False),
        ("是时，全区只有这一家图书馆。", False),
    ],
)
def test_a_noun_phrase_line_over_a_paragraph_that_opens_with_the_copula(rule, para, flagged):
    found = 5 in lines(rule, BODY.format(line="城东新区的社区图书馆", para=para))
    assert found is flagged


# -- a compound noun across a title-like line's end and its orphan's start ----------------


@pytest.mark.parametrize(
    ("line", "rest", "compound"),
    [
        ("城东新园的绿色", "校园建设，得到了家长们的一致好评。", True),  # 绿色 | 校园
        ("区里今年的重点", "工作，是新建公园5座。", True),  # 重点 | 工作
        ("顺着山路，我们来到石门", "乡三河村。", False),  # a word of one character (乡)
        ("我们来到城东新园", "今年，全区又新建了两所。", False),  # a time word opens the rest
        ("城东新园的各类安全", "设施，均已通过验收。", False),  # an adjective's noun (安全/an)
    ],
)
def test_noun_compound(line, rest, compound):
    assert noun_compound(last_words(line)[-1:], first_words(rest)[0]) is compound


# -- an article's last paragraph that stops on a few words, its rest a paragraph before ---

# a body whose last paragraph ends after a closed quotation ({end}) and a paragraph on line
# 3 ({orphan}) that may be its rest
LAST = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "{orphan}\n\n"
    "家长们对新园的评价普遍较高。\n\n"
    "教师队伍也在不断壮大，去年新招聘教师180人。“今年的新园，个个都是普惠园。”{end}"
)


@pytest.mark.parametrize(
    ("orphan", "end", "paired"),
    [
        ("说。", "区教育局的王局长", True),  # the speaker, and what he did
        ("说。", "相关阅读：全区新园名单", False),  # a label and what it lists
        ("区里还说。", "区教育局的王局长", False),  # no rest: a sentence of its own
        ("据悉，今年还将新建两所。", "区教育局的王局长", False),
    ],
)
def test_the_last_paragraph_and_its_rest_before_it(orphan, end, paired):
    found = pairs(structure_rules(), LAST.format(orphan=orphan, end=end))
    assert ((7, 3) in found) is paired
