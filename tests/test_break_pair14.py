"""Where a candidate stands (break_place, pair14): a moved rest sits between two paragraphs
that read together and reads with neither; the paragraph after its head goes on from the
rest's words. A paragraph that sits well where it stands is no likelier the rest of another.
(Invented texts.)"""

from __future__ import annotations

from lint_news.checks import break_place
from lint_news.checks.break_place import chain, intruder, place_term
from lint_news.checks.break_topic import Topic

from .break_support import pairs, structure_rules

# a broken paragraph (block 1), the paragraph that went on after it (block 2), and its rest
# (block 4) moved between two paragraphs on the metro (blocks 3 and 5)
MOVED = (
    "市政府昨天召开新闻发布会，通报今年城市更新工作进展。\n\n"
    "今年以来，全市共完成老旧小区改造项目46个，社区还为老人们\n\n"
    "送餐上门的志愿者队伍也在不断壮大，目前已有300多人。\n\n"
    "在交通方面，新开通的地铁五号线日均客流已超过20万人次，早晚高峰的拥挤有所缓解。\n\n"
    "开设了助餐点和日间照料中心，老人们在家门口就能吃上热饭。\n\n"
    "地铁五号线开通后，沿线公交线路也同步作了调整，方便乘客换乘。\n\n"
    "下一步，市里将继续推进城市更新，让更多居民受益。"
)
# the same paragraph in a place where it reads with both neighbours (on the elderly's
# meals and day care): there it is a paragraph of its own, and the next one is the rest
IN_PLACE = (
    "市政府昨天召开新闻发布会，通报今年城市更新工作进展。\n\n"
    "今年以来，全市共完成老旧小区改造项目46个，社区还为老人们\n\n"
    "送餐上门的志愿者队伍也在不断壮大，目前已有300多人。\n\n"
    "在养老服务方面，全市新建社区助餐点120个，老人们用餐更方便了。\n\n"
    "开设了助餐点和日间照料中心，老人们在家门口就能吃上热饭。\n\n"
    "日间照料中心还为老人们提供康复训练和健康讲座。\n\n"
    "下一步，市里将继续推进城市更新，让更多居民受益。"
)

# (MOVED with a next paragraph that goes on from the rest's words: its meals and doorsteps)
CHAINED = MOVED.replace(
    "送餐上门的志愿者队伍也在不断壮大，目前已有300多人。",
    "送餐上门的志愿者也多了起来，把助餐点的热饭送到行动不便的老人家门口。",
)


def _texts(doc: str) -> tuple[Topic, list[str]]:
    texts = doc.split("\n\n")
    return Topic(texts), texts


def test_a_paragraph_whose_neighbours_read_together_is_an_intruder() -> None:
    topic, texts = _texts(MOVED)
    assert intruder(topic, texts, 1, 4) > 0.1
    assert place_term(topic, texts, 1, 4) > 0


def test_the_paragraph_after_the_head_goes_on_from_the_rest() -> None:
    topic, texts = _texts(CHAINED)
    assert chain(topic, texts, 1, 4) > 0.1
    topic, texts = _texts(MOVED)
    assert chain(topic, texts, 1, 4) == 0.0  # (no words of the rest in block 2)


def test_a_paragraph_that_reads_with_its_neighbours_is_none() -> None:
    topic, texts = _texts(IN_PLACE)
    assert intruder(topic, texts, 1, 4) < 0
    assert chain(topic, texts, 1, 4) < 0
    assert place_term(topic, texts, 1, 4) < 0


def test_no_term_right_after_the_head_or_beside_it() -> None:
    topic, texts = _texts(MOVED)
    assert place_term(topic, texts, 1, 2) == 0.0  # (the next paragraph: W_NEXT's)
    assert intruder(topic, texts, 1, 0) == 0.0  # (no block before it)
    assert intruder(topic, texts, 3, 4) == 0.0  # (the head is its neighbour)
    assert intruder(topic, texts, 1, 6) == 0.0  # (no block after it)
    assert chain(topic, texts, 6, 2) == 0.0  # (a head that ends the document)


def test_the_moved_rest_wins_over_the_next_paragraph(monkeypatch) -> None:
    rules = structure_rules()
    assert pairs(rules, MOVED) == {(3, 9)}
    # (what decides: without the two terms the next paragraph wins)
    monkeypatch.setattr(break_place, "W_INTRUDER", 0.0)
    monkeypatch.setattr(break_place, "W_CHAIN", 0.0)
    assert pairs(rules, MOVED) == {(3, 5)}


def test_the_next_paragraph_keeps_the_break_when_the_far_one_sits_well() -> None:
    assert pairs(structure_rules(), IN_PLACE) == {(3, 5)}


def _slow_term(topic: Topic, texts: list[str], head: int, b: int) -> float:
    """``place_term`` written out from its definition (the oracle of the kept shares)."""
    if b == head + 1:
        return 0.0
    n, share = len(texts), topic.share
    intr = 0.0
    if 1 <= b < n - 1 and head not in (b - 1, b + 1):
        intr = share(texts[b - 1], texts[b + 1]) - 0.5 * (
            share(texts[b - 1], texts[b]) + share(texts[b], texts[b + 1])
        )
    ch = 0.0
    if head + 1 < n:
        own = share(texts[b], texts[b + 1]) if b + 1 < n and b + 1 != head else 0.0
        ch = share(texts[b], texts[head + 1]) - own
    return break_place.W_INTRUDER * intr + break_place.W_CHAIN * ch


def test_one_place_per_document_keeps_the_shares_it_read() -> None:
    for doc in (MOVED, IN_PLACE, CHAINED):
        topic, texts = _texts(doc)
        place = break_place.Place(topic, texts)
        n = len(texts)
        # (heads in an order that reads each candidate's shares for another head first)
        for head in (5, 1, 3, 0, 6, 2, 4):
            for b in range(n):
                if b != head:
                    assert place.term(head, b) == _slow_term(topic, texts, head, b)
