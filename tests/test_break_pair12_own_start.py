"""A paragraph that opens with a question, a framed comparison or an enumerator is seldom
the rest of a clause that a break leaves open (issue 9, pair12: break_own_start). Every
sentence is written for the test; each shape has a look-alike that counts nothing."""

from __future__ import annotations

import pytest

from lint_news.checks import break_own_start as bos
from lint_news.checks import break_pairing as bp

from .break_support import pair_scores, pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


W = bos.W_OWN_START

# ends that leave a clause open: a verb, a preposition, 的 (with their last tagged word)
OPEN_ENDS = [
    ("今年全县的粮食总产量再创", ("再创", "v")),
    ("记者来到城南的", ("的", "uj")),
    ("这项工程由", ("由", "p")),
]


def own(tail, head, last=None):
    return bos.own_start(tail, head, last)


@pytest.mark.parametrize("tail, last", OPEN_ENDS)
@pytest.mark.parametrize(
    "head",
    [
        "如何让老人用得上、用得起？社区为此想了不少办法。",  # a question from its start
        "为什么这条路总是修了又挖？记者走访了几位居民。",
        "那么，谁来为这笔账买单？",
        "与去年同期相比，今年的客流增加了两成。",  # a framed comparison or viewpoint
        "对于多数家长而言，接送孩子是每天的难题。",
        "以城东新区为例，三年间新建学校九所。",
        "面对突如其来的暴雨，全区启动了应急预案。",
        "作为全省最早的试点县，这里已经探索了三年。",
        "3、加强对从业人员的培训。",  # an enumerator or a bracketed label
        "3。加强对从业人员的培训。",
        "6．严格控制会议数量。",
        "（二）做好安全检查工作。",
        "四、保障措施",
        "［详细］城南菜市场改造完成",
        "问：今年的补贴标准有变化吗？",
        "事实上，类似的做法在邻县早已推开。",  # a sentence adverbial and its comma
        "由此可见，居民最看重的还是出行方便。",
        "此外，新馆全部采用节能灯具。",
        "其实，类似的做法在邻县早已推开。",
        "谢谢大家！",  # a speech's closing thanks
        "谢谢。主持人：下面请李局长回答。",
    ],
)
def test_a_paragraphs_own_start_after_an_open_clause(tail, last, head):
    assert own(tail, head, last) == W < 0


@pytest.mark.parametrize(
    "tail",
    [
        "今年全县的粮食总产量再创新高，",  # a comma: the sentence may go on with any of them
        "区里的三所中学都已开学。",  # a closed sentence
        "居民们最想知道的是：",
        "他们说：“明年还要扩建。”",
    ],
)
def test_after_a_clause_mark_they_count_nothing(tail):
    for head in ("如何让老人用得上？", "与去年同期相比，客流增加了两成。", "3、加强培训。"):
        assert own(tail, head) == 0.0


@pytest.mark.parametrize(
    "tail, head",
    [
        # a question that is the object of the end's verb goes on with the clause
        ("不少市民都在问", "谁来为这笔账买单？"),
        ("大家最关心的问题是", "如何保证工程质量？"),
        ("专家们正在研究", "怎样才能减少拥堵？"),
        # a question word that opens no question, or a question that comes later
        ("记者来到城南的", "什么地方都挤满了人。"),
        ("这项工程由", "一家小企业承建，后来怎么样了？"),
        # a preposition that frames no comparison (在…上，; 与…合作)
        ("这项工程由", "与城建集团合作的一家公司承建。"),
        ("记者来到城南的", "对外开放口岸，看到货车排起长队。"),
        # figures and names that look like enumerators
        ("今年全县的粮食总产量再创", "3.5万吨的新高。"),
        # (a figure and a full stop is a figure's rest as often as an enumerator: 12。…)
        ("今年全县的粮食总产量达到", "12。"),
        ("今年全县的粮食总产量达到", "12。全县的种粮大户也增加了。"),
        ("区里的三所中学", "（城南中学、城北中学和实验中学）都已开学。"),
        ("这项工程由", "A公司承建。"),
        # an adverb without its comma, thanks that are a verb's object or a word's half
        ("这项工程由", "事实上的承包人负责施工。"),
        ("记者来到城南的", "显然不是一家普通的工厂。"),
        ("他在发言中特别感", "谢社区志愿者的付出。"),
        ("区里的三所中学", "谢谢老师活动办了三届。"),
        # the rest of a longer word or phrase that ends with an adverbial and a comma
        ("这样的安排可以说是理所", "当然，没有人提出异议。"),
        ("远处的山峰清晰", "可见，游客纷纷拿出相机。"),
        ("在我", "看来，这个方案还需要完善。"),
        ("本届展会最", "值得一提的是，新馆全部采用节能灯具。"),
        ("在推进改造的", "同时，区里还新建了两座公园。"),
        # a number and a full stop after an end that waits for a figure
        ("比赛最后的比分是3比", "2。主队在下半场连进两球。"),
        ("这家企业在全省的排名是第", "5。去年排在第9。"),
    ],
)
def test_look_alikes_count_nothing(tail, head):
    assert own(tail, head) == 0.0


@pytest.mark.parametrize(
    "tail, last, head",
    [
        # a question or a frame right after its subject, within one clause
        ("面对这样的难题，区政府", ("区政府", "nt"), "如何应对？"),
        ("这些老旧小区", ("小区", "n"), "能否赶在年底前完成改造？"),
        ("今年全县的粮食产量", ("产量", "n"), "与去年相比，增加了一成。"),
        ("他", ("他", "r"), "作为队长，第一个站了出来。"),
        # a question word that is the object of the end's verb or preposition
        ("很多年轻人都在想自己到底想要", ("想要", "v"), "什么样的生活？"),
        ("这些钱最后到底给了", ("给", "v"), "谁？"),
    ],
)
def test_after_a_subject_or_as_an_object_they_count_nothing(tail, last, head):
    assert own(tail, head, last) == 0.0


def test_a_question_after_a_verb_that_takes_no_such_object_counts():
    # (the same question after a noun's modifier: no subject, no verb before it)
    assert own("记者来到城南的", "为什么这条路总是修了又挖？", ("的", "uj")) == W
    assert own("记者来到城南的", "谁来为这笔账买单？", ("的", "uj")) == W


# a broken paragraph (its clause open at 对于刚入市的), the next paragraph framed as a
# comparison, and the rest of the broken sentence two paragraphs on
MOVED = (
    "理财专家谈新基金\n\n"
    "今年以来新发基金的数量明显增多，不少投资者也跃跃欲试。专家提醒，对于刚入市的\n\n"
    "与老基金相比，新基金的建仓期通常需要三个月左右。\n\n"
    "业内人士认为，市场的波动还会持续一段时间。\n\n"
    "投资者来说，最稳妥的办法是分批买入，不要一次投入全部资金。\n\n"
    "本报记者 王明"
)


def test_the_framed_next_paragraph_gives_way_to_the_rest(rules):
    assert pairs(rules, MOVED) == {(3, 9)}


@pytest.mark.pure  # (spies on compiled code: see tests/conftest.py)
def test_own_start_is_added_to_the_pair_score(rules, monkeypatch):
    with_own = pair_scores(rules, MOVED, monkeypatch)
    monkeypatch.setattr(bos, "W_OWN_START", 0.0)
    without = pair_scores(rules, MOVED, monkeypatch)
    assert with_own.keys() == without.keys()
    framed = next(k for k in without if k[1] == 2)  # (the comparison's paragraph, block 2)
    assert with_own[framed] == pytest.approx(without[framed] + W)
    assert all(with_own[k] == without[k] for k in without if k != framed)
    # without the term the framed paragraph, right after the break, takes it
    assert max((s, b) for (_, b), s in without.items())[1] == 2


def test_the_weight_is_on_the_pair_scale():
    # (a clear sign: about as much as a label's start or a frame's, see break_pairing)
    assert bp.W_FRAME >= W >= 2 * bp.W_FRAME
