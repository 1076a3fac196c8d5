"""Figures and names across outlets: every number an article cites, with its context, and where outlets differ.

`find_figures` reads money, percentages, counts and dates (a year alone is a date) from a document's kept sentences
(digits only: "hundreds of officers" is not a figure). `figure_differences` flags a figure that one
outlet gives where another outlet's near-identical sentence gives a different one of the same kind
("2,600 in 2024" / "2,600 in the previous year"). `name_variants` flags one person's name spelt two
ways by different outlets ("Fuad Hussein" / "Faud Hussein").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from framing.document import Document

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
CURRENCIES = {"£": "GBP", "$": "USD", "us$": "USD", "€": "EUR"}
QUALIFIERS = ("more than", "fewer than", "less than", "at least", "up to", "almost", "nearly", "about", "around", "over", "under", "some", "roughly", "approximately")
_MONTH = "|".join(MONTHS)
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
FIGURE_PATTERN = re.compile(
    rf"(?P<date>\b(?:\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?|(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|(?:{_MONTH})\s+\d{{4}})\b)"
    rf"|(?P<currency>US\$|[£$€])\s?(?P<amount>{_DIGITS})(?:\s?(?P<money_scale>{_SCALE})\b)?"
    rf"|(?<![\w.,])(?P<number>{_DIGITS})(?:\s?(?P<scale>{_SCALE})\b)?(?P<percent>\s?%|\s+per\s?cent\b|\s+percent\b)?",
    re.IGNORECASE,
)
STOPWORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or that the their this to was were which who will with"
    " said says".split()
)
CONTEXT_THRESHOLD = 0.35


@dataclass(frozen=True)
class Figure:
    """One number cited in an article: as written, its kind and normalised value, and its sentence."""

    article: str
    text: str
    kind: str  # money, percent, count, date (a year alone is a date)
    value: float  # the amount, percentage or count; for a date its year (0 when none is written)
    unit: str  # GBP, USD, EUR, % ; "" for counts; for dates the date as written, lower-cased
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


def _number(text: str) -> float:
    """A written number without thousands separators ("28,000" -> 28000.0)."""
    return float(text.replace(",", ""))


def _qualifier(text: str, start: int) -> str:
    """The hedge just before a figure ("more than", "over", "almost"), or ""."""
    before = text[max(0, start - 20):start].lower().rstrip()
    return next((word for word in QUALIFIERS if re.search(rf"(?<!\w){word}$", before)), "")


def _classify(match: re.Match) -> tuple[str, float, str]:
    """Kind, normalised value and unit of one figure match."""
    if match.group("date"):
        year = re.search(r"\d{4}", match.group("date"))
        return "date", float(year.group()) if year else 0.0, " ".join(match.group("date").lower().replace(",", " ").split())
    if match.group("currency"):
        scale = SCALES.get((match.group("money_scale") or "").lower(), 1.0)
        return "money", _number(match.group("amount")) * scale, CURRENCIES[match.group("currency").lower()]
    value = _number(match.group("number")) * SCALES.get((match.group("scale") or "").lower(), 1.0)
    if match.group("percent"):
        return "percent", value, "%"
    if re.fullmatch(r"(19|20)\d\d", match.group("number")) and not match.group("scale"):
        return "date", value, match.group("number")
    return "count", value, ""


def find_figures(document: Document, article: str = "") -> tuple[Figure, ...]:
    """Every figure in the document's kept sentences, in text order."""
    figures = []
    for sentence in document.sentences:
        for match in FIGURE_PATTERN.finditer(document.text, sentence.start, sentence.end):
            kind, value, unit = _classify(match)
            text = match.group().strip()
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            figures.append(Figure(
                article=article, text=text, kind=kind, value=value, unit=unit, qualifier=_qualifier(document.text, start),
                start=start, end=start + len(text), sentence_index=sentence.index, sentence=sentence.text,
            ))
    return tuple(figures)


def _content_words(sentence: str) -> set[str]:
    """Lower-cased words of a sentence without digits and stop words: what the sentence is about."""
    return {word for word in re.findall(r"[a-z][a-z'’-]+", sentence.lower()) if word not in STOPWORDS}


def _similarity(first: str, second: str) -> float:
    """Jaccard similarity of two sentences' content words."""
    a, b = _content_words(first), _content_words(second)
    return len(a & b) / len(a | b) if a | b else 0.0


def figure_differences(figures: Mapping[str, Sequence[Figure]], threshold: float = CONTEXT_THRESHOLD) -> tuple[FigureDifference, ...]:
    """Near-identical sentences in two articles that cite different figures of the same kind.

    `figures` maps article ids to their figures; only articles with different ids are compared (callers
    pass one story's articles, one per outlet or more). A figure is matched when the other sentence has the
    same kind, value and unit; a difference needs unmatched figures of one kind on both sides.
    """
    differences = []
    articles = sorted(figures)
    for number, article_a in enumerate(articles):
        for article_b in articles[number + 1:]:
            for sentence_a, cited_a in _by_sentence(figures[article_a]).items():
                for sentence_b, cited_b in _by_sentence(figures[article_b]).items():
                    similarity = _similarity(cited_a[0].sentence, cited_b[0].sentence)
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
