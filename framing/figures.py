"""Figures and names across outlets: every number an article cites, with its kind and context, and where outlets differ.

`find_figures` reads every number written in digits from a document's kept sentences ("hundreds of
officers" is not a figure) and says what kind it is: money, percent, count, date (a year alone, a day
and month, "2023/24"), time (of day), age ("a girl, 14,", "aged 54", "a 12-year-old") or duration
("12 months ago"). The words that decide the kind (months, scales, currencies, units of time, the words
around an age) are data in `lexicons/figure_words.jsonl`. The report shows every kind; the exercises keep
the figures an outlet chose (money, percent, count). `figure_differences` flags a figure that one outlet
gives where another outlet's near-identical sentence gives a different one of the same kind ("2,600 in
2024" / "2,600 in the previous year"). `name_variants` flags one person's name spelt two ways by
different outlets ("Fuad Hussein" / "Faud Hussein").
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from framing.datafile import FIELD, VALUE, DataFileError, parse_data_file, read_text
from framing.document import Document
from framing.shared_copy import jaccard

FIGURE_WORDS_FILE = "figure_words.jsonl"
KINDS = ("money", "percent", "count", "date", "time", "age", "duration")
CHOSEN_KINDS = ("money", "percent", "count")
"""The kinds of figure an outlet chooses to report; dates, times of day, ages and spans of time only place or describe."""
ROLES = ("month", "scale", "currency", "percent", "qualifier", "clock", "time_unit", "age_before", "age_after", "stopword")
CONTEXT_THRESHOLD = 0.35
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_RANGE = re.compile(r"\s*(?:to|and|or|-|–|—)\s*", re.IGNORECASE)
_DAY_LIST = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|to|-|–)\s*", re.IGNORECASE)
_YEAR_SPAN = re.compile(r"s(?!\w)|[/–-](?:\d\d)?\d\d(?![\w%])")
_COMMA_AGE_BEFORE = re.compile(r"[^\W\d_][\w'’.]*,\s$")


class FigureWordsError(DataFileError):
    """A figure-words file that cannot be used (codes F001-F007)."""

    prefix = "F"


@dataclass(frozen=True)
class FigureWord:
    """One record of the figure words: a role, the forms as written, and a value or code for some roles."""

    id: str
    role: str
    forms: tuple[str, ...]
    after: tuple[str, ...] = ()
    value: float = 0.0
    code: str = ""


@dataclass(frozen=True)
class FigureWords:
    """The words that decide a figure's kind, compiled into one pattern (build with `figure_words`)."""

    words: tuple[FigureWord, ...]
    pattern: re.Pattern[str]
    age_before: re.Pattern[str]
    qualifier: re.Pattern[str]
    lookup: Mapping[tuple[str, str], FigureWord]
    """(role, form as a key) to its record."""
    stopwords: frozenset[str]
    """Words left out when comparing the sentences around two figures."""


@dataclass(frozen=True)
class Figure:
    """One number cited in an article: as written, its kind and normalised value, and its sentence."""

    article: str
    text: str
    kind: str  # one of KINDS: money, percent, count, date, time, age, duration
    value: float  # amount, percentage or count; a date's year (0 when none is written); hours after midnight; age or span in `unit`s
    unit: str  # money: ISO code; percent: % or percentage points; count: ""; date: as written, lower-cased; age, duration: the unit of time
    qualifier: str
    start: int
    end: int
    sentence_index: int
    sentence: str


@dataclass(frozen=True)
class FigureDifference:
    """Two outlets' near-identical sentences citing different figures of the same kind."""

    article_a: str
    figures_a: tuple[str, ...]
    sentence_a: str
    article_b: str
    figures_b: tuple[str, ...]
    sentence_b: str
    kind: str
    similarity: float


@dataclass(frozen=True)
class NameVariant:
    """One person's name written two ways, with the articles using each spelling."""

    name_a: str
    articles_a: tuple[str, ...]
    name_b: str
    articles_b: tuple[str, ...]


def _form_key(text: str) -> str:
    """A form as a lookup key: lower case, runs of spaces and hyphens as one space ("12-month" ~ "12 month")."""
    return " ".join(re.split(r"[\s\-]+", text.lower())).strip()


def _strings(record: dict, name: str, path: str, line: int) -> tuple[str, ...]:
    """A list-of-strings field of a record (missing: empty)."""
    value = record.get(name, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise FigureWordsError(VALUE, path, line, f"{name!r} must be a list of non-empty strings")
    return tuple(value)


def _parse_word(record: Any, path: str, line: int) -> FigureWord:
    """One figure-words record, checked."""
    known = {"id", "role", "forms", "after", "value", "code", "note"}
    if not isinstance(record, dict) or not {"id", "role", "forms"} <= set(record) or set(record) - known:
        raise FigureWordsError(FIELD, path, line, f"a record needs id, role and forms and may have {', '.join(sorted(known - {'id', 'role', 'forms'}))}")
    if record["role"] not in ROLES:
        raise FigureWordsError(VALUE, path, line, f"role {record['role']!r} is not one of {', '.join(ROLES)}")
    forms = _strings(record, "forms", path, line)
    if not forms:
        raise FigureWordsError(VALUE, path, line, "'forms' is empty")
    if record["role"] == "scale" and not isinstance(record.get("value"), (int, float)):
        raise FigureWordsError(VALUE, path, line, "a scale needs a numeric 'value'")
    if record["role"] in ("currency", "percent", "time_unit", "age_after") and not isinstance(record.get("code"), str):
        raise FigureWordsError(VALUE, path, line, f"a {record['role']} needs a 'code'")
    return FigureWord(str(record["id"]), record["role"], forms, _strings(record, "after", path, line), float(record.get("value", 0.0)), record.get("code", ""))


def _alternation(forms: Sequence[str]) -> str:
    """A regex alternation of forms, longest first; spaces and hyphens match runs of either; a form ending in a
    letter or digit must end a word; no forms match nothing."""
    if not forms:
        return "(?!)"
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    parts = []
    for form in ordered:
        pieces = [re.escape(piece) for piece in re.split(r"[\s\-]+", form.strip()) if piece]
        parts.append(r"[\s\-]+".join(pieces) + (r"(?!\w)" if form[-1:].isalnum() else ""))
    return "|".join(parts)


def _compile(words: tuple[FigureWord, ...]) -> FigureWords:
    """The figure pattern and lookups for a set of figure words."""
    def forms(role: str, field: str = "forms") -> list[str]:
        return [form for word in words if word.role == role for form in getattr(word, field)]

    lookup = {(word.role, _form_key(form)): word for word in words for form in word.forms}
    lookup.update({("currency_after", _form_key(form)): word for word in words if word.role == "currency" for form in word.after})
    month = f"(?-i:{_alternation(forms('month'))})"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:1[89]|20)\d\d(?!\d)"
    scale = _alternation(forms("scale"))
    date = (
        rf"(?<![\w.,]){day}(?:\s+of)?\s+(?:{month})(?:,?\s+{year})?"
        rf"|(?:{month}),?\s+{year}"
        rf"|(?:{month})\s+{day}(?!\d)(?:,?\s+{year})?"
    )
    pattern = re.compile(
        rf"(?P<date>{date})"
        rf"|(?P<currency>{_alternation(forms('currency'))})\s?(?P<amount>{_DIGITS})(?:\s?(?P<money_scale>{scale}))?"
        rf"|(?<![\w.,:/])(?<![^\W\d_]-)(?P<clock_time>\d{{1,2}}(?:[:.]\d\d)?\s?(?P<clock>{_alternation(forms('clock'))})|\d{{1,2}}:\d\d(?![\d:]))"
        rf"|(?<![\w.,:/])(?<![^\W\d_]-)(?P<number>{_DIGITS})(?:[\s-]?(?P<scale>{scale}))?"
        rf"(?:[\s-]?(?:(?P<percent>{_alternation(forms('percent'))})|(?P<money_word>{_alternation(forms('currency', 'after'))})"
        rf"|(?P<age_after>{_alternation(forms('age_after'))})|(?P<time_unit>{_alternation(forms('time_unit'))})))?",
        re.IGNORECASE,
    )
    age_before = re.compile(rf"(?<!\w)(?:{_alternation(forms('age_before'))})\s+$", re.IGNORECASE)
    qualifier = re.compile(rf"(?<!\w)({_alternation(forms('qualifier'))})\s*$", re.IGNORECASE)
    return FigureWords(words, pattern, age_before, qualifier, lookup, frozenset(form.lower() for form in forms("stopword")))


def load_figure_words(path: str | Path) -> FigureWords:
    """Figure words from a JSONL file (header line, then one record a line); errors are `FigureWordsError`."""
    return _compile(parse_data_file(read_text(path, FigureWordsError), str(path), _parse_word, FigureWordsError, "records").items)


@functools.lru_cache(maxsize=1)
def figure_words() -> FigureWords:
    """The shipped `lexicons/figure_words.jsonl`, read once."""
    return load_figure_words(Path(str(importlib.resources.files("framing.lexicon_data").joinpath(FIGURE_WORDS_FILE))))


def _number(text: str) -> float:
    """A written number without thousands separators ("28,000" -> 28000.0)."""
    return float(text.replace(",", ""))


def _clock_hours(text: str) -> float:
    """Hours after midnight of a time of day ("10.30pm" -> 22.5, "17:00" -> 17.0)."""
    hours, minutes = re.match(r"(\d+)(?:[:.](\d\d))?", text).group(1, 2)
    value = int(hours) % 12 if re.search(r"[ap]\.?m\.?$", text, re.IGNORECASE) else int(hours)
    if re.search(r"p\.?m\.?$", text, re.IGNORECASE):
        value += 12
    return value + int(minutes or 0) / 60


def _classify(match: re.Match, text: str, words: FigureWords) -> tuple[str, float, str, int]:
    """Kind, normalised value, unit and end of one figure match (the end grows over "/24" in "2023/24")."""
    end = match.end()
    if match.group("date"):
        year = _YEAR.search(match.group("date"))
        return "date", float(year.group()) if year else 0.0, " ".join(match.group("date").lower().replace(",", " ").split()), end
    if match.group("currency"):
        scale = words.lookup[("scale", _form_key(match.group("money_scale")))].value if match.group("money_scale") else 1.0
        return "money", _number(match.group("amount")) * scale, words.lookup[("currency", _form_key(match.group("currency")))].code, end
    if match.group("clock_time"):
        return "time", round(_clock_hours(match.group("clock_time")), 4), match.group("clock_time").lower(), end
    number, scale_word = match.group("number", "scale")
    value = _number(number) * (words.lookup[("scale", _form_key(scale_word))].value if scale_word else 1.0)
    if match.group("percent"):
        return "percent", value, words.lookup[("percent", _form_key(match.group("percent")))].code, end
    if match.group("money_word"):
        return "money", value, words.lookup[("currency_after", _form_key(match.group("money_word")))].code, end
    if scale_word:
        return "count", value, "", end
    if match.group("age_after"):
        return "age", value, words.lookup[("age_after", _form_key(match.group("age_after")))].code, end
    if match.group("time_unit"):
        return "duration", value, words.lookup[("time_unit", _form_key(match.group("time_unit")))].code, end
    if _YEAR.fullmatch(number):
        span = _YEAR_SPAN.match(text, end)
        end = span.end() if span else end
        return "date", value, text[match.start():end].lower(), end
    if "." not in number and "," not in number and (
        words.age_before.search(text, max(0, match.start() - 20), match.start())
        or len(number) <= 2 and _COMMA_AGE_BEFORE.search(text, max(0, match.start() - 30), match.start()) and text[end:end + 1] in (",", ".", ")", ";", "")
    ):
        return "age", value, "year", end
    return "count", value, "", end


def _in_ranges(figures: list[Figure], text: str) -> list[Figure]:
    """Bare numbers that open a range or list closed by an age, a span of time or a date take its kind
    ("18 to 24-year-olds", "10 to 12 years", "24, 25 and 26 June"), and a number after "aged 18" in a
    range is an age too ("aged 18 to 24")."""
    result = list(figures)
    for index in range(len(result) - 2, -1, -1):
        here, after = result[index], result[index + 1]
        if here.kind != "count" or here.sentence_index != after.sentence_index or not here.text.isdigit():
            continue
        between = text[here.end:after.start]
        if after.kind in ("age", "duration") and _RANGE.fullmatch(between) and here.value < after.value:
            result[index] = replace(here, kind=after.kind, unit=after.unit)
        elif after.kind == "date" and re.match(r"\d", after.text) and 1 <= here.value <= 31 and _DAY_LIST.fullmatch(between):
            result[index] = replace(here, kind="date", value=after.value, unit=" ".join([here.text] + after.unit.split()[1:]))
    for index in range(1, len(result)):
        before, here = result[index - 1], result[index]
        if (here.kind == "count" and before.kind == "age" and here.text.isdigit() and here.sentence_index == before.sentence_index
                and _RANGE.fullmatch(text[before.end:here.start])):
            result[index] = replace(here, kind="age", unit=before.unit)
    return result


def _part_of_a_word(match: re.Match, text: str) -> bool:
    """A bare number run into letters ("5G", "21st", "4x4"): part of a name or an ordinal, not a figure
    (a decade, "1990s", is a date)."""
    number = match.group("number")
    if not number or match.group("scale") or not re.match(r"[^\W\d_]", text[match.end():match.end() + 1]):
        return False
    return not (_YEAR.fullmatch(number) and _YEAR_SPAN.match(text, match.end()))


def find_figures(document: Document, article: str = "", words: FigureWords | None = None) -> tuple[Figure, ...]:
    """Every figure in the document's kept sentences, in text order, each with its kind (see KINDS).

    `words` are the figure words (default: the shipped `lexicons/figure_words.jsonl`)."""
    words = words or figure_words()
    text = document.text
    figures = []
    for sentence in document.sentences:
        covered = sentence.start
        for match in words.pattern.finditer(text, sentence.start, sentence.end):
            start = match.start()
            if start < covered or _part_of_a_word(match, text):
                continue
            kind, value, unit, end = _classify(match, text, words)
            covered = end
            qualifier = words.qualifier.search(text, max(0, start - 20), start)
            figures.append(Figure(
                article=article, text=text[start:end], kind=kind, value=value, unit=unit,
                qualifier=qualifier.group(1).lower() if qualifier else "",
                start=start, end=end, sentence_index=sentence.index, sentence=sentence.text,
            ))
    return tuple(_in_ranges(figures, text))


def chosen_figures(document: Document, words: FigureWords | None = None, smallest_count: float = 10) -> tuple[Figure, ...]:
    """The figures an outlet chose to report: money, percentages and counts of `smallest_count` or more
    (dates, times of day, ages and spans of time left out)."""
    return tuple(
        figure for figure in find_figures(document, words=words)
        if figure.kind in CHOSEN_KINDS and not (figure.kind == "count" and figure.value < smallest_count)
    )


def _content_words(sentence: str, stopwords: frozenset[str]) -> set[str]:
    """Lower-cased words of a sentence without digits and stop words: what the sentence is about."""
    return {word for word in re.findall(r"[a-z][a-z'’-]+", sentence.lower()) if word not in stopwords}


def _similarity(first: str, second: str, stopwords: frozenset[str]) -> float:
    """Jaccard similarity of two sentences' content words."""
    return jaccard(_content_words(first, stopwords), _content_words(second, stopwords))


def figure_differences(
    figures: Mapping[str, Sequence[Figure]], threshold: float = CONTEXT_THRESHOLD, words: FigureWords | None = None,
) -> tuple[FigureDifference, ...]:
    """Near-identical sentences in two articles that cite different figures of the same kind.

    `figures` maps article ids to their figures; only articles with different ids are compared (callers
    pass one story's articles, one per outlet or more). A figure is matched when the other sentence has the
    same kind, value and unit; a difference needs unmatched figures of one kind on both sides. The stop
    words left out of the comparison come from `words` (default: the shipped figure words).
    """
    stopwords = (words or figure_words()).stopwords
    differences = []
    articles = sorted(figures)
    for number, article_a in enumerate(articles):
        for article_b in articles[number + 1:]:
            for sentence_a, cited_a in _by_sentence(figures[article_a]).items():
                for sentence_b, cited_b in _by_sentence(figures[article_b]).items():
                    similarity = _similarity(cited_a[0].sentence, cited_b[0].sentence, stopwords)
                    if similarity < threshold:
                        continue
                    keys_a = {(item.kind, item.value, item.unit) for item in cited_a}
                    keys_b = {(item.kind, item.value, item.unit) for item in cited_b}
                    for kind in sorted({item.kind for item in cited_a} & {item.kind for item in cited_b}):
                        only_a = tuple(item.text for item in cited_a if item.kind == kind and (item.kind, item.value, item.unit) not in keys_b)
                        only_b = tuple(item.text for item in cited_b if item.kind == kind and (item.kind, item.value, item.unit) not in keys_a)
                        if only_a and only_b:
                            differences.append(FigureDifference(
                                article_a, only_a, cited_a[0].sentence, article_b, only_b, cited_b[0].sentence, kind, round(similarity, 3),
                            ))
    return tuple(differences)


def _by_sentence(figures: Sequence[Figure]) -> dict[int, list[Figure]]:
    """Figures grouped by the sentence citing them."""
    grouped: dict[int, list[Figure]] = {}
    for figure in figures:
        grouped.setdefault(figure.sentence_index, []).append(figure)
    return grouped


def _spelt_alike(first: str, second: str) -> bool:
    """Two different words that are likely one spelt two ways: same first letter, similar letters, or a transposition."""
    a, b = first.lower(), second.lower()
    if a == b or len(a) < 3 or len(b) < 3 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    return sorted(a) == sorted(b) or SequenceMatcher(None, a, b).ratio() >= 0.8


def _squashed(name: str) -> str:
    """A name without case, spaces, hyphens or apostrophes ("Al-Sudani" and "Al Sudani" are one)."""
    return re.sub(r"[\s\-'’.]", "", name.lower())


def name_variants(names: Mapping[str, Sequence[str]]) -> tuple[NameVariant, ...]:
    """Person names written two ways: one word spelt alike ("Fuad"/"Faud Hussein") or other punctuation ("Al-Sudani"/"Al Sudani").

    `names` maps article ids to the person names each writes (full names of two words or more).
    """
    used: dict[str, set[str]] = {}
    for article, written in names.items():
        for name in written:
            if len(name.split()) >= 2:
                used.setdefault(name, set()).add(article)
    variants = []
    ordered = sorted(used)
    for number, name_a in enumerate(ordered):
        for name_b in ordered[number + 1:]:
            words_a, words_b = name_a.split(), name_b.split()
            if _squashed(name_a) == _squashed(name_b):
                variants.append(NameVariant(name_a, tuple(sorted(used[name_a])), name_b, tuple(sorted(used[name_b]))))
                continue
            if len(words_a) != len(words_b):
                continue
            different = [(a, b) for a, b in zip(words_a, words_b) if a.lower() != b.lower()]
            if len(different) == 1 and _spelt_alike(*different[0]):
                variants.append(NameVariant(name_a, tuple(sorted(used[name_a])), name_b, tuple(sorted(used[name_b]))))
    return tuple(variants)


def person_names(mentions: Sequence, actors: Sequence) -> tuple[str, ...]:
    """The person names an article writes (mention texts of two words or more whose actor is a person)."""
    people = {actor.id for actor in actors if actor.type == "person"}
    return tuple(dict.fromkeys(
        mention.text for mention in mentions if mention.actor_id in people and len(mention.text.split()) >= 2 and mention.text[:1].isupper()
    ))


@dataclass(frozen=True)
class FigureCitation:
    """One figure (kind, value, unit) and every article citing it, as each wrote it."""

    kind: str
    value: float
    unit: str
    articles: tuple[str, ...]
    texts: tuple[str, ...]


def figure_citations(figures: Mapping[str, Sequence[Figure]]) -> tuple[FigureCitation, ...]:
    """Which article cites which figure: figures cited by most articles first, then by kind and value."""
    cited: dict[tuple[str, float, str], dict[str, str]] = {}
    for article in sorted(figures):
        for figure in figures[article]:
            cited.setdefault((figure.kind, figure.value, figure.unit), {}).setdefault(article, figure.text)
    return tuple(
        FigureCitation(kind, value, unit, tuple(by_article), tuple(dict.fromkeys(by_article.values())))
        for (kind, value, unit), by_article in sorted(cited.items(), key=lambda item: (-len(item[1]), item[0]))
    )
