"""Paragraphs whose tail is lost (issue 9, break-lost), helper lost12: a web or mail address
or a telephone number cut off with the tail. Every address, number and sentence here is
made up for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_contacts import address_cut, contact_cut, phone_cut
from lint_news.checks.break_datelines import reporter_lead
from lint_news.checks.break_evidence import STRONG, paragraph_half_word, tail_evidence
from lint_news.checks.break_prose import prose_clause
from lint_news.checks.break_series import series_stub
from lint_news.checks.break_title_ends import adverbial_then_stub
from lint_news.document import Document
from lint_news.engine import lint_document

from .break_support import BODY, LINE, broken_paragraph_rule
from .break_support import lines as lines_in


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


def body(line: str) -> str:
    return BODY.format(line=line, other="新园建设")


# a body paragraph that ends with contact details (the last paragraph of a product page)
PAGE = (
    "城东数码广场本周推出新款相机，机身轻巧，适合旅行携带。\n\n"
    "该机内置两千万像素传感器，支持四倍光学变焦。\n\n"
    "商家名称：城东数码广场，{line}"
)
PAGE_LINE = 5


# -- web and mail addresses ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "更多消息请关注官方网站：www.chengdon",  # www. and no domain ending
        "手机用户也可登录wap.xinyuan-ga",
        "玩家可访问http://xinyuan",  # a scheme and a host with no dot
        "客服邮箱：service@xinyuan-game",  # a mail host with no dot
        "客服邮箱：kf@x",
        "游戏官方网站：c",  # a web label and one letter
        "欢迎访问www.xinyuan-",  # a hyphen with nothing after it
    ],
)
def test_an_address_with_no_domain_ending_is_cut(rule, line):
    assert address_cut(line)
    assert contact_cut(line)
    assert PAGE_LINE in lines_in(rule, PAGE.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "更多消息请关注官方网站：www.chengdong.com",
        "手机用户也可登录wap.xinyuan.cn",
        "玩家可访问http://192.168.10.20",  # an IP address
        "客服邮箱：service@xinyuan-game.com.cn",
        "详情见http://www.xinyuan.cn/news/2",  # a path: any end may be whole
        "本机支持Wifi",  # a Latin word, no address
        "型号为X9",
        "游戏官方网站正在维护",  # a web label and no address
        "请登录8",  # a figure after the label: no host name
    ],
)
def test_a_whole_address_or_other_latin_end_is_not_an_address_cut(line):
    assert not address_cut(line)


def test_a_whole_address_at_a_pages_end_stays_silent(rule):
    assert PAGE_LINE not in lines_in(rule, PAGE.format(line="官方网站：www.chengdong.com"))
    assert PAGE_LINE not in lines_in(rule, PAGE.format(line="客服邮箱：kf@chengdong.net"))


# -- telephone numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "商家电话：010-6543210",  # Beijing: eight digits since 1996
        "联系电话：021-5432109",  # Shanghai
        "联系方式：020-876543",  # a contact label cut_number does not name
        "联系方式：0731-8234",
        "[联系电话] 010-65432109 654321",  # the second number shorter than the first
        "联系电话：0571-87654321 8",
        "联系方式：1391234",  # a mobile number of seven digits
        "客服：020-3456789",
        "[联系方式] 40012",  # a service number of five digits
        "咨询电话：010-65432109，010-6",  # the second of two, cut after its area code
    ],
)
def test_a_number_shorter_than_any_of_its_kind_is_cut(rule, line):
    assert phone_cut(line)
    assert PAGE_LINE in lines_in(rule, PAGE.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "商家电话：010-65432109",
        "联系电话：0731-8234567",  # a city of seven-digit numbers
        "联系方式：0571-87654321 87654322",  # two whole numbers
        "咨询热线：400 880 1234",  # one number in groups
        "客服电话：95588",  # a short service number
        "联系电话：13912345678 010-65432109",
        "联系人：张先生 13912345678",
        "今年共接待游客1200",  # no contact label
        "咨询电话：010-65432109，010-65432108",
        "热线：400-123-4567",
        "[商家电话] 0571 87654321",  # the area code apart from the number
        "客服QQ：56789",  # a QQ number of five digits is whole
    ],
)
def test_a_whole_number_is_not_cut(line):
    assert not phone_cut(line)


def test_a_whole_number_at_a_pages_end_stays_silent(rule):
    assert PAGE_LINE not in lines_in(rule, PAGE.format(line="联系电话：010-65432109"))


@pytest.mark.parametrize("line", ["新园报名电话：010-6543210", "报名咨询：请登录www.xinyuan"])
def test_a_title_like_line_that_stops_in_a_contact_is_a_break(rule, line):
    assert LINE in lines_in(rule, body(line))


def test_a_title_like_line_with_a_whole_contact_stays_silent(rule):
    assert LINE not in lines_in(rule, body("报名咨询：www.xinyuan.cn"))


# -- running prose after an article's last full stop ---------------------------------------

# an article whose last paragraph goes on after its last full stop ({last}, no mark)
ENDING = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "家长们对新园的评价普遍较高，报名人数比去年多了三成。{last}"
)
ENDING_LINE = 5


@pytest.mark.parametrize(
    "last",
    [
        "园长李华说，她们已经和区教育局的同志",  # (a comma: runs on before too)
        "园长李华昨天已经和区教育局的同志",  # 已经 and 的
        "图为孩子们在新园操场上种下的小树",  # 在 and 的
        "许多家长也把孩子从城西的私立园",  # 也, 把, 从
    ],
)
def test_running_prose_after_the_last_full_stop_is_a_break(rule, last):
    assert ENDING_LINE in lines_in(rule, ENDING.format(last=last))


@pytest.mark.parametrize(
    "last",
    [
        "本报记者 张明",  # a credit
        "区教育局局长王建国",
        "城东新园九月开园迎新生",  # a glued headline: no function words
        "新区幼儿园建设项目获批  城东新园明年开学",  # headlines in a row
        "本报北京5月8日电",
    ],
)
def test_a_credit_or_glued_headline_after_the_last_full_stop_stays_silent(rule, last):
    assert not prose_clause(last)
    assert ENDING_LINE not in lines_in(rule, ENDING.format(last=last))


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("园长李华昨天已经和区教育局的同志", True),
        ("他们在新园门口等了很久", True),
        ("城东新园的新教师", False),  # one function word, too short
        ("全区学前教育普惠发展的新阶段新任务", False),  # 的 alone, however long
        ("市政府将在城东建设三所新幼儿园", False),  # a headline's 将 and 在: one word of prose
    ],
)
def test_prose_clause_counts_function_words(text, prose):
    assert prose_clause(text) is prose


@pytest.mark.parametrize(
    "last",
    [
        "城东新园园长（原城西幼儿园副园长）李华昨天已经把新学期的课程表",  # a bracket
        "区教育局在今天的通报中也对各园的评估报道",  # 报道 inside the clause
        "有家长在评论中也说，孩子在新园的第一个月",  # 评论 inside the clause
    ],
)
def test_running_prose_with_a_credit_word_inside_is_a_break(rule, last):
    assert prose_clause(last)
    assert ENDING_LINE in lines_in(rule, ENDING.format(last=last))


@pytest.mark.parametrize("last", ["本报记者 张明 通讯员 李华", "（记者 张明） 据城东日报"])
def test_a_credit_after_the_last_full_stop_stays_silent(rule, last):
    assert not prose_clause(last)
    assert ENDING_LINE not in lines_in(rule, ENDING.format(last=last))


# a product page: a price line and a contact line the classifier takes for a heading
PRODUCT = (
    "城东数码广场本周推出新款相机，机身轻巧，适合旅行携带。\n\n"
    "该机内置两千万像素传感器，支持四倍光学变焦。\n\n"
    "[参考价格] 2380元   [咨询电话] {number}"
)


def test_a_contact_line_that_stops_in_its_number_is_a_break(rule):
    assert PAGE_LINE in lines_in(rule, PRODUCT.format(number="139"))
    assert PAGE_LINE in lines_in(rule, PRODUCT.format(number="010-65432109 6543"))


def test_a_whole_contact_line_stays_silent(rule):
    assert PAGE_LINE not in lines_in(rule, PRODUCT.format(number="13912345678"))
    assert PAGE_LINE not in lines_in(rule, PRODUCT.format(number="010-65432109 65432108"))


LIST = (
    "城东新园今年秋季招生，具体办法如下：\n\n"
    "1、招生对象为本区适龄儿童；\n\n"
    "2、报名时间为6月1日至6月10日；\n\n"
    "3、报名时请携带户口本和预防接种证，咨询电话：{number}"
)


def test_a_list_item_that_stops_in_its_number_is_a_break(rule):
    assert 7 in lines_in(rule, LIST.format(number="010-6543"))
    assert 7 not in lines_in(rule, LIST.format(number="010-65432109"))


# -- a dateline with no story after it -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "城东新园九月开学\n\n新华社城东5月3日电",  # the dateline alone under its headline
        "城东新园九月开学\n\n本报讯\n\n（张明 李华）",  # and a credit
        "城东新园九月开学\n\n中新网5月3日电\n\n城西新园明年开学\n\n本报讯 城西新园的选址已经确定。",
    ],
)
def test_a_dateline_over_no_story_is_a_break(rule, text):
    assert 3 in lines_in(rule, text)


@pytest.mark.parametrize(
    "text",
    [
        "城东新园九月开学\n\n新华社城东5月3日电\n\n城东新园将于九月开学，招收幼儿300名。",
        "城东新园将于九月开学，招收幼儿300名。\n\n（新华社城东5月3日电）",  # a closing credit
        "城东新园九月开学\n\n本报讯 城东新园将于九月开学，招收幼儿300名。",
    ],
)
def test_a_dateline_over_its_story_or_closing_one_stays_silent(rule, text):
    assert 3 not in lines_in(rule, text)


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("本报城东5月3日讯记者张明从今天在此间召开的全区学前教育工作会", True),
        ("本报讯记者李华昨天在城东新园开园仪式上看到孩子们", True),
        ("本报讯记者张明", False),  # the dateline and the credit alone
        ("本报城东5月3日电记者张明李华", False),
        ("新华社城东5月3日电记者张明报道", False),
    ],
)
def test_a_dateline_and_credit_with_the_leads_first_words_is_cut(line, cut):
    assert reporter_lead(line) is cut


def test_a_lead_line_after_its_dateline_and_credit_is_a_break(rule):
    text = (
        "城东新园九月开学\n\n本报城东5月3日讯记者张明从今天在此间召开的全区学前教育工作会\n\n"
        + ("区教育局局长王建国介绍，城东新园将于九月开学。\n\n全区今年新增学位2700个。")
    )
    assert 3 in lines_in(rule, text)


# -- a time or place adverbial and a stub of its clause ------------------------------------


@pytest.mark.parametrize(
    "line", ["春节前夕，城东", "开学之际，区教", "园区办公楼里，几位老", "今年五月，全"]
)
def test_an_adverbial_and_a_stub_of_its_clause_is_a_break(rule, line):
    assert adverbial_then_stub(line)
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize(
    "line",
    [
        "新春伊始，万象更新",  # a couplet of equal parts
        "去年全区学位增长三成，继续领先全市",  # a clause after the comma
        "城东新园，孩子们的乐园",  # no time or place before the comma
        "春节前夕，城东、城西",  # another mark
    ],
)
def test_a_heading_with_a_comma_is_no_adverbial_stub(line):
    assert not adverbial_then_stub(line)


# -- a series cut in its last item ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "明天城东、城西、南湖、北",
        "参加开园仪式的有：区教育局、区卫健委、街",
        "新园的老师来自师范学院、幼儿师范学校、职",
    ],
)
def test_a_series_whose_last_item_is_one_character_is_cut(rule, text):
    assert series_stub(text)
    assert tail_evidence(text)[0] >= STRONG
    doc = ENDING.format(last=text)
    assert ENDING_LINE in lines_in(rule, doc)


@pytest.mark.parametrize(
    "text",
    [
        "孩子们最喜欢的颜色是红、黄、蓝",  # a series of single characters
        "城东新园、城西新园",  # the last item whole
        "全区的党、政、军",
        "区教育局、区卫健委、街道",
    ],
)
def test_a_series_of_whole_items_is_not_cut(text):
    assert not series_stub(text)


# -- a name cut, written out whole elsewhere -----------------------------------------------

NAMED = (
    "今年全区新建幼儿园6所，区教育局局长{name}在开园仪式上致辞。\n\n"
    "新园建设\n\n"
    "{name}说，新园配备了专职保健医生。\n\n"
    "家长们对新园的评价普遍较高。\n\n"
    "{line}\n\n"
    "教师队伍也在不断壮大，{name}表示，去年新招聘教师180人。\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)


@pytest.mark.parametrize("name", ["马晓林", "张志强"])
def test_a_line_that_stops_on_the_first_two_characters_of_a_name_is_a_break(rule, name):
    text = NAMED.format(name=name, line="城东新园的家长们也致信" + name[:2])
    assert LINE in lines_in(rule, text)


def test_a_name_followed_by_the_start_of_another_word_stays_silent(rule):
    # 宋双 | 亲自…: elsewhere the two characters are a whole name and 亲 opens 亲自
    text = NAMED.format(name="宋双亲自", line="城东新园的家长们也致信宋双")
    assert LINE not in lines_in(rule, text)


# -- a line over the next story's dateline that no title is ---------------------------------

TWO_STORIES = (
    "城东新园九月开学\n\n本报讯 城东新园将于九月开学。\n\n区教育局表示，全区今年新增学位2700个。\n\n"
    "{line}\n\n本报讯 城西新园的选址已经确定，明年开工建设。\n\n区教育局表示，新园将招收幼儿300名。"
)


@pytest.mark.parametrize("line", ["李华指出，城东新园已经接待了一", "城东新园接连发生十"])
def test_a_line_no_title_ends_so_is_a_break_even_over_a_dateline(rule, line):
    assert 7 in lines_in(rule, TWO_STORIES.format(line=line))


def test_the_next_storys_headline_over_its_dateline_stays_silent(rule):
    assert 7 not in lines_in(rule, TWO_STORIES.format(line="城西新园选址确定"))


def test_running_prose_after_a_clause_and_its_colon_is_a_break(rule):
    last = "园长李华在开园仪式上说了三件事：孩子们在新园里已经交到了很多"
    assert ENDING_LINE in lines_in(rule, ENDING.format(last=last))


def test_a_title_after_a_label_in_a_texts_first_line_stays_silent(rule):
    text = "主题：孩子们在新园里已经交到了很多好朋友\n\n" + ENDING.format(last="")
    assert 1 not in lines_in(rule, text)


@pytest.mark.parametrize(
    "text",
    [
        "城东新园的孩子 城西新园的老师 南湖新园也在招生",
        "相关新闻：城东新园  城西新园已经开学的消息",
    ],
)
def test_lines_of_links_apart_by_spaces_are_no_prose(text):
    assert not prose_clause(text)


# -- a verb and its aspect particle whose last two characters are a word too ---------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [("城东新园的发展伴随着", "伴随着"), ("城东新园已经成为了", "成为了")],  # 随着, 为了
)
def test_a_verb_owing_its_object_after_its_aspect_particle_is_cut(text, verb):
    assert tail_evidence(text) == (STRONG, f"句末的“{verb}”缺少宾语")


@pytest.mark.parametrize("text", ["城东新园的面积相当了得", "这份工作很值得", "孩子们都笑了"])
def test_a_word_split_by_the_tagger_still_ends_a_clause(text):
    assert tail_evidence(text)[0] == 0.0


# -- half a word by the dictionary at a paragraph's end ------------------------------------

MIDDLE = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n{p}\n\n"
    "家长们对新园的评价普遍较高，报名人数比去年多了三成。\n\n下一步，全区将继续推进学前教育普惠发展。"
)


def _severities(rule, text):
    doc = Document(text)
    return {doc.position(f.start)[0]: f.severity for f in lint_document(doc, [rule])}


@pytest.mark.parametrize(
    "p",
    [
        "新园的教室宽敞明亮，孩子们的午睡室也很安静，但整",
        "区教育局介绍，为了保证孩子们的饮食安全，该园采",
    ],
)
def test_a_paragraph_that_stops_on_half_a_word_is_a_break_at_full_severity(rule, p):
    assert paragraph_half_word(p)[0] == STRONG
    assert _severities(rule, MIDDLE.format(p=p)).get(3) == rule.severity


@pytest.mark.parametrize("p", ["新园的教室宽敞明亮，设施齐全", "区教育局介绍，该园很好"])
def test_a_paragraph_that_stops_on_a_whole_word_is_no_half_word(p):
    assert paragraph_half_word(p)[0] == 0.0


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("本报城东5月3日讯新华社记者张明、本报", True),  # the next reporter's paper, no name
        ("本报城东5月3日讯新华社记者张明、本报记者李华", False),
    ],
)
def test_a_dateline_whose_last_reporter_is_only_a_paper_is_cut(rule, line, cut):
    text = f"城东新园九月开学\n\n{line}\n\n城东新园将于九月开学，招收幼儿300名。"
    assert (3 in lines_in(rule, text)) is cut
