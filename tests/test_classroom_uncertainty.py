"""Intervals behind the exercises' answer keys: estimates, overlap, accepted ranks, and the bootstrap on real
seed articles (deterministic, intervals around the values the key prints)."""

from __future__ import annotations

import pytest

from framing.classroom.tasks import rank_ranges
from framing.classroom.uncertainty import Estimate, apart, quoted_share, readability_estimates, speaker_shares
from framing.corpus import Article
from framing.results import analyze_text

RETURNS_DEAL = "uk-iraq-returns-deal-2025"


@pytest.fixture(scope="module")
def express(seed_analyses):
    return next(item for item in seed_analyses if item.article.story == RETURNS_DEAL and item.article.outlet == "Daily Express")


@pytest.mark.parametrize(
    ("estimate", "shown"),
    [
        (Estimate(None, None, None, 0, "share"), ""),
        (Estimate(0.45, 0.3, 0.6, 12, "share"), "45% [30, 60]"),
        (Estimate(0.45, None, None, 3, "share"), "45% (n=3)"),
        (Estimate(47.6, 41.7, 53.0, 50), "47.6 [41.7, 53.0]"),
    ],
)
def test_estimate_shows_its_interval_or_its_n(estimate: Estimate, shown: str) -> None:
    assert estimate.shown == shown


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ((0.5, 0.4, 0.6), (0.2, 0.1, 0.3), True),
        ((0.5, 0.4, 0.6), (0.45, 0.3, 0.55), False),
        ((0.5, 0.4, 0.6), (0.6, 0.6, 0.7), False),  # touching intervals overlap
        ((0.5, None, None), (0.1, 0.0, 0.2), False),  # no interval: never told apart
    ],
)
def test_apart_only_when_intervals_are_clear_of_each_other(first, second, expected) -> None:
    assert apart(Estimate(*first, 10), Estimate(*second, 10)) is expected
    assert apart(Estimate(*second, 10), Estimate(*first, 10)) is expected


@pytest.mark.parametrize(
    ("count", "pairs", "ranges"),
    [
        (0, (), []),
        (1, (), [(1, 1)]),
        (3, (), [(1, 3), (1, 3), (1, 3)]),
        (3, ((0, 1), (0, 2), (1, 2)), [(1, 1), (2, 2), (3, 3)]),
        (4, ((0, 2), (0, 3), (1, 2), (1, 3)), [(1, 2), (1, 2), (3, 4), (3, 4)]),
    ],
)
def test_rank_ranges(count, pairs, ranges) -> None:
    assert rank_ranges(count, pairs) == ranges


def test_speaker_shares_on_a_seed_article_are_deterministic_and_hold_the_share(express) -> None:
    shares = speaker_shares(express)
    assert shares == speaker_shares(express)
    by_name = {share.name: share for share in express.speakers.speakers}
    assert set(shares) == {name for name, share in by_name.items() if share.words}
    for name, estimate in shares.items():
        assert estimate.low <= estimate.value <= estimate.high and estimate.n == 11
        assert estimate.value == pytest.approx(by_name[name].share, abs=1e-4)
    share = quoted_share(express)
    assert share.low < express.speakers.quoted_share < share.high


def test_readability_intervals_sit_around_textstats_scores(express) -> None:
    flesch, per_sentence = readability_estimates(express)
    assert flesch.value == express.readability["flesch_reading_ease"] and flesch.low < flesch.value < flesch.high
    assert per_sentence.value == express.readability["words_per_sentence"] and per_sentence.low < per_sentence.value < per_sentence.high
    assert flesch.n == len(express.document.sentences) == per_sentence.n


@pytest.mark.parametrize("text", ["", "One short sentence here."])
def test_too_little_text_has_no_interval(text: str) -> None:
    analysis = analyze_text(Article(id="a", text=text, source="a.txt", outlet="Test", story="s"))
    flesch, per_sentence = readability_estimates(analysis)
    assert flesch.low is None and per_sentence.low is None
    assert speaker_shares(analysis) == {} and quoted_share(analysis).low is None
