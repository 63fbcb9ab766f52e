"""Arithmetic families parsed by role (whole, part, share, rate, base, value), not by the
punctuation of one example: the issue's quoted sentences, paraphrases of them (other nouns,
measure words, orders, with and without commas, across a sentence end) and look-alikes that
must stay silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import Rule, load_pack

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "rules" / "arithmetic.yaml"


@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    return load_pack(PACK)


def arith(rules: list[Rule], text: str) -> list:
    return list(lint_document(Document(text), rules))


def rule_ids(rules: list[Rule], text: str) -> set[str]:
    return {f.rule for f in arith(rules, text)}


# -- the examples quoted in issue 9 ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "excerpt", "related"),
    [
        (
            "全县共有学校120所，已完成改造96所，完成率达90%。",
            "rate-vs-counts",
            "90%",
            ["120所", "96所"],
        ),
        (
            "全县共有行政村215个，其中已有172个村开通了公交，通车率达90%。",
            "rate-vs-counts",
            "90%",
            ["172个", "215个"],
        ),
        ("在参保职工中，女性占47%，男性占58%。", "shares", "58%", ["47%"]),
        ("全市参保职工中女性占47%，男性占58%。", "shares", "58%", ["47%"]),
        ("一产占8%，二产占40%，三产占55%。", "shares", "55%", ["8%", "40%"]),
        ("全市三次产业结构为7.1:38.2:56.3。", "shares", "7.1:38.2:56.3", []),
        (
            "今年新建的1.8万套安置房中，货币化安置0.6万套，实物安置1.5万套。",
            "parts-vs-total",
            "1.5万套",
            ["0.6万套", "1.8万套"],
        ),
        (
            "全年完成投资120亿元，比上年的100亿元增长25%。",
            "growth-vs-values",
            "25%",
            ["100亿元", "120亿元"],
        ),
    ],
)
def test_issue_examples(
    rules: list[Rule], text: str, rule: str, excerpt: str, related: list[str]
) -> None:
    (f,) = [f for f in arith(rules, text) if f.rule == rule]
    assert text[f.start : f.end] == excerpt
    assert sorted(text[r.start : r.end] for r in f.related) == sorted(related)


@pytest.mark.parametrize(
    "text",
    [
        # the same sentences made right
        "全县共有学校120所，已完成改造96所，完成率达80%。",
        "全县共有行政村215个，其中已有172个村开通了公交，通车率达80%。",
        "在参保职工中，女性占47%，男性占53%。",
        "全市参保职工中女性占47%，男性占53%。",
        "一产占8%，二产占40%，三产占52%。",
        "全市三次产业结构为7.1:38.2:54.7。",
        "今年新建的1.8万套安置房中，货币化安置0.6万套，实物安置1.2万套。",
        "全年完成投资120亿元，比上年的100亿元增长20%。",
        # the look-alikes named in the brief
        "参保职工中，女性占47%，65岁以上的占30%。",  # shares of different breakdowns
        "全县共有学校120所，其中小学80所。",  # a partial breakdown
        "今年粮食产量2.6亿斤，比上年的2.3亿斤增长13%。",  # rounded values
        "全县共有行政村215个，其中已有172个村开通了公交，群众满意率达90%。",  # another rate
        "主队最终以3:1取胜，全场比分3:1:0。",  # a score, not percentages
        "该图采用1:500:2000的比例尺绘制。",  # a scale
    ],
)
def test_issue_look_alikes(rules: list[Rule], text: str) -> None:
    assert arith(rules, text) == []


# -- rates named freely ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # any X率 whose name shares a word with the part's clause
        ("全市共有社区180个，其中150个社区实现了养老服务全覆盖，覆盖率为95%。", True),
        ("全市共有社区180个，其中150个社区实现了养老服务全覆盖，覆盖率为83.3%。", False),
        ("全省共有自然村4000个，已有3000个通了自来水，通水率为85%。", True),
        ("全省共有自然村4000个，已有3000个通了自来水，通水率为75%。", False),
        # 占比 / 比例 / 比重 after the part, and a whole named by …中
        ("在1200名受访者中，有480人表示满意，比例为45%。", True),
        ("在1200名受访者中，有480人表示满意，比例为40%。", False),
        ("全市共有企业500家，其中民营企业400家，所占比重为70%。", True),
        ("全市共有企业500家，其中民营企业400家，所占比重为80%。", False),
        ("参评的96个项目里有41个超过平均水平，占比49.12%。", True),
        ("参评的96个项目里有41个超过平均水平，占比42.71%。", False),
        # the subject of 占比 names its part among several figures
        (
            "在60家参展企业中，本地企业有45家，外地企业15家，本地企业占比为65%。",
            True,
        ),
        (
            "在60家参展企业中，本地企业有45家，外地企业15家，本地企业占比为75%。",
            False,
        ),
        # 完成…目标的 X%
        ("前三季度全省新增就业72万人，完成全年80万人目标的95%。", True),
        ("前三季度全省新增就业72万人，完成全年80万人目标的90%。", False),
        # 合格率 and 不合格率: the part must count what the rate names, not its complement
        ("该批次共抽检样品50份，其中不合格3份，不合格率为10%。", True),
        ("该批次共抽检样品50份，其中不合格3份，合格率为94%。", False),
        ("该批次共抽检样品50份，其中合格47份，不合格率为6%。", False),
        ("该批次共抽检样品50份，其中合格47份，合格率为90%。", True),
        # look-alikes: a rate of something else, each item's own rate, a target
        ("全县共有学校120所，已完成改造96所，优良率达90%。", False),
        # the rate's name repeats the part's words but measures another whole
        (
            "今年新增认证标志48家，其中绿色产品标志使用企业新增20家，绿色产品使用覆盖率为100%。",
            False,
        ),
        ("共有10只基金入选，这些基金的折价率均在32%以上。", False),
        ("全市共有养老机构80家，其中民办机构30家，占全省的5%。", False),
        ("该市完成年度目标的120%。", False),
    ],
)
def test_rates(rules: list[Rule], text: str, flagged: bool) -> None:
    assert ("rate-vs-counts" in rule_ids(rules, text)) is flagged


# -- shares of one whole ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # two, three parts; with and without a comma after 中; other verbs of share
        ("本次调查的居民中城镇居民占62%，农村居民占45%。", True),
        ("本次调查的居民中城镇居民占62%，农村居民占38%。", False),
        ("在新录取的学生中，男生所占比例为51.2%，女生为49.6%。", True),
        ("在新录取的学生中，男生所占比例为51.2%，女生为48.8%。", False),
        ("第一产业增加值占全省生产总值的比重为9%，第二产业为41%，第三产业为53%。", True),
        ("第一产业增加值占全省生产总值的比重为9%，第二产业为41%，第三产业为50%。", False),
        ("全市一、二、三产业增加值占比分别为6.5%、42.1%、53.2%。", True),
        ("全市一、二、三产业增加值占比分别为6.5%、42.1%、51.4%。", False),
        ("三次产业占比由10:45:45调整为7:39:57。", True),
        ("三次产业占比由10:45:45调整为7:39:54。", False),
        ("三种材料按1:2:3的比例混合。", False),  # counts, not percentages
        # look-alikes: growth of each part, rates of each group, shares of other wholes
        ("全年一产增加值增长3%，二产增长5%，三产增长8%。", False),
        ("男性就业率为60%，女性为55%。", False),
        ("全市城镇化率达60%，农村居民占45%。", False),
        ("在受访者中，使用移动支付的占60%，使用银行卡的占45%。", False),
        ("一、二、三产业对经济增长的贡献率分别为8%、40%、55%。", False),
    ],
)
def test_shares(rules: list[Rule], text: str, flagged: bool) -> None:
    assert ("shares" in rule_ids(rules, text)) is flagged


# -- totals and their parts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # …中 then parts (any measure word), parts larger than the whole together
        ("去年交付的2400套住房中，已入住1500套，待入住1100套。", True),
        ("去年交付的2400套住房中，已入住1500套，待入住900套。", False),
        ("本轮征集的860件作品中，线上投稿520件，线下投稿410件。", True),
        ("本轮征集的860件作品中，线上投稿520件，线下投稿340件。", False),
        # 分别为 right after the total: the parts are the whole
        ("全县共有学校120所，分别为小学80所、初中30所、高中20所。", True),
        ("全县共有学校120所，分别为小学70所、初中30所、高中20所。", False),
        # parts before the total: 合计/共计 sums the clauses before it
        ("一季度销售额100万元，二季度120万元，上半年合计240万元。", True),
        ("一季度销售额100万元，二季度120万元，上半年合计220万元。", False),
        ("节前共有4480套新房上市，加上原有2550套在售房源，合计9130套。", True),
        ("节前共有4480套新房上市，加上原有2550套在售房源，合计7030套。", False),
        # an exhaustive split (男/女, 城/乡, 上涨/持平/下跌) must give the whole
        ("该校共有学生500人，其中男生300人，女生180人。", True),
        ("全县共有人口50万人，其中城镇人口20万人，农村人口28万人。", True),
        ("全县共有人口50万人，其中城镇人口20万人，农村人口30万人。", False),
        ("当天交易的42只基金24只上涨，6只持平，2只下跌。", True),
        ("当天交易的42只基金24只上涨，6只持平，12只下跌。", False),
        # look-alikes: partial lists, overlapping categories, cumulative totals
        ("全市1200家企业中，规上企业800家，高新技术企业600家。", False),
        ("该厂共有职工500人，其中党员220人，女职工300人。", False),
        ("全市共有企业500家，其中国有企业100家，民营企业300家。", False),
        ("全县有学校120所，今年新建5所，改建3所，合计8所。", False),
        ("今年新建公园5个，去年新建3个，累计建成15个。", False),
        ("三只小狗被铁丝网划伤，另有7只狗走失。", False),
        ("在56公斤级比赛中，他抓举120公斤、挺举150公斤。", False),
    ],
)
def test_totals(rules: list[Rule], text: str, flagged: bool) -> None:
    assert ("parts-vs-total" in rule_ids(rules, text)) is flagged


# -- growth against a base --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("全年实现税收36亿元，较上年同期的30亿元增长了25%。", True),
        ("全年实现税收36亿元，较上年同期的30亿元增长了20%。", False),
        ("全年接待游客300万人次，比上年的100万人次增长了3倍。", True),
        ("全年接待游客300万人次，比上年的100万人次增长了2倍。", False),
        ("全年接待游客300万人次，比上年的100万人次翻了两番。", True),
        ("全年接待游客400万人次，比上年的100万人次翻了两番。", False),
        ("全年完成投资120亿元，与上年的100亿元相比，增长25%。", True),
        ("全年完成投资120亿元，与上年的100亿元相比，增长20%。", False),
        ("年末存栏生猪45万头，比上年的50万头下降了5%。", True),
        ("年末存栏生猪45万头，比上年的50万头下降了10%。", False),
        # the base after the value, in the next sentence
        ("全年完成投资120亿元。比上年的100亿元增长25%。", True),
        ("全年完成投资120亿元。与上年的100亿元相比，增长了20%。", False),
        # the value after the change
        ("全县财政收入比上年的8.0亿元增长30%，达到10.0亿元。", True),
        ("全县财政收入比上年的8.0亿元增长25%，达到10.0亿元。", False),
        # look-alikes: rounded values, an increment and not a base, no base at all
        ("今年粮食产量2.6亿斤，比上年的2.3亿斤增长13%。", False),
        ("全年完成投资120亿元，比上年增加20亿元，增长20%。", False),
        ("全市旅游收入增长30%，达到156亿元。", False),
    ],
)
def test_growth(rules: list[Rule], text: str, flagged: bool) -> None:
    assert ("growth-vs-values" in rule_ids(rules, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("全市城镇调查失业率为3%，比上年的5%下降了2%。", True),
        ("全市城镇调查失业率为3%，比上年的5%下降了2个百分点。", False),
        ("全市城镇调查失业率为3%，比上年的5%下降了40%。", False),
        ("全省高校毕业生就业率为92.5%，较上年的90.1%提高了2.4%。", True),
        ("全省高校毕业生就业率为92.5%，较上年的90.1%提高了2.4个百分点。", False),
    ],
)
def test_points_against_base(rules: list[Rule], text: str, flagged: bool) -> None:
    assert ("points-vs-percent" in rule_ids(rules, text)) is flagged


def test_probe_article_is_caught(rules: list[Rule]) -> None:
    """A short article of my own with one defect of each family per paragraph."""
    text = (
        "县里民生工程进展顺利\n\n"
        "全县共有中小学校86所，其中已有64所配备了心理咨询室，配备率达85%。\n\n"
        "全县教职工中女性占61%，男性占43%。全县生产总值中一产占12%，二产占41%，三产占50%。\n\n"
        "今年开工的3200套保障房中，公租房1400套，共有产权房2100套。\n\n"
        "全年完成固定资产投资84亿元，比上年的70亿元增长25%。\n"
    )
    doc = Document(text)
    lines = sorted({doc.position(f.start)[0] for f in lint_document(doc, load_pack(PACK))})
    assert lines == [3, 5, 7, 9]


# -- more shapes: compositions, splits named at length, bases stated after, asides -------------


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        # a composition sums to 100 whatever its categories; a list of categories never above
        ("该县教师的学历构成为：本科52.5%，专科31.2%，研究生4.1%。", "shares", True),
        ("该县教师的学历构成为：本科52.5%，专科31.2%，研究生16.3%。", "shares", False),
        ("在新开门店中，餐饮类占46%，零售类占38%，服务类占27%。", "shares", True),
        ("在新开门店中，餐饮类占46%，零售类占38%，服务类占12%。", "shares", False),
        ("在新开门店中，餐饮类、零售类、服务类分别占46%、38%和27%。", "shares", True),
        ("在新开门店中，餐饮类、零售类、服务类分别占36%、28%和17%。", "shares", False),
        ("参赛选手中本地、外地选手之比为58.5∶27.3∶20.2。", "shares", True),
        ("东部占40%，中部占25%，西部占20%。", "shares", True),
        (
            "全省投资中东部地区占49.4%，中部地区占15.7%，西部地区占23.1%，东北地区占21.8%。",
            "shares",
            True,
        ),
        (
            "全省投资中东部地区占39.4%，中部地区占15.7%，西部地区占23.1%，东北地区占21.8%。",
            "shares",
            False,
        ),
        ("全县教师中本科占75%，专科占24%，研究生占14%。", "shares", True),
        ("全县教师中本科占55%，专科占24%，研究生占14%。", "shares", False),
        ("东部占40%，中部占25%，西部占20%，东北占15%。", "shares", False),
        (
            "去年第一产业、第二产业占全市生产总值的比重分别为7.7%和41.3%，第三产业占43%。",
            "shares",
            True,
        ),
        (
            "去年第一产业、第二产业占全市生产总值的比重分别为7.7%和41.3%，第三产业占51%。",
            "shares",
            False,
        ),
        # totals: 包括 after a sum, a whole ending the sentence before 其中, a colon enumeration
        ("全区教师合计60名，包括本地51名和外地4名。", "parts-vs-total", True),
        ("全区教师合计55名，包括本地51名和外地4名。", "parts-vs-total", False),
        ("全区教师60名，包括本地51名和外地4名等。", "parts-vs-total", False),
        ("今年新开工保障房总计77套。其中，公租房54套，共有产权房33套。", "parts-vs-total", True),
        ("今年新开工保障房总计87套。其中，公租房54套，共有产权房33套。", "parts-vs-total", False),
        (
            "去年全市环保投资为300.5亿元，其中：城市污水处理设施建设投资160.2亿元；"
            "工业污染源治理投资170.1亿元。",
            "parts-vs-total",
            True,
        ),
        ("当年接收捐款共计76亿元，其中民政部门59.8亿元，慈善会18.9亿元。", "parts-vs-total", True),
        ("全年完成投资50亿元，其中国有投资30亿元，民间投资25亿元。", "parts-vs-total", True),
        ("全年完成投资50亿元，其中工业投资30亿元，民间投资25亿元。", "parts-vs-total", False),
        ("当年接收捐款共计76亿元，其中民政部门49.8亿元，慈善会18.9亿元。", "parts-vs-total", False),
        ("30名登山队员中，有8名中国队员和25名日本队员。", "parts-vs-total", True),
        (
            "12名科考队员在途中被困，其中有3名中国科考队员、4名本省科考队员和13名外国科考队员。",
            "parts-vs-total",
            True,
        ),
        (
            "12名科考队员在途中被困，其中有3名中国科考队员、4名本省科考队员和5名外国科考队员。",
            "parts-vs-total",
            False,
        ),
        # people of one kind named after their figures, together above the whole
        (
            "12名科考队员在途中被困，其中有3名中国科考队员、6名本省科考队员和5名外国科考队员。",
            "parts-vs-total",
            True,
        ),
        ("该校有学生1200人，其中团员900人，住校生800人。", "parts-vs-total", False),
        (
            "医保基金收入2886亿元，其中统筹基金1758亿元，个人账户1128亿元；基金支出2020亿元，统筹基金支出1149亿元。",
            "parts-vs-total",
            False,
        ),
        ("共有46只(A、B算两只)债券型基金，24只偏股型基金，合计70只。", "parts-vs-total", False),
        # rates: the whole inside 占…的, schools counted with 所学校
        ("300户居民办理了参保，占截至目前全村居民总数400户的65%。", "rate-vs-counts", True),
        ("300户居民办理了参保，占截至目前全村居民总数400户的75%。", "rate-vs-counts", False),
        ("1484户农户办理了参保，占截至目前全市农户总数2212户的75%。", "rate-vs-counts", True),
        ("1484户农户办理了参保，占截至目前全市农户总数2212户的67.1%。", "rate-vs-counts", False),
        ("在240所学校中，已通过验收的有180所，占85%。", "rate-vs-counts", True),
        ("在240所学校中，已通过验收的有180所，占75%。", "rate-vs-counts", False),
        ("目前60个基地中已有45个开工建设，开工率85%。", "rate-vs-counts", True),
        ("前10名企业中，已有8家开工建设，开工率60%。", "rate-vs-counts", False),
        (
            "今年发行的新基金中有9只股票型基金、4只混合型基金和7只债券型基金，偏股型基金占了八成。",
            "rate-vs-counts",
            False,
        ),
        # parts listed in one clause before 合计; 包括 A 和 B closes the list
        ("全市公办16所、民办42所，学校合计63所。", "parts-vs-total", True),
        ("全市公办16所、民办42所，学校合计58所。", "parts-vs-total", False),
        ("该区保障房53套，包括新建2套和改建47套。", "parts-vs-total", True),
        ("该区保障房49套，包括新建2套和改建47套。", "parts-vs-total", False),
        ("全市有企业500家，包括国有企业100家、民营企业300家等。", "parts-vs-total", False),
        # shares each naming the whole (占X的)
        (
            "国有企业占工业增加值的43.7%，民营企业占工业增加值的32.6%，外资企业占工业增加值的42.6%。",
            "shares",
            True,
        ),
        (
            "国有企业占工业增加值的43.7%，民营企业占工业增加值的32.6%，外资企业占工业增加值的23.7%。",
            "shares",
            False,
        ),
        ("进口额占全国的30%，出口额占全省的80%。", "shares", False),
        # the whole stated after the rate
        ("全区完成改造的住房421套，改造完成率77%，住房总数872套。", "rate-vs-counts", True),
        ("全区完成改造的住房421套，改造完成率48.3%，住房总数872套。", "rate-vs-counts", False),
        ("今年新增就业1.2万人，就业率95%，全市共有高校毕业生5万人。", "rate-vs-counts", False),
        # growth: 增幅为X%，上年为B; 与上年的B相比，V，增长X%
        ("全区接待游客549万人次，增幅为21%，上年为425万人次。", "growth-vs-values", True),
        ("全区接待游客549万人次，增幅为29.2%，上年为425万人次。", "growth-vs-values", False),
        ("全省新增就业527人，降幅为24.8%，上年为591人。", "growth-vs-values", True),
        ("与上年的753人相比，一季度全市新增就业1169人，增长24.5%。", "growth-vs-values", True),
        ("与上年的753人相比，一季度全市新增就业1169人，增长55.2%。", "growth-vs-values", False),
        # growth: the base stated after the change, in its sentence or the next one; an aside
        ("全县实现税收52.5亿元，同比增长31%，上年同期为45.0亿元。", "growth-vs-values", True),
        ("全县实现税收52.5亿元，同比增长16.7%，上年同期为45.0亿元。", "growth-vs-values", False),
        ("一季度接待游客61.8万人次，同比下降25%。去年同期为72.0万人次。", "growth-vs-values", True),
        (
            "一季度接待游客61.8万人次，同比下降14.2%。去年同期为72.0万人次。",
            "growth-vs-values",
            False,
        ),
        ("外贸额达3030亿元，比去年同期的2090亿元剧增54%。", "growth-vs-values", True),
        # the base in the sentence before, for the same measure
        (
            "去年同期，该市GDP为1000亿元。今年上半年，该市GDP达到1100亿元，同比增长8%。",
            "growth-vs-values",
            True,
        ),
        (
            "去年同期，该市GDP为1000亿元。今年上半年，该市GDP达到1100亿元，同比增长10%。",
            "growth-vs-values",
            False,
        ),
        (
            "去年全市进口额为33.39亿美元。再出口贸易额为37.46亿美元，同比增长4.6%。",
            "growth-vs-values",
            False,
        ),
        (
            "今年前三季度出口达到21.58亿美元，比上年同期增长12.5%。转口额为24.13亿美元，同比增长3.8%。",
            "growth-vs-values",
            False,
        ),
        # parts before a 总数: read only when every part is read
        (
            "本届比赛中，该队获得金牌20枚，银牌15枚，铜牌10枚，奖牌总数50枚。",
            "parts-vs-total",
            True,
        ),
        (
            "本届比赛中，该队获得金牌20枚，银牌15枚，铜牌10枚，奖牌总数45枚。",
            "parts-vs-total",
            False,
        ),
        ("该队共获得金牌20枚，银牌15枚，铜牌10枚，奖牌总数45枚。", "parts-vs-total", False),
        # 出口 + 进口 make 进出口, not a count of traders (who may do both)
        ("全省进出口总额达到1500亿元，其中出口900亿元，进口700亿元。", "parts-vs-total", True),
        ("全省进出口总额达到1500亿元，其中出口900亿元，进口600亿元。", "parts-vs-total", False),
        ("全省外贸企业500家，其中出口企业300家，进口企业250家。", "parts-vs-total", False),
        (
            "注册资本将增加53%，从162亿元（约合25亿美元）增加到218.7亿元。",
            "growth-vs-values",
            True,
        ),
        (
            "注册资本将增加35%，从162亿元（约合25亿美元）增加到218.7亿元。",
            "growth-vs-values",
            False,
        ),
    ],
)
def test_more_shapes(rules: list[Rule], text: str, rule: str, flagged: bool) -> None:
    assert (rule in rule_ids(rules, text)) is flagged


def test_unit_of_area_not_mixed(rules: list[Rule]) -> None:
    """公顷 and 平方公里 are one dimension but the figures are compared as written."""
    text = "湿地总面积约53万平方公里。其中，国家重要湿地面积2870万公顷。"
    assert arith(rules, text) == []
