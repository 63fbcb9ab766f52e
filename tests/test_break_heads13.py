"""Heads of broken paragraphs that look like titles (issue 9, heads13).

1. The family of subheads: a short line between two body paragraphs is read as one more
   subhead only when the text has real headings. A numbered item of running text
   (1、新园周末也开放，…), a line of speech (…谁不愿意呢？, 我们向…表示感谢！), a speaker's
   line (网友：…), a lead (本报讯…) or a line that tells what follows (家长们不会忘记：) is
   no heading, so it no longer hides a paragraph's head.
2. Under the headline: a lead whose dateline carries brackets or spaces (【本报讯】,
   新浪教育讯\\xa0) is no web page furniture; a lead that stops on the dot of a foreign name
   (…阿卜杜拉·) or a date in 〇 figures (（二○) is open; a line of one character (新 |
   华社…电) is no headline over the dateline after it.

Every sentence here is written for the test; each shape has look-alikes that stay silent.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_heads import _prose_item, _told

from .break_support import broken_paragraph_rule, lines


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


# another line of the body ({member}) and a short line deep in it ({line}) on line 9
FAMILY = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "{member}\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "家长们对新园的评价普遍较高。\n\n"
    "{line}\n\n"
    "教师队伍也在不断壮大，去年新招聘教师180人。\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)
LINE = 9
HEAD = "社区志愿者每周"


@pytest.mark.parametrize(
    "member",
    [
        "这样的好事你们不愿意吗？",
        "我们向各位家长表示感谢！",
        "网友：新园什么时候开始招生？",
        "家长们不会忘记：",
        "1、新园周末也开放，家长可以预约参观。",
        "2、报名须知。名额有限，报满即止。",
        "本报讯今年全区的新园陆续开学",
    ],
)
def test_a_line_that_is_no_heading_makes_no_family(rule, member):
    assert LINE in lines(rule, FAMILY.format(member=member, line=HEAD))


@pytest.mark.parametrize(
    "member",
    [
        "新园建设跑出加速度",
        "师资为何能留住？",  # a subhead may ask
        "这是为什么？",
        "新园收费贵吗？",  # the question of a FAQ
        "1、扩大普惠供给",
        "一、加大宣传力度。",  # a numbered heading with a full stop
        "编者点评：",  # a label
        "李华同学：",  # a salutation
    ],
)
def test_a_heading_makes_a_family(rule, member):
    assert LINE not in lines(rule, FAMILY.format(member=member, line=HEAD))


@pytest.mark.parametrize(
    "t",
    ["1、新园周末也开放，家长可以预约参观。", "（四）资金往来。建立结算制度", "3、快！报名啦"],
)
def test_prose_items(t):
    assert _prose_item(t)


@pytest.mark.parametrize("t", ["一、加大宣传力度。", "1、扩大普惠供给", "（二）成效显著！"])
def test_heading_items(t):
    assert not _prose_item(t)


@pytest.mark.parametrize("t", ["乡亲们不会忘记：", "大家都知道：", "记者了解到："])
def test_told(t):
    assert _told(t)


@pytest.mark.parametrize("t", ["编者点评：", "专家点评：", "李华同学：", "主办单位：", "不会忘记"])
def test_not_told(t):
    assert not _told(t)


# a headline, a line under it ({line}, line 3), the paragraph after it ({nxt})
UNDER = (
    "全区今年新建幼儿园6所\n\n{line}\n\n{nxt}\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。"
)


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("新", "华社北京6月5日电"),
        ("【本报讯】(记者 王", "明)今年全区新建幼儿园6所，新增学位2700个。"),
        ("新浪教育讯\xa0 据区教育局介", "绍，今年全区新建幼儿园6所，新增学位2700个。"),
        (
            "新华网北京6月10日电 外交部发言人今天介绍了阿卜杜拉·",
            "本·侯赛因国王访华的日程。",
        ),
        ("（二○", "○○年十二月三十一日）"),
    ],
)
def test_a_cut_lead_under_the_headline(rule, line, nxt):
    assert 3 in lines(rule, UNDER.format(line=line, nxt=nxt))


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("普惠学位增加两千多个", "新华社北京6月5日电"),
        ("【本报讯】(记者 王明)", "今年全区新建幼儿园6所，新增学位2700个。"),
        (
            "新浪教育讯\xa0 据区教育局介绍，今年全区新建幼儿园6所，新增学位2700个。",
            "家长们对新园的评价普遍较高。",
        ),
        ("相关新闻：【图】新园开学  【视频】家长", "今年全区新建幼儿园6所，新增学位2700个。"),
        ("访问日程安排·", "今年全区新建幼儿园6所，新增学位2700个。"),
    ],
)
def test_look_alikes_under_the_headline_stay_silent(rule, line, nxt):
    assert 3 not in lines(rule, UNDER.format(line=line, nxt=nxt))


# a headline, a byline ({by}), a line under it ({line}, line 5) and the body
BYLINE = (
    "全区今年新建幼儿园6所\n\n{by}\n\n{line}\n\n{nxt}\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。"
)


@pytest.mark.parametrize(
    ("by", "line", "nxt"),
    [
        ("本报评论员", "加快学前教育普惠发展，尽快补齐学位", "缺口，是今年全区的一项重点任务。"),
        ("本报记者 王明", "全区今年新建的幼儿园中有六所已经开", "园，新增学位2700个。"),
        (
            "本报记者 王明 通讯员 李华",
            "区教育局日前正式公布",
            "了今年的招生计划，全区新增学位2700个。",
        ),
    ],
)
def test_a_clause_under_the_byline_is_the_leads_head(rule, by, line, nxt):
    assert 5 in lines(rule, BYLINE.format(by=by, line=line, nxt=nxt))


@pytest.mark.parametrize(
    ("by", "line"),
    [
        ("本报记者 王明", "一所新园的三年"),  # a feature's first subhead: a noun phrase
        ("本报记者 王明", "——记全区学前教育的三年"),
        ("本报记者 王明", "本报北京6月5日电"),
        ("本报记者 王明", "编者按"),
        ("本报记者 王明", "（附图片1张）"),
        ("图片新闻", "新园开学了"),  # a column's label, no byline
        ("本报记者 王明", "走进城东新园"),  # a feature's first subhead over a sentence
        ("本报记者 王明", "家门口有了好学校"),
        ("本报记者 王明", "记全国劳模、幼儿园园长李华"),
    ],
)
def test_a_heading_under_the_byline_stays_silent(rule, by, line):
    nxt = "清晨六点，全区新建的6所幼儿园陆续开门迎接孩子。"
    assert 5 not in lines(rule, BYLINE.format(by=by, line=line, nxt=nxt))


# rows of a weather table, one per line (a place, the weather, two temperatures)
ROWS = ["明日天气", "广州多云18℃／25℃", "昆明晴8℃／20℃", "成都阴转小雨6℃／11℃", "兰州多云－6℃／4℃"]


@pytest.mark.parametrize(
    "last",
    [
        ["西宁"],  # the head of a row whose figures are lost
        ["西宁晴转"],
        ["西宁晴－8℃", "／5℃"],  # a row split before its separator
    ],
)
def test_a_row_cut_at_the_end_of_a_table(rule, last):
    text = "\n\n".join(ROWS + last) + "\n"
    assert 11 in lines(rule, text)


@pytest.mark.parametrize(
    "last",
    [
        "了不起的一万亿",  # the headline of what follows: opens unlike the rows, a particle
        "北京迎来首场雪",  # a verb
        "市气象台供稿",  # a credit
        "以上数据由市气象台提供",  # a note
        "西宁晴转多云－8℃／5℃",  # a whole row
        "全市平均9℃",  # a row of fewer columns that ends on a unit
    ],
)
def test_what_ends_a_whole_table_stays_silent(rule, last):
    text = "\n\n".join([*ROWS, last]) + "\n"
    assert 11 not in lines(rule, text)


@pytest.mark.parametrize(
    "line",
    [
        "（记者王明 李华）区教育局日前宣布：全区今年将新建幼儿园",
        "（新华网 王明 6月2日广州报道）6月1",
    ],
)
def test_a_lead_that_opens_with_a_byline_in_brackets_under_the_headline(rule, line):
    nxt = "6所，新增学位2700个，家长们拍手称快。"
    assert 3 in lines(rule, UNDER.format(line=line, nxt=nxt))


@pytest.mark.parametrize("line", ["（记者王明 李华）", "（附图片2张）", "（图）新园开学了"])
def test_a_note_in_brackets_under_the_headline_stays_silent(rule, line):
    nxt = "今年全区新建幼儿园6所，新增学位2700个。"
    assert 3 not in lines(rule, UNDER.format(line=line, nxt=nxt))


# a list whose items end with ； or 。; the second item ({line}, line 5) and what follows
LIST = (
    "申请补贴的家庭应当符合下列条件：\n\n"
    "（一）在本区居住满一年的；\n\n"
    "{line}\n\n"
    "{rest}\n\n"
    "（三）家庭人均收入低于本区平均水平的；\n\n"
    "（四）未享受其他同类补贴的。\n\n"
    "申请时间另行通知。"
)


def test_an_item_whose_rest_is_the_short_line_after_it(rule):
    text = LIST.format(line="（二）家中有老人不能独立", rest="生活的；")
    assert 5 in lines(rule, text)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("（二）家中有老人不能独立生活的；", "申请人还须提交相关证明。"),  # a whole item
        ("二、申请办法", "申请人到街道窗口提交材料。"),  # a heading of another level
    ],
)
def test_a_whole_item_or_a_heading_stays_silent(rule, line, rest):
    assert 5 not in lines(rule, LIST.format(line=line, rest=rest))


END = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "{line}"
)


@pytest.mark.parametrize("line", ["园长指着刚刚刷好的围墙告诉", "新园的收费标准按照规"])
def test_a_last_line_that_stops_short(rule, line):
    assert 5 in lines(rule, END.format(line=line))


@pytest.mark.parametrize("line", ["家门口的好学校", "新园开学第一天", "展望2025", "区教育局供稿"])
def test_a_last_line_that_ends_whole_stays_silent(rule, line):
    assert 5 not in lines(rule, END.format(line=line))


KEY_VALUE = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局还为新园开通了线上报名渠道。\n\n"
    "{line}\n\n"
    "{nxt}\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("报名网址：www.kinder", "garten.cn，家长可登录查询。"),
        ("园长寄语：Have a nice d", "ay at school，每天都开心。"),
    ],
)
def test_a_latin_word_cut_after_a_key(rule, line, nxt):
    assert 5 in lines(rule, KEY_VALUE.format(line=line, nxt=nxt))


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("报名网址：www.kindergarten.cn", "家长可登录查询，名额有限。"),
        ("报名方式：手机登录", "iPhone和安卓手机都能使用，家长可随时查询。"),
    ],
)
def test_a_whole_value_stays_silent(rule, line, nxt):
    assert 5 not in lines(rule, KEY_VALUE.format(line=line, nxt=nxt))
