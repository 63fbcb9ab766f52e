"""Breaks shown by the joint alone, in web copy (issue 9, next16): a bracketed label cut
inside its brackets, a price label whose figure opens the next paragraph, capitals or a
model code cut with no space at the joint, an area code cut from its number. Every sentence
here is written for the test; each shape has look-alikes that must stay silent.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_glue import GLUE, GLUE_WEAK, glued_joint, key_cut, latin_cut

from .break_support import pairs, structure_rules

OPEN = "这款便携音箱本周起在各大卖场上市，外观小巧，续航可达十二小时。"
MIDDLE = "音箱支持蓝牙连接和多设备切换，低音表现比上一代更加饱满。"
CLOSE = "总体来看，这款音箱的性价比较高，适合经常外出的用户。"


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


def doc(*paras: str) -> str:
    return "\n\n".join((OPEN, MIDDLE, *paras, CLOSE))


@pytest.mark.parametrize(
    "head,tail",
    [
        ("晴空S3\xa0\xa0\xa0 【参考售价】：499元\xa0\xa0\xa0 【联系电", "话】：0571-88776655"),
        ("晴空S3\xa0\xa0 [商品名称]：便携音箱\xa0\xa0 [参", "考价格]：499元"),
        ("晴空S3\xa0\xa0 [参考价格]：499元\xa0\xa0 [商家", "地址]：滨江区科技路8号"),
        ("晴空S3\xa0\xa0 [参考价格]：499元\xa0\xa0 [商家电话] 0571", "-88776655"),
        ("本次发布会的图片均由 R", "OVERS/摄"),
        ("机身背面标有型号VX-Q", "7B字样，并附有说明书。"),
    ],
)
def test_a_cut_label_code_or_number_is_a_break_paired_with_its_rest(rules, head, tail):
    assert (5, 7) in pairs(rules, doc(head, tail))


def test_a_price_label_whose_figure_opens_the_next_paragraph_is_a_break(rules):
    text = doc(
        "晴空S3便携音箱已经到货，欢迎选购。[参考价格]", "499元\xa0\xa0 [商家电话] 0571-88776655"
    )
    assert (5, 7) in pairs(rules, text)


@pytest.mark.parametrize(
    "tail,head,weight",
    [
        ("…【联系电", "话】：0571-88776655", GLUE),
        ("…[", "参考价格]：499元", GLUE),
        ("…[参考价格", "]：499元", GLUE),
        ("…[参考价格]", "499元", GLUE_WEAK),
        ("…[商家电话] 0571", "-88776655", GLUE),
        ("…图片来自TUN", "GSTAR/摄", GLUE),
        ("…型号HDR-XR", "520E", GLUE),
        ("…白色长裤￥", "1,280", GLUE),
        ("…客服邮箱：ser", "@example.cn", GLUE),
        ("…详见www.example.cn/news/item-A12", ".html", GLUE),
        ("…这条裙子来自设计师Anna-", "Marie的新系列", GLUE),
    ],
)
def test_glued_joint_weights(tail, head, weight):
    assert glued_joint(tail, head)[0] == weight


@pytest.mark.parametrize(
    "tail,head",
    [
        ("…[详细]", "[现场视频]"),  # two links, each closed
        ("…【", "】"),  # an empty pair of brackets, nothing cut
        ("…［更多", "内容请见本报明日版面，敬请关注］"),  # closed beyond a label's length
        ("…[参考价格]", "2023年起价格有所调整"),  # a year, not a price
        ("…[参考价格]", "以商家报价为准"),  # no figure
        ("…支持USB", "HDMI等多种接口"),  # two acronyms (the head's run then Chinese)
        ("…这款手机支持NFC", "NFC功能可以用来刷公交卡"),
        ("…这是一台NAS\xa0", "\xa0NAS存储的好处"),  # spaced apart: two names
        ("…厂商代号为ABCD", "EFGHIJK"),  # over ten letters joined
        ("…他在美国读MBA", "Harvard的课程"),  # a capital opens a name in lowercase
        ("…区号为010", "-1是错误写法"),  # no local number after the dash
        ("…总价100", "-200元不等"),  # a range, no area code
        ("…型号为X-Q", "7系列"),  # the head's digits then no letter
        ("…售价￥", "元起"),  # no figure after the sign
        ("…请发邮件给我们 ", "@小编 就能收到"),  # a space at the joint; a mention
        ("…文件名为report", ".pdf格式"),  # no web suffix
        ("…她的搭档是A-", "Team的成员"),  # one capital: no name before the hyphen
    ],
)
def test_look_alike_joints_show_nothing(tail, head):
    assert glued_joint(tail, head)[0] == 0.0


@pytest.mark.parametrize(
    "head,tail",
    [
        ("更多内容请见[详细]", "[现场视频]"),
        ("本次发布会由多家媒体参与报道 [图片]", "新华社记者摄"),
        ("音箱的接口包括USB", "HDMI接口可以连接电视，使用起来很方便。"),
        ("这款音箱的参考价格为499元。", "0571-88776655是商家的服务电话。"),
        (
            "晴空S3\xa0\xa0 [参考价格]：499元\xa0\xa0 [商家电话]：0571-88776655",
            "[商家地址]：科技路8号",
        ),
    ],
)
def test_look_alike_paragraphs_stay_silent(rules, head, tail):
    got = pairs(rules, doc(head, tail))
    assert not any(line == 5 and rel == 7 for line, rel in got)


def test_key_cut_and_latin_cut_read_the_joint_only():
    assert key_cut("晴空S3 【联系电", "话】：0571")
    assert not key_cut("晴空S3 【联系电话】", "0571")
    assert not key_cut("晴空S3 【联系电", "话：0571")  # never closed
    assert latin_cut("图片 R", "EUTERS/摄")
    assert not latin_cut("图片 R ", "EUTERS/摄")  # a space at the joint
    assert not latin_cut("图片 Reu", "TERS/摄")  # lowercase before the joint


# rows of a table, one per line (a place, its weather, its temperatures)
def _table(lines: list[str]) -> str:
    return "\n\n".join(lines)


ROWS = ["广州多云转晴18℃／25℃", "昆明阴转小雨9℃／17℃", "拉萨晴－6℃／8℃"]


@pytest.mark.parametrize(
    "head,rest",
    [
        ("成都多云转", "晴7℃／12℃"),  # the weather column's last word on the next line
        ("成都", "阴转小雨6℃／10℃"),
    ],
)
def test_a_row_whose_weather_opens_the_next_line_is_cut(head, rest):
    from lint_news.checks.break_tables import table_row_cut
    from lint_news.document import Document

    doc = Document(_table(["城市天气预报", *ROWS, head, rest, "西宁晴－10℃／3℃"]))
    b = doc.blocks[4]
    assert b.text == head
    assert table_row_cut(b, doc.blocks) == "表格行被拆成两行"


def test_two_rows_and_a_line_the_next_line_completes_are_a_cut_row():
    from lint_news.checks.break_tables import table_row_cut
    from lint_news.document import Document

    doc = Document(_table(["城市天气预报", *ROWS[:2], "拉萨晴－6℃／8", "℃"]))
    assert table_row_cut(doc.blocks[3], doc.blocks) == "表格行被拆成两行"


@pytest.mark.parametrize(
    "lines",
    [
        # a heading over the next rows: its row opens with a place, not a column's word
        ["城市天气预报", *ROWS, "西北地区", "西宁晴－10℃／3℃", "银川多云－8℃／4℃"],
        # a row named as a whole row's head is a row of its own
        ["城市天气预报", *ROWS, "成都", "拉萨晴－6℃／8℃"],
        # two rows, a line without figures: no table to speak of
        ["城市天气预报", *ROWS[:2], "成都多云转", "晴7℃／12℃"],
    ],
)
def test_look_alike_rows_stay_silent(lines):
    from lint_news.checks.break_tables import table_row_cut
    from lint_news.document import Document

    doc = Document(_table(lines))
    i = next(j for j, b in enumerate(doc.blocks) if not any(c.isdigit() for c in b.text) and j > 0)
    assert table_row_cut(doc.blocks[i], doc.blocks) is None


def test_a_number_cut_whose_rest_opens_the_text_is_paired_with_it(rules):
    # the rest of a telephone number stands first (a page begun mid-way, or moved): a first
    # line is a headline's place, but no headline is a number's last digits
    text = "\n\n".join(
        (
            "4455",
            OPEN,
            MIDDLE,
            "晴空S3\xa0\xa0 [参考价格] 499元\xa0\xa0 [商家电话] 0571-8877",
            CLOSE,
        )
    )
    assert (7, 1) in pairs(rules, text)


def test_a_first_line_of_digits_after_a_closed_number_stays_unpaired(rules):
    text = "\n\n".join(
        (
            "2024",
            OPEN,
            MIDDLE,
            "晴空S3\xa0\xa0 [参考价格] 499元\xa0\xa0 [商家电话] 0571-88776655",
            CLOSE,
        )
    )
    assert not any(rel == 1 for _, rel in pairs(rules, text))


@pytest.mark.parametrize(
    "line",
    ["整体来看，新园的师资", "曾几何时，家门口上幼儿园还是", "据了解，城东片区的两所新园"],
)
def test_a_line_under_the_lead_opening_with_a_sentence_adverbial_is_a_head(line):
    from .break_support import UNDER_LEAD, broken_paragraph_rule, lines

    assert lines(broken_paragraph_rule(), UNDER_LEAD.format(line=line)) == {3}


@pytest.mark.parametrize(
    "line",
    ["老街换新颜，小巷焕生机", "库网并举，拓宽融资渠道", "家门口的好学校", "整体来看"],
)
def test_a_subhead_under_the_lead_with_or_without_a_comma_stays_silent(line):
    from .break_support import UNDER_LEAD, broken_paragraph_rule, lines

    assert lines(broken_paragraph_rule(), UNDER_LEAD.format(line=line)) == set()


UPDATE = "这款手机游戏本周迎来了一次大型更新，新增了多个玩法。"
ITEMS = "1、新增坐骑系统，玩家可以在主城领取。2、优化了背包界面，整理更方便。3、"
AFTER = "更新将于本周五上午完成，届时服务器会短暂维护。"


def test_a_run_in_list_whose_last_item_goes_on_in_one_word_is_a_break(rules):
    # the items end with full stops; the last stops with none, its word cut (快捷 | 键)
    text = "\n\n".join((UPDATE, ITEMS + "完善快捷", "键设置，减少误操作。", AFTER))
    assert (3, 5) in pairs(rules, text)


@pytest.mark.parametrize(
    "last,nxt",
    [
        ("完善快捷键设置", "此外，本次更新还修复了多个问题。"),  # a whole item, no mark
        ("完善快捷键设置", "键位可以在设置菜单中自由调整。"),  # a new sentence opens
    ],
)
def test_a_run_in_list_whose_last_item_is_whole_stays_silent(rules, last, nxt):
    text = "\n\n".join((UPDATE, ITEMS + last, nxt, AFTER))
    assert not any(line == 3 for line, _ in pairs(rules, text))


@pytest.mark.parametrize(
    "tail,head",
    [
        ("…这款相机采用了1600", "万有效像素的传感器"),
        ("１９９８", "年公司正式成立。"),
        ("…活动将从3月20日持续到25", "日，欢迎市民参加。"),
        ("…本季度营收达到35", "亿元，同比增长一成。"),
        ("…新馆将于2026年5", "月开放。"),
        ("…展会从１０月２０日开到２５", "日。"),  # full-width digits of a day
    ],
)
def test_a_figure_cut_before_its_unit_is_glued(tail, head):
    assert glued_joint(tail, head)[0] == GLUE


@pytest.mark.parametrize(
    "tail,head",
    [
        ("…服务热线：66778899", "日前，市里又开通了一条热线。"),  # a sentence opener
        ("…到场观众超过1200", "日本游客也专程赶来。"),  # 日本, not 日
        ("…开场时间为19:30", "月光下的舞台格外迷人。"),  # a time, then a word
        ("…今年参赛的选手有15", "年轻人占了一半。"),
        ("…比赛编号为123", "年，这项赛事首次举办。"),  # a year has four digits
        ("…活动将从3月20日持续到45", "日，欢迎市民参加。"),  # no such day
        ("…本季度营收达到3.5", "年均增长一成。"),
        ("…项目原定于2022年3", "元化调解平台上线"),  # a month's digits, then no month
        ("…项目原定于2022年3", "日前已经完工"),
        ("…门票价格为80", "元，学生半价。"),  # 元 opens cut words too (多元): not read
    ],
)
def test_digits_before_a_word_that_opens_a_sentence_are_no_cut(tail, head):
    assert glued_joint(tail, head)[0] == 0.0


def test_a_figure_cut_before_its_unit_finds_its_rest_a_paragraph_away(rules):
    # a line of a year's digits alone, its unit and the sentence two paragraphs below
    text = doc("１９９８", "它的外壳采用了铝合金材料，手感不错。", "年公司正式成立，总部设在杭州。")
    assert (5, 9) in pairs(rules, text)
