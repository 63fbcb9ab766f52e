"""Is the line right under a headline, over the body paragraph under it, a subtitle or
the lead's head cut from it?

A subtitle is a title: it ends where a title ends and its lead opens a sentence of its own
(a dateline, a subject, a time: 北京市出台意见 | 本报讯 日前，…). A lead cut after a few
words leaves a line that ends on half a word (…总统在新; not on a verb: 楼市怎么走), or
whose words go on into the paragraph under it: a word or a figure cut across the two
(越南国家 | 主席…), or a paragraph that opens with no subject (北京市有关部门联合 | 制定意见，
…; not after a frame verb: 截至目前，…). That is the reading ``break_heads.lone_head``
gives a line under a byline (署名后的一行不像标题), which asks the line to hold a clause or
a verb; under a headline the line may be the subject alone. A line that only stops short
(…很有必要) may be a subtitle of a clause. Under the headline of a later article of the
text, where a column's label stands too (编者点评 | 感谢…), only a cut word tells.

Between body paragraphs: a name on a line of its own over what it says (某某 | 强调指出，…;
某某 | 说。) or over the rest of the name (``name_goes_on``), and a title-like line whose
last word goes on into the title-like line under it (…的音乐 | 会昨天举行…: ``title_goes_on``).
"""

from __future__ import annotations

from .. import words
from ..document import Block
from ..patterns import lazy

# verbs that open a sentence's frame, not a predicate (截至目前，…; 面对新形势，…; 经过调研，…)
_FRAME_START = lazy(
    r"^(?:截至|截止|面对|面临|经过|通过|针对|为了|作为|随着|根据|按照|依照|鉴于|本着|围绕|借助"
    r"|利用|趁着|除了|进入|回顾|展望|放眼|纵观|综观)"
)


def lead_cut_under_headline(t: str, nxt: Block, first: bool = True) -> bool:
    """Does the line ``t`` under a headline stop short or read on into the paragraph
    ``nxt`` under it? (The caller has made sure it has no heading's shape.) Under the
    headline of a later article of the text (``first`` False), where a column's label
    (编者点评 | 感谢…) or a subhead of a clause (…很有必要) stands too, only a word cut across
    the two or half a word at the line's end tells."""
    # (imported here: break_heads imports this module)
    from .break_heads import LABELS, _cut_across, _joint_word, _read_on, cut_end

    if any(t.endswith(w) for w in LABELS if len(w) > 1):
        return False  # 编者点评, 专家点评, 采访手记: a column's label over its text
    if _joint_word(t, nxt.text) or _cut_across(t, nxt.text) or (cut_end(t) and not _verb_last(t)):
        return True
    # (not a stop short alone: 开展安全检查很有必要 | 进入冬季，… is a subtitle)
    return first and _read_on(nxt, t) and not _FRAME_START.match(nxt.text.lstrip())


def _verb_last(t: str) -> bool:
    """Does the line end on a verb (楼市怎么走, 房价还会涨: a subtitle may ask or tell so),
    not on half a word (…总统在新)?"""
    tagged = words.tag(t[-8:])
    return bool(tagged) and tagged[-1][1][:1] == "v"


# a verb of saying, with the adverb or the manner before it, and its mark: the predicate of
# a name on the line before (某某 | 强调指出，…; 某某 | 说。; 某某 | 笑着说：…)
_SAID = lazy(
    r"^(?:[\u4e00-\u9fff]{1,3}地|强调|明确|进一步|再次|特别|郑重|一再|同时|也|还|又|则|笑着|接着"
    r"|补充|最后)?(?:指出|表示|强调|说|称|透露|介绍|坦言|认为|说道)[，,：:。]"
)


def name_goes_on(t: str, nxt: str) -> bool:
    """Does the paragraph ``nxt`` under a name on a line of its own (``t``) open with what
    the name says (强调指出，…; 说。, the end of a quotation before it), or with the rest of
    the name (徐某 | 某向记者表示…: the segmenter reads one longer name across the two,
    followed by its predicate)?"""
    head = nxt.lstrip()
    if _SAID.match(head):
        return True
    if not _CJK_LINE.fullmatch(t) or not _CJK_LINE.match(head[:1]):
        return False
    tagged = words.tag(t + head[:8], hmm=True)
    return (
        len(tagged) >= 2
        and tagged[0][1].startswith("nr")
        and len(tagged[0][0]) > len(t)
        and (tagged[1][1][:1] in "vpdu" or tagged[1][0] in "，,")
    )


_CJK_LINE = lazy(r"[\u4e00-\u9fff]{1,3}")


def title_goes_on(t: str, nxt: str) -> bool:
    """Does a title-like line go on into the title-like line under it: a word cut across
    the two (走进网络 | 时代…)?"""
    from .break_heads import _cut_across, _joint_word

    return _cut_across(t, nxt) or _joint_word(t, nxt)
