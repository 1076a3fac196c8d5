"""Outlet comparison: tidy numeric rows, intervals and counts, a grid per story, measures from the analyses."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from framing.compare import (
    COLUMNS, MEASURES, Bootstrap, bootstrap_ratio, compare, comparison_grid, distinctive_words, grid_to_markdown, outlet_differences,
)

EXPRESS = ("uk-iraq-returns-deal-2025", "Daily Express")
NATIONAL = ("uk-iraq-returns-deal-2025", "The National")
BBC = ("uk-iraq-returns-deal-2025", "BBC News")


@pytest.fixture(scope="module")
def table(seed_analyses) -> pd.DataFrame:
    return compare(seed_analyses)


def rows(table: pd.DataFrame, story_outlet: tuple[str, str], measure: str) -> pd.DataFrame:
    story, outlet = story_outlet
    return table[(table.story == story) & (table.outlet == outlet) & (table.measure == measure)]


def value(table: pd.DataFrame, story_outlet: tuple[str, str], measure: str, key: str = "") -> float:
    (found,) = rows(table, story_outlet, measure).query("key == @key")["value"]
    return found


def test_empty_corpus_gives_an_empty_table() -> None:
    table = compare([])
    assert table.empty and list(table.columns) == COLUMNS


def test_values_are_numbers_with_units(table) -> None:
    assert list(table.columns) == COLUMNS
    assert table["value"].dtype == float and table["ci_low"].dtype == float
    assert set(table["unit"]) <= {"count", "articles", "share", "per_1000_words", "score", "grade"}
    assert sorted(set(table["story"])) == ["uk-iraq-border-pact-2024", "uk-iraq-returns-deal-2025"]


@pytest.mark.parametrize(
    ("story_outlet", "measure", "key", "check"),
    [
        (("uk-iraq-border-pact-2024", "Daily Mirror"), "removed_lines", "", lambda found: found == 4),
        (EXPRESS, "removed_lines", "", lambda found: found == 6),
        (EXPRESS, "stance_verbs", "branded (distancing)", lambda found: found == 1),
        (NATIONAL, "scare_quotes", "one in, one out agreement", lambda found: found == 1),
        (NATIONAL, "stance_verbs", "hailed (approving)", lambda found: found >= 1),
        (("uk-iraq-border-pact-2024", "The Independent"), "last_word", "Enver Solomon", lambda found: found == 1),
        (EXPRESS, "loaded_words_author", "get a grip", lambda found: found == 1),
        (EXPRESS, "loaded_words_author", "crack down", lambda found: found == 2),
        (EXPRESS, "loaded_words_quoted", "sham", lambda found: found == 2),
        (BBC, "loaded_words_quoted", "soaring", lambda found: found == 1),
        (EXPRESS, "voice_share_by_side", "opposition", lambda found: 0.5 < found < 0.65),
        # the second is in "The Home Office said the accord would allow the return of illegal migrants": the Home Office's words
        (NATIONAL, "labels_for_people_on_the_move", "illegal migrants", lambda found: found == 1),
        (NATIONAL, "sentiment_by_side_author", "smugglers", lambda found: found < 0),
        (NATIONAL, "words", "", lambda found: found == 1239),
    ],
)
def test_measures_on_the_seeds(table, story_outlet, measure: str, key: str, check) -> None:
    found = value(table, story_outlet, measure, key)
    assert check(found), found


def test_speaker_shares_sum_to_one_and_each_is_a_row(table) -> None:
    speakers = rows(table, EXPRESS, "voice_share_by_speaker")
    assert {"Chris Philp", "Dan Jarvis"} <= set(speakers["key"])
    assert math.isclose(speakers["value"].sum(), 1.0)


def test_a_one_word_quote_does_not_make_its_speaker_speak_first(table) -> None:
    # The Express's first quoted word is the Home Office's one-word "swift"; Dan Jarvis speaks first.
    assert list(rows(table, EXPRESS, "first_speaker")["key"]) == ["Dan Jarvis"]


@pytest.mark.parametrize("measure", [measure.name for measure in MEASURES if measure.interval])
def test_rates_and_means_carry_an_interval_around_the_value_and_their_n(table, measure: str) -> None:
    rated = table[(table.measure == measure) & table.value.notna()]
    assert len(rated) and rated["n"].notna().all()
    with_ci = rated[rated.ci_low.notna()]
    assert (with_ci.n >= 5).all()
    assert ((with_ci.ci_low <= with_ci.value + 1e-9) & (with_ci.value <= with_ci.ci_high + 1e-9)).all()
    assert rated["distinguishable"].notna().any()


def test_counts_carry_no_interval(table) -> None:
    counts = table[table.unit == "count"]
    assert counts.ci_low.isna().all() and counts.distinguishable.isna().all()


def test_intervals_are_deterministic_and_follow_the_seed(seed_analyses, table) -> None:
    again = compare(seed_analyses)
    pd.testing.assert_frame_equal(table, again)
    other = compare(seed_analyses, settings=Bootstrap(seed=7))
    assert not table["ci_low"].fillna(0).equals(other["ci_low"].fillna(0))


def test_quoted_share_bbc_is_distinguishable_from_the_national(table) -> None:
    # BBC quotes 11% of its words, The National 52%: the intervals do not overlap.
    assert value(table, BBC, "quoted_share") < 0.15 < 0.45 < value(table, NATIONAL, "quoted_share")
    pairs = outlet_differences(table).query("measure == 'quoted_share' and outlet_a == 'BBC News' and outlet_b == 'The National'")
    assert pairs["distinguishable"].tolist() == [True]
    (bbc_mark,) = rows(table, BBC, "quoted_share")["distinguishable"]
    assert bbc_mark


@pytest.mark.parametrize(
    ("numerators", "denominators", "expected"),
    [
        ([], [], (None, None)),
        ([0, 0], [0, 0], (None, None)),
        ([1, 1, 1, 1], [1, 1, 1, 1], (1.0, 1.0)),
    ],
)
def test_bootstrap_ratio_edge_cases(numerators, denominators, expected) -> None:
    assert bootstrap_ratio(numerators, denominators, Bootstrap()) == expected


def test_bootstrap_interval_of_a_mean_covers_it() -> None:
    scores = [-0.5, -0.2, 0.0, 0.1, 0.3, 0.4, -0.1, 0.2]
    low, high = bootstrap_ratio(scores, [1] * len(scores), Bootstrap())
    assert low < sum(scores) / len(scores) < high and -0.5 <= low and high <= 0.4


def test_grid_has_an_outlet_column_each_and_formatted_cells(table) -> None:
    grid = comparison_grid(table, "uk-iraq-returns-deal-2025")
    assert list(grid.columns) == ["BBC News", "Daily Express", "The National"]
    assert grid.index[0] == ("articles", "")
    assert grid.loc[("quoted_share", ""), "BBC News"].startswith("11% [")
    assert grid.loc[("words", ""), "The National"] == "1,239"
    markdown = grid_to_markdown(grid)
    assert markdown.splitlines()[0] == "| measure | BBC News | Daily Express | The National |"
    assert "| voice: side · opposition |" in markdown


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv"])
def test_compare_command_output(fmt: str) -> None:
    from typer.testing import CliRunner

    from framing.cli import app

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    result = CliRunner().invoke(app, ["compare", str(seeds), "-f", fmt], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    if fmt == "table":
        assert max(len(line) for line in lines) <= 80  # fits an 80-column terminal
        assert "not distinguishable here" in result.stdout and "Daily Express" in result.stdout
        assert "distinctive words (z-score)" in result.stdout
    elif fmt == "markdown":
        assert "| quoted share |" in result.stdout
    else:
        assert lines[0] == ",".join(COLUMNS)


def test_distinctive_words_per_story_and_outlet(seed_analyses) -> None:
    words = distinctive_words(seed_analyses)
    assert list(words.columns) == ["story", "outlet", "term", "z", "count", "count_elsewhere"]
    national = words[(words.story == "uk-iraq-returns-deal-2025") & (words.outlet == "The National")]
    assert "hotel" in set(national.term) and (national.z > 0).all()
    assert distinctive_words([]).empty
