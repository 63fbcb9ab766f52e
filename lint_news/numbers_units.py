"""Unit tables of :mod:`lint_news.numbers`: the units written after a figure, their canonical
forms and categories, the denominators of compound units, and the regex alternations built
from them."""

from __future__ import annotations

import re

# --------------------------------------------------------------------------------------
# Units
# --------------------------------------------------------------------------------------

# Categories: count money pct permille points cheng times phys year month day hao dot
# ordinal docnum quarter decade century gen ji
# Flags: "A" = only after Arabic digits, "L" = Latin symbol (must not be followed by a
# Latin letter), "D" = implies the hedge 多 (个多月), "H" = adds a half (两个半小时).
# (written, canonical, category, flags, exclusions: a "|"-separated list of what may not
#  follow; single characters may be run together)
_UNIT_SPEC: list[tuple[str, str, str, str, str]] = [
    # ratios and shares
    ("个百分点", "百分点", "points", "", ""),
    ("百分点", "百分点", "points", "", ""),
    ("%", "%", "pct", "", ""),
    ("％", "%", "pct", "", ""),
    ("‰", "‰", "permille", "", ""),
    (
        "成",
        "%",
        "cheng",
        "",
        "为立功果本绩员都交长熟效就型品年人不了分份色材批套片群语因形像事全婚家器才败活团"
        "规约灾风行书药对倍千百万亿衣",
    ),
    ("倍", "倍", "times", "", ""),
    # money
    ("元人民币", "元", "money", "", ""),
    ("人民币", "元", "money", "", ""),
    ("块钱", "元", "money", "", ""),
    ("元", "元", "money", "", "素旦宵首老年件气化帅代朝月器宇里"),
    ("美元", "美元", "money", "", ""),
    ("美金", "美元", "money", "", ""),
    ("欧元", "欧元", "money", "", ""),
    ("港元", "港元", "money", "", ""),
    ("港币", "港元", "money", "", ""),
    ("澳门元", "澳门元", "money", "", ""),
    ("日元", "日元", "money", "", ""),
    ("英镑", "英镑", "money", "", ""),
    ("韩元", "韩元", "money", "", ""),
    ("卢布", "卢布", "money", "", ""),
    ("澳元", "澳元", "money", "", ""),
    ("加元", "加元", "money", "", ""),
    ("新台币", "新台币", "money", "", ""),
    ("泰铢", "泰铢", "money", "", ""),
    # counts
    ("套", "套", "count", "", "餐装用路"),
    ("个", "个", "count", "", "性|别|体户|人所|税|案"),
    ("人次", "人次", "count", "", ""),
    ("像素", "像素", "count", "", ""),
    ("人口", "人", "count", "", ""),
    ("人", "人", "count", "", "民类工为气心生物身均间事格力文性权才大员造帮"),
    ("名", "名", "count", "", "单称字义额片牌誉列次录校人著胜"),
    ("位", "位", "count", "", "于置居列数次|一体"),
    ("家", "家", "count", "", "争万喻"),
    ("项", "项", "count", "", ""),
    ("件", "件", "count", "", ""),
    ("户", "户", "count", "", "口籍外型主"),
    ("次", "次", "count", "", "性日要序年月数生贷级之"),
    ("所", "所", "count", "", "有以在谓属得需长示述致获学"),
    ("座", "座", "count", "", "谈位椅驾右"),
    ("台", "台", "count", "", "湾风阶上下山河账州北南中资胞商独前后词球"),
    ("辆次", "辆次", "count", "", ""),
    ("辆", "辆", "count", "", ""),
    ("架次", "架次", "count", "", ""),
    ("架", "架", "count", "", "构设子空"),
    ("艘", "艘", "count", "", ""),
    ("批次", "批次", "count", "", ""),
    ("批", "批", "count", "", "准复评示判发量"),
    ("宗", "宗", "count", "", "教旨族师"),
    ("起", "起", "count", "", "来诉步点床草源码到飞义航跑始算因色身落伏劲死用"),
    ("株", "株", "count", "", "洲"),
    ("头", "头", "count", "", "雾号条部脑发热等版衔像顶"),
    ("只", "只", "count", "", "是有要能好会在需不用得剩为因见说想可准许管怕知"),
    ("册", "册", "count", "", ""),
    ("部", "部", "count", "", "分门署长委队位件落属下曲"),
    ("篇", "篇", "count", "", "章幅"),
    ("本", "本", "count", "", "身质地土市省次届年月着来人科领正色钱金息部轮周期报案网文项县区"),
    ("条", "条", "count", "", "件例款约龙理幅形码纹"),
    ("处", "处", "count", "", "理罚置长分于在境方级"),
    ("栋", "栋", "count", "", ""),
    ("幢", "幢", "count", "", ""),
    ("间", "间", "count", "", "接隔歇断谍"),
    ("张", "张", "count", "", "贴开扬力望口罗|家界"),
    ("份", "份", "count", "", "额子量"),
    ("场次", "场次", "count", "", ""),
    ("场", "场", "count", "", "所景面馆合"),
    ("种", "种", "count", "", "植子地养苗"),
    ("类", "类", "count", "", "似"),
    ("支", "支", "count", "", "持付出援撑队部柱配取行线流"),
    ("块", "块", "count", "", "头状"),
    ("棵", "棵", "count", "", ""),
    ("枚", "枚", "count", "", ""),
    ("颗", "颗", "count", "", "粒"),
    ("粒", "粒", "count", "", ""),
    ("盏", "盏", "count", "", ""),
    ("根", "根", "count", "", "据本源治基除"),
    ("例", "例", "count", "", "如外行子会证题"),
    ("笔", "笔", "count", "", "记者试直墨画尖"),
    ("箱", "箱", "count", "", ""),
    ("袋", "袋", "count", "", ""),
    ("瓶", "瓶", "count", "", "颈"),
    ("桶", "桶", "count", "", ""),
    ("盒", "盒", "count", "", ""),
    ("款", "款", "count", "", "项式待"),
    ("层", "层", "count", "", "面次级出"),
    ("组", "组", "count", "", "织成建合长委团件图态装"),
    ("轮", "轮", "count", "", "车胎船值廓流候番"),
    ("级", "级", "ji", "", "别数"),
    # time spans (counts) and calendar words
    ("个多月", "个月", "count", "D", ""),
    ("个半月", "个月", "count", "H", ""),
    ("个半小时", "小时", "count", "H", ""),
    ("年半", "年", "count", "H", "导年决岛山价夜数场程径"),
    ("个多小时", "小时", "count", "D", ""),
    ("个多星期", "周", "count", "D", ""),
    ("个月", "个月", "count", "", ""),
    ("个小时", "小时", "count", "", ""),
    ("个星期", "周", "count", "", ""),
    ("个工作日", "工作日", "count", "", ""),
    ("个季度", "季度", "count", "", ""),
    ("小时", "小时", "count", "", ""),
    ("分钟", "分钟", "count", "", ""),
    ("秒钟", "秒", "count", "", ""),
    ("秒", "秒", "count", "", "杀表针速懂"),
    ("周年", "周年", "count", "", ""),
    ("周岁", "岁", "count", "", ""),
    ("周", "周", "count", "", "边末围期刊至全密到折转游知一二三四五六日天"),
    ("工作日", "工作日", "count", "", ""),
    (
        "天",
        "天",
        "count",
        "",
        "然气下空津才使地文猫府安河坛堂价生性际线窗台鹅平山国王长子赋体意神宫边真命堑眼主",
    ),
    ("岁", "岁", "count", "", "月"),
    ("年度", "年", "year", "A", ""),
    ("年代", "年代", "decade", "", ""),
    ("年级", "年级", "ordinal", "", ""),
    ("年", "年", "year", "", "轻龄纪会货薪终鉴画味糕头度"),
    ("月份", "月", "month", "", ""),
    ("月", "月", "month", "", "亮球饼光薪嫂子台票"),
    ("日", "日", "day", "", "本常益报记用元期程志前后趋"),
    ("季度", "季度", "quarter", "", ""),
    ("世纪", "世纪", "century", "", ""),
    # ordinals, serial numbers
    ("届", "届", "ordinal", "", ""),
    ("期", "期", "ordinal", "", "间待望限末中内货刊满盼许权初票"),
    ("号线", "号线", "ordinal", "", ""),
    ("号文件", "号", "docnum", "", ""),
    ("号文", "号", "docnum", "", ""),
    ("号令", "号", "docnum", "", ""),
    ("号公告", "号", "docnum", "", ""),
    ("号", "号", "hao", "", "召称码角脉外"),
    ("等奖", "等奖", "ordinal", "", ""),
    ("强", "强", "ordinal", "A", "调化度烈制大势项国省者劲壮硬迫行人对于"),
    ("后", "后", "gen", "A", "来面续期果者勤方"),
    ("点", "点", "dot", "A", ""),
    # physical units (through pint)
    ("米", "米", "phys", "", "饭粉面线兰其勒尔歇诺老奇字黄醋酒色"),
    ("公里", "公里", "phys", "", ""),
    ("千米", "公里", "phys", "", ""),
    ("厘米", "厘米", "phys", "", ""),
    ("毫米", "毫米", "phys", "", ""),
    ("微米", "微米", "phys", "", ""),
    ("纳米", "纳米", "phys", "", ""),
    ("海里", "海里", "phys", "", ""),
    ("平方米", "平方米", "phys", "", ""),
    ("平米", "平方米", "phys", "", ""),
    ("平方公里", "平方公里", "phys", "", ""),
    ("平方千米", "平方公里", "phys", "", ""),
    ("平方厘米", "平方厘米", "phys", "", ""),
    ("公顷", "公顷", "phys", "", ""),
    ("市亩", "亩", "phys", "", ""),
    ("亩", "亩", "phys", "", "产"),
    ("吨", "吨", "phys", "", ""),
    ("公斤", "公斤", "phys", "", ""),
    ("千克", "公斤", "phys", "", ""),
    ("毫克", "毫克", "phys", "", ""),
    ("克", "克", "phys", "", "服隆拉里林罗兰斯制星难敌扣勤己莱鲁尔苏思"),
    ("市斤", "斤", "phys", "", ""),
    ("斤", "斤", "phys", "", "顶斤两"),
    ("毫升", "毫升", "phys", "", ""),
    ("升", "升", "phys", "", "级高值温至到为格学降起入华任职空旗天幅腾"),
    ("立方米", "立方米", "phys", "", ""),
    ("立方", "立方米", "phys", "", ""),
    ("方", "立方米", "phys", "A", "面案式向法针便位舱言阵能可才圆略队正块程剂寸兴志城特大"),
    ("千瓦时", "千瓦时", "phys", "", ""),
    ("度电", "千瓦时", "phys", "", ""),
    ("千瓦", "千瓦", "phys", "", ""),
    ("兆瓦", "兆瓦", "phys", "", ""),
    ("吉瓦", "吉瓦", "phys", "", ""),
    ("瓦", "瓦", "phys", "A", "片解斯房工罐特砾尔伦当蓝楞"),
    ("摄氏度", "摄氏度", "phys", "", ""),
    ("℃", "摄氏度", "phys", "", ""),
    ("马力", "马力", "phys", "", ""),
    # Latin symbols
    ("km²", "平方公里", "phys", "AL", ""),
    ("km", "公里", "phys", "AL", ""),
    ("㎞", "公里", "phys", "A", ""),
    ("kg", "公斤", "phys", "AL", ""),
    ("㎏", "公斤", "phys", "A", ""),
    ("mg", "毫克", "phys", "AL", ""),
    ("cm", "厘米", "phys", "AL", ""),
    ("mm", "毫米", "phys", "AL", ""),
    ("m²", "平方米", "phys", "AL", ""),
    ("㎡", "平方米", "phys", "A", ""),
    ("m", "米", "phys", "AL", ""),
    ("kWh", "千瓦时", "phys", "AL", ""),
    ("KWh", "千瓦时", "phys", "AL", ""),
    ("kwh", "千瓦时", "phys", "AL", ""),
    ("kW", "千瓦", "phys", "AL", ""),
    ("KW", "千瓦", "phys", "AL", ""),
    ("kw", "千瓦", "phys", "AL", ""),
    ("MW", "兆瓦", "phys", "AL", ""),
    ("GW", "吉瓦", "phys", "AL", ""),
    ("°C", "摄氏度", "phys", "A", ""),
]

# denominators of compound units (元/吨, 公里/小时)
_DENOMINATORS: dict[str, str] = {
    "平方米": "平方米",
    "平米": "平方米",
    "㎡": "平方米",
    "m²": "平方米",
    "平方公里": "平方公里",
    "吨": "吨",
    "公斤": "公斤",
    "千克": "公斤",
    "kg": "公斤",
    "斤": "斤",
    "克": "克",
    "亩": "亩",
    "米": "米",
    "公里": "公里",
    "千米": "公里",
    "km": "公里",
    "立方米": "立方米",
    "升": "升",
    "千瓦时": "千瓦时",
    "度": "千瓦时",
    "小时": "小时",
    "时": "小时",
    "h": "小时",
    "分钟": "分钟",
    "秒": "秒",
    "s": "秒",
    "人": "人",
    "户": "户",
    "年": "年",
    "月": "月",
    "天": "天",
    "日": "天",
    "晚": "晚",
    "辆": "辆",
    "套": "套",
    "件": "件",
    "张": "张",
    "次": "次",
    "个": "个",
    "台": "台",
    "桶": "桶",
    "间": "间",
    "股": "股",
    "盎司": "盎司",
}


class _Unit:
    __slots__ = ("canon", "cat", "duo", "half", "dim")

    def __init__(self, canon: str, cat: str, flags: str) -> None:
        self.canon = canon
        self.cat = cat
        self.duo = "D" in flags
        self.half = "H" in flags
        if cat == "money":
            self.dim = "money:" + canon
        elif cat == "count":
            self.dim = "count:" + _COUNT_GROUP.get(canon, canon)
        elif cat in ("pct", "permille", "cheng"):
            self.dim = "percent"
        elif cat == "points":
            self.dim = "points"
        elif cat == "times":
            self.dim = "times"
        elif cat == "ji":
            self.dim = "count:级"
        elif cat == "dot":
            self.dim = "count:点"
        elif cat == "year":
            self.dim = "count:年"
        else:
            self.dim = ""  # phys: filled in lazily through pint; calendar words: none


_COUNT_GROUP = {"名": "人", "位": "人"}

_UNITS: dict[str, _Unit] = {w: _Unit(c, cat, fl) for w, c, cat, fl, _ex in _UNIT_SPEC}


def _exclusion(ex: str) -> str:
    """Negative lookahead for a unit's exclusion spec.

    The spec is "|"-separated: its first part is a run of single characters, the other
    parts are words ("贴开扬力望口罗|家界" excludes 贴, 开, ... and 家界).
    """
    if not ex:
        return ""
    first, *words = ex.split("|")
    pieces = []
    if first:
        pieces.append("[" + re.escape(first) + "]")
    pieces.extend(re.escape(w) for w in words if w)
    return "(?!" + "|".join(pieces) + ")"


# after digits a narrower exclusion: 5所学校 counts schools (三所学校 keeps its old reading;
# 所学 of what one has learnt, 所学的, 所学专业, is no unit)
_ARABIC_EXCLUSION = {"所": "有以在谓属得需长示述致获|学的|学到|学知识|学专业|学习"}


def _unit_alternation(arabic: bool, grouped: bool = True) -> str:
    entries = []
    for written, _c, _cat, flags, ex in _UNIT_SPEC:
        if not arabic and "A" in flags:
            continue
        if arabic and written in _ARABIC_EXCLUSION:
            ex = _ARABIC_EXCLUSION[written]
        pat = re.escape(written[1:]) + _exclusion(ex)
        if "L" in flags:
            pat += "(?![A-Za-z])"
        entries.append((written, pat))
    # longest first so that 千瓦时 wins over 千瓦, 人次 over 人, 个百分点 over 个
    entries.sort(key=lambda e: -len(e[0]))
    if not grouped:
        return "|".join(re.escape(w[0]) + p for w, p in entries)
    # the units that share a first character in one branch (个(?:百分点|月|…)), in the same
    # order among themselves: re tries a branch per first character instead of one per
    # unit, and at any position only the units opening with its character could match, in
    # the order they had (the same match; tests/test_numbers_fast.py compares the two)
    groups: dict[str, list[str]] = {}
    for w, p in entries:
        groups.setdefault(w[0], []).append(p)
    return "|".join(
        re.escape(c) + ("" if rests == [""] else "(?:" + "|".join(rests) + ")")
        for c, rests in groups.items()
    )


def _denominator_alternation() -> str:
    keys = sorted(_DENOMINATORS, key=len, reverse=True)
    return (
        "/(?:"
        + "|".join(re.escape(k) + ("(?![A-Za-z])" if k.isascii() else "") for k in keys)
        + ")"
    )


# denominators pint can convert (公里/小时); others stay as text in the dimension (元/吨)
_PHYS_DEN = frozenset(
    (
        "平方米",
        "平方公里",
        "吨",
        "公斤",
        "斤",
        "克",
        "亩",
        "米",
        "公里",
        "立方米",
        "升",
        "千瓦时",
        "小时",
        "分钟",
        "秒",
    )
)
