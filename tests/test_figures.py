"""Figures cited by each outlet, figures reported differently, and names spelt two ways."""

from __future__ import annotations

import pytest

from pathlib import Path

from framing.figures import (
    KINDS, FigureWordsError, chosen_figures, figure_citations, figure_differences, find_figures, load_figure_words, name_variants, person_names,
)
from framing.segment import make_document

HEADER = '{"lexicon": "figure-words", "version": "1", "licence": "CC0-1.0", "description": "d", "source": "s"}\n'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("No numbers here.", []),
        ("Hundreds of officers and a dozen boats.", []),  # digits only
        # real sentences from the seeds
        ("It comes after an £800,000 ($1.07 million) deal.", [("£800,000", "money", 800000.0, "GBP"), ("$1.07 million", "money", 1070000.0, "USD")]),
        ("Crossings have exceeded 28,000 this year.", [("28,000", "count", 28000.0, "")]),
        ("About 36 per cent were refused, and 12% left.", [("36 per cent", "percent", 36.0, "%"), ("12%", "percent", 12.0, "%")]),
        ("It fell in the year to March 2025, down from 2024.", [("March 2025", "date", 2025.0, "march 2025"), ("2024", "date", 2024.0, "2024")]),
        ("The fund is worth £5.38bn.", [("£5.38bn", "money", 5.38e9, "GBP")]),
        ("Spending on asylum rose by 36 per cent to £5.38bn in 2023/24.", [("36 per cent", "percent", 36.0, "%"), ("£5.38bn", "money", 5.38e9, "GBP"), ("2023/24", "date", 2023.0, "2023/24")]),
        ("A 14% increase compared to the same period 12 months ago.", [("14%", "percent", 14.0, "%"), ("12 months", "duration", 12.0, "month")]),
        ("He was jailed for sexually assaulting a girl, 14.", [("14", "age", 14.0, "year")]),
        ("Showed 116 migrants arrived aboard two small boats on August 15.", [("116", "count", 116.0, ""), ("August 15", "date", 0.0, "august 15")]),
        ("It is not the same as it was 20 years ago.", [("20 years", "duration", 20.0, "year")]),
        # US and UK styles
        ("The plan costs $1.2bn, or £30 million a year.", [("$1.2bn", "money", 1.2e9, "USD"), ("£30 million", "money", 3e7, "GBP")]),
        ("A further 1,200 people arrived; support fell to 40%.", [("1,200", "count", 1200.0, ""), ("40%", "percent", 40.0, "%")]),
        ("Costs rose 5pc, or 3 percentage points.", [("5pc", "percent", 5.0, "%"), ("3 percentage points", "percent", 3.0, "percentage points")]),
        ("It cost 1.2 billion pounds ($1.5 billion), and €5.5m more.", [("1.2 billion pounds", "money", 1.2e9, "GBP"), ("$1.5 billion", "money", 1.5e9, "USD"), ("€5.5m", "money", 5.5e6, "EUR")]),
        ("Police said a 12-year-old was hurt.", [("12-year-old", "age", 12.0, "year")]),
        ("A man aged 54 died.", [("54", "age", 54.0, "year")]),
        ("Mr Smith, 54, of Leeds, was charged.", [("54", "age", 54.0, "year")]),
        ("A six-month-old and a 6-month-old were rescued.", [("6-month-old", "age", 6.0, "month")]),
        ("Men aged 18 to 24 and 25 to 34-year-olds.", [("18", "age", 18.0, "year"), ("24", "age", 24.0, "year"), ("25", "age", 25.0, "year"), ("34-year-olds", "age", 34.0, "year")]),
        ("A girl, 14, and a 15-year-old boy, aged 16, met 30 officers.", [("14", "age", 14.0, "year"), ("15-year-old", "age", 15.0, "year"), ("16", "age", 16.0, "year"), ("30", "count", 30.0, "")]),
        ("Arrivals are up on 12 months ago.", [("12 months", "duration", 12.0, "month")]),
        ("He served 10 to 12 years after a 90-day trial.", [("10", "duration", 10.0, "year"), ("12 years", "duration", 12.0, "year"), ("90-day", "duration", 90.0, "day")]),
        ("It happened in 2024.", [("2024", "date", 2024.0, "2024")]),
        ("It began in March 2022.", [("March 2022", "date", 2022.0, "march 2022")]),
        ("On Jan. 5, 2024, and on 12 Sept, officials met.", [("Jan. 5, 2024", "date", 2024.0, "jan. 5 2024"), ("12 Sept", "date", 0.0, "12 sept")]),
        ("On 24, 25 and 26 June 2024 it rained.", [("24", "date", 2024.0, "24 june 2024"), ("25", "date", 2024.0, "25 june 2024"), ("26 June 2024", "date", 2024.0, "26 june 2024")]),
        ("The 2023-24 budget, as in the 1990s.", [("2023-24", "date", 2023.0, "2023-24"), ("1990s", "date", 1990.0, "1990s")]),
        ("The boats left at 10.30pm and at 17:00 GMT.", [("10.30pm", "time", 22.5, "10.30pm"), ("17:00", "time", 17.0, "17:00")]),
        ("Covid-19 and 5G masts in 21st-century Britain.", []),  # part of a name or an ordinal
        ("It may cost 12 may be more.", [("12", "count", 12.0, "")]),  # 'may' in lower case is not the month
    ],
)
def test_find_figures(text: str, expected) -> None:
    document = make_document(text)
    figures = find_figures(document, "x")
    assert [(item.text, item.kind, item.value, item.unit) for item in figures] == expected
    assert all(text[item.start:item.end] == item.text and item.kind in KINDS for item in figures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("The cost rose by 36 per cent to £5.38bn in 2023, and 3,002 people arrived on 20 August.", ["36 per cent", "£5.38bn", "3,002"]),
        ("Mr Smith, 54, said 12 months ago 9 boats and 1,200 people came.", ["1,200"]),  # small bare counts are left out too
    ],
)
def test_chosen_figures_are_the_money_percentages_and_counts(text: str, expected) -> None:
    assert [item.text for item in chosen_figures(make_document(text))] == expected


def test_figure_words_come_from_the_lexicon_file(tmp_path) -> None:
    shipped = (Path(__file__).resolve().parent.parent / "lexicons" / "figure_words.jsonl").read_text(encoding="utf-8")
    path = tmp_path / "words.jsonl"
    path.write_text(shipped.replace('"forms": ["%", "per cent", "percent", "pc"]', '"forms": ["%", "per cent", "percent"]'), encoding="utf-8")
    words = load_figure_words(path)
    document = make_document("Costs rose 5pc and 6 per cent.")
    assert [item.text for item in find_figures(document, words=words)] == ["6 per cent"]  # "5pc" is then a number run into letters
    assert [item.text for item in find_figures(document)] == ["5pc", "6 per cent"]
    only_months = load_figure_words(_write(tmp_path / "months.jsonl", HEADER + '{"id": "m", "role": "month", "forms": ["May"]}\n'))
    assert [(item.text, item.kind) for item in find_figures(make_document("Aged 5, at 10 on 3 May, 40% of 12 people."), words=only_months)] == [
        ("5", "count"), ("10", "count"), ("3 May", "date"), ("40", "count"), ("12", "count"),
    ]  # a role without forms matches nothing


def _write(path: Path, content: str) -> Path:
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("", "F007"),
        ('{"lexicon": "figure-words"}\n', "F003"),
        (HEADER + '{"id": "x", "role": "colour", "forms": ["red"]}\n', "F005"),
        (HEADER + '{"id": "x", "role": "scale", "forms": ["lakh"]}\n', "F005"),
        (HEADER + '{"id": "x", "role": "month", "forms": ["May"], "colour": 1}\n', "F004"),
    ],
)
def test_a_bad_figure_words_file_is_a_coded_one_line_error(tmp_path, content: str, code: str) -> None:
    path = tmp_path / "words.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FigureWordsError) as caught:
        load_figure_words(path)
    assert caught.value.code == code and str(path) in str(caught.value) and "\n" not in str(caught.value)


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
