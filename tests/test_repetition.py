"""Repeated sentences and paragraphs: pasted twice next to the first copy or far from it, and
the legitimate repeats that must stay silent (formulas, list items, quotations, refrains,
templates, a headline restated in the lead). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import load_rules

RULES = [r for r in load_rules() if r.category == "repetition"]
REPEATS = ("repeated-sentence", "repeated-paragraph")


def repeats(text: str) -> list[tuple[int, int, str, str]]:
    """(line of the repeat, line of its first copy, text of the repeat, text of the first)."""
    doc = Document(text)
    out = []
    for f in lint_document(doc, RULES):
        if f.rule in REPEATS:
            (r,) = f.related
            out.append(
                (
                    doc.position(f.start)[0],
                    doc.position(r.start)[0],
                    doc.text[f.start : f.end],
                    doc.text[r.start : r.end],
                )
            )
    return out


# the example of issue 9: a sentence pasted twice in one paragraph, its first copy behind a
# dateline
ISSUE = "全市共完成改造项目120个，惠及居民3.6万户。"


@pytest.mark.parametrize(
    ("lead", "sentence", "middle"),
    [
        ("本报讯 ", ISSUE, "改造后的小区环境明显改善，群众满意度明显提升。"),
        # paraphrases: other sentences, other lead-ins, other neighbours
        (
            "新华社长沙6月2日电 ",
            "全县今年新修农村公路85公里，受益群众2.1万人。",
            "路修好了，村民出行方便多了。",
        ),
        (
            "本报讯（记者 李明）",
            "首批12家企业已入驻孵化基地，带动就业400余人。",
            "基地还配套建设了人才公寓。",
        ),
        ("", "今年全区新增城镇就业岗位5600个。", "区人社局同时开展了技能培训。"),
        ("", "这座跨江大桥已经具备了通车条件。", "施工方正在做最后的检测。"),
    ],
    ids=["issue-example", "xinhua-dateline", "byline-in-brackets", "no-lead", "no-figure"],
)
def test_sentence_pasted_twice_in_a_paragraph(lead, sentence, middle):
    text = f"标题在这里\n\n{lead}{sentence}{middle}{sentence}"
    ((line, first_line, rep, first),) = repeats(text)
    assert (line, first_line) == (3, 3)
    assert rep == sentence and first == sentence  # the first copy without its lead-in


@pytest.mark.parametrize(
    "second",
    [
        "去年全市共完成改造项目98个，惠及居民2.9万户。",  # the same frame, last year's figures
        "全区共完成改造项目120个，惠及居民3.6万户。",  # another place
    ],
    ids=["other-figures", "other-place"],
)
def test_issue_example_look_alikes_are_silent(second):
    text = f"标题在这里\n\n本报讯 {ISSUE}改造后的小区环境明显改善，群众满意度明显提升。{second}"
    assert repeats(text) == []


def test_sentence_pasted_far_away_points_at_its_first_copy():
    paras = [
        "本报讯 城南污水处理厂二期工程昨天正式通水运行。",
        "二期工程总投资3.8亿元，新增日处理能力6万吨。",
        "项目采用了先进的膜处理工艺，出水水质达到一级A标准。",
        "厂区还建设了一座环保教育展厅，向市民免费开放。",
        "市水务局负责人说，下一步将加快配套管网建设。",
    ]
    text = "\n\n".join(paras + ["预计今年底前完成全部管网改造。" + paras[1]])
    ((line, first_line, rep, _),) = repeats(text)
    assert (line, first_line) == (11, 3) and rep == paras[1]
    # a sentence without a figure, pasted as far, is found as well
    text = "\n\n".join(paras + ["预计今年底前完成全部管网改造。" + paras[3]])
    assert [(x[0], x[1]) for x in repeats(text)] == [(11, 7)]
    # the first sentence of the article (behind its dateline) pasted into the last paragraph
    text = "\n\n".join(paras + ["城南污水处理厂二期工程昨天正式通水运行。"])
    assert [(x[0], x[1]) for x in repeats(text)] == [(11, 1)]


def test_short_paragraph_pasted_far_away():
    short = "两座新建泵站同步投入使用。"  # under the paragraph rule's length
    paras = [
        "本报讯 城西排涝工程本周完成验收。",
        short,
        "工程新建排水管道14公里，改造雨水口320个。",
        "今年汛期，城西低洼地带积水问题将明显缓解。",
        "市政部门表示将加强日常巡查维护。",
        short,
    ]
    assert [(x[0], x[1]) for x in repeats("\n\n".join(paras))] == [(11, 3)]


def test_paragraph_pasted_next_to_itself_and_far_away():
    p = "新建的社区食堂每天供应早中晚三餐，老年人就餐可享受八折优惠，已有600多位老人办理了就餐卡。"
    others = ["社区食堂开业了。", "食堂由街道引进专业餐饮企业运营。", "居民们对饭菜质量评价不错。"]
    near = "\n\n".join([others[0], p, p, *others[1:]])
    assert [(x[0], x[1]) for x in repeats(near)] == [(5, 3)]
    far = "\n\n".join([others[0], p, *others[1:], p])
    assert [(x[0], x[1]) for x in repeats(far)] == [(9, 3)]


def test_pasted_run_of_sentences_is_one_finding():
    body = "市图书馆新馆今天开馆。新馆藏书80万册，设有阅览座位1200个。馆内还设有少儿阅读区。"
    ((_, _, rep, first),) = repeats("新馆开馆\n\n" + body + "开馆首日接待读者3000人次。" + body)
    assert rep == first == body


@pytest.mark.parametrize(
    "text",
    [
        # short formulas said twice
        "会议指出。市里各部门要加强配合。会议指出。",
        "他说。这件事情我们一定会办好。他说。",
        "好！好！好！观众席上掌声雷动。",
        # list items numbered alike in two lists
        "（一）加强组织领导，压实责任；\n\n（二）强化资金保障，落实投入；\n\n（三）完善考核机制，严格奖惩；"
        "\n\n（四）做好宣传引导；\n\n（一）加强组织领导，压实责任；",
        # a quoted slogan said again far from the first time
        "“绿水青山就是金山银山。”村民们常把这句话挂在嘴边。\n\n这几年，村里先后关停了三家石料厂。"
        "\n\n复绿荒山两千亩，游客多了起来。\n\n村民的收入也涨了。\n\n“绿水青山就是金山银山。”",
        # a refrain
        "家乡的路变宽了。二十年前，这里只有一条泥巴路。\n\n后来修起了砂石路。\n\n再后来铺上了柏油。"
        "\n\n如今双向四车道直通高速。\n\n家乡的路变宽了。",
        # a bare attribution said again
        "“今年的订单已经排到了年底。”王建国对记者说。\n\n他介绍，厂里新上了两条生产线。"
        "\n\n工人也从80人增加到了150人。\n\n“明年还要再扩产。”王建国对记者说。",
        # parallel passages: the same frame with other figures
        "甲区今年新开工保障性住房项目18个。\n\n乙区今年新开工保障性住房项目9个。",
    ],
    ids=[
        "formula",
        "attribution-short",
        "cheer",
        "list-items",
        "slogan",
        "refrain",
        "attribution",
        "parallel",
    ],
)
def test_legitimate_repeats_are_silent(text):
    assert repeats(text) == []


def test_template_notices_with_parallel_neighbours_are_silent():
    notice = "该批债券为贴现发行，期限一年，到期按面值兑付。"
    text = "\n\n".join(
        [
            "2023年第一期专项债券于今年3月10日到期。",
            notice,
            "到期兑付的资金已全部落实。",
            "2023年第二期专项债券于今年6月15日到期。",
            notice,
            "上述债券均按单利计算。",
        ]
    )
    assert repeats(text) == []
    # the same sentence pasted into unrelated prose far away is a slip
    text = "\n\n".join(
        [
            "2023年第一期专项债券于今年3月10日到期。",
            notice,
            "到期兑付的资金已全部落实。",
            "市财政局提醒投资者通过正规渠道办理。",
            "相关咨询可拨打服务热线。" + notice,
        ]
    )
    assert [(x[0], x[1]) for x in repeats(text)] == [(9, 3)]


def test_headline_restated_in_the_lead_is_silent():
    text = "全市完成老旧小区改造项目120个\n\n本报讯 全市完成老旧小区改造项目120个。这些小区大多建于上世纪八九十年代。"
    assert repeats(text) == []
    # a one-block article whose headline runs into the lead (scraped copy)
    glued = "全市完成老旧小区改造项目120个全市完成老旧小区改造项目120个，这些小区大多建于上世纪。"
    assert repeats(glued) == []


def test_sentences_in_different_articles_of_a_page_are_not_compared():
    s = "会议由市委副书记、市长张建华主持，市领导班子成员出席会议。"
    page = (
        f"市委常委会召开专题会议\n\n本报讯 市委常委会昨天召开专题会议。{s}\n\n"
        f"市政府召开第十二次常务会议\n\n本报讯 市政府昨天召开第十二次常务会议。{s}"
    )
    assert repeats(page) == []
    # within one article it is a repeat
    one = f"市委常委会召开专题会议\n\n本报讯 市委常委会昨天召开专题会议。{s}\n\n会议研究了有关事项。{s}"
    assert len(repeats(one)) == 1


def test_short_sentence_said_again_at_once():
    # a question of six characters typed twice in a row is a slip ...
    assert len(repeats("新书何时上市？新书何时上市？出版社还没有给出答复。")) == 1
    # ... an exclamation said twice is emphasis, a two-word formula is a formula
    assert repeats("冲啊冲啊！冲啊冲啊！看台上的球迷齐声呐喊。") == []
    assert repeats("会议指出。会议指出。") == []


def test_length_decides_far_repeats():
    paras = [
        "这支科考队今年完成了三次远洋考察。",
        "队员们采集了大量深海沉积物样本。",  # 15 meaningful characters
        "样本已经运回实验室进行分析。",
        "初步结果将于年底对外公布。",
        "科考船目前停靠在母港进行检修。",
    ]
    far = "\n\n".join([*paras, "下一次考察计划在明年春天出发。" + paras[1]])
    assert [(x[0], x[1]) for x in repeats(far)] == [(11, 3)]
    refrain = "大海就是家。"  # short: a refrain
    text = "\n\n".join([refrain + paras[0], *paras[1:], "多年以后，他依然这样说：" + refrain])
    assert repeats(text) == []


def test_labelled_template_items_are_parallel_but_opening_words_are_not():
    problem = "存在问题：部分小区停车位不足。"
    text = "\n\n".join(
        [
            problem + "解决办法：利用闲置空地新建停车场。",
            "东区今年已新建停车泊位300个。",
            "西区正在推进立体停车库建设。",
            problem + "解决办法：错时开放机关单位停车场。",
        ]
    )
    assert repeats(text) == []  # the same question in a list of questions and answers
    # neighbours that merely open with the same words do not make a passage parallel
    pasted = "\n\n".join(
        [
            "今年以来，全市新建停车泊位1.2万个。市区停车难问题有所缓解。",
            "今年以来，各区加快推进立体停车库建设。",
            "交警部门还优化了路内停车管理。",
            "今年以来，全市共查处违停车辆3万余辆。市区停车难问题有所缓解。",
        ]
    )
    assert [(x[0], x[1]) for x in repeats(pasted)] == [(7, 1)]


DOUBLED = [r for r in RULES if r.id == "doubled-word"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a subhead that lost its own line opens a short paragraph that starts with its words
        ("报考本科也能免学费留学荷兰荷兰的公立大学对本科生收费很低。", False),
        ("二：关于海外实习海外实习安排在第二学年。", False),
        ("（三）关于申请材料申请材料须在每年三月前寄出。", False),
        # a short run at the start, or a doubling after a comma, is a slip
        ("今年全市新建校舍新建校舍38所。", True),
        ("据介绍，今年全市新建校舍新建校舍38所。", True),
    ],
)
def test_doubled_words_in_short_paragraphs(text, flagged):
    doc = Document("标题\n\n" + text)
    assert bool(lint_document(doc, DOUBLED)) is flagged
