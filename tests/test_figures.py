"""Figures cited by each outlet, figures reported differently, and names spelt two ways."""

from __future__ import annotations

import pytest

from framing.figures import figure_citations, figure_differences, find_figures, name_variants, person_names
from framing.segment import make_document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("No numbers here.", []),
        ("It comes after an £800,000 ($1.07 million) deal.", [("£800,000", "money", 800000.0, "GBP"), ("$1.07 million", "money", 1070000.0, "USD")]),
        ("Crossings have exceeded 28,000 this year.", [("28,000", "count", 28000.0, "")]),
        ("About 36 per cent were refused, and 12% left.", [("36 per cent", "percent", 36.0, "%"), ("12%", "percent", 12.0, "%")]),
        ("On 24, 25 and 26 June 2024 it rained.", [("24", "count", 24.0, ""), ("25", "count", 25.0, ""), ("26 June 2024", "date", 2024.0, "26 june 2024")]),
        ("It fell in the year to March 2025, down from 2024.", [("March 2025", "date", 2025.0, "march 2025"), ("2024", "date", 2024.0, "2024")]),
        ("The fund is worth £5.38bn.", [("£5.38bn", "money", 5.38e9, "GBP")]),
    ],
)
def test_find_figures(text: str, expected) -> None:
    document = make_document(text)
    figures = find_figures(document, "x")
    assert [(item.text, item.kind, item.value, item.unit) for item in figures] == expected
    assert all(text[item.start:item.end] == item.text for item in figures)


def test_qualifiers_are_kept(seed_documents) -> None:
    figures = find_figures(seed_documents["003"], "003")
    (over,) = [item for item in figures if item.value == 50000]
    assert over.qualifier == "over" and over.text == "50,000"


def test_the_national_and_the_express_date_the_same_statistic_differently(seed_documents) -> None:
    figures = {key: find_figures(seed_documents[key], key) for key in ("001", "002", "003")}
    differences = figure_differences(figures)
    pair = [item for item in differences if (item.article_a, item.article_b) == ("002", "003")]
    assert [(item.figures_a, item.figures_b, item.kind) for item in pair] == [(("2024",), ("March 2025",), "date")]
    assert "1,900" in pair[0].sentence_a and "1,900" in pair[0].sentence_b


def test_who_cites_which_figure(seed_documents) -> None:
    figures = {key: find_figures(seed_documents[key], key) for key in ("001", "002", "003")}
    citations = {(item.kind, item.value, item.unit): item for item in figure_citations(figures)}
    assert citations[("money", 800000.0, "GBP")].articles == ("001", "002", "003")
    assert citations[("money", 1070000.0, "USD")].articles == ("002",)  # only The National converts to dollars


def test_empty_input_gives_nothing() -> None:
    assert figure_differences({}) == () and figure_citations({}) == () and name_variants({}) == ()


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ({"a": ["Fuad Hussein"], "b": ["Faud Hussein"]}, [("Faud Hussein", "Fuad Hussein")]),
        ({"a": ["Mohammed Shia Al Sudani"], "b": ["Mohammed Shia Al-Sudani"]}, [("Mohammed Shia Al Sudani", "Mohammed Shia Al-Sudani")]),
        ({"a": ["Dan Jarvis"], "b": ["Dan Davis"]}, []),  # different first letter: another person
        ({"a": ["Dan Jarvis", "Mr Jarvis"], "b": ["Dan Jarvis"]}, []),
        ({"a": ["Yvette Cooper"], "b": ["Keir Starmer"]}, []),
    ],
)
def test_name_variants(names, expected) -> None:
    assert [(item.name_a, item.name_b) for item in name_variants(names)] == expected


def test_fuad_hussein_is_spelt_two_ways_in_the_seeds(seed_analyses) -> None:
    names = {item.article.id: person_names(item.mentions, item.actors) for item in seed_analyses}
    variants = {(item.name_a, item.name_b): (item.articles_a, item.articles_b) for item in name_variants(names)}
    assert variants[("Faud Hussein", "Fuad Hussein")][0] == ("003_ba1288690ff00c04",)
