"""Actors in an article, one canonical actor each, and the sentiment the article and its quotes show them.

The registry (`lexicons/actors.jsonl`, `lexicons/actor_groups.jsonl`, or the user's own files) is data:
ids, names, aliases, time-bound titles, type, side and gender. The text rules are general: registry
names and group forms are matched word by word; people the registry does not know are found from
titles ("Home Office minister Dan Jarvis"), honorifics ("Mr Jarvis") and first names; surnames, titles
and he/she are then linked to the people named in the same article, the article's own linking first
and the registry's titles second (only for people the article names, and only titles held at `date`
when one is given). The index records he/him/his and she/her pronouns; it/they are only resolved
on request through `ActorIndex.resolve` (too often expletive or generic to index).

Sentiment toward each mention comes from `framing.sentiment.sentiment_toward_many`, split by voice:
a mention inside a quote is in the speaker's voice and scored on the quote's words; a mention after a
partial quote's speaker in the same sentence ("he accused the Conservatives of running “...”") is
reported speech, also the speaker's voice; any other mention is the author's, scored on its sentence
with direct-quote words cut out. Pronoun mentions are not scored unless `include_pronouns=True`.
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from framing.casing import is_camel_name, lowered_headline_words
from framing.datafile import FIELD, VALUE, DataFileError, check_fields, parse_data_file, read_text, shipped_vocabulary
from framing.document import Document
from framing.lexicons import reporting_verbs
from framing.quotemarks import find_spans
from framing.sentiment import TargetSentimentClassifier, sentiment_toward_many
from framing.targets import is_sentiment_target

if TYPE_CHECKING:  # pandas loads only when a frame is asked for, not on the analysis path
    import pandas as pd

VOCABULARY = shipped_vocabulary()
"""The shipped English word lists (`lexicons/vocabulary.jsonl`), read once; every word list below comes from it."""

SHIPPED_FILES = ("actors.jsonl", "actor_groups.jsonl")
FIRST_NAMES_FILE = "first_names.txt"
FIRST_NAMES_FILES = (FIRST_NAMES_FILE, "first_names_census.txt")
"""The curated list, then the US Census 1990 list; a name in an earlier file keeps its gender."""
REQUIRED_FIELDS = ("id", "name", "type")
OPTIONAL_FIELDS = ("side", "gender", "aliases", "generic_aliases", "titles", "party_tags", "note", "source")
TYPES = ("person", "organisation", "country", "group", "document")
GENDERS = ("female", "male")
MENTION_KINDS = ("name", "alias", "surname", "title", "pronoun", "organisation", "group", "document")
PERSON_NAME_KINDS = ("name", "alias", "surname")
"""Mention kinds that name a person (titles and pronouns refer to one)."""
_ID = re.compile(r"[a-z0-9]+(?:[-:][a-z0-9]+)*")
_SIDE = re.compile(r"[a-z]+(?:-[a-z]+)*")
_MONTH = r"\d{4}-(?:0[1-9]|1[0-2])"
_VALID = re.compile(rf"({_MONTH})?/({_MONTH})?")


HONORIFICS = VOCABULARY.values("honorifics")
PEERAGES = VOCABULARY.words("peerages")
NAME_CONNECTORS = VOCABULARY.words("name_connectors")
"""Lower-case words inside an organisation's name ('Department of Health and Social Care')."""
FIRST_NAME_HONORIFICS = VOCABULARY.words("first_name_honorifics")
TITLE_ABBREVIATIONS = VOCABULARY.words("title_abbreviations")
TITLE_HEADS = VOCABULARY.words("title_heads") | TITLE_ABBREVIATIONS
TITLE_MODIFIERS = VOCABULARY.words("title_modifiers")
NAME_PARTICLES = VOCABULARY.words("name_particles")
ORG_HEADS = VOCABULARY.words("organisation_heads")
NOT_NAMES = VOCABULARY.words("calendar_words", "place_and_media_words")
CALENDAR_WORDS = VOCABULARY.words("calendar_words")
PLACE_WORDS = VOCABULARY.words("place_and_media_words")
SPOKES = VOCABULARY.values("spokes")
SPOKESPERSON_FOR = "spokesperson for "
"""How the index names the actor of an unnamed spokesperson: 'spokesperson for ' and the principal's name."""
"""Words for someone who speaks for an organisation or person: 'a Home Office spokesperson' is a person, not the Home Office."""
PLACE_PREPOSITIONS = VOCABULARY.words("place_prepositions")
COMPLEMENT_PREPOSITIONS = VOCABULARY.words("complement_prepositions")
LOCATIVE_PREPOSITIONS = VOCABULARY.words("locative_prepositions")
UNNAMED_HEADS = VOCABULARY.words("unnamed_heads")
"""Words heading an event's or a place's name ('Hurricane Beryl', 'Travis County'): never a person read from usage alone."""
"""Words before a country that make it a place ('travelled to Iraq', 'in France'), not an actor."""
ORG_NOUNS = VOCABULARY.words("organisation_nouns")
"""Nouns that name an organisation generically: 'the charity Care4Calais' introduces one, 'the charity' refers back."""
GENERIC_ORG_NOUNS = VOCABULARY.words("generic_organisation_nouns")
"""Back-reference nouns that may refer to any organisation (the others must be in its name or its introduction)."""
BACKREF_WINDOW = 4
"""Sentences back that 'the company' may reach for its organisation."""
PRONOUNS = VOCABULARY.values("pronouns")
INDEXED_PRONOUNS = VOCABULARY.words("indexed_pronouns")
SUBJECT_PRONOUNS = VOCABULARY.words("subject_pronouns")
PRONOUN_WINDOW = 8
PERSON_MENTION_REACH = 80
"""Characters a person mention can start before a word it covers ('Assistant Secretary of the Navy Rebecca Liu')."""
DETERMINERS = VOCABULARY.words("determiners")
FUNCTION_WORDS = VOCABULARY.words("function_words", "leading_adverbials")
"""Words capitalised only because they open a sentence ('But', 'After'): never the first word of a name."""
POSSESSIVE_DETERMINERS = VOCABULARY.words("possessive_pronouns")
# Unions of the lists above that the linker tests words against, built once here (a union of these sets costs
# 10-15 µs, and was built again on every test of a word)
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
"""A title's head or modifier ('Secretary', 'Home')."""
SENTENCE_OPENERS = DETERMINERS | FUNCTION_WORDS
ANY_DETERMINERS = DETERMINERS | POSSESSIVE_DETERMINERS
COMMON_CAPITALISED = NOT_NAMES | FUNCTION_WORDS | DETERMINERS
"""Capitalised words that are no name: calendar, place and media words, function words, determiners."""
NOT_SURNAMES = NOT_NAMES | FUNCTION_WORDS | TITLE_WORDS | UNNAMED_HEADS
"""Words never read as a surname after a title ('President Obama', not 'President Monday')."""
NOT_PLAIN_NAME_WORDS = NOT_SURNAMES | DETERMINERS
"""Words never part of a plain capitalised name read from usage."""
NOT_FIRST_NAMES = frozenset(HONORIFICS) | TITLE_WORDS | NOT_NAMES | FUNCTION_WORDS | DETERMINERS | ORG_HEADS
"""Words before a known surname that are no first name of another person of the family."""
NOT_COMPANY_NAMES = ORG_HEADS | NOT_NAMES | TITLE_HEADS
"""First words of a company's name that never stand for the company alone."""
HEADLINE_COMMON_WORDS = FUNCTION_WORDS | DETERMINERS | POSSESSIVE_DETERMINERS | VOCABULARY.words(
    "copulas", "modal_verbs", "prepositions", "subject_pronouns", "pronouns", "negators", "clause_words")
"""Words a Title Case headline capitalises that are read in lower case there (`framing.casing`), besides reporting verbs."""
HEADLINE_ROLE_WORDS = TITLE_HEADS | VOCABULARY.words("person_roles")
"""Titles and roles a Title Case headline capitalises, read in lower case when no name follows ('GOP Senator Calls')."""
QUALIFIED_HEADS = TITLE_WORDS | ORG_HEADS | VOCABULARY.words("qualified_body_words")
"""Words after a country that make it qualify a role or body ('Morocco coach', "Russia's defence ministry")."""

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_JOIN = re.compile(r"[ \t\-‐‑]*")
_NAME_GAP = re.compile(r" |-|‐|‑")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_OPENERS = "\"'“‘(["


class RegistryError(DataFileError):
    """An actor registry file that cannot be used; the message names the file, the line and the problem (codes A001-A007)."""

    prefix = "A"


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Title:
    """A title an actor holds, from `valid_from` to `valid_to` (YYYY-MM, either end open)."""

    text: str
    valid_from: str | None = None
    valid_to: str | None = None

    def holds(self, date: str | None) -> bool:
        """True when the title was held at `date` (YYYY-MM or YYYY-MM-DD); any date when None."""
        if date is None:
            return True
        month = date[:7]
        return (self.valid_from is None or self.valid_from <= month) and (self.valid_to is None or month <= self.valid_to)


@dataclass(frozen=True)
class Actor:
    """One actor: a person, organisation, country or group; `known` is False when only the text names it."""

    id: str
    name: str
    type: str
    side: str | None = None
    gender: str | None = None
    aliases: tuple[str, ...] = ()
    generic_aliases: tuple[str, ...] = ()
    """Words so general that they name this actor only in an article that also names it, or another actor of its side,
    some other way: a bare 'government' is the UK Government in an article about Westminster, not in one about Congress."""
    titles: tuple[Title, ...] = ()
    note: str | None = None
    known: bool = True
    party_tags: tuple[str, ...] = ()
    """Letters that stand for this party in a tag after a name ('R' of 'Sen. Rand Paul (R-Ky.)'): the person takes its side."""


@dataclass(frozen=True)
class Mention:
    """One mention of an actor in the article, offsets into `doc.text`."""

    actor_id: str
    start: int
    end: int
    text: str
    kind: str
    sentence: int


class _Word(NamedTuple):
    """One word of a sentence (hyphenated words split), normalised for lookup. A named tuple, not a frozen dataclass:
    made for every word of every article, it is built in a third of the time."""

    text: str
    key: str
    start: int
    end: int
    sentence: int
    initial: bool
    cap: bool
    """True when the word starts with a capital letter (set once: the linker asks it hundreds of times a sentence)."""


@dataclass(frozen=True)
class _Form:
    """One registry surface form as keys, with which keys must be capitalised in the text."""

    keys: tuple[str, ...]
    caps: tuple[bool, ...]
    actor_id: str
    kind: str
    generic: bool = False


@dataclass(frozen=True)
class Registry:
    """Known actors by id, with a first-word index of their names, aliases and group forms."""

    actors: tuple[Actor, ...]

    @cached_property
    def by_id(self) -> Mapping[str, Actor]:
        """Actor id -> actor."""
        return {actor.id: actor for actor in self.actors}

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Every word (normalised) of every registered name and alias, generic forms ('the government') apart."""
        return frozenset(key for forms in self.forms.values() for form in forms if not form.generic for key in form.keys)

    @cached_property
    def forms(self) -> Mapping[str, tuple[_Form, ...]]:
        """First key -> the forms starting with it, longest first."""
        table: dict[str, list[_Form]] = {}
        for actor in self.actors:
            for kind, text in ((_name_kind(actor), actor.name), *((_alias_kind(actor), alias) for alias in actor.aliases),
                               *(("generic", alias) for alias in actor.generic_aliases)):
                form = _form(text, actor.id, kind)
                if kind == "generic":
                    form = replace(form, kind=_alias_kind(actor), generic=True)
                if form.keys:
                    table.setdefault(form.keys[0], []).append(form)
        return {key: tuple(sorted(forms, key=lambda f: -len(f.keys))) for key, forms in table.items()}

    @cached_property
    def party_tag_sides(self) -> Mapping[str, str]:
        """Party tag letter -> the side of the party it stands for ('R' -> 'republican'), from `party_tags`."""
        return {tag: actor.side for actor in self.actors for tag in actor.party_tags if actor.side}

    @cached_property
    def party_words(self) -> frozenset[str]:
        """First words of the registry's '<X> Party' organisation names and aliases ('republican', 'labour')."""
        return frozenset(form.keys[0] for forms in self.forms.values() for form in forms
                         if len(form.keys) == 2 and form.keys[1] == "party" and self.by_id[form.actor_id].type == "organisation")

    @cached_property
    def by_surname(self) -> Mapping[str, tuple[Actor, ...]]:
        """Lower-case surname (last word of the name) -> the people with it."""
        table: dict[str, list[Actor]] = {}
        for actor in self.actors:
            if actor.type == "person":
                table.setdefault(surname_key(actor.name), []).append(actor)
        return {key: tuple(actors) for key, actors in table.items()}

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with `actor_id`, or None."""
        return self.by_id.get(actor_id)


def _nearest(starts: Sequence[int], mentions: Sequence[Mention], offset: int) -> Mention | None:
    """The mention starting nearest `offset` (the earlier in text order on a tie), by binary search over `starts`."""
    position = bisect.bisect_left(starts, offset)
    before = starts[position - 1] if position else None
    if position < len(starts) and (before is None or starts[position] - offset < offset - before):
        return mentions[position]
    return mentions[bisect.bisect_left(starts, before)] if before is not None else None


@dataclass(frozen=True)
class ActorIndex:
    """The actors of one article and every mention of them, in text order."""

    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]
    document: Document | None = field(default=None, repr=False, compare=False)
    registry: Registry | None = field(default=None, repr=False, compare=False)
    written_titles: Mapping[int, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    """Mention start -> the titles the text writes for the person there (before the name, or set off after it)."""

    @cached_property
    def _by_id(self) -> Mapping[str, Actor]:
        """Actor id -> actor."""
        return {actor.id: actor for actor in self.actors}

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with `actor_id`, or None."""
        return self._by_id.get(actor_id)

    def _names_a_person(self, mention: Mention) -> bool:
        """True for a mention naming a person: full name, alias, or surname with or without an honorific."""
        return mention.kind in PERSON_NAME_KINDS and self._by_id[mention.actor_id].type == "person"

    def person_names(self) -> tuple[Mention, ...]:
        """Every mention naming a person, in text order."""
        return tuple(m for m in self.mentions if self._names_a_person(m))

    def person_at(self, start: int, end: int) -> Actor | None:
        """The person a mention naming them overlapping text[start:end] names (the last such mention), else None: 'Cooper
        said' is whoever the index linked that surname to."""
        window = self.mentions[bisect.bisect_left(self._starts, start - PERSON_MENTION_REACH):bisect.bisect_left(self._starts, end)]
        found = [m for m in window if m.end > start and self._names_a_person(m)]
        return self._by_id[found[-1].actor_id] if found else None

    def titles_at(self, mention: Mention) -> tuple[str, ...]:
        """The titles the text writes for the person of a name mention ('shadow home secretary', 'the White House press secretary')."""
        return self.written_titles.get(mention.start, ())

    def mentions_between(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions starting in [start, end), in text order (a binary search, not a scan of the article)."""
        return self.mentions[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]

    def named_ids(self) -> frozenset[str]:
        """Ids of the actors some mention names (full name, alias or surname), not only titles or pronouns."""
        return self._named_ids

    @cached_property
    def _named_ids(self) -> frozenset[str]:
        """Built once per index."""
        return frozenset(m.actor_id for m in self.mentions if m.kind in PERSON_NAME_KINDS)

    def mentions_of(self, actor_id: str) -> tuple[Mention, ...]:
        """Every mention of one actor, in text order."""
        return self._by_actor.get(actor_id, ())

    @cached_property
    def _by_actor(self) -> Mapping[str, tuple[Mention, ...]]:
        """Actor id -> its mentions in text order (built once, so per-actor lookups do not rescan)."""
        table: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            table.setdefault(mention.actor_id, []).append(mention)
        return {actor_id: tuple(mentions) for actor_id, mentions in table.items()}

    @cached_property
    def _starts(self) -> list[int]:
        """Start offsets of the mentions (which are in text order), for binary search."""
        return [mention.start for mention in self.mentions]

    @cached_property
    def _by_sentence(self) -> Mapping[int, tuple[Mention, ...]]:
        """Sentence index -> its mentions in text order."""
        table: dict[int, list[Mention]] = {}
        for mention in self.mentions:
            table.setdefault(mention.sentence, []).append(mention)
        return {sentence: tuple(mentions) for sentence, mentions in table.items()}

    @cached_property
    def _by_keys(self) -> Mapping[tuple[str, ...], tuple[list[int], tuple[Mention, ...]]]:
        """Name keys -> (starts, non-pronoun mentions written that way, in text order)."""
        table: dict[tuple[str, ...], list[Mention]] = {}
        for mention in self.mentions:
            if mention.kind != "pronoun":
                table.setdefault(keys_of(mention.text), []).append(mention)
        return {keys: ([m.start for m in mentions], tuple(mentions)) for keys, mentions in table.items()}

    def resolve(self, phrase: str, start: int, end: int) -> Actor | None:
        """The actor a phrase at [start, end) denotes: a pronoun's antecedent, a mention inside it, or a name lookup."""
        words = [normalise(word) for word in _WORD.findall(phrase)]
        if len(words) == 1 and words[0] in PRONOUNS:
            return self._antecedent(PRONOUNS[words[0]], start)
        after = itertools.takewhile(lambda m: m.start <= end, self.mentions[bisect.bisect_left(self._starts, start):])
        inside = [m for m in after if m.end <= end and m.kind != "pronoun"]
        people = [m for m in inside if self._by_id[m.actor_id].type == "person"]
        if people or inside:
            return self._by_id[(people or inside)[0].actor_id]
        return self._lookup(phrase, start)

    def _antecedent(self, want: str, start: int) -> Actor | None:
        """The nearest compatible actor before `start` (earliest in each sentence, going back)."""
        sentence = _sentence_of(self.document, start)
        if sentence is None:
            return None
        candidates = [m for index in range(sentence - PRONOUN_WINDOW, sentence + 1)
                      for m in self._by_sentence.get(index, ()) if m.end <= start]
        return _pick_antecedent(candidates, want, self._by_id, sentence)

    def named(self, phrase: str) -> Actor | None:
        """The actor whose name or alias is exactly `phrase` (leading determiners dropped; no surname or title
        matching): the article's actors first, then the registry."""
        keys = keys_of(phrase)
        while keys and keys[0] in DETERMINERS:
            keys = keys[1:]
        if not keys:
            return None
        for actor in self.actors:
            if keys == keys_of(actor.name) or any(keys == keys_of(alias) for alias in actor.aliases):
                return actor
        registry = self.registry or default_registry()
        return next((registry.by_id[form.actor_id] for form in registry.forms.get(keys[0], ()) if form.keys == keys), None)

    def _lookup(self, phrase: str, start: int) -> Actor | None:
        """An actor of this article named by `phrase` (name, alias, surname or title), else a registry name."""
        keys = keys_of(phrase)
        while keys and (keys[0] in DETERMINERS or keys[0] in HONORIFICS):
            keys = keys[1:]
        if not keys:
            return None
        nearest = _nearest(*self._by_keys.get(keys, ([], ())), start)
        if nearest is not None:
            return self._by_id[nearest.actor_id]
        for actor in self.actors:
            if actor.type == "person" and (keys == keys_of(actor.name)[-len(keys):] or keys in _title_keys(actor)):
                return actor
        registry = self.registry or default_registry()
        for form in registry.forms.get(keys[0], ()):
            if form.keys == keys:
                return registry.by_id[form.actor_id]
        return None


@dataclass(frozen=True)
class MentionSentiment:
    """Sentiment toward one mention in its sentence, and whose voice the sentence is in."""

    actor_id: str
    name: str
    kind: str
    text: str
    start: int
    end: int
    sentence_index: int
    sentence: str
    voice: str
    speaker: str | None
    speaker_id: str | None
    score: float
    label: str


@dataclass(frozen=True)
class ActorSummary:
    """How one actor is portrayed in one article: mentions, mean sentiment by voice, evidence sentences."""

    id: str
    name: str
    type: str
    side: str | None
    mentions: int
    author_mentions: int
    quote_mentions: int
    author_sentiment: float | None
    quote_sentiment: float | None
    negative: int
    neutral: int
    positive: int
    most_negative: str | None
    most_negative_score: float | None
    most_positive: str | None
    most_positive_score: float | None
    in_passing: bool = False
    """True when no mention of the actor was a sentiment target (each one a place or a modifier)."""


class QuoteLike(Protocol):
    """What actor_sentiment reads from a quote: content offsets, kind (direct/partial/scare) and speaker."""

    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_id: str | None


MENTION_COLUMNS = tuple(MentionSentiment.__dataclass_fields__)
ACTOR_COLUMNS = tuple(ActorSummary.__dataclass_fields__)


# ---------------------------------------------------------------------------------------------
# Normalising


@functools.lru_cache(maxsize=16384)
def normalise(word: str) -> str:
    """Lower case, straight apostrophes, accents folded ('Renée' is the first name 'renee', 'Nicolás' matches 'Nicolas'),
    possessive 's and trailing apostrophes dropped. Cached: a pure function of the word, called for every word of every article."""
    key = word.translate(_APOSTROPHES).lower()
    if not key.isascii():
        key = "".join(char for char in unicodedata.normalize("NFKD", key) if not unicodedata.combining(char))
    key = key.removesuffix("'s")
    return key.rstrip("'")


@functools.lru_cache(maxsize=8192)
def keys_of(phrase: str) -> tuple[str, ...]:
    """A phrase as normalised words; spaces and hyphens both separate words. Cached: the linker asks it for the same
    actors' names many times an article (about 120 calls an article)."""
    return tuple(key for key in (normalise(word) for word in _WORD.findall(phrase.replace("-", " "))) if key)


NAME_SUFFIXES = VOCABULARY.words("name_suffixes")
POSTNOMINALS = VOCABULARY.words("postnominals")
ABBREVIATED_SUFFIXES = VOCABULARY.words("company_suffixes")
NAME_AND_COMPANY_SUFFIXES = NAME_SUFFIXES | ABBREVIATED_SUFFIXES


def surname_key(name: str) -> str:
    """The surname of a person's name as a key: the last word that is not a suffix ('Robert F. Kennedy Jr.' -> 'kennedy'); a
    hyphenated surname keeps its parts, space-joined ('Rain Newton-Smith' -> 'newton smith'), so 'Ms Newton-Smith' is her."""
    words = name.split()
    while len(words) > 1 and keys_of(words[-1]) and keys_of(words[-1])[-1] in NAME_SUFFIXES:
        words = words[:-1]
    return " ".join(keys_of(words[-1])) if words else ""


def _shouted(word: str) -> bool:
    """A name word in capitals that a tabloid lede shouts ('THOMAS'), not initials ('JD') or a suffix ('III')."""
    return word.isupper() and len(word) > 2 and normalise(word) not in NAME_SUFFIXES


def _initials_first_name(words: Sequence["_Word"], name: Sequence[int], at: int, title: tuple[int, int] | None) -> bool:
    """Two capitals run together as the first name of a titled person ('Vice President JD Vance', 'Gov. JB Pritzker'):
    initials written without full stops, not an acronym, when a title stands before them and a surname follows."""
    return title is not None and at == name[0] and len(name) >= 2 and len(words[at].text) == 2 and words[at].text.isalpha() \
        and not words[name[1]].text.isupper()


def hyphenated(text: str, words: Sequence["_Word"], first: int, last: int) -> bool:
    """True when words[first..last] (two or more) are one hyphenated word of the text ('Newton-Smith')."""
    return last > first and all(text[words[i].end:words[i + 1].start] in ("-", "‐", "‑") for i in range(first, last))


def _form(text: str, actor_id: str, kind: str) -> _Form:
    """A registry form: its keys and which of its words are capitalised."""
    words = _WORD.findall(text.replace("-", " "))
    return _Form(tuple(normalise(w) for w in words), tuple(w[:1].isupper() for w in words), actor_id, kind)


def _name_kind(actor: Actor) -> str:
    """The mention kind of an actor's own name."""
    return {"person": "name", "group": "group"}.get(actor.type, "organisation")


def _alias_kind(actor: Actor) -> str:
    """The mention kind of an actor's alias."""
    return {"person": "alias", "group": "group"}.get(actor.type, "organisation")


def slug(text: str) -> str:
    """A lower-case id from a name: 'Enver Solomon' -> 'enver-solomon'."""
    return "-".join(keys_of(text)).replace("'", "")


# ---------------------------------------------------------------------------------------------
# Registry loading and validation


def _strings(record: Mapping[str, Any], name: str, path: str, line: int) -> tuple[str, ...]:
    """A list of non-empty strings (empty when absent)."""
    value = record.get(name, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise RegistryError(VALUE, path, line, f"field {name!r} must be a list of non-empty strings")
    return tuple(item.strip() for item in value)


def _optional(record: Mapping[str, Any], name: str, path: str, line: int) -> str | None:
    """An optional non-empty string field."""
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise RegistryError(VALUE, path, line, f"field {name!r} must be a non-empty string or null")
    return value.strip()


def parse_title(value: Any, path: str, line: int) -> Title:
    """A title: a string, or {"title": ..., "valid": "YYYY-MM/YYYY-MM"} with either end open."""
    if isinstance(value, str) and value.strip():
        return Title(value.strip())
    if not isinstance(value, dict) or not isinstance(value.get("title"), str) or not value["title"].strip():
        raise RegistryError(VALUE, path, line, "each title must be a non-empty string or an object with a 'title' string")
    unknown = sorted(set(value) - {"title", "valid"})
    if unknown:
        raise RegistryError(FIELD, path, line, f"unknown title field(s) {', '.join(repr(u) for u in unknown)}")
    valid = value.get("valid", "/")
    match = _VALID.fullmatch(valid) if isinstance(valid, str) else None
    if match is None or (match.group(1) and match.group(2) and match.group(1) > match.group(2)):
        raise RegistryError(VALUE, path, line, f"title 'valid' must be 'YYYY-MM/YYYY-MM' (either end may be empty, start before end), not {valid!r}")
    return Title(value["title"].strip(), match.group(1), match.group(2))


def parse_actor(record: Any, path: str, line: int) -> Actor:
    """One validated actor entry, or an error naming the line and the problem."""
    check_fields(record, path, line, RegistryError, "an actor", REQUIRED_FIELDS, OPTIONAL_FIELDS)
    actor_id, name, kind = (record[field_name] for field_name in REQUIRED_FIELDS)
    if not isinstance(actor_id, str) or not _ID.fullmatch(actor_id):
        raise RegistryError(VALUE, path, line, f"field 'id' must be lower-case words joined by hyphens (e.g. 'yvette-cooper'), not {actor_id!r}")
    if not isinstance(name, str) or not keys_of(name):
        raise RegistryError(VALUE, path, line, "field 'name' must be a non-empty string")
    if kind not in TYPES:
        raise RegistryError(VALUE, path, line, f"field 'type' must be one of {', '.join(TYPES)}, not {kind!r}")
    side = _optional(record, "side", path, line)
    if side is not None and not _SIDE.fullmatch(side):
        raise RegistryError(VALUE, path, line, f"field 'side' must be lower-case words joined by hyphens, not {side!r}")
    gender = record.get("gender")
    if gender is not None and (kind != "person" or gender not in GENDERS):
        raise RegistryError(VALUE, path, line, f"field 'gender' must be null or, for a person, one of {', '.join(GENDERS)}; got {gender!r}")
    titles = record.get("titles", [])
    if not isinstance(titles, list):
        raise RegistryError(VALUE, path, line, "field 'titles' must be a list")
    return Actor(
        id=actor_id, name=name.strip(), type=kind, side=side, gender=gender,
        aliases=_strings(record, "aliases", path, line), generic_aliases=_strings(record, "generic_aliases", path, line),
        titles=tuple(parse_title(t, path, line) for t in titles), note=_optional(record, "note", path, line),
        party_tags=_party_tags(record, kind, path, line),
    )


def _party_tags(record: Any, kind: str, path: str, line: int) -> tuple[str, ...]:
    """An organisation's `party_tags`: capital letters, validated."""
    tags = _strings(record, "party_tags", path, line)
    if tags and (kind != "organisation" or not all(re.fullmatch(r"[A-Z]", tag) for tag in tags)):
        raise RegistryError(VALUE, path, line, f"field 'party_tags' must list single capital letters, for an organisation; got {list(tags)!r}")
    return tags


def parse_registry(text: str, path: str) -> tuple[Actor, ...]:
    """The actors of one registry file's text (header line first), validated."""
    return parse_data_file(text, path, parse_actor, RegistryError, "actors").items


def load_registry_file(path: str | Path) -> tuple[Actor, ...]:
    """Read and validate one registry file."""
    return parse_registry(read_text(path, RegistryError), str(path))


@functools.lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The shipped registry: `lexicons/actors.jsonl` and `lexicons/actor_groups.jsonl`."""
    folder = importlib.resources.files("framing.lexicon_data")
    return Registry(tuple(a for name in SHIPPED_FILES for a in parse_registry(folder.joinpath(name).read_text("utf-8"), name)))


def load_registry(paths: Iterable[str | Path] = (), include_default: bool = True) -> Registry:
    """The shipped registry (unless excluded) plus user files; a user actor replaces a shipped one with the same id."""
    users = [actor for path in paths for actor in load_registry_file(path)]
    ids = {actor.id for actor in users}
    defaults = [actor for actor in default_registry().actors if actor.id not in ids] if include_default else []
    return Registry(tuple(defaults + users))


@functools.lru_cache(maxsize=1)
def first_names() -> Mapping[str, str | None]:
    """Shipped first names (lower case) -> 'female', 'male' or None (a name given to both), from every file of
    FIRST_NAMES_FILES (earlier files win)."""
    genders = {"f": "female", "m": "male", "u": None}
    names: dict[str, str | None] = {}
    for file_name in FIRST_NAMES_FILES:
        text = importlib.resources.files("framing.lexicon_data").joinpath(file_name).read_text("utf-8")
        for name, code in (line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")):
            names.setdefault(name.lower(), genders[code])
    return names


# ---------------------------------------------------------------------------------------------
# Words and phrase matching


def headline_words(doc: Document, speech_verbs: frozenset[str], registry: Registry | None = None) -> tuple[tuple[int, int], ...]:
    """The capitalised words of a Title Case headline read in lower case (`framing.casing`): the vocabulary's common
    words, `speech_verbs` (lower-case reporting-verb forms), titles and roles that end their phrase, and, when the article
    has a body, any word the body never capitalises that is no known first name or word of a registered name."""
    registry = default_registry() if registry is None else registry
    return lowered_headline_words(doc, HEADLINE_COMMON_WORDS, speech_verbs, HEADLINE_ROLE_WORDS, _KnownNameWords(registry))


class _KnownNameWords:
    """Words a Title Case headline keeps capitalised though the body never writes them: known first names and the words of
    registered names ('Pelosi', 'Labour'), tested lazily (most headlines are not Title Case)."""

    def __init__(self, registry: Registry) -> None:
        """Keep the registry; its word set is built on the first test."""
        self.registry = registry

    def __contains__(self, word: object) -> bool:
        """True for a known first name or a word of a registered name (lower case)."""
        return isinstance(word, str) and (word in first_names() or normalise(word) in self.registry.name_words)


def document_words(doc: Document, lowered: Iterable[tuple[int, int]] = ()) -> tuple[_Word, ...]:
    """Every word of every sentence, hyphenated words split, with a flag for sentence-initial words; the words starting at
    a `lowered` span (a Title Case headline's common words, `framing.casing`) are not capitalised."""
    words: list[_Word] = []
    for sentence in doc.sentences:
        base = sentence.start
        matches = list(_WORD.finditer(sentence.text.replace("-", " ")))
        texts = [match.group() for match in matches]
        # a sentence's words column by column, zipped into records without a Python-level step for each word (tuple.__new__
        # makes the named tuple as `_Word._make` does); only the first word is sentence-initial
        words.extend(map(tuple.__new__, itertools.repeat(_Word), zip(
            texts, map(normalise, texts), [base + match.start() for match in matches], [base + match.end() for match in matches],
            itertools.repeat(sentence.index), itertools.chain((True,), itertools.repeat(False)), [text[:1].isupper() or is_camel_name(text) for text in texts])))
    starts = {start for start, _ in lowered}
    if starts:
        words = [word._replace(cap=False) if word.start in starts else word for word in words]
    return tuple(words)


def _fits(text: str, words: Sequence[_Word], at: int, form: _Form) -> bool:
    """True when words[at:] spell `form` in one sentence, joined by spaces or hyphens, capitals kept."""
    if at + len(form.keys) > len(words):
        return False
    for offset, (key, cap) in enumerate(zip(form.keys, form.caps)):
        word = words[at + offset]
        if word.key != key or word.sentence != words[at].sentence or (cap and not word.cap):
            return False
        if offset and not _JOIN.fullmatch(text, words[at + offset - 1].end, word.start):
            return False
    return True


def _inside_proper_name(text: str, words: Sequence[_Word], at: int, form: _Form) -> bool:
    """True when a lower-case form ('police') is capitalised after a capitalised word: part of a name ('Metropolitan Police')."""
    previous = words[at - 1] if at else None
    return (
        not any(form.caps) and words[at].cap and previous is not None and previous.sentence == words[at].sentence
        and previous.cap and _NAME_GAP.fullmatch(text, previous.end, words[at].start) is not None
    )


def _name_goes_on(text: str, words: Sequence[_Word], last: int, registry: Registry) -> bool:
    """True when a name of several words ending at words[last] (not an organisation head) goes on with 'and' and capitalised
    words ending in one that the registry does not know: 'Department of Health' in 'Department of Health and Human Services'
    is not the registry's Department of Health ('the NHS and Home Office' are two)."""
    if words[last].key in ORG_HEADS or last + 2 >= len(words) or words[last + 1].key not in ("and", "&") or last == 0 \
            or not words[last - 1].cap and words[last - 1].key not in ("of", "for"):
        return False
    if any(_fits(text, words, last + 2, form) for form in registry.forms.get(words[last + 2].key, ())):
        return False
    run = last + 2
    while run < len(words) and words[run].cap and words[run].sentence == words[last].sentence \
            and _NAME_GAP.fullmatch(text, words[run - 1].end, words[run].start):
        run += 1
    return run > last + 2 and words[run - 1].key in ORG_HEADS and text[words[last].end:words[last + 2].start] == f" {words[last + 1].text} "


def registry_matches(doc: Document, words: Sequence[_Word], registry: Registry) -> list[tuple[int, int, _Form]]:
    """(first word, last word, form) of registry names, aliases and group forms; longest first, no overlaps."""
    found = []
    for at, word in enumerate(words):
        following = words[at + 1].key if at + 1 < len(words) else None
        for form in registry.forms.get(word.key, ()):
            if (form.caps[0] and not word.cap) or (len(form.keys) > 1 and form.keys[1] != following):
                continue  # what `_fits` tests first, without the call ('the' starts eleven forms, 'the White House' ...)
            if _fits(doc.text, words, at, form) and not _inside_proper_name(doc.text, words, at, form) \
                    and not _name_goes_on(doc.text, words, at + len(form.keys) - 1, registry):
                found.append((at, at + len(form.keys) - 1, form))
    kept: list[tuple[int, int, _Form]] = []
    covered: set[int] = set()
    for first, last, form in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if covered.isdisjoint(range(first, last + 1)):
            kept.append((first, last, form))
            covered.update(range(first, last + 1))
    return sorted(kept, key=lambda f: f[0])


# ---------------------------------------------------------------------------------------------
# People, organisations and titles from the text


@dataclass(frozen=True)
class _Candidate:
    """A person or organisation found from the text, before linking to canonical actors."""

    first: int
    last: int
    name: tuple[str, ...]
    honorific: str | None
    title: tuple[int, int] | None
    type: str


def _cap_runs(doc: Document, words: Sequence[_Word], taken: set[int]) -> list[list[int]]:
    """Runs of capitalised words (name particles allowed inside) in one sentence, joined by one space or hyphen."""
    runs: list[list[int]] = []
    for at, word in enumerate(words):
        if at in taken or not (word.cap or (word.key in NAME_PARTICLES and runs and runs[-1][-1] == at - 1)):
            continue
        previous = words[at - 1] if at else None
        joined = (
            runs and runs[-1][-1] == at - 1 and previous is not None and previous.sentence == word.sentence
            and (_NAME_GAP.fullmatch(doc.text, previous.end, word.start) is not None or _abbreviated(doc.text, previous, word)
                 or _plural_possessive(doc.text, previous, word))
        )
        if joined:
            runs[-1].append(at)
        else:
            runs.append([at])
    return [run for run in runs if words[run[-1]].cap]


def _plural_possessive(text: str, previous: _Word, word: _Word) -> bool:
    """True for "Prison Governors’ Association", "National Farmers' Union": a plural possessive before an organisation head,
    inside one name ("Spurs' Ange Postecoglou" is two)."""
    return previous.key.endswith("s") and text[previous.end:word.start] in ("’ ", "' ") and _is_org_head(word.key)


def _abbreviated(text: str, previous: _Word, word: _Word) -> bool:
    """True for 'Mr. Kennedy', 'Gov. Kathy', 'Robert F. Kennedy': a full stop after an honorific, title abbreviation or initial."""
    if text[previous.end:word.start] != ". ":
        return False
    return previous.key in HONORIFICS or previous.key in TITLE_ABBREVIATIONS or (len(previous.text) == 1 and previous.text.isupper())


def _title_before(words: Sequence[_Word], at: int) -> tuple[int, int] | None:
    """(first, last) word of a title written just before words[at] ('shadow home secretary'), or None."""
    last = at - 1
    if last < 0 or words[last].sentence != words[at].sentence:
        return None
    head = last if words[last].key in TITLE_HEADS else _head_of_complement(words, last)
    if head is None:
        return None
    first = head
    while first > 0 and words[first - 1].sentence == words[at].sentence and words[first - 1].key in TITLE_WORDS:
        first -= 1
    return first, last


def _head_of_complement(words: Sequence[_Word], last: int) -> int | None:
    """The head of a title ending on its complement ('Chief of Staff', 'Secretary of State', 'Chancellor of the
    Exchequer'): one or two capitalised words after 'of' (and 'the') that follow a title head; else None."""
    at = last
    while at > last - 2 and at > 0 and words[at].cap and words[at - 1].key not in ("of", "the"):
        at -= 1
    if not words[at].cap or at < 2:
        return None
    of = at - 1 - (words[at - 1].key == "the")
    head = of - 1
    if head < 0 or words[of].key != "of" or words[head].sentence != words[last].sentence or words[head].key not in TITLE_HEADS:
        return None
    return head


def _names_an_organisation(words: Sequence[_Word], name: Sequence[int], names: Mapping[str, str | None]) -> bool:
    """True when capitalised words that open with no known first name stand before a lower-case organisation head in the
    same sentence ('Social Democratic party', 'Green New Deal coalition'): they name the organisation, not a person."""
    after = name[-1] + 1
    return words[name[0]].key not in names and after < len(words) and words[after].sentence == words[name[-1]].sentence \
        and not words[after].cap and _is_org_head(words[after].key)


def _known_cap_keys(words: Sequence[_Word]) -> frozenset[str]:
    """Keys of words capitalised somewhere other than at the start of a sentence."""
    return frozenset(word.key for word in words if word.cap and not word.initial)


def text_candidates(doc: Document, words: Sequence[_Word], taken: set[int], registry: Registry,
                    speech_verbs: frozenset[str] = frozenset()) -> list[_Candidate]:
    """People (honorific, title, party label or known first name before 1-4 capitalised words, or a name set off as a
    speaker, `_apposed_speaker`) and organisations from the text."""
    names, mid_caps, alone = first_names(), _known_cap_keys(words), _standalone_cap_keys(words)
    found: list[_Candidate] = []
    for run in _cap_runs(doc, words, taken):
        if len(run) == 2 and len(words[run[0]].text) == 1 and hyphenated(doc.text, words, run[0], run[1]):
            continue  # a party tag ('I-Maine' of 'Sen. Angus King (I-Maine)') names nobody
        if found and found[-1].type == "organisation" and run[0] <= found[-1].last:
            run = [i for i in run if i > found[-1].last]  # 'Teachers' of 'Portland Association of Teachers' ends the name:
            if not run:  # 'President Angela Bonilla' after it is a run of its own
                continue  # inside an organisation name already found ('State Health Services' of 'Texas Department of ...')
        company = len(run) >= 2 and words[run[-1]].key in ABBREVIATED_SUFFIXES  # 'Apple Inc.' opening a sentence
        initialled = _middle_initial(doc.text, words, run) or (  # 'F. Joseph Warin': an initial before a known first name
            len(run) >= 3 and _is_initial(doc.text, words[run[0]]) and words[run[1]].key in names and len(words[run[-1]].text) > 1)
        at = run[1] if len(run) > 1 and words[run[0]].key == "the" else run[0]  # 'The ACLU' opening a sentence
        acronym = _acronym_organisation(doc.text, words, at, taken, speech_verbs) if words[at].key not in registry.forms else None
        if acronym is not None:  # 'The ACLU of Missouri said', 'the NRA, which ...'
            found.append(_Candidate(at, acronym, tuple(words[i].text for i in range(at, acronym + 1)), None, None, "organisation"))
            continue
        opening = run[0]
        apposed = _apposed_speaker(doc.text, words, run, speech_verbs)  # 'Dmitry Peskov, Vladimir Putin's spokesman, said'
        surnamed = _reads_as_person(doc.text, words, run, alone, speech_verbs)  # 'Ange Postecoglou blasted ...' then 'Postecoglou said'
        if not _name_like(words[run[0]], names, mid_caps) and not _is_party_word(registry, words[run[0]]) and not company and not initialled \
                and not _shouted_lede(doc, words, run) and not apposed and not surnamed:
            run = run[1:]
        if not run:
            continue
        honorific = next((i for i in run[:-1] if words[i].key in HONORIFICS and words[i].cap), None)  # last, a surname ('Andy Lord')
        while honorific is not None and honorific + 1 in run and words[honorific + 1].key in HONORIFICS:
            honorific += 1  # 'Prof Sir Stephen Powis': the name starts after the last honorific
        name_start = run.index(honorific) + 1 if honorific is not None else _after_titles(words, run)
        owners = [i + 1 for i in range(len(run) - 2) if words[run[i]].text.translate(_APOSTROPHES).endswith("'s")]
        name_start = max([name_start, *owners])  # "Politico’s Dana Wu", "Labour's Rachel Reeves": the name follows its owner
        name = run[name_start:]
        while len(name) > 2 and words[name[-1]].key in POSTNOMINALS and words[name[-1]].text.isupper():
            name = name[:-1]  # 'Jonathan Ayres KC', 'Jane Doe MP': letters after the name are not the name
        if name and (_is_org_head(words[name[-1]].key) or words[name[-1]].key in ABBREVIATED_SUFFIXES) \
                and (len(run) >= 2 or len(_name_run(doc.text, words, run[0])) >= 3):  # 'A Department for Education spokesperson'
            full = _before_titled_person([i for i in _name_run(doc.text, words, run[0]) if i not in taken], words, names)
            last = full[-1] if full[:len(run)] == run and words[full[-1]].cap else run[-1]
            first = _joined_before(doc.text, words, run[0], taken)
            if opening < first and words[opening].key not in SENTENCE_OPENERS:
                first = opening  # 'Loudoun County Public Schools said' opening a sentence: the first word is the name's
            if words[first].key in DETERMINERS and first < last:
                first += 1  # '10) The New York Times report': the article is not the name's
            while found and found[-1].last >= first:
                found.pop()  # 'Securities' of 'Securities and Exchange Commission' is not a name of its own
            found.append(_Candidate(first, last, tuple(words[i].text for i in range(first, last + 1)), None, None, "organisation"))
            continue  # 'Texas Department of State Health Services', 'University of Leeds'

        if len(name) >= 3 and _head_of_complement(words, name[0]) is not None:
            name = name[-3:] if _middle_initial(doc.text, words, name[-3:]) else name[-2:]  # 'Chief of Staff Mick Mulvaney'
        title = _title_before(words, name[0]) if name else None
        if name and title is None and not any(words[i].key in TITLE_WORDS for i in name):
            title = _descriptor_before(doc.text, words, name[0])  # 'Mum-of-three Kerry Adams', not 'hard-right Italian Prime Minister'
        if name and title is None and honorific is None:
            title, name = _described_name(doc.text, words, name, names)  # 'Labour MP for Leeds East Richard Burgon'
        titled = bool(name) and title is not None and len(name) >= 2 and words[name[0]].key not in NOT_NAMES
        if not name or sum(words[i].key not in NAME_PARTICLES for i in name) > 4 or any(
                (words[i].key in NOT_NAMES and not (titled and words[i].key in PLACE_WORDS) and not _month_surname(doc.text, words, name, i, names))
                or words[i].key in ORG_HEADS
                or (words[i].text.isupper() and len(words[i].text) > 1 and not _shouted_lede(doc, words, name)
                    and words[i].key not in NAME_SUFFIXES and not _initials_first_name(words, name, i, title)) for i in name):
            continue  # a place word ends a name only after a title ('State party chair Sharif Street')
        if title is None and honorific is None and len(name) >= 3 and _is_party_word(registry, words[name[0]]) and _named_again(words, name):
            title, name = (name[0], name[0]), name[1:]  # 'Republican Winsome Earle-Sears': the party label qualifies the person
        if _names_an_organisation(words, name, names) or all(words[i].key in NAME_SUFFIXES for i in name):
            continue  # 'the left-leaning Social Democratic party' names the party; 'Jr.' after a title word is no person
        double_surname = len(name) == 2 and hyphenated(doc.text, words, name[0], name[-1])  # 'Newton-Smith': 'Newton' is no first name here
        listed = words[name[0]].key in names and not double_surname and not any(words[i].key in UNNAMED_HEADS for i in name)
        if honorific is not None or _titled_surname(doc.text, words, title, name) \
                or (len(name) >= 2 and (title is not None or listed or initialled or _shouted_lede(doc, words, name)
                                                         or (apposed and name == run and not double_surname)
                                                         or (name == run and not double_surname and (surnamed or _role_noun_before(doc.text, words, name[0]))))):
            found.append(_Candidate(
                name[0], name[-1], tuple(words[i].text for i in name),
                words[honorific].key if honorific is not None else None, title, "person",
            ))
    return found


_ACTING_WORDS = VOCABULARY.words("copulas", "modal_verbs", "trailing_adverbials")
"""Words after a subject that make it one ('the ACLU has', 'the NRA will', 'the NRA also'), not a modifier ('the COVID
pandemic')."""


def _acronym_organisation(text: str, words: Sequence[_Word], at: int, taken: set[int], speech_verbs: frozenset[str]) -> int | None:
    """An unknown acronym after 'the' that acts ('The ACLU of Missouri said', 'the NRA has', 'the DOJ, which'): an
    organisation (people are never 'the AOC'); the last word of its name ('of Missouri' included), else None. An acronym
    modifying a noun ('the COVID pandemic', 'the MAGA movement') is none, nor a role ('the CEO said')."""
    word = words[at]
    if not (word.text.isupper() and len(word.text) >= 2 and word.key not in NAME_SUFFIXES) or at == 0 \
            or words[at - 1].key != "the" or words[at - 1].sentence != word.sentence \
            or word.key in HEADLINE_ROLE_WORDS or (word.text.isalpha() and _expansion_before(words, at, word.text) is not None):
        return None  # an acronym of a name written out before is that name's ('The ONS said', `_add_unbracketed_acronyms`)
    run = [i for i in _name_run(text, words, at) if i not in taken]
    last = run[-1] if run and run[0] == at and words[run[-1]].cap else at
    following = words[last + 1] if last + 1 < len(words) and words[last + 1].sentence == word.sentence else None
    gap = text[words[last].end:following.start] if following is not None else text[words[last].end:words[last].end + 1]
    acts = following is not None and gap == " " and (following.key in speech_verbs or following.key in _ACTING_WORDS)
    return last if acts or gap[:1] in {",", ".", ";", ")"} else None


def _month_surname(text: str, words: Sequence[_Word], name: Sequence[int], at: int, names: Mapping[str, str | None]) -> bool:
    """A month closing a name after a known first name or an honorific is a surname ('Theresa May', 'Mrs May', 'Brian
    May'), unless a day's number follows ('May 5')."""
    if at != name[-1] or words[at].key not in CALENDAR_WORDS or at == 0:
        return False
    following = text[words[at].end:words[at].end + 4].strip()
    before = words[at - 1]
    return not following[:1].isdigit() and before.cap and (before.key in names or before.key in HONORIFICS)


def _before_titled_person(run: list[int], words: Sequence[_Word], names: Mapping[str, str | None]) -> list[int]:
    """An organisation's name cut before a capitalised title and the person who holds it ('National Association of Realtors
    Chief Economist Lawrence Yun', 'Portland Association of Teachers President Angela Bonilla'): the words from the title on
    name a person, two or three words from a known first name on after the title."""
    for position in range(2, len(run) - 2):
        if not (words[run[position]].cap and words[run[position]].key in TITLE_HEADS | TITLE_MODIFIERS) \
                or words[run[position - 1]].key in TITLE_HEADS | TITLE_MODIFIERS | FUNCTION_WORDS:
            continue
        after = position
        while after < len(run) and words[run[after]].key in TITLE_HEADS | TITLE_MODIFIERS:
            after += 1
        name = run[after:]
        if 2 <= len(name) <= 3 and words[name[0]].key in names and all(words[i].cap for i in name):
            return run[:position]
    return run


def _titled_surname(text: str, words: Sequence[_Word], title: tuple[int, int] | None, name: Sequence[int]) -> bool:
    """True for one capitalised word right after a capitalised title, as after an honorific: 'President Obama', 'Sen. Warren',
    'Prime Minister Starmer' name a person by surname (linked to a full name of the article when there is one)."""
    if title is None or len(name) != 1 or title[1] != name[0] - 1 or not words[title[1]].cap \
            or words[title[1]].text.translate(_APOSTROPHES).endswith("'s") or text[words[title[1]].end:words[name[0]].start] not in (" ", ". "):
        return False  # "The King's Fund": a possessive title owns what follows; '“Governor, Smith is here”' is an address
    word = words[name[0]]
    return word.cap and not word.text.isupper() and len(word.text) > 1 and not _is_org_head(word.key) \
        and word.key not in NOT_SURNAMES


def _standalone_cap_keys(words: Sequence[_Word]) -> frozenset[str]:
    """Keys of capitalised words standing alone as a name does when used by itself ('Postecoglou said', 'Mr Gauff'): no
    capitalised word after them in the sentence, and none before them but an honorific or a title."""
    alone = set()
    for at, word in enumerate(words):
        if not word.cap:
            continue  # most words: the neighbours need not be looked at
        before = words[at - 1] if at and words[at - 1].sentence == word.sentence else None
        after = words[at + 1] if at + 1 < len(words) and words[at + 1].sentence == word.sentence else None
        if not word.text.isupper() and (after is None or not after.cap) \
                and (before is None or not before.cap or before.key in HONORIFICS or before.key in TITLE_HEADS):
            alone.add(word.key)
    return frozenset(alone)


_SET_OFF_PERSON = re.compile(r",\s+(?:who\b|\d{1,3},)")


def _reads_as_person(text: str, words: Sequence[_Word], run: Sequence[int], alone: frozenset[str], speech_verbs: frozenset[str]) -> bool:
    """True for two or three plain capitalised words the article treats as a person's name whatever the first-names list
    says: its last word also used alone ('Ange Postecoglou blasted ...', later 'Postecoglou said'), a relative 'who' or an
    age set off after it ('Jalen Hurts, who threw', 'Piotr Nowak, 52,'), or a reporting verb right after it with he or she
    in the next sentences ('Carys Pugh said ... she told BBC Wales'). Not after a determiner or a locative preposition
    ('the Boston Celtics', 'in Northern Virginia') nor in a complement of a name ('Institute for Fiscal Studies', 'Mayor of
    Greater Manchester'); no word a function, calendar, place, title or organisation word."""
    if not 2 <= len(run) <= 3 or any(
            words[i].key in NOT_PLAIN_NAME_WORDS or words[i].key in HONORIFICS
            or _is_org_head(words[i].key) or words[i].text.isupper() or len(words[i].text) < 2 for i in run):
        return False
    before = words[run[0] - 1] if run[0] and words[run[0] - 1].sentence == words[run[0]].sentence else None
    if before is not None and (before.key in DETERMINERS or before.key in LOCATIVE_PREPOSITIONS):
        return False
    owner = words[run[0] - 2] if run[0] > 1 and words[run[0] - 2].sentence == words[run[0]].sentence else None
    if before is not None and before.key in COMPLEMENT_PREPOSITIONS and owner is not None and owner.cap:
        return False
    last = words[run[-1]]
    after = words[run[-1] + 1] if run[-1] + 1 < len(words) and words[run[-1] + 1].sentence == last.sentence else None
    spoken = after is not None and after.key in speech_verbs and text[last.end:after.start] == " " and _gendered_pronoun_next(words, run[-1])
    return last.key in alone or spoken or _SET_OFF_PERSON.match(text, last.end) is not None


def _gendered_pronoun_next(words: Sequence[_Word], at: int) -> bool:
    """True when 'he' or 'she' is a subject in one of the two sentences after words[at]'s, no other name between
    ('Carys Pugh said ... “... It isn't,” she told BBC Wales'): the speaker just named is a person ('Thames Water said
    ... Chris Weston ... Mr Weston said he' is not)."""
    sentence = words[at].sentence
    for word in words[at + 1:]:
        if word.sentence > sentence + 2:
            return False
        if word.sentence > sentence and PRONOUNS.get(word.key) in GENDERS and word.key in SUBJECT_PRONOUNS:
            return True
        if word.cap and word.key not in PRONOUNS and word.key not in COMMON_CAPITALISED \
                and word.key.split("'")[0] != "i":  # 'I', "I'm" in the quote are no name
            return False  # another name, or a sentence opening on a word that may be one
    return False


def _role_noun_before(text: str, words: Sequence[_Word], at: int) -> bool:
    """True when a lower-case noun for a person stands just before words[at] ('Villa boss Unai Emery', 'youth worker Delroy
    Grant', 'opposition candidate Bassirou Diomaye Faye'): it describes the person named after it."""
    before = words[at - 1] if at and words[at - 1].sentence == words[at].sentence else None
    return before is not None and not before.cap and before.key in PERSON_NOUNS and text[before.end:words[at].start] == " "


def _shouted_lede(doc: Document, words: Sequence[_Word], name: Sequence[int]) -> bool:
    """True for a tabloid lede's name in capitals ('THOMAS TUCHEL has slammed ...', 'BORIS Johnson was ...'): two or three
    words opening a paragraph, capitals first, then a lower-case word; the name is written again in ordinary case later, or
    opens on a known first name ('BORIS Johnson last night blasted ...', never 'FBI Director Wray')."""
    if not 2 <= len(name) <= 3 or not words[name[0]].text.isupper() or len(words[name[0]].text) < 2:
        return False
    sentence = doc.sentences[words[name[0]].sentence]
    paragraph = next((p for p in doc.paragraphs if p.index == sentence.paragraph), None)
    after = name[-1] + 1
    if paragraph is None or words[name[0]].start != paragraph.start or after >= len(words) or words[after].cap:
        return False
    upper = [words[i].text.isupper() for i in name]
    return upper == sorted(upper, reverse=True) and (
        words[name[0]].key in first_names() or any(w.cap and not w.text.isupper() and w.key == words[name[-1]].key for w in words[after:]))


_APPOSED_SPEAKER = re.compile(r",\s+(?P<apposition>[^,;:()“”\"]{1,80}?),\s+(?P<verb>[a-z]+)\b")
PERSON_NOUNS = VOCABULARY.words("person_roles", "member_roles", "spokes") | TITLE_HEADS
"""Nouns that make an apposition a description of a person ('Vladimir Putin's spokesman', 'the union's general secretary')."""


def _apposed_speaker(text: str, words: Sequence[_Word], name: Sequence[int], speech_verbs: frozenset[str]) -> bool:
    """True for two or three capitalised words set off as a speaker: an age or a person's role between commas, then a
    reporting verb ('Dmitry Peskov, Vladimir Putin's spokesman, said', 'Piotr Nowak, 52, told'), whatever the first name."""
    if not 2 <= len(name) <= 3 or not speech_verbs:
        return False
    match = _APPOSED_SPEAKER.match(text, words[name[-1]].end)
    if match is None or match.group("verb") not in speech_verbs:
        return False
    apposition = match.group("apposition").strip()
    nouns = [w for w in _WORD.findall(apposition) if w.islower()]
    return bool(re.fullmatch(r"\d{1,3}", apposition)) or any(normalise(w) in PERSON_NOUNS for w in nouns)


def _is_org_head(key: str) -> bool:
    """An organisation head word, singular or plural ('school', 'Public Schools', 'universities')."""
    return key in ORG_HEADS or (key.endswith("s") and key[:-1] in ORG_HEADS) or (key.endswith("ies") and f"{key[:-3]}y" in ORG_HEADS)


def _middle_initial(text: str, words: Sequence[_Word], run: Sequence[int]) -> bool:
    """True for a run with a middle initial between two longer capitalised words ('Rajiv K. Menon'): a person's name, even
    when the first name is not in the first-names list."""
    def initial(i: int) -> bool:
        return len(words[i].text) == 1 and words[i].text.isupper() and text.startswith(".", words[i].end)

    opening = len(words[run[0]].text) > 1 or initial(run[0])  # 'J. D. Vance'
    return any(initial(i) for i in run[1:-1]) and opening and len(words[run[-1]].text) > 1 and words[run[0]].key not in NOT_NAMES


def _descriptor_before(text: str, words: Sequence[_Word], at: int) -> tuple[int, int] | None:
    """(first, last) of a hyphenated description written just before words[at] ('Mum-of-three', 'Father-of-two'): a compound
    with a lower-case part, which a name never has ('Bell-Whitcomb'); it qualifies the person as a title does."""
    last = at - 1
    if last < 1 or words[last].sentence != words[at].sentence or text[words[last].end:words[at].start] != " ":
        return None
    first = last
    while first > 0 and words[first - 1].sentence == words[at].sentence and text[words[first - 1].end:words[first].start] == "-":
        first -= 1
    parts = words[first:last + 1]
    if len(parts) < 2 or not any(not w.cap and w.key not in NAME_PARTICLES for w in parts):
        return None
    return first, last


def _is_initial(text: str, word: _Word) -> bool:
    """A capital letter and its full stop ('F.' of 'F. Joseph Warin')."""
    return len(word.text) == 1 and word.text.isupper() and text.startswith(".", word.end)


def _described_name(text: str, words: Sequence[_Word], name: list[int], names: Mapping[str, str]) -> tuple[tuple[int, int] | None, list[int]]:
    """A capitalised description before a known first name in one run ('Leeds East Richard Burgon', 'Supervisor Kathryn Barger'):
    (the description as a title, the name from the first name on), when two or three words are left; else (None, name).

    After '<title> for/of' the title runs back to its head ('MP for Leeds East'), so the party before it gives the side.
    """
    if len(name) < 3 or words[name[0]].key in names or _is_initial(text, words[name[0]]) or _after_determiner(text, words, name[0]):
        return None, name  # 'F. Joseph Warin': an initial opens the name, it describes nobody; 'the Los Angeles Times' is one name
    start = next((j for j in range(1, len(name) - 1) if words[name[j]].key in names and 2 <= len(name) - j <= 3
                  and not hyphenated(text, words, name[j], name[j + 1])), None)  # 'Winsome Earle-Sears': 'Earle' starts no name
    if start is None:
        return None, name
    first = name[0]
    if first >= 2 and words[first - 1].key in ("for", "of") and words[first - 1].sentence == words[first].sentence:
        head = _title_before(words, first - 1)
        first = head[0] if head is not None else first
    return (first, name[start - 1]), name[start:]


def _after_determiner(text: str, words: Sequence[_Word], at: int) -> bool:
    """True when words[at] follows 'the', 'a' or 'an' in its sentence ('the Los Angeles Times', 'a San Diego judge')."""
    return at > 0 and words[at - 1].key in DETERMINERS and words[at - 1].sentence == words[at].sentence \
        and text[words[at - 1].end:words[at].start] == " "


def _joined_before(text: str, words: Sequence[_Word], at: int, taken: set[int]) -> int:
    """Start of an organisation name whose words before words[at] are joined by 'and' or by 'of' after an organisation head
    ('Securities and Exchange Commission', 'Department of Health and Human Services')."""
    first = at
    while first >= 2 and first - 2 not in taken and words[first - 2].cap and words[first - 2].sentence == words[first].sentence \
            and text[words[first - 2].end:words[first].start] == f" {words[first - 1].text} " \
            and (words[first - 1].key in ("and", "&") or (words[first - 1].key in ("of", "for") and words[first - 2].key in ORG_HEADS)):
        first -= 2
        while first > 0 and words[first - 1].cap and first - 1 not in taken and words[first - 1].sentence == words[first].sentence \
                and not words[first - 1].initial and _NAME_GAP.fullmatch(text, words[first - 1].end, words[first].start):
            first -= 1
    return first


def _name_like(word: _Word, names: Mapping[str, str], mid_caps: frozenset[str]) -> bool:
    """False for a sentence-initial word that is capitalised only because it starts the sentence."""
    if not word.initial:
        return True
    if word.key in DETERMINERS:
        return False
    return word.key in names or word.key in HONORIFICS or word.key in TITLE_WORDS or word.key in mid_caps


def _after_titles(words: Sequence[_Word], run: Sequence[int]) -> int:
    """Index in `run` of the first word after its last title head ('New York Mayor Eric Adams' -> 3)."""
    heads = [i for i in range(len(run) - 1) if words[run[i]].key in TITLE_HEADS and words[run[i + 1]].key not in TITLE_WORDS]
    return heads[-1] + 1 if heads else 0


# ---------------------------------------------------------------------------------------------
# Linking mentions to canonical actors


_LOWER_HYPHEN_TAIL = re.compile(r"-[a-z]+\b(?!-)")


@dataclass
class _Linker:
    """Builds one article's actors and mentions (mutable while building; the result is frozen)."""

    doc: Document
    words: tuple[_Word, ...]
    registry: Registry
    date: str | None
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    text_titles: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    written_titles: dict[int, list[str]] = field(default_factory=dict)
    taken: set[int] = field(default_factory=set)

    def add(self, actor: Actor, first: int, last: int, kind: str) -> None:
        """Record a mention spanning words[first..last] of `actor`."""
        self.actors.setdefault(actor.id, actor)
        start, end = self.words[first].start, self.words[last].end
        self.mentions.append(Mention(actor.id, start, end, self.doc.text[start:end], kind, self.words[first].sentence))
        self.taken.update(range(first, last + 1))

    @cached_property
    def quoted(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the article's quoted spans (content offsets), in order."""
        spans = find_spans(self.doc)
        return [span.start for span in spans], [span.end for span in spans]

    def in_quote(self, offset: int) -> bool:
        """True when `offset` stands inside a quoted span."""
        starts, ends = self.quoted
        at = bisect.bisect_right(starts, offset) - 1
        return at >= 0 and offset < ends[at]

    def surface(self, first: int, last: int) -> str:
        """A name as the text writes it, words[first..last] ('Charles E. Grassley', 'Ortega-Baines', 'Kessler Jr.', 'Chips Inc.')."""
        end = self.words[last].end
        if self.doc.text.startswith(".", end) and (self.words[last].key in NAME_AND_COMPANY_SUFFIXES):
            end += 1
        return self.doc.text[self.words[first].start:end]

    def person_by_surname(self, surname: str, before: int | None = None, gender: str | None = None) -> Actor | None:
        """A person of this article with `surname` (of a matching gender, the one named last before offset `before`), else the registry's only person with it."""
        local = [a for a in self.actors.values() if a.type == "person" and surname_key(a.name) == surname]
        if gender is not None:
            local = [a for a in local if a.gender in (None, gender)] or local
        if len(local) > 1 and before is not None:
            latest = _latest(self.mentions, [a.id for a in local], before)
            return self.actors[latest] if latest is not None else local[0]
        if local:
            return local[0]
        known = self.registry.by_surname.get(surname, ())
        return known[0] if len(known) == 1 else None

    def link_person(self, candidate: _Candidate) -> tuple[Actor, str]:
        """The canonical actor of a person candidate and the mention kind."""
        keys = tuple(normalise(word) for word in candidate.name)
        surname_only = len(keys) == 1 or hyphenated(self.doc.text, self.words, candidate.first, candidate.last)
        if surname_only:  # 'Mr Philp', 'Ms Newton-Smith'
            actor = self.person_by_surname(" ".join(keys), self.words[candidate.first].start, HONORIFICS.get(candidate.honorific or ""))
            if actor is None and candidate.honorific in FIRST_NAME_HONORIFICS:
                actor = next((a for a in self.actors.values() if a.type == "person" and keys_of(a.name)[:1] == keys), None)
            if actor is None and candidate.honorific is not None:
                actor = self.earlier_full_name(keys, candidate.first, HONORIFICS.get(candidate.honorific))
            if actor is not None and actor.gender is None and HONORIFICS.get(candidate.honorific or ""):
                actor = replace(actor, gender=HONORIFICS[candidate.honorific])  # 'Alex Carter ... Mr Carter': the honorific tells
                self.actors[actor.id] = actor
            if actor is not None:
                return actor, "surname"
        full = next((a for a in self.actors.values() if a.type == "person" and keys_of(a.name) == keys), None)
        if full is not None:
            return full, "name"
        longer = [a for a in self.actors.values() if a.type == "person" and keys_of(a.name)[-len(keys):] == keys and len(keys_of(a.name)) > len(keys)]
        if len(longer) == 1 and keys[0] not in first_names():
            return longer[0], "surname"  # 'Torres Small said' after 'Xochitl Torres Small': her two-word surname, not a new person
        gender = HONORIFICS.get(candidate.honorific or "") or (first_names().get(keys[0]) if len(keys) > 1 else None)
        name = re.sub(r"['’]s$", "", self.surface(candidate.first, candidate.last))  # 'Judge Alicia Navarro’s nomination': not her name
        tail = _LOWER_HYPHEN_TAIL.match(self.doc.text, self.words[candidate.last].end)
        name += tail.group() if tail and not name.endswith(("'s", "’s")) else ""  # 'Son Heung-min': the name goes on after its hyphen
        if any(_shouted(word) for word in candidate.name):
            name = " ".join(word.title() if _shouted(word) else word for word in name.split())  # 'THOMAS TUCHEL' -> 'Thomas Tuchel'
        if candidate.honorific in PEERAGES and " " not in self.surface(candidate.first, candidate.last):
            name = self.surface(candidate.first - 1, candidate.last)  # 'Lord Reed', 'Baroness Grey-Thompson' is the name
        return Actor(f"person:{slug(name)}", name, "person", None, gender, known=False), "surname" if surname_only else "name"

    def earlier_full_name(self, surname: tuple[str, ...], before: int, gender: str | None) -> Actor | None:
        """For 'Mr Wadephul' or 'Ms Newton-Smith' with nobody of that surname yet: the latest earlier 'First Surname' written
        in the article, a person even when the first-names list lacks the first name ('Johann Wadephul', 'Rain Newton-Smith').
        The honorific vouches for the person; titles, honorifics and function words before the surname are no first name."""
        words, n = self.words, len(surname)
        for at in range(before - n, 0, -1):
            span = range(at, at + n)
            if tuple(words[i].key for i in span) != surname or not words[at].cap or any(i in self.taken for i in span):
                continue
            if n > 1 and not hyphenated(self.doc.text, words, at, at + n - 1):
                continue
            first = words[at - 1]
            if at - 1 in self.taken or not first.cap or first.sentence != words[at].sentence or self.doc.text[first.end:words[at].start] != " " \
                    or len(first.text) < 2 or first.text.isupper() or first.text.endswith(("'s", "’s")) \
                    or first.key in NOT_FIRST_NAMES:
                return None
            name = self.surface(at - 1, at + n - 1)
            actor = Actor(f"person:{slug(name)}", name, "person", None, gender or first_names().get(first.key), known=False)
            self.add(actor, at - 1, at + n - 1, "name")
            return actor
        return None

    def remember_title(self, title: tuple[int, int] | None) -> None:
        """Remember the title the text writes before the person just mentioned."""
        if title is not None:
            keys = tuple(word.key for word in self.words[title[0]:title[1] + 1])
            self.text_titles.setdefault(keys, []).append(self.mentions[-1].actor_id)
            self.written_titles.setdefault(self.mentions[-1].start, []).append(self.surface(*title))


def _with_side_from_title(linker: _Linker, actor: Actor, title: tuple[int, int] | None) -> Actor:
    """A person the registry gives no side takes the side of the organisation their title names.

    'Refugee Council chief executive X', 'Fed Chair X', 'Acme Widgets spokesperson X': the organisation mention just
    before (or inside) the title; 'Conservative shadow home secretary X', 'Republican Senator X': a capitalised title word
    that is the first word of a registry organisation's name or alias ('Conservative Party', 'Republican Party').
    """
    if title is None or actor.side is not None:
        return actor
    words = linker.words
    first = title[0] - 1 if title[0] > 0 and words[title[0] - 1].sentence == words[title[0]].sentence else title[0]
    for at in range(first, title[1] + 1):
        owner = next((m for m in linker.mentions if m.start <= words[at].start < m.end and m.kind != "pronoun"
                      and linker.actors[m.actor_id].type in ("organisation", "country", "group")), None)
        side = linker.actors[owner.actor_id].side if owner is not None else _party_side(linker.registry, words[at])
        if side is not None:
            updated = replace(actor, side=side)
            linker.actors[actor.id] = updated
            return updated
    return actor


_PARTY_TAG_AFTER = re.compile(r"\s*(?:\(|,\s*)(?P<letter>[A-Z])(?:-|\.,\s*)[A-Z][A-Za-z.]*")
"""A US party tag right after a name: '(R-Ky.)', ', D-Calif.,', '(R., Ohio)' (letter, then the state)."""


_APPOSED_DESCRIPTION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w’'\-]+\s+){0,3}?(?P<party>[A-Z][\w\-]*)\b")
"""A description set off after a name ('Sen. Susan Collins, the top Republican on ...', 'X, a Democrat from Ohio'), up to
its first capitalised word."""


def _add_party_tag_sides(linker: _Linker) -> None:
    """A person the registry gives no side takes the side of the party its tag names ('Sen. Rand Paul (R-Ky.)',
    'Rep. Adam Schiff, D-Calif.,'), through the registry organisation whose `party_tags` hold the letter; or of the party
    a description set off after the name names ('Sen. Susan Collins, the top Republican on the committee')."""
    registry, text = linker.registry, linker.doc.text
    for mention in list(linker.mentions):
        actor = linker.actors[mention.actor_id]
        if actor.type != "person" or actor.side is not None or mention.kind not in ("name", "alias"):
            continue
        tag = _PARTY_TAG_AFTER.match(text, mention.end)
        side = registry.party_tag_sides.get(tag.group("letter")) if tag else None
        described = _APPOSED_DESCRIPTION.match(text, mention.end) if side is None else None
        if described is not None:
            word = linker.words[_word_at(linker.words, described.start("party"))]
            side = _party_side(registry, word) if word.key in registry.party_words else None  # a party, not 'the UK director'
        if side is not None:
            linker.actors[actor.id] = replace(actor, side=side)


def _party_side(registry: Registry, word: _Word) -> str | None:
    """The side of the registry organisation a capitalised adjective names ('Conservative' for 'Conservative Party')."""
    if not word.cap:
        return None
    for form in registry.forms.get(word.key, ()):
        actor = registry.by_id[form.actor_id]
        if actor.type == "organisation" and len(form.keys) == 2 and form.keys[1] in ORG_HEADS and actor.side:
            return actor.side
    return None


def _is_party_word(registry: Registry, word: _Word) -> bool:
    """A capitalised word that names a registry party ('Republican' for 'Republican Party', 'Democrat' for 'Democratic Party')."""
    if not word.cap:
        return False
    return len(word.key) > 2 and any(party.startswith(word.key) for party in registry.party_words)


def _named_again(words: Sequence[_Word], name: Sequence[int]) -> bool:
    """True when the last word of `name` stands capitalised elsewhere without the first name, as a surname does ('Earle-Sears said').

    Keeps a party adjective from turning a phrase into a person ('Green Park Station', 'the Green New Deal' said twice).
    """
    first, last = words[name[0]], words[name[-1]]
    return any(word.key == last.key and word.cap and not (name[0] <= at <= name[-1]) and words[at - len(name) + 1].key != first.key
               for at, word in enumerate(words))


def _title_keys(actor: Actor, date: str | None = None) -> set[tuple[str, ...]]:
    """The registry titles an actor held at `date`, as keys."""
    return {keys_of(title.text) for title in actor.titles if title.holds(date)}


def _pick_antecedent(candidates: Sequence[Mention], want: str, actors: Mapping[str, Actor], sentence: int | None) -> Actor | None:
    """Earliest compatible mention in the pronoun's sentence, else in each earlier sentence within the window."""
    if sentence is None:
        return None
    for index in range(sentence, sentence - PRONOUN_WINDOW - 1, -1):
        for mention in sorted((m for m in candidates if m.sentence == index), key=lambda m: m.start):
            if _compatible(actors[mention.actor_id], want):
                return actors[mention.actor_id]
    return None


def _compatible(actor: Actor, want: str) -> bool:
    """True when a pronoun of class `want` (male/female/thing/plural) can refer to `actor`."""
    if want in GENDERS:
        return actor.type == "person" and actor.gender in (None, want)
    if want == "thing":
        return actor.type in ("organisation", "country", "document")
    return actor.type in ("group", "organisation")


def _sentence_of(doc: Document | None, offset: int) -> int | None:
    """Index of the sentence at `offset` (or the last sentence starting before it)."""
    if doc is None or not doc.sentences:
        return None
    return doc.sentence_index_before(offset)


def find_actors(doc: Document, registry: Registry | None = None, date: str | None = None,
                speech_verbs: Iterable[str] | None = None) -> ActorIndex:
    """Every actor of `doc` and its mentions: registry names and groups, people from the text, surnames, titles, he/she.

    `speech_verbs` (lower-case reporting-verb forms; the shipped reporting verbs when None) mark a name set off as a speaker.
    """
    verbs = reporting_verbs(None).forms if speech_verbs is None else frozenset(speech_verbs)
    registry = default_registry() if registry is None else registry
    linker = _Linker(doc, document_words(doc, headline_words(doc, verbs, registry)), registry, date)
    matches = registry_matches(doc, linker.words, registry)
    sides = {registry.by_id[form.actor_id].side or form.actor_id for _, _, form in matches if not form.generic}
    for first, last, form in matches:
        actor = registry.by_id[form.actor_id]
        if actor.type == "country" and (_place_before(linker.words, first) or _modifies_a_role(linker.words, last)):
            continue
        regional = _regional_government(doc, linker.words, first, form, linker.taken, registry)
        if regional is not None:
            linker.add(regional, first - 1, last, "organisation")
            continue
        if form.generic and (actor.side or actor.id) not in sides:
            continue  # 'the government' names the UK Government only beside another actor of its side
        linker.add(actor, first, last, form.kind)
        if form.kind in ("name", "alias"):
            linker.remember_title(_title_before(linker.words, first))
    candidates = text_candidates(doc, linker.words, linker.taken, registry, verbs)
    surname_only = {c.first for c in candidates if len(c.name) == 1 or hyphenated(doc.text, linker.words, c.first, c.last)}
    for candidate in sorted(candidates, key=lambda c: (c.type != "person" or c.first in surname_only, c.first)):
        if candidate.type == "organisation":
            name = linker.surface(candidate.first, candidate.last)
            actor = _shortened(linker, name) or Actor(f"org:{slug(name)}", name, "organisation", known=False)
            linker.add(actor, candidate.first, candidate.last, "organisation")
            continue
        actor, kind = linker.link_person(candidate)
        first = candidate.first - (1 if candidate.honorific else 0)
        linker.add(_with_side_from_title(linker, actor, candidate.title), first, candidate.last, kind)
        linker.remember_title(candidate.title)
    _add_party_tag_sides(linker)
    _add_shared_surnames(linker)
    _add_acronyms(linker)
    _add_unbracketed_acronyms(linker)
    introduced = _add_org_appositions(linker)
    _add_employers(linker)
    _add_spokespeople(linker)
    _add_ampersand_names(linker)
    _add_repeated_names(linker)
    _add_company_short_names(linker)
    _add_short_forms(linker)
    _add_surnames(linker)
    _add_titles(linker)
    _add_org_references(linker, introduced)
    _add_title_references(linker)
    _add_headline_titles(linker)
    _add_documents(linker)
    _add_pronouns(linker)
    mentions = tuple(sorted(linker.mentions, key=lambda m: (m.start, m.end)))
    order = list(dict.fromkeys(m.actor_id for m in mentions))
    titles = {start: tuple(written) for start, written in linker.written_titles.items()}
    return ActorIndex(tuple(linker.actors[i] for i in order), mentions, doc, registry, titles)



_SHARED_SURNAME = re.compile(r"\b([A-Z][a-z]+) (?:and|&) $")


def _add_shared_surnames(linker: _Linker) -> None:
    """'Tom and Evelyn Marchetti': a lone listed first name joined by 'and' to a full name is a person of that surname
    too (Tom Marchetti), unless it ends another name ('John Smith and Evelyn Marchetti')."""
    text, names = linker.doc.text, first_names()
    for mention in [m for m in linker.mentions if m.kind == "name" and linker.actors[m.actor_id].type == "person"]:
        actor = linker.actors[mention.actor_id]
        if len(actor.name.split()) != 2 or mention.text != actor.name:
            continue
        match = _SHARED_SURNAME.search(text, max(0, mention.start - 40), mention.start)
        at = _word_at(linker.words, match.start(1)) if match else None
        if match is None or match.group(1).lower() not in names or at in linker.taken or (at and linker.words[at - 1].cap
                                                                                        and linker.words[at - 1].sentence == linker.words[at].sentence):
            continue
        name = f"{match.group(1)} {actor.name.split()[-1]}"
        known = next((a for a in linker.actors.values() if a.type == "person" and a.name == name), None)
        linker.add(known or Actor(f"person:{slug(name)}", name, "person", None, names.get(match.group(1).lower()), known=False), at, at, "name")


DOCUMENT_NOUNS = VOCABULARY.words("document_nouns")
DOCUMENT_MODIFIERS = 3
"""Lower-case words allowed between a document's owner and its noun ("the Government's most recent assessment")."""


def _add_documents(linker: _Linker) -> None:
    """A document an actor issued ("the Government's most recent assessment of Iraq", "Meta's statement"): an actor of its own with its owner's side.

    A document can be a speaker ('the assessment noted'); its side is the side of whoever issued it. The owner's own
    mention is kept (sentiment toward the Government is still read there).
    """
    words, text = linker.words, linker.doc.text
    issued: dict[str, str] = {}  # document noun -> the actor that issued the latest one
    latest: tuple[str, int] | None = None  # the issuer of the latest document of any noun, and its sentence
    for at, word in enumerate(words):
        if word.key not in DOCUMENT_NOUNS or word.cap and not word.initial:
            continue
        issuer = _document_issuer(linker, at)
        recent = latest[0] if latest is not None and word.sentence - latest[1] <= 1 else None  # 'A survey by X found ... The report called'
        if issuer is not None:
            issued[word.key] = issuer
            latest = (issuer, word.sentence)
        elif (word.key in issued or recent) and at and words[at - 1].key == "the" and words[at - 1].sentence == word.sentence \
                and at not in linker.taken and (at + 1 >= len(words) or not words[at + 1].cap):
            linker.add(linker.actors[issued.get(word.key) or recent], at - 1, at, "organisation")  # 'The report said': its issuer
            continue
        back = at - 1
        while back >= 0 and at - back <= DOCUMENT_MODIFIERS and words[back].sentence == word.sentence and not words[back].cap:
            back -= 1
        if back < 0 or words[back].sentence != word.sentence or not words[back].text.translate(_APOSTROPHES).endswith("'s"):
            continue
        owner = next((m for m in linker.mentions if m.start <= words[back].start < m.end and m.kind != "pronoun"), None)
        if owner is None or linker.actors[owner.actor_id].type == "document":
            continue
        first = _word_at(words, owner.start)
        last = at
        if at + 2 < len(words) and words[at + 1].key == "of" and words[at + 2].cap and words[at + 2].sentence == word.sentence:
            last = _name_run(text, words, at + 2)[-1]
        name = text[words[first].start:words[last].end]
        actor = Actor(f"doc:{slug(name)}", name, "document", linker.actors[owner.actor_id].side, known=False)
        linker.add(actor, first, last, "document")


def _document_issuer(linker: _Linker, at: int) -> str | None:
    """The organisation that issued the document noun at words[at]: 'a report by the National Audit Office', 'a statement
    from the Pentagon', 'an NAO report'."""
    words = linker.words
    word = words[at]
    by = next((i for i in range(at + 1, min(at + 5, len(words))) if words[i].key in ISSUER_PREPOSITIONS and words[i].sentence == word.sentence), None)
    if by is not None and any(words[i].cap and words[i].key not in CALENDAR_WORDS for i in range(at + 1, by)):
        by = None  # 'a report released Tuesday by the NAO' keeps its issuer; 'a report on Acme by' does not skip a name
    target = by + 1 if by is not None and by + 1 < len(words) else None
    if target is not None and words[target].key == "the":
        target += 1
    candidates = [target] if target is not None and target < len(words) and words[target].sentence == word.sentence else []
    if at and words[at - 1].sentence == word.sentence and words[at - 1].cap:
        candidates.append(at - 1)
    for index in candidates:
        owner = next((m for m in linker.mentions if m.start <= words[index].start < m.end and m.kind != "pronoun"
                      and linker.actors[m.actor_id].type in ("organisation", "group")), None)
        if owner is not None:
            return owner.actor_id
    return None


def _place_before(words: Sequence[_Word], at: int) -> bool:
    """True when a country at words[at] is a place: after 'in', 'to', 'from', 'across' ... (a 'the' between allowed)."""
    back = at - 1
    if back >= 0 and words[back].key == "the" and words[back].sentence == words[at].sentence:
        back -= 1
    return back >= 0 and words[back].sentence == words[at].sentence and words[back].key in PLACE_PREPOSITIONS and not words[back].cap


def _modifies_a_role(words: Sequence[_Word], last: int) -> bool:
    """True when a country only qualifies the actor after it: 'Morocco coach', "Russia's defence ministry", "Albania's prime minister"."""
    following = words[last + 1] if last + 1 < len(words) else None
    if following is None or following.sentence != words[last].sentence:
        return False
    return following.key in QUALIFIED_HEADS


def _same_side_name(registry: Registry, key: str, actor: Actor) -> bool:
    """True when `key` alone names a registry actor on the same side as `actor` ('UK' for the UK Government)."""
    return any(len(f.keys) == 1 and registry.by_id[f.actor_id].side == actor.side for f in registry.forms.get(key, ()))


def _regional_government(doc: Document, words: Sequence[_Word], at: int, form: _Form, taken: set[int], registry: Registry) -> Actor | None:
    """'Scottish government', 'Texas government': a bare 'government' after another capitalised name is that government, not the UK's."""
    if form.keys != ("government",) or at == 0 or (at - 1) in taken:
        return None
    previous = words[at - 1]
    if previous.sentence != words[at].sentence or not previous.cap or previous.key in ANY_DETERMINERS:
        return None
    if _same_side_name(registry, previous.key, registry.by_id[form.actor_id]):
        return None  # 'UK government': the country's own government
    if _NAME_GAP.fullmatch(doc.text, previous.end, words[at].start) is None:
        return None
    name = f"{previous.text} Government"
    return Actor(f"org:{slug(name)}", name, "organisation", known=False)


_SPOKESPERSON_BODY_NOUNS = GENERIC_ORG_NOUNS | VOCABULARY.words("public_body_words")
"""Generic body nouns before a spokesperson noun that leave it bare ('a party spokesman', 'a council spokesperson')."""


def _principal_just_named(linker: _Linker, at: int) -> Mention | None:
    """'The Care Quality Commission said it had referred concerns. A spokesman said: ...': a bare spokesperson ('a
    spokesman', 'a party spokesman', 'the council's spokeswoman' are not bare) speaks for the organisation the sentence
    before, or this one before it, names last; None when a capitalised word or a name stands before the noun."""
    words = linker.words
    before = at - 1
    if before >= 0 and words[before].sentence == words[at].sentence and words[before].key in _SPOKESPERSON_BODY_NOUNS:
        before -= 1  # 'a party spokesman', 'a council spokesperson'
    if before < 0 or words[before].sentence != words[at].sentence or words[before].key not in DETERMINERS:
        return None
    sentence = words[at].sentence
    earlier = [m for m in linker.mentions if m.kind != "pronoun" and m.end <= words[before].start and sentence - m.sentence <= 1
               and linker.actors[m.actor_id].type == "organisation" and not linker.in_quote(m.start)]
    return max(earlier, key=lambda m: m.start) if earlier else None


def _unknown_principal_before(linker: _Linker, at: int) -> Mention | None:
    """'A Meta spokesperson', 'a Pentagon spokesman': capitalised words right before a spokesperson noun that the index
    does not know name an organisation (a new one, added to the linker's actors); not a known first name ('a Trump aide'
    is read as a person only when the index has them), not an honorific, title or common capitalised word."""
    words, text = linker.words, linker.doc.text
    first = at
    while first > 0 and words[first - 1].cap and words[first - 1].sentence == words[at].sentence \
            and text[words[first - 1].end:words[first].start] == " " and (first - 1) not in linker.taken \
            and words[first - 1].key not in COMMON_CAPITALISED and words[first - 1].key not in HONORIFICS \
            and words[first - 1].key not in TITLE_WORDS:
        first -= 1
    if first == at or any(m.start < words[at - 1].end and words[first].start < m.end for m in linker.mentions):
        return None
    name = text[words[first].start:words[at - 1].end]
    person = linker.person_by_surname(words[first].key, before=words[first].start) if first == at - 1 else None
    if person is not None:  # 'a Trump spokesman' after 'Donald Trump': the person speaks through them
        return Mention(person.id, words[first].start, words[at - 1].end, name, "surname", words[at].sentence)
    if words[first].key in first_names():
        return None
    actor = linker.actors.setdefault(f"org:{slug(name)}", Actor(f"org:{slug(name)}", name, "organisation", known=False))
    return Mention(actor.id, words[first].start, words[at - 1].end, name, "organisation", words[at].sentence)


def _org_before(linker: _Linker, at: int) -> Mention | None:
    """The organisation, country or possessive person mention ending just before words[at] ('Home Office' spokesperson)."""
    word = linker.words[at]
    for mention in linker.mentions:
        if mention.kind == "pronoun" or mention.end > word.start or linker.doc.text[mention.end:word.start].strip():
            continue
        actor = linker.actors[mention.actor_id]
        possessive = mention.text.translate(_APOSTROPHES).endswith("'s")
        if actor.type in ("organisation", "country") or (actor.type == "person" and possessive):
            return mention
    return None


def _name_run(text: str, words: Sequence[_Word], at: int) -> list[int]:
    """Capitalised words from words[at] in one sentence, one space apart, with 'of', 'and', 'for', 'the' inside ('Department of Health and Social Care')."""
    run = [at]
    while run[-1] + 1 < len(words):
        nxt = run[-1] + 1
        if words[nxt].sentence != words[at].sentence or _NAME_GAP.fullmatch(text, words[nxt - 1].end, words[nxt].start) is None:
            break
        if words[nxt].cap:
            run.append(nxt)
            continue
        if words[nxt].key in NAME_CONNECTORS and nxt + 1 < len(words) and words[nxt + 1].sentence == words[at].sentence:
            tail = nxt + 1 + (words[nxt + 1].key == "the")
            if tail < len(words) and words[tail].cap and words[tail].sentence == words[at].sentence:
                run.extend(range(nxt, tail + 1))
                continue
        break
    return run


def _word_at(words: Sequence[_Word], offset: int) -> int:
    """Index of the word starting at `offset` (words are in text order: binary search)."""
    position = bisect.bisect_left(words, offset, key=lambda word: word.start)
    if position < len(words) and words[position].start == offset:
        return position
    return next(i for i, w in enumerate(words) if w.start == offset)


def _add_spokespeople(linker: _Linker) -> None:
    """'A Home Office spokesperson', 'a spokesman for Labour', 'Mrs Badenoch's spokesman': a person speaking for X, not X.

    The mention of X inside is replaced by one mention of the actor 'spokesperson for X' (a person, X's side),
    so resolve() gives the quotes stage the spokesperson, and sentiment toward X is not read from them.
    """
    words = linker.words
    for at, word in enumerate(words):
        if word.key not in SPOKES:
            continue
        following = words[at + 1] if at + 1 < len(words) and words[at + 1].sentence == word.sentence else None
        org = _org_before(linker, at) or _unknown_principal_before(linker, at)
        first = last = None
        if org is not None and not (following is not None and following.cap):
            first, last = _word_at(words, org.start), at
        elif following is not None and following.key == "for":
            target = at + 2
            if target < len(words) and words[target].key == "the" and words[target].sentence == word.sentence:
                target += 1
            if target >= len(words) or words[target].sentence != word.sentence:
                continue
            org = next((m for m in linker.mentions if m.start == words[target].start and m.kind != "pronoun"
                        and linker.actors[m.actor_id].type in ("organisation", "country", "person")), None)
            if org is not None:
                first, last = at, _word_at(words, org.start) + len(keys_of(org.text)) - 1
            elif words[target].cap and target not in linker.taken:
                run = _name_run(linker.doc.text, words, target)
                name = linker.doc.text[words[run[0]].start:words[run[-1]].end]
                org = Mention(f"org:{slug(name)}", words[run[0]].start, words[run[-1]].end, name, "organisation", word.sentence)
                linker.actors.setdefault(org.actor_id, Actor(org.actor_id, name, "organisation", known=False))
                first, last = at, run[-1]
            else:
                continue
        if org is None and not (following is not None and following.cap):
            org = _principal_just_named(linker, at)
            if org is not None:
                first, last = at, at
        if org is None or first is None:
            continue
        if first > 0 and words[first - 1].key in DETERMINERS and words[first - 1].sentence == word.sentence:
            first -= 1
        speaks_for = linker.actors[org.actor_id]
        name = f"{SPOKESPERSON_FOR}{speaks_for.name}"
        actor = Actor(f"person:{slug(name)}", name, "person", speaks_for.side, SPOKES[word.key], known=False)
        start, end = words[first].start, words[last].end
        linker.mentions = [m for m in linker.mentions if not (start <= m.start and m.end <= end)]
        linker.add(actor, first, last, "title")


def _drop_inside(linker: _Linker, first: int, last: int, types: Iterable[str] = ("organisation", "country", "group")) -> None:
    """Remove the mentions (of actors of `types`) lying inside words[first..last]."""
    start, end = linker.words[first].start, linker.words[last].end
    linker.mentions = [m for m in linker.mentions if not (start <= m.start and m.end <= end and linker.actors[m.actor_id].type in types)]


def _organisation_spanning(linker: _Linker, first: int, last: int) -> Actor | None:
    """The organisation the index already found exactly at words[first..last], or None."""
    start, end = linker.words[first].start, linker.words[last].end
    return next((linker.actors[m.actor_id] for m in linker.mentions
                 if (m.start, m.end) == (start, end) and linker.actors[m.actor_id].type == "organisation"), None)


def _add_acronyms(linker: _Linker) -> None:
    """'the British Medical Association (BMA)': one organisation, and every later 'BMA' is it."""
    words, text = linker.words, linker.doc.text
    for at, word in enumerate(words):
        letters = word.text
        if not (letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 6) or at == 0:
            continue
        if text[:word.start].rstrip()[-1:] != "(" or text[word.end:].lstrip()[:1] != ")":
            continue
        first, initials = at, []
        while first > 0 and words[first - 1].sentence == word.sentence and len(initials) < len(letters):
            first -= 1
            if words[first].cap:
                initials.insert(0, words[first].text[0].upper())
            elif words[first].key not in NAME_CONNECTORS:
                break
        if "".join(initials) != letters or not words[first].cap:
            continue
        name = text[words[first].start:words[at - 1].end]
        actor = _organisation_spanning(linker, first, at - 1)
        if actor is None:
            actor = Actor(f"org:{slug(name)}", name, "organisation", known=False)
            _drop_inside(linker, first, at - 1)
            linker.add(actor, first, at - 1, "organisation")
        for other, same in enumerate(words):
            if same.text == letters and other >= first:
                linker.mentions = [m for m in linker.mentions if not (m.start <= same.start and same.end <= m.end and m.kind != "pronoun"
                                                                     and linker.actors[m.actor_id].type != "person")]
                linker.add(actor, other, other, "alias")


def _expansion_before(words: Sequence[_Word], at: int, letters: str) -> tuple[int, int] | None:
    """(first, last) of the latest capitalised phrase before words[at] whose initials spell `letters` ('Office for National
    Statistics' for 'ONS'), connectors allowed inside; in a mixed-case acronym the connectors' initials are its lower-case
    letters ('Bank of England' for 'BoE', 'Department for Education' for 'DfE'); not a title ('Chief Executive Officer')."""
    mixed = not letters.isupper()
    for first in range(at - 1, -1, -1):
        if not words[first].cap or (first and words[first - 1].cap and words[first - 1].key not in DETERMINERS
                                    and words[first - 1].sentence == words[first].sentence):
            continue
        initials, last = [], first
        for index in range(first, at):
            word = words[index]
            if word.sentence != words[first].sentence or len(initials) == len(letters):
                break
            if word.cap:
                initials.append(word.text[0].upper())
                last = index
            elif word.key not in NAME_CONNECTORS:
                break
            elif mixed:
                initials.append(word.text[0])
        following = words[last + 1] if last + 1 < len(words) else None
        complete = following is None or not following.cap or following.sentence != words[last].sentence
        if "".join(initials) == letters and complete and not any(words[i].key in TITLE_HEADS for i in range(first, last + 1)):
            return first, last
    return None


_CONNECTOR_INITIALS = frozenset(word[0] for word in NAME_CONNECTORS)
"""Lower-case letters a mixed-case acronym may hold: the initials of the connectors inside a name ('o' of 'of' in 'BoE')."""


def _add_unbracketed_acronyms(linker: _Linker) -> None:
    """'the Office for National Statistics said ... The ONS said': a later acronym of three or more letters spelling the
    initials of an earlier capitalised phrase is that organisation (with no '(ONS)' to introduce it)."""
    words, text = linker.words, linker.doc.text
    for at, word in enumerate(words):
        letters = word.text
        if not (letters.isalpha() and 3 <= len(letters) <= 6 and letters[0].isupper() and letters[-1].isupper()
                and sum(letter.isupper() for letter in letters) >= 2):
            continue  # 'ONS', and mixed-case acronyms: 'BoE', 'DfE'
        if not letters.isupper() and not all(letter.isupper() or letter in _CONNECTOR_INITIALS for letter in letters):
            continue
        if any(m.start <= word.start and word.end <= m.end for m in linker.mentions):
            continue
        span = _expansion_before(words, at, letters)
        if span is None:
            continue
        first, last = span
        name = text[words[first].start:words[last].end]
        actor = _organisation_spanning(linker, first, last)
        if actor is None:
            if any(words[first].start < m.end and m.start < words[last].end for m in linker.mentions):
                continue  # part of a phrase the index already reads otherwise (a person, a registry name)
            actor = Actor(f"org:{slug(name)}", name, "organisation", known=False)
            linker.add(actor, first, last, "organisation")
        linker.add(actor, at, at, "alias")


def _add_org_appositions(linker: _Linker) -> dict[str, set[str]]:
    """'the charity Care4Calais', 'state oil company Petrobras': the name after an organisation noun is an organisation.

    Returns actor id -> the nouns that introduced it, for later 'the charity' / 'the company'. A group word
    used as the noun ('charity') is then not the generic group.
    """
    words, text = linker.words, linker.doc.text
    introduced: dict[str, set[str]] = {}
    names = first_names()
    for at, word in enumerate(words[:-1]):
        following = words[at + 1]
        if word.key not in ORG_NOUNS or word.cap or following.sentence != word.sentence or not following.cap:
            continue
        if _NAME_GAP.fullmatch(text, word.end, following.start) is None:
            continue
        if following.key in HONORIFICS or following.key in TITLE_WORDS or following.key in NOT_NAMES or following.key in names:
            continue
        if any(a.type == "person" and surname_key(a.name) == following.key for a in linker.actors.values()):
            continue  # 'He told the court Mills was ashamed': the surname of a person named before, not a court called Mills
        existing = next((m for m in linker.mentions if m.start == following.start and m.kind != "pronoun"), None)
        if existing is not None:
            if linker.actors[existing.actor_id].type == "organisation":
                introduced.setdefault(existing.actor_id, set()).add(word.key)
            continue
        run = _name_run(text, words, at + 1)
        if any(i in linker.taken and not any(m.start <= words[i].start < m.end and linker.actors[m.actor_id].type in ("group", "country")
                                           for m in linker.mentions) for i in run):
            continue
        first = at - 1 if at and words[at - 1].key in DETERMINERS and words[at - 1].sentence == word.sentence else at
        name = text[words[run[0]].start:words[run[-1]].end]
        actor = linker.actors.get(f"org:{slug(name)}") or Actor(f"org:{slug(name)}", name, "organisation", known=False)
        _drop_inside(linker, first, run[-1])
        linker.add(actor, first, run[-1], "organisation")
        introduced.setdefault(actor.id, set()).add(word.key)
    return introduced


ROLE_HEADS = VOCABULARY.words("role_heads")
"""Roles held in an organisation: "Ofwat's chief executive", 'the founder of Octopus Energy' name the organisation."""


def _add_employers(linker: _Linker) -> None:
    """The organisation in "Ofwat's chief executive" and 'the founder of Octopus Energy' (when nothing else named it)."""
    words, text = linker.words, linker.doc.text

    def add_run(run: list[int]) -> None:
        if not run or any(i in linker.taken for i in run) or words[run[0]].key in first_names() or words[run[0]].key in HONORIFICS:
            return
        if any(words[i].key in NOT_NAMES for i in run):
            return
        name = text[words[run[0]].start:words[run[-1]].end]
        name = re.sub(r"['’]s$", "", name)
        actor = linker.actors.get(f"org:{slug(name)}") or Actor(f"org:{slug(name)}", name, "organisation", known=False)
        linker.add(actor, run[0], run[-1], "organisation")

    for at, word in enumerate(words):
        if word.key not in ROLE_HEADS:
            continue
        # possessive before the role: "Ofwat's chief executive", "Unison's general secretary"
        back = at - 1
        while back >= 0 and at - back <= 3 and words[back].sentence == word.sentence and words[back].key in TITLE_WORDS \
                and not words[back].cap:
            back -= 1
        if back >= 0 and back < at and words[back].sentence == word.sentence and words[back].cap \
                and words[back].text.translate(_APOSTROPHES).endswith("'s") and not words[back].initial:
            run = [back]
            while run[0] > 0 and words[run[0] - 1].cap and not words[run[0] - 1].initial and words[run[0] - 1].sentence == word.sentence \
                    and _NAME_GAP.fullmatch(text, words[run[0] - 1].end, words[run[0]].start) is not None:
                run.insert(0, run[0] - 1)
            add_run(run)
        # 'the founder of Octopus Energy', 'chief executive of Care4Calais'
        if word.key in ("secretary", "president") or at + 2 >= len(words) or words[at + 1].key != "of" or words[at + 1].sentence != word.sentence:
            continue
        target = at + 2 + (words[at + 2].key == "the")
        if target < len(words) and words[target].sentence == word.sentence and words[target].cap:
            add_run(_name_run(text, words, target))


_NOUN_FAMILIES = tuple(VOCABULARY.words(family) for family in ("business_nouns", "regulator_nouns", "charity_nouns"))
"""Nouns that may call back one organisation: 'the retailer' ... 'the company'."""


def _same_kind(noun: str, called: set[str]) -> bool:
    """True when an organisation the article called by `called` nouns may be 'the <noun>' (none yet: any)."""
    return not called or noun in called or any(noun in family and called & family for family in _NOUN_FAMILIES)


_NAME_SYNONYMS = VOCABULARY.values("organisation_name_synonyms")
_PUBLIC_BODY_KEYS = VOCABULARY.words("public_body_words")


def _org_fits(actor: Actor, noun: str, introduced: Mapping[str, set[str]]) -> bool:
    """True when 'the <noun>' can be `actor` on specific evidence: its introduction, its name, or ('party') its note."""
    keys = set(keys_of(actor.name)) | {k for alias in actor.aliases for k in keys_of(alias)}
    if noun in introduced.get(actor.id, ()) or noun in keys or any(_NAME_SYNONYMS.get(key) == noun for key in keys):
        return True
    return noun == "party" and bool(re.search(r"\bparty\b", actor.note or "", re.IGNORECASE))


def _add_org_references(linker: _Linker, introduced: dict[str, set[str]]) -> None:
    """'the company', 'the charity', 'the council': the latest organisation before it (within a few sentences) it can be.

    An organisation fits on specific evidence (introduced with that noun, the noun in its name: 'the council'
    after 'Epping Forest District Council', a party for 'the party'); otherwise a generic noun ('the company',
    'the group', 'the regulator') takes the latest organisation that is not a government body, court, council or party,
    nor already called by another noun ('the company' is not the organisation the article called 'the regulator').
    """
    words = linker.words
    for at, word in enumerate(words):
        if word.key not in ORG_NOUNS or word.cap and not word.initial:
            continue
        first = at - 1
        if first >= 0 and words[first].key not in DETERMINERS and not words[first].cap and first - 1 >= 0 and words[first - 1].key == "the":
            first -= 1  # one modifier: 'the software group'
        if first < 0 or words[first].key != "the" or words[first].sentence != word.sentence:
            continue
        following = words[at + 1] if at + 1 < len(words) and words[at + 1].sentence == word.sentence else None
        if following is not None and linker.doc.text[word.end:following.start].strip():
            following = None  # 'The company, Britain's biggest supplier,': punctuation ends the noun phrase
        if following is not None and (following.cap or following.key in ORG_NOUNS or following.key in ("of", "for")):
            continue
        span = range(first, at + 1)
        if any(i in linker.taken and not any(m.start <= words[i].start < m.end and linker.actors[m.actor_id].type == "group"
                                             for m in linker.mentions) for i in span):
            continue
        outside = not linker.in_quote(words[first].start)  # 'the group said' outside a quote never means a name inside one
        earlier = sorted((m for m in linker.mentions if m.end <= words[first].start and m.kind != "pronoun"
                          and linker.actors[m.actor_id].type == "organisation" and word.sentence - m.sentence <= BACKREF_WINDOW
                          and not (outside and linker.in_quote(m.start))),
                         key=lambda m: m.start, reverse=True)
        actor = next((linker.actors[m.actor_id] for m in earlier if _org_fits(linker.actors[m.actor_id], word.key, introduced)), None)
        if actor is None and word.key in GENERIC_ORG_NOUNS:
            actor = next((linker.actors[m.actor_id] for m in earlier
                          if not set(keys_of(linker.actors[m.actor_id].name)) & _PUBLIC_BODY_KEYS
                          and _same_kind(word.key, introduced.get(m.actor_id, set()))
                          and linker.actors[m.actor_id].side not in ("government", "opposition", "court", "council", "police", "devolved-government")), None)
        if actor is None:
            continue
        _drop_inside(linker, first, at, ("group",))
        linker.add(actor, first, at, "organisation")
        introduced.setdefault(actor.id, set()).add(word.key)


_HEAD_EQUIVALENTS = VOCABULARY.values("title_head_equivalents")
OTHER_ROLE_MODIFIERS = VOCABULARY.words("other_role_modifiers")
"""Title words that make another role ('shadow', 'former', 'deputy'): a bare reference never takes their holder."""
COPULAS = VOCABULARY.words("copulas")
ISSUER_PREPOSITIONS = VOCABULARY.words("issuer_prepositions")
"""Linking verbs: a title after 'was the' is said of the subject, not a reference to an earlier person."""


def _title_words(linker: _Linker, actor: Actor, registry: bool = True) -> set[str]:
    """Words of the titles a person holds in this article: learnt from the text, from the registry (unless `registry` is
    False), and written just before their name."""
    found = {k for title, ids in linker.text_titles.items() if actor.id in ids for k in title}
    found |= {k for title in _title_keys(actor, linker.date) for k in title} if registry else set()
    found |= {k for k in keys_of(actor.name) if k in TITLE_HEADS}
    for mention in linker.mentions:
        if mention.actor_id != actor.id or mention.kind not in ("name", "alias"):
            continue
        at = _word_at(linker.words, mention.start)
        for back in range(at - 1, max(at - 5, -1), -1):
            word = linker.words[back]
            if word.sentence != linker.words[at].sentence or not (word.cap or word.key in TITLE_WORDS):
                break
            found.add(word.key)
    return found


def _add_title_references(linker: _Linker) -> None:
    """'Wes Streeting, the Health Secretary,' and later 'the Health Secretary', 'the judge', 'the former minister'.

    A definite title after a comma that follows a person is that person (and the article's title for them);
    a definite title on its own is the latest person within a few sentences whose titles in this article share its head.
    """
    words, text = linker.words, linker.doc.text
    for at, word in enumerate(words):
        role = word.key not in TITLE_HEADS  # a person noun set off after a name is a title too ('..., the study's lead author')
        if (role and word.key not in PERSON_NOUNS) or (at in linker.taken and _person_at(linker, at)):
            continue
        following = words[at + 1] if at + 1 < len(words) and words[at + 1].sentence == word.sentence else None
        if following is not None and (following.cap or following.key in TITLE_HEADS):
            continue
        first = at
        while first > 0 and at - first < 4 and words[first - 1].sentence == word.sentence and words[first - 1].key != "the" \
                and (words[first - 1].key in TITLE_WORDS or words[first - 1].cap) and not _person_at(linker, first - 1) \
                and not words[first - 1].text.translate(_APOSTROPHES).endswith("'s"):
            first -= 1
        owned = first > 1 and words[first - 1].text.translate(_APOSTROPHES).endswith("'s") and words[first - 2].key == "the" \
            and not words[first - 1].cap and text[:words[first - 2].start].rstrip().endswith(",")  # ', the study's lead author'
        first -= owned
        if first == 0 or words[first - 1].key != "the" or words[first - 1].sentence != word.sentence:
            continue
        first -= 1
        if first > 0 and words[first - 1].key in COPULAS and words[first - 1].sentence == word.sentence:
            continue  # 'Robert Jenrick was the minister responsible': a predicate, not a reference
        if any(_person_at(linker, i) for i in range(first, at + 1)):
            continue
        gap = text[:words[first].start].rstrip()
        actor = None
        if role and not gap.endswith(","):
            continue
        if gap.endswith(","):
            before = [m for m in linker.mentions if m.end <= len(gap) and not text[m.end:len(gap) - 1].strip() and m.kind != "pronoun"]
            if not before or linker.actors[before[-1].actor_id].type != "person":  # 'Prof Melody Ding of the University of Sydney, the ...'
                before = [m for m in linker.mentions if m.kind != "pronoun" and linker.actors[m.actor_id].type == "person"
                          and m.end < len(gap) and _PERSON_OF.fullmatch(text, m.end, len(gap) - 1)] or before
            ends = following is not None or text.startswith(".", words[at].end)
            if before and linker.actors[before[-1].actor_id].type == "person" and ends and (following is None or following.key != "of"):
                actor = linker.actors[before[-1].actor_id]
                linker.text_titles.setdefault(tuple(w.key for w in words[first + 1:at + 1]), []).append(actor.id)
                linker.written_titles.setdefault(before[-1].start, []).append(linker.surface(first + 1, at))
        if actor is None and not role and (following is None or following.key != "of"):
            heads = {word.key} | {other for other, head in _HEAD_EQUIVALENTS.items() if head == word.key}
            earlier = sorted((m for m in linker.mentions if m.end <= words[first].start and m.kind != "pronoun"
                              and linker.actors[m.actor_id].type == "person" and word.sentence - m.sentence <= BACKREF_WINDOW),
                             key=lambda m: m.start, reverse=True)
            described = {w.key for w in words[first + 1:at]}
            for required, registry in ((described, True), ({key for key in described if key in TITLE_HEADS | TITLE_MODIFIERS}, False)):
                # every word of 'the Tory leader' held; else the title's own words of a title the article wrote: 'the
                # Republican governor' is 'Texas Gov. Greg Abbott'
                actor = next((linker.actors[m.actor_id] for m in earlier
                              if (held := _title_words(linker, linker.actors[m.actor_id], registry)) & heads and required <= held
                              and held & OTHER_ROLE_MODIFIERS <= required), None)  # 'the chancellor' is not the shadow chancellor
                if actor is not None:
                    break
            if actor is None:
                actor = _untitled_person_nearby(linker, earlier, word.sentence)
        if actor is None:
            continue
        _drop_inside(linker, first, at)
        linker.add(actor, first, at, "title")


_PERSON_OF = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w’'\-.]*|of|for|and)(?:\s(?:[A-Z][\w’'\-.]*|of|for|and)){0,7}")
"""The organisation a person belongs to, written after their name ('Prof Melody Ding of the University of Sydney')."""


def _add_headline_titles(linker: _Linker) -> None:
    """'Oil-funded senator calls ...', 'Border sheriff: ...': a bare title in the headline (first paragraph) is the
    first person the body names with a title of that head ('Sen. Garrett Holloway', 'Kinney County Sheriff Brad Coe')."""
    words = linker.words
    sentences = linker.doc.sentences
    for at, word in enumerate(words):
        if sentences[word.sentence].paragraph != 0:
            break
        following = words[at + 1] if at + 1 < len(words) and words[at + 1].sentence == word.sentence else None
        if word.key not in TITLE_HEADS or at in linker.taken or (following is not None and following.cap):
            continue
        after = next((w for w in words[at + 1:] if w.sentence != word.sentence or w.key not in TITLE_WORDS), None)
        if after is not None and after.sentence == word.sentence and after.cap:
            continue  # 'Unite general secretary Sharon Graham': a title run before a name is that name's title
        heads = {word.key} | {other for other, head in _HEAD_EQUIVALENTS.items() if head == word.key}
        later = sorted((m for m in linker.mentions if m.start > word.end and m.kind in ("name", "alias")
                        and linker.actors[m.actor_id].type == "person"), key=lambda m: m.start)
        modifiers = {w.key for w in words[max(0, at - 3):at] if w.sentence == word.sentence} & OTHER_ROLE_MODIFIERS  # 'Former Tory minister'
        actor = next((linker.actors[m.actor_id] for m in later if (titled := _title_words(linker, linker.actors[m.actor_id])) & heads
                      and titled & OTHER_ROLE_MODIFIERS <= modifiers), None)  # 'says Chancellor' is not the shadow chancellor
        if actor is not None:
            linker.add(actor, at, at, "title")


def _untitled_person_nearby(linker: _Linker, earlier: Sequence[Mention], sentence: int) -> Actor | None:
    """'Sir Ed Davey uses his questions. "...," the Lib Dem leader says.': with no titled holder, the person named
    in this sentence or the one before, in the same paragraph, when the article gives them no title at all."""
    paragraph = linker.doc.sentences[sentence].paragraph
    for mention in earlier:
        if sentence - mention.sentence > 1 or linker.doc.sentences[mention.sentence].paragraph != paragraph:
            return None
        actor = linker.actors[mention.actor_id]
        if mention.kind in ("name", "alias", "surname"):
            return None if _title_words(linker, actor) else actor
    return None


def _person_at(linker: _Linker, at: int) -> bool:
    """True when words[at] is inside a person mention."""
    word = linker.words[at]
    return any(m.start <= word.start < m.end and linker.actors[m.actor_id].type == "person" for m in linker.mentions)


def _add_repeated_names(linker: _Linker) -> None:
    """An organisation the text introduced ('a spokesperson for Thames Water') is mentioned wherever its full name recurs."""
    for actor in [a for a in linker.actors.values() if a.type == "organisation" and not a.known]:
        keys = keys_of(actor.name)
        for at in range(len(linker.words) - len(keys) + 1):
            if not linker.words[at].cap or linker.words[at].key != keys[0]:
                continue  # the cheap test first: most words do not start the name
            span = range(at, at + len(keys))
            if not any(i in linker.taken for i in span) and tuple(linker.words[i].key for i in span) == keys \
                    and len({linker.words[i].sentence for i in span}) == 1:
                linker.add(actor, at, at + len(keys) - 1, "organisation")


def _add_ampersand_names(linker: _Linker) -> None:
    """'Cascadia Power & Light', 'Procter & Gamble': capitalised words joined by '&' name one organisation (people are
    joined by 'and')."""
    words, text = linker.words, linker.doc.text
    for at, word in enumerate(words[:-1]):
        following = words[at + 1]
        if not (word.cap and following.cap) or following.sentence != word.sentence or text[word.end:following.start] != " & ":
            continue
        first, last = at, at + 1
        while first > 0 and words[first - 1].cap and words[first - 1].sentence == word.sentence \
                and text[words[first - 1].end:words[first].start] == " " and words[first - 1].key not in SENTENCE_OPENERS:
            first -= 1
        while last + 1 < len(words) and words[last + 1].cap and words[last + 1].sentence == word.sentence \
                and text[words[last].end:words[last + 1].start] == " ":
            last += 1
        if any(i in linker.taken for i in range(first, last + 1)):
            continue
        name = linker.surface(first, last)
        actor = linker.actors.get(f"org:{slug(name)}") or Actor(f"org:{slug(name)}", name, "organisation", known=False)
        linker.add(actor, first, last, "organisation")


SHORT_FORM_BREAKS = VOCABULARY.words("short_form_breaks")
"""Words after which an organisation's name may be cut in a later mention: 'the Royal College' for 'the Royal College of
Nursing', 'Cascadia Power' for 'Cascadia Power & Light'."""


def _short_form(name: str) -> tuple[str, ...] | None:
    """The keys of an organisation's name cut before its first 'of', 'for', '&' or 'and', when two or more capitalised words
    come before it ('Royal College' of 'Royal College of Nursing'), else None."""
    parts = name.split()
    cut = next((i for i, part in enumerate(parts) if part.lower() in SHORT_FORM_BREAKS), None)
    if cut is None or cut < 2 or not all(part[:1].isupper() for part in parts[:cut]):
        return None
    prefix = keys_of(" ".join(parts[:cut]))
    return prefix if len(prefix) == cut else None


def _shortened(linker: _Linker, name: str) -> Actor | None:
    """The one organisation named so far whose name cut short is `name` ('Pacific Institute' after 'the Pacific Institute
    for Water Policy'), else None."""
    keys = keys_of(name)
    owners = {a.id: a for a in linker.actors.values() if a.type == "organisation" and _short_form(a.name) == keys}
    return next(iter(owners.values())) if len(owners) == 1 else None


def _add_short_forms(linker: _Linker) -> None:
    """A later mention by the first two or more words of an organisation's name, cut before 'of', 'for', '&' or 'and'
    ('the Royal College said' after 'the Royal College of Nursing') is that organisation, when no other organisation of the
    article begins so and the words do not go on as another name ('the Royal College of Surgeons')."""
    words = linker.words
    prefixes: dict[tuple[str, ...], list[tuple[str, int]]] = {}
    for mention in linker.mentions:
        actor = linker.actors[mention.actor_id]
        if actor.type != "organisation" or mention.kind == "pronoun":
            continue
        prefix = _short_form(actor.name)
        if prefix is not None:
            prefixes.setdefault(prefix, []).append((actor.id, mention.start))
    for prefix, owners in prefixes.items():
        if len({actor_id for actor_id, _ in owners}) != 1:
            continue
        actor_id, first_seen = owners[0][0], min(start for _, start in owners)
        for at in range(len(words) - len(prefix) + 1):
            if words[at].key != prefix[0]:
                continue  # the prefix's first word, tested before the span's sets are built (most words fail here)
            span = range(at, at + len(prefix))
            last = at + len(prefix) - 1
            if words[at].start <= first_seen or any(i in linker.taken for i in span) or len({words[i].sentence for i in span}) > 1:
                continue
            if tuple(words[i].key for i in span) != prefix or not all(words[i].cap for i in span):
                continue
            after = words[last + 1] if last + 1 < len(words) and words[last + 1].sentence == words[last].sentence else None
            joined = after is not None and linker.doc.text[words[last].end:after.start].strip() in ("", "&")
            if joined and (after.cap or linker.doc.text[words[last].end:after.start].strip() == "&"
                           or (after.key in SHORT_FORM_BREAKS and last + 2 < len(words) and words[last + 2].cap)):
                continue
            linker.add(linker.actors[actor_id], at, last, "organisation")


def _add_company_short_names(linker: _Linker) -> None:
    """A company named with a form suffix ('Cerulean Chips Inc.') is mentioned by its first word alone later ('Cerulean said')."""
    for actor in [a for a in linker.actors.values() if a.type == "organisation" and not a.known]:
        keys = keys_of(actor.name)
        if len(keys) < 2 or keys[-1] not in ABBREVIATED_SUFFIXES or keys[0] in NOT_COMPANY_NAMES:
            continue
        for at, word in enumerate(linker.words):
            following = linker.words[at + 1] if at + 1 < len(linker.words) else None
            if at in linker.taken or not word.cap or word.key != keys[0] or (following is not None and following.cap
                                                                            and following.sentence == word.sentence):
                continue
            linker.add(actor, at, at, "organisation")


def _add_surnames(linker: _Linker) -> None:
    """Bare surnames ('Cooper said') of people already named in full in the article."""
    people: dict[str, list[str]] = {}
    for actor in linker.actors.values():
        keys = keys_of(actor.name)
        if actor.type == "person" and len(keys) > 1 and actor.name[:1].isupper():
            people.setdefault(surname_key(actor.name), []).append(actor.id)
    nicknames: dict[str, list[str]] = {}
    for actor in linker.actors.values():
        keys = [k for k in keys_of(" ".join(actor.name.split()[:-1])) if k not in NAME_PARTICLES] + [surname_key(actor.name)]
        if actor.type == "person" and not actor.known and len(keys) >= 3 and all(w[:1].isupper() for w in actor.name.split() if w.lower() not in NAME_PARTICLES):
            for key in keys[1:-1]:
                if len(key) > 2 and key not in people:
                    nicknames.setdefault(key, []).append(actor.id)
    used = {word.key for at, word in enumerate(linker.words) if at not in linker.taken and word.cap}
    nicknamed = {ids[0] for key, ids in nicknames.items() if len(ids) == 1 and key in used}
    for surname, ids in people.items():
        if len(ids) > 1 and 0 < len(set(ids) - nicknamed) < len(ids):
            people[surname] = [i for i in ids if i not in nicknamed]
    first_keys = {keys_of(linker.actors[i].name)[0] for ids in people.values() for i in ids}
    starts: dict[str, list[int]] = {}
    for at, word in enumerate(linker.words):
        if word.key in first_keys:  # the positions of the people's first keys, the only ones looked up below
            starts.setdefault(word.key, []).append(at)
    for actor_id in list(dict.fromkeys(i for ids in people.values() for i in ids)):
        keys = keys_of(linker.actors[actor_id].name)
        for at in starts.get(keys[0], ()):  # people have two or more keys; only their first key's positions can match
            if at > len(linker.words) - len(keys):
                break
            span = range(at, at + len(keys))
            if linker.words[at].cap and not any(i in linker.taken for i in span) and tuple(linker.words[i].key for i in span) == keys \
                    and len({linker.words[i].sentence for i in span}) == 1:
                linker.add(linker.actors[actor_id], at, at + len(keys) - 1, "name")
    for at, word in enumerate(linker.words):
        if at in linker.taken or not word.cap:
            continue
        pair = at + 1 < len(linker.words) and at + 1 not in linker.taken and hyphenated(linker.doc.text, linker.words, at, at + 1)
        joined = f"{word.key} {linker.words[at + 1].key}" if pair else ""
        if (joined in people or word.key in people) and _unlisted_first_name(linker, at):
            last = at + 1 if joined in people else at
            name = linker.surface(at - 1, last)
            known = next((a for a in linker.actors.values() if a.type == "person" and a.name == name), None)
            linker.add(known or Actor(f"person:{slug(name)}", name, "person", None, None, known=False), at - 1, last, "name")
        elif joined in people:  # 'Newton-Smith said': the hyphenated surname whole
            linker.add(linker.actors[_latest(linker.mentions, people[joined], word.start)], at, at + 1, "surname")
        elif word.key in people:
            linker.add(linker.actors[_latest(linker.mentions, people[word.key], word.start)], at, at, "surname")
        elif len(nicknames.get(word.key, ())) == 1:
            linker.add(linker.actors[nicknames[word.key][0]], at, at, "alias")


def _unlisted_first_name(linker: _Linker, at: int) -> bool:
    """True when the capitalised word just before a known surname is a first name the list lacks: another person of the
    family ('his uncle, Femi Olatunji,' after 'Dami Olatunji'; 'his widow, Nasreen Miah,' after 'Mr Miah'), not a title,
    honorific, function word, party or place word, or a possessive ('Labour's Reeves')."""
    if at == 0 or at - 1 in linker.taken:
        return False
    first, word = linker.words[at - 1], linker.words[at]
    return first.cap and first.sentence == word.sentence and linker.doc.text[first.end:word.start] == " " and len(first.text) > 1 \
        and not first.text.isupper() and not first.text.endswith(("'s", "’s")) and not _is_party_word(linker.registry, first) \
        and first.key not in NOT_FIRST_NAMES


def _add_titles(linker: _Linker) -> None:
    """Standalone titles ('the Home Secretary'): the article's own title for a person first, then the registry's."""
    words = linker.words
    holders: dict[tuple[str, ...], list[str]] = {}
    for actor in (a for a in linker.actors.values() if a.type == "person"):
        for title in _title_keys(actor, linker.date):
            holders.setdefault(title, []).append(actor.id)
    registry_titles = {title: ids[0] for title, ids in holders.items() if len(ids) == 1 and title not in linker.text_titles}
    titles_by_first: dict[str, list[tuple[str, ...]]] = {}
    for title in sorted({*registry_titles, *linker.text_titles}, key=len, reverse=True):
        titles_by_first.setdefault(title[0], []).append(title)
    for at, word in enumerate(words):
        for title in titles_by_first.get(word.key, ()):
            last = at + len(title) - 1
            if last >= len(words) or words[last].sentence != word.sentence or any(i in linker.taken for i in range(at, last + 1)):
                continue
            if tuple(w.key for w in words[at:last + 1]) != title or not _title_reference(words, at, last, title):
                continue
            actor_id = _latest(linker.mentions, linker.text_titles.get(title, ()), word.start) or registry_titles[title]
            linker.add(linker.actors[actor_id], at, last, "title")
            break


def _latest(mentions: Sequence[Mention], actor_ids: Sequence[str], before: int) -> str | None:
    """Of `actor_ids`, the one mentioned most recently before offset `before` (else the first given)."""
    if len(actor_ids) == 1:  # the only candidate either way: no scan of the mentions
        return actor_ids[0]
    earlier = [m for m in mentions if m.actor_id in actor_ids and m.end <= before]
    return max(earlier, key=lambda m: m.start).actor_id if earlier else (actor_ids[0] if actor_ids else None)


def _title_reference(words: Sequence[_Word], at: int, last: int, title: tuple[str, ...]) -> bool:
    """True for a title used as a reference, not before a name: after 'the' or a possessive, or capitalised."""
    following = words[last + 1] if last + 1 < len(words) else None
    if following is not None and following.sentence == words[at].sentence and following.cap:
        return False
    previous = words[at - 1] if at and words[at - 1].sentence == words[at].sentence else None
    definite = previous is not None and (previous.key == "the" or previous.text.translate(_APOSTROPHES).endswith("'s"))
    return definite or (words[at].cap and len(title) > 1)


def _add_pronouns(linker: _Linker) -> None:
    """he/him/his and she/her/hers, linked to the nearest compatible person (gender from registry, honorific, first name)."""
    actors = linker.actors
    by_sentence: dict[int, list[Mention]] = {}
    for mention in linker.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for at, word in enumerate(linker.words):
        if word.key not in INDEXED_PRONOUNS or at in linker.taken:
            continue
        before = [m for index in range(word.sentence - PRONOUN_WINDOW, word.sentence + 1)
                  for m in by_sentence.get(index, ()) if m.end <= word.start]
        actor = _pick_antecedent(before, PRONOUNS[word.key], actors, word.sentence)
        if actor is not None:
            linker.add(actor, at, at, "pronoun")
            by_sentence.setdefault(word.sentence, []).append(linker.mentions[-1])


def link_speakers(index: ActorIndex, quotes: Sequence[QuoteLike]) -> ActorIndex:
    """The index with each quote's speaking pronoun ('“...,” she said') linked to the quote's speaker.

    Who a speaking pronoun is, the quote stage decides (its discourse reading of subjects and speakers is what the speaker
    figures measure); the index records that answer, adding the mention where its own nearest-person pass read none, so
    the mention table, the actor counts and the voice of each sentence agree with the quotes on who spoke. Other pronouns
    keep the index's link; a speaker the index does not know changes nothing.
    """
    if index.document is None:
        return index
    text = index.document.text
    answers: dict[tuple[int, int], str] = {}
    for quote in quotes:
        start, end = getattr(quote, "speaker_start", None), getattr(quote, "speaker_end", None)
        if start is None or end is None or quote.speaker_id is None or index.actor(quote.speaker_id) is None:
            continue
        if normalise(text[start:end]) in INDEXED_PRONOUNS:
            answers[(start, end)] = quote.speaker_id
    if not answers:
        return index
    mentions = []
    for mention in index.mentions:
        actor_id = answers.pop((mention.start, mention.end), None) if mention.kind == "pronoun" else None
        mentions.append(replace(mention, actor_id=actor_id) if actor_id is not None and actor_id != mention.actor_id else mention)
    for (start, end), actor_id in answers.items():  # speaking pronouns the index had not linked
        if not any(m.start < end and start < m.end for m in index.mentions_between(start, end)):
            mentions.append(Mention(actor_id, start, end, text[start:end], "pronoun", _sentence_of(index.document, start) or 0))
    return replace(index, mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))))


# ---------------------------------------------------------------------------------------------
# Sentiment toward actors, by voice


def _speaker_id(quote: QuoteLike, index: ActorIndex) -> str | None:
    """The quote's speaker id, else the actor its speaker's name resolves to in this article."""
    if quote.speaker_id or not quote.speaker:
        return quote.speaker_id
    actor = index.resolve(quote.speaker, -1, -1)
    return actor.id if actor is not None else None


def _voice(mention: Mention, quotes: Sequence[QuoteLike], partials: Sequence[QuoteLike], mentions: Sequence[Mention],
           index: ActorIndex) -> QuoteLike | None:
    """The quote whose voice a mention is in: a quote holding it, else a partial quote whose speaker is named earlier in its sentence.

    `quotes` are those overlapping the mention's sentence, `partials` the partial quotes starting in it and
    `mentions` the mentions in it (see `_by_sentence`), so the cost does not grow with the article.
    """
    holding = [q for q in quotes if q.start <= mention.start and mention.end <= q.end]
    if holding:
        return min(holding, key=lambda q: q.end - q.start)
    for quote in partials:
        speaker = _speaker_id(quote, index)
        if speaker is None or speaker == mention.actor_id:
            continue
        if any(m.actor_id == speaker and m.end <= mention.start for m in mentions):
            return quote
    return None


def _by_sentence(doc: Document, quotes: Sequence[QuoteLike], index: ActorIndex) -> tuple[dict, dict, dict]:
    """Quotes by the sentences they overlap, partial quotes by the sentence they start in, mentions by sentence (input order kept)."""
    overlapping: dict[int, list[QuoteLike]] = {}
    partials: dict[int | None, list[QuoteLike]] = {}
    for quote in quotes:
        first = _sentence_of(doc, quote.start) or 0
        last = _sentence_of(doc, max(quote.start, quote.end - 1)) or 0
        for sentence in range(first, last + 1):
            overlapping.setdefault(sentence, []).append(quote)
        if quote.kind == "partial":
            partials.setdefault(_sentence_of(index.document, quote.start), []).append(quote)
    mentions: dict[int, list[Mention]] = {}
    for mention in index.mentions:
        mentions.setdefault(mention.sentence, []).append(mention)
    return overlapping, partials, mentions


def _context(doc: Document, mention: Mention, quote: QuoteLike | None, quotes: Sequence[QuoteLike]) -> tuple[int, int]:
    """The stretch of the mention's sentence that is in its voice: a direct quote's words, or the sentence minus direct quotes."""
    sentence = doc.sentences[mention.sentence]
    if quote is not None and mention.start >= quote.start and mention.end <= quote.end:
        return max(sentence.start, quote.start), min(sentence.end, quote.end)
    start, end = sentence.start, sentence.end
    for other in quotes:
        if other.kind != "direct" or other.end <= start or other.start >= end:
            continue
        if other.end <= mention.start:
            start = max(start, other.end)
        elif other.start >= mention.end:
            end = min(end, other.start)
    return start, end


def actor_sentiment(
    doc: Document, index: ActorIndex, quotes: Sequence[QuoteLike] = (), model: TargetSentimentClassifier | None = None,
    include_pronouns: bool = False,
) -> tuple[MentionSentiment, ...]:
    """Sentiment toward every mention (pronouns only when asked) in the words of its voice, scored in one batch.

    Mentions that are not sentiment targets (a country as a place or a modifier: 'to Iraq', 'UK officials') are skipped.
    """
    chosen = [m for m in index.mentions if (include_pronouns or m.kind != "pronoun")
              and is_sentiment_target(doc, m, index.actor(m.actor_id))]
    overlapping, partials, in_sentence = _by_sentence(doc, quotes, index)
    voices = [_voice(m, overlapping.get(m.sentence, ()), partials.get(m.sentence, ()), in_sentence.get(m.sentence, ()), index)
              for m in chosen]
    spans = [_context(doc, m, q, overlapping.get(m.sentence, ())) for m, q in zip(chosen, voices)]
    items = [(doc.text[s:e], m.start - s, m.end - s) for m, (s, e) in zip(chosen, spans)]
    scores = sentiment_toward_many(items, model) if items else []
    return tuple(
        MentionSentiment(
            actor_id=m.actor_id, name=index.actor(m.actor_id).name, kind=m.kind, text=m.text, start=m.start, end=m.end,
            sentence_index=m.sentence, sentence=item[0].strip(), voice="quote" if q is not None else "author",
            speaker=q.speaker if q is not None else None, speaker_id=_speaker_id(q, index) if q is not None else None,
            score=round(float(score.score), 4), label=score.label,
        )
        for m, q, item, score in zip(chosen, voices, items, scores)
    )


def _mean(values: Sequence[float]) -> float | None:
    """The mean, rounded, or None for no values."""
    return round(sum(values) / len(values), 4) if values else None


def actor_summary(index: ActorIndex, mention_sentiments: Sequence[MentionSentiment]) -> tuple[ActorSummary, ...]:
    """Per actor: mentions, mean sentiment in author and quoted voice, label counts, most negative and positive evidence."""
    summaries = []
    by_actor: dict[str, list[MentionSentiment]] = {}
    for mention in mention_sentiments:
        by_actor.setdefault(mention.actor_id, []).append(mention)
    for actor in index.actors:
        scored = by_actor.get(actor.id, [])
        author = [m.score for m in scored if m.voice == "author"]
        quoted = [m.score for m in scored if m.voice == "quote"]
        labels = Counter(m.label for m in scored)
        negative = min((m for m in scored if m.score < 0), key=lambda m: m.score, default=None)
        positive = max((m for m in scored if m.score > 0), key=lambda m: m.score, default=None)
        summaries.append(ActorSummary(
            id=actor.id, name=actor.name, type=actor.type, side=actor.side, mentions=len(index.mentions_of(actor.id)),
            author_mentions=len(author), quote_mentions=len(quoted), author_sentiment=_mean(author), quote_sentiment=_mean(quoted),
            negative=labels["negative"], neutral=labels["neutral"], positive=labels["positive"],
            most_negative=negative.sentence if negative else None, most_negative_score=negative.score if negative else None,
            most_positive=positive.sentence if positive else None, most_positive_score=positive.score if positive else None,
            in_passing=not scored,
        ))
    return tuple(summaries)


def mentions_frame(mention_sentiments: Sequence[MentionSentiment]) -> pd.DataFrame:
    """One row a scored mention, columns `MENTION_COLUMNS`."""
    import pandas as pd

    return pd.DataFrame([[getattr(m, c) for c in MENTION_COLUMNS] for m in mention_sentiments], columns=list(MENTION_COLUMNS))


def actors_frame(summaries: Sequence[ActorSummary]) -> pd.DataFrame:
    """One row an actor, columns `ACTOR_COLUMNS`."""
    import pandas as pd

    return pd.DataFrame([[getattr(s, c) for c in ACTOR_COLUMNS] for s in summaries], columns=list(ACTOR_COLUMNS))
