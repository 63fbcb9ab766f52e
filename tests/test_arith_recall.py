"""Arithmetic recall beyond the first shapes (issue 9 item 4): a rate stated before its counts
(in its sentence or the next), answers of one set of respondents above 100%, parts of a whole
the sentence before states and the next refers back to (这些/上述/以上…中). Paraphrases with other
nouns, measure words, verbs, orders and punctuation, and look-alikes that must stay silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import Rule, load_pack

PACK = Path(__file__).resolve().parent.parent / "rules" / "arithmetic.yaml"


@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    return load_pack(PACK)


def findings(rules: list[Rule], text: str) -> list:
    return [f for f in lint_document(Document(text), rules) if f.category == "arithmetic"]


@pytest.mark.parametrize(
    ("text", "rule", "excerpt", "related"),
    [
        # a rate before its counts, in one sentence
        (
            "该医院床位使用率为85%，现有床位600张，已使用420张。",
            "rate-vs-counts",
            "85%",
            ["420张", "600张"],
        ),
        (
            "全区疫苗接种率达92%，全区常住人口50万人，已接种38万人。",
            "rate-vs-counts",
            "92%",
            ["38万人", "50万人"],
        ),
        (
            "今年项目开工率为70%，计划开工项目120个，已开工66个。",
            "rate-vs-counts",
            "70%",
            ["66个", "120个"],
        ),
        (
            "这批产品合格率达到98%，共抽检了500件，合格450件。",
            "rate-vs-counts",
            "98%",
            ["450件", "500件"],
        ),
        (
            "截至目前，签约率达80%，涉及住户1500户，已签约900户。",
            "rate-vs-counts",
            "80%",
            ["900户", "1500户"],
        ),
        (
            "全省高速公路ETC使用率为60%：通行车辆总数200万辆次，使用ETC的有150万辆次。",
            "rate-vs-counts",
            "60%",
            ["150万辆次", "200万辆次"],
        ),
        # the whole between the part and the rate
        (
            "已入住的有1300户，总户数为2000户，入住率为80%。",
            "rate-vs-counts",
            "80%",
            ["1300户", "2000户"],
        ),
        # the rate ends one sentence, its counts open the next
        (
            "全县森林覆盖率达到58%。全县总面积3000平方公里，其中森林面积1500平方公里。",
            "rate-vs-counts",
            "58%",
            ["1500平方公里", "3000平方公里"],
        ),
        (
            "全镇自来水普及率已达95%，全镇共有农户4200户，已通自来水的3600户。",
            "rate-vs-counts",
            "95%",
            ["3600户", "4200户"],
        ),
        # answers of one set of respondents
        (
            "在受调查的家长中，认为作业负担过重的占45%，认为适中的占40%，认为偏轻的占25%。",
            "shares",
            "25%",
            ["45%", "40%"],
        ),
        (
            "调查显示，受访企业中，表示订单增加的占38%，表示持平的占41%，表示减少的占30%。",
            "shares",
            "30%",
            ["38%", "41%"],
        ),
        (
            "参与投票的市民里，支持方案一的占55%；支持方案二的占35%；弃权的占18%。",
            "shares",
            "18%",
            ["55%", "35%"],
        ),
        (
            "问卷结果显示，表示愿意参加的占57%，表示不愿意参加的占36%，表示说不清的占14%。",
            "shares",
            "14%",
            ["57%", "36%"],
        ),
        (
            "在参加测评的群众里，评价为好的占48.5%、评价为一般的占39.5%、评价为差的占17%。",
            "shares",
            "17%",
            ["48.5%", "39.5%"],
        ),
        # parts in the next sentence, the whole referred back to
        (
            "今年全区共招录教师480名。这些教师中，小学教师300名，初中教师200名。",
            "parts-vs-total",
            "200名",
            ["300名", "480名"],
        ),
        (
            "去年该市引进项目85个。上述项目中，工业项目50个，服务业项目40个。",
            "parts-vs-total",
            "40个",
            ["50个", "85个"],
        ),
        (
            "该企业今年共申请专利320件。以上专利中，发明专利200件，实用新型专利150件。",
            "parts-vs-total",
            "150件",
            ["200件", "320件"],
        ),
        (
            "一季度全县新增市场主体3500户。在这些市场主体中，企业1200户，个体户2500户。",
            "parts-vs-total",
            "2500户",
            ["1200户", "3500户"],
        ),
        (
            "全年共完成造林面积12万亩。上述造林中：人工造林8.2万亩；封山育林5.3万亩。",
            "parts-vs-total",
            "5.3万亩",
            ["8.2万亩", "12万亩"],
        ),
        (
            "全市今年查处违法案件320起。在这些案件中，食品类案件150起，药品类案件190起。",
            "parts-vs-total",
            "190起",
            ["150起", "320起"],
        ),
        # lists after 其中 as real copy writes them
        (
            "去年全省环保投入为300.5亿元，其中：城镇污水处理设施投资150.2亿元；工业污染治理投资"
            "180.3亿元；“清水蓝天”专项行动投资50.1亿元。",
            "parts-vs-total",
            "50.1亿元",
            ["150.2亿元", "180.3亿元", "300.5亿元"],
        ),
        (
            "该展会共有30所大学参展，其中包括18所理工院校、5所综合大学、7所师范学院和3所医科大学。",
            "parts-vs-total",
            "3所",
            ["18所", "5所", "7所", "30所"],
        ),
        (
            "该展会共有30所大学参展，其中包括18所理工院校、5所综合大学、4所师范学院和1所医科大学。",
            "parts-vs-total",
            "1所",
            ["18所", "5所", "4所", "30所"],
        ),
        (
            "本次抽查的加油站共15座，其中，城区加油站6座，它们是：东站、西站；"
            "郊区加油站11座，它们是：南站、北站。",
            "parts-vs-total",
            "11座",
            ["6座", "15座"],
        ),
        (
            "甲校捐款总额（80×40）为3200元、乙校捐款总额为4100元、丙校捐款总额为2500元，"
            "三校捐款共计9900元。",
            "parts-vs-total",
            "9900元",
            ["3200元", "4100元", "2500元"],
        ),
        (
            "截至6月底，全市垃圾分类覆盖率为88%，全市住宅小区共1500个，已推行垃圾分类的小区1020个。",
            "rate-vs-counts",
            "88%",
            ["1020个", "1500个"],
        ),
        (
            "该校毕业生就业率为96%。全校今年共有毕业生4500人，其中已就业3900人。",
            "rate-vs-counts",
            "96%",
            ["3900人", "4500人"],
        ),
        (
            "参与调查的居民中，对社区服务表示非常满意的占35%，表示比较满意的占42%，表示不满意的占30%。",
            "shares",
            "30%",
            ["35%", "42%"],
        ),
        (
            "调查对象中认为房价过高的占67%、认为房价合理的占28%、认为房价偏低的占9%。",
            "shares",
            "9%",
            ["67%", "28%"],
        ),
        (
            "目前，全市已建成充电站320座，其中，公共充电站200座，它们分布在：主城区、新城区；"
            "专用充电站150座。",
            "parts-vs-total",
            "150座",
            ["200座", "320座"],
        ),
    ],
)
def test_flags(rules: list[Rule], text: str, rule: str, excerpt: str, related: list[str]) -> None:
    (f,) = [f for f in findings(rules, text) if f.rule == rule]
    assert text[f.start : f.end] == excerpt
    assert sorted(text[r.start : r.end] for r in f.related) == sorted(related)


@pytest.mark.parametrize(
    "text",
    [
        # the same sentences computing
        "该医院床位使用率为70%，现有床位600张，已使用420张。",
        "全区疫苗接种率达76%，全区常住人口50万人，已接种38万人。",
        "这批产品合格率达到90%，共抽检了500件，合格450件。",
        "全县森林覆盖率达到50%。全县总面积3000平方公里，其中森林面积1500平方公里。",
        "在受调查的家长中，认为作业负担过重的占45%，认为适中的占40%，认为偏轻的占15%。",
        "今年全区共招录教师480名。这些教师中，小学教师300名，初中教师180名。",
        # a rate aimed at, a rate of another time, a rate of something the counts do not name
        "今年的竣工率要达到60%；开工建设保障房8000套，已竣工3000套。",
        "今年入住率为65%，去年共有床位3200张，入住2100张。",
        "全县贫困发生率为8%，全县共有贫困人口4万人，已脱贫3万人。",
        "全市就业率为95%，新增就业3万人，城镇登记失业人员1万人。",
        # a near-synonym is another statistic (绿地率 is not 绿化覆盖率, 林地 is not 森林)
        "该市建成区绿化覆盖率为45%，建成区面积120平方公里，绿地面积60平方公里。",
        "该县森林覆盖率达65%，全县国土面积2000平方公里，林地面积1100平方公里。",
        "该县农田灌溉覆盖率为72%，全县耕地面积80万亩，其中水田面积58万亩。",
        # multi-select, statements agreed with one by one, answers of different groups
        "问卷（可多选）结果显示，表示愿意参加的占57%，表示不愿意参加的占36%，表示说不清的占14%。",
        "受访者可多选。表示关注教育的占70%，表示关注医疗的占65%，表示关注住房的占40%。",
        "受访者中，认为应加强监管的占72%，认为应提高罚款的占58%，认为应公开曝光的占41%。",
        "城区居民中表示满意的占62%，农村居民中表示满意的占55%。",
        "全部样本中，选择公共交通出行的比例为52%，选择自驾的比例为38%，选择步行的比例为20%。",
        "支持方案一的占55%，支持方案二的占35%，支持方案三的占18%。",
        # a partial list, a whole of another kind, parts of another time
        "全县去年新办企业600家。这些企业里，制造企业260家，服务企业300家。",
        "全县去年新办企业600家。这些企业的注册资本中，制造企业出资260亿元，服务企业出资380亿元。",
        "全市今年查处违法案件320起，罚没款900万元。在这些案件中，涉及食品的150起，罚没款200万元。",
        "全省去年共接待游客2000万人次。今年上半年，接待省外游客1200万人次，省内游客900万人次。",
        "全年共完成造林面积12万亩。上述造林中：人工造林8万亩；封山育林5万亩。",
        # an open list, names listed after a part, nouns of a measure word that counts anything
        "该展会共有30所大学参展，其中包括18所理工院校、5所综合大学等。",
        "本次抽查的加油站共15座，其中，城区加油站6座，它们是：东站、西站；郊区加油站9座，它们是：南站、北站。",
        "全市评出示范门店6家，分别是：甲店、乙店、丙店；另有11家进入复评。",
        "甲校捐款总额（80×40）为3200元、乙校捐款总额为4100元、丙校捐款总额为2500元，三校捐款共计9800元。",
        "截至6月底，全市垃圾分类覆盖率为68%，全市住宅小区共1500个，已推行垃圾分类的小区1020个。",
        "该校毕业生就业率为96%。全校今年共有毕业生4500人，其中考研升学的900人。",
        "全县农村改厕普及率要达到85%；全县农户总数为6万户，目前完成改厕的农户4.2万户。",
        "全县农产品抽检合格率为99%，上年全县共抽检农产品1200批次，检测合格1100批次。",
        "调查对象（可多选）中认为房价过高的占67%、认为房价合理的占28%、认为房价偏低的占9%。",
        "受访的老年人中，表示会使用智能手机的占58%，表示会网上购物的占47%。",
        "今年一季度全市新登记企业9800户。在这些企业之外，个体工商户新增1.5万户，合作社新增2000户。",
        "全市本年度共引进人才2800人。以上人才中，有博士学位的600人，35岁以下的2400人。",
    ],
)
def test_silent(rules: list[Rule], text: str) -> None:
    assert findings(rules, text) == []
