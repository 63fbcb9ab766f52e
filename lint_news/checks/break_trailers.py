"""What a body paragraph's last sentence ends with, beyond ``break_evidence``'s grammar.

Helpers of ``truncation``'s unterminated-paragraph path (issue 9, break-lost): whether the
end is web page furniture (a contact line, a link, glued headlines after the last full stop),
whether the last sentence is running text, which colon is a label's, which bracket or slash
is a credit's, and whether the text after an article's last full stop stops on half a word
rather than ending a credit or a glued headline. And ends that pass for furniture or a title
but are cut: a telephone number shorter than any of its kind, a date before the unit of its
last figure, a paragraph of no inner punctuation that stops where no sentence ends.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import words
from ..document import PARAGRAPH, Block
from ..patterns import HAN as _CJK
from ..patterns import lazy
from .break_evidence import STRONG, tail_evidence
from .break_title_ends import dictionary_half_word_end

if TYPE_CHECKING:
    from .truncation_joint import Break


# things a paragraph may end with that are not a broken sentence
_OK_TAIL = lazy(
    r"(?:——|—|--|－－|～|~|[.．。]{3,}|[:：]\s*[\d\-\s]+|[。！？!?][\d\s]+|[/／]\s*(?:文|图)(?:并[图摄])?|(?:记者|通讯员|摄影)\s*\S{2,4}\s*摄|\.\.\.|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|(?:https?://|www\.)[!-~]+"
    r"|(?:电话|热线|传真|邮编|邮箱|网址|QQ|微信)[^，。]{0,12}[:：]?[\s\d\-—－（）()转]+)$"
)

# a colon that is no label's: between two figures (10:30, 1:10.5, 16:9), or inside a title
# whose closing mark is still to come (《城市更新：老街区的新生》)
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
    (…请关注官, 世界银行中国首, 某某二): half a word, where a credit or a headline ends on
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
    ) or dictionary_half_word_end(t)  # (…我要评, …机构询: a verb's half the dictionary tells)


HALF_WORD_TRAILER = 3  # characters: not 大陆, 姑姑, a word or a name alone


def _furniture_end(t: str) -> bool:
    """Does a paragraph end in web page furniture rather than in a sentence (a contact
    line, an address, a run of glued headlines after its last full stop: …。    两基金
    公司可望随时落单, …客服电话：0755-8888)? Such an end says nothing of how its sentences
    end."""
    rest = _after_last_stop(t)
    return (
        _OK_TAIL.search(t) is not None
        or not _CJK.search(t[-12:])
        or (rest is not None and _web_end(t) and not re.search(r"[，,；;]", rest))
    )


def _trailer_after_stop(t: str) -> bool:
    """A paragraph whose sentences end with a final mark and which then carries a short
    line of no clauses glued after the last one (…的原因。我要评论, …工作。张三/文, a
    related headline): it marks its ends; the glued line is page furniture, no open end."""
    rest = _after_last_stop(t)
    return rest is not None and 0 < len(rest) <= 30 and not re.search(r"[，,；;、]", rest)


_STOPS = "。！？!?"
_STOP_CLOSERS = "”’」』）)》】"


def _after_last_stop(t: str) -> str | None:
    """The text after the last sentence-final mark (and its closing marks), or None when
    there is none (a linear scan: a regular expression anchored at the end retries from
    every full stop of a long paragraph)."""
    i = max(t.rfind(c) for c in _STOPS)
    if i < 0:
        return None
    j = i + 1
    while j < len(t) and t[j] in _STOP_CLOSERS:
        j += 1
    return t[j:]


_INLINE_LIST = lazy(
    r"(?:^|[\s\ue40c])[0-9０-９一二三四五六七八九十]{1,2}(?:、|[．.](?![0-9０-９]))"
)
_WEB_MARKS = lazy(r"[\[\]<>【】［］|]|\s{2,}|\xa0")
# a no-break space between two words of running text (动画片\xa0《大闹天宫》中再度,
# 2013\xa0年初): a space a web page kept, no furniture
_KEPT_SPACE = lazy(r"(?<![\s\xa0])\xa0(?=[\u4e00-\u9fff0-9０-９《“（(])")
WEB_END = 16  # how far from a paragraph's end furniture makes the end web page furniture


# the dateline a lead opens with (【本报讯】, 新浪娱乐讯\xa0, …6月10日电 ): its brackets and
# spaces belong to the dateline, they are no web page furniture
_DATELINE_HEAD = lazy(
    r"^\s*[【\[［]?[^，。,：:\s【】\[\]［］]{0,20}?(?:讯|电|消息)[】\]］]?(?=[\s\xa0\u3000(（])"
    r"[\s\xa0\u3000]*"
)


def _web_end(text: str) -> bool:
    """Is there web page furniture (a bracket, a run of spaces) near the text's end, after
    the dateline a lead may open with?"""
    t = text.rstrip()
    head = _DATELINE_HEAD.match(t)
    start = max(head.end() if head else 0, len(t) - WEB_END)
    kept = {m.start() for m in _KEPT_SPACE.finditer(t, max(0, start - 1))}
    return any(m.start() + start not in kept for m in _WEB_MARKS.finditer(t[start:]))


# characters that stand alone after a gap whole: an end mark, a credit's role (完, 文, 图)
_WHOLE_ALONE = frozenset("完文图摄转编译")
LONE_AFTER_FURNITURE = "网页栏目之后只剩一个字，下文缺失"


def char_after_furniture(text: str) -> str:
    """The one Chinese character that a body paragraph ends with after its last web page
    furniture (…［详细］\ue40c百, …[报价查询]\xa0数, …\xa0\xa0产), or "": the first
    character of a line or a link whose rest is lost. Not an end mark or a credit's role
    alone (…\xa0\xa0完), nor the last character of a name spaced out to a column's width
    (记者\xa0\xa0王\xa0\xa0明: one or two characters between the last two gaps). (lost15)"""
    t = text.rstrip()
    marks = list(_WEB_MARKS.finditer(t))
    if not marks:
        return ""
    rest = t[marks[-1].end() :].strip().strip("\ue40c")  # (a page's line separator)
    if len(rest) != 1 or not _CJK.match(rest) or rest in _WHOLE_ALONE:
        return ""
    if len(marks) < 2 or not marks[-1].group().isspace() or not marks[-2].group().isspace():
        return rest
    before = t[marks[-2].end() : marks[-1].start()].strip()
    return "" if 1 <= len(before) <= 2 and len(_CJK.findall(before)) == len(before) else rest


def _runs_after_furniture(br: Break) -> bool:
    """Does a clause of running text follow the last web page furniture of a body paragraph
    (…［详细］协会运转的大部分经费来自募): its end is that clause's, not the furniture's?"""
    t = br.block.text.rstrip()
    marks = list(_WEB_MARKS.finditer(t))
    rest = t[marks[-1].end() :] if marks else t
    return len(_CJK.findall(rest)) >= FURNITURE_RUN and _running(rest)


FURNITURE_RUN = 6  # Chinese characters of running text after the furniture


def _clauses_after_furniture(text: str) -> str:
    """The running text after the last web page furniture of a sentence when it runs in
    clauses (…［　详细　］“关爱留守老人的生活”，志愿者们将走进…), else "": a headline
    after a link or a run of spaces has no comma."""
    marks = list(_WEB_MARKS.finditer(text))
    rest = text[marks[-1].end() :] if marks else ""
    if (
        len(_CJK.findall(rest)) < FURNITURE_RUN
        or not re.search(r"[，,；;]", rest)
        or not _running(rest)
    ):
        return ""
    return rest


def _inline_list(text: str) -> bool:
    """Does the text run list items together (…１、姓名２、性别…)? The number of one item
    at its start (三、由基金管理委员会负责…) is no list run together."""
    first = _INLINE_LIST.match(text)
    return _INLINE_LIST.search(text, first.end() if first else 0) is not None


def _prose(text: str) -> bool:
    """Running text: mostly Chinese characters, no web page furniture."""
    cjk = len(_CJK.findall(text))
    return cjk >= 0.6 * len(text) and not _WEB_MARKS.search(text)


def _running(text: str) -> bool:
    """The last sentence of a paragraph read as running text: mostly Chinese, no web page
    furniture, where figures and marks count for neither side (自1997年7月起，文津分) and a
    run of Latin letters counts as one word (此外，EOS), not as one character each, and a
    no-break space kept between two words (2013\xa0年初) is no furniture."""
    text = _KEPT_SPACE.sub("", text)
    cjk = len(_CJK.findall(text))
    other = len(_NOT_PROSE.findall(text))
    return cjk >= 1 and cjk >= 0.6 * (cjk + other) and not _WEB_MARKS.search(text)


# what counts against running text: a run of Latin letters (one word), any other character
# that is no Chinese character, figure, space or punctuation mark
_NOT_PROSE = lazy(
    r"[A-Za-zＡ-Ｚａ-ｚ]+|[^\u4e00-\u9fff0-9０-９\s，。、；：！？,.;:!?%％（）()“”‘’《》〈〉"
    r"\-－—·/．～~\u3000\xa0]"
)


_CREDIT = lazy(
    r"记者|通讯员|编辑|责编|来源|供稿|摄影|报道|综合|评论|转载|整理|编译|[/／]|[（(].{0,12}[)）]|网$|报$|社$"
)


# Chinese characters after a short bracket that make it an aside in running text (…1欧元约合
# 7.8元）修建的地标性建筑…), not a credit's bracket ((记者 张三), (来源：…))
ASIDE_RUN = 10
ASIDE_LEN = 6  # brackets included


def _credit_in(last: str) -> bool:
    """Does a last sentence carry a credit, other than a bracket with running text after it
    or a slash between two letters or figures (A/B, 1/2)?"""
    for m in _CREDIT.finditer(last):
        g = m.group()
        if g in "/／" and ALNUM_SLASH.match(last, max(0, m.start() - 1)):
            continue
        aside = g[:1] in "（(" and len(g) >= ASIDE_LEN  # not （垫）, （图）
        if aside and CLAUSE_AFTER.match(last, m.end()) and not _CREDIT.search(last, m.end()):
            return False  # …(不包括配件和电池)，十分小: the sentence goes on after a comma
        if aside and len(_CJK.findall(last[m.end() :])) >= ASIDE_RUN:
            rest = last[m.end() :]
            if not _CREDIT.search(rest):
                return False
            continue
        return True
    return False


# credit words that may stand in the frame of a report before a clause (据…报道，…)
_FRAME_WORDS = frozenset(("记者", "报道", "通讯员", "综合"))

# what may follow a colon at a paragraph's end without a full stop: a short item or line
COLON_TAIL = 16
# how many clause marks, and clauses of CLAUSE_CJK Chinese characters or more (not 周一至周五,
# 上午9时至11时), after a colon make its text running text whatever the colon follows; two
# clauses do when they run to COLON_RUN characters (王某：截至目前我们在岗的医生有35名，加上…)
COLON_CLAUSES = 2
COLON_RUN = 24
CLAUSE_CJK = 6
# what says that a colon opens running speech or thought (他说：…), not a label's line
_SAID = lazy(
    r"(?:说|表示|指出|认为|强调|告诉记者|称|道|问|规定|看法是|体会到|发现|介绍|报道|获悉|了解到"
    r"|透露|坦言|直言|吐露实情|回答|解释|感叹|慨叹|感慨|讲)$"
)


# labels whose value is a motto or an inscription, written without a final mark (题词：…，…)
_MOTTO = lazy(r"(?:题词|题写|题字|口号|标语|寄语|校训|座右铭|格言|对联|横幅)\s*$")
# the dateline and byline of a lead before its colon (…12月31日讯记者张三报道：)
_DATELINE_SAID = lazy(r"[讯电].{0,30}报道\s*$")


_LABEL_VALUE = lazy(r"([^。！？!?:：]*)[:：]([^。！？!?:：]*)$")
_FINAL_STOP = lazy(r"[。！？!?]")


def _label_value(t: str) -> re.Match[str] | None:
    """``_LABEL_VALUE.search(t)`` (the text before and after a last colon with no stop
    after it) in linear time: searched from every position, the pattern rescans a long
    stretch with no stop once per character (a whole article on one line took 0.2 s). Its
    colon can only be the last one, and its leftmost start is just after the stop or colon
    before that."""
    c = max(t.rfind(":"), t.rfind("："))
    if c < 0 or _FINAL_STOP.search(t, c + 1):
        return None
    start = max(t.rfind(ch, 0, c) for ch in "。！？!?:：") + 1
    return _LABEL_VALUE.match(t, start)


# a telephone or QQ number after its label at a paragraph's end (…客服电话：0755-82, …咨询
# 热线：400-678-, …客服QQ：56): the label, a few characters after it and a colon or a
# closing bracket (or the label right before the number), and the number
_CONTACT_NUMBER = lazy(
    r"(?:电话|热线|座机|手机|传真|咨询|客服|QQ|ＱＱ)(?:[^，。,：:\d０-９]{0,6}[:：\]】］])?\s*"
    r"([0-9０-９][0-9０-９\-－—\s]*)$"
)
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９－—", "0123456789--")
MOBILE_DIGITS = 11  # 1[3-9]xxxxxxxxx
AREA_DIGITS = 10  # 0 and an area code, then the local number: 010-1234567 at the least
SERVICE_DIGITS = 10  # 400-xxx-xxxx, 800-xxx-xxxx
QQ_DIGITS = 5
_NUMBER_END = frozenset("0123456789０１２３４５６７８９-－—")


def cut_number(text: str) -> bool:
    """Does a paragraph end in a telephone or QQ number after its label that is shorter
    than any number of its kind (…咨询电话：01, …热线：0755-82, …客服手机：15974, …客服QQ：56,
    …：400-678-): a number cut off with the paragraph's tail? A short service number is whole
    (热线：12345, 客服电话：95588, 报警电话：110), and so is a local number without its area
    code (电话：65432198) or a 10-digit one (010-6512345: Beijing's have 8 digits, other
    cities' 7)."""
    t = text.rstrip()
    if t[-1:] not in _NUMBER_END:
        return False  # (most paragraphs: no search from every position of a long one)
    m = _CONTACT_NUMBER.search(t)
    if m is None:
        return False
    raw = m.group(1).translate(_FULLWIDTH_DIGITS).rstrip()
    if raw.endswith("-"):
        return True  # 400-678-: a hyphen with nothing after it
    if len(raw.split()) > 1:
        return False  # (several numbers, or one written in groups: 400 880 3999)
    digits = re.sub(r"\D", "", raw)
    if "QQ" in m.group(0) or "ＱＱ" in m.group(0):
        return len(digits) < QQ_DIGITS
    if digits.startswith("0"):
        return len(digits) < AREA_DIGITS
    if re.match(r"1[3-9]", digits) or digits == "1":
        return len(digits) < MOBILE_DIGITS
    if digits[:3] in ("400", "800") or digits in ("4", "40", "8", "80"):
        return len(digits) < SERVICE_DIGITS
    return False


CUT_NUMBER = "句末的电话号码不完整"


# a date that stops before its unit: a year and the figure of a month (2000年12, 1999年1—11),
# a month and the figure of a day (６月６, 本月３１); no heading ends so (a heading may end
# in a figure: 型号X9, 城东片区2023, 进入第2)
_CUT_DATE = lazy(
    r"(?:[0-9０-９]{2,4}|[〇○零一二三四五六七八九]{2,4})年[0-9０-９]{1,2}"
    r"(?:[—\-－~～至到][0-9０-９]{1,2})?$"
    r"|(?:[0-9０-９]{1,2}|[本上下同当次每该])月[0-9０-９]{1,2}(?:[—\-－~～至到][0-9０-９]{1,2})?$"
)


def cut_date(text: str) -> bool:
    """Does the text stop on a date before the unit of its last figure (…2000年12, 从1997年
    6月6, …本月31): a month or a day cut off with the rest of the line?"""
    return _CUT_DATE.search(text.rstrip()) is not None


def open_unpunctuated(b: Block, blocks: list[Block]) -> bool:
    """A body paragraph of at most ``UNPUNCTUATED_LINE`` characters with no punctuation
    inside (which ``truncation.open_end`` leaves alone as a title-like line) that stands
    after a body paragraph ending in a final mark and stops where no sentence or title ends
    (…对普通家庭来说是一笔不, …技术评估收费60: ``tail_evidence``): the head of a paragraph
    whose tail is lost. Not under a headline, where a long headline may stand as a paragraph
    (…致信给予支持鼓励)."""

    t = b.text.rstrip()
    if (
        b.kind != PARAGRAPH
        or b.index == 0
        or not t
        or len(t) > UNPUNCTUATED_LINE
        or re.search(r"[，。；：、,;:！？!?]", t)
        or not _CJK.search(t[-12:])
        or _OK_TAIL.search(t)
    ):
        return False
    prev = blocks[b.index - 1]
    if prev.kind != PARAGRAPH or prev.text.rstrip()[-1:] not in _STOPS + _STOP_CLOSERS:
        return False
    return tail_evidence(t)[0] >= STRONG


UNPUNCTUATED_LINE = 40  # truncation.open_end's title-like length


# a sentence's final mark (and its closing marks) and then a figure alone to the end
_FIGURE_AFTER_STOP = lazy(r"[。！？!?][”’」』）)》】]*([0-9０-９]{1,4})$")
FIGURE_PROSE = 12  # Chinese characters of running text before the figure


def figure_after_stop(b: Block, blocks: list[Block]) -> bool:
    """A body paragraph of running text whose last sentence is a figure alone (…迁入公交总
    站。38, …排第27位。2007), right before another body paragraph: the first figure of a
    sentence whose rest is lost. At an article's end such a figure may be a page's number,
    and a paragraph of no running text may be a table's row: both stay silent."""
    if b.kind != PARAGRAPH or b.index + 1 >= len(blocks):
        return False
    t = b.text.rstrip()
    m = _FIGURE_AFTER_STOP.search(t[-8:])
    if m is None or blocks[b.index + 1].kind != PARAGRAPH:
        return False
    body = t[: len(t) - len(m.group(1))]
    return len(_CJK.findall(body[-40:])) >= FIGURE_PROSE and _running(_last_sentence(body))


def _last_sentence(t: str) -> str:
    """The sentence the text's last final mark closes."""
    core = t.rstrip("".join(_STOP_CLOSERS)).rstrip(_STOPS)
    i = max(core.rfind(c) for c in _STOPS)
    return core[i + 1 :]
