"""Framing lexicons: loaded words, metaphors, labels, hedges and frame cues, matched in one pass.

A lexicon is a JSONL file (schema in `lexicons/README.md`): a header line naming the lexicon, then
one entry a line with its pattern, explicit variants, category and a note saying why the word
frames. `find_hits` walks the document's words once, looking each word up in a dict of
first-word -> phrases, so the cost grows with the article, not with the number of entries. Every
hit keeps its exact offsets into `doc.text`, its sentence, its voice (the author's, or a quote's
and then its speaker) and whether it sits in a negation scope ("not a crisis").
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import itertools
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import pandas as pd

from framing.document import Document
from framing.datafile import VALUE, DataFileError, check_fields, parse_data_file, read_text, shipped_vocabulary

SHIPPED_FILES = (
    "loaded_language.jsonl",
    "crisis_threat.jsonl",
    "water_metaphors.jsonl",
    "war_metaphors.jsonl",
    "crime_framing.jsonl",
    "migrant_labels.jsonl",
    "hedges.jsonl",
    "intensifiers.jsonl",
    "policy_frames.jsonl",
)
OPTIONAL_SHIPPED_FILES = ("reporting_verbs.jsonl",)

REQUIRED_FIELDS = ("id", "pattern", "category", "note", "source")
OPTIONAL_FIELDS = (
    "variants", "subcategory", "polarity", "intensity", "inflect", "context", "unless_previous", "unless_next", "unless_context",
    "loaded", "neutral", "unless_after_name",
)
INFLECTIONS = ("verb", "noun")
LABEL_CATEGORY = "label"
FRAME_CATEGORY = "frame"
LOADED_CATEGORIES = frozenset({"loaded", "crisis", "water_metaphor", "war_metaphor", "crime"})
VOICES = ("author", "quote")

NEGATORS = shipped_vocabulary().words("negators")
NEGATION_RELEASE = shipped_vocabulary().words("negation_release")
CLAUSE_WORDS = shipped_vocabulary().words("clause_words")
NAME_HEADS = shipped_vocabulary().words("organisation_heads")
NAME_CONNECTORS = shipped_vocabulary().words("name_connectors")
SPEECH_CUES = shipped_vocabulary().words("speech_cue_words") - shipped_vocabulary().words("reported_claim_nouns")
"""Verbs of saying that show a capitalised word before them is a speaker's name ('Petty said'), less those spelt like
nouns of claim ('Scandalous claims by Labour')."""
NEGATION_WINDOW = 4
TITLE_CASE_SHARE = 0.6
"""A sentence with more than this share of capitalised words is a title-case headline: no proper-noun guard."""

_SPLIT = re.compile(r"[\s\-‐‑]+")
_PHRASE_GAP = re.compile(r"['’]?[\s\-‐‑]*")
_NAME_JOIN = re.compile(r"[ \t]*[-‐‑]?[ \t]*")
_CLAUSE_BREAK = re.compile(r"[,;:!?()\[\]—–]")
_CLAUSE_START = re.compile(r"[:;!?(\[—–|]")
"""Marks after which a capitalised word may open a new clause or headline ('Breaking: Furious residents')."""
_QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})



class LexiconError(DataFileError):
    """A lexicon file that cannot be used; the message names the file, the line and the problem (codes L001-L007)."""

    prefix = "L"


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class LexiconEntry:
    """One term: its pattern, every surface form, what it frames and why."""

    id: str
    pattern: str
    variants: tuple[str, ...]
    category: str
    subcategory: str | None
    polarity: int | None
    intensity: int | None
    note: str
    source: str
    inflect: str | None = None
    context: tuple[str, ...] = ()
    unless_previous: tuple[str, ...] = ()
    unless_next: tuple[str, ...] = ()
    unless_context: tuple[str, ...] = ()
    loaded: bool | None = None
    """Overrides the category's default for `is_loaded` (False: a cue of its category, not loaded language)."""
    neutral: tuple[str, ...] = ()
    """Neutral words a writer could use instead (shown in exercise keys; empty when none is recorded)."""
    unless_after_name: bool = False
    """Drop the hit when a capitalised name stands right before it: the head of an event's name ('the Horizon scandal')."""

    @property
    def forms(self) -> tuple[str, ...]:
        """The pattern, explicit variants and generated inflections, without repeats."""
        generated = inflected_forms(self.pattern, self.inflect) if self.inflect else ()
        return tuple(dict.fromkeys((self.pattern, *self.variants, *generated)))

    @cached_property
    def capitalised(self) -> bool:
        """True when the pattern itself has a capital letter ('Big Oil'): read once, not at every match."""
        return any(char.isupper() for char in self.pattern)


@dataclass(frozen=True)
class Lexicon:
    """One lexicon file: its header and entries."""

    name: str
    version: str
    licence: str
    description: str
    source: str
    entries: tuple[LexiconEntry, ...]
    path: str = ""


class _Unit(NamedTuple):
    """One matchable word: a document token split at hyphens, normalised for lookup. A named tuple, not a frozen
    dataclass: made for every word of every article, it is built in a third of the time."""

    key: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class _PhraseAutomaton:
    """Aho-Corasick over word keys: `goto[node]` maps a key to the next node, `fail[node]` is the
    longest proper suffix that is also a prefix, `ends[node]` the (phrase length, entry number) pairs
    ending there and `next_end[node]` the nearest suffix node that has any."""

    goto: tuple[dict[str, int], ...]
    fail: tuple[int, ...]
    ends: tuple[tuple[tuple[int, int], ...], ...]
    next_end: tuple[int, ...]

    @classmethod
    def build(cls, phrases: Iterable[tuple[tuple[str, ...], int]]) -> _PhraseAutomaton:
        """The automaton of (keys, entry number) phrases; repeated phrases count once."""
        goto: list[dict[str, int]] = [{}]
        ends: list[dict[tuple[int, int], None]] = [{}]
        for keys, entry in phrases:
            node = 0
            for key in keys:
                if key not in goto[node]:
                    goto.append({})
                    ends.append({})
                    goto[node][key] = len(goto) - 1
                node = goto[node][key]
            ends[node][(len(keys), entry)] = None
        fail, next_end = [0] * len(goto), [0] * len(goto)
        queue = deque(goto[0].values())
        while queue:
            node = queue.popleft()
            for key, child in goto[node].items():
                suffix = fail[node]
                while suffix and key not in goto[suffix]:
                    suffix = fail[suffix]
                fail[child] = goto[suffix].get(key, 0) if node else 0
                next_end[child] = fail[child] if ends[fail[child]] else next_end[fail[child]]
                queue.append(child)
        return cls(tuple(goto), tuple(fail), tuple(tuple(found) for found in ends), tuple(next_end))

    def step(self, node: int, key: str) -> int:
        """The node after reading `key` in `node`."""
        while node and key not in self.goto[node]:
            node = self.fail[node]
        return self.goto[node].get(key, 0)

    def matches(self, node: int) -> Iterator[tuple[int, int]]:
        """(phrase length, entry number) of every phrase ending at `node`, longest first."""
        if not self.ends[node]:
            node = self.next_end[node]
        while node:
            yield from self.ends[node]
            node = self.next_end[node]


@dataclass(frozen=True)
class ReportingVerb:
    """One reporting verb of a lexicon set: lemma, every form and the stance it lends a quote (its subcategory)."""

    id: str
    lemma: str
    forms: tuple[str, ...]
    stance: str
    note: str


REPORTING_VERB_CATEGORY = "reporting_verb"


class ReportingVerbTable(Mapping[str, ReportingVerb]):
    """Lower-case form -> reporting verb, read-only; the set of its forms is made once, since the quote stage builds its
    cue pattern from it hundreds of times an article."""

    def __init__(self, table: Mapping[str, ReportingVerb]) -> None:
        """Keep a copy of `table`."""
        self._table = dict(table)

    def __getitem__(self, form: str) -> ReportingVerb:
        return self._table[form]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    @cached_property
    def forms(self) -> frozenset[str]:
        """Every form, as one hashable set."""
        return frozenset(self._table)


@dataclass(frozen=True)
class LexiconSet:
    """The lexicons used for matching; compiles its phrase automaton once."""

    lexicons: tuple[Lexicon, ...]

    @cached_property
    def entries(self) -> tuple[tuple[Lexicon, LexiconEntry], ...]:
        """Every entry with the lexicon it comes from."""
        return tuple((lexicon, entry) for lexicon in self.lexicons for entry in lexicon.entries)

    @cached_property
    def automaton(self) -> _PhraseAutomaton:
        """Every surface form in one Aho-Corasick automaton over normalised words, so matching takes
        one pass over the text whatever the number, overlap or length of the phrases."""
        return _PhraseAutomaton.build(
            (keys, number) for number, (_, entry) in enumerate(self.entries) for keys in map(phrase_keys, entry.forms) if keys
        )

    @cached_property
    def reporting_verbs(self) -> ReportingVerbTable:
        """Lower-case form -> verb for the set's `reporting_verb` entries (later lexicons win on a shared form)."""
        table: dict[str, ReportingVerb] = {}
        for _, entry in self.entries:
            if entry.category == REPORTING_VERB_CATEGORY:
                verb = ReportingVerb(entry.id, entry.pattern, entry.forms, entry.subcategory or "neutral", entry.note)
                table.update({form.lower(): verb for form in entry.forms})
        return ReportingVerbTable(table)

    def entry(self, entry_id: str) -> LexiconEntry | None:
        """The entry with `entry_id`, or None."""
        return self._by_id.get(entry_id)

    @cached_property
    def _by_id(self) -> Mapping[str, LexiconEntry]:
        """Entry id -> entry (later lexicons win)."""
        return {entry.id: entry for _, entry in self.entries}




def reporting_verbs(lexicons: LexiconSet | None = None) -> ReportingVerbTable:
    """Lower-case form -> verb, for every `reporting_verb` entry of `lexicons` (the shipped set when None).

    Quotes and framing read the same set, so a user `--lexicon` verb ('blurted') is a quote cue too. A set without
    any reporting verb (`--only-my-lexicons` with framing words only) keeps the shipped verbs: quotes need cues.
    """
    found = (lexicons or default_lexicons()).reporting_verbs
    return found or default_lexicons().reporting_verbs


@dataclass(frozen=True)
class Hit:
    """One lexicon match in the article, traceable to its entry and split by voice."""

    term: str
    entry_id: str
    lexicon: str
    category: str
    subcategory: str | None
    polarity: int | None
    intensity: int | None
    voice: str
    speaker: str | None
    sentence: int
    start: int
    end: int
    negated: bool
    note: str
    loaded: bool


class QuoteSpan(Protocol):
    """What `find_hits` needs of a quote: its content offsets and speaker."""

    start: int
    end: int
    speaker: str | None


@dataclass(frozen=True)
class CategoryCount:
    """Hits of one category (or policy frame) in one voice, and their rate per 1,000 article words."""

    category: str
    voice: str
    hits: int
    negated: int
    per_1000_words: float


@dataclass(frozen=True)
class LabelCount:
    """How often one label for people on the move was used, by voice."""

    entry_id: str
    pattern: str
    connotation: str | None
    polarity: int | None
    author: int
    quote: int
    total: int


@dataclass(frozen=True)
class FramingSummary:
    """Per-article framing: counts and rates by category, policy frame and voice; labels chosen."""

    n_words: int
    n_hits: int
    categories: tuple[CategoryCount, ...]
    frames: tuple[CategoryCount, ...]
    labels: tuple[LabelCount, ...]
    author_label: str | None
    top_frame: str | None


HIT_COLUMNS = (
    "term", "entry_id", "lexicon", "category", "subcategory", "polarity", "intensity",
    "voice", "speaker", "sentence", "start", "end", "negated", "note", "loaded",
)
SUMMARY_COLUMNS = ("table", "key", "voice", "hits", "negated", "per_1000_words", "connotation", "polarity")


# ---------------------------------------------------------------------------------------------
# Normalising and inflecting


@functools.lru_cache(maxsize=16384)
def normalise(word: str) -> str:
    """Lower-case, curly apostrophes straightened, possessive 's and trailing apostrophes dropped.
    Cached: a pure function of the word, called for every word of every article; the 16,384 most recent
    words hold at most about 3.5 MiB (65,536 grew to about 14 MiB on a corpus with a growing vocabulary)."""
    key = word.translate(_QUOTE_MARKS).lower()
    if key.endswith("'s"):
        key = key[:-2]
    return key.rstrip("'")


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """A pattern as normalised words: spaces and hyphens both separate words."""
    return tuple(key for key in (normalise(part) for part in _SPLIT.split(phrase.strip())) if key)


def _is_consonant(char: str) -> bool:
    """True for a consonant letter (y counts as a consonant here)."""
    return char.isalpha() and char not in "aeiou"


def _doubles(word: str) -> bool:
    """True when the final consonant doubles before -ed/-ing (one vowel group, CVC ending: slam)."""
    vowel_groups = re.findall(r"[aeiou]+", word)
    return (
        len(word) >= 3 and len(vowel_groups) == 1 and _is_consonant(word[-1]) and word[-1] not in "wxy"
        and word[-2] in "aeiou" and _is_consonant(word[-3])
    )


def verb_forms(verb: str) -> tuple[str, str, str]:
    """Regular third person, past and -ing forms: smash -> smashes, smashed, smashing."""
    if verb.endswith("e"):
        return verb + "s", verb + "d", verb[:-1] + "ing"
    if verb.endswith("y") and _is_consonant(verb[-2:-1]):
        return verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es", verb + "ed", verb + "ing"
    if _doubles(verb):
        return verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    return verb + "s", verb + "ed", verb + "ing"


def noun_plural(noun: str) -> str:
    """Regular plural: gang -> gangs, crisis handled by explicit variants, city -> cities."""
    if noun.endswith("y") and _is_consonant(noun[-2:-1]):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    return noun + "s"


def inflected_forms(pattern: str, inflect: str) -> tuple[str, ...]:
    """Regular inflections of a pattern: the first word of a verb phrase, the last word of a noun phrase."""
    words = pattern.split(" ")
    if inflect == "verb":
        return tuple(" ".join([form, *words[1:]]) for form in verb_forms(words[0]))
    return (" ".join([*words[:-1], noun_plural(words[-1])]),)


# ---------------------------------------------------------------------------------------------
# Loading and validating


def _string_list(value: Any, name: str, path: str, line: int) -> tuple[str, ...]:
    """A list of non-empty strings, or an error naming the field."""
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise LexiconError(VALUE, path, line, f"field {name!r} must be a list of non-empty strings")
    return tuple(item.strip() for item in value)


def _optional_int(record: Mapping[str, Any], name: str, allowed: Iterable[int], path: str, line: int) -> int | None:
    """An integer field from `allowed`, or None when null or absent."""
    value = record.get(name)
    allowed = tuple(allowed)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
        choices = ", ".join(str(choice) for choice in allowed)
        raise LexiconError(VALUE, path, line, f"field {name!r} must be one of {choices} or null, not {value!r}")
    return value


def _text(record: Mapping[str, Any], name: str, path: str, line: int, optional: bool = False) -> str | None:
    """A non-empty string field (or None when optional and null/absent)."""
    value = record.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(VALUE, path, line, f"field {name!r} must be a non-empty string")
    return value.strip()


def parse_entry(record: Any, path: str, line: int) -> LexiconEntry:
    """One validated entry, or an error naming the line and the problem."""
    check_fields(record, path, line, LexiconError, "an entry", REQUIRED_FIELDS, OPTIONAL_FIELDS)
    pattern = _text(record, "pattern", path, line)
    if not phrase_keys(pattern):
        raise LexiconError(VALUE, path, line, f"pattern {pattern!r} has no words")
    variants = _string_list(record.get("variants", []), "variants", path, line)
    wordless = [variant for variant in variants if not phrase_keys(variant)]
    if wordless:
        raise LexiconError(VALUE, path, line, f"variant {wordless[0]!r} has no words")
    loaded = record.get("loaded")
    if loaded is not None and not isinstance(loaded, bool):
        raise LexiconError(VALUE, path, line, f"field 'loaded' must be true, false or null, not {loaded!r}")
    after_name = record.get("unless_after_name", False)
    if not isinstance(after_name, bool):
        raise LexiconError(VALUE, path, line, f"field 'unless_after_name' must be true or false, not {after_name!r}")
    inflect = _text(record, "inflect", path, line, optional=True)
    if inflect is not None and inflect not in INFLECTIONS:
        raise LexiconError(VALUE, path, line, f"field 'inflect' must be 'verb', 'noun' or null, not {inflect!r}")
    return LexiconEntry(
        id=_text(record, "id", path, line),
        pattern=pattern,
        variants=variants,
        category=_text(record, "category", path, line),
        subcategory=_text(record, "subcategory", path, line, optional=True),
        polarity=_optional_int(record, "polarity", (-1, 0, 1), path, line),
        intensity=_optional_int(record, "intensity", (1, 2, 3), path, line),
        note=_text(record, "note", path, line),
        source=_text(record, "source", path, line),
        inflect=inflect,
        context=tuple(normalise(w) for w in _string_list(record.get("context", []), "context", path, line)),
        unless_previous=tuple(normalise(w) for w in _string_list(record.get("unless_previous", []), "unless_previous", path, line)),
        unless_next=tuple(normalise(w) for w in _string_list(record.get("unless_next", []), "unless_next", path, line)),
        unless_context=tuple(normalise(w) for w in _string_list(record.get("unless_context", []), "unless_context", path, line)),
        loaded=loaded,
        neutral=_string_list(record.get("neutral", []), "neutral", path, line),
        unless_after_name=after_name,
    )


def parse_lexicon(text: str, path: str) -> Lexicon:
    """Validate the JSONL `text` of the file at `path` into a Lexicon."""
    parsed = parse_data_file(text, path, parse_entry, LexiconError, "entries")
    header = parsed.header
    return Lexicon(
        name=header["lexicon"], version=header["version"], licence=header["licence"],
        description=header["description"], source=header["source"], entries=parsed.items, path=path,
    )


def load_lexicon(path: str | Path) -> Lexicon:
    """Read and validate one lexicon file."""
    return parse_lexicon(read_text(path, LexiconError), str(path))


@functools.lru_cache(maxsize=1)
def default_lexicons() -> LexiconSet:
    """The lexicons shipped with the package (not the actor registry)."""
    folder = importlib.resources.files("framing.lexicon_data")
    names = SHIPPED_FILES + tuple(name for name in OPTIONAL_SHIPPED_FILES if folder.joinpath(name).is_file())
    return LexiconSet(tuple(parse_lexicon(folder.joinpath(name).read_text("utf-8"), name) for name in names))


def load_lexicons(paths: Iterable[str | Path] = (), include_default: bool = True) -> LexiconSet:
    """The default set (unless excluded) plus user files; a user lexicon replaces a default of the same name."""
    users = tuple(load_lexicon(path) for path in paths)
    names = {lexicon.name for lexicon in users}
    defaults = tuple(lx for lx in default_lexicons().lexicons if lx.name not in names) if include_default else ()
    return LexiconSet(defaults + users)


# ---------------------------------------------------------------------------------------------
# Matching


def document_units(doc: Document) -> tuple[_Unit, ...]:
    """The document's words split at hyphens ("crack-down" -> crack, down), offsets kept."""
    units = []
    for token in doc.tokens:
        if "-" not in token.text:  # most words: one unit, without the split
            key = normalise(token.text)
            if key:  # tuple.__new__ makes the named tuple as `_Unit._make` does, without a Python-level call for each word
                units.append(tuple.__new__(_Unit, (key, token.start, token.end, token.sentence)))
            continue
        offset = token.start
        for part in re.split(r"(-)", token.text):
            if part and part != "-":
                key = normalise(part)
                if key:
                    units.append(_Unit(key, offset, offset + len(part), token.sentence))
            offset += len(part)
    return tuple(units)


def _joins(text: str, previous: _Unit, unit: _Unit) -> bool:
    """True when `unit` can continue a phrase after `previous`: same sentence, only spaces or hyphens
    (after an apostrophe) between."""
    if unit.sentence != previous.sentence:
        return False
    if unit.start == previous.end + 1 and text[previous.end] == " ":  # most gaps: one space, which the pattern allows
        return True
    return bool(_PHRASE_GAP.fullmatch(text, previous.end, unit.start))


def _context_allows(entry: LexiconEntry, units: Sequence[_Unit], first: int, last: int, sentence_keys: frozenset[str]) -> bool:
    """The entry's context constraints: a context word in the sentence, no blocking word in it, no blocking neighbour."""
    if entry.context and not sentence_keys.intersection(entry.context):
        return False
    if entry.unless_context and sentence_keys.intersection(entry.unless_context):
        return False
    previous = units[first - 1] if first > 0 and units[first - 1].sentence == units[first].sentence else None
    following = units[last + 1] if last + 1 < len(units) and units[last + 1].sentence == units[last].sentence else None
    if previous is not None and previous.key in entry.unless_previous:
        return False
    return not (following is not None and following.key in entry.unless_next)


def _capitalised(text: str, unit: _Unit) -> bool:
    """True when the unit starts with a capital letter as written."""
    return text[unit.start].isupper()


def _headlines(text: str, units: Sequence[_Unit]) -> frozenset[int]:
    """Sentences written in title case (most words capitalised), where capitals say nothing about names."""
    counts: dict[int, list[int]] = {}
    for unit in units:
        if text[unit.start].isalpha():
            tally = counts.setdefault(unit.sentence, [0, 0])
            tally[0] += _capitalised(text, unit)
            tally[1] += 1
    return frozenset(sentence for sentence, (caps, total) in counts.items() if total >= 4 and caps > TITLE_CASE_SHARE * total)


def _joined(text: str, left: _Unit, right: _Unit) -> bool:
    """True when two units of one sentence are separated only by spaces or a hyphen (one name can span them)."""
    return left.sentence == right.sentence and _NAME_JOIN.fullmatch(text, left.end, right.start) is not None


def _starts_sentence(units: Sequence[_Unit], position: int) -> bool:
    """True when units[position] is the first word of its sentence."""
    return position == 0 or units[position - 1].sentence != units[position].sentence


def inside_name(text: str, units: Sequence[_Unit], first: int, last: int, entry: LexiconEntry) -> bool:
    """True when a capitalised match sits inside a longer capitalised name ('International Crisis Group',
    'the HEROES Act', 'Stop the War Coalition', 'Storm Darragh'): a name, not the writer's word choice.

    A capitalised word must join the match on either side (the word before it must not start the sentence).
    A match that starts its sentence counts as a name only when an organisation head follows it ('Freedom
    Party officials said'), since a capitalised word after it is often just the next name ('Furious Brexiteers'),
    or when it is one word right before a verb of saying ('Petty said', 'Slaughter told'): a surname.
    Entries whose own pattern is capitalised ('Big Oil') are exempt.
    """
    if entry.capitalised or not _capitalised(text, units[first]):
        return False
    if not all(_capitalised(text, unit) or unit.key in NAME_CONNECTORS for unit in units[first + 1:last + 1]):
        return False  # a connector may stand inside the name: 'the Champion of Freedom Award'
    after = units[last + 1] if last + 1 < len(units) else None
    joined_after = after is not None and _capitalised(text, after) and _joined(text, units[last], after)
    if _starts_sentence(units, first):
        spoken = first == last and after is not None and after.key in SPEECH_CUES and text[units[last].end:after.start] == " "
        return spoken or (joined_after and after.key in NAME_HEADS)  # 'Petty said the families ...': a surname
    before = units[first - 1]
    if _capitalised(text, before) and not _starts_sentence(units, first - 1) and _joined(text, before, units[first]):
        return True
    return joined_after


def after_name(text: str, units: Sequence[_Unit], first: int) -> bool:
    """True when a lower-case match follows a capitalised word that is not its sentence's first word nor a
    possessive: the match is the head of an event's name ('the Horizon scandal', 'the Grenfell tragedy')."""
    if _starts_sentence(units, first) or _capitalised(text, units[first]):
        return False
    before = units[first - 1]
    written = text[before.start:before.end].translate(_QUOTE_MARKS)
    return (
        _capitalised(text, before) and not _starts_sentence(units, first - 1) and not written.endswith("'s")
        and _joined(text, before, units[first])
    )


def capitalised_alone(text: str, units: Sequence[_Unit], first: int, last: int, entry: LexiconEntry) -> bool:
    """True for a single capitalised word in mid-sentence, written alone (no hyphen joins it, no quote mark opens
    before it, no colon, dash or bracket starts a clause before it), of an entry whose pattern is lower-case: a
    surname or a title ('Mr Nutter', 'Rep. Slaughter said', 'Fast and Furious'), not the writer's word. Applied
    to loaded entries in the journalist's voice only: inside quotes capitals are often emphasis ('the greatest
    Witch Hunt'), and frame cues name places and parties ('Iraq')."""
    if first != last or entry.capitalised or _starts_sentence(units, first):
        return False
    unit = units[first]
    if not _capitalised(text, unit) or text[unit.start:unit.end].isupper():
        return False
    before = text[unit.start - 1] if unit.start else ""
    after = text[unit.end] if unit.end < len(text) else ""
    if before in "-‐‑\"“‘'" or after in "-‐‑":
        return False
    return _CLAUSE_START.search(text, units[first - 1].end, unit.start) is None


def _candidates(
    doc: Document, units: Sequence[_Unit], lexicons: LexiconSet, headlines: frozenset[int] | None = None
) -> list[tuple[int, int, int]]:
    """(first unit, last unit, entry number) of every phrase found, one pass over the units."""
    words: dict[int, set[str]] = {}
    for unit in units:
        words.setdefault(unit.sentence, set()).add(unit.key)
    sentence_keys = {sentence: frozenset(keys) for sentence, keys in words.items()}
    automaton = lexicons.automaton
    headlines = _headlines(doc.text, units) if headlines is None else headlines
    found = []
    node = 0
    for last, unit in enumerate(units):
        if last and not _joins(doc.text, units[last - 1], unit):
            node = 0
        node = automaton.step(node, unit.key)
        if not node:  # most words start no phrase: nothing ends here
            continue
        for length, number in automaton.matches(node):
            first = last - length + 1
            entry = lexicons.entries[number][1]
            if not _context_allows(entry, units, first, last, sentence_keys[unit.sentence]):
                continue
            if units[first].sentence not in headlines and (
                inside_name(doc.text, units, first, last, entry) or (entry.unless_after_name and after_name(doc.text, units, first))
            ):
                continue
            found.append((first, last, number))
    return found


def _resolve(candidates: Iterable[tuple[int, int, int]], lexicons: LexiconSet) -> list[tuple[int, int, int]]:
    """Longest match first within a category; hits of different categories may nest or overlap."""
    taken: dict[str, set[int]] = {}
    kept = []
    for first, last, number in sorted(candidates, key=lambda c: (c[0] - c[1], c[0], c[2])):
        used = taken.setdefault(lexicons.entries[number][1].category, set())
        span = range(first, last + 1)
        if used.isdisjoint(span):
            used.update(span)
            kept.append((first, last, number))
    return sorted(kept)


def _is_negator(key: str) -> bool:
    """True for a negation word: not, no, never, isn't, won't..."""
    return key in NEGATORS or key.endswith("n't")


def is_negated(text: str, units: Sequence[_Unit], first: int) -> bool:
    """True when a negator precedes units[first] within a few words of the same clause ("not a crisis")."""
    position = first
    for _ in range(NEGATION_WINDOW):
        previous = position - 1
        if previous < 0 or units[previous].sentence != units[first].sentence:
            return False
        if _CLAUSE_BREAK.search(text, units[previous].end, units[position].start) or units[previous].key in CLAUSE_WORDS:
            return False
        if _is_negator(units[previous].key):
            return units[position].key not in NEGATION_RELEASE
        position = previous
    return False


def _voice(start: int, end: int, quotes: Sequence[QuoteSpan], starts: Sequence[int], reach: Sequence[int]) -> tuple[str, str | None]:
    """("quote", speaker) of the innermost quote span holding [start, end), else ("author", None).

    `quotes` are sorted by start, `starts` their starts and `reach[k]` the furthest end of quotes[:k + 1],
    so the search stops as soon as no earlier quote can reach `end`.
    """
    position = bisect.bisect_right(starts, start) - 1
    while position >= 0 and reach[position] >= end:
        quote = quotes[position]
        if quote.start <= start and end <= quote.end:
            return "quote", quote.speaker
        position -= 1
    return "author", None


def is_loaded(entry: LexiconEntry) -> bool:
    """Loaded language: emotive words, crisis and threat, metaphors for people, crime framing, negative labels.

    Hedges, intensifiers, reporting verbs and policy-frame cues are framing signals, not loaded words.
    An entry's own `loaded` field, when given, overrides its category: descriptive terms that still
    evidence a frame (`people smuggling`, `organised crime`, literal `fighting`) are cues, not loaded words.
    """
    if entry.loaded is not None:
        return entry.loaded
    return entry.category in LOADED_CATEGORIES or (entry.category == LABEL_CATEGORY and entry.polarity == -1)


def find_hits(doc: Document, lexicons: LexiconSet | None = None, quotes: Sequence[QuoteSpan] = ()) -> tuple[Hit, ...]:
    """Every lexicon hit in `doc`, in text order, with voice from `quotes` and negation marked."""
    lexicons = default_lexicons() if lexicons is None else lexicons
    units = document_units(doc)
    ordered = sorted(quotes, key=lambda q: q.start)
    starts = [quote.start for quote in ordered]
    reach = list(itertools.accumulate((quote.end for quote in ordered), max))
    headlines = _headlines(doc.text, units)
    hits = []
    for first, last, number in _resolve(_candidates(doc, units, lexicons, headlines), lexicons):
        lexicon, entry = lexicons.entries[number]
        start, end = units[first].start, units[last].end
        voice, speaker = _voice(start, end, ordered, starts, reach)
        if (
            voice == "author" and is_loaded(entry) and units[first].sentence not in headlines
            and capitalised_alone(doc.text, units, first, last, entry)
        ):
            continue
        hits.append(Hit(
            term=doc.text[start:end], entry_id=entry.id, lexicon=lexicon.name, category=entry.category,
            subcategory=entry.subcategory, polarity=entry.polarity, intensity=entry.intensity,
            voice=voice, speaker=speaker, sentence=units[first].sentence, start=start, end=end,
            negated=is_negated(doc.text, units, first), note=entry.note, loaded=is_loaded(entry),
        ))
    return tuple(sorted(hits, key=lambda h: (h.start, h.end, h.category)))


# ---------------------------------------------------------------------------------------------
# Summaries


def _rate(count: int, n_words: int) -> float:
    """Hits per 1,000 words (0.0 for an empty article)."""
    return round(1000.0 * count / n_words, 3) if n_words else 0.0


def _counts(keys: Sequence[str], hits: Sequence[tuple[str, Hit]], n_words: int) -> tuple[CategoryCount, ...]:
    """One record per key and voice (author, quote, all), zero rows included for keys present."""
    by_key: dict[str, list[Hit]] = {}
    for key, hit in hits:
        by_key.setdefault(key, []).append(hit)
    records = []
    for key in keys:
        for voice in (*VOICES, "all"):
            chosen = [hit for hit in by_key.get(key, ()) if voice in (hit.voice, "all")]
            negated = sum(hit.negated for hit in chosen)
            records.append(CategoryCount(key, voice, len(chosen), negated, _rate(len(chosen), n_words)))
    return tuple(records)


def _labels(hits: Sequence[Hit]) -> tuple[LabelCount, ...]:
    """Label entries used, most used first; `pattern` is the commonest surface form, lower-cased."""
    records = []
    for entry_id, total in Counter(hit.entry_id for hit in hits).most_common():
        used = [hit for hit in hits if hit.entry_id == entry_id]
        author = sum(1 for hit in used if hit.voice == "author")
        records.append(LabelCount(
            entry_id=entry_id, pattern=Counter(hit.term.lower() for hit in used).most_common(1)[0][0],
            connotation=used[0].subcategory, polarity=used[0].polarity, author=author, quote=total - author, total=total,
        ))
    return tuple(records)


def framing_summary(doc: Document, hits: Sequence[Hit]) -> FramingSummary:
    """Hits and rates per 1,000 words by category and voice, policy frames, and the labels chosen."""
    categories = tuple(dict.fromkeys(hit.category for hit in hits))
    frame_hits = [(hit.subcategory or "other", hit) for hit in hits if hit.category == FRAME_CATEGORY]
    frames = tuple(dict.fromkeys(key for key, _ in frame_hits))
    labels = _labels([hit for hit in hits if hit.category == LABEL_CATEGORY])
    author_labels = [label for label in labels if label.author]
    frame_totals = Counter(key for key, _ in frame_hits)
    return FramingSummary(
        n_words=doc.n_words,
        n_hits=len(hits),
        categories=_counts(categories, [(hit.category, hit) for hit in hits], doc.n_words),
        frames=_counts(frames, frame_hits, doc.n_words),
        labels=labels,
        author_label=max(author_labels, key=lambda label: label.author).entry_id if author_labels else None,
        top_frame=frame_totals.most_common(1)[0][0] if frame_totals else None,
    )


def hits_frame(hits: Sequence[Hit]) -> pd.DataFrame:
    """One row a hit, columns `HIT_COLUMNS`."""
    return pd.DataFrame([[getattr(hit, column) for column in HIT_COLUMNS] for hit in hits], columns=list(HIT_COLUMNS))


def summary_frame(summary: FramingSummary) -> pd.DataFrame:
    """The summary as tidy rows (table = category, frame or label), columns `SUMMARY_COLUMNS`."""
    rows = [("category", c.category, c.voice, c.hits, c.negated, c.per_1000_words, None, None) for c in summary.categories]
    rows += [("frame", f.category, f.voice, f.hits, f.negated, f.per_1000_words, None, None) for f in summary.frames]
    for label in summary.labels:
        for voice, count in (("author", label.author), ("quote", label.quote), ("all", label.total)):
            rows.append(("label", label.entry_id, voice, count, None, _rate(count, summary.n_words), label.connotation, label.polarity))
    return pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
