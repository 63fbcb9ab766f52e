"""The document model: positions, markup stripping, block kinds, sentences."""

from __future__ import annotations

from lint_news.document import (
    BYLINE,
    CAPTION,
    DATELINE,
    END_MARK,
    HEADLINE,
    LIST_ITEM,
    PARAGRAPH,
    SUBHEAD,
    Document,
    LineIndex,
    article_spans,
    classify_block,
)


def test_line_index_counts_code_points_not_bytes():
    idx = LineIndex("第一行\n中文𠀀字x\n")
    assert idx.position(0) == (1, 1)
    assert idx.position(4) == (2, 1)
    # 𠀀 is outside the BMP: one code point, four UTF-8 bytes
    assert idx.position(4 + 3) == (2, 4)
    assert idx.line_text(2) == "中文𠀀字x"


def test_positions_map_back_through_crlf_free_text():
    doc = Document("标题\n\n正文第一段。\n\n正文第二段有错。\n")
    off = doc.text.index("有错")
    assert doc.position(off) == (5, 6)
    assert doc.end_position(off + 2) == (5, 8)


def test_plain_text_blocks_and_kinds():
    text = (
        "全省新建学校120所\n\n"
        "本报讯（记者 张明）\n\n"
        "今年以来，全省新建学校120所，改善了办学条件。\n\n"
        "（完）\n"
    )
    doc = Document(text)
    assert [b.kind for b in doc.blocks] == [HEADLINE, DATELINE, PARAGRAPH, END_MARK]


def test_one_paragraph_per_line_text_is_read_line_by_line():
    doc = Document(
        "城市更新行动启动\n今年全市改造小区30个，惠及居民2万户。\n明年计划再改造25个。\n"
    )
    assert [b.kind for b in doc.blocks] == [HEADLINE, PARAGRAPH, PARAGRAPH]


def test_wrapped_lines_in_a_group_form_one_block():
    doc = Document("标题\n\n这是一个被排版\n折成两行的句子。\n")
    assert len(doc.blocks) == 2
    assert doc.blocks[1].text == "这是一个被排版折成两行的句子。"
    off = doc.text.index("折")
    assert doc.position(off) == (4, 1)


def test_classify_examples():
    assert classify_block("新华社北京3月5日电") == DATELINE
    assert classify_block("湖南日报3月5日讯（记者 李华）") == DATELINE
    assert classify_block("本报记者 王强 李明") == BYLINE
    assert classify_block("市民在公园晨练。张伟 摄") == CAPTION
    assert classify_block("张伟 摄") == CAPTION
    assert classify_block("图为工人正在作业") == CAPTION
    assert classify_block("一、总体要求") in (HEADLINE, LIST_ITEM)
    assert classify_block("1.加强组织领导，压实各方责任。") == LIST_ITEM
    assert classify_block("全市经济稳中向好 一季度增长5.2%") == HEADLINE
    assert (
        classify_block("今年一季度，全市地区生产总值同比增长5.2%，增速高于全省平均水平。")
        == PARAGRAPH
    )


def test_subhead_between_paragraphs():
    doc = Document("第一段说了一些事情。\n\n小标题在这里\n\n第二段继续说。\n")
    assert [b.kind for b in doc.blocks] == [PARAGRAPH, SUBHEAD, PARAGRAPH]


def test_markdown_front_matter_headings_emphasis_code():
    md = (
        "---\n"
        "title: 全市新增就业3万人\n"
        "author: 张明\n"
        "---\n"
        "\n"
        "## 就业形势\n"
        "\n"
        "今年**全市**新增就业`x`3万人，[详见](http://example.com)报告。\n"
        "\n"
        "```\n"
        "超90%以上\n"
        "```\n"
        "\n"
        "- 第一项措施。\n"
    )
    doc = Document(md, markdown=True)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == [HEADLINE, SUBHEAD, PARAGRAPH, LIST_ITEM]
    assert doc.blocks[0].text == "全市新增就业3万人"
    assert doc.blocks[2].text == "今年全市新增就业3万人，详见报告。"
    assert "超90%以上" not in doc.text  # code is not checked
    off = doc.text.index("新增就业3万人，")
    assert doc.position(off) == (8, 9)  # after "今年**全市**" in the source line
    assert doc.position(doc.text.index("详见")) == (8, 21)


def test_sentences_split_on_final_marks_and_keep_quotes():
    doc = Document("他说：“我们会继续推进。”随后离开。问题解决了吗？")
    sents = [s.text for s in doc.blocks[0].sentences]
    assert sents == ["他说：“我们会继续推进。”", "随后离开。", "问题解决了吗？"]


def test_article_spans_split_a_page():
    page = (
        "甲县新建公路18公里\n\n"
        "本报讯 甲县今年新建公路18公里。\n\n"
        "乙市粮食丰收\n\n"
        "本报讯 乙市今年粮食总产量创新高。\n"
    )
    doc = Document(page)
    arts = article_spans(doc)
    assert len(arts) == 2
    assert arts[0][0][0].text == "甲县新建公路18公里"
    assert arts[1][1][0].text.startswith("本报讯 乙市今年")
