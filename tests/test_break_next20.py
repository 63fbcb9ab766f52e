"""Breaks paired with their rest by evidence across the joint (issue 9, next20): a start that
only looks like a sentence's own (a frame whose comma follows a clause mark, 以上, an
ordinal's phrase, a pronoun after a verb whose object is a clause, a 时 that closes the 当
the end opened), a short line of one subjectless sentence, and a candidate whose first words
repeat the open sentence's topic (a new sentence, not its rest). Every sentence here is
written for the test; each shape has look-alikes.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import head_evidence, short_rest
from lint_news.checks.break_joint import opens_sentence, subject_line
from lint_news.checks.break_pairing import W_ECHO, echo
from lint_news.checks.truncation_joint import _read_on

from .break_support import pairs, structure_rules

OPEN = "市交通局昨天发布了今年上半年的公交运营数据，客流比去年同期明显回升。"
MIDDLE = "全市公交线路总数达到三百二十条，覆盖所有街道和乡镇。"
CLOSE = "交通局表示，下半年还将继续优化线路，方便市民出行。"


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


def doc(*paras: str) -> str:
    return "\n\n".join((OPEN, *paras, MIDDLE, CLOSE))


# -- starts that only look like a sentence's own -------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "会更加宽敞；同时，车内还增设了手机充电接口。",  # a clause mark before the frame
        "三成以上，市民出行更加便捷。",  # 以上: an amount's bound, not a place
        "第一次乘坐无人驾驶公交车的市民很多。",  # an ordinal's phrase
    ],
)
def test_a_start_that_only_looks_like_a_frame_opens_no_sentence(head):
    assert not opens_sentence(head)


@pytest.mark.parametrize(
    "head",
    [
        "同时，车内还增设了手机充电接口。",
        "今年以来，全市新增公交线路十二条。",
        "在换乘站上，工作人员引导乘客有序排队。",
        "会后，代表们参观了新建的公交枢纽。",
        "第一，要保证早晚高峰的发车密度。",
        "他们都说新车坐着更舒服。",
    ],
)
def test_a_sentence_s_own_start_still_opens_one(head):
    assert opens_sentence(head)


@pytest.mark.parametrize(
    "tail,head",
    [
        ("新线路开通后，部分站点的候车时间缩短了", "三成以上，市民出行更加便捷。"),
        ("据介绍，新车的座椅更宽，车厢空间", "会更加宽敞；同时，车内还增设了手机充电接口。"),
    ],
)
def test_such_a_start_is_the_rest_of_the_paragraph_before_it(rules, tail, head):
    assert (3, 5) in pairs(rules, doc(tail, head))


def test_a_paragraph_that_ends_its_sentence_stays_silent_before_such_a_start(rules):
    text = doc("新线路开通后，部分站点的候车时间缩短了三成。", "三成以上的市民表示满意。")
    assert not pairs(rules, text)


@pytest.mark.parametrize(
    "tail,head,opens",
    [
        ("今年全市新增纯电动公交车八百辆，这标志着", "我市的公共交通进入了新能源时代。", False),
        ("一项抽样调查发现", "他们中的多数人每天乘坐公交车上下班。", False),
        ("市里拿出专项资金，使", "这条线路的车辆全部换成了新能源车。", False),
        ("据调度中心介绍，当早高峰的客流集中在", "地铁换乘站时，公交车会加密发车班次。", False),
        # a verb that takes no clause, the copula, a 当 that is no frame: the start stays a
        # sentence's own
        ("表现最抢眼的并不是", "我们还将邀请周边区县的代表队参赛。", True),
        ("今年全市新增纯电动公交车八百辆", "我们的公共交通进入了新能源时代。", True),
        ("这些措施相当", "有效时，客流就会回升。", True),
    ],
)
def test_a_start_after_a_verb_or_frame_the_end_opened_reads_on(tail, head, opens):
    from lint_news.checks.break_evidence import last_words

    last = last_words(tail)[-1]
    assert _read_on(tail, last, head, opens_sentence(head), False)[0] is opens


# -- a short line of one subjectless sentence ---------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "果断地把球传回外线，队友投篮得手！",
        "受到了大家的欢迎吧！",
        "继续加大投入力度。",
        "引来了全场观众的一片掌声。",
    ],
)
def test_a_short_subjectless_sentence_is_a_sentence_s_rest(head):
    weight, why = head_evidence(head)
    assert weight == 3.0 and why == "短句没有主语"


@pytest.mark.parametrize(
    "head",
    [
        "加强监管！",  # a slogan: one verb phrase and an exclamation mark
        "其实不然。",  # a sentence adverb's clause
        "当然有啊！",
        "是一个好办法。",  # a copula opens sentences of its own
        "据了解，新车已经全部上线。",
        "新车已经全部上线，市民纷纷体验。",  # a subject
        "加大投入力度，确保新线路在年底前全部开通，让沿线的居民都能尽早享受到便利。",  # long
        "继续加大投入力度",  # no final mark
        "进入新世纪以后，公交客流逐年增长。",  # a time frame opens the sentence
        "说起这件事，馆长很感慨。",  # so does 说起…
    ],
)
def test_other_short_lines_are_no_such_rest(head):
    from lint_news.checks.break_evidence import first_words

    assert not short_rest(head, first_words(head))


def test_a_short_rest_after_an_open_paragraph_is_named_as_its_continuation(rules):
    text = doc(
        "比赛最后时刻，双方球员在篮下纠缠在一起，队长",
        "果断地把球传回外线，队友投篮得手！",
    )
    assert (3, 5) in pairs(rules, text)


# -- a candidate whose first words repeat the open sentence's topic ------------------------

FARM_OPEN = "县农业局近日召开秋收工作总结会，通报了全年的农业生产情况。"
FARM_MIDDLE = "全县今年共推广优良品种十二个，建成高标准农田三万亩。"
FARM_CLOSE = "农业局表示，明年将继续加大对种粮农民的扶持力度。"
FARM_HEAD = "会上，局长介绍说，今年全县推广良种的面积"
FARM_REST = "达到十万亩，比去年扩大了三成，良种覆盖率超过九成。"
FARM_ECHO = "推广良种是县里多年坚持的做法，每年都组织专家下乡指导。"


def test_a_candidate_that_names_the_open_sentence_s_topic_again_scores_lower():
    assert echo(FARM_HEAD, FARM_ECHO) == W_ECHO < 0
    assert echo(FARM_HEAD, FARM_REST) == 0.0
    # a word of the open sentence beyond its first clause, or before the end's window
    assert echo(FARM_HEAD, "达到十万亩，推广良种的效果明显。") == 0.0
    assert echo("县里推广良种多年。今年的", "推广良种的效果明显。") == 0.0


def test_the_rest_wins_over_a_next_paragraph_that_repeats_the_topic(rules):
    paras = (FARM_OPEN, FARM_HEAD, FARM_ECHO, FARM_MIDDLE, FARM_REST, FARM_CLOSE)
    assert (3, 9) in pairs(rules, "\n\n".join(paras))


def test_the_next_paragraph_is_the_rest_when_it_reads_on(rules):
    paras = (FARM_OPEN, FARM_HEAD, FARM_REST, FARM_MIDDLE, FARM_ECHO, FARM_CLOSE)
    assert (3, 5) in pairs(rules, "\n\n".join(paras))


# -- a title-like line that is the subject of the paragraph after it ----------------------

CULTURE_OPEN = "市文化局昨天通报了今年公共文化设施的建设情况，多数项目已经完工。"
CULTURE_MIDDLE = "全市今年新建文化广场九个，改造乡镇文化站二十个。"
CULTURE_CLOSE = "文化局表示，明年将继续推进公共文化服务均等化。"


@pytest.mark.parametrize(
    "line,nxt",
    [
        ("城东的社区图书馆", "日前在新落成的文化中心开馆，首批藏书两万册。"),
        ("两位老读者", "笑着说，以后借书再也不用跑远路了。"),
        ("城东的社区图书馆", "将于下月起延长开放时间，方便上班族借阅。"),
    ],
)
def test_a_noun_phrase_line_over_its_predicate_is_a_break(rules, line, nxt):
    assert subject_line(line, nxt)
    text = "\n\n".join((CULTURE_OPEN, line, nxt, CULTURE_MIDDLE, CULTURE_CLOSE))
    assert pairs(rules, text) == {(3, 5)}


@pytest.mark.parametrize(
    "line,nxt",
    [
        ("城东的社区图书馆", "图书馆日前在新落成的文化中心开馆，首批藏书两万册。"),  # own subject
        ("社区图书馆", "据了解，首批藏书两万册。"),  # a source opens a sentence
        ("推进社区图书馆建设", "日前在新落成的文化中心开馆。"),  # a verb: a title of its own
        ("城东的社区图书馆", "日前在新落成的文化中心开馆"),  # no sentence ends in it
        ("社区图书馆建设", "今年以来，全市新建社区图书馆十二个。"),  # a frame opens a sentence
        ("读者的心愿", "了解读者的需要，图书馆每年都做问卷调查。"),  # the line's word again
    ],
)
def test_other_lines_over_a_paragraph_stay_headings(rules, line, nxt):
    assert not subject_line(line, nxt)
    text = "\n\n".join((CULTURE_OPEN, line, nxt, CULTURE_MIDDLE, CULTURE_CLOSE))
    assert (3, 5) not in pairs(rules, text)


def test_a_first_clause_that_is_the_subject_of_shi_is_a_sentence_s_own():
    # (whether the pair is a break is left to the other evidence: 办好… opens with a verb)
    assert not subject_line("城东的社区图书馆", "办好一座阅览室，是不少居民多年的愿望。")
    assert subject_line("城东的社区图书馆", "办好了借阅手续，就能把书带回家。")


# -- a paragraph that opens with a verb of saying -------------------------------------------


@pytest.mark.parametrize(
    "head,verb",
    [
        ("说：“以后借书再也不用跑远路了。”", "说"),
        ("笑着说，以后借书再也不用跑远路了。", "笑着说"),
        ("介绍说，新馆每天开放十二个小时。", "介绍说"),
        ("表示，明年还将扩大规模。", "表示"),
    ],
)
def test_a_paragraph_opening_with_a_verb_of_saying_lacks_its_speaker(head, verb):
    assert head_evidence(head) == (4.0, f"以“{verb}”开头，缺少说话人")


@pytest.mark.parametrize(
    "head",
    ["说实话，我也没想到新馆这么快就开了。", "说起这件事，馆长很感慨。", "他说，新馆每天开放。"],
)
def test_a_sentence_that_opens_with_such_a_word_has_its_speaker(head):
    assert head_evidence(head)[0] < 3.0


def test_a_speaker_line_over_what_he_said_is_a_break(rules):
    text = "\n\n".join(
        (
            CULTURE_OPEN,
            "读者刘大爷",
            "说：“以后借书再也不用跑远路了。”",
            CULTURE_MIDDLE,
            CULTURE_CLOSE,
        )
    )
    assert pairs(rules, text) == {(3, 5)}


# -- a numeral and its measure word at the end, the noun it counts at the start ------------


@pytest.mark.parametrize(
    "tail,head,expected",
    [
        ("全市今年新建了三个", "社区图书馆，方便居民就近借阅。", 2.0),
        ("馆里新添了两台", "新电脑，供读者免费使用。", 2.0),
        ("这是一项", "重要的民生工程。", 2.0),
        ("全市今年新建了三个", "月后，图书馆就能开馆。", 0.0),  # 三个月: a span of time
        ("获奖的第三个", "是城东的社区图书馆。", 0.0),  # an ordinal, then its predicate
    ],
)
def test_a_measure_word_s_noun_across_the_joint_fits(tail, head, expected):
    from lint_news.checks.break_evidence import first_word, last_words
    from lint_news.checks.break_joint import fit

    assert fit(last_words(tail)[-1], first_word(head)) == expected
