"""A paragraph that opens with a word the tagger calls a verb but that frames the sentence
or stands as its attribute (作为一名老党员，他…; 相关专家认为，…; 截至目前，…; 比如…;
据统计，…) opens as sentences do: it is no sign of a subject left behind (session 19: on the
clean corpora these words were the commonest firsts of paragraphs read as "opening with a
verb", and seldom the first words of planted tails). A verb that takes the subject of the
sentence before it still is (采用新工艺后，…; 组织了三次培训。). Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import head_evidence


@pytest.mark.parametrize(
    "start",
    [
        "作为一名老党员，他始终冲在抗洪第一线。",
        "相关专家认为，明年的市场仍将保持平稳。",
        "截至目前，全市已完成老旧小区改造58个。",
        "比如城东的幼儿园，今年就新增了学位300个。",
        "据统计，今年全市新增就业岗位1.2万个。",
        "正如村民们所说，路修好了，日子也有了奔头。",
        "面对突如其来的暴雨，村干部连夜组织转移。",
        "进入新世纪以来，这座小城发生了巨大变化。",
        # a verb and its aspect, then an object with a 的-modifier: a predicate, not a bare
        # noun phrase (a 的-phrase with no predicate is: …最为迫切的一项工作，…)
        "城东的新楼盘近日正式对外公布了最新的销售方案。",
        # a first clause closed by a colon: a label or a speaker, a start of its own
        "记者：新校舍什么时候能投入使用？",
        "区教育局局长：今年新增学位2700个。",
        "城东楼市大解密：哪些板块最抗跌",
    ],
)
def test_a_frame_that_the_tagger_calls_a_verb_is_no_sign(start):
    weight, why = head_evidence(start)
    assert weight == 0.0, why


@pytest.mark.parametrize(
    "start",
    [
        "采用新工艺后，成本下降了三成。",
        "组织了三次培训。",
        "更加重了林区的负担。",
        "当前全市最为紧迫的一项工作，就是稳就业。",
        "新学期教材的征订工作，已经全部完成。",
        "城市，农村，都在变。",
    ],
)
def test_a_predicate_without_its_subject_still_is(start):
    weight, why = head_evidence(start)
    assert weight > 0 and why
