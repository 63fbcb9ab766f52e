"""Is a short line that looks like a title the head of a broken paragraph?

The classifier calls a short unpunctuated line a headline, subhead or label; a paragraph
cut after a few characters (print layout, PDF export, a lost tail) leaves exactly such a
line. What tells them apart is seldom the line alone (危机, 天然气产量 and 聚焦民生实事
are all noun phrases) but where it stands and what stands around it:

- Subheads come in families: an article with one subhead in its body has others (一、…,
  二、…; or short lines of similar shape). A lone title-like line between two body
  paragraphs, in an article whose body has no other heading, is a paragraph's head. Only
  headings make a family: a sentence on its own line (…。), a word of dialogue (不！), a
  bracketed note or credit ((附图片1张)), a byline or a name do not. A line of one character
  is a head unless the article's other headings are one character too (稳, 进).
- A list item of running text with no final mark where every other item has one (the
  list cuts: ``break_lists``).
- A line whose end no title has: an opening bracket or quotation mark left open (（据新华社,
  “大家对该业务), which a title closes.
- What a heading of that kind does look like stays silent: numbered items (一、, 1., 第三章),
  a line ending in a colon, a quoted catchword (谨防“歪参谋”), a column label (相关链接,
  记者手记, 数读), a byline or credit, a name, a date.

``lone_head`` returns the evidence (0 when none) that a title-like block is a head: the
caller reports it one step below the rule's severity unless the line's own end (a verb
waiting for its object, half a word) or a continuation adds to it.
"""

from __future__ import annotations

import re

from .. import words
from ..document import (
    BYLINE,
    CAPTION,
    DATELINE,
    END_MARK,
    HEADLINE,
    LABEL,
    LIST_ITEM,
    PARAGRAPH,
    SUBHEAD,
    Block,
)
from ..patterns import HAN as _CJK
from ..patterns import lazy
from .break_contacts import contact_cut
from .break_datelines import reporter_lead
from .break_evidence import (
    SPEECH_VERBS,
    TAIL_WINDOW,
    connector_end,
    head_evidence,
    last_words,
    lead_like,
    sentence_like,
    tail_evidence,
)
from .break_fragments import completed_elsewhere
from .break_head_grammar import dateline_goes_on, frame_part, sentence_grammar, time_frame
from .break_head_lines import lead_cut_under_headline as lead_cut
from .break_head_lines import name_goes_on, title_goes_on
from .break_joint import may_cross_into, number_cut, word_cut
from .break_title_ends import (
    adverb_preposition_end,
    adverbial_then_stub,
    bare_numeral_end,
    dateline_then_words,
    dictionary_half_word_end,
    dotted_name_cut,
    frame_without_clause,
    half_word_after_mark,
    law_article_cut,
    locative_without_localizer,
    object_verb_end,
    opening_preposition_alone,
    predicate_adverb_end,
    role_then_surname,
    running_adverb_line,
    subject_preposition_end,
)
from .break_trailers import ALNUM_SLASH
from .break_word_prefix import word_prefix_end

_TITLE_KINDS = (HEADLINE, SUBHEAD, LABEL)
LONE_LINE = "正文中孤立的一行，文中没有其他小标题"
_FINAL = "。！？!?…”’」』）)》】"

# what a heading or a label of an article's body is: numbered (一、 1. （二） 第三章),
# ending in a colon or a dash, a column label, a byline or credit, a date
_NUMBERED = lazy(
    r"^\s*(?:[0-9０-９]{1,2}\s*[.．、)）]|[一二三四五六七八九十]{1,3}\s*[、.．)）]"
    r"|[(（][一二三四五六七八九十0-9０-９]{1,3}[)）]|第[一二三四五六七八九十百0-9０-９]+[章节条部篇回讲集期站]"
    r"|[①②③④⑤⑥⑦⑧⑨⑩]|[A-Za-zＡ-Ｚ][.．、]|[■□●○◆◇▲△★☆※·•>＞])"
)
# column labels a news body carries: written from the usage of Chinese newsrooms
LABELS = frozenset(
    "相关链接 链接 新闻链接 背景 背景资料 背景链接 相关新闻 相关报道 相关阅读 延伸阅读 记者手记 编后"
    " 编者按 编后语 点评 短评 述评 小贴士 贴士 提示 温馨提示 数读 图解 图片 图表 附件 附表 附录 注"
    " 资料 资料图 名词解释 新闻背景 新闻回顾 回顾 观察 追问 声音 评论 记者观察 专家观点 专家点评"
    " 各方观点 网友热议 网友评论 链接阅读 相关图片 组图 视频 更多 目录 前言 后记 结语 引子 尾声"
    " 导读 摘要 要点 简介 概况 大事记 花絮 现场 镜头 特写 采访札记 采访手记 人物简介 作者简介"
    " 我要评论 责任编辑 本报讯".split()
)
# a byline or credit: a role and names (本报记者 王晓东, 通讯员张强), a source, a signature
_CREDIT = lazy(
    r"来源|供稿|摄$|报道$|综合|评论员$|转载|整理|编译|[/／]|网$|报$|社$|台$|^[（(].*[)）]$|^据[^，,]*$"
)
_ROLE = lazy(r"(?:记者|通讯员|评论员|编辑|责编|摄影)")
# who speaks in an interview or a dialogue (记者：…, 问：…): running text, not a label
_SPEAKER = lazy(r"^(?:记者|问|答|主持人|网友|嘉宾|提问|回答|[QAＱＡ])[：:]")
_DATE = lazy(
    r"^[0-9０-９一二三四五六七八九十〇○零]{2,4}年(?:[0-9０-９一二三四五六七八九十]{1,2}月)?"
    r"(?:[0-9０-９一二三四五六七八九十]{1,3}[日号])?$"
    r"|^[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}[日号]$|^星期.$"
)
# what opens an article under its headline: a dateline, a source, an editor's note
_ARTICLE_OPENING = lazy(
    r"^\s*(?:编者按|编者的话|本报讯|本报[^，。,\s]{0,12}[电讯]|新华社|中新社|据新华社|新华网"
    r"|[\u4e00-\u9fff]{2,6}讯|[^，。]{0,12}\d{1,2}月\d{1,2}日电)"
)
# opening marks and what closes them (a half-width bracket is often closed by a full one)
_OPEN_PAIRS = (("（(", "）)"), ("“", "”"), ("《", "》"), ("【[", "】]"), ("「", "」"))
# the opening of a lead (本报讯, 新华社北京…电, 新浪体育讯) cut before its dateline is
# complete and before any byline (记者, 评论员, 通讯员 and names)
# the sources a lead's dateline opens with (本报…, 新华社北京…电, 新浪体育讯)
DATELINE_SOURCES = r"(?:本报|新华社|中新社|中新网|新华网|人民网|新浪|搜狐)"
_CUT_DATELINE = lazy(
    r"^(?!.*(?:电|讯|消息|日|报道)$)(?!.*(?:记者|评论员|通讯员|特约|编辑|摄影|供稿|专稿|综合))"
    rf"(?:{DATELINE_SOURCES}|[\u4e00-\u9fff]{{2,4}}讯).{{0,12}}$"
)
# a line of a short key and its value (主办：市科协, 地点：…, 记者：…)
_KEY_VALUE = lazy(r"^[^：:，,。]{1,6}[：:]")
# a short phrase in quotation marks: the catchword of a subhead (谨防“歪参谋”)
_QUOTED = lazy(r"“[^”]{1,10}”")


# how many body paragraphs stand before a lone line: the first subhead of an article often
# follows its lead paragraph; a heading deeper in a body has siblings
LONE_AFTER = 2
# a sentence adverbial and its comma that open running text, never a heading (整体来看，…;
# 曾几何时，…; 据了解，…): the line is a paragraph's head wherever it stands
_OPENER_CLAUSE = lazy(
    r"^(?:整体来看|总体来看|总的来看|总的来说|总体而言|总而言之|曾几何时|据了解|据悉|据介绍|据统计"
    r"|与此同时|此外|另外|然而|不过|但是|因此|所以|其实|事实上|对此|为此|显然|换句话说"
    r"|也就是说|一方面|另一方面)[，,]"
)


def _early_cut(t: str) -> bool:
    """A line of no clauses (a two-part subhead such as 老街换新颜，小巷焕生机 has a comma)
    that stops on half a word (see ``cut_end``: 世上哪有, …第一)."""
    if re.search(r"[，,；;]", t) or re.match(r"[0-9０-９一二三四五六七八九十百千万两几]", t[-2:-1]):
        return False  # (新建幼儿园6所: a figure and its measure word end a heading)
    return cut_end(t)


def unclosed(text: str) -> str | None:
    """The opening mark a line leaves open at its end (（据新华社, “大家对), or None."""
    for opening, closing in _OPEN_PAIRS:
        i = max(text.rfind(c) for c in opening)
        if 0 <= i < len(text) - 1 and not any(c in text[i:] for c in closing):
            return text[i]
    return None


def closed_after(line: str, nxt: str) -> str | None:
    """The opening mark a paragraph leaves open at its end (…《世界城市发展：追求) when the
    paragraph after it closes it before opening another of its kind (公正》是…): one title,
    quotation or note broken across the two; or None."""
    mark = unclosed(line)
    if mark is None:
        return None
    opening, closing = next(pair for pair in _OPEN_PAIRS if mark in pair[0])
    head = nxt[:CLOSE_WITHIN]
    shut = min((i for i, c in enumerate(head) if c in closing), default=-1)
    if shut < 0:
        return None
    return mark if not any(c in opening for c in head[:shut]) else None


# how far into the next paragraph the mark left open must be closed
CLOSE_WITHIN = 40


def _title_like(b: Block) -> bool:
    return b.kind in _TITLE_KINDS and not b.hint


def _closed(b: Block) -> bool:
    t = b.text.rstrip()
    return bool(t) and t[-1] in _FINAL


def heading_shape(text: str) -> bool:
    """Does the line have the shape of a heading or label of its own: numbered, ending in
    a colon or a dash, a column label, a credit, a date, a quoted catchword?"""
    t = text.strip().strip("\u3000\xa0 ")
    if not t:
        return True
    if _NUMBERED.match(t) or t[-1] in "：:—-－~～" or t[0] in "—－-" or t in LABELS:
        return True  # numbered, a subtitle after a dash, a label over what follows
    if _KEY_VALUE.match(t) and not _SPEAKER.match(t):
        return True  # 主办：市科协, 地点：…
    if _credit_shape(t) or _DATE.match(t) or _byline(t):
        return True
    if _QUOTED.search(t) and len(t) <= 14 and not unclosed(t):
        return True  # 谨防“歪参谋”, “猴王”穿上“护身符”
    return not _CJK.search(t)


def _credit_shape(t: str) -> bool:
    """Does the line carry a credit (``_CREDIT``), other than a slash between two letters or
    figures (1/2英寸, A/B股: a fraction or a pair, no credit's 文/图)?"""

    for m in _CREDIT.finditer(t):
        if m.group() in "/／" and ALNUM_SLASH.match(t, max(0, m.start() - 1)):
            continue
        return True
    return False


def _byline(text: str) -> bool:
    """A role and the names after it (本报记者 王晓东, 新华社记者刘荒本报记者董伟, 通讯员张强),
    not a sentence that mentions a reporter (晚上10时，记者来到了)."""

    parts = _ROLE.split(text)
    if len(parts) < 2 or re.search(r"[，,。；;：:]", text):
        return False
    for w, p in words.tag(parts[0].strip(), hmm=True):  # the organisation before the role
        if (p[:1] in "vpduc" and p != "vn" and w != "驻") or p == "ul":
            return False
    # names after each role (the tagger may read a name as a verb): no particle, preposition
    # or verb of motion among them
    return not any(re.search("[了的地得在向对把被来去到是有]", rest) for rest in parts[1:])


def _noun_phrase_title(text: str) -> bool:
    """A noun phrase with a 的-modifier that ends in a whole noun (技术与文化的互动,
    屏幕的整个设计): the shape of a subhead, which a cut seldom leaves."""

    if _OPENER_CLAUSE.match(text.strip()):
        return False  # 整体来看，新园的师资: a sentence's adverbial, then its subject
    tagged = words.tag(text.strip())
    ks = [k for k, (w, _) in enumerate(tagged) if w == "的"]
    if len(tagged) < 3 or not ks:
        return False
    after = tagged[ks[-1] + 1 :]
    w, p = tagged[-1]
    before = tagged[: ks[-1]]
    return (
        bool(after)
        and len(w) >= 2
        and all(q[:1] in "nabd" or q == "vn" for _, q in after)  # jieba: 互动/d
        and all(not q.startswith(("r", "d", "p", "c")) or x in "与和及同" for x, q in before)
    )


def _slogan(text: str) -> bool:
    """A subhead of two parts whose first is a short phrase of content words (库网并举，
    拓宽…; 科技，擎起…), not a connective (足见，…) or a frame before a pronoun (…，我)."""

    parts = re.split(r"[，,；;]", text)
    if len(parts) < 2 or not parts[0] or len(parts[0]) > 4 or _OPENER_CLAUSE.match(text):
        return False  # (整体来看，…: a sentence adverbial, no slogan's first part)
    if len(parts[1]) < max(4, len(parts[0])):
        return False  # 足见，中小板: the second part stops short
    if frame_part(parts[0]):
        return False  # 茶话会上，…; 数据显示，…: a sentence's frame, no slogan's first part
    first = words.tag(parts[0])
    second = words.tag(parts[1][:4])
    return (len(first) >= 2 or first[0][1][:1] in "nv") and second[0][1][:1] != "r"


def _saying_end(text: str) -> bool:
    """A line that ends on a verb of saying (区长在会上强调): a headline over the words said."""

    tagged = last_words(text)
    return bool(tagged) and tagged[-1][0] in SPEECH_VERBS


def _name(text: str) -> bool:
    """A personal name standing alone (a byline under or over the text)."""

    t = text.strip()
    if not 2 <= len(t) <= 4:
        return False
    tagged = words.tag(t, hmm=True)
    return len(tagged) == 1 and tagged[0][1].startswith("nr")


def _cut_across(line: str, nxt: str) -> bool:
    """Is a word or a figure cut across the end of the line and the paragraph after it
    (北京突 | 降暴雨, 2000年诺贝 | 尔…, 二○○○ | 年夏秋)?"""

    if number_cut(line, nxt)[0] >= CUT:
        return True
    if re.search(r"[A-Za-z]$", line) and re.match(r"[a-z]{2}", nxt):
        return True  # 项链T | aylor Swift, fs.ko | ng.net: a Latin word cut (iPhone opens so)
    if not _CJK.match(line[-1:]) or not _CJK.match(nxt[:1]):
        return False
    return word_cut(line, nxt)[0] >= CUT


CUT = 5.0


def cut_end(text: str) -> bool:
    """Does a short line stop on one character that is no noun, localizer or particle of
    its own (目前鸡肉进, 三组人马的新, 他非常看, 来了6位): half a word or a phrase?"""

    t = text.strip()
    if len(t) < 3 or not _CJK.match(t[-1:]):
        return False
    tagged = words.tag(t[-8:])
    if len(tagged) < 2:
        return False
    w, p = tagged[-1]
    if len(w) != 1 or tagged[-2][1].startswith("nr") or tagged[-2][0] == "之":
        return False  # a name's last character; 银杏之争, 谁之过: a classical noun phrase
    return p[:1] in "vadpcq" or p in ("zg", "x")


def stops_short(text: str) -> bool:
    """Does a line without clauses stop where a clause is cut short (``tail_evidence``): an
    adverb with nothing after it (相比较), a preposition's phrase that stops on half a word
    (军官按照规)? Not on an end a heading may have: a figure (型号X9, 展望2010, 进入第2: see
    test_truncation), a time word (为了明天), a distinguishing word
    (有钱的剩女), a preposition's phrase of whole words (向人民汇报, the tagger's noun), a
    figure and its measure word (新建幼儿园6所), a word of three characters (如是说), a word
    of one character the tagger calls half a word (只有承包权)."""

    t = text.strip()
    weight, why = tail_evidence(t)
    if weight < STRONG_END or re.search(r"[，,；;]", t) or re.search(r"[0-9０-９]$", t):
        return False  # (a figure ends a model's name or a year too: 型号X9, 展望2010)
    if "半个词" in why:
        return False  # 老汉只有承包权, 故土情: a title may end on a word of one character
    if re.match(r"[0-9０-９一二三四五六七八九十百千万两几]", t[-2:-1]) and _CJK.match(t[-1:]):
        return False  # 新建幼儿园6所: a figure and its measure word end a heading
    tagged = last_words(t)
    w, p = tagged[-1] if tagged else ("", "")
    if len(w) > 2 and _CJK.match(w):
        return False  # 老匠人如是说: a long word the tagger calls a conjunction
    return p not in ("t", "b") and not ("介词短语" in why and len(w) > 1)


STRONG_END = 5.0  # break_evidence.STRONG


def _cut_value(t: str, nxt: Block) -> bool:
    """A key and its value on a line between two body paragraphs (某某：我们, 【某某】：技)
    whose value stops where a clause is cut short or on a word the paragraph after it
    completes (技 | 能): a speaker's words or a note cut, not a label (主办：市科协)."""
    if not _KEY_VALUE.match(t) or t[-1] in "：:" or _SPEAKER.match(t):
        return False
    # (not half a word alone: 二审改判：法院认定村民只有经营权 is a subhead, 经营 | 权)
    return stops_short(t) or _cut_across(t, nxt.text)


def _verb_led(t: str) -> bool:
    """A line that opens with a verb (聚焦民生实事, 强化督查考核): the shape of a section's
    subhead in government copy, whose paragraph also opens with a verb and no subject, so a
    paragraph reading on does not make such a line a head."""

    tagged = words.tag(t.strip())
    return bool(tagged) and tagged[0][1][:1] == "v"


def _read_on(nxt: Block, head: str = "") -> bool:
    """Does the paragraph after a title-like line open as the rest of a sentence, not as a
    sentence of its own (``head_evidence``: a verb or an adverb with no subject, a first
    sentence with no predicate: 告诉记者，…; 也只有…)? A section opens with a sentence.
    Not when the line's noun or verb comes back in that first sentence (网格员的一天 |
    说起网格员老张，…; 向改革要动力 | 推行…改革，…): a subhead names what its section
    tells, where the two halves of one sentence seldom repeat a word across the cut."""

    if head and _echoed(head, nxt.text):
        return False
    weight, why = head_evidence(nxt.text)
    # (not a first clause the tagger reads as nouns only: 会议通报了… is a sentence)
    return weight >= READ_ON or (weight >= READ_ON_SUBJECTLESS and "缺少主语" in why)


def _echoed(head: str, text: str, any_tag: bool = False) -> bool:
    """Does a noun or verb (with ``any_tag``, any word: 生态环境/l) of two or more
    characters of ``head`` recur in the first sentence of ``text``?"""

    first = re.split(r"[。！？!?]", text, maxsplit=1)[0]
    return any(
        len(w) >= 2 and (any_tag or p[:1] in "nv") and w in first
        for w, p in words.tag(head.strip())
    )


def _said_first(text: str) -> bool:
    """Does a paragraph open with a verb of saying and a comma or colon (说，…; 表示：…),
    a predicate whose subject stands before it?"""

    tagged = words.tag(text.lstrip()[:12])
    return (
        len(tagged) >= 2 and tagged[0][0] in SPEECH_VERBS and tagged[1][0] in ("，", "：", ",", ":")
    )


READ_ON = 3.0
READ_ON_SUBJECTLESS = 2.0  # a verb or an adverb that opens a paragraph with no subject


def _body_start(blocks: list[Block]) -> int:
    for b in blocks:
        if b.kind == PARAGRAPH:
            return b.index
    return len(blocks)


def family(b: Block, blocks: list[Block]) -> bool:
    """Has the text another heading after its first body paragraph: a title-like line, a
    list item or a short numbered line (the headline, subtitle and byline over an article,
    and labels after its last paragraph - credits, links - do not count)? In a text of
    several articles the headline of another one counts: the text has headings."""
    start = _body_start(blocks)
    last = max((x.index for x in blocks if x.kind == PARAGRAPH), default=-1)
    for x in blocks[start:]:
        if x is b:
            continue
        numbered = len(x.text) <= 20 and _NUMBERED.match(x.text) is not None
        if (x.kind == LIST_ITEM or numbered) and not _prose_item(x.text):
            return True
        if _title_like(x) and x.index < last and _heading(x) and _kin(x):
            return True
    return False


def _prose_item(text: str) -> bool:
    """A numbered item of running text (3、身材高大，…; 1、快！看见…; (四)资金往来。建立…):
    a clause mark, or a sentence's end before its last character. A list of such points
    is no sign that the text has subheads (一、加大宣传力度。 is a heading)."""
    t = text.strip()
    m = _NUMBERED.match(t)
    rest = t[m.end() :] if m else t
    return re.search(r"[，,；;]|[。！？!?](?=.)", rest) is not None


def _kin(x: Block) -> bool:
    """Could the title-like line ``x`` be a subhead among which an unnumbered short line is
    one more? Not a line that introduces what follows (全文如下：, 《通知》要求：), a line of
    clauses (…，…), a photo's headline (…（附图片1张）), nor a line that is itself cut: a mark
    left open (他回答：“还差得远)."""
    t = x.text.strip()
    if _INTRODUCES.search(t) or _PHOTO_NOTE.search(t) or unclosed(t):
        return False
    if _SPEAKER.match(t) or _ARTICLE_OPENING.match(t) or _SPOKEN.search(t) or _told(t):
        return False  # 网友：…？, 本报讯…, 可眼下最难办的是什么呢？, 乡亲们不会忘记：
    return not (re.search(r"[，,；;]", t) and not _slogan(t))


# a line over the text it introduces (全文如下：, 《通知》要求：), not a salutation (某某朋友：)
_INTRODUCES = lazy(r"(?:如下|要求|规定|指出|强调|表示|认为|说|包括|有|是|启示|因为)[：:]$")
# a sentence of speech on a line of its own: a question or an exclamation with a modal
# particle and a person in it (眼下最难办的是什么呢？, 你们…的感觉吗？; a question of a FAQ is a
# heading: 新园收费贵吗？), an exclamation or a clause that opens with a personal pronoun as
# its subject (我们向…表示热烈的欢迎！, 他们说，…; a subhead may ask: 他们为何不负债？)
_SPOKEN = lazy(
    r"^(?=.*[我你他她咱]).*[吗呢吧啊呀嘛][？！?!]$|^(?:我|你|他|她|咱)(?:[^，,]{0,5}[，,]|.*[！!]$)"
)


def _told(t: str) -> bool:
    """A line that ends with a verb after an adverb or a verb, and a colon (乡亲们不会忘记：,
    大家都知道：, 记者了解到：): it introduces what is told after it, as a sentence does; a
    label (编者点评：, a noun and a verb) or a salutation (某某同学：) does not."""

    if t[-1:] not in "：:" or len(t) < 3:
        return False
    tagged = words.tag(t[:-1])
    return (
        len(tagged) >= 2
        and tagged[-1][1] == "v"
        and tagged[-2][1][:1] in ("d", "v")
        and tagged[-2][1] != "vn"
    )


_PHOTO_NOTE = lazy(r"[（(](?:附)?(?:图片|照片|图)[^)）]{0,6}[)）]$")


def _heading(x: Block) -> bool:
    """Is a title-like line a heading of the text, not a sentence on a line of its own
    (全场都安静了。), a word of dialogue (不！), a credit or note in brackets ((附图片1张),
    （本报记者某某）), a byline or a name? Only headings make a family in which a short line is
    one more (a subhead may end with ！ or ？: 人民不会忘记他们！)."""
    t = x.text.strip()
    if not t or t[-1] in "。…" or (len(_CJK.findall(t)) <= 2 and t[-1] in "！!？?"):
        return False
    if re.match(r"^[（(][^)）]*[)）]$", t) or _CREDIT_LINE.search(t) or _byline(t) or _name(t):
        return False
    return True


# a credit or source on a line of its own (not 走进电视台 or 喜报, which may be subheads)
_CREDIT_LINE = lazy(r"来源|供稿|摄$|报道$|转载|整理$|编译$|[/／]|^据[^，,]*$")


def lone_head(b: Block, blocks: list[Block]) -> tuple[float, str]:
    """Evidence that a title-like block is the head of a paragraph whose rest is lost or
    stands elsewhere: (weight, why); (0, "") when none. The weight is 3 (a break shown by
    where the line stands or what it leaves open, reported a step below the rule)."""
    t = b.text.strip()
    i = b.index
    if not _title_like(b) or i == 0 or not t:
        return 0.0, ""
    mark = unclosed(t)
    if mark:
        return HEAD, f"行中的“{mark}”没有配对的后半"  # （据新华社, “大家对…
    why = no_title(t)
    if why:
        return HEAD, why  # 第十五条违反本办法应当, …接连发生十, 根据国家统: wherever it stands
    whole = completed_elsewhere(b, blocks)
    if whole:
        return HEAD, f"行末停在半个词上（文中多处作“{whole}”）"  # …开展司法行, 项链Taylo
    shaped = heading_shape(t) or _name(t)
    if i == 1 and blocks[0].kind == HEADLINE:
        if _CUT_DATELINE.match(t):
            return HEAD, "电头不完整"  # 本报, 新华社北京, 新浪体育讯: a lead's opening, cut
        if lead_begun(t) or _said_begun(t) or _BRACKETED_LEAD.match(t):
            # 本报讯 (记者某某) 今年…将在6; （记者某某）卫生部门宣布：…; （某网 某某 4月2日
            # 广州报道）4月2: a lead, cut (no subtitle opens with a byline in brackets)
            return HEAD, "导语没有句末标点"
        if _ARTICLE_OPENING.match(t) and _ROLE_END.search(t):
            return HEAD, "电头不完整"  # 本报讯记者, …电新华社记者: a role with no name after it
        if _one_char(t):
            return HEAD, ONE_CHAR  # 新 | 华社北京…电: no subtitle is one character
        if dateline_then_words(t):
            return HEAD, "导语没有句末标点"  # 本报北京12月31日讯2000年: a lead, cut short
        if len(blocks) == 2 and not shaped:
            return HEAD, "标题下只有这一行"  # a headline and one line: the body, cut
        nxt = blocks[2] if len(blocks) > 2 else None
        if nxt is not None and nxt.kind == PARAGRAPH and not shaped and _cut_across(t, nxt.text):
            return HEAD, "与下段之间有词被拆开"  # 北京突 | 降暴雨…
        if nxt is not None and nxt.kind == PARAGRAPH and not shaped and lead_cut(t, nxt):
            return HEAD, "标题下的一行不像副题"  # …售水机必须 | 要有…; …有关部门联合 | 制定…
        if nxt is not None and nxt.kind == PARAGRAPH and not shaped and sentence_grammar(t):
            return HEAD, "标题下的一行不像副题"  # …还表彰了, 并…: a lead's head, no subtitle
        if nxt is not None and dateline_goes_on(t, nxt.text):
            return HEAD, "电头不完整"  # 本报北京1月1日讯记者某某 | 报道：… (head15)
        return 0.0, ""
    prev = blocks[i - 1]
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    while nxt is not None and nxt.kind in (CAPTION, END_MARK):
        nxt = blocks[nxt.index + 1] if nxt.index + 1 < len(blocks) else None
    if nxt is not None and credit_closes(b, blocks):
        nxt = None  # (记者：某某), （据新华社某地某日电） closing the text: the line ends it
    if (
        nxt is not None
        and nxt.kind == PARAGRAPH
        and not shaped
        and _under_byline(b, blocks)
        and _clause_or_verb(t)
        and (
            re.search(r"[，,；;]", t) is not None
            or _read_on(nxt, t)
            or _joint_word(t, nxt.text)
            or _cut_across(t, nxt.text)
            or stops_short(t)
        )
    ):
        # the byline over an article (本报记者某某, 本报评论员) and the body under it: a line
        # of a clause or a verb between them, of clauses or with the paragraph under it
        # reading on, is the lead's head (３年多的默默奋战 | 之后，…; …正式公布 | 了…); a
        # feature's first subhead there is a noun phrase (乖乖宝和小金刚) or a phrase over a
        # sentence of its own (走进城东新园 | 清晨六点，…)
        return HEAD, "署名后的一行不像标题"
    if prev.kind == HEADLINE and (_lone_char(b, t, blocks) or dateline_then_words(t)):
        # under the headline of a later article of the text: no subtitle is one character,
        # and a dateline opens the lead (北京：地税收入超300亿 | 北, …讯2000年)
        return HEAD, ONE_CHAR if _one_char(t) else "导语没有句末标点"
    if prev.kind == HEADLINE and (
        _CUT_DATELINE.match(t) or (nxt is not None and dateline_goes_on(t, nxt.text))
    ):
        return HEAD, "电头不完整"  # 本报北京, 新华社北 under a later article's headline (head15)
    if prev.kind == HEADLINE and nxt is not None and nxt.kind == PARAGRAPH and not shaped:
        if lead_cut(t, nxt, first=False):  # under a later article's headline: a cut word
            return HEAD, "标题下的一行不像副题"
    if prev.kind != PARAGRAPH or not _closed(prev):
        return 0.0, ""  # under a headline, a byline or a caption: a heading's place
    if nxt is None:
        # after the last paragraph: credits, sources and glued headlines, unless the line
        # opens as running text does (据悉，…; 但…; 他) or is one character
        if runs_on(t):
            return HEAD, "文末一行像是句子的开头"
        if not shaped and not _end_credit(t) and cut_end(t):
            return HEAD, "文末一行停在半个词上"  # 目前鸡肉进, 世界天然气发
        if not shaped and not _end_credit(t) and stops_short(t):
            return HEAD, "文末一行停在半句上"  # …指着大石块告诉, …按照规: no title ends so
        if not shaped and not _end_credit(t) and running_adverb_line(t):
            return HEAD, "文末一行是没有写完的句子"  # …的硬盘则让长时: no headline's style
        if not shaped and not _end_credit(t) and (sentence_grammar(t) or time_frame(t)):
            return HEAD, "文末一行是没有写完的句子"  # …还表彰了, 前年元旦前: (head15)
        if (
            not shaped
            and not _END_CREDIT.search(t)
            and 3 <= len(t) <= END_SHORT
            and len(_CJK.findall(t)) == len(t)
            and not any(w in t for w in _SIGN_OFF)  # 未完待续, 感谢阅读, 下期再见
        ):
            return HEAD, "文末一行太短，不像标题或署名"  # 结合, 上身搭配: no headline is so short
        if not shaped and not _end_credit(t) and _two_char_cut(t):
            return HEAD, "文末一行太短，不像标题或署名"  # 赌全, 搭配: half a phrase
        return 0.0, ""
    if nxt.kind != PARAGRAPH:
        if nxt.kind in _TITLE_KINDS and _lone_char(b, t, blocks):
            return HEAD, ONE_CHAR  # …偿还。 | 上 | 7.下列国债…: no heading is one character
        if nxt.kind in _TITLE_KINDS and not shaped and title_goes_on(t, nxt.text):
            return HEAD, "与下一行之间有词被拆开"  # 走进网络 | 时代（附图片）
        return 0.0, ""
    if _cut_value(t, nxt):
        return HEAD, "冒号后的内容停在半句上"  # 某某：我们 | …, 【某某】：技 | 能…
    if (
        _name(t)
        and not heading_shape(t)
        and (_read_on(nxt) or _said_first(nxt.text) or name_goes_on(t, nxt.text))
    ):
        # a name alone over a paragraph that opens with its predicate (某某 | 说，…): the
        # subject of that paragraph's first sentence, not a byline or a speaker's label
        return HEAD, "人名与下段的谓语之间断开"
    if shaped or (_noun_phrase_title(t) and not _read_on(nxt, t)) or _saying_end(t) or _slogan(t):
        return 0.0, ""  # (a 的-phrase over a paragraph that reads on: 某部门的同志 | 告诉记者，…)
    if (
        _clause_or_verb(t)
        and _joint_word(t, nxt.text)
        and not _like_siblings(b, t, blocks)
        and not _echoed(t, nxt.text, any_tag=True)
    ):
        # a line of a clause or a verb whose last word goes on into the paragraph under it
        # (…要努力搞好售后 | 服务工作): a subhead's last word ends in it. Not a subhead whose
        # section names its words again (聚焦生态环境 | 保护生态环境就是…)
        return HEAD, "与下段之间有词被拆开"
    if _lone_char(b, t, blocks):
        # one character between two body paragraphs, in a text whose headings (if any) are
        # longer: no subhead is that short unless its siblings are too (稳, 进, 新)
        return HEAD, ONE_CHAR
    if family(b, blocks) and not sentence_grammar(t):
        return 0.0, ""
    before = sum(1 for x in blocks[:i] if x.kind == PARAGRAPH)
    if (
        before < LONE_AFTER
        and not (_PRONOUN_START.match(t) and "的" not in t[:3])
        and not _OPENER_CLAUSE.match(t)
        and not _early_cut(t)
        and not stops_short(t)
        and not (_read_on(nxt, t) and not _verb_led(t))
        and not sentence_grammar(t)
    ):
        # under the lead: where the first section of an article begins, unless the line
        # opens with a pronoun as its subject (他呼吁, 这８家…; not 我的家乡) or with a
        # sentence adverbial and its comma (整体来看，…), or stops on half a word (世上哪有,
        # …第一): no subhead does
        return 0.0, ""
    if any(
        x.kind in (BYLINE, DATELINE) or _ARTICLE_OPENING.match(x.text)
        for x in blocks[i + 1 : i + 4]
    ):
        return 0.0, ""  # the headline of the next article, over its subtitle and dateline
    return HEAD, LONE_LINE


HEAD = 3.0


def credit_closes(b: Block, blocks: list[Block]) -> bool:
    """Is what follows the block only a credit or a dateline in brackets that closes the text
    ((记者：某某), （据新华社某地12月31日电）, （本报某地1月1日电）) with no body paragraph or
    item after it? The line then ends an article, it heads none (a heading has its body
    under it). Not a photographer's credit: a picture's title stands over one."""
    i = b.index + 1
    while i < len(blocks) and blocks[i].kind in (CAPTION, END_MARK):
        i += 1
    if i >= len(blocks) or blocks[i].kind not in (BYLINE, DATELINE, LABEL):
        return False
    t = blocks[i].text.strip()
    if not _CLOSING_CREDIT.match(t) or "摄" in t:
        return False
    return not any(x.kind in (PARAGRAPH, LIST_ITEM) for x in blocks[i + 1 :])


# a credit or a dateline in brackets: a reporter's name, a source and its dateline
_CLOSING_CREDIT = lazy(
    r"^[（(][^（()）]{0,30}(?:记者|通讯员|编辑|电|讯|报道|来源|综合)[^（()）]{0,12}[)）]$"
)


def no_title(t: str) -> str:
    """Why a title-like line is no title wherever it stands (``break_title_ends``), or ""."""
    if law_article_cut(t):
        return "法规条文没有写完"
    if bare_numeral_end(t):
        return "句末的数词缺少量词或名词"
    if frame_without_clause(t):
        return "介词短语之后缺少句子的主干"
    if adverb_preposition_end(t):
        return "介词短语之后缺少动词"
    if dictionary_half_word_end(t) or word_prefix_end(t):  # (…在此之: lost16b)
        return "行末停在半个词上"
    if object_verb_end(t):
        return "句末的动词缺少宾语"
    if dotted_name_cut(t):
        return "外国人名只剩一个字"
    if predicate_adverb_end(t):
        return "句末的副词后缺少谓语"
    if subject_preposition_end(t) or opening_preposition_alone(t):
        return "介词短语之后缺少动词"
    if locative_without_localizer(t):
        return "“在”字短语缺少方位词或谓语"
    if half_word_after_mark(t):
        return "行末停在半个词上"
    if role_then_surname(t):
        return "职务后的人名只剩姓"
    if mark := connector_end(t):
        return f"行末的“{mark}”之后缺少后半"  # …第一届海尔-, …焦距为35-: half a range or name
    if adverbial_then_stub(t):
        return "状语之后的句子没有写完"
    return contact_cut(t) or ""


def _under_byline(b: Block, blocks: list[Block]) -> bool:
    """Does the block stand right under the byline of the article's head (本报记者某某,
    本报评论员: a role and names on their own line, before any body paragraph)?"""
    if b.index == 0:
        return False
    prev = blocks[b.index - 1]
    t = prev.text.strip()
    kind = prev.kind  # (not ``in (BYLINE, *_TITLE_KINDS)``: mypyc 2.4.1 fails on it)
    if (kind != BYLINE and kind not in _TITLE_KINDS) or not (_byline(t) or _COMMENTATOR.match(t)):
        return False  # (a column's label the classifier calls a byline, 图片新闻, is none)
    return not any(x.kind in (PARAGRAPH, LIST_ITEM) for x in blocks[: prev.index])


# a commentator's byline, with no name (本报评论员, 本报特约评论员)
_COMMENTATOR = lazy(r"^(?:本报|新华社|人民日报)?(?:特约)?评论员$")
# how short a last line of Chinese characters (three or more: 返回, 分享 and 今天 close a
# page) is that no glued headline or credit is
END_SHORT = 4
ONE_CHAR = "正文中只有一个字的一行"


def _two_char_cut(t: str) -> bool:
    """Two Chinese characters that are two words (赌 | 全) or one word that is no noun, name,
    adjective, word of a web page's furniture or word that signs off (推进, 一方; not 返回,
    分享, 专题, 今天, 温暖, 共勉, 加油: a coda or slogan of one word closes many a feature)."""

    if len(t) != 2 or len(_CJK.findall(t)) != 2 or t in _PAGE_WORDS or t in _SIGN_OFF:
        return False
    tagged = words.tag(t)
    return len(tagged) == 2 or tagged[0][1][:1] in "vmdpc"


# what closes a web page or a column on a line of its own (links, buttons, a date word)
_PAGE_WORDS = frozenset(
    "返回 分享 打印 关闭 收藏 评论 推荐 转发 转载 登录 注册 点击 更多 下载 阅读 顶部 首页 置顶"
    " 回复 留言 投票 订阅 搜索 查看 进入 今天 昨天 完毕 待续 未完 全文 详细 专题 相关 点赞 文图 纠错 举报".split()
)
# words that close an article, a speech or a feature on a line of their own: cheers,
# wishes, thanks, farewells and "to be continued" (no sentence that a break cuts opens
# with them alone, and a short last line that holds one signs off: 未完待续, 感谢阅读)
_SIGN_OFF = frozenset(
    "共勉 加油 奋斗 前进 致敬 感谢 谢谢 再见 剧终 珍重 保重 祝福 晚安 干杯 出发 启航 收官 落幕"
    " 待续 敬请 快乐 平安".split()
)


def _lone_char(b: Block, t: str, blocks: list[Block]) -> bool:
    """Is the line one Chinese character in a text whose other headings (if any) are all
    longer?"""
    return _one_char(t) and not any(
        _one_char(x.text) for x in blocks if x is not b and x.kind in _TITLE_KINDS
    )


def _one_char(text: str) -> bool:
    t = text.strip().strip("\u3000\xa0 ")
    return len(t) == 1 and _CJK.match(t) is not None


# what a short last line of an article is when it is no cut sentence: a credit, a source,
# a dateline, an organisation or a column signing it
_END_CREDIT = lazy(
    r"记者|通讯员|编辑|责编|来源|供稿|摄影|摄$|报道$|综合|评论|转载|整理|编译|[/／]|网$|报$|社$|台$|电$"
    r"|讯$|刊$|中心$|基金$|公司$|集团$|^[（(].*[)）]$|^据[^，,]{0,10}$|[\s\u3000\xa0]|^完$"
)
_ROLE_WORDS = frozenset(("记者", "通讯员", "编辑"))


def _end_credit(t: str) -> bool:
    """Does a last line carry a credit (``_END_CREDIT``), other than a reporter or an editor
    named in a sentence (有记者问…, 记者用呼机找到了…): a role word that is no byline's?"""
    found = [m.group() for m in _END_CREDIT.finditer(t)]
    if not found:
        return False
    return not (all(g in _ROLE_WORDS for g in found) and not _byline(t) and _told_of(t))


def _told_of(t: str) -> bool:
    """Does a verb or a clause mark follow the line's first role word (记者用…, 记者问…)?"""

    m = _ROLE.search(t)
    if m is None:
        return False
    rest = t[m.end() :]
    return bool(re.search(r"[，,；;]", t)) or any(p[:1] in "vp" for _, p in words.tag(rest[:8]))


_PRONOUN_START = lazy(r"^(?:我|你|他|她|它|咱|这|那|此|该)")


def runs_on(last: str, halves: bool = False) -> bool:
    """Does the short text after an article's last full stop read as the start of a
    sentence of running text (据悉，台湾…; 现在，马刺只能…; 但季; 他), not a credit or a
    headline glued after the text (which opens with its subject and has no comma)? With
    ``halves``, also when it stops on half a word (see ``cut_end``) or is two characters
    that end no phrase (``_two_char_cut``: 入冬, where a credit is a name: 张三)."""

    t = last.strip()
    cjk = len(_CJK.findall(t))
    if not cjk or _end_credit(t) or _DATE.match(t) or heading_shape(t) or _name(t):
        return False
    if cjk == 1 and len(t) == 1:
        return True  # a single character: no credit or headline is one
    if halves and (cut_end(t) or _two_char_cut(t)):
        return True  # 本稿件为新, 市政府也十分重, 入冬: it stops on half a word or a phrase
    if re.search(r"[，,；;]", t) and len(re.split(r"[，,；;]", t)[0]) >= 2:
        return True  # a clause and a comma: running text, not a headline
    if lead_like(t) or sentence_like(t) or _PRONOUN_START.match(t):
        return True

    first = words.tag(t[:6])
    # a preposition or conjunction with its phrase (在香, 根据禁止吸, 为了让…): the
    # adverbial a sentence opens with; a glued headline opens with its subject
    return bool(first) and first[0][1] in ("p", "c") and len(first) > 1


def _joint_word(line: str, nxt: str) -> bool:
    """Do a line's last character and the first of the paragraph after it read as one
    word (优 | 质, 施 | 工), the joined reading far likelier than the two apart?"""

    left = line.rstrip()[-TAIL_WINDOW:]
    head = nxt.lstrip()
    if not _CJK.match(left[-1:]) or not _CJK.match(head[:1]):
        return False
    if not may_cross_into(left, head[:1]) or word_cut(left, head)[0] < JOINT_CUT:
        return False
    return (words.join_gain(left, head[:TAIL_WINDOW]) or 0.0) >= JOINT_GAIN


JOINT_CUT = 2.5  # two whole words read as one across the joint (优质 | 服务) and more
JOINT_GAIN = 1.5


def _clause_or_verb(t: str) -> bool:
    """Does a line hold a comma or a verb (a clause, not a noun phrase)?"""

    return re.search(r"[，,；;]", t) is not None or any(
        p[:1] == "v" for _, p in words.tag(t.strip())
    )


def _like_siblings(b: Block, t: str, blocks: list[Block]) -> bool:
    """Is the line shaped like another title-like line of the body: as long within two
    characters, with the same first or last character (推进…, 强化…; …建设, …工程)?"""
    for x in blocks:
        o = x.text.strip()
        if x is b or not _title_like(x) or not o:
            continue
        if abs(len(o) - len(t)) <= 2 and (o[0] == t[0] or o[-1] == t[-1]):
            return True
    return False


def bare_line_head(b: Block) -> bool:
    """A body paragraph with no punctuation inside (which the check otherwise takes for a
    title left as a paragraph) that opens as a lead does (本报讯…, 新华网…电) or leaves a
    bracket or quotation open (…《物业服务质量考核实施办): the head of a paragraph."""

    if b.kind in _TITLE_KINDS:
        return _closed_lead_line(b) or _dash_end(b)
    if b.kind != PARAGRAPH:
        return False
    t = b.text.strip()
    if len(t) < 8 or t[-1] in _FINAL or re.search(r"[，。；：、,;:！？!?]", t):
        return False
    mark = unclosed(t)
    if mark and t.rfind(mark) > 0:
        return True  # not a note in brackets that spans lines (（…通过 / 根据…修正）)
    return lead_like(t) or reporter_lead(t)


def _closed_lead_line(b: Block) -> bool:
    """A line the classifier took for a title that ends on a closing mark or holds a dash
    (which make it no title candidate: …《某某》, …——副题) but opens as running text does:
    a conjunction that joins it to what stands before (而此后的《…》, 和某某 (…)), a
    sentence adverbial and its comma (一般而言，在…(house)), the frame of a report (据…网站
    ———“…”网站工作人): the head of a paragraph whose tail is lost, no heading."""

    t = b.text.strip()
    if not _title_like(b) or b.index == 0 or len(t) < CLOSED_LEAD_LEN or t[-1] in _STOPS:
        return False
    if t[-1] not in _CLOSING and "——" not in t:
        return False  # (a title candidate: the title-like path reads it)
    if not _CJK.match(t[0]):
        return False  # ①表示：（…）: a numbered note
    if lead_like(t) or _OPENER_CLAUSE.match(t):
        return True
    first = words.tag(t[:6])
    return len(first) > 1 and first[0][1] == "c" and first[0][0] in _JOINING


CLOSED_LEAD_LEN = 6
# a dash of two or more characters at a line's end, after the title it opens a subtitle to
_DASH_END = lazy(r"(?:——|－－|--|—-)[—－\-]*$")
DASH_TITLE = 4  # Chinese characters of a title before the dash


def _dash_end(b: Block) -> bool:
    """A line the classifier took for a title that ends on a dash (黄河岸边的创业先锋－－):
    the dash opens a subtitle (…－－记某某公司), which is lost with the paragraph's tail; no
    heading ends on it, and a dash inside the line too makes it a line of several parts."""
    t = b.text.strip()
    m = _DASH_END.search(t)
    if m is None or not _title_like(b) or b.index == 0:
        return False
    head = t[: m.start()]
    return len(_CJK.findall(head)) >= DASH_TITLE and not re.search(r"[—－]{2}|--", head)


_STOPS = "。！？!?…"
_CLOSING = "”’」』）)》】"
# conjunctions that join a clause or a noun to the one before (no title opens with them)
_JOINING = frozenset("而 和 及 以及 与 并 并且 而且 但 但是 可是 那 那么 于是 所以 因此".split())


def lead_begun(t: str) -> bool:
    """Does the line open with a dateline or source and then a sentence of some length
    (本报讯 (记者某某) 今年全国…; not 新华网北京7月26日电 alone, nor a byline after it)?"""
    if not _ARTICLE_OPENING.match(t) or _byline(t):
        return False  # 新华社记者某某本报记者某某: a byline
    rest = _LEAD_HEAD.sub("", t, count=1)
    return len(_CJK.findall(rest)) >= CUT_LEAD_REST


# the dateline and byline a lead opens with (本报北京1月2日电记者某某报道：; 新浪娱乐讯 (记者某某))
_LEAD_HEAD = lazy(
    r"^\s*[^，。,：:（(\s]{0,20}?(?:讯|电|消息)\s*(?:[（(][^)）]{0,30}[)）])?"
    r"(?:[^，。,：:]{0,16}?报道[：:])?\s*"
)
# a byline or a dateline in brackets (（记者某某）, （某网 某某 4月2日广州报道）) and the
# lead's first words after it; not a photo's credit (（新华社记者某某摄）图为…: a caption)
_BRACKETED_LEAD = lazy(
    r"^\s*[（(](?![^）)]*摄)[^（()）]{0,30}(?:记者|报道|电|讯)[^（()）]{0,12}[）)]"
    r"[\s\u3000]*[^\s\u3000（(]"
)
# a dateline whose reporter is named but not yet (本报讯记者, 本报长沙3月5日讯新华社记者), or
# whose next reporter's paper is (…记者某某、本报)
_ROLE_END = lazy(r"(?:记者|通讯员|[、，,]\s*(?:本报|新华社|中新社))$")


def _said_begun(t: str) -> bool:
    """A dateline and byline that end with 报道： and the lead's first words after it
    (本报某地1月1日电记者某某报道：新世): a lead, however short what follows is."""
    if not _ARTICLE_OPENING.match(t) or _byline(t):
        return False
    head = _LEAD_HEAD.match(t)
    return (
        head is not None
        and head.group().rstrip()[-1:] in "：:"
        and _CJK.search(t[head.end() :]) is not None
    )


# how many Chinese characters of the sentence after the dateline show a lead begun
CUT_LEAD_REST = 6
