"""The master regular expression of :mod:`lint_news.numbers` and the small lexical tables
(hedge words, contexts of codes and phones, Chinese digits) that its Python side reads."""

from __future__ import annotations

import re

from .numbers_units import _UNIT_SPEC, _denominator_alternation, _unit_alternation
from .patterns import DIGITS, lazy, rx

# --------------------------------------------------------------------------------------
# The master expression
# --------------------------------------------------------------------------------------

_D = "[0-9０-９]"
_AR_NUM = _D + "+(?:,[0-9]{3}(?![0-9]))*(?:[.．]" + _D + "+)?"
_CNC = "零〇○一二两三四五六七八九十百千万亿几"
_CN_DIGITS_Y = "零〇○一二三四五六七八九"
_POST = "左右(?![两手侧边脚])|上下(?![游班级文楼车册卷半午线])|以上|以下|以内|之内|开外"
_DUO3 = "多(?![次个项名种家方人位样元年少数媒彩功])"
_UNITS_A = _unit_alternation(True)
_UNITS_C = _unit_alternation(False)
_DEN = _denominator_alternation()
_MO = "(?:" + _D + "{1,2}|十[一二]?|[一二三四五六七八九])"
_DY = "(?:" + _D + "{1,2}|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
_YR = "(?:" + _D + "{4}|" + _D + "{2}|[" + _CN_DIGITS_Y + "]{2,4})"

_AR_SRC = (
    "(?P<ar>(?P<a>" + _AR_NUM + ")(?P<as1>多|余|来(?=[万亿千百个岁年天人名家次件户位]))?"
    "(?P<am>万亿|千亿|百亿|千万|百万|万|亿|千(?![瓦克米帕焦伏赫卡兆字分])|百(?!分))?"
    "(?P<as2>多|余)?"
    "(?:(?P<au>" + _UNITS_A + ")(?P<ad>" + _DEN + ")?(?P<as3>" + _DUO3 + ")?)?"
    "(?P<ap>" + _POST + ")?)"
)

# Chinese figures
_CN_SRC = (
    "(?P<cn>(?<![" + _CNC + "数统唯之同单专划归合逐不其初期周拜])"
    "(?P<c>(?:[数上](?=[十百千万亿]))?[" + _CNC + "]+(?:点[零〇一二三四五六七八九]+[十百千万亿]*)?)"
    "(?:(?P<cr>[至到～~〜—])(?P<c2>[" + _CNC + "]+))?"
    "(?P<cs1>多|余|来)?(?P<cm>万亿|千万|百万|万|亿)?(?P<cs2>多|余)?"
    "(?:(?P<cu>" + _UNITS_C + ")(?P<cd>" + _DEN + ")?(?P<cs3>" + _DUO3 + ")?|(?<=[十百千万亿多余]))"
    "(?P<cp>" + _POST + ")?)"
)

_MASTER_SRC = "|".join(
    [
        # 〔2023〕12号
        r"(?P<doc>[〔［\[]\s?(?:19|20)[0-9]{2}\s?[〕］\]]\s?(?:第\s?)?(?:[0-9]+\s?号)?)",
        # 2022-08-31, 2022/8/31, 2022.08.31
        r"(?P<iso>[12][0-9]{3}(?P<isep>[-/.])(?:1[0-2]|0?[1-9])(?P=isep)(?:3[01]|[12][0-9]|0?[1-9])(?![0-9]))",
        # 2023年8月(31日), 二〇二三年五月八日, 23年5月
        "(?P<ymd>" + _YR + "年" + _MO + "月份?(?:" + _DY + "[日号])?)",
        # 8月31日, 八月三十一日
        "(?P<md>" + _MO + "月" + _DY + "[日号])",
        # 10:30
        "(?P<hm>" + _D + "{1,2}[:：]" + _D + "{2}(?:[:：]" + _D + "{2})?(?![0-9０-９]))",
        # 9时, 9时30分, 9时许
        "(?P<hs>"
        + _D
        + "{1,2}时(?![间代期候刻速段尚任节光常机效空隔事政])(?:"
        + _D
        + "{1,2}分(?:"
        + _D
        + "{1,2}秒)?|半|许|整)?)",
        # 9点30分, 9点半
        "(?P<hd>" + _D + "{1,2}点(?:" + _D + "{1,2}分|半|钟|整|许))",
        # phones
        r"(?P<ph>1[3-9][0-9]{9}(?![0-9])|0[0-9]{2,3}-[0-9]{7,8}(?![0-9])|[48]00-?[0-9]{3,4}-?[0-9]{3,4}(?![0-9]))",
        # 3:1, 7.1∶38.2∶56.3
        "(?P<ratio>" + _AR_NUM + r"(?:\s?[:：∶]\s?" + _AR_NUM + ")+)",
        # 百分之六十三点四一, 千分之五
        "(?P<pc>(?P<pck>百分之|千分之)(?P<pcv>[零〇一二两三四五六七八九十百几]+(?:点[零〇一二三四五六七八九]+)?)"
        "(?:(?P<pcr>[至到～~〜—])(?:百分之|千分之)?(?P<pcv2>[零〇一二两三四五六七八九十百几]+(?:点[零〇一二三四五六七八九]+)?))?"
        "(?P<pcp>" + _POST + ")?)",
        # 三分之一
        "(?P<fr>(?<![" + _CNC + "])(?P<frd>[一二两三四五六七八九十百千万]{1,6})分之"
        "(?P<frn>[一二两三四五六七八九十百千几]{1,6}))",
        # 上午九点, 晚上八时三十分
        "(?P<ct>(?<=[午晚晨夜上])[一二两三四五六七八九十]{1,3}[时点](?:[零〇一二三四五六七八九十]{1,3}分|半|许|整|钟)?)",
        # Arabic figures
        _AR_SRC,
        # Chinese figures
        _CN_SRC,
    ]
)

_MASTER = rx(_MASTER_SRC)

# At a digit, _MASTER tries doc … ratio before ar; the first can never start with a digit,
# and each of the others needs one of these right after a few digits (a superset of what they
# match). Where none is there, _MASTER's match is ar's: _AR alone finds it (the same groups)
# without the seven tries before it (tests/test_numbers_fast.py compares the two).
_NOT_ONLY_AR_SRC = (
    "[0-9０-９]+[年月时点:：]"  # ymd, md, hs, hd, hm
    "|[12][0-9]{3}[-/.]"  # iso
    "|1[3-9][0-9]{9}|0[0-9]{2,3}-|[48]00"  # ph
    "|[0-9０-９][0-9０-９,.．]*\\s?[:：∶]"  # ratio
)
_NOT_ONLY_AR = lazy(_NOT_ONLY_AR_SRC)
_AR = lazy(_AR_SRC)
# both in one call: _AR's match where _NOT_ONLY_AR finds nothing, else None (_AR always
# matches at a digit; the look-ahead adds no group, so the groups are _AR's)
_AR_ALONE = lazy("(?!" + _NOT_ONLY_AR_SRC + ")" + _AR_SRC)

# At a Chinese numeral (or 数, 上), _MASTER's only other kinds are dates (二〇二三年五月,
# 五月八日), 百分之/千分之, fractions (三分之一) and clock times after 上午/晚上 (九点): each
# needs one of these ahead (a superset). Where none is there, _MASTER's match is cn's, or
# none at all: _CN_ALONE is an empty match (no group) where one is there, so that the
# caller asks _MASTER, else cn's match or None (tests/test_speed_num12.py compares).
_NOT_ONLY_CN_SRC = (
    "[零〇○一二两三四五六七八九十百千万]{0,6}(?:[年月]|分之)"  # ymd, md, pc, fr
    "|(?<=[午晚晨夜上])[一二两三四五六七八九十]{1,3}[时点]"  # ct
)
_CN_ALONE = lazy("(?=" + _NOT_ONLY_CN_SRC + ")|" + _CN_SRC)

# A cheap pre-filter that starts with a single character class, so that the regex engine
# scans for it at C speed: a digit or bracket always; a Chinese numeral character only
# when an order word, or something that can continue a figure, follows it. Every match
# of _MASTER starts at one of these positions.
_FOLLOW = "".join(
    sorted(
        set(_CNC)
        | set("数多余来点分之至到～~〜—时")
        | {w[0] for w, _c, _cat, fl, _ex in _UNIT_SPEC if "A" not in fl}
    )
)
_CANDIDATE = rx(
    "[0-9０-９〔［\\[数上"
    + _CNC
    + "](?:(?<=[0-9０-９〔［\\[十百千万亿])|(?=["
    + re.escape(_FOLLOW)
    + "]))"
)

# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------

_FW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_LATIN = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
)
_DIGITS = DIGITS
_TOKEN_FWD = lazy(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ_.\-]*[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]|")
_MAG = {
    "十": 1,
    "百": 2,
    "千": 3,
    "万": 4,
    "十万": 5,
    "百万": 6,
    "千万": 7,
    "亿": 8,
    "十亿": 9,
    "百亿": 10,
    "千亿": 11,
    "万亿": 12,
}
_CONNECTORS = frozenset("～~〜—–-至到")

# hedges written before the number: text -> class
_PREFIX: dict[str, str] = {
    "将近": "near",
    "接近": "near",
    "几近": "near",
    "近乎": "near",
    "近": "near",
    "不到": "under",
    "不足": "under",
    "未满": "under",
    "低于": "under",
    "少于": "under",
    "小于": "under",
    "不超过": "under",
    "未超过": "under",
    "最多": "under",
    "至多": "under",
    "超过": "over",
    "超出": "over",
    "超": "over",
    "逾": "over",
    "突破": "over",
    "高于": "over",
    "多于": "over",
    "大于": "over",
    "至少": "over",
    "过": "over",
    "约": "approx",
    "大约": "approx",
    "大概": "approx",
    "约为": "approx",
    "约有": "approx",
    "约占": "approx",
    "约合": "approx",
    "约计": "approx",
    "大约有": "approx",
    "大约为": "approx",
    "大致": "approx",
}
_PREFIX_LAST = frozenset(w[-1] for w in _PREFIX)
# characters that, written just before a one-character hedge, make it part of another word
_PREFIX_BLOCK = {
    "近": "最附邻靠亲贴逼临挨就将接几",
    "约": "制签节公预相合邀违履特条和誓立解守践赴失婚毁缔集租续大",
    "超": "赶高",
    "过": "超经通不越度错难路跨穿透",
}
_POST_CLASS = {
    "左右": "approx",
    "上下": "approx",
    "以上": "over",
    "开外": "over",
    "以下": "under",
    "以内": "under",
    "之内": "under",
}
_SUFFIX_CLASS = {"多": "duo", "余": "duo", "来": "lai"}
_DIRECTION = {"near": "<", "under": "<", "over": ">", "duo": ">", "approx": "~", "lai": "~"}

_PHONE_CTX = lazy(r"(?:电话|热线|手机|传真|拨打|号码|致电|手机号|电话号码)[:：]?\s?$")
_CODE_CTX = lazy(
    r"(?:邮编|邮政编码|编号|型号|代号|批号|车牌|航班|账号|证号|工号|波音|空客|QQ|ＱＱ|微信|No\.|NO\.|№|#)[:：]?\s?$"
)
_PHONE_LAST = frozenset("话线机真打码电号")
_CODE_LAST = frozenset("编码号型号牌班音客QＱ信.№#")
# a character of _CODE_LAST in text[i:j]: ``_CODE_LAST_IN.search(text, i, j)``, without the
# slice and a str object per character that ``isdisjoint`` takes
_CODE_LAST_IN = lazy("[" + "".join(map(re.escape, sorted(_CODE_LAST))) + "]")
_CODE_AFTER = lazy(r"(?:型|系列|客机|飞机|次列车|航班)")
_TIME_CTX = lazy(
    r"(?:上午|下午|中午|晚上|早上|凌晨|傍晚|夜里|深夜|当晚|今晚|昨晚|晚|早|每天|每日)$"
)
_TIME_AFTER = ("前", "后", "起", "至", "到", "左右", "许", "开始", "多", "整", "钟", "半")
_YEAR_AFTER = lazy(
    r"(?:底|初|末|上半年|下半年|前三季度|[一二三四1-4]季度|第[一二三四]季度|年底|以来)"
)
_SEASON_AFTER = lazy(r"(?:赛季|学年|财年|年度|届)")

_CN_DIGIT = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_ORDER_CHARS = frozenset("十百千万亿")
_PAIR_OK = {(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9), (3, 5)}
