"""Quantities in Chinese news copy, parsed into intervals.

``parse_quantities(text)`` finds every figure in ``text`` -- Arabic (half- or full-width),
Chinese numerals, mixed forms (1.5万, 近千万) -- and returns :class:`Quantity` records in
text order, non-overlapping. ``parse_quantity(s)`` returns the first one in a short string.

It is a single precompiled regular expression plus a little Python per match: no jieba,
no cn2an; pint (through :mod:`lint_news.units`) is imported only when a physical unit
(米, 亩, 吨 ...) actually appears, and each unit's factor is cached.

Shape of a figure
=================

``[hedge] number [多/余/来] [万/亿/千万/万亿 ...] [多/余] [unit[/unit]] [多] [左右/以上/...]``

- **Magnitude words** (万, 亿, 千万, 百万, 万亿, and the non-standard 千/百 after Arabic
  digits as in 3千万) multiply the number; they are never units: 3.5万吨 is 35000 吨,
  12亿元 is 1.2e9 元, 120万千瓦 is 1.2e6 千瓦.
- **Units** are kept in a canonical written form (千米 -> 公里, 千克 -> 公斤, ℃ -> 摄氏度,
  个百分点 -> 百分点, ％ -> %, 度电 -> 千瓦时, km -> 公里 ...). ``dim`` says what can be
  compared with what: ``count:<unit>`` (人/名/位 share ``count:人``; 日 as a duration is 天),
  ``money:<currency>``, ``percent`` (%, ‰ and 成), ``points`` (百分点), ``times`` (倍), or a
  pint dimensionality string for physical units (``[length]``, ``[mass]``,
  ``[length] ** 2`` ...; ``unit:<name>`` if pint cannot be loaded). Time spans (天, 个月,
  年, 小时 ...) are counts, not pint units, so that ordinary text never loads pint.
  成 is converted to percent (六成 -> 60 %); ‰ keeps its unit and value but its
  ``base_lo``/``base_hi`` are in percent; 三分之一 is 33.33 %. Compound units keep their
  denominator: 公里/小时 converts through pint, 元/平方米 has dim ``money:元/平方米``.
- Small extras: 半 adds a half (两个半小时 -> 2.5 小时, 一年半 -> 1.5 年); 个多月 is
  3个多月 -> (3, 4) 个月; $300 / ￥300 are 美元 / 元; 零下5℃ and -5℃ are negative.
- ``magnitude`` is the power of ten written after the significant digits: for Arabic
  digits the magnitude word (3200万 -> 4, 4.5亿 -> 8, 3千万 -> 7, 3200 -> 0); for Chinese
  numerals the trailing zeros of the written value (三千万 and 近千万 -> 7, 一千二百万 -> 6,
  近千 -> 3, 二十 -> 1). ``digits`` is the written significant part ("18.6", "3200", "15";
  for Chinese numerals the Arabic digits of the value over 10**magnitude, e.g. "12" for
  一千二百万; a bare order word keeps its character: "千" for 近千万, "百" for 上百).

Intervals (``lo``, ``hi``; endpoints are not marked open or closed)
===================================================================

Let *V* be the written value, *ulp* the place value of the last written digit
(63.41 -> 0.01; 12.3万 -> 1000; 24万 -> 10000) and *step* the place value of the last
non-zero written digit (300 -> 100; 1500 -> 100; 15万 -> 10000; 10万 -> 100000;
1.5万 -> 1000).

Exact figures carry their rounding:

- a decimal is ``V ± ulp/2``: 63.41% -> [63.405, 63.415]; 12.3万 -> [122500, 123500];
- an integer with a magnitude word is ``V ± ulp/2``: 24万 -> [235000, 245000]; for a
  Chinese numeral containing 万/亿 the rounding is at its trailing zeros
  (三千万 -> [2.5e7, 3.5e7], 五万 -> [45000, 55000]);
- an integer percentage, point, multiple (倍), 成 or physical measure is ``V ± 0.5`` of its
  last digit: 17% -> [16.5, 17.5]; 六成 -> [55, 65]; 18公里 -> [17.5, 18.5];
- any other integer (counts, money, bare numbers) is exact: 3200人次 -> [3200, 3200].

Hedges widen it (``direction`` in brackets):

- 近/将近/接近/几近 ("<"): just under, ``[0.9 V, V]``: 近24万 -> [216000, 240000];
- 不到/不足/低于/少于/未满/不超过/最多/至多, and 以下/以内 after ("<"): ``[0, V]``;
- 多/余 after the number (">"): above by less than one step, ``(V, V + step)``:
  15万余 -> (150000, 160000); 300多 -> (300, 400); 十多万 -> (100000, 200000);
- 超/超过/超出/逾/突破/过(万/亿)/高于/多于/大于/至少, and 以上/开外 after (">"): the same
  ``(V, V + step]``: 超90% -> (90, 100]; 超六成 -> (60, 70]; 逾万 -> (10000, 20000];
- 约/大约/大概/约为/约有..., and 左右/上下 after ("~"): ``±5 %`` of V, widened to at
  least the rounding interval: 约300 -> [285, 315]; 来 (十来个, 30来岁) is "~" with at
  least ``± step/2``;
- several hedges on one figure (约…左右, 近…余) take the hull of their intervals
  (direction "~" when they disagree).

Ranges (direction "range"; ``value`` is the midpoint of the nominal ends):

- 数/几 stand for 1…10 of their place: 数千 -> [1000, 10000]; 几十 -> [10, 100];
  十几 -> [11, 20]; 二十几 -> [21, 30]; 几 alone -> [1, 10];
- 上 + order word is [X, 2X]: 上百 -> [100, 200]; 上千万 -> [1e7, 2e7];
- two adjacent digits: 三四个 -> [3, 4]; 五六万 -> [50000, 60000]; 十七八 -> [17, 18];
- an explicit range is ONE Quantity from the first to the second figure, connectors
  ～ ~ 〜 — – - 至 到 (only when the first figure is not larger and the units agree).
  The range runs between the nominal ends (rounding is not added): 3万～5万元 ->
  [30000, 50000]. A magnitude written only on the second figure applies to both:
  3～5万元 -> [30000, 50000] (GB/T 15835 calls that form ambiguous, but the reading is
  clear). The first figure must be bare or in the same unit as the second. A hyphen joins
  a range only when the second figure has a unit (20-30%), so a score 3-1 stays apart.

Not quantities (``kind`` other than "quantity"; their ``dim`` is "")
===================================================================

``year`` (2023年, 二〇二三年, 二○○一年, 2019—2021年, 23年底, 2023赛季), ``date``
(2023年8月31日, 8月31日, 8月份, 5日, 2022-08-31, 一季度, 80年代, 21世纪), ``time``
(10:30, 9时30分, 上午九点), ``ordinal`` (第3, 第三届, 十一届, 一期, 3号线, 三年级, 500强,
一级), ``phone`` (11-digit mobiles, 010-12345678, numbers after 电话/热线/拨打), ``code``
(digits touching Latin letters: 5G, G15, H5N1, iPhone15, 737MAX, COVID-19; 歼-20;
波音737; 80后; version numbers 1.2.3; 12+ digit strings; 邮编), ``docnum`` (〔2023〕12号,
1号文件), and ``ratio`` (3:1, 7.1∶38.2∶56.3). For these ``lo == hi == value`` (the first
number; for a date the day, or the month), and ``digits`` holds the written form (for dates
"2023-08-31", "08-31", "23-05"). A four-digit number from 1000 to 2100 followed by 年, with
no hedge, is a year; other N年 are durations (工作了23年, 近3年, 1000多年).

Precision over recall for Chinese numerals: a Chinese numeral is reported only when a
unit or classifier follows (一个, 三成, 五万元), or, without a unit, when a hedge or 多/余
makes it a figure (近千万, 十多). A bare order word (百, 千, 万) needs a hedge, 数/上 or
多/余 (百家, 万人, 千家万户 are not figures; 上百家, 近千元, 百余家 are). Words such as
一些, 一起, 统一, 唯一, 万一, 之一, 十分, 百姓, 千万不要, 一方面, 一部分, 一次性, 四处,
上一年 yield nothing. Single 一 before a classifier (一个, 一项) IS returned, with value 1.

Known limitations: 近 also means "the last ..." (近3年) and is still read as a hedge;
mixed long forms such as 10亿零817万5288 come out as separate figures; 半 is only read in
个半 / 年半; years written with four digits but meaning durations (用了1500年) are read
as years; Chinese numerals without a unit or hedge (达三万) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import lazy

__all__ = ["Quantity", "parse_quantities", "parse_quantity", "APPROX_BAND", "NEAR_BAND"]

APPROX_BAND = 0.05  # 约/左右: ± this fraction of the value
NEAR_BAND = 0.10  # 近/将近: down to (1 - this) of the value


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure in the text: a value, its interval, its unit and what it can be compared with."""

    start: int  # offset in the text passed in (code points)
    end: int  # exclusive; covers hedge words, number, magnitude and unit ("近24万套")
    text: str  # text[start:end]
    value: float  # written value, magnitude applied: 近24万套 -> 240000; 六成 -> 60 (unit %)
    lo: float  # interval lower bound, in ``unit`` (see the module docstring)
    hi: float  # interval upper bound
    unit: str  # canonical unit ("套", "元", "%", "百分点", "公里", "公里/小时"); "" when bare
    dim: str  # "count:套", "money:元", "percent", "points", "times", "[length]", ...; ""
    hedge: str  # the hedge words as written, joined by "…" ("约…左右"); "" when exact
    direction: str  # "=", "<" (近, 不到), ">" (余, 多, 超, 以上), "~" (约, 左右), "range"
    magnitude: int  # power of ten written after the digits: 3200万 -> 4, 近千万 -> 7
    digits: str  # significant written digits: "18.6", "3200", "15", "千" (近千万)
    kind: str  # "quantity", "year", "date", "time", "ordinal", "phone", "code", "docnum", "ratio"

    # The interval in the dimension's base unit (m, kg, m², K; percent for ‰), computed on
    # access: only a comparison between two units of one dimension needs pint.
    @property
    def base_lo(self) -> float:
        return _to_base(self, self.lo)

    @property
    def base_hi(self) -> float:
        return _to_base(self, self.hi)


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


def _unit_alternation(arabic: bool) -> str:
    entries = []
    for written, _c, _cat, flags, ex in _UNIT_SPEC:
        if not arabic and "A" in flags:
            continue
        pat = re.escape(written) + _exclusion(ex)
        if "L" in flags:
            pat += "(?![A-Za-z])"
        entries.append((written, pat))
    # longest first so that 千瓦时 wins over 千瓦, 人次 over 人, 个百分点 over 个
    entries.sort(key=lambda e: -len(e[0]))
    return "|".join(p for _w, p in entries)


def _denominator_alternation() -> str:
    keys = sorted(_DENOMINATORS, key=len, reverse=True)
    return (
        "/(?:"
        + "|".join(re.escape(k) + ("(?![A-Za-z])" if k.isascii() else "") for k in keys)
        + ")"
    )


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
        "(?P<ar>(?P<a>" + _AR_NUM + ")(?P<as1>多|余|来(?=[万亿千百个岁年天人名家次件户位]))?"
        "(?P<am>万亿|千亿|百亿|千万|百万|万|亿|千(?![瓦克米帕焦伏赫卡兆字分])|百(?!分))?"
        "(?P<as2>多|余)?"
        "(?:(?P<au>" + _UNITS_A + ")(?P<ad>" + _DEN + ")?(?P<as3>" + _DUO3 + ")?)?"
        "(?P<ap>" + _POST + ")?)",
        # Chinese figures
        "(?P<cn>(?<![" + _CNC + "数统唯之同单专划归合逐不其初期周拜])"
        "(?P<c>(?:[数上](?=[十百千万亿]))?["
        + _CNC
        + "]+(?:点[零〇一二三四五六七八九]+[十百千万亿]*)?)"
        "(?:(?P<cr>[至到～~〜—])(?P<c2>[" + _CNC + "]+))?"
        "(?P<cs1>多|余|来)?(?P<cm>万亿|千万|百万|万|亿)?(?P<cs2>多|余)?"
        "(?:(?P<cu>"
        + _UNITS_C
        + ")(?P<cd>"
        + _DEN
        + ")?(?P<cs3>"
        + _DUO3
        + ")?|(?<=[十百千万亿多余]))"
        "(?P<cp>" + _POST + ")?)",
    ]
)

_MASTER = re.compile(_MASTER_SRC)

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
_CANDIDATE = re.compile(
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
_DIGITS = frozenset("0123456789０１２３４５６７８９")
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


def _cn_int(s: str, ji: int = 1) -> int | None:
    """Integer value of a Chinese numeral (一千二百万, 两千, 三万五, 千万, 十几 with 几=ji)."""
    total = 0
    wan = 0
    sec = 0
    num = -1
    prev = ""
    last_small = 10**9
    last_order = 0
    for ch in s:
        if ch == "几":
            d = ji
        else:
            d = _CN_DIGIT.get(ch)
        if d is not None:
            if prev == "d":
                return None
            if d == 0 and ch != "几":
                prev = "z"
                num = -1
                continue
            num = d
            prev = "d"
            continue
        u = _CN_SMALL.get(ch)
        if u is not None:
            if u >= last_small or prev == "s":
                return None
            if num < 0:
                num = 1
            sec += num * u
            num = -1
            last_small = u
            last_order = u
            prev = "s"
            continue
        if ch == "万":
            if prev == "b" and last_order == 10**4:
                return None
            v = sec + max(num, 0)
            if v == 0:
                v = 1
            wan += v * 10**4
            sec = 0
            num = -1
            last_small = 10**9
            last_order = 10**4
            prev = "b"
            continue
        if ch == "亿":
            v = wan + sec + max(num, 0)
            if v == 0:
                v = 1
            total = (total + v) * 10**8
            wan = sec = 0
            num = -1
            last_small = 10**9
            last_order = 10**8
            prev = "b"
            continue
        return None
    value = total + wan + sec
    if num >= 0:
        if len(s) >= 2 and s[-2] in _CN_ORDER_CHARS and last_order >= 100:
            value += num * (last_order // 10)  # 一万二 = 12000, 一百五 = 150
        else:
            value += num
    return value


_CN_DEC = lazy("(.*)点([零〇一二三四五六七八九]+)([十百千万亿]*)$")


def _cn_value(s: str, ji: int = 1) -> tuple[int, int] | None:
    """(mantissa, exponent) of a Chinese numeral with an optional 点 decimal part."""
    if "点" in s:
        m = _CN_DEC.match(s)
        if not m:
            return None
        ip = _cn_int(m.group(1), ji) if m.group(1) else 0
        if ip is None:
            return None
        frac = "".join(str(_CN_DIGIT[c]) for c in m.group(2))
        mult = _cn_int(m.group(3)) if m.group(3) else 1
        if mult is None:
            return None
        mant = ip * 10 ** len(frac) + int(frac)
        exp = -len(frac)
        # fold the multiplier (power of ten) in
        e = 0
        while mult % 10 == 0 and mult > 1:
            mult //= 10
            e += 1
        return mant * mult, exp + e
    v = _cn_int(s, ji)
    if v is None:
        return None
    return v, 0


def _cn_digit_run(core: str) -> bool:
    """True when the numeral is written digit by digit (二〇二三, 九八)."""
    return len(core) >= 2 and all(c in _CN_DIGIT for c in core)


def _steps(digits: str, mag: int) -> tuple[int, int, int]:
    """(mantissa, exponent of the last written digit (ulp), exponent of the last non-zero one)."""
    if "." in digits:
        ip, fp = digits.split(".", 1)
    else:
        ip, fp = digits, ""
    alld = ip + fp
    mant = int(alld) if alld else 0
    e_ulp = mag - len(fp)
    stripped = alld.rstrip("0")
    if not stripped or mant == 0:
        e_step = e_ulp
    else:
        e_step = e_ulp + (len(alld) - len(stripped))
    return mant, e_ulp, e_step


def _scaled(mant: int, exp: int) -> float:
    if exp >= 0:
        return float(mant * 10**exp)
    return mant / 10 ** (-exp)


def _half_steps(mant: int, exp: int) -> tuple[float, float]:
    """(mant - 1/2, mant + 1/2) * 10**exp, correctly rounded."""
    if exp >= 1:
        return float((2 * mant - 1) * 10**exp // 2), float((2 * mant + 1) * 10**exp // 2)
    d = 2 * 10 ** (-exp)
    return (2 * mant - 1) / d, (2 * mant + 1) / d


def _pow10(e: int) -> float:
    return float(10**e) if e >= 0 else 1 / 10 ** (-e)


def _fmt_digits(mant: int, exp: int) -> str:
    """Written significant digits of mant * 10**exp with trailing zeros moved to the magnitude."""
    if exp >= 0:
        return str(mant)
    s = str(mant).rjust(-exp + 1, "0")
    return s[:exp] + "." + s[exp:]


def _interval(
    value: float, rlo: float, rhi: float, step: float, classes: list[str]
) -> tuple[float, float, str]:
    if not classes:
        return rlo, rhi, "="
    los: list[float] = []
    his: list[float] = []
    dirs = set()
    for c in classes:
        dirs.add(_DIRECTION[c])
        if c == "near":
            los.append(value * (1 - NEAR_BAND))
            his.append(value)
        elif c == "under":
            los.append(min(0.0, value))
            his.append(value)
        elif c in ("over", "duo"):
            los.append(value)
            his.append(value + step)
        elif c == "approx":
            los.append(min(rlo, value - abs(value) * APPROX_BAND))
            his.append(max(rhi, value + abs(value) * APPROX_BAND))
        else:  # lai
            los.append(min(rlo, value - abs(value) * APPROX_BAND, value - step / 2))
            his.append(max(rhi, value + abs(value) * APPROX_BAND, value + step / 2))
    direction = dirs.pop() if len(dirs) == 1 else "~"
    return min(los), max(his), direction


def _phys_dim(unit: str) -> str | None:
    """The dimension of a physical unit: the static table first, pint for anything else."""
    try:
        return _DIM_CACHE[unit]
    except KeyError:
        pass
    from lint_news import units

    try:
        dim: str | None = units.dimension(unit)
    except Exception:  # pint missing or a unit it cannot parse: compare by name only
        dim = None
    _DIM_CACHE[unit] = dim
    return dim


_DIM_CACHE: dict[str, str | None] = {}


def _pint_unit(q: Quantity) -> str:
    num, _, den = q.unit.partition("/")
    return q.unit if (not den or den in _PHYS_DEN) else num


def _to_base(q: Quantity, v: float) -> float:
    if q.dim.startswith("["):
        from lint_news import units

        return units.to_base(v, _pint_unit(q))
    if q.unit == "‰":
        return v / 10
    return v


def interval_in(q: Quantity, ref: Quantity) -> tuple[float, float]:
    """``q``'s interval expressed in ``ref``'s unit, for comparing two figures of one dimension.

    Physical figures in the same unit compare as written, so pint is loaded only when the
    units differ (18公里 against 18米); other figures compare on their base scale (‰ as %).
    """
    if q.dim.startswith("[") and ref.dim.startswith("["):
        if q.unit == ref.unit:
            return q.lo, q.hi
        from lint_news import units

        scale, off = units.base_factor(_pint_unit(ref))[0], units.base_offset(_pint_unit(ref))
        return (q.base_lo - off) / scale, (q.base_hi - off) / scale
    return q.base_lo, q.base_hi


# --------------------------------------------------------------------------------------
# Building records
# --------------------------------------------------------------------------------------


class _Rec:
    """Mutable draft of a Quantity (merged into ranges and dates before freezing)."""

    __slots__ = (
        "start",
        "end",
        "value",
        "lo",
        "hi",
        "unit",
        "dim",
        "hedge",
        "direction",
        "magnitude",
        "digits",
        "kind",
        "cat",
        "year_like",
        "script",
        "has_mag",
    )

    def __init__(self) -> None:
        self.unit = ""
        self.dim = ""
        self.hedge = ""
        self.direction = "="
        self.magnitude = 0
        self.digits = ""
        self.kind = "quantity"
        self.cat = ""
        self.year_like = False
        self.script = "a"
        self.has_mag = False


def _ordinal(r: _Rec, s: int, end: int, value: float) -> _Rec:
    """第 before a number: an ordinal (第3, 第十二条), never a checkable quantity."""
    r.start = s - 1
    r.end = end
    r.value = r.lo = r.hi = value
    r.kind = "ordinal"
    return r


def _collect_hedges(
    r: _Rec,
    classes: list[str],
    hedges: list[str],
    prefix: tuple[str, str, int],
    suffixes: tuple[str, ...],
    u: object,
    post: str,
    end: int,
) -> None:
    """Gather a figure's hedges (近…, …余, 多, …左右) in order; extend the span over them."""
    hw, hc, hs = prefix
    if hc:
        r.start = hs
        classes.append(hc)
        hedges.append(hw)
    for sx in suffixes:
        if sx:
            classes.append(_SUFFIX_CLASS[sx])
            hedges.append(sx)
    if u is not None and u.duo:  # type: ignore[attr-defined]
        classes.append("duo")
        hedges.append("多")
    if post:
        classes.append(_POST_CLASS[post])
        hedges.append(post)
    r.end = end


def _freeze(text: str, r: _Rec) -> Quantity:
    lo, hi = r.lo, r.hi
    unit = r.unit
    dim = r.dim
    if r.kind != "quantity":
        dim = ""
    elif r.cat == "phys":
        num, _, den = unit.partition("/")
        pdim = _phys_dim(unit) if (not den or den in _PHYS_DEN) else _phys_dim(num)
        if pdim is None:
            dim = "unit:" + unit
        else:
            dim = pdim if (not den or den in _PHYS_DEN) else pdim + "/" + den
    return Quantity(
        r.start,
        r.end,
        text[r.start : r.end],
        r.value,
        lo,
        hi,
        unit,
        dim,
        r.hedge,
        r.direction,
        r.magnitude,
        r.digits,
        r.kind,
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


def _set_unit(r: _Rec, written: str, den: str | None) -> _Unit:
    u = _UNITS[written]
    r.cat = u.cat
    r.unit = u.canon
    r.dim = u.dim
    if den:
        d = _DENOMINATORS[den[1:]]
        r.unit = u.canon + "/" + d
        if u.cat not in ("phys",):
            r.dim = (u.dim or u.canon) + "/" + d
    return u


def _prefix_hedge(text: str, s: int, bare_order: bool) -> tuple[str, str, int]:
    """(hedge text, class, new start) of a hedge written just before position s."""
    if not s or text[s - 1] not in _PREFIX_LAST:
        return "", "", s  # no hedge word ends here (the usual case)
    for n in (3, 2, 1):
        if s < n:
            continue
        w = text[s - n : s]
        c = _PREFIX.get(w)
        if c is None:
            continue
        if n == 1:
            block = _PREFIX_BLOCK.get(w)
            if block is not None and s >= 2 and text[s - 2] in block:
                continue
            if w == "过" and not bare_order:
                continue
        return w, c, s - n
    return "", "", s


def _code(text: str, s: int, e: int, value: float, digits: str) -> _Rec:
    """A code: extend over the whole Latin/digit token."""
    ls = s
    while ls > 0 and (text[ls - 1] in _LATIN or text[ls - 1] in _DIGITS or text[ls - 1] in "-_"):
        ls -= 1
    while ls < s and text[ls] in "-_":
        ls += 1
    m = _TOKEN_FWD.match(text, e)
    le = m.end() if m else e
    r = _Rec()
    r.start, r.end = ls, max(le, e)
    r.value = r.lo = r.hi = value
    r.digits = digits
    r.kind = "code"
    return r


def _plain(kind: str, s: int, e: int, value: float, digits: str, unit: str = "") -> _Rec:
    r = _Rec()
    r.start, r.end = s, e
    r.value = r.lo = r.hi = value
    r.digits = digits
    r.kind = kind
    r.unit = unit
    return r


def _norm(s: str) -> str:
    return s.translate(_FW)


def _int_of(s: str) -> int:
    return int(_norm(s))


def _cn_small_int(s: str) -> int:
    if all(c in _DIGITS for c in s):
        return _int_of(s)
    v = _cn_int(s)
    return v if v is not None else 0


# ----- Arabic -------------------------------------------------------------------------


def _arabic(text: str, m: re.Match[str]) -> _Rec | None:
    s = m.start()
    raw = m.group("a")
    e_core = m.end("a")
    digits = _norm(raw).replace(",", "")
    prev = text[s - 1] if s else ""
    unit_w = m.group("au")
    nxt = text[e_core] if e_core < len(text) else ""

    # --- codes: digits touching Latin letters, 歼-20, COVID-19, versions, long ids
    if (
        prev in _LATIN
        or (prev and prev in "_=&?#@")
        or (prev == "/" and s >= 2 and (text[s - 2] in _LATIN or text[s - 2] in "_./-"))
    ):
        return _code(text, s, e_core, float(digits) if _isnum(digits) else 0.0, digits)
    if nxt in _LATIN and not (unit_w and _UNITS[unit_w].cat == "phys" and m.start("au") == e_core):
        return _code(text, s, e_core, float(digits) if _isnum(digits) else 0.0, digits)
    if nxt == "." and e_core + 1 < len(text) and text[e_core + 1] in _DIGITS:
        return _code(text, s, e_core, 0.0, digits)
    sign = 1
    if prev and prev in "-−－":
        p2 = text[s - 2] if s >= 2 else ""
        if p2 in _LATIN or (not unit_w and p2 and p2 not in _DIGITS and not p2.isspace()):
            return _code(text, s, e_core, float(digits), digits)
        if unit_w and p2 not in _DIGITS:
            sign = -1
    if len(digits) >= 12 and "." not in digits:
        return _plain("code", s, e_core, float(digits), digits)
    before = text[max(0, s - 8) : s]
    # (each context word ends at most a colon, a space and a newline before the digits: a
    # cheap test on the last four characters first)
    if (
        not unit_w
        and len(digits) >= 5
        and not _PHONE_LAST.isdisjoint(before[-4:])
        and _PHONE_CTX.search(before)
    ):
        return _plain("phone", s, e_core, float(digits), digits)
    if not _CODE_LAST.isdisjoint(before[-4:]) and _CODE_CTX.search(before):
        r = _plain("code", s, e_core, float(digits), digits)
        tm = _TOKEN_FWD.match(text, e_core)
        if tm:
            r.end = max(r.end, tm.end())
        return r

    am = m.group("am")
    s1 = m.group("as1")
    s2 = m.group("as2")
    s3 = m.group("as3")
    post = m.group("ap")
    end = m.end()
    r = _Rec()
    r.start = s
    u = None
    cat = ""
    if unit_w:
        u = _UNITS[unit_w]
        if (
            u.cat == "gen"
            and not (len(digits) == 2 and digits.endswith("0") and not am and not s1 and not s2)
        ) or (unit_w == "起" and am):
            u = unit_w = None  # 3后 is not a generation label, 2.8万起 is a price from
            s3 = post = None
            end = _end_before_unit(m, "a")
    if unit_w:
        u = _set_unit(r, unit_w, m.group("ad"))
        cat = u.cat
        if s3 and not (cat in ("phys", "times", "cheng") or u.canon in _DUO_OK):
            # 多 after a plain classifier belongs to the next word
            end = m.end("ad") if m.group("ad") else m.end("au")
            s3 = None
            post = None
    elif _CODE_AFTER.match(text, end):
        return _code(text, s, end, float(digits), digits)
    mag = _MAG[am] if am else 0
    r.magnitude = mag
    r.digits = digits
    r.has_mag = bool(am)
    mant, e_ulp, e_step = _steps(digits, mag)
    value = _scaled(mant, e_ulp)
    is_int = "." not in digits

    if prev == "第":  # ordinal: 第3, 第12条
        return _ordinal(r, s, end, value)

    # calendar and serial-number units
    if cat in (
        "year",
        "month",
        "day",
        "hao",
        "dot",
        "ordinal",
        "docnum",
        "quarter",
        "decade",
        "century",
        "gen",
        "ji",
    ):
        res = _arabic_calendar(text, m, r, cat, digits, value, is_int, s1 or s2 or s3, end)
        if res is not None:
            return res
        cat = r.cat
    # bare 4-digit years before 赛季/学年/年度/届
    if not unit_w and is_int and len(digits) == 4 and 1000 <= value <= 2100 and not am and not s1:
        if value >= 1900 and _SEASON_AFTER.match(text, end):
            r.end = end
            r.value = r.lo = r.hi = value
            r.kind = "year"
            r.year_like = True
            return r
        r.year_like = True
    if not unit_w and prev and prev in "$￥¥" and not am:
        # $100, ￥100
        r.start = s - 1
        r.unit = "美元" if prev == "$" else "元"
        r.dim = "money:" + r.unit
        r.cat = "money"
        cat = "money"

    # hedges
    classes: list[str] = []
    hedges: list[str] = []
    if sign < 0:
        r.start = s - 1
    elif unit_w and r.start >= 2 and text[r.start - 2 : r.start] == "零下":
        r.start -= 2
        sign = -1
    hw, hc, hs = _prefix_hedge(text, r.start, False)
    _collect_hedges(r, classes, hedges, (hw, hc, hs), (s1, s2, s3), u, post, end)

    rounding = (
        not is_int
        or bool(am)
        or cat in ("pct", "permille", "points", "times", "cheng", "phys", "ji", "dot")
    )
    if rounding:
        rlo, rhi = _half_steps(mant, e_ulp)
    else:
        rlo = rhi = value
    if u is not None and u.half:
        value, rlo, rhi = value + 0.5, rlo + 0.5, rhi + 0.5
    step = _pow10(e_step)
    lo, hi, direction = _interval(value, rlo, rhi, step, classes)
    if cat == "cheng":
        value, lo, hi = value * 10, lo * 10, hi * 10
    if sign < 0:
        value, lo, hi = -value, -hi, -lo
    r.value, r.lo, r.hi = value, lo, hi
    r.direction = direction
    r.hedge = "…".join(hedges)
    if not classes:
        r.hedge = ""
    return r


_DUO_OK = frozenset(["年", "个月", "天", "小时", "分钟", "周", "岁", "秒", "周年", "工作日"])


def _isnum(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


def _arabic_calendar(
    text: str,
    m: re.Match[str],
    r: _Rec,
    cat: str,
    digits: str,
    value: float,
    is_int: bool,
    hedged: str | None,
    end: int,
) -> _Rec | None:
    """Years, months, days, ordinals ... after Arabic digits; None = treat as a quantity."""
    s = m.start()
    prev_hedge = _prefix_hedge(text, s, False)[1]
    plain_int = is_int and not m.group("am") and not hedged and not prev_hedge
    if cat == "year":
        if plain_int and len(digits) == 4 and 1000 <= value <= 2100:
            r.kind = "year"
        elif plain_int and len(digits) == 2 and _YEAR_AFTER.match(text, m.end("au")):
            r.kind = "year"
        else:
            return None
        r.year_like = True
    elif cat == "month":
        if plain_int and 1 <= value <= 12:
            r.kind = "date"
            end = m.end("au")
        else:
            r.cat = "count"
            r.unit = "个月"
            r.dim = "count:个月"
            return None
    elif cat == "day":
        after = text[m.end("au") : m.end("au") + 2]
        if (
            plain_int
            and 1 <= value <= 31
            and not after.startswith(("内", "以内", "之内", "来", "以来"))
        ):
            r.kind = "date"
            end = m.end("au")
        else:
            r.cat = "count"
            r.unit = "天"
            r.dim = "count:天"
            return None
    elif cat == "hao":
        r.kind = "ordinal"
        end = m.end("au")
    elif cat == "docnum":
        r.kind = "docnum"
        end = m.end("au")
    elif cat in ("ordinal", "quarter", "decade", "century"):
        r.kind = "ordinal" if cat == "ordinal" else "date"
        end = m.end("au")
    elif cat == "gen":
        r.kind = "code"
        end = m.end("au")
    elif cat == "ji":
        return None
    elif cat == "dot":
        ctx = text[max(0, s - 4) : s]
        after_pos = m.end("au")
        if (
            plain_int
            and value <= 24
            and (_TIME_CTX.search(ctx) or text.startswith(_TIME_AFTER, after_pos))
        ):
            r.kind = "time"
            end = after_pos
        else:
            return None
    else:
        return None
    r.end = end
    r.value = r.lo = r.hi = value
    return r


def _end_before_unit(m: re.Match[str], p: str) -> int:
    """End of the number, its 多/余 and its magnitude word, without the unit."""
    g = ("a", "as1", "am", "as2") if p == "a" else ("c", "c2", "cs1", "cm", "cs2")
    return max(m.end(x) for x in g if m.group(x) is not None)


# ----- Chinese ------------------------------------------------------------------------


def _cn_parse_core(core: str) -> tuple[float, float, float, int, str, float, float, bool] | None:
    """(value, lo, hi, magnitude, digits, ulp, step, is_range) of a Chinese numeral core."""
    if core[0] == "上":
        base = _cn_int(core[1:])
        if base is None:
            return None
        mag = _trailing_zeros(base)
        digits = core[1:].rstrip("万亿") or core[1:]
        return (
            float(base) * 1.5,
            float(base),
            float(2 * base),
            mag,
            digits,
            _pow10(mag),
            _pow10(mag),
            True,
        )
    if core[0] == "数":
        core = "几" + core[1:]
    if "几" in core:
        lo = _cn_value(core, 1)
        hi = _cn_value(core, 10)
        if lo is None or hi is None:
            return None
        vlo, vhi = _scaled(*lo), _scaled(*hi)
        mag = _trailing_zeros(int(vlo)) if vlo == int(vlo) else 0
        return (vlo + vhi) / 2, vlo, vhi, mag, core, _pow10(mag), _pow10(mag), True
    # adjacent pair: 三四, 五六万, 十七八
    pair_at = -1
    int_len = core.find("点")
    if int_len < 0:
        int_len = len(core)
    for i in range(int_len - 1):
        a, b = core[i], core[i + 1]
        if a in _CN_DIGIT and b in _CN_DIGIT and a not in "零〇○":
            if pair_at >= 0:
                return None
            pair_at = i
    if pair_at >= 0:
        a, b = _CN_DIGIT[core[pair_at]], _CN_DIGIT[core[pair_at + 1]]
        if (a, b) not in _PAIR_OK or core[pair_at] in "零〇○" or core[pair_at + 1] in "零〇○":
            return None
        lo_s = core[: pair_at + 1] + core[pair_at + 2 :]
        hi_s = core[:pair_at] + core[pair_at + 1 :]
        lo = _cn_value(lo_s)
        hi = _cn_value(hi_s)
        if lo is None or hi is None:
            return None
        vlo, vhi = _scaled(*lo), _scaled(*hi)
        mag = _trailing_zeros(int(vlo)) if vlo == int(vlo) else 0
        return (vlo + vhi) / 2, vlo, vhi, mag, core, _pow10(mag), _pow10(mag), True
    mv = _cn_value(core)
    if mv is None:
        return None
    mant, exp = mv
    if exp >= 0:
        iv = mant * 10**exp
        mag = _trailing_zeros(iv)
        sig = iv // 10**mag if iv else 0
        digits = str(sig)
        value = float(iv)
    else:
        # strip trailing zeros of the decimal mantissa only into the digits string
        value = _scaled(mant, exp)
        mag = 0
        digits = _fmt_digits(mant, exp)
        mag_e = exp
        return value, value, value, 0, digits, _pow10(mag_e), _pow10(mag_e), False
    if all(c in _CN_ORDER_CHARS for c in core):
        d = core.rstrip("万亿") or core
        digits = d
    return value, value, value, mag, digits, _pow10(mag), _pow10(mag), False


def _trailing_zeros(v: int) -> int:
    if v <= 0:
        return 0
    n = 0
    while v % 10 == 0:
        v //= 10
        n += 1
    return n


_CN_IDIOMS = frozenset(["一起", "四处", "四周", "一道", "八方", "一时"])


def _chinese(text: str, m: re.Match[str]) -> _Rec | None:
    s = m.start()
    core = m.group("c")
    c2 = m.group("c2")
    unit_w = m.group("cu")
    cs1, cs2, cs3 = m.group("cs1"), m.group("cs2"), m.group("cs3")
    cm = m.group("cm")
    post = m.group("cp")
    prev = text[s - 1] if s else ""
    if core in ("零", "〇", "○"):
        return None  # 零件, 零点
    bare_order = all(c in _CN_ORDER_CHARS for c in core)
    hw, hc, hs = _prefix_hedge(text, s, bare_order)
    suffix = cs1 or cs2

    if unit_w is None:
        if not (hc or suffix or core[0] in "数几"):
            return None
        if core[0] in "上" and not hc:
            return None
    elif bare_order and len(core) == 1 and not (hc or suffix or c2):
        # 百家, 千家万户, 万人: a lone order word before a classifier is an idiom
        if core != "十":
            return None
    if unit_w and (
        core + unit_w in _CN_IDIOMS or (core == "一" and prev and prev in "上下这那该本在")
    ):
        return None  # 一起 (together), 四处 (everywhere), 上一年 (last year), 在一块

    r = _Rec()
    r.script = "c"
    r.start = s
    end = m.end()
    u = None
    cat = ""
    if unit_w:
        u = _set_unit(r, unit_w, m.group("cd"))
        cat = u.cat
        if cs3 and not (cat in ("phys", "times", "cheng") or u.canon in _DUO_OK):
            end = m.end("cd") if m.group("cd") else m.end("cu")
            cs3 = None
            post = None

    # digit-by-digit numerals: years (二〇二三年, 九八年)
    if _cn_digit_run(core) and not c2:
        a, b = _CN_DIGIT[core[0]], _CN_DIGIT[core[1]]
        is_pair = (
            len(core) == 2
            and (a, b) in _PAIR_OK
            and core[0] not in "零〇○"
            and core[1] not in "零〇○"
        )
        if not is_pair:
            if cat == "year" and not (hc or suffix):
                digits = "".join(str(_CN_DIGIT[c]) for c in core)
                rr = _plain("year", s, m.end("cu"), float(digits), digits, "年")
                rr.year_like = True
                return rr
            return None

    parsed = _cn_parse_core(core)
    if parsed is None:
        return None
    value, lo0, hi0, mag, digits, ulp, step, is_range = parsed
    if c2:
        p2 = _cn_parse_core(c2)
        if p2 is None or p2[0] < value:
            return None
        is_range = True
        value = (value + p2[0]) / 2
        hi0 = p2[2]
        mag = p2[3]
        digits = digits + m.group("cr") + p2[4]
    if cm:
        f = 10 ** _MAG[cm]
        value, lo0, hi0 = value * f, lo0 * f, hi0 * f
        ulp *= f
        step *= f
        mag += _MAG[cm]
    has_wan = ("万" in core or "亿" in core or bool(cm)) and not is_range
    r.magnitude = mag
    r.digits = digits
    r.has_mag = has_wan

    if prev == "第":
        return _ordinal(r, s, end, value)
    if cat in (
        "year",
        "month",
        "day",
        "hao",
        "ordinal",
        "docnum",
        "quarter",
        "decade",
        "century",
        "ji",
    ):
        plain = not (hc or suffix or is_range)
        if cat == "year" and not plain:
            pass  # 三四年, 十多年: a duration
        elif cat == "year":
            pass  # 十年, 两年: a duration (years in Chinese are digit by digit)
        elif cat == "month" and not (hc or suffix) and 1 <= lo0 <= hi0 <= 12:
            # 八月, 七八月份: calendar months
            return _plain("date", s, m.end("cu"), value, digits, "月")
        elif cat == "month":
            r.unit, r.dim, cat = "个月", "count:个月", "count"
        elif cat == "day" and plain and 1 <= value <= 31:
            return _plain("date", s, m.end("cu"), value, digits, "日")
        elif cat == "day":
            r.unit, r.dim, cat = "天", "count:天", "count"
        elif cat in ("hao", "ordinal", "ji"):
            return _plain("ordinal", s, m.end("cu"), value, digits, u.canon if u else "")
        elif cat == "docnum":
            return _plain("docnum", s, m.end("cu"), value, digits, "号")
        else:
            return _plain("date", s, m.end("cu"), value, digits, u.canon if u else "")

    classes: list[str] = []
    hedges: list[str] = []
    _collect_hedges(r, classes, hedges, (hw, hc, hs), (cs1, cs2, cs3), u, post, end)
    if is_range:
        lo, hi, direction = lo0, hi0, "range"
    else:
        rounding = has_wan or cat in ("pct", "permille", "points", "times", "cheng", "phys")
        if rounding:
            if not has_wan and ulp > 1:
                ulp = 1.0  # 五十米 is 50 ± 0.5 like 50米; only 万/亿 round at the zeros
            rlo, rhi = value - ulp / 2, value + ulp / 2
        else:
            rlo = rhi = value
        if u is not None and u.half:
            value, rlo, rhi = value + 0.5, rlo + 0.5, rhi + 0.5
        lo, hi, direction = _interval(value, rlo, rhi, step, classes)
    if cat == "cheng":
        if value > 10:
            return None
        value, lo, hi = value * 10, lo * 10, hi * 10
    r.value, r.lo, r.hi = value, lo, hi
    r.direction = direction
    r.hedge = "…".join(hedges)
    return r


def _cn_percent(text: str, m: re.Match[str]) -> _Rec | None:
    kw = m.group("pck")
    p = _cn_parse_core(m.group("pcv"))
    if p is None:
        return None
    value, lo0, hi0, mag, digits, ulp, step, is_range = p
    r = _Rec()
    r.start = m.start()
    r.end = m.end()
    r.cat = "pct" if kw == "百分之" else "permille"
    r.unit = "%" if kw == "百分之" else "‰"
    r.dim = "percent"
    r.digits = digits
    if m.group("pcv2"):
        p2 = _cn_parse_core(m.group("pcv2"))
        if p2 is None or p2[0] < value:
            return None
        r.value = (value + p2[0]) / 2
        r.lo, r.hi = lo0, p2[2]
        r.direction = "range"
        return r
    hw, hc, hs = _prefix_hedge(text, r.start, False)
    classes = []
    hedges = []
    if hc:
        r.start = hs
        classes.append(hc)
        hedges.append(hw)
    post = m.group("pcp")
    if post:
        classes.append(_POST_CLASS[post])
        hedges.append(post)
    if is_range:
        r.value, r.lo, r.hi, r.direction = value, lo0, hi0, "range"
    else:
        if ulp > 1:
            ulp = 1.0  # 百分之五十 is 50 ± 0.5, like 50%
        rlo, rhi = value - ulp / 2, value + ulp / 2
        lo, hi, d = _interval(value, rlo, rhi, step, classes)
        r.value, r.lo, r.hi, r.direction = value, lo, hi, d
    r.hedge = "…".join(hedges)
    r.magnitude = 0
    return r


def _fraction(text: str, m: re.Match[str]) -> _Rec | None:
    d = _cn_int(m.group("frd"))
    n_lo = _cn_int(m.group("frn"), 1)
    n_hi = _cn_int(m.group("frn"), 10)
    if not d or n_lo is None or n_hi is None:
        return None
    r = _Rec()
    r.start, r.end = m.start(), m.end()
    r.unit = "%"
    r.dim = "percent"
    r.cat = "pct"
    r.digits = m.group(0)
    lo, hi = 100 * n_lo / d, 100 * n_hi / d
    r.value = (lo + hi) / 2
    r.lo, r.hi = lo, hi
    r.direction = "range" if n_lo != n_hi else "="
    hw, hc, hs = _prefix_hedge(text, r.start, False)
    if hc and n_lo == n_hi:
        r.start = hs
        r.lo, r.hi, r.direction = _interval(r.value, lo, hi, r.value * 0.1, [hc])
        r.hedge = hw
    return r


# ----- dispatch -----------------------------------------------------------------------


_NUM_RUN = lazy("[0-9０-９]+|[" + _CNC + "]+")


def _match_to_rec(text: str, m: re.Match[str]) -> _Rec | None:
    g = m.lastgroup
    if g == "ar":
        return _arabic(text, m)
    if g == "cn":
        return _chinese(text, m)
    s, e = m.start(), m.end()
    t = m.group(0)
    if g in ("ymd", "md", "iso"):
        nums = _NUM_RUN.findall(t)
        parts = []
        for x in nums:
            if all(c in _DIGITS for c in x):
                parts.append(_int_of(x))
            elif _cn_digit_run(x):
                parts.append(int("".join(str(_CN_DIGIT[c]) for c in x)))
            else:
                parts.append(_cn_small_int(x))
        if g == "md":
            parts = [0, *parts]
        if g == "ymd" and len(parts) == 2:
            parts.append(0)
        y, mo, d = parts[0], parts[1], parts[2]
        ys = (f"{y:02d}" if y < 100 else str(y)) if y else ""
        digits = "-".join(p for p in (ys, f"{mo:02d}", f"{d:02d}" if d else "") if p)
        return _plain("date", s, e, float(d or mo), digits)
    if g in ("hm", "hs", "hd", "ct"):
        first = _NUM_RUN.match(t)
        v = float(_cn_small_int(first.group(0))) if first else 0.0
        r = _plain("time", s, e, v, t)
        return r
    if g == "ph":
        return _plain("phone", s, e, 0.0, t)
    if g == "doc":
        return _plain("docnum", s, e, 0.0, t)
    if g == "ratio":
        return _plain("ratio", s, e, 0.0, _norm(t))
    if g == "pc":
        return _cn_percent(text, m)
    if g == "fr":
        return _fraction(text, m)
    return None


def _try_range(text: str, a: _Rec) -> _Rec | None:
    """Merge ``a`` with a figure after a range connector (3～5万元, 2019—2021年)."""
    pos = a.end
    if pos >= len(text) or text[pos] not in _CONNECTORS:
        return None
    if a.kind not in ("quantity", "year") or a.direction not in ("=",):
        return None
    conn = text[pos]
    m = _MASTER.match(text, pos + 1)
    if m is None or m.lastgroup not in ("ar", "cn"):
        return None
    if (m.lastgroup == "ar") != (a.script == "a"):
        return None
    b = _match_to_rec(text, m) if m.lastgroup == "ar" else None
    if b is None or b.start != pos + 1:
        return None
    if b.direction != "=":
        return None
    # years: 2019—2021年, 2019年—2021年
    if (a.kind == "year" or (a.year_like and not a.unit)) and (
        b.kind == "year" or (b.year_like and not b.unit)
    ):
        if a.kind == "year" or b.kind == "year":
            r = _plain("year", a.start, b.end, a.value, a.digits + conn + b.digits, "年")
            return r
        return None
    if b.kind in ("date",) and a.kind == "quantity" and not a.unit and a.digits.isdigit():
        r = _plain("date", a.start, b.end, b.value, a.digits + conn + b.digits, b.unit)
        return r
    if a.kind != "quantity" or b.kind != "quantity":
        return None
    if a.unit and a.unit != b.unit:
        return None
    aval = a.value
    if not a.has_mag and b.has_mag and not a.unit:
        f = _pow10(b.magnitude)
        if aval * f <= b.value:
            aval = aval * f  # 3～5万元: the magnitude applies to both ends
    if aval > b.value:
        return None
    if conn == "-" and (not b.unit or a.value == b.value):
        return None
    r = _Rec()
    r.start, r.end = a.start, b.end
    r.value = (aval + b.value) / 2
    r.lo, r.hi = aval, b.value
    r.unit, r.dim, r.cat = b.unit, b.dim, b.cat
    r.direction = "range"
    r.magnitude = b.magnitude
    r.digits = a.digits + conn + b.digits
    r.kind = "quantity"
    r.has_mag = b.has_mag
    r.script = a.script
    return r


def parse_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, in order, non-overlapping (see the module docstring)."""
    out: list[Quantity] = []
    pos = 0
    n = len(text)
    candidate = _CANDIDATE.search
    match = _MASTER.match
    while pos < n:
        c = candidate(text, pos)
        if c is None:
            break
        p = c.start()
        m = match(text, p)
        if m is None:
            pos = p + 1
            continue
        try:
            r = _match_to_rec(text, m)
        except (ValueError, ArithmeticError, KeyError, IndexError):
            r = None
        if r is None:
            pos = m.end() if m.end() > m.start() else m.start() + 1
            continue
        if r.start < pos:
            r.start = pos
        if r.kind in ("quantity", "year"):
            try:
                merged = _try_range(text, r)
            except (ValueError, ArithmeticError, KeyError, IndexError):
                merged = None
            if merged is not None:
                r = merged
        out.append(_freeze(text, r))
        pos = max(r.end, m.start() + 1)
    return out


def parse_quantity(s: str) -> Quantity | None:
    """The first figure in a short string, or None."""
    qs = parse_quantities(s)
    return qs[0] if qs else None
