"""Lines that look like titles but that no title is: what Chinese grammar leaves open.

A helper of ``break_heads.lone_head`` (issue 9, break-lost): a short line without a final
mark that the classifier took for a headline, subhead or label is the head of a paragraph
whose tail is lost when its words say so wherever it stands:

- an article of a law or regulation (第十二条…) whose text stops: an article is a sentence
  and ends with a full stop, a colon before its items or a semicolon; only a chapter or a
  section (第三章…, 第二节…) has a title;
- a numeral standing alone after a word, with neither its measure word nor its noun
  (…接连发生十, …和合作伙伴一): a title ends on a whole figure (增二成五, 之五, 三合一);
- a preposition that frames a clause (根据, 随着, 对于, 鉴于…) and no predicate after it
  (根据晨星, 对于不同的品种和产): such a phrase is an adverbial waiting for its clause, where
  a title has a verb (按照群众意愿修改规划) or opens with a preposition that may stand in one
  (为祖国守岁, 在路上, 与新世纪同行);
- a dateline and the first words of the lead under the headline, too few for
  ``break_heads.lead_begun`` (本报北京12月31日讯2000年, …消息 (记者 某某) 中): after a
  dateline a line holds the reporter's credit or the lead, and the lead ends with a mark.

Every check works on the line's text alone; the caller decides where a line may be read so.
"""

from __future__ import annotations

import re

from .. import words
from ..patterns import HAN as _CJK
from ..patterns import lazy

# an article of a law and the first characters of its text (第十二条 本条例…, 第3条对…)
_LAW_ARTICLE = lazy(
    r"^第[一二三四五六七八九十百零〇0-9０-９]{1,5}条[\s\u3000]*(?=[\u4e00-\u9fff“《（(])"
)
LAW_TEXT = 4  # Chinese characters of the article's text that show it has begun
_CLOSED = "。；;：:！？!?”’）)》】」』…"

# numerals that stand for a figure of their own (一 in 合作伙伴一 waits for its measure word)
_NUMERALS = frozenset("一二三四五六七八九十两几")

# prepositions and conjunctions that frame the clause after them and do not open a title:
# the ground of an act (根据, 依据, 按照, 依照, 遵照, 本着, 鉴于), an accompanying change
# (随着), the matter spoken of (对于, 至于), a comparison (相比, 相对于), a cause (由于), a
# source (另据); not 为, 在, 从, 与, 对, 关于, 为了, 通过, which titles open with
_FRAMES = frozenset(
    "根据 依据 按照 依照 遵照 本着 鉴于 随着 对于 至于 相比 相比于 相较于 相对于 由于".split()
)
_FRAME_STARTS = (*_FRAMES, "另据", "相较", "相对")
# what stands for a predicate in the words after the frame
_PREDICATE = ("v", "a", "l", "i", "z")


def law_article_cut(text: str) -> bool:
    """Is the line an article of a law (第N条 and its text) that stops without the full
    stop, colon or semicolon an article ends with (第十五条违反本办法应当)?"""
    t = text.strip()
    m = _LAW_ARTICLE.match(t)
    if m is None or t[-1:] in _CLOSED:
        return False
    return len(_CJK.findall(t[m.end() :])) >= LAW_TEXT


def bare_numeral_end(text: str) -> bool:
    """Does the line end on a numeral of one character after a word that is no numeral, a
    name, a time or a short verb or adjective (…接连发生十, …和合作伙伴一, …乃至一): a figure
    whose measure word and noun are lost? Not a figure of its own: 二成五, 三合一, 之一,
    十一 (one word), 大一, 再加一, 百里挑一, 月初一."""

    t = text.strip()
    if len(t) < 3 or t[-1] not in _NUMERALS:
        return False
    tagged = words.tag(t[-8:])
    if len(tagged) < 2:
        return False
    w, p = tagged[-1]
    pw, pp = tagged[-2]
    if w != t[-1] or p != "m" or not _CJK.match(pw[-1:]):
        return False
    if pp[:1] in "mtqr" or pp.startswith(("nr", "ns")) or pw[-1] in _NUMERALS or pw in "之第其":
        return False  # 二成五, 月初一, 其一; a name or a place before a figure (连胜五)
    if pp[:1] in "va" and len(pw) == 1:
        return False  # 再加一, 百里挑一, 大一: a short verb or adjective and its figure
    return pp[:1] in "nvdcp" or pp in ("ul", "uz", "ug")  # (…安排了一: after an aspect)


# words after which a numeral of one character still owes its measure word or noun: a
# determiner (的一, 这一, 另一, 每一), the copula or 有 before 一, 两, 几 (是一 | 种, 有几 |
# 位); not 是三, 有三 (答案是三, 原因有三: a figure of its own)
_DETERMINERS = frozenset("的 这 那 另 每".split())
_SMALL = frozenset("一两几")


def dangling_numeral(text: str) -> str:
    """The numeral of one character a line ends on when its measure word or noun is lost
    (…侥幸躲过一, …很重要的一, …这一, …中国是一, …房前有一), or "". Not 不一 (说法不一:
    not alike), nor what ``bare_numeral_end`` keeps whole (三合一, 之一, 十一, 再加一)."""
    t = text.strip()
    if len(t) < 2 or t[-1] not in _NUMERALS:
        return ""
    if bare_numeral_end(t):
        tagged = words.tag(t[-8:])
        return "" if tagged[-2][0] == "不" else t[-1]
    tagged = words.tag(t[-8:])
    if len(tagged) < 2 or tagged[-1] != (t[-1], "m"):
        return ""
    pw = tagged[-2][0]
    if pw in _DETERMINERS or (pw in ("是", "有") and t[-1] in _SMALL):
        return t[-1]
    return ""


def frame_without_clause(text: str) -> bool:
    """Does the line open with a preposition that frames a clause (根据, 随着, 对于…) and
    hold no predicate after it, other than inside a modifier with 的 (对于不同的品种)? The
    clause it frames is lost; a title with such an opening has its verb (按照群众意愿修改
    规划)."""

    t = text.strip()
    if not t.startswith(_FRAME_STARTS):
        return False  # (most lines: no segmenting)
    tagged = words.tag(t)
    if len(tagged) < 2:
        return False
    first = tagged[0][0]
    rest = tagged[1:]
    if first == "另" and tagged[1][0] == "据":
        rest = tagged[2:]
    elif first in ("相比", "相对", "相较") and tagged[1][0] == "于":
        rest = tagged[2:]
    elif first not in _FRAMES:
        return False
    if not rest or not any(_CJK.match(w[:1]) or w[:1].isalnum() for w, _ in rest):
        return False
    # a predicate counts unless a 的 after it makes it a modifier (不同的…, 举办的…) or it
    # heads the noun phrase after the last 的, alone or joined by a conjunction (…的统计,
    # …的收费和接送: the tagger's verbs)
    last_de = max((i for i, (w, _) in enumerate(rest) if w in ("的", "之")), default=-1)
    for i, (_, p) in enumerate(rest):
        if i <= last_de or p[:1] not in _PREDICATE or p == "vn":
            continue
        if last_de >= 0 and (i == last_de + 1 or rest[i - 1][1] == "c"):
            continue
        return False
    return True


# prepositions that an adverb before them marks as such (no conjunction: 还与…, 刚从…) and
# that need a verb after their object; not 在, 为, 对, which may be the verb themselves,
# nor 把, 将, whose verb the tagger often reads as a noun (把目光投向…)
_VERB_PREPOSITIONS = frozenset("与 跟 同 和 向 从 朝 往 给 替".split())
# what a preposition's object is made of: nouns, names, places, times, figures, 的
_OBJECT_POS = ("n", "s", "t", "m", "q", "f", "j", "u", "x", "eng")


def adverb_preposition_end(text: str) -> bool:
    """Does the line end on a preposition's phrase that an adverb opens (…刚从佛罗里达州,
    赶快与圣堂骑士), with no verb after the preposition's object? An adverb marks what
    follows as the predicate, and a preposition's phrase is none without its verb (再与狼
    共舞 has it)."""

    if not any(c in _VERB_PREPOSITIONS for c in text):
        return False  # (most lines: no segmenting)
    tagged = words.tag(text.strip())
    at = [
        i
        for i in range(1, len(tagged) - 1)
        if tagged[i][0] in _VERB_PREPOSITIONS and tagged[i - 1][1][:1] == "d"
    ]
    if not at:
        return False
    rest = tagged[at[-1] + 1 :]
    de = max((k for k, (x, _) in enumerate(rest) if x == "的"), default=-1)
    # (an object whose head is nouns only, whatever modifies it before its 的: 和你一样,
    # 向着… hold a word of another kind, 共舞 a verb)
    head = rest[de + 1 :]
    return bool(head) and all(q.startswith(_OBJECT_POS) and q != "vn" for _, q in head)


# a dateline: a source and place with 讯/电/消息 (本报北京12月31日讯, 中广网上海8月12日消息,
# 新华社北京1月2日电), or a date, a place and 讯 (2012年7月18日北京讯); then a reporter's
# credit in brackets, if any
_DATELINE = lazy(
    r"^\s*(?:[【\[［]?(?:本报|新华社|中新社|中新网|新华网|人民网|中广网|[\u4e00-\u9fff]{2,4}网)"
    r"[\u4e00-\u9fff]{0,8}(?:[0-9０-９]{2,4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯|消息)[】\]］]?"
    r"|[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日[\u4e00-\u9fff]{2,6}讯)"
    r"[\s\u3000\xa0]*(?:[（(][^（()）]{0,30}[)）])?[\s\u3000\xa0]*"
)
_CREDIT_START = lazy(r"^(?:记者|通讯员|特约|本报|新华社|实习生|评论员|摄影|图|文|编辑|题[：:])")


def dateline_then_words(text: str) -> bool:
    """Does the line open with a dateline and go on with words that are no reporter's
    credit (本报北京12月31日讯2000年, …7月20日消息 (记者 某某) 中): the lead, begun and cut?"""
    t = text.strip()
    m = _DATELINE.match(t)
    if m is None or t[-1:] in _CLOSED:
        return False
    rest = t[m.end() :]
    if not rest or _CREDIT_START.match(rest):
        return False  # a dateline alone, or with the reporter's credit after it
    return bool(_CJK.search(rest) or re.search(r"[0-9０-９]", rest))


# -- half a word, told by the dictionary ----------------------------------------------------

# how much likelier a character is to begin a word of two than to be a word of its own (and
# no less likely than to end one): 研 (研究, 研制), 询 (询问), 参 (参加); not 情, 路, 家, 题,
# 场, which end many words and titles (故土情, 丝绸之路)
HALF_WORD_RATIO = 4.0
# characters of jieba's dictionary common enough to count as a word's second character
COMMON_CHAR_FREQ = 2000
# the characters that pass, computed from jieba's dict.txt by ``half_word_chars`` and kept in
# the package (tests/test_half_word_chars.py recomputes it): summing the words of two
# characters through the segmenter costs ~0.1 s a process, the table nothing
_TABLE = "half_word_chars.txt"
_HALF: set[str] = set()


def half_word_chars(dict_txt: str) -> str:
    """The characters jieba's dictionary (the file ``dict_txt``) knows as the first character
    of words of two at least HALF_WORD_RATIO times as often as a word of its own, and at least
    as often as their last (over the common characters, COMMON_CHAR_FREQ), in code order."""
    freq: dict[str, int] = {}
    with open(dict_txt, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if parts:
                freq[parts[0]] = int(parts[1]) if len(parts) > 1 else 0  # a later line wins
    common = {w for w, n in freq.items() if len(w) == 1 and n >= COMMON_CHAR_FREQ}
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for w, n in freq.items():
        if len(w) == 2 and n:
            x, y = w
            if y in common:
                first[x] = first.get(x, 0) + n
            if x in common:
                last[y] = last.get(y, 0) + n
    return "".join(
        sorted(
            c
            for c, n in first.items()
            if _CJK.match(c) and n >= HALF_WORD_RATIO * freq.get(c, 0) and n >= last.get(c, 0)
        )
    )


def _half_word(c: str) -> bool:
    if not _HALF:
        from importlib import resources

        text = resources.files("lint_news").joinpath("data", _TABLE).read_text(encoding="utf-8")
        _HALF.update(text.strip())
    return c in _HALF


def dictionary_half_word_end(text: str) -> bool:
    """Does the line stop on one character that the segmenter leaves alone after a word and
    that jieba's dictionary knows far better as the first character of a word than as a word
    (…何咏芝的研, …机构询, …即可参, …中国红十字基): half a word? Not a name's last
    character (记者何伟, 总裁蔡明: the guessing tagger's name), nor a character after 之, a
    figure, a localizer or an organisation (夺宝之战, 前十, 新华社发)."""

    t = text.strip()
    if len(t) < 3 or not _CJK.match(t[-1:]) or words.freq("的") is None:
        return False  # (a backend with no frequencies: no answer)
    tagged = words.tag(t[-8:])
    if len(tagged) < 2:
        return False
    w, p = tagged[-1]
    pw, pp = tagged[-2]
    if len(w) != 1 or not _CJK.match(pw[-1:]) or pw[-1] in "之第" or pp[:1] in "mfq":
        return False
    if pp == "v" and p == "v":
        return False  # 全线铺通, 打通: a verb and its complement
    if pp in ("nt", "nr", "nrt") or pp.startswith("ns") and len(pw) == 1:
        return False  # 新华社发; 萨城, 宋双: a name or a place and its word
    guessed = words.tag(t[-6:], hmm=True)
    if guessed and len(guessed[-1][0]) > 1 and guessed[-1][1].startswith("nr"):
        return False  # 何伟, 钟光超, 田志英: a name the segmenter splits
    return _half_word(w)


# verbs that cannot close a clause without their object or complement (作出 what, 显得
# how, 变成 what); not verbs a title ends with in the passive or alone (举行, 召开, 实现,
# 进行: 会议在京举行), nor those a 由-phrase puts last (由超速引起, 由暴雨造成)
_OBJECT_VERBS = frozenset(
    "做出 作出 显得 变成 予以 加以 给予 受到 遭到 遭受 具有 等于 相当于 致力于 有助于 采取"
    " 使得 意味着 视为 称为 当作 看作 担任 出任 荣获 拥有 通往".split()
)


def object_verb_end(text: str) -> bool:
    """Does the line stop on a verb that cannot close a clause without its object or
    complement (…学术界做出, …高腰裤容易显得, …发展规划变成)? A title has the object (村里
    的规划变成了现实)."""

    t = text.strip()
    if len(t) < 3 or not _CJK.match(t[-1:]):
        return False
    tagged = words.tag(t[-10:])
    return bool(tagged) and tagged[-1][0] in _OBJECT_VERBS


# a foreign name's parts joined by a middle dot, the last of them one character (本·阿)
_DOTTED_NAME_CUT = lazy(r"[\u4e00-\u9fff][·•・‧][\u4e00-\u9fff]$")


def dotted_name_cut(text: str) -> bool:
    """Does the line stop one character into the last part of a foreign name written with a
    middle dot (…突尼斯总统本·阿)? Such a part is a transliterated word of two characters or
    more (本·阿里, 马克·吐温)."""
    return _DOTTED_NAME_CUT.search(text.strip()) is not None


# adverbs of running text that a headline's telegraphic style leaves out (…则让…, …还会说…,
# 不是只有…): contrast, sequence, a modal future, a condition
_RUNNING_ADVERBS = frozenset("则 却 便 还 还会 也会 就会 才能 容易 只有 不是".split())
# question words of a headline that asks, its question mark left out (…意味什么, 为何还在涨)
_QUESTION_WORDS = lazy(r"什么|怎样|怎么|如何|为何|何在|哪|多少|吗|呢|么$")


def running_adverb_line(text: str) -> bool:
    """Does the line, with no final mark, hold an adverb of running text between its first
    and last words (120GB的硬盘则让长时, 男友看见…的你还会说土气, 衬衫不是只有开身穿)? The
    caller reads it only as a text's last line, where a related headline glued after the
    article is the other reading: a headline is written without such adverbs."""

    t = text.strip()
    if not t or t[-1] in _CLOSED or t[-1] in "…" or _QUESTION_WORDS.search(t):
        return False
    tagged = words.tag(t)
    return any(w in _RUNNING_ADVERBS and p[:1] in "dcv" for w, p in tagged[1:-1])


# adverbs that only stand before the predicate they modify (这也许, …老公终, …过渡期的最):
# a guess, a surprise, an outcome, a superlative; not 依然, 依旧, 纷纷, 一起, which end
# titles as predicates (风采依然, 落叶纷纷, 我们在一起), nor 最 after 之 (世界之最); and the
# times of a report that stand before its predicate (某部门日前, 某某近日)
_PREDICATE_ADVERBS = frozenset(
    "也许 或许 就是 终 最 大概 恐怕 难道 究竟 居然 竟然 果然 终于 务必 日前 近日".split()
)


def predicate_adverb_end(text: str) -> bool:
    """Does the line stop on an adverb that only stands before its predicate (这也许, 这就是,
    …欧元过渡期的最)? The predicate is lost."""

    t = text.strip()
    if len(t) < 2 or t[-1] in _CLOSED or not _CJK.match(t[-1:]):
        return False
    tagged = words.tag(t[-10:])
    if not tagged or tagged[-1][0] not in _PREDICATE_ADVERBS:
        return False
    return not (tagged[-1][0] == "最" and t[-2:-1] == "之")


# prepositions that need a verb after their object and that no title leaves without one
# when a subject stands before them (某基金由某网, 某某就…的计划, 我们从北京): the agent of a
# passive (由, 被), a source (从) and the matter spoken of (就, which the tagger calls an
# adverb); not 与, 和, 同, 跟 (a conjunction: 中国与东盟), 对 (中国队对日本队), 在, 向 (the
# verb themselves: 人在旅途, 心向党)
_SUBJECT_PREPOSITIONS = frozenset("由 被 从 就".split())
# what a subject before them is: a noun, a name, an organisation, a pronoun, a verb's noun
# (日常管理)
_SUBJECT_POS = ("n", "r", "j", "vn")


def subject_preposition_end(text: str) -> bool:
    """Does the line hold a subject, then a preposition that needs a verb after its object
    (由, 被, 从, 就), then only that object (…助学基金由某某门户网, …副主任某某就明年的计划)?
    The predicate is lost: a title has it (某某就朝鲜问题答记者问, 命运由自己掌握)."""

    t = text.strip()
    if len(t) < 4 or t[-1] in _CLOSED or not any(c in _SUBJECT_PREPOSITIONS for c in t):
        return False  # (most lines: no segmenting)
    tagged = words.tag(t)
    at = [
        i
        for i in range(1, len(tagged) - 1)
        if tagged[i][0] in _SUBJECT_PREPOSITIONS
        and tagged[i][1] in ("p", "d")
        and tagged[i - 1][1].startswith(_SUBJECT_POS)
        and tagged[i - 1][1] != "nrfg"
        and _CJK.match(tagged[i - 1][0][-1:])
    ]
    if not at:
        return False
    rest = tagged[at[-1] + 1 :]
    if not any(_CJK.match(w[:1]) for w, _ in rest):
        return False
    # the object: nouns, and after its last 的 a head noun that a verb may modify (明年的招生
    # 计划); a verb before that 的 makes the phrase a clause's (被遗忘的角落: no fire)
    de = max((k for k, (x, _) in enumerate(rest) if x == "的"), default=-1)
    pre, head = rest[:de], rest[de + 1 :]
    if not head or not all(q.startswith(_OBJECT_POS) and q != "vn" for _, q in pre):
        return False
    last = head[-1][1]
    if not last.startswith(_OBJECT_POS) or last == "vn":
        return False
    return all(q.startswith(_OBJECT_POS) or q in ("v", "vn") for _, q in head[:-1])


# the marks inside a sentence after which a line may stop on a lone character: a comma, an
# enumeration comma, a dash (…奋斗，创, 滑雪与高尔夫、桌, …锦衣－－武)
_INNER_MARKS = "，,、－—-"


def half_word_after_mark(text: str) -> bool:
    """Does the line stop on one character after a comma, an enumeration comma or a dash,
    a character jieba's dictionary knows far better as a word's first character than as a
    word (…和奋斗，创, 滑雪与高尔夫、桌)? A clause or an item of one such character is half
    a word; a title's last clause is a word (…，回家)."""
    t = text.strip()
    if len(t) < 4 or not _CJK.match(t[-1]) or t[-2] not in _INNER_MARKS:
        return False
    if not (_CJK.match(t[-3]) or t[-3].isalnum()):
        return False
    return _half_word(t[-1])


# prepositions that open a line and need a verb after their object (与吉尔吉斯斯坦, 跟城东
# 的孩子们): a title that opens with one has its verb (与狼共舞, 与大师对话)
_OPENING_PREPOSITIONS = frozenset("与 跟 同".split())


def opening_preposition_alone(text: str) -> bool:
    """Does the line open with 与, 跟 or 同 and hold nothing after it but the object, nouns
    and names with no verb, the last a place, a name, an organisation or half a word
    (与吉尔吉斯斯坦, 与专业渠)? The verb the phrase waits for is lost."""

    t = text.strip()
    if len(t) < 3 or t[0] not in _OPENING_PREPOSITIONS or t[-1] in _CLOSED:
        return False
    tagged = words.tag(t)
    if len(tagged) < 2 or tagged[0][0] not in _OPENING_PREPOSITIONS or tagged[0][1] != "p":
        return False
    rest = tagged[1:]
    if not any(_CJK.match(w[:1]) for w, _ in rest):
        return False
    if not all(q.startswith(_OBJECT_POS) and q != "vn" and q != "uj" for _, q in rest):
        return False
    # a place, a name or an organisation last, or half a word (与专业渠): a common noun may
    # be the tagger's reading of the verb (与大师对话)
    w, p = rest[-1]
    return p in ("ns", "nr", "nrt", "nt") or len(w) == 1 and _half_word(w)


# the common surnames (general knowledge, not a table of any text), and the roles a name
# follows in news copy (董事长, 副部长, 主任, 记者…): a role and one surname is a name cut
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "钱严覃戴莫孔汤"
)
_ROLES = (
    "长 主任 主席 总统 总理 书记 经理 总裁 教授 记者 委员 代表 教练 导演 发言人 大使 "
    "通讯员 干事 处长 秘书 律师 院士 法官 检察官"
).split()


def role_then_surname(text: str) -> bool:
    """Does the line stop on a role and one surname after it (…董事长张, 林业部副部长王,
    本报记者李)? A person is named in full after the role; no title ends on a surname."""
    t = text.strip()
    if len(t) < 3 or t[-1] not in _SURNAMES:
        return False
    head = t[:-1]
    if not head.endswith(tuple(_ROLES)):
        return False

    tagged = words.tag(t[-8:])
    # the surname stands alone after the role, a word of its own (not 长高, 长城: 长 the
    # adjective or a word's first character)
    if len(tagged) < 2 or tagged[-1][0] != t[-1]:
        return False
    role = tagged[-2][0]
    return len(role) >= 2 and role.endswith(tuple(_ROLES)) and tagged[-2][1][:1] == "n"


def locative_without_localizer(text: str) -> bool:
    """Does the line open with 在 and stop on a noun of one character, no verb after its
    last 的 (在新世, 在双方的第三战, 在近日举办的音)? 在 and a phrase that is no place
    wait for the localizer (…上, …中) and the predicate; a title with 在 has them (在希望
    的田野上, 在城东种树) or names a place (在北京, 在基层)."""

    t = text.strip()
    if len(t) < 3 or not t.startswith("在") or t[-1] in _CLOSED or not _CJK.match(t[-1]):
        return False
    tagged = words.tag(t)
    if len(tagged) < 3 or tagged[0] != ("在", "p"):
        return False
    rest = tagged[1:]
    if any(p[:1] in "fx" for _, p in rest):
        return False  # a localizer (在…中), a mark
    de = max((k for k, (x, _) in enumerate(rest) if x == "的"), default=-1)
    if any(p[:1] in "vd" for _, p in rest[de + 1 :]):
        return False  # a predicate after the phrase (在城东种树)
    w, p = rest[-1]
    return len(w) == 1 and p in ("n", "ng", "zg", "ag")  # a noun or a bound morpheme


# -- a time or place adverbial and the first words of the clause after it ------------------

# how a phrase of time or place ends (岁末来临, 新年伊始, 指挥部里, 春节前夕)
_ADVERBIAL_ENDS = "时 里 中 前 后 伊始 来临 面前 之际 以来 期间 前夕 之初 年底 年初 初 末".split()
# marks that a heading's two parts may hold, and no such line does
_OTHER_MARKS = lazy(r"[、；;：:。！？!?“”《》（）()]")
_LETTER = lazy(r"[\u4e00-\u9fffＡ-Ｚａ-ｚA-Za-z]")
TIME_CLAUSE_REST = 6  # letters of the clause after the comma, at most


def adverbial_then_stub(text: str) -> bool:
    """Does the line hold a phrase of time or place, a comma and a few words of the clause
    it opens, shorter or longer than the phrase (岁末来临，阿根; 新年伊始，浙江; 坝区指挥部里，
    十几间办公)? A lead opens so, a heading does not: its two parts after a comma are a
    couplet of equal length (新年伊始，万象更新) or the second a predicate that the headline's
    subject goes with (去年增长百分之八，继续高于全国增速)."""

    parts = re.split(r"[，,]", text.strip())
    if len(parts) != 2 or _OTHER_MARKS.search(text):
        return False
    head, rest = parts
    n_head, n_rest = len(_LETTER.findall(head)), len(_LETTER.findall(rest))
    if not 1 <= n_rest <= TIME_CLAUSE_REST or n_head < 2 or n_head == n_rest:
        return False
    first = words.tag(rest.strip()[:4])
    if n_rest > 1 and first and first[0][1][:1] in ("v", "d", "a"):
        return False  # 去年增长三成，继续领先: a predicate with the headline's subject
    if head.endswith(tuple(_ADVERBIAL_ENDS)):
        return True
    tagged = words.tag(head)
    return any(p == "t" for _, p in tagged) or (bool(tagged) and tagged[-1][1] == "f")
