"""Evidence that a paragraph stops or starts mid-sentence, read from the language alone.

Print layout and PDF export break paragraphs at arbitrary characters, so most breaks fall
between two words, not inside one. What shows them is grammar, read by the segmenter's
parts of speech (jieba's ICTCLAS-style flags) over a few words at each side:

- ``tail_evidence``: does a paragraph's last clause end where a clause can end? A
  preposition, conjunction, particle, adverb or time word, a verb that still waits for its
  object or complement (是, 为, 继续, 实现, 达到, 表示…), or a figure with no unit cannot.
- ``head_evidence``: does a paragraph start as the rest of a sentence? A clause mark, a
  particle (的), a measure word (家企业…), a bound suffix (率达到…), a bound time word right
  before its verb (年底投产…), 多 before a bare noun phrase (多小微企业，…), a localizer
  (中指出…), a lone figure with its unit as the whole first clause (3.6万户。…), a subjectless
  verb or a noun phrase that is the subject of nothing.
- Across the joint (a word or figure cut across it, whether two words fit): in
  ``break_joint``.

Each function returns (weight, reason): 0 when there is no evidence; about 5 when the
evidence alone shows a break; 1-4 for evidence that counts only together with other.
Only short windows are segmented, and only in documents that have an open paragraph end.
"""

from __future__ import annotations

import re

from .. import words
from ..patterns import DIGITS, lazy
from ..patterns import HAN as _CJK
from .break_adverbs import waiting_adverb
from .break_glue import zero_head
from .break_head_np import COPULA_START, NOUN_CLAUSE, bare_noun_clause, copula_start
from .break_series import SERIES_STUB, series_stub
from .break_title_ends import dangling_numeral, dictionary_half_word_end

TAIL_WINDOW = 8
HEAD_WINDOW = 8
STRONG = 5.0

FORBIDDEN_START = frozenset("，、；：。？！,;:)）”’》】」』〉］]")
CLAUSE_END = frozenset("，。；：、,;:！？!?")

# -- the end of a paragraph ------------------------------------------------------------

# parts of speech that cannot end a sentence: prepositions, conjunctions, 的/地/得, adverbs,
# time words (今年|上半年), attributives that only modify a noun (国有|企业)
_DANGLING_POS = {"p", "c", "uj", "ud", "uv", "d", "t", "b"}
_DEGREE = set("够 很 太 最 更 挺 极 真 非常 十分 特别 相当 比较 较 越发 格外".split())
_DEGREE_END = frozenset("十分 非常 特别 极其 格外 尤其 更加 越来越 极为 颇为 最为".split())
_COMPLEMENTS = set("过来 过去 起来 下来 上来 出来 进来 回来 下去 上去 出去 进去 回去 开来".split())
_DANGLING_WORDS = set("的 地 得 和 与 及 或 而 并 在 对 将 把 被 向 从 为 于 以 等 第".split())
# verbs that cannot close a clause without what follows them: the copula and verbs of being
# and amount, light verbs, verbs of saying and thinking, modals, causatives, and verbs that
# take a verb phrase (继续|加大…). A verb that can stand alone (完工, 推进, 提高) is not here.
WAITING_VERBS = frozenset(
    (
        "是 为 有 系 乃 成为 作为 称为 视为 属于 位于 处于 包括 包含 涵盖 涉及 占 占到 达 达到"
        " 高达 多达 超过 超出 低于 高于 相当于 等于 约合 合计 共计 总计 惠及 来自"
        " 加以 予以 给予 给 实现 获得 取得 迎来 带来"
        " 表示 指出 强调 认为 说 称 介绍 透露 坦言 表明 显示 宣布 告诉 获悉 了解到 提出"
        " 要 会 能 能够 可以 应 应该 应当 必须 需 须 得以 敢 愿意"
        " 让 使 使得 令 叫 请 鼓励 促使 确保 着力 致力于 用于 用来"
        " 继续 加大 进一步 力争 对于 关于 根据 按照 依照 随着 经过 由于 除了 变成 当作 看作"
        " 从事 地处"
    ).split()
)
# verbs that take an object and do not end a clause without it, beyond WAITING_VERBS (受到 |
# 严重污染, 面临 | 新的挑战, 时刻记住 | …): verbs of undergoing, having, perceiving and
# signifying. Written from general knowledge of Chinese; a verb that ends a clause when its
# object is the topic or the subject of a passive (由政府提供, 问题已经解决) is not here.
OBJECT_VERBS = frozenset(
    (
        "受到 遭到 遭受 受 记住 牢记 面临 拥有 具有 具备 享有 享受到 意味着 标志着 预示着"
        " 感到 觉得 意识到 认识到 体会到 注意到 得知 获知 听说 提到 谈到 说到 涉足 充满 充当"
        " 担任 担当 身为 堪称 号称 名为 叫做 称作 犹如 如同 宛如"
        " 关系到 事关 取决于 有利于 有助于 致使"
    ).split()
)
# verbs whose object is still owed after an aspect particle (为市场提供了 | 宽松的环境, 双方
# 进行了 | 会谈): with 了/着/过 and nothing after, the clause waits for the object
ASPECT_OBJECT_VERBS = frozenset(
    (
        "提供 获得 取得 进行 开展 实施 推动 促进 引起 引发 造成 导致 给 给予 赢得 面对 经历"
        " 迎来 带来 带动 吸引 作出 做出 提出 表达 表明 显示 包括 涉及 成为 达成 签署 签订 呼唤"
        " 受到 遭到 遭受 面临 拥有 具有 具备 享有 充满 担任 意识到 认识到 看到 感受到 见证"
        " 采用 采取 配备 搭载 伴随 作"
    ).split()
)
# verbs of doing whose object is owed when a preposition names what they are done to
# (对这个问题进行 | 研究, 针对市场开展 | 调查): alone they end a clause (调查正在进行)
DONE_TO_VERBS = frozenset("进行 开展 展开 实施 实行 作出 做出 加强".split())
_DONE_TO = frozenset("对 就 向 针对".split())
# what makes a clause end on its verb after all: a passive or an agent before it (被…提供,
# 由政府提供了, 有待加强), a relative 所
_PASSIVE_MARKS = frozenset("被 由 受 遭 让 叫 给 所 有待 得到 加以 予以 值得".split())
_ASPECTS = frozenset("了 着 过".split())


# a verb fused with the preposition of its place, goal or recipient (放在, 用于, 走向, 献给)
# owes what the preposition governs; not these, which end clauses (问题依然存在, 市场供给)
_PLACE_ENDS = frozenset("在于向给")
_PLACE_VERBS_OK = frozenset("存在 实在 自在 所在 供给 配给 自给 补给 倾向 偏向 意向".split())


def _place_verb(w: str, pos: str) -> bool:
    return (
        pos.startswith("v")
        and 2 <= len(w) <= 3
        and w[-1] in _PLACE_ENDS
        and w not in _PLACE_VERBS_OK
    )


def _object_owed(tagged: list[tuple[str, str]]) -> str | None:
    """The verb of the last clause that still owes its object (…受到, …提供了), or None."""
    if not tagged:
        return None
    i = len(tagged) - 1
    if tagged[i][0] in _ASPECTS and i > 0:
        i -= 1
        verb = tagged[i][0]
        if verb not in ASPECT_OBJECT_VERBS and not _place_verb(*tagged[i]):
            return None
        shown = verb + tagged[-1][0]
    else:
        verb = tagged[i][0]
        done_to = verb in DONE_TO_VERBS
        if verb not in OBJECT_VERBS and not _place_verb(*tagged[i]) and not done_to:
            return None
        shown = verb
    before = []
    for w, p in reversed(tagged[:i]):
        if w in CLAUSE_END:
            break
        if w in _PASSIVE_MARKS:
            return None
        before.append((w, p))
    if shown == verb and verb in DONE_TO_VERBS and verb not in OBJECT_VERBS:
        if not any(w in _DONE_TO and p == "p" for w, p in before):
            return None  # (调查正在进行: it ends a clause)
    return shown


# verbs whose object is a person and a verb (让我们 | 共同努力, 希望自己 | 不要…)
_CAUSATIVES = frozenset(
    "让 使 令 叫 请 希望 要求 鼓励 帮助 带领 号召 允许 劝 教 提醒 吸引 动员 组织 邀请".split()
)
_PERSONS = frozenset("我 你 他 她 它 我们 你们 他们 她们 它们 自己 大家 咱们 人们".split())
# verbs that take a verb phrase as their object (继续 | 加大投入), besides the modals
_VP_TAKERS = frozenset(
    "继续 开始 坚持 持续 进行 开展 加以 予以 给予 要 会 能 能够 可以 应 应该 应当 必须 需要 需"
    " 将 愿意 想 打算 计划 准备 决定 争取 力争 努力 全力 着力 致力于 希望 要求 建议 呼吁".split()
)
_DIGIT_END = lazy(r"[0-9０-９.．]$")
# a figure and the first character of a unit of two (40公|里, 3平|方米, 5千|克, 2毫|米)
_UNIT_CUT = lazy(r"[0-9０-９][0-9０-９.．]*(?:[万亿千百])?(公|平方?|立方?|千|毫|厘)$")
_DIGIT_END_LAST = DIGITS | frozenset(".．")  # (_DIGIT_END's last characters)
_UNIT_CUT_LAST = frozenset("公平方立千毫厘")  # (... and _UNIT_CUT's)
# a figure with its order of magnitude and nothing after (约4.4万, 120亿): no unit
_MAGNITUDE_END = lazy(r"[0-9０-９][0-9０-９.．]*[万亿]$")
# a figure and the 多/余 of an approximate amount with nothing after (600多, 20余): no unit
_ABOUT_END = lazy(r"[0-9０-９][0-9０-９.．]*[万亿千百]?[多余]$")
# a time adverbial of duration (自改革开放以来, 一年多来, 连日来): the clause comes after it
_SINCE_END = lazy("(?:以来|[年月天日周]来|多来)$")
# localizers that make a verb before them the time of a clause (完成后, 到达之后, 出发时)
_AFTER_WORDS = frozenset("后 之后 以后 时 之时".split())
# prepositions of place and time whose phrase ends in a localizer (在发展中, 从会议上)
_PLACE_PREPOSITIONS = frozenset("在 从 于 自".split())
_LOCALIZER_ENDS = frozenset("中 上 下 里 内 外 前 后 间 旁")


def _place_phrase(tagged: list[tuple[str, str]]) -> str | None:
    """The preposition that opens a last clause which is only a phrase of place or time
    closed by a localizer (…的镜鉴：在发展中, …。在城东的几个社区中, 在北京举行的会议上):
    no predicate follows it; what stands inside (发展, 举行的会议) is the phrase's noun."""
    if not tagged or tagged[-1][1] != "f" or tagged[-1][0] not in _LOCALIZER_ENDS:
        return None
    clause: list[tuple[str, str]] = []
    for w, p in reversed(tagged[:-1]):
        if w in CLAUSE_END:
            break
        clause.append((w, p))
    clause.reverse()
    if len(clause) < 2 or clause[0][1] != "p" or clause[0][0] not in _PLACE_PREPOSITIONS:
        return None  # (他在家中: after a subject 在 is the verb, the clause is whole)
    return clause[0][0]


# one and a measure word of things with nothing after (一艘 | 货轮, 一家 | 企业): the noun
# is owed (not 一次, 一下, 一番, 一遍, which end a clause as the count of an action)
_ONE_MEASURE = lazy("一[个艘家位名项条批件座台辆架张部所栋幢棵株篇份笔]")
# verbs after which 一种/一类 owes its noun (是一种 | 支持, 成为一类 | 新业态)
_KIND_VERBS = frozenset("是 有 成为 作为 属于 形成".split())
# attributives that only stand before the noun they point to (下列条件, 上述规定)
_ATTRIBUTIVES = frozenset("下列 上述 前述 下述 所述 诸如".split())
# quantifiers of a noun phrase that never stand without their noun (采取了一系列 | 措施,
# 推出了诸多 | 举措): not 一些, 许多, 大量, which a clause may end on (快一些, 增加了许多)
_QUANTIFIERS = frozenset("一系列 诸多 众多 各种 各类 种种 一大批".split())
# a numeral and 大 at the end, "the N major …" with its noun lost (面临两大 | 难题, 全国十大 |
# 名牌, 全球第三大 | 经济体); not a party congress (中共五大, 党的十五大: two numerals before 大
# or 中共/党的 before the numeral)
_NUMERAL_BIG_END = lazy(
    r"(?<![一二两三四五六七八九十百])(?<!中共)(?<!党的)([一两三四五六七八九十]大)$"
)
# quantities a clause may end on (增加了许多, 快一些), but not after 的, where their noun is
# owed (…的许多 | 症状, …的一些 | 做法)
_OPEN_QUANTITIES = frozenset("许多 一些 大量 部分 大部分 多数 大多数".split())
# degree demonstratives that need their adjective (在这么 | 短的时间里)
_DEGREE_DEMONSTRATIVES = frozenset("这么 那么".split())
# demonstratives that need their noun or measure word (通过该 | 平台): not 此 (从此, 在此)
_BARE_DEMONSTRATIVES = frozenset("该 这 那 每 各 某".split())
_UNIT_START = lazy(
    r"^(?:[万亿千百]|%|％|‰|个百分点|元|美元|港元|欧元|角|分钱|个|人次|人|家|座|所|件|项|套|台|辆|部|架|艘|吨|公斤|千克|克"
    r"|米|公里|千米|厘米|毫米|平方|立方|亩|公顷|户|名|位|岁|倍|次|场|天|周|小时|分钟|秒|年|月|日|号|时|届|期|批|条|种|只|头|株|棵|册|本|篇|份|张|块|处|栋|层|间|起|宗|例|度|℃)"
)


def _tag(text: str) -> list[tuple[str, str]]:
    return words.tag(text)


def last_words(tail: str) -> list[tuple[str, str]]:
    """The tagged words of a paragraph's last few characters."""
    return _tag(tail[-TAIL_WINDOW:])


def first_words(head: str, n: int = 24) -> list[tuple[str, str]]:
    """The tagged words of a paragraph's first characters."""
    return _tag(head[:n])


# a character that no block of text the segmenter cuts holds (jieba-rs' classes: Chinese,
# Latin letters, digits and +#&._%-; jieba's are narrower): each block is cut on its own
_BLOCK_BREAK = lazy(
    r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1fa-zA-Z0-9+#&._%\-]"
)


def first_word(head: str) -> tuple[str, str] | None:
    """``first_words(head, 8)[0]`` (None when there is none). A start with a Chinese
    character whose first block of text ends within 8 characters (…，) opens both
    ``first_words(head, 8)`` and ``first_words(head)`` with that block's words, cut alone:
    then read off the latter, which ``head_evidence`` has tagged already (one tagging
    fewer)."""
    if "\u4e00" <= head[:1] <= "\u9fff" and _BLOCK_BREAK.search(head, 1, 8):  # (_CJK's test)
        tagged = first_words(head)
    else:
        tagged = first_words(head, 8)
    return tagged[0] if tagged else None


# adverbs that stand after what they describe and end a clause (争吵不断, 感动不已)
_PREDICATE_ADVERBS = frozenset(
    "不断 纷纷 不已 而已 为止 依旧 依然 如故 如初 至今 不止 连连 频频 不休 不停".split()
)


def _describes(before: list[tuple[str, str]]) -> bool:
    """Is the word before a predicate adverb what it describes (争吵 | 不断, 风景 | 依旧),
    not a modal or an adverb it qualifies (要 | 不断 | 提高, 他 | 至今 | 仍…)?"""
    if not before:
        return False
    w, p = before[-1]
    if p[:1] in "na" or p in ("vn", "i", "l"):
        return True
    return (
        p.startswith("v")
        and len(w) >= 2
        and w not in _VP_TAKERS
        and w not in WAITING_VERBS
        and w not in _AUXILIARIES
    )


# adverbs and auxiliaries that announce a verb (将|重点开拓): a last clause that has one and
# no verb after it has lost its predicate
_AUXILIARIES = frozenset("将 正在 已经 将要 进一步 必须 应当 应该 可以 能够".split())


_STRICT_POS = frozenset({"p", "c", "uj", "ud", "uv"})
_STRICT_WORDS = frozenset(
    "是 为 把 将 对 第 和 与 及 或 的 在 向 从"
    # adverbs that wait for their verb, verbs that wait for their object (…都, …来自)
    " 不 没 也 都 还 又 才 就 已 已经 正在 即将 将要 仍 仍然 均 却 亦 皆 则 曾 曾经"
    " 来自 位于 成为 作为 属于 包括 涉及 处于 达到 高达 多达"
    # verbs of amount, comparison and causing, and prepositions that no title ends with
    " 占 占到 高于 低于 相当于 等于 约合 惠及 给予 予以 加以 使 令 促使 确保 用于 用来"
    " 根据 按照 依照 对于 关于 随着 由于 除了"
    # adverbs that only stand before their verb (…悉数, …再度, …早已)
    " 悉数 逐一 逐步 逐渐 相继 陆续 大力 刚刚 亲自 率先 尽快 立即 随即 早已 早就 必将 势必"
    " 务必 切实 一直 始终 总是 从未 从不 毫不 并不 并未 尚未 未曾 不再 再次 再度".split()
)


def cannot_end_title(text: str) -> bool:
    """A last word that no title ends with either: a preposition, a conjunction, a
    structural particle, the copula, an ordinal prefix (…在, …和, …的, …是, …第)."""
    tagged = last_words(text.rstrip())
    if not tagged:
        return False
    w, p = tagged[-1]
    if w == "被" or len(w) > 2:
        return False  # 捐衣又捐被: 被 the quilt; 如是说
    if (
        len(tagged) > 1
        and p not in ("uj", "ud", "uv")
        and (tagged[-2][1] in ("m", "eng") or tagged[-2][0][-1:].isdigit())
    ):
        return False  # 幼儿园6所: a measure word after its numeral (not …半长款的)
    return p in _STRICT_POS or w in _STRICT_WORDS or _object_owed(tagged) is not None


def _waiting_auxiliary(tagged: list[tuple[str, str]]) -> str | None:
    """The auxiliary of the last clause when no verb follows it."""
    for i in range(len(tagged) - 1, -1, -1):
        w, p = tagged[i]
        if w in CLAUSE_END:
            return None
        if w in _AUXILIARIES and i < len(tagged) - 1:
            rest = tagged[i + 1 :]
            if all(not q.startswith(("v", "a", "l", "i")) for _, q in rest):
                return w
            return None
        if p.startswith("v"):
            return None
    return None


_PREPOSITIONS = frozenset(
    "在 以 对 把 将 从 向 为 于 由 通过 根据 按照 依照 随着 经过 对于 关于 围绕 针对 就".split()
)


# nouns that a place or a time is the predicate of (地点在…, 会场设在…'s 设 is a verb anyway)
_AT = frozenset("地点 地址 位置 会场 会址 总部 住所 住址 举办地 所在地 时间 日期".split())


def _verbless_preposition(tagged: list[tuple[str, str]]) -> str | None:
    """The preposition of a last clause that has no predicate at all (…这家企业去年在城东新区)."""
    clause: list[tuple[str, str]] = []
    for w, p in reversed(tagged):
        if w in CLAUSE_END:
            break
        clause.append((w, p))
    clause.reverse()
    if len(clause) < 3:
        return None
    if any(p.startswith(("v", "a", "l", "i", "z")) for _, p in clause):
        return None
    for i, (w, p) in enumerate(clause):
        if p == "p" and w in _PREPOSITIONS:
            if any(q == "uj" for _, q in clause[i:]):
                return None  # 对…的影响: the phrase modifies a noun, a title's noun phrase
            if w == "在" and i > 0 and (clause[i - 1][1][:1] == "r" or clause[i - 1][0] in _AT):
                return None  # 他在家中, 地点在城东公园南门: after its subject 在 is the verb
            return w
    return None


# a hyphen or an en dash that joins two halves (a range: 35-105mm; a compound name:
# 海尔-新浪杯) after the first half and with nothing after it, or a tilde after a figure
# (3～5天; after a word a tilde is the playful lengthening of web copy: 好开心~). Not after
# a capital letter: a rating ends so (评级为A-, BBB-)
_CONNECTORS = frozenset("-－‐–~～")
_CONNECTOR_END = lazy(r"(?:[0-9a-z０-９ａ-ｚ\u4e00-\u9fff%％][-－‐–]|[0-9０-９%％][~～])$")


def connector_end(text: str) -> str:
    """The hyphen, en dash or tilde that a line ends on after the first half of a range or
    a compound (…焦距为35-, …第一届海尔-, …3～), or "" (see ``_CONNECTOR_END``)."""
    t = text.rstrip()
    return t[-1] if t[-1:] in _CONNECTORS and _CONNECTOR_END.search(t) else ""


def tail_evidence(tail: str) -> tuple[float, str]:
    """Why the last words of an unpunctuated paragraph cannot end a sentence: (weight, why)."""
    tail = tail.rstrip()
    last = tail[-1:]  # (no final newline: an expression anchored with $ ends on it)
    if last in _DIGIT_END_LAST and _DIGIT_END.search(tail):
        return STRONG, "句末的数字没有单位"
    cut_unit = _UNIT_CUT.search(tail) if last in _UNIT_CUT_LAST else None
    if cut_unit:
        return STRONG, f"句末的“{cut_unit.group(1)}”是半个单位"  # 约40公|里
    if (last in "万亿" and _MAGNITUDE_END.search(tail)) or (
        last in "多余" and _ABOUT_END.search(tail)
    ):
        return STRONG, "句末的数字没有单位"  # 约4.4万|人, 有600多|名
    if numeral := dangling_numeral(tail):
        # …侥幸躲过一 | 劫, …很重要的一 | 部分, …中国是一 | 个…: no sentence ends so (0 of
        # 27,554 sentence ends of the clean corpora)
        return STRONG, f"句末的数词“{numeral}”缺少量词或名词"
    if mark := connector_end(tail):
        # a hyphen or a tilde right after a letter, a digit or a Chinese character: half a
        # range or a compound name (焦距为35- | 105mm, 第一届海尔- | 新浪杯, 3～ | 5天);
        # a run of dashes (相信－－, ５２.３％---) is a pause or a rule of its own
        return STRONG, f"句末的“{mark}”之后缺少后半"
    window = tail[-TAIL_WINDOW:]
    tagged = _tag(window)
    if not tagged:
        return 0.0, ""
    w, pos = tagged[-1]
    if pos in ("d", "ad") and w[0] in "最更较很太极挺" and len(w) > 1:
        return 0.0, ""  # 进展最快: a degree adverb that is the predicate
    if pos in ("d", "ad") and w in _PREDICATE_ADVERBS and _describes(tagged[:-1]):
        return 0.0, ""  # 争吵不断, 大雪纷纷, 感动不已, 风景依旧: an adverb that ends a clause
    if pos in ("d", "ad") and len(tagged) > 1 and tagged[-2][0] in _DEGREE:
        return 0.0, ""  # 绝招够狠: after a degree word the "adverb" is the predicate adjective
    if w in _COMPLEMENTS:
        return 0.0, ""  # 请看过来, 站了起来: a directional complement ends a clause
    if len(w) == 1 and len(window) >= 2 and (words.freq(window[-2:]) or 0) >= SPLIT_WORD_FREQ:
        if w in _ASPECTS and (owed := _object_owed(tagged)):
            return STRONG, f"句末的“{owed}”缺少宾语"  # 伴随着, 成为了: 随着, 为了 are words too
        if w not in ("是", "为", "有"):
            return 0.0, ""  # 相当了得, 值得: the tagger split a word whose last character is 得…
    if pos == "b" and re.search("[一二三四五六七八九十百千万0-9０-９]", w):
        return 0.0, ""  # 二、三级: a numbered grade is a predicate of its own
    if pos == "r" and len(w) <= 2 and w[0] in "这那每各某该此本" and w[-1] in _MEASURE_ENDS:
        return STRONG, f"句末的“{w}”缺少所指的名词"
    if (
        _ONE_MEASURE.fullmatch(w)
        and not (len(tagged) > 1 and tagged[-2][0][-1:] in "接又连比每")
        and "每" not in tail[-TAIL_WINDOW:]
    ) or (
        (w == "个" and len(tagged) > 1 and tagged[-2][0] in ("是", "有", "这", "那"))
        # 也是一种 | 支持; not …的一种 (熊猫是熊科的一种), which names a kind and ends whole
        or (w in ("一种", "一类") and len(tagged) > 1 and tagged[-2][0] in _KIND_VERBS)
    ):
        return STRONG, f"句末的“{w}”缺少所指的名词"  # 驶来一艘 | 货轮, 你是个 | 有抱负的…
    if pos == "r" and w in _BARE_DEMONSTRATIVES:
        return STRONG, f"句末的“{w}”缺少所指的名词"  # 通过该|平台
    if last == "大" and (big := _NUMERAL_BIG_END.search(tail[-6:])) is not None:
        return STRONG, f"句末的“{big.group(1)}”缺少所指的名词"  # 面临两大 | 难题, 第三大 | 城市
    if w in _ATTRIBUTIVES or w in _QUANTIFIERS:
        return STRONG, f"句末的“{w}”缺少所指的名词"  # 具备下列 | 条件, 采取了一系列 | 措施
    if (
        pos == "q"
        and len(tagged) > 1
        and tagged[-2][1] == "r"
        and tagged[-2][0] in _BARE_DEMONSTRATIVES
        and tagged[-2][0] not in ("每", "各")
    ):
        return STRONG, f"句末的“{tagged[-2][0]}{w}”缺少所指的名词"  # 这套 | 程序, 该批 | 货物
    if w in _DEGREE_DEMONSTRATIVES and len(tagged) > 1:
        return STRONG, f"“{w}”之后缺少形容词"  # 在这么 | 短的时间里
    if _SINCE_END.search(w):
        return STRONG, f"句末停在“{w}”上"  # 自改革开放以来 | …: a time adverbial, no clause
    if w in _AFTER_WORDS and len(tagged) > 1 and tagged[-2][1] in ("v", "vi", "vd"):
        return STRONG, f"句末停在“{w}”上"  # 任务完成后 | …: the time of a clause, no clause
    if w == "之" and pos == "u" and len(tagged) > 1 and tagged[-2][1][:1] in "nr":
        return STRONG, "句末的“之”是半个词"  # 学费之 | 外, 原因之 | 一
    if w in _DEGREE_END:
        return STRONG, f"程度副词“{w}”之后缺少形容词"
    if pos == "d" and not (waiting_adverb(w) or w in _PREDICATE_ADVERBS):
        pos, tagged = "n", [*tagged[:-1], (w, "n")]  # 师生互动, 难点: read as the noun it is
    if w in _DANGLING_WORDS or (pos in _DANGLING_POS and _CJK.match(w)):
        return STRONG, f"句末停在“{w}”上"
    if w in WAITING_VERBS:
        return STRONG, f"句末的“{w}”缺少宾语"
    if pos == "l" and len(w) >= 4 and w[-2:] in WAITING_VERBS:
        # an idiom the dictionary keeps whole that ends on such a verb (专门从事 | 水路运输)
        return STRONG, f"句末的“{w[-2:]}”缺少宾语"
    if w in _OPEN_QUANTITIES and len(tagged) > 1 and tagged[-2][0] == "的":
        return STRONG, f"句末的“{w}”缺少所指的名词"  # 精神分裂症的许多 | 症状
    owed = _object_owed(tagged)
    if owed:
        return STRONG, f"句末的“{owed}”缺少宾语"
    if pos == "r" and len(tagged) > 1 and tagged[-2][0] in _CAUSATIVES and w in _PERSONS:
        return STRONG, f"“{tagged[-2][0]}{w}”之后缺少动词"  # 下面让我们 | 有请…
    subject = _bare_subject(tagged)
    if subject:
        return subject
    aux = _waiting_auxiliary(tagged)
    if aux:
        return STRONG, f"“{aux}”之后缺少动词"
    clause_start = max(tail.rfind(c) for c in "，。；：、,;:！？!?") + 1
    prep = (
        _verbless_preposition(_tag(tail[clause_start:])) if len(tail) - clause_start <= 40 else None
    )
    if prep:
        return STRONG, f"“{prep}”引出的介词短语之后缺少动词"
    place = (
        _place_phrase(_tag(tail[clause_start:]))
        if 0 < clause_start and len(tail) - clause_start <= 40 and w in _LOCALIZER_ENDS
        else None  # (a phrase that is all the text is a title: 在希望的田野上)
    )
    if place:
        return STRONG, f"“{place}”引出的介词短语之后缺少动词"  # 在发展中 | …
    if _cut_name(tail, tagged):
        return STRONG, f"句末的“{w}”是半个人名"  # 送给受害人吴 | 某某, …基金会、崔 | 某某
    if (
        len(w) == 1
        and _CJK.match(w)
        and not pos.startswith(_WHOLE_POS)
        and len(tagged) > 1
        and _CJK.match(tagged[-2][0][-1:])
        and tagged[-2][0] != "之"  # 银杏之争, 谁之过: a classical noun phrase
        and (words.freq(w) or 0) < LONE_CHAR_FREQ
        and _lone_char_in_clause(tail)
    ):
        # 无偿献, 表示嘉: a character seldom a word of its own, after running text: the
        # first half of a word whose second half is lost
        return STRONG, f"句末的“{w}”是半个词"
    if series_stub(tail):
        return STRONG, SERIES_STUB  # …四川盆地、湖北、河: the last item of a series, cut
    return 0.0, ""


def paragraph_half_word(text: str) -> tuple[float, str]:
    """``tail_evidence`` of a body paragraph's end, and beyond it: one character that jieba's
    dictionary knows far better as the first character of a word than as a word (…但整,
    …木业制, …该园采: ``break_title_ends.dictionary_half_word_end``), half a word. (A
    title-like line reads the dictionary in ``break_heads.no_title``, as evidence of where
    it stands, not of what follows it.)"""
    w, why = tail_evidence(text)
    if w or not dictionary_half_word_end(text):
        return w, why
    return STRONG, f"句末的“{text.rstrip()[-1]}”是半个词"


# a clause of one character after these marks is half a word (…，收 | 报, …，操 | 纵, …：每 |
# 日), unless it is a one-word answer, call or verb of motion (…，好; …，走)
_LONE_CLAUSE_MARKS = frozenset("，,、；;：:")
_ONE_CHAR_CLAUSES = frozenset(
    "好 对 行 走 来 去 是 有 在 了 吧 的 哦 啊 呢 吗 嗯 哈 请 停 等 看".split()
)


def lone_clause_char(text: str) -> str | None:
    """The character of a last clause that is one verb, adverb or bound character alone
    after a clause mark (…上涨6.8%，收; …：每), or None. Weaker than ``tail_evidence``: a
    heading may end so (…的设计，领), a body paragraph's sentence hardly."""
    tagged = last_words(text.rstrip())
    if len(tagged) < 2:
        return None
    w, pos = tagged[-1]
    if (
        len(w) == 1
        and tagged[-2][0] in _LONE_CLAUSE_MARKS
        and (pos[:1] in "vdpc" or pos == "zg")
        and w not in _ONE_CHAR_CLAUSES
    ):
        return w
    return None


def _cut_name(tail: str, tagged: list[tuple[str, str]]) -> bool:
    """Does the text stop on a surname alone after a noun or a list mark (受害人吴, 局长李,
    基金会、崔): a person named by role and then name, the name cut after its first
    character? Not after a verb (他姓王, 这是周), not a surname that is a common word of its
    own (王, 马), and not the last character of a whole name (记者王世玲: the guessing
    tagger reads the name)."""
    if len(tagged) < 2:
        return False
    w, pos = tagged[-1]
    before, bpos = tagged[-2]
    if not (
        len(w) == 1
        and pos == "nr"
        and (bpos[:1] == "n" and not bpos.startswith("nr") or before == "、")
        and (words.freq(w) or 0) < LONE_CHAR_FREQ
    ):
        return False
    named = words.tag(tail[-6:], hmm=True)
    return bool(named) and named[-1][0] == w


# how common the word of the last two characters must be for a last character to be its end
# (相当了得, 值得), not a rare entry read across two words (决定将: 定将)
SPLIT_WORD_FREQ = 10


# lone words that close a notice or a letter on a line of their own (如下, 又及, 待续)
_CLOSING_WORDS = frozenset("如下 又及 待续 未完 完 同上 以上 以下 附 注".split())


def lone_dangling_word(text: str) -> bool:
    """Is the line one word that no sentence ends with: an adverb, a conjunction, a
    preposition, or a verb still owing its object (其实, 但是, 再, 提到, 表示)? Not a time
    word (今天 may be a dateline's) nor a word of web furniture (返回, 分享, 评论, 打印)."""
    t = text.strip()
    if not t or len(t) > 3 or not _CJK.fullmatch(t[0]):
        return False
    tagged = _tag(t)
    if len(tagged) != 1 or t in _CLOSING_WORDS:
        return False
    w, pos = tagged[0]
    weight, _ = tail_evidence(t)
    return weight >= STRONG and pos not in ("t", "b", "m", "q", "f") and pos[:1] != "n"


# a clause mark after which a clause opens with its subject (not 、, which joins a list)
_SUBJECT_MARKS = frozenset("，。；：,;:！？!?")


def _bare_subject(tagged: list[tuple[str, str]]) -> tuple[float, str] | None:
    """A last clause that is only its subject (…，我们; 转瞬间我们): a personal pronoun
    opening the clause, alone or after a time word, shows the predicate lost. (Not a lone
    noun after a comma, …，乡政府: it may close a list, and weak tail evidence would take
    the paragraph off the path of an unterminated one.)"""
    if len(tagged) < 2:
        return None
    k = len(tagged) - 1
    w, pos = tagged[k]
    before = tagged[:k]
    while before and before[-1][1] == "t" and w in _PERSONS:
        before = before[:-1]  # 转瞬间我们: a time word before the subject
    if not before or before[-1][0] not in _SUBJECT_MARKS:
        return None
    if w in _PERSONS and pos == "r":
        return STRONG, f"句末的“{w}”之后缺少谓语"
    return None


def _lone_char_in_clause(tail: str) -> bool:
    """Does the text end in a clause of running text (not a byline or a name: 记者 张雷)?"""
    frag = re.split(r"[。！？!?；;，,、：:]", tail)[-1]
    if len(frag) < LONE_CHAR_CLAUSE or re.search(r"[\s\u3000\xa0/／→]", frag):
        return False
    named = words.tag(tail[-4:], hmm=True)
    return not (named and named[-1][1].startswith("nr"))


LONE_CHAR_CLAUSE = 6
# a last character rarer than this as a word of its own is likely half of a cut word; what a
# lone character may be at a clause's end (a particle, a localizer, a measure word, a suffix)
LONE_CHAR_FREQ = 10_000
_WHOLE_POS = ("u", "y", "e", "o", "f", "q", "m", "k", "nr", "x", "t", "s")


# -- the start of a paragraph -----------------------------------------------------------

# measure words (a numeral's companion): a paragraph never starts with one standing alone
_MEASURE = frozenset(
    "个 家 名 位 项 户 座 条 件 批 辆 架 艘 套 栋 幢 株 棵 册 篇 份 笔 人次 万元 亿元 公里 公斤 平方米"
    " 立方米 公顷".split()
)
# measure words that are also names, places, dynasties or verbs (台, 元, 岁岁, 处理…): weaker
_MEASURE_WEAK = frozenset(
    "所 只 处 台 部 间 层 头 匹 张 本 块 种 类 次 场 届 期 起 宗 例 元 吨 米 亩 倍 岁 枚 颗 支 根 趟 轮".split()
)
_BOUND_SUFFIX = frozenset("数 率 量 额 值".split())
_BOUND_TIME = frozenset(
    "年底 年初 年末 年中 月底 月初 月末 月中 上旬 中旬 下旬 底 初 日起 时许 时左右".split()
)
# what may follow a paragraph's first 的 (的“种植”之旅, 什么 | 的，…): no sentence opens so
_MARK_AFTER_DE = frozenset("“ 《 ， ,".split())
_SOFT_TIME = frozenset("日前 近日 此前 随后 届时".split())
# time words bound to the noun or clause before them (新年前夕, 开学之际, 今年以来, 新年伊始,
# 建国之初); not 之后, 以后, 之前, 前后, which open sentences as adverbs (之后，他…)
_BOUND_TIME_WORDS = frozenset("前夕 之际 以来 伊始 之初".split())
# the postpositions that close a frame opened by 对, 对于, 就, 拿 (对…来说, 就…而言)
_POSTPOSITIONS = frozenset("来说 而言 来讲".split())
_TIME_PHRASE = frozenset("的 之 前 后 时 起 以来 以后 以前 之前 之后".split())
_LOCALIZER = frozenset(
    "中 后 前 上 下 内 外 里 间 旁 之中 之后 之前 以上 以下 以内 以外 期间".split()
)
_ASPECT = frozenset("了 着 过 所".split())
# particles (tagged u) that close what stands before them (a list's 等, 总之's 之, 来看 of
# 总体来看, 一般's 般, 在内 of 包括…在内)
_BOUND_PARTICLES = frozenset("等 等等 之 来看 般 在内".split())


def _ends_a_list(w1: str, p1: str) -> bool:
    """Does the word after a first 等 show it closes a list (等，; 等6只; 等领导; 等的; 等一同)
    rather than the verb to wait (等了8年; 等攒到30元钱时; 等一下)?"""
    if w1 in ("一下", "一会", "一会儿", "会儿"):
        return False  # 等一下，…: the verb
    if w1 in ("的", "地", "一同", "一起") or w1 in CLAUSE_END:
        return True
    return (bool(p1) and p1[0] in "nm") or (p1 in ("eng", "x") and w1[:1].isdigit())


# parts of speech of a first word that is bound to the word before it: a suffix (k: 们, 者,
# 式), the complement particle 得 (ud), a final particle (y: 么, 呢)
_BOUND_HEAD_POS = frozenset(("k", "ud", "y"))
# (what the tagger may call y that opens a line of its own: an interjection)
_INTERJECTIONS = frozenset("啊 呀 哇 哦 噢 嗯 哈 唉 哎 嘿 喂 呵 哟".split())
_MEASURE_ENDS = frozenset("个些种位家项条批名次件类")
_SUBORDINATORS = frozenset(
    "虽然 但是 但 而 因为 所以 如果 由于 因此 然而 并且 而且 同时 此外 可是 不过 尽管 即使 只要 只有".split()
)
SPEECH_VERBS = frozenset(
    "表示 指出 强调 认为 说 称 介绍 透露 坦言 表明 显示 宣布 告诉 获悉 了解到 提出".split()
)
_CONJ_START = frozenset("和 及 以及 与 或 或者 并 并且 而且 等 等等".split())
_ADVERB_START = frozenset("也 都 就 才 又 还 仍 均 已 正 便 却 亦 皆 则".split())
# 多 + these is a word of its own (多家, 多国, 多地…): a numeral with its measure word
_DUO_WORDS = frozenset("家名个位种项次年地国方人所座条只件批处天月日元万亿部门路".split())
_FIGURE_CLAUSE = lazy(
    r"^[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[万亿千百]*)"
    r"(?:%|％|‰|个百分点|[^\s，。；：、,;:！？0-9０-９年月日时号点.．]{1,3})[。，,、；;]"
    r"|^[0-9０-９]+[.．][0-9０-９]+[。，,；;]"
)
_YEAR_START = lazy(r"^[0-9０-９]{1,4}(?:年|月|日|时|号|点|世纪|年代)")


# what a paragraph must start with for its first words alone to show a lost head (a cheap
# test before the segmenter is loaded for a document without any open paragraph end)
# the second characters of words that open with 了 (了却, 了无, 了如指掌, 了当, 了事, 了得,
# 了然, 了断, 了结, 了解, 了望, 一走了之): a start the segmenter may read as the particle
_LE_WORDS = frozenset("却无如之当事得然断结解望")
LEXICAL_STARTS = frozenset(
    {"的", "地", "多", "了"}
    | _BOUND_SUFFIX
    | _BOUND_TIME
    | _POSTPOSITIONS
    | _BOUND_TIME_WORDS
    | {w for w in _MEASURE if len(w) == 1}
)


def _first_clause(tagged: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], bool]:
    """The words before the first clause mark, and whether a clause mark was seen."""
    for i, (w, _) in enumerate(tagged):
        if w in CLAUSE_END:
            return tagged[:i], True
    return tagged, False


_PREDICATE_POS = ("v", "vd", "vi", "vq", "vn", "a", "ad", "l", "i", "z", "y")


def _first_sentence(tagged: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """The words of the first sentence when it ends (。！？；) within the window."""
    for i, (w, _) in enumerate(tagged):
        stop = _SENTENCE_STOPS.get(w)  # (one look-up a word: ends it, or gives up)
        if stop is not None:
            return tagged[:i] if stop and i else None
    return None


# the words that end a first sentence (True) and those before which none is read (False):
# a quotation, a title, a bracket or a colon
_SENTENCE_STOPS = dict.fromkeys(("。", "！", "？", "；", "!", "?", ";"), True) | dict.fromkeys(
    ("“", "”", "《", "（", "(", "：", ":"), False
)


def _has_predicate(words_: list[tuple[str, str]]) -> bool:
    return any(p in _PREDICATE_POS or w in ("是", "有") for w, p in words_)


def _bare_noun_phrase(words_: list[tuple[str, str]]) -> bool:
    """A noun phrase with a 的-modifier and no predicate of its own (…最为迫切的一项工作)."""
    if not words_ or not words_[-1][1].startswith(("n", "j", "vn")):
        return False
    if not any(p == "uj" for _, p in words_):
        return False
    k = max(i for i, (_, p) in enumerate(words_) if p == "uj")
    if any(p in ("ul", "uz", "ug") for _, p in words_[:k]):
        return False  # 近日公布了最新的销售方案: a verb and its aspect, then its object
    head = words_[k + 1 :]
    return (
        bool(head)
        and all(p[:1] in "njabmq" or p == "vn" for _, p in head)
        and all(not p.startswith(("p", "c", "r", "x", "f")) for _, p in words_)
    )


# prepositions that open a sentence's adverbial and hardly a title (not 在, 关于, 为了, 从)
_ADVERBIAL_PREPOSITIONS = frozenset("根据 按照 依照 依据 随着 鉴于 本着".split())


def sentence_like(text: str) -> bool:
    """Does a short unpunctuated-at-the-end line open the way a sentence does, not a title
    (虽然…, 但是…, 一大早，…, 眼下行情开始回暖，…)?"""
    if _TIME_OPENING.match(text.strip()):
        return True  # 10月24日，…; 几天来，…; 三个月后，…: a time adverbial, then its clause
    tagged = first_words(text, 12)
    if not tagged:
        return False
    w0, p0 = tagged[0]
    if w0 in _SUBORDINATORS:
        return True
    if w0 in _ADVERBIAL_PREPOSITIONS and _verbless_preposition(_tag(text.strip()[:40])):
        return True  # 根据2015年全省旅游市场监测: the adverbial of a sentence, its verb lost
    clause, closed = _first_clause(tagged)
    return closed and bool(clause) and all(p[:1] in "tdcrp" for _, p in clause)


# words a sentence opens with and a title does not: conjunctions that join the sentence to
# the one before (而, 不过, 其中), prepositions of source or exception (据, 除了), examples (如)
_LEAD_WORDS = frozenset(
    "而 而且 但 但是 不过 其中 如 例如 比如 除了 除 据 因为 由于 所以 因此 并且 此外 另外 然而"
    " 如果 虽然 尽管 即使 只要 只有 可是 于是 因而 况且 甚至 否则 何况 再者 可见".split()
)
# a clause of saying before a comma (…负责人表示，; 据…介绍，): the frame of a report
_SAYING_FRAME = lazy(
    r"^[^，。,：:]{0,20}(?:表示|指出|认为|透露|介绍|坦言|强调|说|称|了解|获悉|统计|告诉(?:本报)?记者)[，,：:]"
)
_NUM = "0-9０-９一二三四五六七八九十〇○零两"
# a time adverbial and its comma as a line's first clause (10月24日，; 1日晚上，; 几天来，;
# 三个月后，; 到去年，): the frame of a sentence's clause, not of a title (which states its
# date, if at all, without a comma after it)
_TIME_OPENING = lazy(
    rf"^(?:(?:[{_NUM}]{{2,4}}年)?(?:[{_NUM}]{{1,2}}月)?[{_NUM}]{{1,3}}[日号]"
    rf"(?:(?:上午|下午|晚上|晚间|凌晨|清晨|早晨|中午|傍晚|深夜|夜间|晚)(?:[{_NUM}]{{1,2}}[时点](?:许|左右)?)?)?"
    rf"|[{_NUM}]{{4}}年(?:[{_NUM}]{{1,2}}月)?"
    rf"|(?:几|数|[{_NUM}]{{1,3}})个?(?:天|日|年|月|周|星期|小时|多月|多年)(?:多)?(?:来|以来|后|之后|以后|过去了)"
    rf"|(?:上午|下午|晚上|凌晨|清晨|早晨|中午|傍晚|深夜)[{_NUM}]{{1,2}}[时点](?:许|左右|多)?"
    r"|(?:到|截至|截止|截止到)(?:目前|今年|去年|年底|年初|上月|本月|月底|现在)"
    r")[，,](?=[\u4e00-\u9fff“A-Za-zＡ-Ｚ])"
)

# a lead opens with its dateline or source (本报讯, 新浪体育讯, 新华社…电, 北京时间…)
_DATELINE_OPENING = lazy(
    r"^(?:本报讯|本报[^\s，。,]{0,10}[电讯]|新华社|新华网|中新网|中新社|[\u4e00-\u9fff]{2,6}讯|北京时间)"
    r"(?!.{0,3}记者)(?!.*(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff]{2,4}$).{4,}"
)
# a preposition phrase of time, place or means and a comma (在…中，随着…，通过…，)
_ADVERBIAL_FRAME = lazy(
    r"^(?:在|随着|经过|通过|自从|当)[^，。,：:“”]{2,16}(?:中|上|下|前|后|里|时|面前|期间|以来|过程)?[，,]"
    r"[^，。,]{4,}"
)
_ADVERBIAL_FIRST = frozenset("在随经通自当")  # (the first characters of _ADVERBIAL_FRAME's words)
_DATELINE_NAMES = ("本报", "新华", "中新", "北京时间")  # (_DATELINE_OPENING's, but …讯)
_SOURCE_CREDIT = lazy(r"^据[^，。,]{1,12}(?:社|报|电|网|台|道|消息|刊|志)$")


def lead_like(text: str) -> bool:
    """Does a title-like line open as a sentence of running text does (而…, 据…介绍，…,
    其中，…, 某负责人表示，…), so that it is no heading but the head of a paragraph?"""
    t = text.strip()
    c = t[:1]
    if c == "据" and _SOURCE_CREDIT.match(t):
        return False  # 据新华社: the source of the article, not a sentence
    if (
        _SAYING_FRAME.match(t)
        # (each expression tried only where its start can match: a first character of
        # _ADVERBIAL_FRAME's, one of _DATELINE_OPENING's names or its 讯 after 2-6 characters)
        or (c in _ADVERBIAL_FIRST and _ADVERBIAL_FRAME.match(t))
        or (
            (t.startswith(_DATELINE_NAMES) or "讯" in t[2:7])
            and _DATELINE_OPENING.match(t) is not None
        )
    ):
        return True
    if t[:1] not in _LEAD_WORDS and t[:2] not in _LEAD_WORDS:
        return False  # (the first word is one of them: no need to segment)
    tagged = first_words(t, 6)
    if not tagged:
        return False
    w0, p0 = tagged[0]
    return w0 in _LEAD_WORDS and (
        len(tagged) > 1 and tagged[1][0] not in CLAUSE_END or w0 == "其中"
    )


def _bare_measure(t: str) -> bool:
    """The first character stands alone as a measure word, not in a name (米歇尔…)."""
    tagged = words.tag(t[:12], hmm=True)
    if len(tagged) < 2 or tagged[0][0] != t[0]:
        return False
    return tagged[0][1] in ("q", "m", "zg", "n") and not tagged[1][1].startswith("nr")


def head_evidence(head: str) -> tuple[float, str]:
    """Why a paragraph starts as the rest of a sentence: (weight, why); (0, "") if it doesn't."""
    t = head.lstrip()
    if not t:
        return 0.0, ""
    if t[0] in FORBIDDEN_START and not t.startswith("……"):
        return 6.0, f"以“{t[0]}”开头"
    if zero_head(t):
        return 3.0, "以0开头，数字不全"  # 00万平方米，…; 0元…: the rest of a figure
    c = t[0]
    if c in DIGITS and _FIGURE_CLAUSE.match(t) and not _YEAR_START.match(t):
        return 4.0, "以孤立的数字开头"  # (_FIGURE_CLAUSE opens with a digit)
    if not "\u4e00" <= c <= "\u9fff":  # (_CJK's test of one character)
        return 0.0, ""
    tagged = first_words(t)
    if not tagged:
        return 0.0, ""
    (w0, p0) = tagged[0]
    w1, p1 = tagged[1] if len(tagged) > 1 else ("", "")
    clause, closed = _first_clause(tagged)
    if (
        w0 in ("的", "地")
        and p0 in ("uj", "uv")
        and (
            p1[:1] in "nvarjmtdlizb"
            or w1 in _MARK_AFTER_DE
            # a figure or a Latin word (的3名学生…, 的2020年…, 的iPhone…): the tagger calls
            # them eng (x for full-width digits), not m or n
            or (p1 in ("eng", "x") and w1[:1].isalnum())
        )
    ):
        return STRONG, f"以结构助词“{w0}”开头"
    if len(w0) == 1 and p0 in _BOUND_HEAD_POS and w0 not in _INTERJECTIONS:
        # a suffix (我 | 们…, 记 | 者…, 中 | 式…), the complement particle 得 (获 | 得的…), a
        # final particle (什 | 么…): the second half of the word or phrase before the break.
        # No paragraph of the clean corpora opens so (0 of 10,594 starts; 65 of 3,339 planted
        # tails that showed no other evidence did)
        return STRONG, f"以“{w0}”开头，是上一个词的后半"
    if p0 == "u" and w0 in _BOUND_PARTICLES and (w0 != "等" or _ends_a_list(w1, p1)):
        # the particle that closes what came before: a list (…、冰雹 | 等，…; …和张三 | 等
        # 一同…), 总 | 之，…, 总体 | 来看，…, 一 | 般…: no paragraph opens with it
        return STRONG, f"以助词“{w0}”开头，是上文的结尾"
    if w0 == "了" and p0 == "ul" and w1[:1] not in _LE_WORDS:
        # the perfective particle after the verb it belongs to: no sentence opens so
        # (了《…》。, 了，因…, 了用户的…); a verb read as 了 is a word of its own (了解, 了却)
        return STRONG, f"以助词“{w0}”开头"
    if w0 in _ASPECT and p0.startswith("u"):
        return 3.0, f"以助词“{w0}”开头"
    if (w0 in _MEASURE or w0 in _MEASURE_WEAK) and len(tagged) > 1 and w1[:1] != w0:
        if p1[:1] in "nvajm" and _bare_measure(t):
            return (STRONG if w0 in _MEASURE else 3.0), f"以量词“{w0}”开头，缺少数词"
    if w0 in _BOUND_SUFFIX and (p1.startswith("v") or w1 in ("同比", "环比")):
        return STRONG, f"以“{w0}{w1}”开头，“{w0}”缺少所属的名词"
    if (w0 in _BOUND_TIME or w0 in _SOFT_TIME) and p1.startswith("v"):
        if any(w in _TIME_PHRASE for w, _ in clause):
            return 0.0, ""
        weight = STRONG if w0 in _BOUND_TIME else 3.0
        return weight, f"以“{w0}{w1}”开头，缺少主语"
    if w0 == "多" and p0 == "m" and w1[:1] not in _DUO_WORDS and p1[:1] != "q":
        nouns = clause[1:]
        if closed and nouns and nouns[-1][1][:1] in "nj" and sum(len(w) for w, _ in nouns) >= 3:
            if nouns[0][1][:1] in "njavb" and all(p[:1] in "njavbd" for _, p in nouns):
                return STRONG, "以“多”加名词开头，缺少量词"
    if w0 in _LOCALIZER and p0 == "f" and len(w0) == 1 and (p1[:1] in "vdp" or w1 in "，,"):
        return 4.0, f"以方位词“{w0}”开头"
    if w0 in _BOUND_TIME_WORDS or (w0 == "时" and w1 in ("，", ",")):
        # a time word bound to what stands before it (新年 | 前夕发表…, 开学之际, 今年以来,
        # …音效迭起 | 时，…): no sentence opens with it
        return STRONG, f"以“{w0}”开头，缺少前面的时间或事件"
    if w0 in _POSTPOSITIONS and w1 in ("，", ","):
        # the second half of 对…来说, 就…而言: no sentence opens with it (…对中介机构 |
        # 来说，风险也太大了)
        return STRONG, f"以“{w0}”开头，缺少前面的“对……”"
    if c in _SAID_FIRST and (said := _SAID_START.match(t)) is not None:
        return 4.0, f"以“{said.group(1)}”开头，缺少说话人"  # 说：“…; 介绍说，…
    if short_rest(t, tagged):
        return 3.0, "短句没有主语"
    if copula_start(tagged):
        return COPULA_START, "以“是”开头，缺少主语"  # …的那家检察院 | 是出了名的…: a predicate
    if w0 in _CONJ_START and p0 == "c":
        return 3.0, f"以连词“{w0}”开头"
    if w0 in _ADVERB_START and p0 == "d":
        return 2.0, f"以“{w0}”开头，缺少主语"
    sentence = _first_sentence(tagged)
    if sentence is not None and not _has_predicate(sentence) and sentence[0][1][:1] not in "tsf":
        if sum(len(w) for w, _ in sentence) <= 4 and all(p[:1] in "nj" for _, p in sentence):
            return STRONG, "首句只有几个字，没有谓语"  # 城市。: the end of someone else's sentence
        return 3.0, "首句没有谓语"
    if closed and tagged[len(clause)][0] in "：:":
        # a first clause closed by a colon is a label or a speaker's name (记者：…; 人社部长：…;
        # 大解密：…), a sentence's own start, not the rest of one: no noun-clause sign below
        closed = False
    if closed and bare_noun_clause(clause, tagged[len(clause) + 1 : len(clause) + 3]):
        return NOUN_CLAUSE, "首句只是一个名词短语"  # 新学期教材的征订工作，…: an object's rest
    if closed and len(clause) >= 3 and w0 not in _VERB_FRAMES and _bare_noun_phrase(clause):
        return 2.5, "首句只是一个名词短语"  # (not 面对突如其来的暴雨，…: a frame's object)
    if (
        closed
        and clause
        and clause[0][1][:1] in "njab"
        and not clause[0][1].startswith("nr")
        and not _has_predicate(clause)
        and all(p[:1] in "njabmqu" or p == "nz" for _, p in clause)
    ):
        return 2.5, "首个分句只有名词，没有谓语"
    if p0 == "v" and w0 not in _VERB_FRAMES and len(w0) >= 2:
        return 2.0, "以动词开头，缺少主语"
    return 0.0, ""


# words the tagger calls verbs that open a sentence's frame or a label, not the predicate of
# a subject left behind (作为…，; 相关部门…; 比如…; 截至…; 据统计，; 正如…; 导读：): counted
# on the clean corpora, the first words of paragraphs "opening with a verb" most often
# (作为 16, 相关 14, 比如 11, 进入 11, 截至 10…) and of planted tails seldom (0-3 each)
_VERB_FRAMES = frozenset(
    "据悉 据了解 记者 作为 相关 有关 比如 例如 进入 截至 面对 据统计 据调查 据报道 相比 正如"
    " 看来 可见 导读 点评 提起".split()
)


# adverbs and frames that open a sentence of their own (其实不然。; 当然有啊！;
# 说起这件事，…), not the rest of one
_SENTENCE_ADVERBS = frozenset(
    "其实 当然 也许 或许 大概 显然 果然 难怪 原来 确实 的确 总之 反正 毕竟 究竟 到底 居然 竟然 幸好"
    " 幸亏 可惜 首先 其次 最后 然后 接着 后来 终于 同时 另外 此外 不过 何况 总而言之 看来"
    " 说起 说到 谈起 谈到 提起 提到 想来".split()
)
_PARTICLE_END = lazy(r"[吧啦呢么吗啊呀嘛哦了][！？!?]+[”’」』]?$")
# a verb of saying and its colon or comma as a paragraph's first words: what was said, and
# the one who said it at the end of the paragraph before (…读者刘大爷 | 说：…)
_SAID_START = lazy(
    r"^((?:笑着|接着|补充|介绍|解释|感慨|激动地|动情地|坦率地)?说|表示|指出|强调|透露|坦言|称)(?:道)?[，,：:]"
)
# a first clause that sets the time or the occasion (进入新世纪以后，; 回到家后，; 说话间，)
_FRAME_CLAUSE = lazy(
    r"^[^，,。！？!?]{1,12}(?:年代|以来|时|时候|后|以后|之后|前|以前|期间|之际|间|中)[，,]"
)
_SAID_FIRST = frozenset("笑接补介解感激动坦说表指强透称")  # (the first characters of _SAID_START's)
SHORT_REST = 30  # characters: a longer line is running text, judged by its words


def short_rest(t: str, tagged: list[tuple[str, str]]) -> bool:
    """A short line of one sentence with no subject that still reads as a sentence's end
    (…，队友投篮得手！; 受到了大家的欢迎吧！; 引来了一片掌声。): it opens with a verb or an
    adverb and ends as a sentence does, after a comma inside it or a final particle (吧！,
    呢？) or with a full stop; what the page's layout left of a sentence as a line of its
    own. Not a slogan of one verb phrase (加强监管！) nor a sentence adverb's clause."""
    if len(t) > SHORT_REST or len(tagged) < 2:
        return False
    end = t.rstrip("”’」』 ")
    if end[-1:] not in "。！？!?" or re.search(r"[。！？!?；;]", end[:-1].rstrip("！？!?")):
        return False
    (w0, p0), (w1, _) = tagged[0], tagged[1]
    if w0 in _SENTENCE_ADVERBS or w0 in _LEAD_WORDS or w0 in _ADVERBIAL_PREPOSITIONS:
        return False
    if w0 in _VERB_FRAMES:
        return False  # 作为一名老党员，他…; 相关专家认为，…: a frame or an attribute first
    if not (p0 in ("v", "d", "ad") or (p0 == "a" and w1 == "地")):
        return False
    if w0 in ("是", "有"):
        return False  # (是…, 有…: a copula or existential that opens sentences of its own)
    if _FRAME_CLAUSE.match(end):
        return False  # 进入新世纪以后，…: a time frame and its comma open a sentence
    return "，" in end or "," in end or end[-1] == "。" or bool(_PARTICLE_END.search(end))
