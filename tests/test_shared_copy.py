"""Shared copy: near-duplicate passages between articles, found with MinHash LSH and checked exactly."""

from __future__ import annotations

import pytest

from framing.segment import make_document
from framing.shared_copy import find_shared_copy, jaccard, shared_shares, shingles

NATIONAL, EXPRESS, BBC = "002", "003", "001"


@pytest.fixture(scope="module")
def passages(seed_documents):
    return find_shared_copy(seed_documents)


@pytest.mark.parametrize(
    ("words", "expected"),
    [([], set()), (["One"], {"one"}), (["A", "b", "C", "d"], {"a b c", "b c d"})],
)
def test_shingles_are_lower_cased_word_trigrams(words, expected) -> None:
    assert shingles(words) == expected


def test_jaccard_of_empty_sets_is_zero() -> None:
    assert jaccard(set(), set()) == 0.0 and jaccard({"a"}, {"a"}) == 1.0


def test_the_national_and_the_express_share_long_passages(passages) -> None:
    between = [item for item in passages if (item.article_a, item.article_b) == (NATIONAL, EXPRESS)]
    assert sum(item.words_b for item in between) > 200
    texts = " ".join(item.text_b for item in between)
    assert "signed by Home Office minister Dan Jarvis, will set up a formal process" in texts
    assert "Over 50,000 illegal immigrants have crossed the Channel" in texts
    # rewritten but still shared: "return" / "send back", "deal" / "agreement"
    assert any(item.similarity < 1 for item in between) and any(item.similarity == 1 for item in between)


def test_offsets_point_at_the_passage_text(passages, seed_documents) -> None:
    for item in passages:
        assert seed_documents[item.article_a].text[item.start_a:item.end_a] == item.text_a
        assert seed_documents[item.article_b].text[item.start_b:item.end_b] == item.text_b


def test_articles_about_different_events_share_nothing(passages) -> None:
    stories = {"000": 2024, "004": 2024, "001": 2025, "002": 2025, "003": 2025}
    assert all(stories[item.article_a] == stories[item.article_b] for item in passages)


def test_shares_say_the_express_is_mostly_shared_copy(passages, seed_documents) -> None:
    shares = {share.article: share for share in shared_shares(seed_documents, passages)}
    assert shares[EXPRESS].share > 0.5 and shares[EXPRESS].shared_with == (BBC, NATIONAL)
    assert shares[NATIONAL].share < shares[EXPRESS].share


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        ("", "", False),
        ("The minister signed the agreement in London on Tuesday morning.", "The minister signed the agreement in London on Tuesday morning.", True),
        ("The minister signed the agreement in London on Tuesday morning.", "Rain is expected across most of the country by the weekend.", False),
        ("Short one.", "Short one.", False),  # under six words: too short to call shared copy
    ],
)
def test_hard_cases(first: str, second: str, found: bool) -> None:
    passages = find_shared_copy({"a": make_document(first), "b": make_document(second)})
    assert bool(passages) == found
    shares = shared_shares({"a": make_document(first), "b": make_document(second)}, passages)
    assert all(0.0 <= share.share <= 1.0 for share in shares)
