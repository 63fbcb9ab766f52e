"""Is a paragraph's first clause a bare noun phrase: a head noun and its modifiers, no
predicate of its own (新学期教材的征订工作，…; 全军的军官管理工作，…)?

What opens a sentence of its own is a subject and its predicate (市园林局昨天公布了今年的
重点工作，…): a verb with an aspect particle (公布了), an adverb (已经, 也), a preposition
(在…), a time word between the subject and its verb (…昨天公布…), a verb with both a subject
before it and an object after it inside one stretch between two 的 (市园林局公布今年的…).
A noun phrase holds verbs only inside its 的-modifiers (近期发生的几起案件, 调查事故的专家,
我们发现的问题), each with a subject or an object, not both, and ends on its head noun.

``bare_noun_clause`` answers for the tagged words of the clause (``words.tag``); the callers
weigh it (``break_evidence.head_evidence``).
"""

from __future__ import annotations

# tags of the words a noun phrase is made of (nouns, names, numerals and measure words,
# adjectives, distinguishing words, nominal verbs, localizers after a noun)
_NOMINAL = ("n", "j", "m", "q", "a", "b", "vn", "nz", "ns", "nt", "nr", "f", "an", "s")
_VERB = ("v", "vd", "vi")
_LINK_WORDS = frozenset("和 与 及 以及 或".split())
_MIN_WORDS = 3
_BEFORE_SHI = ("", "就", "才", "正", "也", "都", "还", "即", "便")  # (…，就是…)


def _nominal(p: str) -> bool:
    return p.startswith(_NOMINAL) and p not in ("ad", "vd")


def bare_noun_clause(clause: list[tuple[str, str]], after: list[tuple[str, str]] = ()) -> bool:
    """Are the tagged words a noun phrase with a 的-modifier and no predicate: the head
    noun last, verbs only inside the modifiers (with a subject or an object there, not
    both), no aspect particle, adverb, preposition or pronoun standing as a subject?
    ``after``: the words after the clause's mark (…，是…: the phrase is 是's subject)."""
    if len(clause) < _MIN_WORDS or not any(w == "的" for w, _ in clause):
        return False
    last_w, last_p = clause[-1]
    if not (last_p.startswith(("n", "j")) or last_p == "vn") or last_p == "nr":
        return False  # (a person's name last is a subject, seldom a phrase's head)
    if clause[0][0] in ("是", "有"):
        return False
    k = max(i for i, (w, _) in enumerate(clause) if w == "的")
    head = clause[k + 1 :]
    if head[:1] and head[0][1] == "v" and len(head) > 1:
        head = head[1:]  # 教材的征订工作: a verb and a noun, one compound noun
    if not head or not all(_nominal(p) for _, p in head):
        return False  # the head after the last 的: nouns only
    first = "".join(w for w, _ in after[:2])
    if any(first.startswith(a + "是") for a in _BEFORE_SHI):
        return False  # 今年的重点工作，是…: the subject of 是, a sentence's own
    start = 0
    for i, (w, _) in enumerate(clause[: k + 1]):
        if w == "的":
            if not _modifier(clause[start:i], first=start == 0):
                return False
            start = i + 1
    return True


def _modifier(seg: list[tuple[str, str]], first: bool) -> bool:
    """One stretch before a 的: nominal words, or a verb with its subject or its object
    (not both); a time word or a pronoun only as the whole of it (今年的, 我们的)."""
    if not seg:
        return False
    if len(seg) == 1 and seg[0][1][:1] in "trs":
        return True  # 今年的, 我们的, 这里的
    verbs = [i for i, (w, p) in enumerate(seg) if p in _VERB or w in ("是", "有")]
    for w, p in seg:
        if p in _VERB or _nominal(p) or w in _LINK_WORDS:
            continue
        if p == "t" and first:
            continue  # 去年新建的: a time word opens the first modifier
        return False  # an adverb, a preposition, a particle, a pronoun: a clause's words
    if any(seg[i][0] in ("是", "有") for i in verbs):
        return False
    if len(verbs) > 1:
        return False
    if verbs:
        i = verbs[0]
        before, after = seg[:i], seg[i + 1 :]
        if any(p == "t" for _, p in before) and before[:1] and before[0][1] != "t":
            return False  # 市园林局昨天公布: a time word after a subject, a sentence's
        if any(_nominal(p) for _, p in before) and after:
            return False  # 市园林局公布今年…的: a subject and an object, a sentence's
    return True


# the weight of a first clause that is a bare noun phrase (break_evidence.head_evidence):
# as much as a paragraph read on from a title-like line needs (break_heads.READ_ON)
NOUN_CLAUSE = 3.0


# what 是 opens a sentence of its own with (是啊，…; 是的，…; 是谁…; 是什么…; 是否…; a cleft
# sentence: 是他们…; the classical 是时，是日: at that time, that day)
SHI_OPENS = frozenset(
    "啊 的 呀 呢 谁 什么 否 吗 我 你 他 她 我们 你们 他们 她们 它 这 那 时 日 年 夜 晚".split()
)
# the weight of a paragraph that opens with the copula (as much as READ_ON: a paragraph
# seldom opens so, the rest of a sentence cut after its subject often does)
COPULA_START = 3.0


def copula_start(tagged: list[tuple[str, str]]) -> bool:
    """Does a paragraph open with the copula 是 and its predicate, no subject before it
    (是出了名的…, 是22胜54负, 是小肚子女生的首选。)?"""
    if len(tagged) < 2 or tagged[0] != ("是", "v"):
        return False
    w1, p1 = tagged[1]
    return w1 not in SHI_OPENS and p1[:1] in "nvadlimjbteq"
