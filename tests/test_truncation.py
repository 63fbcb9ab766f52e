"""Paragraphs broken at an ordinary word boundary (issue 9, items 2 and 6).

Print layout breaks paragraphs at arbitrary characters: most breaks fall between two words,
so the evidence is grammar (a word that cannot end a clause, a start that cannot begin a
sentence, a figure with no unit), not a cut word. Every example here is written for the
test; each shape comes with paraphrases and with look-alikes that must stay silent.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import head_evidence, tail_evidence
from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.findings import Severity
from lint_news.rules import load_pack

from .conftest import ROOT

PACK = ROOT / "rules" / "structure.yaml"


@pytest.fixture(scope="module")
def rules():
    return {r.id: r for r in load_pack(PACK)}


def breaks(rules, text: str):
    doc = Document(text)
    found = [f for f in lint_document(doc, [rules["broken-paragraph"]])]
    return doc, found


def pairs(rules, text: str) -> set[tuple[int, int | None]]:
    """(line of the break, line of its continuation or None) for every broken paragraph."""
    doc, found = breaks(rules, text)
    out = set()
    for f in found:
        rel = doc.position(f.related[0].start)[0] if f.related else None
        out.add((doc.position(f.start)[0], rel))
    return out


def fragments(rules, text: str) -> list[int]:
    doc = Document(text)
    found = lint_document(doc, [rules["fragment-paragraph"]])
    return [doc.position(f.start)[0] for f in found]


LEAD = "城区建设提速\n\n"

# -- the end cannot end a clause: a copula, a verb waiting for its object -------------------


@pytest.mark.parametrize(
    "text",
    [
        # …是 | the rest of the predicate
        "区长在会上指出，加快老旧管网改造是\n\n眼下全区最要紧的民生工程，各街道要倒排工期。",
        "他在调研时表示，稳住外贸基本盘是\n\n今年下半年全市经济工作的重中之重。",
        "座谈会上，专家们普遍认为，人才短缺是\n\n制约县域产业升级的最大瓶颈，必须下大力气解决。",
        # …将继续 | the verb phrase it takes
        "区教育局负责人介绍，今后将继续\n\n扩大优质学位供给，力争三年内消除大班额。",
        "市文旅局相关负责人说，明年还要\n\n新建一批城市书房，让市民就近读书。",
        "据介绍，这家企业下一步将重点\n\n开拓东南亚市场，预计出口额将翻一番。",
        # …惠及 / 达到 | its object
        "今年全区完成背街小巷改造42条，直接惠及\n\n沿线居民1.6万户，群众出行更加便捷。",
        "上半年全县粮食播种面积稳中有增，夏粮总产量达到\n\n18.5万吨，再创历史新高。",
    ],
)
def test_open_end_at_a_word_boundary_pairs_with_the_next_paragraph(rules, text):
    assert pairs(rules, LEAD + text) == {(3, 5)}


@pytest.mark.parametrize(
    "text",
    [
        # …惠及居民 | 3.6万户。: a clause that could end, then a lone figure and its unit
        "今年全区累计改造燃气管道86公里，受益群众\n\n2.4万户。改造完成后，管网漏损率明显下降。",
        "园区今年新引进项目27个，新增就业岗位\n\n1.2万个。下一步，园区将继续优化营商环境。",
        "截至目前，全市已建成5G基站\n\n8600余座，实现城区和乡镇全覆盖。",
    ],
)
def test_figure_and_unit_continue_the_clause_before(rules, text):
    assert pairs(rules, LEAD + text) == {(3, 5)}


def test_figure_starting_sentences_are_not_continuations(rules):
    text = (
        "今年全区累计改造燃气管道86公里，受益群众2.4万户。\n\n"
        "2023年，全区还将改造供水管网40公里。\n\n"
        "120个项目已全部开工，总投资超过80亿元。"
    )
    assert pairs(rules, LEAD + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a preposition whose phrase has no verb after it
        "经过三年的筹备，这家民营企业今年正式落户城东新区，去年已在城东新区\n\n建成了一座智能化仓储中心，年吞吐量可达50万吨。",
        # an ordinal with no number
        "今年的国际马拉松赛是该赛事在本市举办的第\n\n五届，参赛人数创历届之最。",
        # a quoted term that is the subject of what follows
        "不少家长感慨，如今的孩子们从小就在网上“冲浪”\n\n的本领，已经让大人们刮目相看。",
        # a degree adverb with no adjective after it
        "这款外套的剪裁简洁利落，搭配一条浅色围巾，整体看上去十分\n\n清爽，适合初秋通勤穿着。",
        # a web address earlier in the paragraph does not make its end a link
        "详情可登录www.example.cn查询。报名通道开放后，市民可以在网上预约自己\n\n心仪的体检机构。",
        # a noun phrase that is someone else's sentence end
        "经过多年建设，这座城市已经成为长江中游重要的区域性\n\n枢纽。下一步，全市将继续完善综合交通网络。",
    ],
)
def test_more_ends_and_starts_no_clause_has(rules, text):
    assert pairs(rules, LEAD + text) == {(3, 5)}


@pytest.mark.parametrize(
    "text",
    [
        # a title-like noun phrase with a preposition inside a 的-modifier
        "全区新建幼儿园6所。\n\n环境讲坛：新一轮投资对污水处理行业的影响\n\n污水处理行业今年迎来新一轮投资热潮。",
        # a quotation that closes its paragraph
        "不少家长感慨：“孩子们的本领，已经让大人们刮目相看。”\n\n全区新建幼儿园6所。",
        # an ordinal followed by its number
        "今年的国际马拉松赛是该赛事在本市举办的第五届。\n\n参赛人数创历届之最。",
    ],
)
def test_complete_lines_with_the_same_words_are_silent(rules, text):
    assert pairs(rules, text) == set()


# -- the continuation moved away: pair with the one that reads best ------------------------


@pytest.mark.parametrize("between", [1, 2, 3, 5])
def test_continuation_moved_paragraphs_away(rules, between):
    filler = [
        "街道办事处组织志愿者入户走访，收集居民意见建议300余条。",
        "记者在现场看到，施工人员正在铺设新的排水管道。",
        "改造工程由市区两级财政共同出资，总投资约1.2亿元。",
        "社区还同步建设了养老服务站和便民菜店。",
        "居民张大爷说，下雨天再也不用蹚水出门了。",
    ]
    head = "今年全区共完成老旧小区改造项目58个，惠及"
    tail = "家庭1.9万户。完工后，小区的配套设施明显改善。"
    blocks = [head, *filler[:between], tail, filler[-1]]
    text = LEAD + "\n\n".join(blocks)
    assert pairs(rules, text) == {(3, 3 + 2 * (between + 1))}


def test_moved_tail_after_the_break_and_before_it(rules):
    # the tail stands before its head: a start with a measure word and no numeral
    text = (
        "家企业通过了首批认定，数量居全省第二。\n\n"
        "市工信局近日召开新闻发布会。\n\n"
        "会上介绍，今年以来全市新增规模以上工业企业46家，其中获评“专精特新”的有18\n\n"
        "发布会还通报了上半年全市工业运行情况。"
    )
    assert pairs(rules, LEAD + text) == {(7, 3)}


def test_each_break_takes_the_continuation_that_reads_best(rules):
    text = (
        "县委常委会昨天召开会议，传达学习全市经济工作会议精神。会议强调，加快县域商业体系建设是\n\n"
        "今年全县共建成农村公路120公里，受益群众\n\n"
        "4.2万人。沿线村民出行更加方便。\n\n"
        "眼下全县最为迫切的一项工作，各乡镇要抓紧谋划、压实责任。"
    )
    assert pairs(rules, LEAD + text) == {(3, 9), (5, 7)}


# -- the tail is lost ------------------------------------------------------------------------


def test_lost_tail_is_reported_without_a_continuation(rules):
    text = (
        "今年以来，全区新建口袋公园12个，改造提升街头绿地8处，新增绿化面积约15万平方米，"
        "其中城东片区\n\n"
        "下一步，区园林局将加快推进滨河绿道建设。"
    )
    doc, found = breaks(rules, LEAD + text)
    assert len(found) == 1 and found[0].related == []
    assert doc.position(found[0].start)[0] == 3
    # a paragraph that simply stops: evidence of a break, but less than a cut word
    assert found[0].severity == Severity.WARNING


def test_lost_tail_of_the_only_paragraph_under_a_headline(rules):
    text = (
        "城东片区口袋公园开放\n\n今年以来，全区新建口袋公园12个，改造提升街头绿地8处，其中城东片区"
    )
    assert pairs(rules, text) == {(3, None)}
    # a list whose last item has no full stop, and a single paragraph with no headline
    assert (
        pairs(rules, "城东片区口袋公园开放\n\n开放时间如下：1、周一至周五，早六点到晚十点") == set()
    )
    assert (
        pairs(rules, "今年以来，全区新建口袋公园12个，改造提升街头绿地8处，其中城东片区") == set()
    )


def test_lost_tail_after_a_dangling_word_is_an_error(rules):
    text = "今年以来，全区新建口袋公园12个，改造提升街头绿地8处，新增绿化面积约15万平方米，其中的\n\n“家门口的公园让我们每天都想出来走走。”居民王女士说。"
    doc, found = breaks(rules, LEAD + text)
    assert len(found) == 1 and found[0].severity == Severity.ERROR


# -- clean copy stays silent -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # headlines, subheads and short labels between paragraphs
        "县域商业提档升级\n\n本报讯 县委常委会近日举行会议，研究部署下半年重点工作。",
        "今年以来，全区共完成投资86亿元。\n\n民生实事\n\n全区新建幼儿园6所，新增学位2700个。",
        "全区新建幼儿园6所。\n\n打造15分钟便民生活圈\n\n区商务局负责人介绍，今年将新建便民网点30个。",
        # a paragraph that ends with a colon before a list
        "区政府确定了今年的十件民生实事，主要包括：\n\n1. 新建幼儿园6所\n\n2. 改造老旧小区58个",
        # a byline, a dateline, a photo credit, an end mark
        "本报记者 王晓东\n\n全区新建幼儿园6所，新增学位2700个。",
        "新华社南昌5月6日电\n\n全区新建幼儿园6所，新增学位2700个。",
        "孩子们在新建的幼儿园里做游戏。李华 摄\n\n（完）",
        # English and a table row
        "The new kindergartens open in September\n\n全区新建幼儿园6所，新增学位2700个。",
        "全区新建幼儿园6所。\n\n城东 2 1200\n\n城西 4 1500",
        # verse, one line per block
        "“小楼一夜听春雨，\n\n深巷明朝卖杏花。”",
        # a quotation closes the paragraph
        "他说：“我们一定把好事办好。”\n\n全区新建幼儿园6所。",
    ],
)
def test_clean_copy_is_silent(rules, text):
    assert pairs(rules, text) == set()


@pytest.mark.parametrize(
    "line",
    [
        "全区今年新建的幼儿园都在",
        "区里今年新建的两所幼儿园和",
        "这座大桥建成后将是",
        "这是该赛事在本市举办的第",
        "参加开园仪式的嘉宾分别来自",  # a verb that waits for its object
        "新建幼儿园的户外设施也都",  # an adverb that waits for its verb
    ],
)
def test_short_line_ending_where_no_title_ends_is_a_break(rules, line):
    # short enough to be taken for a subhead, but no title ends on 在, 和, 是 or 第; with the
    # rest of the sentence lost the break is reported on its own
    text = f"全区新建幼儿园6所。\n\n{line}\n\n今年以来，全区还改造了老旧小区58个。"
    assert pairs(rules, text) == {(3, None)}


@pytest.mark.parametrize(
    "line",
    ["据介绍，这批幼儿园今年秋季将", "区教育局负责人说，新建的幼儿园都在", "今年以来，全区已经"],
)
def test_short_line_with_a_clause_mark_that_ends_no_clause_is_a_break(rules, line):
    text = f"全区新建幼儿园6所。\n\n{line}\n\n今年以来，全区还改造了老旧小区58个。"
    assert {ln for ln, _ in pairs(rules, text)} == {3}


@pytest.mark.parametrize(
    "line", ["老街换新颜，小巷焕生机", "以绿养绿，探索生态补偿新路", "创新，激活产业发展的引擎"]
)
def test_two_clause_subheads_are_silent(rules, line):
    text = f"全区新建幼儿园6所。\n\n{line}\n\n今年以来，全区还改造了老旧小区58个。"
    assert pairs(rules, text) == set()


@pytest.mark.parametrize(
    "line",
    [
        "民生实事",
        "城东新区建设提速",
        "幼儿园建设的回顾与展望",
        "新建幼儿园6所",
        "老匠人如是说",
        "好戏还在后头",
        "城东新区一直在路上",
        "老街的故事说不完",
    ],
)
def test_short_subheads_between_paragraphs_are_silent(rules, line):
    text = f"全区新建幼儿园6所。\n\n{line}\n\n今年以来，全区还改造了老旧小区58个。"
    assert pairs(rules, text) == set()


@pytest.mark.parametrize(
    "line",
    [
        "而城西一所",  # a conjunction that joins it to the sentence before
        "不过这位教练此前只是一名",
        "除了老李",  # an exception with nothing to except from
        "据区住建局副局长钱永介绍，老旧",  # the frame of a report
        "园区管委会负责人表示，明年将有30家",
        "其中，北片区的两条",
    ],
)
def test_short_line_that_opens_as_running_text_is_a_break(rules, line):
    # no heading opens with 而, 不过, 除了, 据…介绍 or 某人表示，: a short head of a paragraph
    text = f"全区新建幼儿园6所。\n\n{line}\n\n教师队伍也在不断壮大，去年新招聘教师180人。"
    assert {ln for ln, _ in pairs(rules, text)} == {3}


@pytest.mark.parametrize(
    "line", ["据新华社", "据本报消息", "而今迈步从头越", "如此美景", "除夕夜的守望", "其乐融融"]
)
def test_lines_that_only_look_like_leads_are_silent(rules, line):
    # a source credit, and headings whose first character merely is 而, 如, 除 or 其
    text = f"全区新建幼儿园6所。\n\n{line}\n\n今年以来，全区还改造了老旧小区58个。"
    assert pairs(rules, text) == set()


@pytest.mark.parametrize(
    "after",
    [
        "编者按：这个山区县三年间发生的变化，值得细细品读。",
        "（附图片2张）\n\n去年秋天，记者第一次走进这个村子。",
        "本报记者 周小川",
    ],
)
def test_heading_with_commas_over_its_article_is_silent(rules, after):
    # a heading of two clauses, long enough to be read as a paragraph, over an editor's note,
    # a picture note or a byline
    heading = "一个山区县的三年，茶园变成了景区，茶农当上了导游，全县实现整体脱贫"
    text = f"全区新建幼儿园6所。\n\n{heading}\n\n{after}"
    assert pairs(rules, text) == set()


def test_paragraph_without_its_full_stop_before_a_dateline_is_still_a_break(rules):
    text = (
        "全区新建幼儿园6所，新增学位2700个，将进一步扩大普惠性学前教育资源的覆盖面\n\n"
        "新华社北京5月6日电 国务院新闻办公室今天举行发布会。"
    )
    assert {ln for ln, _ in pairs(rules, LEAD + text)} == {3}


MOVED = (
    "为改善人居环境，提升城市品质，{head}\n\n"
    "今年以来，全市新开工保障性住房3200套。\n\n"
    "另有一批老旧小区完成了管网改造，居民用水更加稳定。\n\n"
    "{tail}"
)


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("市里今年在城南集中建设的", "公园绿地总面积达到了120公顷，市民出门就能见到绿色。"),
        ("区里正在规划的", "口袋公园一共有十五处，明年夏天全部开放。"),
        ("这批口袋公园都将陆续", "建在学校和医院周边，方便群众就近使用。"),
    ],
)
def test_moved_tail_pairs_by_the_fit_of_the_joint(rules, head, tail):
    # two paragraphs between: a 的 wants a noun, an adverb a verb, and the far paragraph's
    # start gives one; the paragraph right after the head opens a sentence of its own
    assert pairs(rules, LEAD + MOVED.format(head=head, tail=tail)) == {(3, 9)}


@pytest.mark.parametrize(
    "tail",
    [
        "目前，公园绿地总面积达到了120公顷，市民出门就能见到绿色。",
        "据统计，口袋公园一共有十五处，明年夏天全部开放。",
        "我们还将在学校和医院周边增设停车位。",
    ],
)
def test_far_paragraph_that_opens_a_sentence_is_no_continuation(rules, tail):
    text = MOVED.format(head="市里今年在城南集中建设的", tail=tail)
    assert pairs(rules, LEAD + text) == {(3, None)}


@pytest.mark.parametrize("line", ["目前，全区已经", "原来，这家工厂", "此前，双方曾经"])
def test_short_line_after_an_opening_adverbial_is_a_break(rules, line):
    # a time or linking adverb and a comma open running text, not a heading
    text = f"全区新建幼儿园6所。\n\n{line}\n\n今年以来，全区还改造了老旧小区58个。"
    assert {ln for ln, _ in pairs(rules, text)} == {3}


SCATTERED = (
    "这次展出的新款秋装以浅色为主，模特们大多搭配一条浅灰色的长围巾，领口\n\n"
    "设计师本人也在发布会结束时走上台向观众致意。\n\n"
    "整场发布会持续了四十分钟。\n\n"
    "{tail}"
)


@pytest.mark.parametrize(
    "tail",
    ["也点缀着一枚小巧的胸针，显得精致而不张扬。", "都缝上了一圈细细的蕾丝花边，显得很精致。"],
)
def test_far_paragraph_that_starts_mid_clause_beats_the_next_one(rules, tail):
    # the paragraph after the open end starts a sentence of its own (a subject and its
    # verb); the far one starts with an adverb that has no subject: the likelier tail
    assert pairs(rules, LEAD + SCATTERED.format(tail=tail)) == {(3, 9)}


@pytest.mark.parametrize(
    "tail", ["同时，一枚小巧的胸针也很抢眼。", "据悉，这批秋装下个月就会上市。"]
)
def test_far_paragraph_that_opens_a_sentence_does_not_beat_the_next_one(rules, tail):
    assert pairs(rules, LEAD + SCATTERED.format(tail=tail)) == {(3, 5)}


COLON_DOC = (
    "全区新建幼儿园6所，新增学位2700个。\n\n"
    "{line}\n\n"
    "今年以来，全区还改造了老旧小区58个，惠及居民1.1万户。\n\n"
    "明年，全区将再建一批社区食堂。"
)


@pytest.mark.parametrize(
    "line",
    [
        "区教育局局长在会上说：“学位缺口还很大，我们必须加快建设，争取三年内",
        "老人回忆起当年的情景，感慨地表示：这些年家门口的变化太大了，出门买菜、看病都",
    ],
)
def test_speech_after_a_colon_that_stops_mid_clause_is_a_break(rules, line):
    assert {ln for ln, _ in pairs(rules, LEAD + COLON_DOC.format(line=line))} == {5}


@pytest.mark.parametrize(
    "line",
    [
        "活动安排：第一站，城东街道；第二站，城南新区的三所幼儿园和两个社区食堂",
        "区委书记寄语：办好家门口的每一所学校，让孩子们在快乐中成长成才",
        "地点：城东新区文化中心三楼报告厅，时间另行通知",
    ],
)
def test_line_after_a_label_and_colon_is_silent(rules, line):
    assert pairs(rules, LEAD + COLON_DOC.format(line=line)) == set()


@pytest.mark.parametrize(
    "line",
    [
        "区里今年新建的两所幼儿园，目前都已经完成了主体",
        "这条道路的拓宽改造工程，由于沿线管线较多而推迟了",
    ],
)
def test_line_of_clauses_between_body_paragraphs_is_a_break(rules, line):
    # a comma and some length, between two paragraphs, and the next one does not open a
    # sentence of its own: a paragraph's head, not a subhead
    text = f"全区新建幼儿园6所。\n\n{line}\n\n工程，预计明年春季投入使用。"
    assert {ln for ln, _ in pairs(rules, text)} == {3}


@pytest.mark.parametrize(
    "line",
    ["老旧小区改造，让居民住得更舒心", "以水润城，打造宜居滨江新区", "城东片区，变化最大的地方"],
)
def test_subhead_of_clauses_over_a_new_sentence_is_silent(rules, line):
    text = f"全区新建幼儿园6所。\n\n{line}\n\n今年以来，全区还改造了老旧小区58个。"
    assert pairs(rules, text) == set()


@pytest.mark.parametrize(
    "line",
    [
        "区教育局计划在明年暑假之前为城东的三所幼儿园",
        "这座横跨两岸的大桥建成通车以后将会大大缩短两地",
    ],
)
def test_long_line_between_body_paragraphs_over_a_mid_clause_start_is_a_break(rules, line):
    text = f"全区新建幼儿园6所。\n\n{line}\n\n更换全部户外活动设施，预计投入资金300万元。"
    assert {ln for ln, _ in pairs(rules, text)} == {3}


@pytest.mark.parametrize(
    "line",
    [
        "全区老旧小区改造工程全面完工惠及两万多户居民",  # a long headline over a new sentence
        "从一所幼儿园的变化看全区学前教育的发展历程",
    ],
)
def test_long_subhead_over_a_new_sentence_is_silent(rules, line):
    text = f"全区新建幼儿园6所。\n\n{line}\n\n今年以来，全区还改造了老旧小区58个。"
    assert pairs(rules, text) == set()


def test_long_headline_over_a_dateline_is_silent(rules):
    text = (
        "全区新建幼儿园6所。\n\n"
        "全区老旧小区改造工程全面完工惠及两万多户居民\n\n"
        "本报城东5月6日讯 全区老旧小区改造工程日前全面完工。"
    )
    assert pairs(rules, text) == set()


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("全区今年计划新建幼儿园1", "2所，新增学位2700个。"),
        ("这批新车的最高时速可达12", "0公里，续航里程也明显提升。"),
    ],
)
def test_short_line_ending_in_a_figure_cut_from_the_next_is_a_break(rules, line, rest):
    text = f"全区新建幼儿园6所。\n\n{line}\n\n{rest}"
    assert pairs(rules, text) == {(3, 5)}


@pytest.mark.parametrize("line", ["新款手机型号X9", "城东片区2023", "幼儿园建设进入第2"])
def test_short_line_ending_in_a_figure_over_a_new_sentence_is_silent(rules, line):
    text = f"全区新建幼儿园6所。\n\n{line}\n\n今年以来，全区还改造了老旧小区58个。"
    assert pairs(rules, text) == set()


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("这家工厂新建的生产", "线已经正式投产，年产值可达两亿元。"),
        ("村里今年修好了水", "渠和道路，灌溉条件明显改善。"),
    ],
)
def test_subhead_with_a_word_cut_across_the_joint_is_a_break(rules, line, rest):
    # between two body paragraphs a moderately likelier joined reading (生产|线, 水|渠)
    # is enough; a headline over its article needs more
    text = f"全区新建幼儿园6所。\n\n{line}\n\n{rest}"
    assert pairs(rules, text) == {(3, 5)}


def test_lead_of_clauses_under_the_headline_is_a_break(rules):
    text = (
        "城东新区建设提速\n\n"
        "在全区上下的共同努力下，今年城东新区新开工的\n\n"
        "重点项目达到四十二个，总投资超过三百亿元。"
    )
    assert pairs(rules, text) == {(3, 5)}


@pytest.mark.parametrize(
    "sub",
    [
        "——记城东新区建设者，一群不知疲倦的人",
        "城东新区：三年建成，五年见效",
        "新区建设，我们一起来",
    ],
)
def test_subtitle_under_the_headline_is_silent(rules, sub):
    text = f"城东新区建设提速\n\n{sub}\n\n今年以来，城东新区新开工重点项目42个。"
    assert pairs(rules, text) == set()


@pytest.mark.parametrize(
    "lead", ["本报城东讯 今年城东新区新开工的重点", "晨报体育讯北京时间周日晚，市队客场迎战"]
)
def test_short_lead_that_opens_with_its_dateline_is_a_break(rules, lead):
    text = f"城东新区建设提速\n\n{lead}\n\n项目达到四十二个，总投资超过三百亿元。"
    assert {ln for ln, _ in pairs(rules, text)} == {3}


@pytest.mark.parametrize(
    "line", ["新华社记者 王小明 本报记者 李大海", "新华社记者王小明本报记者李大海", "本报讯"]
)
def test_byline_under_the_headline_is_silent(rules, line):
    text = f"城东新区建设提速\n\n{line}\n\n项目达到四十二个，总投资超过三百亿元。"
    assert pairs(rules, text) == set()


@pytest.mark.parametrize(
    "line", ["在上午的开园仪式上，区长为幼儿园", "随着天气逐渐转凉，新建的两所"]
)
def test_short_line_after_a_preposition_frame_and_comma_is_a_break(rules, line):
    # 在…上，/ 随着…，: an adverbial that a sentence of running text opens with
    text = f"全区新建幼儿园6所。\n\n{line}\n\n今年以来，全区还改造了老旧小区58个。"
    assert {ln for ln, _ in pairs(rules, text)} == {3}


@pytest.mark.parametrize("line", ["在希望的田野上", "随着时代前进", "通过考核的三所幼儿园"])
def test_title_that_opens_with_a_preposition_is_silent(rules, line):
    text = f"全区新建幼儿园6所。\n\n{line}\n\n今年以来，全区还改造了老旧小区58个。"
    assert pairs(rules, text) == set()


def test_headline_style_lines_ending_in_a_verb_of_saying_are_silent(rules):
    text = (
        "全区新建幼儿园6所，新增学位2700个。\n\n"
        "区长在全区教育工作会议上强调\n\n"
        "办好人民满意的教育，各部门要通力协作。"
    )
    # a title that ends on 强调 is a headline form; no cut word or fragment start backs a break
    assert pairs(rules, text) == set()


# -- the evidence itself ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "open_"),
    [
        ("加快老旧管网改造是", True),
        ("今后将继续", True),
        ("夏粮总产量达到", True),
        ("全区共有中小学校", False),
        ("工程进展顺利", False),
        ("这项工作进展最快", False),
        ("报名的流程请看过来", False),
    ],
)
def test_tail_evidence(tail, open_):
    assert (tail_evidence(tail)[0] >= 5.0) is open_


@pytest.mark.parametrize(
    ("head", "weight"),
    [
        ("的孩子们在新教室里上课。", 5.0),
        ("家企业通过了首批认定。", 5.0),
        ("2.4万户。改造完成后，管网漏损率明显下降。", 4.0),
        ("今年全区新建幼儿园6所。", 0.0),
        ("2023年，全区还将改造供水管网40公里。", 0.0),
        ("家长们纷纷点赞。", 0.0),
    ],
)
def test_head_evidence(head, weight):
    assert head_evidence(head)[0] == weight


# -- item 6: fragment starts, generalised from the language -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 多 + a noun phrase with no measure word: the object of a verb that is not there
        "多小微企业，带动就业两千余人。",
        "多乡村振兴示范村，让村民在家门口增收。",
        "多高新技术企业，推动产业向中高端迈进。",
        "多专精特新企业，助力制造业转型升级。",
        # a bound time word right before its verb, with no subject
        "年底投产，届时年产值可达20亿元。",
        "月底竣工，比原计划提前一个月。",
        "年初开工，目前主体结构已经封顶。",
        # 的 and a measure word with no numeral
        "的老人在新建的日间照料中心吃上了热乎饭。",
        "家企业通过了首批认定，数量居全省第二。",
        "名志愿者参加了当天的活动。",
    ],
)
def test_fragment_starts(rules, text):
    assert fragments(rules, "全区新建幼儿园6所。\n\n" + text) == [3]


@pytest.mark.parametrize(
    "text",
    [
        "多家企业负责人表示，订单已排到明年。",
        "多部门联合执法，查处违法案件12起。",
        "多地出台稳就业政策，效果逐步显现。",
        "多措并举，全力稳住就业基本盘。",
        "年底前，全市将完成80个老旧小区改造。",
        "年初以来，全市新开工项目120个。",
        "月底召开的全区商务工作会议提出，要稳住消费基本盘。",
        "日前，市委召开常委会会议。",
        "名单将在官方网站公布。",
        "家长们纷纷为新建的幼儿园点赞。",
        "米歇尔一家是这家苗圃的主人。",
    ],
)
def test_sentence_starts_that_look_like_fragments(rules, text):
    assert fragments(rules, "全区新建幼儿园6所。\n\n" + text) == []


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("全区今年将新建一批幼儿园，其中两所预计", "年底投产，届时将新增学位900个。"),
        ("这座跨江大桥的主体工程已于上月合龙，全桥预计", "月底竣工，比原计划提前一个月。"),
        (
            "今年以来，区里先后出台了支持民营经济发展的十条措施，为抓好落实，区委常委会",
            "日前召开会议，研究部署下半年重点工作，会议由区委书记主持。",
        ),
        (
            "今年以来，园区聚焦智能制造精准招商，新引进",
            "多小微企业，带动就业两千余人，产值同比增长三成。",
        ),
    ],
)
def test_fragment_start_joins_the_open_end_before_it(rules, head, tail):
    text = "全区新建幼儿园6所，新增学位2700个。\n\n" + head + "\n\n" + tail
    assert pairs(rules, text) == {(3, 5)}
    assert fragments(rules, text) == []


def test_no_user_dictionary():
    from lint_news import words

    assert not (ROOT / "lint_news" / "data" / "userdict.txt").exists()
    assert not hasattr(words, "USER_DICT")


# a paragraph before the break that starts with a verb and no subject is a far candidate;
# the break ends where no clause ends (a comma), and the next paragraph opens no sentence
LIBRARY = (
    "市图书馆今年新增藏书三万册，还翻修了二楼的阅览室。\n\n"
    "增设了二十个自习座位，方便附近的学生在周末使用。\n\n"
    "馆长介绍说，这些新书大多是读者推荐的。\n\n"
    "{brk}\n\n"
    "{nxt}\n\n"
    "明年，图书馆还打算开设一间儿童绘本室。"
)
LIBRARY_BREAKS = [
    "不少读者在留言本上写下了建议，馆方也逐条作了回复，",
    "许多读者在留言本上提出了意见，图书馆逐一答复，",
]


@pytest.mark.parametrize("brk", LIBRARY_BREAKS)
@pytest.mark.parametrize(
    "nxt",
    [
        "老读者们都说这里的环境比以前好多了。",
        "周边居民都说这里的环境比以前好多了。",
        "“这里的环境比以前好多了。”一位老读者对记者说。",  # a quotation after a comma
    ],
)
def test_next_paragraph_that_opens_no_sentence_beats_a_far_weak_start(rules, brk, nxt):
    assert pairs(rules, LIBRARY.format(brk=brk, nxt=nxt)) == {(7, 9)}


@pytest.mark.parametrize("brk", LIBRARY_BREAKS)
@pytest.mark.parametrize(
    "nxt",
    ["据悉，图书馆的开放时间也延长到了晚上九点。", "这里的环境比以前好多了，一位老读者对记者说。"],
)
def test_next_paragraph_that_opens_a_sentence_is_not_taken_for_want_of_evidence(rules, brk, nxt):
    found = pairs(rules, LIBRARY.format(brk=brk, nxt=nxt))
    assert len(found) == 1 and (7, 9) not in found


CLINIC = (
    "镇卫生院今年新添了两台救护车，还扩建了门诊楼。\n\n"
    "卫生院的医生说，明年还会增加夜间门诊。\n\n"
    "今年参加义务献血的人数比去年翻了一番。{last}"
)


@pytest.mark.parametrize("last", ["同期的无偿献", "卫生院还组织医生到村里开展健康咨"])
def test_article_ending_on_half_a_word_is_a_break(rules, last):
    # a last character that is seldom a word of its own, after running text: the first
    # half of a word whose tail is lost, even in a last sentence of one clause
    _, found = breaks(rules, CLINIC.format(last=last))
    assert len(found) == 1 and "半个词" in found[0].message


@pytest.mark.parametrize(
    "last",
    ["通讯员 张雷", "本报记者刘展超", "老街古树之争", "镇上两家药店的竞争", "院里的同事都很高兴"],
)
def test_article_ending_on_a_name_or_a_whole_word_is_silent(rules, last):
    _, found = breaks(rules, CLINIC.format(last=last))
    assert not any("半个词" in f.message for f in found)
    if last != "院里的同事都很高兴":
        assert found == []


FESTIVAL = "市青少年科技节昨天开幕，共有四十多所学校参加。\n\n{a}\n\n{b}\n\n闭幕式将在下周五举行。"


@pytest.mark.parametrize(
    "a, b",
    [
        ("开幕式在市体育中心举行，随后的机器人比赛安排在北区的一间大教", "室承办：市青少年宫"),
        ("开幕式在市体育中心举行，随后的机器人比赛安排在北区的综合训练", "馆主办：市科协"),
    ],
)
def test_word_cut_into_a_title_like_line_right_after_pairs_with_it(rules, a, b):
    # a word read across the joint (教|室) joins a paragraph to the short line after it,
    # which the classifier takes for a subhead
    assert pairs(rules, FESTIVAL.format(a=a, b=b)) == {(3, 5)}


def test_full_paragraph_before_a_label_line_is_silent(rules):
    a = "开幕式在市体育中心举行，随后的机器人比赛安排在北区的综合训练馆。"
    assert pairs(rules, FESTIVAL.format(a=a, b="主办：市科协")) == set()


def test_a_report_that_stops_after_its_saying_colon_is_unterminated(rules):
    # …报道：+ running text with no final mark, among paragraphs that end in full stops
    text = (
        "城区建设提速\n\n"
        "本报滨江3月2日讯记者王明报道：市政府与三家银行近日在市民中心举行城市更新项目融资合作\n\n"
        "协议签字仪式。三家银行将在五年内提供贷款八十亿元。\n\n"
        "据介绍，这些资金将主要用于老旧小区改造。"
    )
    assert len(breaks(rules, text)[1]) == 1


def test_a_label_colon_and_its_line_stay_silent(rules):
    text = (
        "城区建设提速\n\n"
        "活动地点：市民中心一楼大厅东侧的多功能报告厅及室外广场\n\n"
        "三家银行将在五年内提供贷款八十亿元。\n\n"
        "据介绍，这些资金将主要用于老旧小区改造。"
    )
    assert breaks(rules, text)[1] == []


def test_a_line_of_clauses_after_the_last_paragraph_is_a_lost_tail(rules):
    text = (
        "秋冬新款上市\n\n"
        "今年秋天流行的款式很多，大家可以多试试。\n\n"
        "长款风衣搭配短靴，显得干练利落。\n\n"
        "双排扣的设计，领"
    )
    _, found = breaks(rules, text)
    assert len(found) == 1 and not found[0].related


def test_a_subhead_of_clauses_over_its_body_is_silent(rules):
    text = (
        "秋冬新款上市\n\n"
        "今年秋天流行的款式很多，大家可以多试试。\n\n"
        "以简胜繁，回归经典\n\n"
        "长款风衣搭配短靴，显得干练利落。"
    )
    assert breaks(rules, text)[1] == []


@pytest.mark.parametrize(
    ("head", "weight"),
    [
        # 的 before a quotation mark or a comma, a one-character localizer before a comma:
        # no sentence opens so
        ("的“夜间课堂”下周开课。", 5.0),
        ("的，大家都可以报名参加。", 5.0),
        ("上，还要兼顾周边居民的出行。", 4.0),
        ("中，记者看到工人们正在铺设管线。", 4.0),
        # look-alikes: words that begin with those characters
        ("上海的游客今年明显多了。", 0.0),
        ("中午，记者来到施工现场。", 0.0),
        ("后来，他又去了一趟工地。", 0.0),
        ("上述措施下月起施行。", 0.0),
    ],
)
def test_head_evidence_of_marks_after_a_bound_word(head, weight):
    assert head_evidence(head)[0] == weight


def test_a_word_that_begins_with_de_is_no_bare_particle():
    assert head_evidence("的确，这里的环境比以前好多了。")[0] < 4.0


def test_passive_marker_fits_a_verb_after_it():
    from lint_news.checks.break_joint import fit

    assert fit(("被", "p"), ("认定", "v")) == 2.0
    assert fit(("被", "p"), ("，", "x")) == 0.0


@pytest.mark.parametrize(
    ("tail", "head", "strong"),
    [
        ("全市新增充电桩12", "个，覆盖所有街道。", True),
        ("比赛最后一节还剩下3", "分钟时，主队仍落后两分。", True),
        # a place name or 本报 that begins with a unit's character is no unit
        ("本届大会的参展商共有10", "台湾地区的企业也派团参加。", False),
        ("今年已举办各类讲座21", "本报将持续关注此事。", False),
    ],
)
def test_number_cut_reads_the_first_word(tail, head, strong):
    from lint_news.checks.break_joint import number_cut

    assert (number_cut(tail, head)[0] >= 5.0) is strong


# a subhead-like line whose end shows a break, with its tail several paragraphs away
PARK = (
    "城东湿地公园改造完工\n\n"
    "城东湿地公园改造工程昨天完工，今天起向市民开放。\n\n"
    "改造后的公园新建了三座观鸟台，{a}\n\n"
    "园内的步道全部换成了透水材料，雨后不再积水。\n\n"
    "公园管理处还在入口处增设了自行车停放区。\n\n"
    "{b}\n\n"
    "开放首日，不少市民带着孩子前来游玩。"
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("其中建在湖心岛上的一座，视野是全园最好", "的，附近的居民常来这里看白鹭。"),
        ("观鸟台旁边还有一片芦苇荡，是候鸟最喜欢落脚", "的地方，每年秋天都有成群的野鸭。"),
    ],
)
def test_far_tail_that_starts_with_a_particle_pairs_with_the_break(rules, a, b):
    assert pairs(rules, PARK.format(a=a, b=b)) == {(5, 11)}


# a short line of clauses under the headline, which the classifier takes for a title line
MUSEUM = (
    "市博物馆新馆开放\n\n{a}\n\n"
    "市博物馆新馆昨天正式对外开放，首日接待观众五千多人次。\n\n"
    "新馆共有六个常设展厅，展出文物两千余件。\n\n"
    "馆方介绍，周一闭馆，其余时间可在网上预约参观。\n\n"
    "{b}\n\n"
    "不少观众在留言簿上写下了自己的感受。"
)


@pytest.mark.parametrize(
    "b",
    ["批市民捐赠的老物件，每一件都标明了捐赠者的姓名。", "的，每一件都标明了捐赠者的姓名。"],
)
def test_far_tail_of_a_title_like_line_that_cannot_end(rules, b):
    # its end no clause has (…是) and a paragraph far from it opens with a bare measure
    # word or a particle: that paragraph is its tail
    assert pairs(rules, MUSEUM.format(a="一楼展厅里，陈列的是", b=b)) == {(3, 11)}


def test_far_paragraph_with_a_weak_start_does_not_take_a_title_like_break(rules):
    b = "市民捐赠的一批老物件，每一件都标明了捐赠者的姓名。"
    assert pairs(rules, MUSEUM.format(a="一楼展厅里，陈列的是", b=b)) == {(3, 5)}


def test_title_like_line_that_can_end_stays_silent(rules):
    b = "批市民捐赠的老物件，每一件都标明了捐赠者的姓名。"
    assert pairs(rules, MUSEUM.format(a="一楼展厅，展示城市记忆", b=b)) == set()


# an editor's note after its label: not counted among paragraphs that simply stop
CAMERA = (
    "新款相机今天发布\n\n"
    "新款相机今天在京发布，售价比上一代低了两成。\n\n"
    "编辑点评：这款相机和剪辑软件配合使用，{a}\n\n"
    "{b}\n\n"
    "发布会上，不少摄影爱好者当场下了订单。"
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("能为独立电影的制作", "节省不少成本。厂商表示，新品下月上市。"),
        ("为独立电影的拍摄", "提供了一套省钱的方案。厂商表示，新品下月上市。"),
    ],
)
def test_next_paragraph_that_reads_as_the_rest_shows_a_break(rules, a, b):
    # the end could end a clause, but the paragraph right after it starts with no subject
    # and its first word fits the last one: a break, reported a step below
    doc, found = breaks(rules, CAMERA.format(a=a, b=b))
    assert [doc.position(f.related[0].start)[0] for f in found] == [7]
    assert found[0].severity < rules["broken-paragraph"].severity


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("为独立电影的拍摄", "厂商表示，新品下月上市。"),
        ("拍摄效果相当出色", "厂商表示，新品下月上市。"),
        ("拍摄效果相当出色", "据介绍，新品下月上市。"),  # a sentence's own opening
    ],
)
def test_next_paragraph_that_opens_its_own_sentence_shows_no_break(rules, a, b):
    assert breaks(rules, CAMERA.format(a=a, b=b))[1] == []
