"""Running prose after an article's last full stop (issue 9, break-lost).

What stands after the last full stop of an article's last paragraph, without a mark of its
own, is most often something glued there: a credit (本报记者 某某), a dateline, a source, a
related headline. Those are telegraphic: names, nouns and verbs. A sentence of running text
uses the function words of grammar: aspect and structural particles (了 着 过, 的 地 得),
prepositions (把 被 由 从 在 给 对 以 向), adverbs that tie it to its context (也 都 还 就
已经 又 再 才 却), pronouns (我们 他 这 其). A stretch that uses two different ones, and is
long enough to be a clause, is the head of a sentence whose tail is lost (…部长昨天已经
打电话给对方的, …图为孩子们在自己堆起的雪人), however ordinary its last word is.

This is weak evidence (the last word itself could end a clause): the caller reports it a
step below the rule's severity.
"""

from __future__ import annotations

from .. import words
from ..patterns import lazy

# function words of running prose, with the parts of speech (jieba's first letter) in which
# they are one: particles (u), prepositions (p), adverbs (d), conjunctions (c), pronouns (r)
_PROSE_WORDS = frozenset(
    (
        "了 着 过 的 地 得 把 被 由 从 在 给 对 以 向 也 都 还 就 已经 正在 曾 又 再 才 却 并 而"
        " 我们 他们 她们 我 你 他 她 这 那 该 其"
    ).split()
)
_PROSE_POS = frozenset("udpcr")
PROSE_CJK = 10  # Chinese characters of a clause, not a name or a short label
PROSE_WORDS = 2  # different function words
_CJK = lazy(r"[\u4e00-\u9fff]")
# a gap of spaces inside, or two spaces apart: headlines or links laid out in a row, no
# sentence (a sentence of Chinese has a space at most around a Latin word)
_GAP = lazy(r"\s{2,}|\u3000|\s\S+\s")
WINDOW = 40  # the characters read, from the end


def prose_clause(text: str) -> bool:
    """Does the text (what follows an article's last full stop) read as running prose: at
    least ``PROSE_CJK`` Chinese characters, no gap of spaces, and ``PROSE_WORDS`` different
    function words of grammar among its last ``WINDOW`` characters?"""

    t = text.strip()
    if len(_CJK.findall(t)) < PROSE_CJK or _GAP.search(t):
        return False
    found = {w for w, p in words.tag(t[-WINDOW:]) if w in _PROSE_WORDS and p[:1] in _PROSE_POS}
    return len(found) >= PROSE_WORDS
