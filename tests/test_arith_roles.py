"""Arithmetic by roles, round 4 (issue 9 item 4): an employment rate beside its counts under
other names and orders, shares of bands of one scale (60岁以下 / 60岁及以上) above 100%, and a
whole broken down by levels (5A级, 五星级, 大型/中型/小型, 国家级/省级) with or without 其中.
Each shape has paraphrases and look-alikes that must stay silent (another base, overlapping
bands, cumulative levels, rounding, other things counted)."""

from __future__ import annotations

import math

import pytest

from lint_news.checks.arith_bands import band, disjoint_split, level
from lint_news.rules import Rule, load_pack

from .arith_support import PACK, findings, flagged


@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    return load_pack(PACK)


# -- 1. an employment rate beside its counts ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "related"),
    [
        # the rate's name is not the part's verb: 毕业去向落实率 / 已就业, 就业率 / 已签约, 找到工作
        (
            "该校2024届毕业生共4200人，截至8月底已就业3800人，毕业去向落实率为96.5%。",
            "96.5%",
            ["3800人", "4200人"],
        ),
        (
            "该校2024届毕业生共4200人，已就业3800人，毕业去向落实率为96.5%。",
            "96.5%",
            ["3800人", "4200人"],
        ),
        ("今年该校就业率达到98.2%，2300名毕业生中有2000人已签约。", "98.2%", ["2000人", "2300名"]),
        ("该校毕业生就业率为92%，3000名毕业生中已有2500人找到工作。", "92%", ["2500人", "3000名"]),
        # the whole before the rate, the part after it
        ("该校今年有毕业生4200人，就业率为96.5%，已就业3800人。", "96.5%", ["3800人", "4200人"]),
        (
            "全市今年有高校毕业生6.8万人，初次就业率96%，实现就业5.9万人。",
            "96%",
            ["5.9万人", "6.8万人"],
        ),
        (
            "全省高校毕业生5.6万人，初次就业率达到95.2%，已就业4.8万人。",
            "95.2%",
            ["4.8万人", "5.6万人"],
        ),
        ("全校3860名毕业生，就业3520人，就业率96.2%。", "96.2%", ["3520人", "3860名"]),
        (
            "该校毕业生总数为2860人，落实去向的有2650人，去向落实率为95.8%。",
            "95.8%",
            ["2650人", "2860人"],
        ),
        (
            "高校毕业生总体就业率为89.6%，6.2万名毕业生中已有5.8万人落实去向。",
            "89.6%",
            ["5.8万人", "6.2万名"],
        ),
        # the rate in the sentence after its counts, or before them with how it moved
        (
            "全校共有毕业生3200人，已就业2900人。就业率达到了95.6%，比上年提高1.2个百分点。",
            "95.6%",
            ["2900人", "3200人"],
        ),
        (
            "全校共有毕业生3200人，已就业2900人。该校毕业生就业率达到了95.6%。",
            "95.6%",
            ["2900人", "3200人"],
        ),
        (
            "就业率达到了95.6%，比上年提高1.2个百分点。全校共有毕业生3200人，已就业2900人。",
            "95.6%",
            ["2900人", "3200人"],
        ),
        (
            "该院今年共有毕业生860人，目前已有790人签订就业协议，签约率为96%。",
            "96%",
            ["790人", "860人"],
        ),
        ("全市6.2万名高校毕业生就业率达95%，其中已就业5.5万人。", "95%", ["5.5万人", "6.2万名"]),
        (
            "今年该市高校毕业生总数为6.2万人，就业人数5.5万人，就业率达95%。",
            "95%",
            ["5.5万人", "6.2万人"],
        ),
        # the shapes read before
        (
            "今年全县1200名高校毕业生中，已有1000人实现就业，就业率达98%。",
            "98%",
            ["1000人", "1200名"],
        ),
        (
            "该县今年共有应届毕业生1500名，其中1300名已经落实去向，落实去向率达到97%。",
            "97%",
            ["1300名", "1500名"],
        ),
    ],
)
def test_employment_rate_flags(
    rules: list[Rule], text: str, excerpt: str, related: list[str]
) -> None:
    flagged(rules, text, "rate-vs-counts", excerpt, related)


@pytest.mark.parametrize(
    "text",
    [
        # rounding within the figures
        "该校毕业生共4200人，已就业3990人，就业率为95%。",
        "全校3860名毕业生，就业3520人，就业率91.2%。",
        "该校今年有毕业生4200人，就业率为90.5%，已就业3800人。",
        "全省高校毕业生5.6万人，初次就业率达到85.7%，已就业4.8万人。",
        # a rate of another base (该校) than the counts (全市)
        "该校毕业生就业率为92%，全市高校毕业生31000人，已就业24000人。",
        # another rate (失业率), an aim, another year
        "全市共有高校毕业生6.8万人，城镇登记失业率为3.5%，新增就业5.9万人。",
        "该校今年有毕业生4200人，就业率要达到95%以上，目前已就业3800人。",
        "该校今年有毕业生4200人，去年就业率为96.5%，目前已就业3800人。",
        # the sentence after the counts: another place, another year, an aim, a subgroup, right
        "全校共有毕业生3200人，已就业2900人。全省高校就业率达到了95.6%。",
        "全校共有毕业生3200人，已就业2900人。去年就业率为95.6%。",
        "全校共有毕业生3200人，已就业2900人。就业率要达到95%以上。",
        "全校共有毕业生3200人，已就业2900人。就业率达到了90.6%。",
        "全校共有毕业生3200人，已就业2900人。研究生就业率达到了98%。",
        "研究生就业率为98%，共有毕业生3200人，已就业2900人。",
        "全校共有毕业生3200人，研究生就业率为98%，已就业2900人。",
        "全市6.2万名高校毕业生就业率达95%，其中已就业5.9万人。",
        "全市6.2万名高校毕业生就业率达95%，比上年提高2个百分点。",
        # a rate of a subgroup, and a part of a subgroup
        "该校今年有毕业生4200人，其中研究生600人，研究生就业率为98%，已就业的本科生3000人。",
        "全市今年有高校毕业生6.8万人，初次就业率96%，其中实现就业的本地生源2.1万人。",
    ],
)
def test_employment_rate_lookalikes_silent(rules: list[Rule], text: str) -> None:
    assert findings(rules, text) == []


# -- 2. shares of bands of one scale -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "related"),
    [
        ("全市户籍人口中，60岁以下的占72%，60岁及以上的占35%。", "35%", ["72%"]),
        ("该县60岁以下人口占78%，60岁及以上人口占31%。", "31%", ["78%"]),
        (
            "全市常住人口中，60岁以下人口占比为81.2%，60岁及以上人口占比为20.5%。",
            "20.5%",
            ["81.2%"],
        ),
        ("受访者中，18至35岁的占45%，36至59岁的占40%，60岁及以上的占20%。", "20%", ["45%", "40%"]),
        ("在全部参保人员中，不满18岁的占15%，18岁以上的占90%。", "90%", ["15%"]),
        ("受访者中，35岁以下的占40%，60岁以上的占65%。", "65%", ["40%"]),
        (
            "全市人口中，0—14岁人口占15%，15—59岁人口占65%，60岁及以上人口占25%。",
            "25%",
            ["15%", "65%"],
        ),
        (
            "该市60周岁及以上老年人口占户籍总人口的23.5%，60周岁以下人口占户籍总人口的79.1%。",
            "79.1%",
            ["23.5%"],
        ),
        # two bands that cover the scale and leave a tenth out
        ("全市户籍人口中，60岁以下的占72%，60岁及以上的占18%。", "18%", ["72%"]),
        # a group and its negation (非…): all of the whole
        ("受访者中，党员占35%，非党员占70%。", "70%", ["35%"]),
        ("全市常住人口中，户籍人口占62%，非户籍人口占30%。", "30%", ["62%"]),
        # levels of one graded scale
        ("全市A级景区中，5A级占10%，4A级占45%，3A级占50%。", "50%", ["10%", "45%"]),
    ],
)
def test_band_shares_flag(rules: list[Rule], text: str, excerpt: str, related: list[str]) -> None:
    flagged(rules, text, "shares", excerpt, related)


@pytest.mark.parametrize(
    "text",
    [
        "全市户籍人口中，60岁以下的占72%，60岁及以上的占28%。",
        "全市户籍人口中，60岁以下的占72.4%，60岁及以上的占27.5%。",  # rounding
        "受访者中，35岁以下的占40%，60岁以上的占25%。",  # bands with a gap, below 100%
        "受访者中，35岁以下的占40%，45岁以下的占70%。",  # overlapping bands
        "全市人口中，60岁以上的占20%，65岁以上的占14%。",  # nested bands
        "参保职工中，女性占47%，65岁以上的占30%。",  # two criteria
        "全市60岁以下人口占全市人口的72%，60岁及以上人口占全省老年人口的35%。",  # two wholes
        "全市A级景区中，5A级占10%，4A级以上占45%，3A级占50%。",  # a cumulative level
        "受访者中，党员占35%，非党员占65%。",
        "受访者中，党员占35%，非公有制企业员工占70%。",  # 非 of another thing
        "全市职工中，党员占35%，女职工占70%。",
        "全市常住人口中，户籍人口占62%，非户籍人口中外来务工人员占25%。",  # a part of 非户籍
    ],
)
def test_band_shares_lookalikes_silent(rules: list[Rule], text: str) -> None:
    assert findings(rules, text) == []


# -- 3. a whole broken down by levels or bands -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "related"),
    [
        # no 其中
        ("全市共有A级旅游景区86家，5A级3家、4A级35家、3A级52家。", "52家", ["3家", "35家", "86家"]),
        (
            "全省A级景区总数达到120个，5A级景区6个，4A级景区70个，3A级景区50个。",
            "50个",
            ["6个", "70个", "120个"],
        ),
        (
            "全区共有规上工业企业300家，大型企业40家，中型企业120家，小型企业160家。",
            "160家",
            ["40家", "120家", "300家"],
        ),
        (
            "全市共有星级饭店45家，五星级8家，四星级20家，三星级22家。",
            "22家",
            ["8家", "20家", "45家"],
        ),
        ("全市拥有A级景区32处，4A级14处、3A级20处。", "20处", ["14处", "32处"]),
        (
            "全市拥有国家A级旅游景区86家：5A级3家，4A级35家，3A级52家。",
            "52家",
            ["3家", "35家", "86家"],
        ),
        (
            "全市规模以上工业企业1250家，按规模分，大型企业30家，中型企业200家，小型企业1100家。",
            "1100家",
            ["30家", "200家", "1250家"],
        ),
        # 其中 in the next sentence, 包括
        (
            "全市A级旅游景区86家。其中，5A级3家、4A级35家、3A级52家。",
            "52家",
            ["3家", "35家", "86家"],
        ),
        ("全市A级景区达到86家，包括5A级3家、4A级35家、3A级52家。", "52家", ["3家", "35家", "86家"]),
        ("全县现有A级景区12个，其中4A级景区5个，3A级景区9个。", "9个", ["5个", "12个"]),
        # in brackets after the whole
        (
            "全市现有国家A级景区48处（5A级2处、4A级20处、3A级30处）。",
            "30处",
            ["2处", "20处", "48处"],
        ),
        ("全县共有规模以上企业210家，大中型企业35家，小型企业180家。", "180家", ["35家", "210家"]),
        # with 其中, levels named by 国家重点 / 省级 / 市县级
        (
            "全省有森林公园356个，其中国家级森林公园62个、省级247个、市县级83个。",
            "83个",
            ["62个", "247个", "356个"],
        ),
        # bands of ages that cover the whole: they must give it
        (
            "全市户籍人口500万人，其中60岁以下380万人，60岁及以上150万人。",
            "150万人",
            ["380万人", "500万人"],
        ),
    ],
)
def test_level_parts_flag(rules: list[Rule], text: str, excerpt: str, related: list[str]) -> None:
    flagged(rules, text, "parts-vs-total", excerpt, related)


@pytest.mark.parametrize(
    "text",
    [
        "全市共有A级旅游景区86家，5A级3家、4A级35家、3A级40家。",  # below the whole
        "全区共有规上工业企业300家，大型企业40家，中型企业120家，小型企业140家。",
        "全市共有旅游景区86家，全省5A级30家、4A级135家。",  # parts of another whole
        "全市共有A级景区86家，4A级以上景区38家，3A级52家。",  # a cumulative level
        "全市共有星级饭店45家，5A级景区3家、4A级景区35家、3A级景区52家。",  # other things
        "全市共有A级景区86家，今年接待游客5A级景区300万人次，4A级景区500万人次。",
        "全市共有A级景区86家，比上年增加5A级3家、4A级35家、3A级52家。",  # changes
        "全市户籍人口500万人，其中60岁以上110万人，65岁以上80万人。",  # nested bands
        "全市规模以上工业企业1250家，按规模分，大型企业30家，中型企业200家，小型企业1000家。",
        "全市现有国家A级景区48处（5A级2处、4A级20处、3A级26处）。",
        "全市现有国家A级景区48处（其中5A级2处、4A级以上20处、3A级30处）。",
        "全市户籍人口500万人，其中60岁以下380万人，60岁及以上120万人。",
        "全省有森林公园356个，其中国家级森林公园62个、省级247个、市县级47个。",
        # a clause across the parts (这些…中有) and parts of a part (规上企业中…)
        "全市共有A级景区86家，其中5A级3家、4A级35家，这些景区中有60家实行免费开放。",
        "全市共有景区86家，其中国有景区3家、民营景区35家，这些景区中有60家实行免费开放。",
        "全市共有企业500家，其中规上企业300家，规上企业中大型企业40家、中型企业120家、小型企业140家。",
        "全县60岁以上老年人5万人，其中80岁以上1.2万人，80岁以上老人中百岁老人30人。",
    ],
)
def test_level_parts_lookalikes_silent(rules: list[Rule], text: str) -> None:
    assert findings(rules, text) == []


# -- the reading of bands and levels -----------------------------------------------------------


def test_band_reads_ranges() -> None:
    assert band("60岁以下") == ("岁", -math.inf, 60)
    assert band("60岁及以上人口") == ("岁", 60, math.inf)
    assert band("不满18岁") == ("岁", -math.inf, 18)
    assert band("18至35岁的") == ("岁", 18, 36)
    assert band("月收入5000元以下") == ("元", -math.inf, 5000)
    assert band("2023年") is None  # a date, not a band
    assert band("60岁以上、65岁以下") is None  # two bounds: not one band


def test_level_reads_one_level() -> None:
    assert level("5A级景区") == ("A", "5")
    assert level("五星级") == ("星", "5")
    assert level("国家重点风景名胜区") == ("行政", "国家")
    assert level("中型企业") == ("规模", "中型")
    assert level("4A级以上") is None  # cumulative
    assert level("4A级、5A级") is None  # two levels
    assert level("A级景区") is None  # the scale, not a level


def test_disjoint_split() -> None:
    assert disjoint_split(["60岁以下", "60岁及以上"]) == (True, True)
    assert disjoint_split(["35岁以下", "60岁以上"]) == (True, False)
    assert disjoint_split(["35岁以下", "45岁以下"]) == (False, False)
    assert disjoint_split(["5A级", "4A级", "3A级"]) == (True, False)
    assert disjoint_split(["5A级", "五星级"]) is None  # two scales
    assert disjoint_split(["女性", "65岁以上"]) is None


# -- 4. lists of parts that say they are all of the whole ---------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "related"),
    [
        # a list closed by the rest (其他, 其余, 或以其它方式处理) is all of the whole
        (
            "全县清理公费电话14066部，其中撤销1426部，转自费8406部，退还143部，其它方式处理91部。",
            "91部",
            ["1426部", "8406部", "143部", "14066部"],
        ),
        (
            "全市共有企业500家，其中国有企业100家，民营企业300家，其他企业50家。",
            "50家",
            ["100家", "300家", "500家"],
        ),
        # the whole's clause counts the kinds, and the list names that many
        (
            "中国运动员在5个项目中取得40个冠军，其中田径3个、游泳12个、跳水15个、体操4个、举重2个。",
            "2个",
            ["3个", "12个", "15个", "4个", "40个"],
        ),
        (
            "全省在4个地市中共建成学校120所，其中甲市30所、乙市20所、丙市50所、丁市10所。",
            "10所",
            ["30所", "20所", "50所", "120所"],
        ),
        # an exhaustive split listed with 、 (the second figure's text is inside the first: 56套 / 6套)
        ("去年房源总数达71套，其中货币化安置56套、实物安置6套。", "6套", ["56套", "71套"]),
    ],
)
def test_closed_lists_flag(rules: list[Rule], text: str, excerpt: str, related: list[str]) -> None:
    flagged(rules, text, "parts-vs-total", excerpt, related)


@pytest.mark.parametrize(
    "text",
    [
        "全县清理公费电话14066部，其中撤销5426部，转自费8406部，退还143部，其它方式处理91部。",
        "全市共有企业500家，其中国有企业100家，民营企业300家，其他企业100家。",
        "全市共有企业500家，其中国有企业100家，民营企业300家。",  # not closed: may be fewer
        "全市共有职工500人，其中党员200人，女职工150人，其他人员50人。",  # overlapping groups
        "该市共有博物馆80座，其中国有博物馆50座，其他类型的博物馆中免费开放20座。",
        "中国运动员在5个项目中取得40个冠军，其中田径3个、游泳12个、跳水15个、体操4个、举重6个。",
        "中国运动员在6个项目中取得40个冠军，其中田径3个、游泳12个、跳水15个、体操4个、举重2个。",
        "今年房源总数达62套，其中货币化安置56套、实物安置6套。",
    ],
)
def test_closed_lists_lookalikes_silent(rules: list[Rule], text: str) -> None:
    assert findings(rules, text) == []


def test_share_list_with_a_long_whole(rules: list[Rule]) -> None:
    """Categories of one whole named at length after 占 (占截至目前全市出口额的…)."""
    text = "国有企业占截至目前全市出口额的1.0%，民营企业占截至目前全市出口额的59.0%，外资企业占截至目前全市出口额的63.6%。"
    flagged(rules, text, "shares", "63.6%", ["1.0%", "59.0%"])
    ok = text.replace("63.6%", "40.0%")
    assert findings(rules, ok) == []


# -- 5. shares of the groups that chose kinds of one thing -------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "related"),
    [
        (
            "问卷显示，受访者中租住楼房的人占了总数的38.26%，而租住平房的人则占了总数的91.74%。",
            "91.74%",
            ["38.26%"],
        ),
        (
            "受访市民中，选择公交出行的占45%，选择自驾出行的占38%，选择骑车出行的占25%。",
            "25%",
            ["45%", "38%"],
        ),
        ("在接受调查的家庭中，拥有一套住房的占62%，拥有两套住房的占45%。", "45%", ["62%"]),
    ],
)
def test_choice_shares_flag(rules: list[Rule], text: str, excerpt: str, related: list[str]) -> None:
    flagged(rules, text, "shares", excerpt, related)


@pytest.mark.parametrize(
    "text",
    [
        "问卷显示，受访者中租住楼房的人占了总数的38.26%，而租住平房的人则占了总数的61.74%。",
        "受访市民中，选择公交出行的占45%，选择自驾出行的占38%，选择骑车出行的占15%。",
        # acts on different things, or acts that may take several kinds
        "被调查者中使用移动支付的人占了总量的60%，而使用银行卡的人则占了总量的45%。",
        "受访股民中，持有A股的占60%，持有B股的占50%。",
        "受访者中，认为应加强监管的占72%，认为应提高罚款的占58%。",
        # several answers allowed, both at once, cumulative, two wholes
        "问卷（可多选）显示，受访市民中选择公交出行的占45%，选择自驾出行的占38%，选择骑车出行的占25%。",
        "受访者中，购买国产手机的占60%，同时购买进口手机的占50%。",
        "在接受调查的家庭中，拥有一套住房的占62%，拥有两套以上住房的占45%。",
        "购买新房的人占全市购房人数的60%，购买二手房的人占全省购房人数的55%。",
    ],
)
def test_choice_shares_lookalikes_silent(rules: list[Rule], text: str) -> None:
    assert findings(rules, text) == []
