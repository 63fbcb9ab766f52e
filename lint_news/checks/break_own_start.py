"""Starts that open a paragraph and seldom the rest of an open clause.

A clause that a break leaves open (its end is no clause mark: …投资者而言 | ?; …涂料企业 |
?) goes on with its own words. These starts are seldom those words, as each opens a unit of
its own:

- an enumerator or a bracketed label (6．…; 3。…; （二）…; 三、…; ［详细］…; 问：…);
- a sentence adverbial or connective and its comma, which relates the sentence to what was
  said before (事实上，; 总之，; 由此可见，; 其实，; 此外，; 因此，);
- a speech's closing thanks (谢谢大家。; 谢谢！);
- a question asked from its start (如何…？; 为什么…？; 那么，谁…？), the way a paragraph of
  an interview or a commentary opens;
- a comparison, a viewpoint or a standing framed by a preposition and closed by its comma
  (与…相比，; 对于…而言，; 以…为例，; 面对…，; 作为…，), the frame of a new sentence.

After a clause mark (…，| 如何…？) each may go on with the sentence, so there they count
nothing; nor do the last two after a subject that they may follow within one clause
(政府 | 如何应对…？; 今年的产量 | 与去年相比，…), nor a question that is the object of
the end's verb (不少市民都在问 | 谁来…？). ``own_start`` is added to a pair's score in
the joint choice of continuations (``truncation_joint._pair_jointly``): such a paragraph is
seldom the tail of a break whose clause is open, and a wrong partner sends an editor to the
wrong place.
"""

from __future__ import annotations

from .. import words
from ..patterns import lazy

# chosen on the planted seeds 2 and 4 (break-next and break-moved; -4 to -8 all pair a few
# more tails and name fewer wrong partners): about what a label's start weighs
W_OWN_START = -6.0

# the end of a clause or sentence, and the closing marks that may stand after one
_CLOSED = frozenset("，、；,;：:。！？!?…”’」』）)》】")
_ENUMERATOR = lazy(
    r"^(?:[［【\[〖][^］】\]〗]{1,8}[］】\]〗]|[Ａ-ＺA-Z问答][：:]"
    r"|[0-9０-９]{1,2}[．.、](?![0-9０-９])|[（(][一二三四五六七八九十0-9０-９]{1,2}[)）]"
    r"|[一二三四五六七八九十]{1,2}、)"
)
# a number and a full stop before a sentence's words (3。加强…), unless the end waits for
# a figure, whose rest a number and a full stop may be (…比分是3比 | 2。…; …排名第 | 5。)
_NUMBER_STOP = lazy(r"^[0-9０-９]{1,2}。(?=[\u4e00-\u9fff])")
_WAITS_FIGURE = lazy(
    r"(?:[0-9０-９.．]|比|第|为|是|达|到|约|近|共|计|至|和|与|及|或|有|占|超过|增长|下降|增加"
    r"|减少|提高|降低|了|前|后)$"
)
# sentence adverbials and connectives with their comma (not those a longer word or phrase
# ends with: 理所 | 当然，; 清晰 | 可见，; 在我 | 看来，; 最 | 值得一提的是，; …的 | 同时，)
_ADVERBIAL = lazy(
    r"^(?:事实上|总之|总的来说|总而言之|综上所述|由此可见|毫无疑问|众所周知|换句话说|一般来说"
    r"|一般而言|相比之下|与此同时|其实|或许|的确|确实|可惜|幸好|难怪|果然|毕竟|首先|其次|另外"
    r"|此外|然而|因此|所以|于是|据说)[，,]"
)
# thanks that close a speech or an interview's answer (not 感谢 or 谢 alone: 感 | 谢…)
_THANKS = lazy(r"^(?:谢谢|多谢)(?:大家|各位|你们|您|你|[！!。，,]|$)")
_QUESTION = lazy(
    r"^(?:(?:那么|可是|但是|然而)[，,]?)?"
    r"(如何|为什么|为何|怎样|怎么|是否|能否|有没有|是不是|难道|凭什么|谁|什么|哪些|哪个|哪里)"
    r"[^。！!；;\n]{0,40}[？?]"
)
# question words that stand as a subject or an object themselves (the others follow one)
_PRONOUN_QUESTIONS = frozenset("谁 什么 哪些 哪个 哪里".split())
# words whose object is a question (问 | 谁来负责？; 不知道 | 如何…？)
_ASKS = (
    "问",
    "知道",
    "清楚",
    "明白",
    "思考",
    "考虑",
    "讨论",
    "探讨",
    "研究",
    "看看",
    "想想",
    "说说",
    "关于",
    "在于",
    "是",
    "了解",
    "弄清",
    "搞清",
    "好奇",
    "猜",
)
_FRAME = lazy(
    r"^(?:(?:与|同|跟|和|对于|对|按|按照|依照|以|在|从|就|据|关于|随着|鉴于|比起|相比|相对于|较)"
    r"[^，。,：:“”！？!?]{1,20}(?:相比|相比较|比较|相同|一样|而言|来说|为例|看来|的说法|来看|之下|比)"
    r"|(?:面对|作为|身为|针对)[^，。,：:“”！？!?]{1,20})[，,]"
)


def _subject(last: tuple[str, str] | None) -> bool:
    """Is the end's last word one that a predicate may follow (a noun, a pronoun, a name)?"""
    return last is not None and last[1][:1] in "nrj"


def _head_kind(h: str) -> tuple[str, bool, str]:
    """What ``own_start`` reads of the candidate's start alone (``h`` stripped): which of
    its starts it opens with, and for a question whether a connective comes first and its
    question word."""
    if _ENUMERATOR.match(h) or _ADVERBIAL.match(h) or _THANKS.match(h):
        return "own", False, ""
    if _NUMBER_STOP.match(h):
        return "number", False, ""
    m = _QUESTION.match(h)
    if m is not None:
        return "question", m.start(1) > 0, m.group(1)
    if _FRAME.match(h):
        return "frame", False, ""
    return "", False, ""


def own_start(tail: str, head: str, last: tuple[str, str] | None) -> float:
    """``W_OWN_START`` when ``tail`` (a broken paragraph's text, its last tagged word
    ``last``) leaves a clause open and ``head`` (a candidate's text) opens with an
    enumerator, a sentence adverbial, thanks, a question or a framed comparison that cannot
    go on with that clause (see the module), else 0."""
    t = tail.rstrip()
    if not t or t[-1] in _CLOSED:
        return 0.0
    kind, connective, word = words.remembered("own_start_head", _head_kind, head.lstrip())
    if kind == "own":
        return W_OWN_START
    if kind == "number":
        return 0.0 if _WAITS_FIGURE.search(t) else W_OWN_START
    if kind == "question":
        if connective:
            return W_OWN_START  # (那么，谁…？: the connective opens a sentence)
        if t.endswith(_ASKS):
            return 0.0  # (the question is the verb's object)
        if word in _PRONOUN_QUESTIONS:
            return 0.0 if last is not None and last[1][:1] in "vp" else W_OWN_START
        return 0.0 if _subject(last) else W_OWN_START  # (政府 | 如何应对…？)
    if kind == "frame" and not _subject(last):
        return W_OWN_START  # (not 今年的产量 | 与去年相比，…)
    return 0.0
