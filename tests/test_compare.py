"""Outlet comparison: tidy table, grid per story, measures computed from the analyses."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.compare import MEASURES, compare, comparison_grid, grid_to_markdown
from framing.pipeline import ArticleAnalysis, analyze

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seed_analyses() -> tuple[ArticleAnalysis, ...]:
    return analyze(SEEDS)


def test_empty_corpus_gives_an_empty_table() -> None:
    table = compare([])
    assert table.empty and list(table.columns) == ["story", "outlet", "measure", "value"]


def test_one_row_per_story_outlet_and_measure(seed_analyses) -> None:
    table = compare(seed_analyses)
    assert len(table) == 5 * len(MEASURES)
    assert sorted(set(table["story"])) == ["uk-iraq-border-pact-2024", "uk-iraq-returns-deal-2025"]


@pytest.mark.parametrize(
    ("story", "outlet", "measure", "check"),
    [
        ("uk-iraq-border-pact-2024", "Daily Mirror", "removed_lines", lambda value: value == 4),
        ("uk-iraq-returns-deal-2025", "Daily Express", "removed_lines", lambda value: value == 6),
        ("uk-iraq-returns-deal-2025", "Daily Express", "stance_verbs", lambda value: "branded" in value),
        ("uk-iraq-returns-deal-2025", "The National", "scare_quotes", lambda value: "one in, one out agreement" in value),
        ("uk-iraq-returns-deal-2025", "The National", "stance_verbs", lambda value: "hailed" in value),
        ("uk-iraq-returns-deal-2025", "BBC News", "voices", lambda value: value.startswith("Dan Jarvis")),
        ("uk-iraq-border-pact-2024", "The Independent", "last_word", lambda value: value == "Enver Solomon"),
        ("uk-iraq-returns-deal-2025", "Daily Express", "loaded_words_author", lambda value: "get a grip" in value and "crack down" in value),
        ("uk-iraq-returns-deal-2025", "Daily Express", "loaded_words_quoted", lambda value: "sham" in value and "chaos" in value),
        ("uk-iraq-returns-deal-2025", "BBC News", "loaded_words_quoted", lambda value: "sham" in value and "soaring" in value),
        ("uk-iraq-returns-deal-2025", "Daily Express", "sides", lambda value: "opposition" in value and "government" in value),
        ("uk-iraq-returns-deal-2025", "The National", "sentiment_by_side_author", lambda value: "smugglers -" in value),
        ("uk-iraq-returns-deal-2025", "The National", "labels_for_people_on_the_move", lambda value: "illegal migrants" in value),
    ],
)
def test_measures_on_the_seeds(seed_analyses, story: str, outlet: str, measure: str, check) -> None:
    table = compare(seed_analyses)
    (value,) = table[(table.story == story) & (table.outlet == outlet) & (table.measure == measure)]["value"]
    assert check(value), value


def test_grid_has_an_outlet_column_each_and_measures_in_order(seed_analyses) -> None:
    grid = comparison_grid(compare(seed_analyses), "uk-iraq-returns-deal-2025")
    assert list(grid.columns) == ["BBC News", "Daily Express", "The National"]
    assert list(grid.index) == [measure.name for measure in MEASURES]
    markdown = grid_to_markdown(grid)
    assert markdown.splitlines()[0] == "| measure | BBC News | Daily Express | The National |"
