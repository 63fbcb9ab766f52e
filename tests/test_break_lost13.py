"""Body paragraphs whose tail is lost, where the end alone could pass for complete (issue 9).

A colon between two figures (1：15, 16:9) or inside a title (《…：…》) is no label's; a number with
the 多/余 of an approximate amount and nothing after it (已有300多) owes its unit; a role and
a surname with nothing after it (退休教师吴) is a name cut after its first character. Their
look-alikes stay silent: a list of names after a label, a schedule's date, a whole name,
a surname after 姓. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import lone_clause_char, tail_evidence
from lint_news.document import Document
from lint_news.engine import lint_document

from .break_support import broken_paragraph_rule
from .break_support import lines as lines_in

TEXT = (
    "城西新区文化节昨晚在市民广场开幕，演出持续了两个小时。\n\n"
    "{para}\n\n"
    "据了解，文化节将持续一周，每晚都有不同的节目。\n\n"
    "主办方表示，明年将邀请更多的本地团体参加。"
)


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


def lines(rule, para: str) -> set[int]:
    return lines_in(rule, TEXT.format(para=para))


@pytest.mark.parametrize(
    "para",
    [
        # a ratio's colon is no label: the clauses around it are one sentence
        "新方案把师生比从原来的1：15调整到1：12，使得每个班级的学生人数明显",
        # nor is a colon inside a title
        "《城市更新：老街区的新生活》是今年由本地出版社推出的一本记录城西十年变化的新书",
        # a figure and 多 with nothing after: the unit is owed
        "据介绍，今年报名参加培训的学员已有300多",
        # a role and a surname alone: the name is cut
        "为演员颁奖的是从市文化馆退休的老馆长吴",
    ],
)
def test_an_end_that_passes_for_complete_is_reported(rule, para):
    assert lines(rule, para) == {3}


@pytest.mark.parametrize(
    "para",
    [
        "主演：刘晓东，王美华，陈志强",  # a list of names after a label
        "第三站：2024年6月3日－6日，城西新区希望小学",  # a schedule's date and place
        "演出时间：每晚7:30，地点：市民广场",  # a time's colon, a short value
        "比赛结果：主队以98:95获胜。",  # a closed end
    ],
)
def test_labels_and_lists_stay_silent(rule, para):
    assert lines(rule, para) == set()


@pytest.mark.parametrize(
    "tail",
    [
        "为演员颁奖的是退休的老馆长吴晓东",  # a whole name
        "这位老馆长姓吴",  # a surname after 姓
        "参加培训的学员很多",  # 很多: no figure
        "两份方案的预算差不多",
        "演出一共持续了20分",  # a figure with its unit
    ],
)
def test_whole_names_and_amounts_are_no_cut_end(tail):
    assert tail_evidence(tail)[0] == 0.0


def test_a_cut_surname_and_an_amount_without_unit_say_why():
    assert "半个人名" in tail_evidence("为演员颁奖的是市文化馆的老馆长吴")[1]
    assert "没有单位" in tail_evidence("今年报名的学员已有300多")[1]
    assert "没有单位" in tail_evidence("报名的学员已有20余")[1]


ARTICLE = (
    "市体育馆改造工程昨天完工，新馆将于下月初对外开放。\n\n"
    "据介绍，改造后的场馆可容纳观众五千人，比原来多了一倍。\n\n"
)


@pytest.mark.parametrize(
    "last",
    [
        # an aside in brackets, then the clause goes on after a comma
        "看台的座椅全部换新。新座椅宽52厘米 (比原来的座椅宽出一截)，坐起来舒服",
        # the frame of a report, then the clause it frames, cut
        "场馆周边的停车位也同步增加。据报道，新",
        # a credit word deep in a sentence that runs on in clauses
        "开馆前夕，几位老运动员接受本报记者采访时谈到了对新馆的期待，希望更多市民走进场馆，大家",
        # a slash between two letters is no credit's
        "看台的座椅全部换新。新馆的A/B两个看台都已安装了遮阳棚，看台之间的通道",
    ],
)
def test_a_last_paragraph_cut_after_a_bracket_a_frame_or_a_slash(rule, last):
    doc = Document(ARTICLE + last)
    found = [doc.position(f.start)[0] for f in lint_document(doc, [rule])]
    assert found == [5]


@pytest.mark.parametrize(
    "last",
    [
        "（本报记者 王小明 摄）",
        "通讯员 李华/文 记者 张明/摄",
        "场馆周边的停车位也同步增加。（记者 张明）",
        "场馆周边的停车位也同步增加。据本报记者报道",
    ],
)
def test_credits_at_the_end_stay_silent(rule, last):
    doc = Document(ARTICLE + last)
    assert list(lint_document(doc, [rule])) == []


OPEN = "社区食堂今天正式开业，每份午餐定价十二元。不少老人一早就来排队，食堂负责人说，下一步还将推出送餐上门"


def test_paragraphs_that_end_in_contact_lines_say_nothing_of_the_house_style(rule):
    # the other paragraphs end in a telephone number and a web address: no evidence that
    # paragraphs here go without a final mark; the open one's own sentences have theirs
    text = (
        "社区正在招募志愿者。报名的居民可以拨打服务热线，咨询电话：0571-8888 6666\n\n"
        + OPEN
        + "\n\n更多信息请登录社区网站www.example.cn"
    )
    doc = Document(text)
    assert [doc.position(f.start)[0] for f in lint_document(doc, [rule])] == [3]


@pytest.mark.parametrize(
    "text",
    [
        OPEN,  # a document of one paragraph
        # paragraphs of running text that all go without a final mark: the house style
        "食堂每天早上六点开门。晚上七点关门，节假日照常营业\n\n"
        + OPEN
        + "\n\n附近的居民都很高兴。他们说，以后吃饭方便多了",
    ],
)
def test_an_open_end_with_no_house_style_to_go_by_stays_silent(rule, text):
    assert list(lint_document(Document(text), [rule])) == []


def test_clauses_after_a_link_in_the_last_sentence_are_its_end(rule):
    # the link label is furniture inside the paragraph; the clauses after it run on and stop
    para = (
        "邻里节上周在市民中心举行。［详细］由市文明办与区团委共同主办的这次活动，"
        "吸引了上千名居民参加，现场还设置了"
    )
    assert lines(rule, para) == {3}


@pytest.mark.parametrize(
    "para",
    [
        "邻里节上周在市民中心举行。［详细］邻里节吸引上千名居民参加",  # a headline after a link
        "邻里节上周在市民中心举行    上千名居民参加邻里节    市民中心开放志愿服务台",
    ],
)
def test_headlines_after_a_link_or_spaces_stay_silent(rule, para):
    assert lines(rule, para) == set()


@pytest.mark.parametrize(
    "last",
    [
        "场馆的开放时间将另行公布。市民可关注体育局官",  # 官|网
        "场馆的看台由本地企业承建。新馆的设计者是国内首",  # 首|位
        "开幕式请来了三位裁判和一名场地工作人",  # 工作人|员
    ],
)
def test_a_last_sentence_that_stops_on_half_a_word_is_reported(rule, last):
    if "。" not in last:
        last = "开幕式定于周六上午举行。" + last
    doc = Document(ARTICLE + last)
    assert [doc.position(f.start)[0] for f in lint_document(doc, [rule])] == [5]


@pytest.mark.parametrize(
    "trailer",
    ["本报记者 王小明", "体育场馆迎来开放日", "体育局供稿", "据新华社", "我要评论", "大陆"],
)
def test_credits_and_glued_headlines_ending_on_whole_words_stay_silent(rule, trailer):
    doc = Document(ARTICLE + "开幕式定于周六上午举行。" + trailer)
    assert list(lint_document(doc, [rule])) == []


@pytest.mark.parametrize(
    "tail",
    ["本周新基金的净值上涨3.2%，收", "新系统可以同时调度五行，操", "每张体验卡的使用说明：每"],
)
def test_a_clause_of_one_character_that_is_no_word_alone_is_half_a_word(tail):
    assert lone_clause_char(tail) == tail[-1]


@pytest.mark.parametrize("tail", ["大家商量了一下，好", "他想了想，走", "他点点头说，行"])
def test_a_one_word_answer_after_a_comma_is_a_whole_clause(tail):
    assert lone_clause_char(tail) is None


def test_a_short_label_value_that_stops_on_half_a_word_is_reported(rule):
    # a short line after a label stays silent (地点：…), unless its last clause is one
    # character that is no word alone
    assert lines(rule, "体验卡将在周日清空。温馨提示：请尽早使用，领") == {3}
    assert lines(rule, "体验卡将在周日清空。温馨提示：请尽早使用，好") == set()
