"""What a body paragraph's last sentence ends with, beyond ``break_evidence``'s grammar.

Helpers of ``truncation``'s unterminated-paragraph path (issue 9, break-lost): which colon is
a label's, which bracket or slash is a credit's, and whether the text after an article's
last full stop stops on half a word rather than ending a credit or a glued headline.
"""

from __future__ import annotations

from .. import words
from ..patterns import lazy

_CJK = lazy(r"[\u4e00-\u9fff]")

# a colon that is no label's: between two figures (10:30, 1:10.5, 16:9), or inside a title
# whose closing mark is still to come (《世界女性进展：追求公正》)
NOT_LABEL_COLON = lazy(r"(?<=[0-9０-９])[:：](?=[0-9０-９])|[:：](?=[^《》]*》)")

# a slash between two letters or figures (A/B, 1/2): no credit's (张三/文)
ALNUM_SLASH = lazy(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９][/／][A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")
# a comma after a bracket and one clause of Chinese text to the end: the sentence goes on
CLAUSE_AFTER = lazy(r"[，,][^，,。；;]*[\u4e00-\u9fff][^，,。；;]*$")
# the frame of a report at the start of a sentence, a clause after it (据报道，泡…)
REPORT_FRAME = lazy(r"据[^，,。；;]{0,20}(?:报道|介绍|了解)[，,][^，,]*[\u4e00-\u9fff]")


def half_word_end(last: str) -> bool:
    """Does the text after an article's last full stop stop on one character that the
    guessing tagger leaves alone after other Chinese text, as a noun, numeral or localizer
    (…请关注官, 世界银行中国首, 米尔斯二): half a word, where a credit or a headline ends on
    a whole one (记者 肖明, 德圣基金研究中心)? Not a name's character (旗舰店隆: a name may be
    a shop's)."""
    t = last.strip()
    if len(t) < HALF_WORD_TRAILER or not _CJK.match(t[-1:]):
        return False
    tagged = words.tag(t[-6:], hmm=True)
    if len(tagged) < 2:
        return False
    w, p = tagged[-1]
    return (
        len(w) == 1
        and p[:1] in "nmf"
        and not p.startswith("nr")
        and bool(_CJK.match(tagged[-2][0][-1:]))
    )


HALF_WORD_TRAILER = 3  # characters: not 大陆, 姑姑, a word or a name alone
