"""A candidate that starts the way the document starts its sentences (break_doc_starts,
pair16): the paragraph after a head whose rest has moved away opens a sentence as the text's
other sentences do; the rest begins inside one. (Invented texts.)"""

from __future__ import annotations

from lint_news.checks import break_doc_starts
from lint_news.checks.break_doc_starts import MAX_DOC_OPENS, W_DOC_OPENS, DocStarts, start_of

from .break_support import pairs, structure_rules


def test_a_start_that_another_sentence_has_opens() -> None:
    texts = [
        "该公司去年营收增长两成。公司计划明年再建两条生产线。",
        "工厂负责人说，新生产线将于下月投产，届时产能将",
        "公司还将招收一批技术工人，以满足扩产需要。",
    ]
    starts = DocStarts(texts)
    assert starts.opens(2)  # (公司… begins a sentence of block 0)
    assert starts.term(texts[1], 2) == W_DOC_OPENS
    # a start that opens no sentence of another block (翻一番… only goes on a sentence)
    texts[2] = "翻一番，订单已经排到了明年年底。"
    starts = DocStarts(texts)
    assert not starts.opens(2)
    assert starts.term(texts[1], 2) == 0.0


def test_nothing_after_a_clause_mark() -> None:
    # (after a comma a clause of its own may go on the sentence: 他们… opens it as a
    # sentence does)
    texts = [
        "参加活动的学生来自二十所学校，",
        "他们大多读高二，有的还是学生会干部。",
        "他们将分组讨论城市预算的使用。",
    ]
    starts = DocStarts(texts)
    assert starts.opens(1)
    for end in "，、；：,;:":
        assert starts.term("参加活动的学生来自二十所学校" + end, 1) == 0.0
    assert starts.term("参加活动的学生来自二十所", 1) == W_DOC_OPENS


def test_only_other_blocks_count() -> None:
    # (the candidate's own sentences are no reference for its own start)
    texts = ["记者从市教育局获悉，全市新建幼儿园六所。", "学位紧张的问题有所缓解。学位还会增加。"]
    assert not DocStarts(texts).opens(1)
    texts.append("学位总数已达两万个。")
    assert DocStarts(texts).opens(1)


def test_starts_after_quotation_marks_and_spaces() -> None:
    texts = [
        "他说：“项目进展顺利。”随后他又补充道，工期不会推迟。",
        "\u3000\u3000“随后的工作要抓紧。”",
        "随后，两队交换了场地。",
        "表示，比赛照常进行。",
    ]
    starts = DocStarts(texts)
    assert start_of(texts[1]) == "随后"
    assert starts.opens(1)  # (随后 after 。” in block 0, and block 2's start)
    assert starts.opens(2)
    assert not starts.opens(3)  # (表示 begins no sentence: it goes on one)


def test_short_blocks_and_marks_alone_open_nothing() -> None:
    texts = ["好。", "好", "“", "。。！"]
    starts = DocStarts(texts)
    assert [starts.opens(b) for b in range(len(texts))] == [False] * 4


def test_the_term_is_never_above_its_bound() -> None:
    texts = ["今年全市新增就业岗位三万个。", "今年", "新增岗位", "三万个。今年还将", ""]
    starts = DocStarts(texts)
    for b in range(len(texts)):
        for tail in ("今年全市新增", "今年全市新增，", ""):
            assert starts.term(tail, b) <= MAX_DOC_OPENS


# a broken paragraph (block 1); the paragraph that went on after it (block 2) opens with the
# words the text opens its sentences with (学校…); its rest (block 4) was moved two down
MOVED = (
    "学校今年秋季新招收学生1200人，比去年增加了三成。\n\n"
    "为了迎接新生入学，学校暑假期间对全部教室的桌椅和照明进行了更换，新建的图书馆也将\n\n"
    "学校还聘请了二十多位有经验的老教师，为新入职的年轻教师开展为期一个月的岗前培训。\n\n"
    "新生报到当天，志愿者们在校门口设立了咨询台，帮助家长办理入学手续。\n\n"
    "在九月底正式对外开放，藏书总量预计超过十万册。\n\n"
    "学校负责人表示，今后将继续加大投入，改善学生的学习和生活条件。"
)


def test_the_moved_rest_wins_over_a_next_paragraph_that_opens_as_the_text_does(
    monkeypatch,
) -> None:
    rules = structure_rules()
    assert pairs(rules, MOVED) == {(3, 9)}
    # (what decides: without the term the next paragraph wins)
    monkeypatch.setattr(break_doc_starts, "W_DOC_OPENS", 0.0)
    assert pairs(rules, MOVED) == {(3, 5)}


def test_a_rest_right_after_its_head_keeps_the_break() -> None:
    # (the same text with the rest where it was written: it opens no sentence of the text)
    blocks = MOVED.split("\n\n")
    rest = blocks.pop(4)
    blocks.insert(2, rest)
    assert pairs(structure_rules(), "\n\n".join(blocks)) == {(3, 5)}


def test_a_headline_is_no_reference() -> None:
    # (the lead under a headline often opens with its words; a headline is no sentence)
    texts = ["新建图书馆下月开放", "新建图书馆位于城市东区，共有五层。", "馆内设有少儿阅览区。"]
    assert DocStarts(texts).opens(1)
    assert not DocStarts(texts, [False, True, True]).opens(1)
    assert DocStarts(texts, [False, True, True]).opens(0)  # (its own start: block 1's)


# a line under the headline whose end waits for its object, a lead that opens with the
# headline's words, and a far paragraph that opens a sentence of its own
GALLERY = (
    "城市美术馆举办秋季画展\n\n"
    "二楼展厅里，展出的是\n\n"
    "城市美术馆今年的秋季画展昨天开幕，展期一个月。\n\n"
    "本次画展共展出作品三百余幅，其中油画一百幅。\n\n"
    "馆方介绍，画展期间每天上午九点开馆。\n\n"
    "观众们纷纷在作品前驻足，不时拿出手机拍照。"
)


def test_the_lead_that_opens_as_the_headline_does_keeps_the_line() -> None:
    assert pairs(structure_rules(), GALLERY) == {(3, 5)}


def test_a_copy_of_the_block_is_no_reference() -> None:
    # (a text pasted twice: the rest's copy opens its own paragraph there)
    rest = "入学手续，并为新生发放了校园卡。"
    texts = ["志愿者帮助家长办理", rest, "开学典礼在操场举行。", "志愿者帮助家长办理", rest]
    starts = DocStarts(texts)
    assert not starts.opens(1) and not starts.opens(4)
    texts.append("入学以后，新生将参加为期两周的军训。")
    assert DocStarts(texts).opens(1)


def _slow_starts(text: str) -> set[str]:
    """``break_doc_starts._starts`` written out as a walk from sentence to sentence."""
    skip, ends, n = break_doc_starts._SKIP, break_doc_starts.SENTENCE_ENDS, len(text)
    out, p = set(), 0
    while True:
        while p < n and text[p] in skip:
            p += 1
        if p + 2 <= n:
            out.add(text[p : p + 2])
        q = min((i for i in (text.find(m, p) for m in ends) if i >= 0), default=-1)
        if q < 0:
            return out
        p = q + 1


def test_sentence_starts_by_their_definition() -> None:
    for text in (
        "该公司去年营收增长两成。公司计划明年再建两条生产线！你知道吗？知道。",
        "他说：“项目进展顺利。”随后他又补充道。  “工期不会推迟。”",
        "。。！好",
        "好",
        "",
        "\u3000\u3000记者从市里获悉?!据悉，新馆下月开放。",
    ):
        assert break_doc_starts._starts(text) == _slow_starts(text)


def test_one_reading_a_document_answers_every_break_alike() -> None:
    # (what a candidate's start reads is kept for the next break it is a candidate of)
    texts = ["公司去年营收增长两成。", "工厂负责人说，新生产线将于下月", "公司还将招收一批工人。"]
    starts = DocStarts(texts)
    assert starts.term("新生产线将于下月投产，", 2) == 0.0
    assert starts.term(texts[1], 2) == W_DOC_OPENS
    assert starts.term("新生产线将于下月投产，", 2) == 0.0
    fresh = DocStarts(texts)
    assert [fresh.term(texts[1], b) for b in range(3)] == [
        starts.term(texts[1], b) for b in range(3)
    ]
