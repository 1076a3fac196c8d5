"""Quotes and who said them: direct, partial and scare quotes with speaker, cue and exact offsets.

Every `Quote` slices the original text exactly (`doc.text[q.start:q.end] == q.text`), one record per
contiguous span; pieces of one multi-paragraph or cue-split quote share an `utterance` id. Speakers
are canonicalised through one function, `canonical_speaker`, which asks an actor index when one is
given and otherwise links surnames, titles and pronouns inside the article.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple, Protocol

from framing.actors import (CALENDAR_WORDS, NAME_SUFFIXES, OTHER_ROLE_MODIFIERS, PERSON_NAME_KINDS, SPOKES, SPOKESPERSON_FOR, find_actors,
                            first_names, headline_words)
from framing.attribution import CandidatePool, SpeakerCandidate, SpeakerRanker, choice_features, default_ranker, speaker_candidates, unindexed_name_runs
from framing.datafile import shipped_vocabulary
from framing.casing import is_camel_name, lower_spans
from framing.document import Document, Paragraph
from framing.lexicons import LexiconSet, ReportingVerb, ReportingVerbTable, reporting_verbs
from framing.quotemarks import DOUBLE_MARK, SINGLE_OPEN, QuotedSpan, find_spans
from framing.segment import shipped_abbreviations

VOCABULARY = shipped_vocabulary()
"""The shipped English word lists (`lexicons/vocabulary.jsonl`), read once; every word list below comes from it."""

# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Quote:
    """One contiguous quoted span, its kind (direct/partial/scare) and its attribution."""

    text: str
    start: int
    end: int
    paragraph: int
    kind: str
    speaker: str | None
    speaker_id: str | None
    speaker_mention: str | None
    cue: str | None
    cue_lemma: str | None
    cue_class: str | None
    side: str | None
    rule: str
    utterance: int
    closed: bool
    speaker_start: int | None = None
    """Offsets of `speaker_mention` in the original text ('he' of '..., he said'; the description a title-holder rule
    resolved), so the speaker can be highlighted and checked against the text."""
    speaker_end: int | None = None


@dataclass(frozen=True)
class VoiceShare:
    """Quoted words and quotes of one speaker (or one side) and its share of all quoted words."""

    name: str
    speaker_id: str | None
    side: str | None
    quotes: int
    words: int
    share: float


@dataclass(frozen=True)
class SpeakerSummary:
    """Who gets a voice in one article: per speaker, per side, quoted share, first and last word."""

    speakers: tuple[VoiceShare, ...]
    sides: tuple[VoiceShare, ...]
    quoted_words: int
    article_words: int
    quoted_share: float
    first_speaker: str | None
    last_speaker: str | None


class ActorLike(Protocol):
    """What the quote stage reads from an actor record."""

    id: str
    name: str
    side: str | None


class ActorIndexLike(Protocol):
    """What the quote stage needs from `framing.actors.ActorIndex`."""

    mentions: Sequence[Any]

    def resolve(self, phrase: str, start: int, end: int) -> Any: ...

    def actor(self, actor_id: str) -> Any: ...

    def named(self, phrase: str) -> Any: ...

    def person_names(self) -> Sequence[Any]: ...

    def person_at(self, start: int, end: int) -> Any: ...

    def titles_at(self, mention: Any) -> tuple[str, ...]: ...

    def mentions_between(self, start: int, end: int) -> Sequence[Any]: ...

    def named_ids(self) -> frozenset[str]: ...


# ---------------------------------------------------------------------------------------------
# Reporting verbs (from the lexicon set, shared with framing)


def _longest_first_trie(forms: Iterable[str]) -> str:
    """A regex body matching any of `forms`, written as a character trie: each branch point tries the longer forms before
    stopping, so it matches what a longest-first alternation matches, without trying hundreds of alternatives at each word."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def body(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + body(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        joined = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return joined + "?" if "" in node else joined

    return body(trie)


@functools.lru_cache(maxsize=8)
def _verb_pattern(forms: frozenset[str]) -> re.Pattern[str]:
    """One regex matching any verb form as whole words, the longest form at each place (a trie of the forms: 'hit out'
    before 'hit')."""
    return re.compile(r"(?<![\w’'\-])(?:" + _longest_first_trie(forms) + r")(?![\w’'])")


def _verbs_pattern(verbs: Mapping[str, ReportingVerb]) -> re.Pattern[str]:
    """`_verb_pattern` of a verb table: a `ReportingVerbTable` keeps its forms' set, so the cached pattern is found without
    rebuilding the set of its 685 forms at each of the hundreds of calls an article makes."""
    return _verb_pattern(verbs.forms if isinstance(verbs, ReportingVerbTable) else frozenset(verbs))


# ---------------------------------------------------------------------------------------------
# Word lists (general English news usage, not keyed to any article)

HONORIFICS = {**VOCABULARY.values("honorifics"), **{f"{word}.": value for word, value in VOCABULARY.values("honorifics").items()}}
PRONOUNS = {word: VOCABULARY.values("pronouns")[word] for word in VOCABULARY.words("subject_pronouns")}
REFLEXIVES = {word for word in VOCABULARY.values("pronouns") if word.endswith(("self", "selves"))}
"""Reflexive pronouns: after a subject they only stress it ('Trump himself said'), so they are not part of the speaker."""
TITLE_WORDS = VOCABULARY.words("title_heads", "title_modifiers", "title_abbreviations")
ORG_WORDS = VOCABULARY.words("organisation_heads", "place_and_media_words")
PERSON_ROLES = VOCABULARY.words("person_roles")
FAMILY_RELATIONS = VOCABULARY.values("relatives")
GROUP_NOUNS = VOCABULARY.words("group_nouns")
ORGANISATION_NOUNS = VOCABULARY.words("organisation_nouns")
BREAKERS = VOCABULARY.words("phrase_breakers")
LEAD_STRIP = VOCABULARY.words("leading_adverbials")
TRAIL_STRIP = VOCABULARY.words("trailing_adverbials")
SPEAKER_QUANTIFIERS = VOCABULARY.words("speaker_quantifiers")
SPEAKER_POSTMODIFIERS = VOCABULARY.words("speaker_postmodifiers")
DOCUMENT_NOUNS = VOCABULARY.words("document_nouns")
ABBREVIATIONS = shipped_abbreviations() | VOCABULARY.words("title_abbreviations")
TITLE_ABBREVIATION_FORMS = VOCABULARY.values("title_abbreviations")
"""Abbreviated title -> the title written out ('gov' -> 'governor')."""
RELATIVES = VOCABULARY.words("relative_pronouns")
PARTICLES = VOCABULARY.words("name_particles")
POSTNOMINALS = VOCABULARY.words("postnominals", "name_suffixes") | {f"{suffix}." for suffix in VOCABULARY.words("name_suffixes")}
LETTERS_AFTER_NAME = VOCABULARY.words("postnominals")
POSSESSIVES = VOCABULARY.values("possessive_pronouns")
PERSONAL_PRONOUNS = frozenset(word for word in [*PRONOUNS, *POSSESSIVES] if VOCABULARY.values("pronouns")[word] != "thing")
"""Subject and possessive pronouns that stand for a person or people ('he', 'she', 'they', 'his', 'their'; not 'it', 'its')."""
NOUN_CUES = VOCABULARY.words("noun_cues")
MEMBER_ROLES = VOCABULARY.words("member_roles")
PEERAGES = VOCABULARY.words("peerages")
PREPOSITIONS = VOCABULARY.words("complement_prepositions")
_PARTY_TAG = re.compile(r"^(?:[A-Z]{1,2}-[A-Z][\w.\-]*|[A-Z]|\d{1,3})$")
"""A party tag or age in brackets or commas after a name: (R-Texas), D-Mass., (D), 54."""
_DOTTED_PARTY_TAG = re.compile(r"\([A-Z]\.?,\s+[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2}\)|\((?:[A-Z][a-z]{0,4}\.){1,2}\)")
"""A Wall Street Journal party tag: '(R., Ohio)', '(D., Ariz.)', '(I., N.Y.)': party letter, comma, state; or a state's
abbreviation alone, as for a senator whose party the sentence gives: '(R.I.)', '(Pa.)', '(W.Va.)'."""
NOT_NAMES = VOCABULARY.words("function_words", "calendar_words")
OBJECT_PREPOSITIONS = VOCABULARY.words("prepositions")
LABEL_OPENERS = VOCABULARY.words("label_openers")
COMPLEMENT_VERBS = VOCABULARY.words("complement_verbs")
COMPLEMENT_GAP_WORDS = VOCABULARY.words("complement_gap_words")
CLAUSE_STARTERS = VOCABULARY.words("clause_starters")
TITLE_HEADS = VOCABULARY.words("title_heads")
NUMBER_ABBREVIATIONS = VOCABULARY.words("number_abbreviations")
PLAIN_CUE_WORDS = VOCABULARY.words("plain_cue_words")
OBJECT_RELATIVES = VOCABULARY.words("object_relatives")
AFFILIATION_PREPOSITIONS = VOCABULARY.words("affiliation_prepositions")
MEMBER_PREPOSITIONS = VOCABULARY.words("member_prepositions")
PROGRAMME_LEAD_WORDS = VOCABULARY.words("programme_lead_words")
DISPLAY_QUANTIFIERS = VOCABULARY.words("display_quantifiers")
SUBORDINATING_PREPOSITIONS = VOCABULARY.words("subordinating_prepositions")
PREPOSITION_INTENSIFIERS = VOCABULARY.words("preposition_intensifiers")
SCARE_MARKERS = VOCABULARY.words("scare_markers")
DISPLAY_NOUNS = VOCABULARY.words("display_nouns")
DISPLAY_VERBS = VOCABULARY.words("display_verbs")
CHANT_NOUNS = VOCABULARY.words("chant_nouns")
CHANT_VERBS = VOCABULARY.words("chant_verbs")
MODALS = VOCABULARY.words("modal_verbs")
COUNTING_WORDS = VOCABULARY.words("counting_words")
DETERMINERS = VOCABULARY.words("determiners")
NAME_CONNECTORS = VOCABULARY.words("name_connectors")
PASSIVE_AUXILIARIES = VOCABULARY.words("passive_auxiliaries")
"""Forms of 'be' before a past participle: 'was told', 'were quoted'."""
NAMING_PARTICIPLES = VOCABULARY.words("naming_participles")

_WORD = re.compile(r"[A-Za-z0-9][\w’'\-.]*[\w]|[A-Za-z0-9]")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
"""A character `str.isalnum` accepts (re's word class is exactly those and the underscore)."""
_DASH_ATTRIBUTION = re.compile(r"\s*[,.!?]?\s*(?:—|–|--|-)\s*(?=[A-Z])")
_CLAUSE_MARK = re.compile(r"(?<!\d),|,(?!\d)|[;:()—–“”\"]|(?<=\s)-(?=\s)")
"""Marks that end a clause or phrase: punctuation (a comma between digits is a thousands separator: 1,000) and a spaced hyphen."""
_AGE = re.compile(r"^\d{1,3}-year-old$")
_DEMONYM = re.compile(r"(?:an|ine|ard|ese|ish|crat|man|woman|i)$")
_APPOSED_SUBJECT = re.compile(r"(?:The|His|Her|Their|Its)\s[^,.;:]{2,60},\s+((?:(?:[A-Z][\w’'\-]+|[A-Z]\.)\s?){1,4})(?=,|\s[–—-]\s)")
_POSSESSED = re.compile(r"\w['’]s\s+[a-z]")
"""A phrase owned by a name ("Warren's office", "Mr Mensah's family"): the owner's side, not the owner."""
_DATELINE = re.compile(r"(?:[A-Z][A-Z .’'\-]+(?:,(?:\s[A-Z][A-Za-z.]+)+)?(?:,\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}))?\s(?:\([A-Za-z]+\)\s)?"
                       r"|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?\s)(?:--|[—–-])\s")
"""A wire dateline or live-blog time stamp opening a paragraph: 'WARREN, Mich. (AP) — ', 'BOSTON, Nov 24 (Reuters) - ',
'LONDON, 3 March (Reuters) - ', 'WASHINGTON -- ' (a typed dash), '2:31 p.m. ET — '."""
KICKERS = VOCABULARY.words("newsroom_kickers")
_KICKER = re.compile(r"\s*(?i:" + "|".join(sorted(map(re.escape, KICKERS), key=len, reverse=True))
                     + r")\s*:\s+")
"""A newsroom kicker opening a sentence ('Update: ', 'Read more: ', 'EXCLUSIVE: '): a label, never the speaker."""


_INLINE_FURNITURE = re.compile(r"\s*(?i:" + "|".join(sorted(map(re.escape, VOCABULARY.words("inline_furniture")), key=len, reverse=True))
                               + r")\s+(?=[A-Z“\"‘])")
"""Page furniture a scraper left at a sentence's start ('Story Continued Below Bachmann, 57, said'): not the sentence's words."""


def _after_opening(text: str, floor: int, end: int) -> int:
    """Where a sentence's own words start: after page furniture ('Story Continued Below '), a wire dateline
    ('WASHINGTON -- ') and a newsroom kicker ('Update: ')."""
    furniture = _INLINE_FURNITURE.match(text, floor, end)
    floor = furniture.end() if furniture else floor
    dateline = _DATELINE.match(text, floor, end)
    floor = dateline.end() if dateline else floor
    kicker = _KICKER.match(text, floor, end)
    return kicker.end() if kicker else floor


_COORDINATED = re.compile(r"(?:\s(?:and|but)(?:\s+(?:then|also|later|again))?|,)\s+$")
"""A verb coordinated with an earlier one ('... went on a radio show and called', 'X rallies in Y, calls'): its subject opens the sentence."""
_AFTER_QUOTE_COMMA = re.compile(r"(?:,[”\"’]|[”\"’],)\s+$")
"""A verb right after a quote closed with a comma ('has said Obama can “go to hell,” called Trump a “bigot”'): a predicate
coordinated with the verb before the quote, whose subject it shares."""
_LIST_MARKS = "•·‣▪*—–-"
"""Bullets and dashes that open a list item (live blogs, roundups, Axios-style bullets)."""
_ACCORDING = re.compile(r"\b(?:(?i:according to)|per(?=\s+(?:[A-Z]|the\s|a\s|one\s)))\s+")
"""'according to X', and 'per X' before a name or a noun phrase ('per Politico's Jonathan Martin'; not 'per cent')."""
_TRANSCRIPT = re.compile(r"^(?P<name>(?:[A-Z][A-Za-z’'.\-]+\s?){1,3}|[A-Z][A-Z’'.\- ]{1,30}):\s+(?P<body>\S.*)$")


# ---------------------------------------------------------------------------------------------
# Text helpers on a masked copy (quoted content blanked so it never supplies cues or speakers)


def _masked(text: str, spans: Iterable[QuotedSpan]) -> str:
    """`text` with the letters and digits of every quoted span replaced by underscores (same length)."""
    chars = list(text)
    for span in spans:
        chars[span.start:span.end] = _LETTER_OR_DIGIT.sub("_", text[span.start:span.end])
    return "".join(chars)


def _blank_party_tags(masked: str) -> str:
    """`masked` with the inside of every dotted party tag ('(R., Ohio)') blanked, so its comma does not make the state a
    clause of its own that a cue reads as the speaker ('Rep. Lauren Fisk (R., Ohio), a member of ..., said')."""
    return _DOTTED_PARTY_TAG.sub(lambda m: "(" + "_" * (len(m.group()) - 2) + ")", masked)


class WordSpan(NamedTuple):
    """One word of the text and its offsets (absolute, into the article's text)."""

    start: int
    end: int
    text: str


def _words(text: str, start: int, end: int) -> list[WordSpan]:
    """The words of text[start:end], with absolute offsets."""
    return [WordSpan(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]  # no anchors: as on the slice


def _sentence_start(text: str, floor: int, pos: int) -> int:
    """Offset where the sentence holding `pos` starts, not before `floor` (the paragraph start)."""
    i = pos - 1
    while i > floor:
        if text[i].isspace() and text[i - 1] in ".!?" + "”\"’'" and _ends_sentence(text, floor, i):
            return i + 1
        i -= 1
    return floor


def _ends_sentence(text: str, floor: int, space: int) -> bool:
    """True when the punctuation before the space at `space` ends a sentence (not 'Mr.')."""
    j = space - 1
    while j > floor and text[j] in "”\"’'":
        j -= 1
    if text[j] not in ".!?":
        return False
    if text[j] == "." and _WORD.search(text[max(floor, j - 4):j]):
        last = re.findall(r"[A-Za-z.]+$", text[max(floor, j - 4):j])
        return not last or not _abbreviation(last[-1], text, space)
    return True


def _abbreviation(word: str, text: str, space: int) -> bool:
    """True when `word` before the stop at `space - 1` is an abbreviation or initial, so the stop does not end the sentence.

    'No.' is one only before a number ('No. 10'); 'he would vote no.' ends its sentence.
    """
    lowered = word.lower()
    if lowered in NUMBER_ABBREVIATIONS:
        return bool(re.match(r"\s*\d", text[space:space + 3]))
    return lowered in ABBREVIATIONS or _is_initial(word, text, space)


def _is_initial(word: str, text: str, space: int) -> bool:
    """A middle initial ('Janet L. Yellen', 'D. John Sauer'): one capital letter, its stop followed by a capitalised word."""
    return len(word) == 1 and word.isupper() and bool(re.match(r"\s[A-Z]", text[space:space + 2])) and (
        space < 3 or text[space - 3].isspace() or text[space - 3] in "(\"“")


def _sentence_end(text: str, pos: int, ceiling: int) -> int:
    """Offset where the sentence holding `pos` ends (terminal punctuation included), before `ceiling`."""
    i = pos
    while i < ceiling:
        if text[i] in ".!?" and (i + 1 >= ceiling or text[i + 1].isspace()):
            word = re.findall(r"[A-Za-z.]+$", text[pos:i])
            if not word or not _abbreviation(word[-1], text, i + 1):
                return i + 1
        i += 1
    return ceiling


# ---------------------------------------------------------------------------------------------
# Noun phrases: the speaker before a verb, after an inverted verb, or after "by" / "according to"


def _is_cap(word: str) -> bool:
    """True for a capitalised word, a name's lower-case prefix allowed ('diGenova', 'deBlasio')."""
    return word[:1].isupper() or is_camel_name(word)


def _lower(word: str) -> str:
    """A word lower-cased for function-word tests; acronyms ('WHO', 'IT') stay as written."""
    return word if len(word) > 1 and word.isupper() else word.lower()


def _in_nouns(word: str, nouns: set[str]) -> bool:
    """True when a lower-case word or its singular (one trailing 's' off) is in `nouns`."""
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


_SPEAKING_NOUNS = PERSON_ROLES | GROUP_NOUNS | DOCUMENT_NOUNS
"""Nouns of people, groups and documents that can speak, made once (the union was built for every word tested)."""
_ROLE_OR_TITLE = PERSON_ROLES | TITLE_WORDS
"""Role nouns and title words, made once for the tests that ask about either at every word."""


def _looks_like_speaker(words: Sequence[str]) -> bool:
    """A phrase that can speak: a pronoun, a capitalised word or a role/organisation noun."""
    if not words:
        return False
    lowered = [w.lower() for w in words]
    if len(words) == 1 and lowered[0] in PRONOUNS:
        return True
    content = words[1:] if lowered[0] in DETERMINERS else words
    return any(_is_cap(w) or _AGE.match(w) for w in content) or any(_in_nouns(w, _SPEAKING_NOUNS) for w in lowered)


@functools.lru_cache(maxsize=4096)
def _np_before(text: str, floor: int, end: int) -> tuple[int, int] | None:
    """The speaker noun phrase ending just before `end` (a verb), skipping appositives, adverbs and a wire dateline.
    Remembered within one article (emptied by `_rule_quotes`): the cue rules and the resolver ask for the same stretch
    again (a third of the asks in seed articles), and the answer depends on the text and offsets alone."""
    floor = _after_opening(text, floor, end)  # 'WASHINGTON -- Mitt Romney insisted', 'Read more: Ryan also sent'
    listed = _LISTED_ORGANISATION.search(text, floor, end)
    if listed:
        return listed.start(1), listed.end(1)
    bounds = [floor]
    for match in _CLAUSE_MARK.finditer(text, floor, end):
        bounds += [match.start(), match.end()]
    bounds.append(end)
    segments = list(zip(bounds[::2], bounds[1::2]))
    relative_subject = False
    for seg_start, seg_end in reversed(segments[-5:]):
        words = _words(text, seg_start, seg_end)
        while words and ((words[-1].text.lower() in TRAIL_STRIP and not _surname_after_first_name(words, len(words) - 1))
                         or (words[-1].text.endswith("ly") and not _is_cap(words[-1].text))
                         or (len(words) > 1 and words[-1].text.lower() in REFLEXIVES)):
            words.pop()  # adverbs, auxiliaries and an emphatic reflexive ('Trump himself told reporters')
        if words and seg_end == end and len(words) > 1 and words[0].text in OBJECT_RELATIVES:
            found = _tail_np(words[1:], text)  # 'the bill, which Republicans call': the relative is the object
            if found is not None:
                return found
        if not words or _lower(words[0].text) in RELATIVES or (len(words) == 1 and _PARTY_TAG.match(words[0].text)):
            relative_subject = relative_subject or (seg_end == end and len(words) == 1 and words[0].text == "who")
            continue
        found = _tail_np(words, text) or (_relative_antecedent(words) if relative_subject else None)
        if seg_start > floor and seg_end < end and _descriptor([w.text for w in words]):
            earlier = _np_before(text, floor, seg_start - 1)
            if earlier and (found is None or _has_name(text[earlier[0]:earlier[1]])):
                return earlier
        return found
    return None


_LISTED_ORGANISATION = re.compile(r"(?<![\w’'])((?:[A-Z][\w\-]*\s+)+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*"
                                  r"(?:,\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)+,?\s+(?:and|&)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)\s*$")
"""An organisation whose name lists its remits with commas, right before a verb: 'Ministry of Economy, Trade and Industry',
'Department for Environment, Food and Rural Affairs' (the commas are not clause breaks)."""


def _relative_antecedent(words: Sequence[WordSpan]) -> tuple[int, int] | None:
    """The name a subject relative clause hangs on, even as the object of a preposition: 'at odds with Council Director
    Philip Vance, who said' -> 'Council Director Philip Vance' (the words of the segment before ', who')."""
    tail = list(itertools.takewhile(lambda w: _is_cap(w.text), reversed(words)))[::-1]
    if not tail or not _has_name(" ".join(w.text for w in tail)) or (len(tail) == 1 and tail[0].text.lower() in NOT_NAMES):
        return None
    return tail[0][0], tail[-1][1]


def _descriptor(words: Sequence[str]) -> bool:
    """An appositive that describes rather than names ('a doctor at ...', 'president of ...', 'of the Met')."""
    if not _is_cap(words[0]):
        return True
    if len(words) >= 2 and not _is_cap(words[-1]) and (words[-2].endswith(("’s", "'s")) or (
            _in_nouns(words[-1].lower(), PERSON_ROLES | MEMBER_ROLES | SPOKES.keys()) and any(w.endswith(("'s", "’s")) for w in words[:-1]))):
        return True  # 'Dmitry Peskov, Vladimir Putin's spokesman, said', 'Ann Lee, Acme's chief lawyer, said': someone's role after the name
    if len(words) >= 3 and words[1] == "of" and words[0].lower() not in ORG_WORDS and _is_cap(words[2]):
        return True  # 'Republican of Iowa', 'Democrat of New York' (after the name, New York Times style)
    return words[0].lower() in _ROLE_OR_TITLE and not _is_person_name(_split_name(list(words))[1], False)


def _has_name(phrase: str) -> bool:
    """True when a phrase holds a capitalised word that is not its first article or possessive ('Her neighbour' has none)."""
    words = phrase.split()
    return any(_is_cap(w) for w in (words[1:] if words[0].lower() in DETERMINERS | POSSESSIVES.keys() else words))


def _tail_np(words: list[WordSpan], text: str) -> tuple[int, int] | None:
    """The noun phrase closing a run of words: back to the first breaker word, leading adverbials cut."""
    if words and _lower(words[-1].text) in RELATIVES:
        words = words[:-1]
    tail: list[WordSpan] = []
    resume = len(words)
    for index in range(len(words) - 1, -1, -1):
        if index > resume:
            continue  # words of a modifier already taken into the tail
        word = _lower(words[index].text)
        role_at = word == "at" and index > 0 and _in_nouns(words[index - 1].text.lower(), PERSON_ROLES | GROUP_NOUNS)
        if word == "what" and tail:
            break  # 'what it calls', 'protest what organisers described as': the subject of the relative clause
        if not tail and index == len(words) - 1 and word in PRONOUNS and word != "i":
            tail = [words[index]]  # 'At one point she told', 'In it he said': a subject pronoun is the whole phrase
            break
        if _joins_names(words, index, tail):
            tail.insert(0, words[index])  # 'Senators Ann Bly and Tom Ruiz', 'Department of Health and Human Services'
            continue
        if word in POSSESSIVES and tail and _is_cap(tail[-1].text) and index >= 2 and words[index - 1].text == "and" \
                and _is_cap(words[index - 2].text):
            tail, resume = [words[index - 1], words[index], *tail], index - 2  # 'Yvette Cooper and her German counterpart Johann Wadephul'
            continue
        if (word in BREAKERS and not role_at and not _surname_after_first_name(words, index)) or _is_cue_word(word) or len(tail) >= 16:
            if tail and word in OBJECT_PREPOSITIONS and all(w.text.lower() in NOT_NAMES or w.text.isdigit() for w in tail):
                tail = []  # 'the party in September called': a time phrase, the subject is before it
                continue
            if tail and word in OBJECT_PREPOSITIONS and (role := _postmodified_role(words, index)) is not None:
                tail, resume = [*words[role + 1:index + 1], *tail], role  # 'A diplomat briefed on the talks', 'people familiar with'
                continue
            if tail and word in OBJECT_PREPOSITIONS and _prepositional_speaker(words, index):
                tail = [words[index - 1], words[index], *tail]  # 'Officials in Kent'
            elif tail and word in OBJECT_PREPOSITIONS and not _in_nouns(tail[-1].text.lower(), PERSON_ROLES | GROUP_NOUNS) \
                    and not _titled_person_tail(tail) and word not in SUBORDINATING_PREPOSITIONS:
                return None  # 'returned to Michigan': the object of a preposition is not who speaks; 'After Trump said': a clause
            break
        tail.insert(0, words[index])
    while tail and tail[0].text.lower() in LEAD_STRIP:
        tail.pop(0)
    tail = _participle_cut(_reduced_relative(_name_before_complement(tail), text))[-10:]
    if not tail or not _looks_like_speaker([w.text for w in tail]):
        return None
    if len(tail) > 1 and tail[0].text.endswith("ed") and not _is_cap(tail[0].text) and tail[1].text in DETERMINERS:
        return None  # 'issued a joint statement (calling)': a verb and its object, the subject is before them
    return tail[0][0], tail[-1][1]


def _surname_after_first_name(words: Sequence[WordSpan], at: int) -> bool:
    """A capitalised function word right after a known first name is a surname ('Theresa May', 'Mrs May said'), not
    the modal or preposition it spells."""
    previous = words[at - 1].text.lower().rstrip(".") if at > 0 else ""
    return at > 0 and words[at].text[:1].isupper() and not words[at].text.isupper() and (previous in first_names() or previous in HONORIFICS)


def _titled_person_tail(tail: Sequence[WordSpan]) -> bool:
    """'(Freedom from) Torture chief executive Sonya Sceats': a lower-case title before a person's name closes the phrase, so
    the preposition before it is inside the organisation the title names, not a preposition taking an object."""
    words = [w.text for w in tail]
    titles, name = _split_name(words)
    return len(name) >= 2 and _is_person_name(name, False) and any(
        not _is_cap(w) and (w.lower() in TITLE_WORDS or _in_nouns(w.lower(), PERSON_ROLES)) for w in titles)


def _joins_names(words: Sequence[WordSpan], at: int, after: Sequence[WordSpan]) -> bool:
    """'and' / '&' at words[at] between two capitalised words: one name ('Research and Manufacturers') or joint speakers."""
    return words[at].text in {"and", "&"} and bool(after) and _is_cap(after[0].text) and at > 0 and _is_cap(words[at - 1].text)


def _postmodified_role(words: Sequence[WordSpan], at: int) -> int | None:
    """Index of the role noun a modifier phrase hangs on ('a diplomat [briefed] on', 'people [familiar] with'), the preposition at words[at]."""
    if at < 2 or not _in_nouns(words[at - 2].text.lower(), PERSON_ROLES | GROUP_NOUNS):
        return None
    indefinite = any(w.text.lower() in {"a", "an"} | SPEAKER_QUANTIFIERS for w in words[max(0, at - 6):at - 2])
    return at - 2 if _is_postmodifier(words[at - 1].text, indefinite) else None


def _is_postmodifier(word: str, participles: bool = True) -> bool:
    """A lower-case word opening a modifier after a role noun: a listed adjective ('familiar', 'close') or, when
    `participles`, one in -ed ('a diplomat briefed on'; not 'the mayor returned to', a main verb)."""
    return not _is_cap(word) and (word in SPEAKER_POSTMODIFIERS or (participles and word.endswith("ed") and len(word) > 4))


def _prepositional_speaker(words: Sequence[WordSpan], at: int) -> bool:
    """'Officials in Kent', 'a spokesman at the firm', 'the mission to the U.N.': a role or group noun before the preposition at words[at]."""
    if at == 0:
        return False
    before = words[at - 1].text
    return _in_nouns(before.lower(), PERSON_ROLES | GROUP_NOUNS | MEMBER_ROLES)


def _is_cue_word(word: str) -> bool:
    """A past-tense reporting verb ('said', 'told', 'added'): never part of a speaker phrase."""
    return word in PLAIN_CUE_WORDS or (word.endswith("ed") and word in reporting_verbs())


def _name_before_complement(tail: list[WordSpan]) -> list[WordSpan]:
    """'Judge Robert Pitman of the U.S. District Court': the named person before 'of'/'at'/'from'; not when a lower-case
    title and a name follow ('Fraternal Order of Police president Chuck Canterbury': the organisation's head speaks)."""
    for index, word in enumerate(tail):
        if word.text not in AFFILIATION_PREPOSITIONS:
            continue
        rest = tail[index + 1:]
        if any(w.text.islower() and _in_nouns(w.text, _ROLE_OR_TITLE) and _is_cap(n.text) for w, n in zip(rest, rest[1:])):
            return tail
        if index:
            titles, name = _split_name([w.text for w in tail[:index]])
            if _is_person_name(name, bool(titles) and titles[-1].lower().strip(".") in HONORIFICS):
                return tail[:index]
    return tail


def _participle_cut(tail: list[WordSpan]) -> list[WordSpan]:
    """'a report by the Vermont Agency of Natural Resources released this spring (found)': a participle after a name and
    the lower-case words after it modify the noun; the speaker phrase ends with the name."""
    for index in range(1, len(tail)):
        word = tail[index].text
        if _is_cap(tail[index - 1].text) and word.endswith("ed") and len(word) > 4 and not any(_is_cap(w.text) for w in tail[index:]):
            return tail[:index]
    return tail


def _reduced_relative(tail: list[WordSpan], text: str) -> list[WordSpan]:
    """'a cost campaigners (described)', 'injuries police (described)': the speaker is the last noun."""
    lowered = [w.text.lower() for w in tail]
    if len(tail) < 2 or _is_cap(tail[-1].text) or _is_cap(tail[-2].text) or not _in_nouns(lowered[-1], PERSON_ROLES | GROUP_NOUNS):
        return tail
    possessive = text[tail[-2][1]:tail[-2][1] + 1] in "’'" or tail[-2].text.endswith(("’s", "'s"))  # "the governor’s office"
    plural_noun = lowered[-2].endswith("s") and not lowered[-2].endswith("ss") and not possessive and not _in_nouns(lowered[-2], PERSON_ROLES | GROUP_NOUNS)
    article_clash = lowered[0] in {"a", "an"} and lowered[-1].endswith("s") and len(tail) > 2
    return tail[-1:] if plural_noun or article_clash else tail


def _phrase_stop(text: str, start: int, ceiling: int) -> int:
    """Where a speaker phrase after a verb ends: punctuation, but not the stop of 'Mr.' or 'Gov.'."""
    for match in re.finditer(r"[,;:.!?()“”\"—–]|\s-\s", text[start:ceiling]):
        before = re.findall(r"[A-Za-z.]+$", text[start:start + match.start()])  # 'Gov', 'U.S' ('said one U.S. official')
        if match.group() == "." and text[start + match.end():start + match.end() + 1].isalpha():
            continue  # the inner stop of 'U.S.'
        if match.group() != "." or not before or (before[-1].lower() not in ABBREVIATIONS
                                                  and not _is_initial(before[-1], text, start + match.end())):
            return start + match.start()
    return ceiling


def _np_after(text: str, start: int, ceiling: int) -> tuple[int, int] | None:
    """The speaker noun phrase starting at `start` (after 'said', 'by', 'according to', a dash)."""
    stop = _phrase_stop(text, start, ceiling)
    words = _words(text, start, stop)
    phrase: list[WordSpan] = []
    for word in words:
        if _lower(word.text) in BREAKERS or len(phrase) >= 9:
            break
        phrase.append(word)
    if len(phrase) >= 2 and len(phrase) < len(words) and _is_postmodifier(phrase[-1].text) \
            and _in_nouns(phrase[-2].text.lower(), PERSON_ROLES | GROUP_NOUNS):
        phrase = words[:len(phrase) + 6]  # 'said one banker involved in the offering', 'a person familiar with the plans'
    elif phrase and len(phrase) < len(words) and _in_nouns(phrase[-1].text.lower(), DOCUMENT_NOUNS) and words[len(phrase)].text in {"from", "by"}:
        phrase = words[:_issuer_end(words, len(phrase) + 1)]  # 'according to a statement from the Pentagon': the issuer follows
    phrase = _name_before_complement(phrase)
    while len(phrase) > 1 and _lower(phrase[-1].text) in OBJECT_PREPOSITIONS | {"of"} and not text[phrase[-1][1]:stop].strip():
        phrase.pop()  # 'accused by critics of "playing politics"': the preposition opens the quote's phrase, not the speaker's
    if not phrase or not _looks_like_speaker([w.text for w in phrase]):
        return None
    first = phrase[0].text.lower()
    if not (_is_cap(phrase[0].text) or first in DETERMINERS | PRONOUNS.keys() | SPEAKER_QUANTIFIERS or first in GROUP_NOUNS | PERSON_ROLES | TITLE_WORDS
            or _described_person([w.text for w in phrase])):
        return None
    return _appositive_name(text, phrase, stop, ceiling) or (phrase[0][0], phrase[-1][1])


def _issuer_end(words: Sequence[WordSpan], at: int) -> int:
    """End (exclusive) of the issuer's name starting at words[at] after 'from' or 'by': an article, then capitalised words with
    connectors between them ('the Los Angeles Department of Water and Power'), ten words at most; a lower-case issuer ('the
    inspector general') runs five words on."""
    name = at + (at < len(words) and words[at].text.lower() in DETERMINERS)
    end = name
    while end < len(words) and end - at < 10 and (_is_cap(words[end].text) or (
            (words[end].text.lower() in NAME_CONNECTORS or words[end].text == "&") and end + 1 < len(words) and _is_cap(words[end + 1].text))):
        end += 1
    return end if end > name else min(at + 5, len(words))


def _described_person(words: Sequence[str]) -> bool:
    """A lower-case description ending in a person's name ('longtime GOP strategist Karl Rove', 'mum-of-three Kerry Adams')."""
    titles, name = _split_name(words)
    honorific = bool(titles) and titles[-1].lower().strip(".") in HONORIFICS
    return bool(titles) and _is_person_name(name, honorific) and (honorific or len(name) >= 2)


def _appositive_name(text: str, phrase: Sequence[WordSpan], stop: int, ceiling: int) -> tuple[int, int] | None:
    """For 'said the company's lawyer, Tom Price': the name after a role phrase that has none."""
    if any(_is_cap(w.text) for w in phrase[1:]) or not text.startswith(",", stop):
        return None
    name = re.match(r",\s+((?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)?(?:[A-Z][\w’'\-]+\s?){2,4})(?=[,.;]|$|of\s|at\s|from\s)", text[stop:ceiling])
    if not name:
        return None
    return stop + name.start(1), stop + name.start(1) + len(name.group(1).rstrip())


# ---------------------------------------------------------------------------------------------
# Cues


@dataclass(frozen=True)
class _Cue:
    """A speaker phrase found for a quote, with its verb and the rule that found it."""

    start: int
    end: int
    verb: ReportingVerb | None
    verb_text: str | None
    rule: str


def _verbs_in(text: str, start: int, end: int, verbs: Mapping[str, ReportingVerb]) -> list[re.Match[str]]:
    """Reporting-verb matches (lower-case forms) inside text[start:end], absolute via .start() + start."""
    pattern = _verbs_pattern(verbs)
    return [m for m in pattern.finditer(text, start, end) if not _DETERMINER_BEFORE.search(text, max(start, m.start() - 40), m.start())
            and not (verbs[m.group().lower()].lemma == m.group().lower() and _modifies_a_role(text, m.end(), end))
            and not _counted_noun(text, start, m) and not _document_participle(text, start, m) and not _reduced_naming(text, start, m)]


_NOUN_COMMA_BEFORE = re.compile(r"(?<![\w’'])(?:the|a|an|its|their|his|her)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+,\s+$")


def _reduced_naming(text: str, floor: int, match: re.Match[str]) -> bool:
    """'The release describes the plan, dubbed “Project Northstar,” as ...': a naming participle set off after a common noun
    phrase gives that thing its name; it is not a reporting verb with a speaker, and the quote after it is a name."""
    return match.group().lower() in NAMING_PARTICIPLES \
        and _NOUN_COMMA_BEFORE.search(text, max(floor, match.start() - 50), match.start()) is not None


_IN_A_DOCUMENT_BEFORE = re.compile(r"\b(?:in|on|via)\s+(?:an?|the|their|its|his|her)\s+(?:[a-z\-]+\s+){0,2}(?:"
                                   + "|".join(sorted(DOCUMENT_NOUNS)) + r")\s+$")


def _document_participle(text: str, floor: int, match: re.Match[str]) -> bool:
    """A verb form right after 'in a statement' is a participle describing the document, not a new speaker: 'said in a
    statement posted to Telegram', 'said in a statement read to the court', 'wrote in a letter released on Monday'."""
    return _IN_A_DOCUMENT_BEFORE.search(text, max(floor, match.start() - 60), match.start()) is not None


def _counted_noun(text: str, floor: int, match: re.Match[str]) -> bool:
    """An '-s' verb form after a number or quantifier is a plural noun: 'A coalition of 20 states and the District sued',
    'three reports found', 'both claims were'."""
    if not match.group().endswith("s"):
        return False  # the cheap test first: most verb forms ('said', 'told') end otherwise
    before = re.search(r"([\w,]+)\s+$", text[max(floor, match.start() - 16):match.start()])
    word = before.group(1).lower() if before else ""
    return word.replace(",", "").isdigit() or word in COUNTING_WORDS


def _modifies_a_role(text: str, after: int, end: int) -> bool:
    """A base verb form right before a role noun is a noun modifier ('a Republican state lawmaker', 'state senator');
    'said coach Emma Hayes' is not (the caller checks the form)."""
    following = re.match(r"\s+([A-Za-z][\w\-]*)(\.?)", text[after:min(end, after + 30)])
    if following is None:
        return False
    word = following.group(1)
    if word[:1].isupper():  # 'state Rep. Karen Boyle', 'state Sen. Ann Reid': a title abbreviation with its full stop
        return bool(following.group(2)) and word.lower() in TITLE_WORDS
    return _in_nouns(word, PERSON_ROLES | TITLE_HEADS)


_DETERMINER_BEFORE = re.compile(r"(?<![\w’'])(?:the|a|an|his|her|their|its|these|those|such"
                                r"|(?!(?:he|she|it|that|there|what|who|here|where)['’]s\b)[a-z][\w\-]*['’]s)\s+$", re.IGNORECASE)
"""A determiner or a possessive just before a verb form makes it a noun: 'the claims were', 'his warning', 'a statement',
'Streeting’s promise was' (not the contractions 'it's', 'she's')."""


def _is_passive(text: str, floor: int, verb_start: int) -> bool:
    """True when the verb follows a form of 'be' ('was criticised')."""
    before = _words(text, max(floor, verb_start - 25), verb_start)
    return bool(before) and before[-1].text.lower() in PASSIVE_AUXILIARIES


_QUOTED_AS_SAYING = re.compile(r"\s+(?P<speaker>[^.;:“”\"]{1,120}?)\s+as\s+(?:saying|telling|writing|stating)\b")
"""'<outlet> quoted <speaker> as saying': the words are the speaker's."""


def _person_quoted(text: str, match: re.Match[str], ceiling: int, verb: ReportingVerb) -> tuple[int, int] | None:
    """The person after '<outlet> quoted' when 'as saying' follows ('The Telegraph quoted Bannon as saying'), else None."""
    relayed = _QUOTED_AS_SAYING.match(text, match.end(), ceiling) if verb.lemma == "quote" else None
    return _np_after(text, relayed.start("speaker"), relayed.end("speaker")) if relayed else None


def _subject_cue(text: str, floor: int, ceiling: int, match: re.Match[str], verbs: Mapping[str, ReportingVerb], rule: str) -> _Cue | None:
    """Speaker of one verb match: passive agent, clause subject, or main subject for '-ing' forms; the person quoted
    ('The Telegraph quoted Bannon as saying')."""
    verb = verbs[match.group().lower()]
    relayed = _person_quoted(text, match, ceiling, verb)
    if relayed is not None:
        return _Cue(*relayed, verb, match.group(), rule)  # the paper relays the words; the person it quotes said them
    if _is_passive(text, floor, match.start()):
        by = re.match(r"\s+by\s+", text[match.end():ceiling])
        found = _np_after(text, match.end() + by.end(), ceiling) if by else None
        return _Cue(*found, verb, match.group(), rule) if found else None
    if match.group().endswith("ing"):
        earlier = [m for m in _verbs_in(text, floor, match.start(), verbs) if not m.group().endswith("ing")]
        main = _subject_cue(text, floor, ceiling, earlier[-1], verbs, rule) if earlier else None
        if main:
            return replace(main, verb=verb, verb_text=match.group())
        perceived = _perceived_speaker(text, floor, match.start())
        if perceived:
            return _Cue(*perceived, verb, match.group(), rule)
        absolute = re.search(r"\bwith\s+(?=\S)", text[floor:match.start()])
        found = _np_before(text, floor + absolute.end(), match.start()) if absolute else None
        clause = _clause_start(text, floor, match.start())
        found = found or _clause_subject(text, floor, clause) or _np_before(text, floor, clause)
        return _Cue(*found, verb, match.group(), rule) if found else None
    found = _np_before(text, floor, match.start())
    coordinated = _COORDINATED.search(text, floor, match.start())
    if found is not None and (_AFTER_QUOTE_COMMA.search(text, floor, match.start()) or _predicate_before(text, found, match.start())):
        earlier = [m for m in _verbs_in(text, floor, found[0], verbs) if not m.group().endswith("ing")]
        main = _subject_cue(text, floor, ceiling, earlier[-1], verbs, rule) if earlier else None
        if main is not None:  # 'Duterte has said Obama can “go to hell,” called Trump a “bigot”': the first verb's subject
            return replace(main, verb=verb, verb_text=match.group())
    if found is None and coordinated:
        found = _clause_subject(text, floor, match.start())
    apposed = _role_apposed_name(text, floor, match.start())
    if apposed is not None and (found is None or found[0] >= apposed[1]):
        found = apposed  # the phrase before the verb ended the appositive: the name it describes speaks
    return _Cue(*found, verb, match.group(), rule) if found else None


def _predicate_before(text: str, found: tuple[int, int], verb: int) -> bool:
    """'Trump said he would release the documents, called the probe a “witch hunt”': the words before the comma open on a
    lower-case word that no noun phrase opens with, so they end the first predicate; the verb after the comma shares its
    subject ('the party leader, called' is an appositive and keeps its own)."""
    first = text[found[0]:found[1]].split()[0].lower()
    return re.fullmatch(r",\s+", text[found[1]:verb]) is not None and text[found[0]].islower() \
        and first not in DETERMINERS | SPEAKER_QUANTIFIERS and first not in PRONOUNS and first not in POSSESSIVES


_ROLE_APPOSITION = re.compile(r"\s*((?:[A-Z][\w’'\-.]*\s){0,7}[A-Z][\w’'\-.]*)\s?(?:\([^()]{1,14}\))?,\s+"
                              r"(?:(?:the|a|an)\s+|(?P<owner>(?:[A-Z][\w\-.]*\s){0,3}[A-Z][\w\-.]*['’]s)\s+)?"
                              r"(?P<role>[a-z][\w\-]*)\b[^.;:!?“”\"]{0,160},\s*$")


def _role_apposed_name(text: str, floor: int, verb: int) -> tuple[int, int] | None:
    """'Liberal Democrat MP Alistair Carmichael, chairman of the environment, food and rural affairs committee, told him:':
    a sentence opening on a person's name, then an appositive that starts with a role or title and closes with a comma
    before the verb, whatever commas it holds (a possessive may open it: "Trump's attorney general"); the span of the name
    (titles included), else None."""
    match = _ROLE_APPOSITION.match(text, floor, verb)
    if match is None or not (match.group("role") in TITLE_WORDS or _in_nouns(match.group("role"), PERSON_ROLES)):
        return None
    titles, name = _split_name(match.group(1).split())
    surname = len(name) == 1 and not titles and name[0].lower().strip(".") not in NOT_NAMES \
        and not name[0].endswith(("ing", "ed"))  # 'Mitigating, Hartley's barrister, Sophie Khan, said': a participle
    if not (_is_person_name(name, bool(titles) and titles[-1].lower().strip(".") in HONORIFICS) or surname):
        return None  # a lone capitalised word is a surname only before a role ('Sessions, Trump's attorney general, said')
    return match.start(1), match.end(1)


def _titled_names(text: str, start: int, verb: int) -> bool:
    """', Massachusetts Attorney General Andrea Joy Campbell and New York Attorney General Letitia James said': a long run of
    capitalised words (titles and names, joined by 'and') between a quote and its verb is still its speaker."""
    words = [w.text for w in _words(text, start, verb)]
    return 2 < len(words) <= 16 and "and" in words and all(_is_cap(w) or w in {"and", "&"} for w in words) \
        and not text[start:verb].strip(" ,").count(",")


_PERCEIVED = re.compile(r"\s(?:(?:can|could|may|might|will|would)\s+be|(?:has|have|had)\s+been|was|were|is|are)\s+"
                        r"(?:heard|seen|caught|filmed|recorded)\s+$")
"""A perception passive before an '-ing' reporting verb: 'X could be heard telling', 'X was filmed saying'."""


def _perceived_speaker(text: str, floor: int, verb: int) -> tuple[int, int] | None:
    """'Donnelly could be heard telling a lobbyist, \"...\"', '\"...,\" Emmons can be heard saying': the subject of the
    passive perception verb is who speaks (a recording, a video)."""
    passive = _PERCEIVED.search(text, floor, verb)
    return _np_before(text, floor, passive.start()) if passive else None


def _apposed_name(text: str, start: int, verb: int) -> tuple[int, int] | None:
    """', Ethan Cho, a partner at X who is not an investor in Y, told': the span of a name (a party tag after it allowed)
    followed by an appositive closed by a comma before the verb, whatever commas the appositive holds ('Dana Kowalski, a
    mother of three in Allentown, Pa., tells NPR'); else None."""
    lead = text[start:verb]
    match = re.match(r"\s*,?\s*((?:[A-Z][\w’'\-.]*\s?){2,4})(?:\([^()]{1,14}\))?,\s", lead)  # a party tag may follow: '(R-S.C.)'
    if not (match and lead.rstrip().endswith(",") and len(_words(text, start, verb)) <= 30
            and _is_person_name(_split_name(match.group(1).split())[1], False)):
        return None
    return start + match.start(1), start + match.start(1) + len(match.group(1).rstrip())


_FRONTED_PARTICIPLE_PREPOSITIONS = VOCABULARY.words("participle_prepositions")
"""Words after a fronted past participle ('Pressed on', 'Asked about', 'Reached by phone'): the clause is not the subject."""


def _clause_subject(text: str, floor: int, end: int) -> tuple[int, int] | None:
    """The subject opening the sentence, for a verb whose own subject is elided.

    'On Tuesday, Sen. X (R-MT) went on a radio show and called ...', 'X returned to Michigan ..., telling ...':
    leading adverbials ('On Tuesday', 'Meanwhile') and a wire dateline ('WARREN, Mich. (AP) —') are skipped.
    """
    start = _after_opening(text, floor, end)
    bounds = [start, *(i for m in _CLAUSE_MARK.finditer(text, start, end) for i in (m.start(), m.end())), end]
    for seg_start, seg_end in zip(bounds[::2], bounds[1::2]):
        words = _words(text, seg_start, seg_end)
        if words and seg_start > start and words[0].text in PRONOUNS:
            return words[0][0], words[0][1]  # 'After the game, he was blunt': a pronoun subject after a fronted phrase
        parenthetical = text[seg_start - 1:seg_start] == "(" and text[seg_end:seg_end + 1] == ")"
        first = words[0].text.lower() if words else ""
        if not words or parenthetical or _lower(words[0].text) in BREAKERS | LEAD_STRIP or first in NOT_NAMES - DETERMINERS - SPEAKER_QUANTIFIERS \
                or (first.endswith("ing") and len(words) > 1 and not _is_cap(words[1].text)) \
                or (first.endswith("ed") and len(first) > 4 and len(words) > 1 and words[1].text.lower() in _FRONTED_PARTICIPLE_PREPOSITIONS) \
                or ((first in COUNTING_WORDS or first.isdigit()) and any(w.text.lower() in LEAD_STRIP for w in words[1:3])) \
                or (first in PREPOSITION_INTENSIFIERS and len(words) > 1 and words[1].text.lower() in PREPOSITIONS | SUBORDINATING_PREPOSITIONS):
            continue  # 'On Tuesday', 'Meanwhile', 'Writing for the majority', 'Pressed on the turnover', 'Asked about the poll',
            # 'Eight days later', 'Right before the shooting'
        phrase = []
        for at, word in enumerate(words):
            lowered = word.text.lower()
            following = words[at + 1].text if at + 1 < len(words) else ""
            named_soon = sum(_is_cap(w.text) for w in phrase) <= 1 and not (phrase and _is_cap(phrase[-1].text) and not _in_nouns(phrase[-1].text.lower(), _ROLE_OR_TITLE)) and (
                _is_cap(following) or _in_nouns(following.lower(), _ROLE_OR_TITLE)) and any(_is_cap(w.text) for w in words[at + 1:at + 3])
            role_soon = bool(phrase) and lowered not in BREAKERS and not lowered.endswith("ly") \
                and any(_in_nouns(w.text.lower(), PERSON_ROLES) for w in words[at + 1:at + 2])  # 'A Republican state lawmaker'
            if _is_cap(word.text) or lowered in TITLE_WORDS or (not phrase and lowered in DETERMINERS | SPEAKER_QUANTIFIERS) \
                    or _in_nouns(lowered, PERSON_ROLES | GROUP_NOUNS) or (phrase and named_soon and lowered not in BREAKERS) or role_soon:
                phrase.append(word)  # 'Local climate organizer Jess Redfeather'
                continue
            break
        if phrase and _looks_like_speaker([w.text for w in phrase]) and phrase[-1].text.lower() not in DETERMINERS | SPEAKER_QUANTIFIERS:
            return _apposed_name_after(text, seg_end, end, words) or (phrase[0][0], phrase[-1][1])
        return _apposed_name_after(text, seg_end, end, words)
    return None


_NAME_AFTER_COMMA = re.compile(r",\s+((?:[A-Z][\w’'\-.]*\s?){2,5}?)\s?(?=\(|,)")


def _apposed_name_after(text: str, seg_end: int, end: int, words: Sequence[WordSpan]) -> tuple[int, int] | None:
    """'One member of the caucus, Rep. Tiffany Alden (R-Ariz.), went further, calling ...': a subject that only describes
    (its words lower case after the first) is named by the appositive after it; that name is the subject."""
    if any(_is_cap(w.text) for w in words[1:]):
        return None
    match = _NAME_AFTER_COMMA.match(text, seg_end, end)
    if match is None:
        return None
    titles, name = _split_name(match.group(1).split())
    honorific = bool(titles) and titles[-1].lower().strip(".") in HONORIFICS
    return (match.start(1), match.start(1) + len(match.group(1).rstrip())) if _is_person_name(name, honorific) else None


def _clause_start(text: str, floor: int, pos: int) -> int:
    """Offset of the comma that introduces an '-ing' clause (', saying'), or `pos`."""
    comma = text.rfind(",", floor, pos)
    return comma if comma > floor else pos


def _cue_before(text: str, floor: int, open_at: int, verbs: Mapping[str, ReportingVerb], rule: str) -> _Cue | None:
    """The last reporting verb between `floor` and the quote, with its speaker; or 'according to'."""
    according = list(_ACCORDING.finditer(text, floor, open_at))
    matches = _verbs_in(text, floor, open_at, verbs)
    if according and (not matches or according[-1].start() > matches[-1].start()):
        found = _np_after(text, according[-1].end(), open_at)
        return _Cue(*found, None, "according to", rule) if found else None
    for at, match in reversed(list(enumerate(matches))):
        before = _words(text, max(floor, match.start() - 12), match.start())
        if at and before and before[-1].text.lower() in MODALS:
            continue  # 'Burgon said the government must ask "those with the broadest shoulders"': a duty, not a report
        cue = _subject_cue(text, floor, open_at, match, verbs, rule)
        if cue:
            return cue
    return None


def _cue_after(text: str, close: int, ceiling: int, verbs: Mapping[str, ReportingVerb]) -> _Cue | None:
    """The cue just after a closing mark: ', Smith said', ', said Smith', '— Smith', ', according to X'."""
    end = _sentence_end(text, close, ceiling)
    end = min([end] + [i for i in range(close + 1, end) if text[i] in "“\"‘" and text[i - 1].isspace()])
    dash = _DASH_ATTRIBUTION.match(text, close + 1, end)
    if dash:
        found = _np_after(text, dash.end(), end)
        return _Cue(*found, None, None, "dash") if found else None
    according = _ACCORDING.match(text, close + 1 + (len(text[close + 1:end]) - len(text[close + 1:end].lstrip(" ,"))), end)
    if according:
        found = _np_after(text, according.end(), end)
        return _Cue(*found, None, "according to", "according-to") if found else None
    matches = _verbs_in(text, close + 1, end, verbs)
    if matches and len(_words(text, close + 1, matches[0].start())) > 8:
        final = _final_attribution(text, close, end, matches[-1])
        if final is not None:
            return _Cue(*final, verbs[matches[-1].group().lower()], matches[-1].group(), "cue-after")
    if not matches or (len(_words(text, close + 1, matches[0].start())) > 8 and not _apposed_name(text, close + 1, matches[0].start())
                       and not _titled_names(text, close + 1, matches[0].start())):
        return None
    match = matches[0]
    relayed = _person_quoted(text, match, end, verbs[match.group().lower()])
    if relayed is not None:  # '"...," The Telegraph quoted Bannon as saying': the person quoted said them
        return _Cue(*relayed, verbs[match.group().lower()], match.group(), "cue-after")
    lead = text[close + 1:match.start()]
    if not lead.strip(" ,.!?\u00a0"):
        found = _np_after(text, match.end() + 1, end) if match.end() < end else None
        return _Cue(*found, verbs[match.group().lower()], match.group(), "cue-after") if found else None
    found = _np_before(text, close + 1, match.start()) or _plain_np(text, close + 1, match.start()) \
        or _perceived_speaker(text, close + 1, match.start())
    apposed = _apposed_name(text, close + 1, match.start())
    if apposed is not None and (found is None or found[0] >= apposed[1]):
        found = apposed  # the noun phrase before the verb ended an appositive ('..., Pa., tells NPR'): the name speaks
    return _Cue(*found, verbs[match.group().lower()], match.group(), "cue-after") if found else None


def _final_attribution(text: str, close: int, end: int, match: re.Match[str]) -> tuple[int, int] | None:
    """'Nurses are at "breaking point" as patients wait record times, the Royal College of Nursing has warned.': a
    sentence closing on ', <speaker> (has) <verb>' attributes the whole sentence, however long the clause before it."""
    comma = text.rfind(",", close + 1, match.start())
    if comma < 0 or len(_words(text, comma + 1, match.start())) > 8 or _words(text, match.end(), end):
        return None
    return _np_before(text, comma + 1, match.start())


_PLAIN_NP = re.compile(r"\s*,?\s*((?:the|a|an|one|another)\s+[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2})\s*$")


def _plain_np(text: str, start: int, verb: int) -> tuple[int, int] | None:
    """'“We are broke,” the treasurer said': a short noun phrase alone between a quote and its verb speaks, role noun or not."""
    match = _PLAIN_NP.match(text, start, verb)
    if match is None or any(w in BREAKERS | OBJECT_PREPOSITIONS for w in match.group(1).split()[1:]):
        return None
    return match.start(1), match.end(1)


# ---------------------------------------------------------------------------------------------
# Speaker resolution inside one article, over the people the actor index names


@dataclass(frozen=True)
class _Referent:
    """A prominent mention (sentence subject, speaker, passive agent) pronouns can point back to."""

    start: int
    end: int
    phrase: str
    paragraph: int
    speaker: bool = False


@dataclass(frozen=True)
class _Person:
    """A person the actor index names in the article: full name, surname, titles written for them, the index's actor id."""

    name: str
    surname: str
    titles: tuple[str, ...]
    gender: str | None
    start: int
    actor_id: str


_TITLE_OR_HONORIFIC = TITLE_WORDS | frozenset(HONORIFICS)
_NOT_A_DESCRIPTION_HEAD = NOT_NAMES | _TITLE_OR_HONORIFIC
_NOT_A_DESCRIPTION_WORD = BREAKERS | OBJECT_PREPOSITIONS | NOT_NAMES
"""Unions the speaker tests ask about at every word, made once (each was a new set of 150-350 words at every test)."""


def _split_name(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into (title words, name words): the name is the trailing non-title part."""
    name: list[str] = []
    words = list(words)
    while len(words) > 2 and words[-1].lower().strip(",") in POSTNOMINALS and words[-1][:1].isupper():
        words.pop()
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        lowered = word.lower().strip(".")
        plural_title = lowered.endswith("s") and lowered[:-1] in TITLE_HEADS  # 'Senators Ann Bly and Tom Ruiz'
        surname = not name and position > 0 and _is_cap(words[position - 1]) and words[position - 1].lower().strip(".") not in \
            _TITLE_OR_HONORIFIC  # 'commissioner Andy Lord': an honorific ending a name is a surname
        if lowered in TITLE_WORDS or plural_title or (lowered in HONORIFICS and not surname) or word.endswith(("’s", "'s")) or not (_is_cap(word) or lowered in PARTICLES):
            break
        name.insert(0, word)
    while name and (name[0] in PARTICLES or name[0].lower() in LEAD_STRIP):
        name.pop(0)  # 'da Silva' cut from a longer name; a capitalised particle opens a name ('Van Jones', 'Al Gore', 'De Blasio')
    if len(name) >= 3 and name[0].lower() in PERSON_ROLES:
        name.pop(0)
    return list(words[: len(words) - len(name)]), name


def _first_name_starts(titles: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """'Assistant Secretary of the Navy Rebecca Liu': a capitalised run that is no person's name because an organisation word
    opens it is the person named from the known first name on; the words before it join the title."""
    if _is_person_name(name, False):
        return titles, name
    at = next((i for i, w in enumerate(name) if i and w.lower() in first_names() and _is_person_name(name[i:], False)), None)
    return (titles + name[:at], name[at:]) if at is not None else (titles, name)


def _is_person_name(name: Sequence[str], honorific: bool) -> bool:
    """A speaker phrase's words that name a person: honorific-led, or 2-4 capitalised words none of them organisation words."""
    middle_initial = {i for i, w in enumerate(name) if 0 < i < len(name) - 1 and len(w.strip(".")) == 1 and w[:1].isupper()}
    if not name or any(_in_nouns(w.lower(), ORG_WORDS) or (w.lower().strip(".") in NOT_NAMES and i not in middle_initial
                                                            and not _calendar_surname(name, i, honorific))
                       or (w.isupper() and len(w) > 1 and w.lower() not in NAME_SUFFIXES) for i, w in enumerate(name)):
        return False  # a middle initial is never a stop word: 'Samuel A. Alito', 'Mary I. Lopez'; 'III' is part of a name

    return honorific or 2 <= len(name) <= 4 or (len(name) == 5 and any(w in PARTICLES for w in name))


def _calendar_surname(name: Sequence[str], at: int, honorific: bool) -> bool:
    """A month closing a name after an honorific or a known first name is a surname ('Mrs May', 'Theresa May')."""
    return at == len(name) - 1 and name[at].lower() in CALENDAR_WORDS and (honorific or (at > 0 and name[at - 1].lower() in first_names()))


class _Resolver:
    """Surname, title and pronoun linking inside one article."""

    def __init__(self, doc: Document, masked: str, verbs: Mapping[str, ReportingVerb], actors: ActorIndexLike) -> None:
        """Take the article's named people from the actor index and collect its prominent mentions."""
        self.doc = doc
        self.masked = masked
        self.actors = actors
        self.speakers: dict[tuple[str, int, int], Speaker] = {}
        """`canonical_speaker`'s answers in this article, by mention and offsets."""
        self.people = self._people(actors)
        self.referents = self._referents(verbs)
        self._referent_starts = [referent.start for referent in self.referents]
        self._paragraph_starts = [paragraph.start for paragraph in doc.paragraphs]
        self._by_name: dict[str, list[_Person]] = {}
        self._by_surname: dict[str, list[_Person]] = {}
        self._by_actor: dict[str, list[_Person]] = {}
        self._by_name_word: dict[str, list[_Person]] = {}
        self._by_title: dict[tuple[str, ...], _Person] = {}
        for person in self.people:  # indexes built once, so each lookup does not rescan the article's people
            self._by_name.setdefault(person.name, []).append(person)
            self._by_surname.setdefault(person.surname, []).append(person)
            self._by_actor.setdefault(person.actor_id, []).append(person)
            for word in dict.fromkeys(person.name.split()):
                self._by_name_word.setdefault(word, []).append(person)
            for title in person.titles:
                self._by_title.setdefault(_title_key(title.split()), person)

    def _people(self, actors: ActorIndexLike) -> list[_Person]:
        """Every person the actor index names in the text, in order: the name as written (an honorific dropped, a peer's
        kept: 'Lord Reed'), its surname, the titles the text gives there, and the honorific's gender."""
        people = []
        for mention in actors.person_names():
            words = mention.text.split()
            honorific = words[0] if len(words) > 1 and words[0].lower() in HONORIFICS else None
            name = words[1:] if honorific and honorific.lower().strip(".") not in PEERAGES else words
            start = mention.start + (mention.text.index(name[0]) if name is not words else 0)
            if mention.kind == "name" and honorific is None:
                name = actors.actor(mention.actor_id).name.split()  # the index's full name: 'Son Heung-min', 'Tom Marchetti'
            while len(name) > 2 and name[-1].lower().strip(",") in LETTERS_AFTER_NAME and name[-1][:1].isupper():
                name = name[:-1]  # 'Jonathan Ayres KC': letters after a name are not the name ('Jr.' and 'III' are)
            surname = next((word for word in reversed(name) if word.lower().strip(".,") not in NAME_SUFFIXES), name[-1])
            gender = HONORIFICS.get(honorific.lower()) if honorific else None
            people.append(_Person(" ".join(name), surname, actors.titles_at(mention), gender, start, mention.actor_id))
        return people

    @functools.cached_property
    def _campaigns(self) -> tuple[list[int], list[str]]:
        """Where each '<Name> campaign' the article writes ends, and its owner, in text order (found once per article)."""
        found = [(m.end(), m.group(1)) for m in _CAMPAIGN_NAMED.finditer(self.doc.text)]
        return [end for end, _ in found], [owner for _, owner in found]

    def campaigns_before(self, start: int) -> list[str]:
        """The owners of the campaigns named before offset `start` ('the Trump campaign' ... 'The campaign said')."""
        ends, owners = self._campaigns
        return owners[:bisect.bisect_right(ends, start)]

    @functools.cached_property
    def _surnames(self) -> frozenset[str]:
        """The surnames of the people the actor index names in the article, as written."""
        return frozenset(person.surname for person in self.people)

    def _referents(self, verbs: Mapping[str, ReportingVerb]) -> list[_Referent]:
        """Sentence subjects, reporting-verb subjects and passive agents, in text order."""
        found: dict[int, _Referent] = {}
        for sentence in self.doc.sentences:
            subject = self._sentence_subject(sentence.start, sentence.end)
            if subject:
                found[subject[0]] = self._referent(*subject, sentence.paragraph)
            for match in _verbs_in(self.masked, sentence.start, sentence.end, verbs):
                cue = _subject_cue(self.masked, sentence.start, sentence.end, match, verbs, "")
                if cue is None and _AFTER_QUOTE_COMMA.search(self.masked, sentence.start, match.start()):
                    inverted = _np_after(self.masked, match.end() + 1, sentence.end)  # '“...,” said Sen. Susan Collins'
                    cue = _Cue(*inverted, None, None, "") if inverted else None
                if cue:
                    end = max(cue.end, found[cue.start].end) if cue.start in found else cue.end  # the longer reading of one subject
                    found[cue.start] = replace(self._referent(cue.start, end, sentence.paragraph), speaker=True)
        return [found[key] for key in sorted(found)]

    def _referent(self, start: int, end: int, paragraph: int) -> _Referent:
        """A referent record for text[start:end]."""
        return _Referent(start, end, self.doc.text[start:end], paragraph)

    def _sentence_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """The capitalised noun phrase opening a sentence ('Mr Jarvis signed', 'The Home Office said'), after a dateline or
        live-blog time stamp ('12:10 GMT - Sir Ed Davey turns to ...')."""
        dateline = _DATELINE.match(self.masked, start, end)
        start = dateline.end() if dateline else start
        apposed = _APPOSED_SUBJECT.match(self.masked, start, end)
        if apposed:
            return apposed.start(1), apposed.start(1) + len(apposed.group(1).rstrip())
        words = _words(self.masked, start, end)
        comma = self.masked.find(",", start, end)
        fronted = words and _is_cap(words[0].text) and (words[0].text.endswith(("ing", "ed")) or words[0].text.lower() in OBJECT_PREPOSITIONS
                                                      or (len(words) > 1 and words[0].text.lower() in LEAD_STRIP
                                                          and words[1].text.lower() in OBJECT_PREPOSITIONS))  # 'Back in Allentown,'
        after = [w for w in words if w[0] > comma] if comma > 0 else []
        named = len(after) >= 2 and _is_cap(after[0].text) and (_is_cap(after[1].text) or after[0].text in self._surnames)
        if fronted and named:
            words = after  # 'Writing for the majority, Justice Neil Gorsuch was blunt', 'Outside the room, Ellen Marbury, 67, held',
            # 'Back in Allentown, Kowalski has adjusted' (a surname the article has named)
        elif after and len(words) - len(after) <= 5 and not _is_cap(after[0].text):
            described = self._described_subject(after, opening=False)  # 'Back in Ely, nurse Carla Jimenez has worked there'
            if described is not None:
                return described
        while words and words[0].text.lower() in LEAD_STRIP:
            words.pop(0)
        described = self._described_subject(words)
        if described is not None:
            return described
        phrase: list[WordSpan] = []
        for word in words:
            lowered = word.text.lower()
            gap = self.masked[phrase[-1][1]:word[0]].strip() if phrase else ""
            initial = bool(phrase) and len(phrase[-1].text) == 1 and phrase[-1].text.isupper()  # 'J. D. Vance'
            if gap and not (gap == "." and (phrase[-1].text.lower() in ABBREVIATIONS or initial)):
                break
            role = bool(phrase) and _is_cap(phrase[-1].text) and lowered in PERSON_ROLES
            relative = len(phrase) == 1 and phrase[0].text.lower() in POSSESSIVES and lowered in FAMILY_RELATIONS  # 'Her husband was blunt'
            if relative:
                return phrase[0][0], word[1]
            if _is_cap(word.text) or lowered in TITLE_WORDS or lowered in GROUP_NOUNS or role or (not phrase and lowered in {"the", "a"}):
                phrase.append(word)
                continue
            break
        if phrase and phrase[-1].text.lower() in {"the", "a"}:
            return None
        if not phrase or phrase[0].text.lower() in PRONOUNS or (len(phrase) == 1 and phrase[0].text.lower() in NOT_NAMES):
            return None
        return phrase[0][0], phrase[-1][1]

    def _described_subject(self, words: Sequence[WordSpan], opening: bool = True) -> tuple[int, int] | None:
        """A sentence opening with a description in ordinary nouns before a named person ('Lorry driver Piotr Nowak, 52, had
        been queuing', 'Retired teacher Ann Lee said'): the person is the subject. Not `opening`: the words after a fronted
        phrase's comma, whose description starts in lower case ('Back in Ely, nurse Carla Jimenez has worked')."""
        if len(words) < 3 - (not opening) or words[0].text.lower() in _NOT_A_DESCRIPTION_HEAD \
                or _is_cap(words[0].text) != opening:
            return None
        if not opening and words[0].text.endswith("s") and not words[0].text.endswith("ss"):
            return None  # 'In Ely, voters told Carla Jimenez': a plural is a subject of its own, not a description of one person
        for count in range(1, min(4, len(words) - 1)):
            lowered = words[count].text.lower()
            if _is_cap(words[count].text):
                person = next((p for p in self.people if p.start == words[count][0]), None)
                if person is None or count < 1 + opening:
                    return None
                return person.start, person.start + len(person.name)
            if not lowered.isalpha() or lowered in _NOT_A_DESCRIPTION_WORD or lowered.endswith(("ed", "ly")) \
                    or self.masked[words[count - 1][1]:words[count][0]] != " ":
                return None
        return None

    # -- classification of a phrase

    def person_of(self, phrase: str, start: int) -> _Person | None:
        """The named person a phrase denotes: full name, surname, honorific + surname, or exact title."""
        words = phrase.split()
        titles, name = _first_name_starts(*_split_name(words))
        if name and titles and titles[-1].lower() in PREPOSITIONS | {"the"} and len(titles) > 1:
            return None
        if name:
            if len(name) > 1:
                first, last = start + phrase.rfind(" ".join(name)), start + phrase.rfind(name[-1]) + len(name[-1])
                return self._indexed_person(first, last)
            return self._person_by_surname(name[0], start + phrase.rfind(name[0]))
        return self._person_by_title(words, start)

    def _indexed_person(self, start: int, end: int) -> _Person | None:
        """The person the actor index names at text[start:end] ('Cooper', 'Torres Small', 'Yvette Cooper'), by their full name."""
        actor = self.actors.person_at(start, end)
        own = self._by_actor.get(actor.id, ()) if actor is not None else ()
        return next((p for p in own if " " in p.name), own[0]) if own else None

    def _person_by_surname(self, word: str, at: int) -> _Person | None:
        """The person a single name at offset `at` denotes: whoever the actor index links it to (by their full name), else
        the one person the index names with it as first or middle name ('Jade, who works part-time')."""
        person = self._indexed_person(at, at + len(word))
        if person is not None:
            return person
        with_word = self._by_name_word.get(word, ())
        first = {p.name: p for p in with_word if p.name.split()[0] == word and " " in p.name}
        middle = {p.name: p for p in with_word if word in p.name.split()[1:-1]}
        return next(iter(first.values())) if len(first) == 1 else next(iter(middle.values())) if len(middle) == 1 else None

    def _person_by_place_title(self, phrase: str, start: int) -> _Person | None:
        """'The Mayor of Greater Manchester told the MEN' after 'Andy Burnham warned': a definite title with its place or body
        after 'of' refers back as the bare title does ('the Mayor')."""
        words = phrase.split()
        titles, name = _split_name(words)
        if not name or len(titles) < 3 or titles[0].lower() != "the" or titles[-1].lower() not in PREPOSITIONS \
                or titles[-2].lower() not in TITLE_HEADS:
            return None
        return self._person_by_title(titles[:-1], start)

    def _person_by_title(self, words: Sequence[str], start: int) -> _Person | None:
        """A role phrase ('the Home Secretary') linked to a person: exact title, else same role head."""
        role = _title_key(w for w in words if w.lower() not in DETERMINERS)
        if not role or words[0].lower() in {"a", "an"}:
            return None
        exact = self._by_title.get(role)
        if exact:
            return exact
        last = role[-1] if role[-1] in _ROLE_OR_TITLE else role[-1].rsplit("-", 1)[-1]  # 'the Sinn Fein vice-president'
        head = (last, next((w for w in role if w in OTHER_ROLE_MODIFIERS), None))
        positions, people = self._named_by_role_head.get(head, ([], []))
        latest = bisect.bisect_left(positions, bisect.bisect_left(self._referent_starts, start)) - 1
        if latest >= 0:
            return people[latest]
        owned = any(w.endswith(("’s", "'s")) for w in words)  # "the Prime Minister's official spokesman": someone else's role
        return self._recent_speaker(start) if words[0].lower() == "the" and head[0] in PERSON_ROLES and not owned else None

    @functools.cached_property
    def _named_by_role_head(self) -> dict[tuple[str, str | None], tuple[list[int], list[_Person]]]:
        """(Role head word, other-role modifier or None) -> (positions of the named referents whose person holds such a
        title, those people): 'the Chancellor' is not the shadow chancellor named before."""
        table: dict[str, tuple[list[int], list[_Person]]] = {}
        for position, referent in enumerate(self.referents):
            person = self.person_of(referent.phrase, referent.start) if _split_name(referent.phrase.split())[1] else None
            if person is None:
                continue
            for title in dict.fromkeys(_title_key(t.split()) for t in self.titles_of(person)):
                if title:
                    key = (title[-1], next((w for w in title if w in OTHER_ROLE_MODIFIERS), None))
                    table.setdefault(key, ([], []))[0].append(position)
                    table[key][1].append(person)
        return table

    def _recent_speaker(self, start: int) -> _Person | None:
        """For 'the deputy prime minister' with no titled match: the last named speaker, untitled, two paragraphs back at most
        (a lede names them, a paragraph of facts follows, then 'The Mayor told the Standard:'), named before the title's sentence ('Mr. Powell declined to respond to criticism from the president' is two people)."""
        paragraph = self._paragraph_index(start)
        floor = next((p.start for p in self.doc.paragraphs if p.index == paragraph), 0)
        sentence = _sentence_start(self.masked, floor, start)
        latest = True
        for referent in self._before(start):
            if referent.start >= sentence:
                continue
            just_before, latest = latest and referent.paragraph == paragraph, False  # 'X, who ..., was terse. "...," the coach
            # said': the last prominent mention before the title's sentence, in its paragraph, need not be a speaker
            if not (referent.speaker or just_before) or not _split_name(referent.phrase.split())[1]:
                continue
            if referent.paragraph < paragraph - 2:
                return None
            person = self.person_of(referent.phrase, referent.start)
            if person:
                return None if self.titles_of(person) else person
        return None

    def _recent(self, start: int) -> list[_Referent]:
        """Referents before `start` in its paragraph or the previous one, latest first."""
        paragraph = self._paragraph_index(start)
        return list(itertools.takewhile(lambda r: r.paragraph >= paragraph - 1, self._before(start)))

    def _before(self, start: int) -> Iterator[_Referent]:
        """Referents starting before `start`, latest first (they are in text order: binary search)."""
        for position in range(bisect.bisect_left(self._referent_starts, start) - 1, -1, -1):
            yield self.referents[position]

    def _paragraph_index(self, offset: int) -> int:
        """Index of the paragraph holding `offset` (its end included), else 0."""
        position = bisect.bisect_right(self._paragraph_starts, offset) - 1
        paragraph = self.doc.paragraphs[position] if position >= 0 else None
        return paragraph.index if paragraph is not None and paragraph.start <= offset <= paragraph.end else 0

    def _introduced(self, phrase: str, start: int) -> _Referent | None:
        """'the spokesperson' after 'A spokesperson for Meta said': the indefinite mention it takes up."""
        words = phrase.lower().split()
        if len(words) != 2 or words[0] != "the" or not _in_nouns(words[1], PERSON_ROLES | GROUP_NOUNS):
            return None
        return next((r for r in self._recent(start) if r.phrase.lower().split()[:1] in (["a"], ["an"])
                     and words[1] in r.phrase.lower().replace(",", "").split()), None)

    def _epithet_person(self, phrase: str, start: int) -> _Person | None:
        """'the 54-year-old', 'the Spaniard', 'the Texas Republican': the latest named person nearby."""
        words = phrase.split()
        rest = words[1:]
        if words[0].lower() != "the" or not rest or any(w.lower() in ORG_WORDS | GROUP_NOUNS for w in rest):
            return None
        if _AGE.match(rest[-1]):
            return self._person_of_age(rest[-1].split("-")[0], start) or self._recent_person(start)
        if all(_is_cap(w) and not w.isupper() for w in rest) and _DEMONYM.search(rest[-1]):
            return self._recent_person(start)
        return None

    def _person_of_age(self, age: str, start: int) -> _Person | None:
        """The latest person before `start` introduced with that age ('Claire Dunmore, 54,')."""
        aged = [p for p in self.people if p.start < start and re.match(rf"[\w’'\- ]*?,\s*{age}\b", self.masked[p.start:p.start + 60])]
        return aged[-1] if aged else None

    def _recent_person(self, start: int) -> _Person | None:
        """The named person of the latest nearby referent, through a pronoun's antecedent when needed."""
        for referent in self._recent(start):
            if referent.phrase.lower() in PRONOUNS:
                referent = self.antecedent(referent.phrase, referent.start) or referent
            person = self.person_of(referent.phrase, referent.start) if _split_name(referent.phrase.split())[1] else None
            if person:
                return person
        return None

    def titles_of(self, person: _Person) -> list[str]:
        """All titles written before any mention of the same person."""
        return [t for p in self._by_name.get(person.name, ()) for t in p.titles]

    def gender_of(self, person: _Person) -> str | None:
        """Gender the actor index gives the person (registry, honorific or first name), else the gender the article gives."""
        actor = self.actors.actor(person.actor_id)
        return getattr(actor, "gender", None) or self._gender_in_text.get(person.name)

    @functools.cached_property
    def _gender_in_text(self) -> dict[str, str]:
        """Gender the article itself gives a named person whose first name and honorific tell none: a gendered role set off
        after the name ('Dmitry Peskov, Vladimir Putin's spokesman,'), or 'he'/'she' opening a sentence of a paragraph whose
        only named person before it is them ('Sikorski said ... “...,” he told reporters')."""
        found: dict[str, str] = {}
        for person in self.people:
            apposed = re.match(r",\s+([^,.;:“”\"]{2,60}),", self.masked[person.start + len(person.name):person.start + len(person.name) + 70])
            gender = _role_gender(apposed.group(1)) if apposed else None
            if gender and person.name not in found:
                found[person.name] = gender
        for referent in self.referents:
            want = PRONOUNS.get(referent.phrase.lower())
            if want not in {"male", "female"}:
                continue
            named = {p.name for r in self._before(referent.start) if r.paragraph == referent.paragraph
                     and r.phrase.lower() not in PRONOUNS and (p := self.person_of(r.phrase, r.start)) is not None}
            if len(named) == 1:
                found.setdefault(named.pop(), want)
        return found

    def kind_of(self, phrase: str, start: int) -> str:
        """'person', 'group' (plural) or 'thing' (singular organisation, document)."""
        words = [w for w in phrase.split() if w.lower() not in DETERMINERS]
        if not words:
            return "thing"
        lowered = words[-1].lower().strip(".,")
        nouns = [w.lower() for w in words if not _is_cap(w)]
        if nouns and _is_cap(words[-1]) and nouns[-1] in GROUP_NOUNS - PERSON_ROLES:
            return "thing"
        if self.person_of(phrase, start) or lowered in PERSON_ROLES or words[0].lower().strip(".") in HONORIFICS:
            return "person"
        if phrase.split()[0].lower() not in DETERMINERS and _is_person_name(_split_name(words)[1], False):
            return "person"
        return "group" if lowered.endswith("s") and not lowered.endswith("ss") else "thing"

    def relative(self, phrase: str, start: int) -> tuple[str | None, _Person | None] | None:
        """For a family relation after a possessive ('Her husband', 'his widow'): (the relation's gender, the person named in
        the article who has the possessor's surname and that gender, else None); None for any other phrase.
        'Tom and Evelyn Marchetti ... Evelyn Marchetti said. Her husband was blunt' is Tom Marchetti, not the last man named."""
        words = phrase.lower().split()
        if len(words) != 2 or words[0] not in POSSESSIVES or words[1] not in FAMILY_RELATIONS:
            return None
        gender = FAMILY_RELATIONS[words[1]]
        owner = self.antecedent(POSSESSIVES[words[0]], start)
        possessor = self.person_of(owner.phrase, owner.start) if owner is not None else None
        if possessor is None:
            return gender, None
        family = [p for p in self._by_surname.get(possessor.surname, ()) if p.name != possessor.name and " " in p.name
                  and p.start < start and (gender is None or self.gender_of(p) in {gender, None})]
        return gender, (family[-1] if family else None)

    def antecedent(self, pronoun: str, start: int) -> _Referent | None:
        """The most recent prominent mention before `start` compatible with the pronoun."""
        want = PRONOUNS.get(pronoun.lower())
        for referent in self._before(start):
            if referent.phrase.lower() in PRONOUNS:
                continue
            relation = referent.phrase.lower().split()
            if len(relation) == 2 and relation[0] in POSSESSIVES and relation[1] in FAMILY_RELATIONS:
                if want in {"male", "female"} and FAMILY_RELATIONS[relation[1]] in {None, want}:
                    return referent
                continue
            kind = self.kind_of(referent.phrase, referent.start)
            if want in {"male", "female"} and kind == "person":
                person = self.person_of(referent.phrase, referent.start)
                gender = self.gender_of(person) if person else _role_gender(referent.phrase)
                subject = self._same_pronoun_subject(pronoun, referent) if person is None and gender is None else None
                if subject is not None:
                    return self.antecedent(subject.phrase, subject.start)  # 'she recalled being told by a party official'
                if gender in {None, want}:
                    return referent
            elif want == "thing" and kind == "thing":
                return referent
            elif want == "plural" and kind in {"group", "thing"}:
                return referent
        return None

    def _same_pronoun_subject(self, pronoun: str, referent: _Referent) -> _Referent | None:
        """The same pronoun speaking earlier in the sentence of an unnamed, ungendered mention ('she recalled being told by a
        party official that ...'): the next 'she' continues that subject, not the mention inside its clause."""
        floor = next((p.start for p in self.doc.paragraphs if p.index == referent.paragraph), 0)
        sentence = _sentence_start(self.masked, floor, referent.start)
        return next((r for r in self._before(referent.start) if r.start >= sentence and r.speaker
                     and r.phrase.lower() == pronoun.lower() and r.start < referent.start), None)

    def canonical(self, phrase: str, start: int) -> str:
        """One name per speaker: the person's full name, else the phrase without its article."""
        relation = self.relative(phrase, start)
        if relation is not None:
            return relation[1].name if relation[1] is not None else phrase[:1].upper() + phrase[1:]
        earlier = self._introduced(phrase, start)
        if earlier:
            return self.canonical(earlier.phrase, earlier.start)
        person = self._epithet_person(phrase, start) or self.person_of(phrase, start) or self._person_by_place_title(phrase, start)
        if person:
            return person.name
        words = phrase.split()
        if words and words[0].lower() in DETERMINERS | SPEAKER_QUANTIFIERS:
            words = words[1:]
        if words and words[0].lower().strip(".") in HONORIFICS and len(words) > 1 and words[0].lower() not in PEERAGES:
            words = words[1:]
        if len(words) > 1 and not _is_cap(words[0]) and all(_is_cap(w) for w in words[1:]):
            words = [w for w in words if _is_cap(w)]
        text = " ".join(words)
        return text if is_camel_name(text) else text[:1].upper() + text[1:]


def _title_key(words: Iterable[str]) -> tuple[str, ...]:
    """A comparable title: lower case, abbreviations written out ('Gov.' is 'governor'), leading party, nationality and
    possessive words dropped."""
    lowered = [TITLE_ABBREVIATION_FORMS.get(key, key) for key in (w.lower().strip(".,") for w in words)]
    while lowered and lowered[0] not in TITLE_WORDS and len(lowered) > 1:
        lowered.pop(0)
    return tuple(lowered)


def _role_gender(phrase: str) -> str | None:
    """Gender from a gendered role noun (spokeswoman, chairman)."""
    lowered = phrase.lower()
    if re.search(r"woman\b|\bmother\b|\bqueen\b", lowered):
        return "female"
    if re.search(r"(?<!wo)man\b|\bfather\b|\bking\b", lowered):
        return "male"
    return None


@dataclass(frozen=True)
class Speaker:
    """A canonical speaker: name, actor id and side when an actor index knows them."""

    name: str | None
    id: str | None
    side: str | None


def canonical_speaker(mention: str, start: int, end: int, actors: ActorIndexLike | None, resolver: _Resolver) -> Speaker:
    """One speaker per person: pronouns via the nearest compatible mention, then the actor index or the article.
    Remembered per article in the resolver: the rules ask again for a mention they have read (half the asks in seed
    articles), and the answer depends only on the mention, its offsets, the article's actor index and the resolver."""
    if actors is not resolver.actors:
        return _canonical_speaker(mention, start, end, actors, resolver)
    key = (mention, start, end)
    speaker = resolver.speakers.get(key)
    if speaker is None:
        speaker = resolver.speakers[key] = _canonical_speaker(mention, start, end, actors, resolver)
    return speaker


def _canonical_speaker(mention: str, start: int, end: int, actors: ActorIndexLike | None, resolver: _Resolver) -> Speaker:
    """`canonical_speaker` worked out."""
    campaign = _campaign_speaker(mention, start, end, actors, resolver)
    if campaign is not None:
        return campaign
    mention = POSSESSIVES.get(mention.lower(), mention)
    if _UNNAMED_MEMBERS.fullmatch(mention.strip()):
        return Speaker(None, None, None)  # 'one of the people said': an unnamed member of a group, nobody the text names
    if mention.lower() in PRONOUNS:
        antecedent = resolver.antecedent(mention, start)
        if antecedent is None:
            actor = actors.resolve(mention, start, end) if actors is not None else None
            return Speaker(actor.name, actor.id, actor.side) if actor is not None else Speaker(None, None, None)
        agreed = _index_person_at(mention, start, end, antecedent.start, antecedent.end, actors, resolver.doc.text) if actors is not None else None
        if agreed is not None:
            return Speaker(agreed.name, agreed.id, agreed.side)
        mention, start, end = antecedent.phrase, antecedent.start, antecedent.end
    relation = resolver.relative(mention, start)
    if relation is not None:  # 'Her husband': the family member the article named, else the words
        name = resolver.canonical(mention, start)
        actor = actors.named(name) if actors is not None and relation[1] is not None else None
        return Speaker(name, getattr(actor, "id", None), getattr(actor, "side", None))
    issued = _ISSUED_BY.match(mention) or _ISSUER_BEFORE.match(mention)
    if issued is not None:  # 'a statement from the Pentagon', 'a report by the inspector general': the issuer speaks
        return canonical_speaker(issued.group("issuer"), start + issued.start("issuer"), end, actors, resolver)
    joint = _joint_speaker(mention, start, end, actors, resolver)
    if joint is not None:
        return joint
    text_name = resolver.canonical(mention, start)
    principal = _spoken_for(mention, start, actors) if actors is not None else None
    if principal is not None:  # the principal speaks through them, as the article writes it ('a Home Office spokesperson')
        return principal
    head = (_head_document(start, end, actors) or _head_person(mention, start, end, actors)
            or _head_organisation(mention, start, end, actors) or _cut_organisation(mention, start, end, actors)
            or _clipped_organisation(start, end, actors)) if actors is not None else None
    if head is not None:
        return Speaker(head.name, head.id, head.side)
    actor = actors.resolve(mention, start, end) if actors is not None else None
    if actor is None:
        if not (_can_speak(mention) or _can_speak(text_name)):
            return Speaker(None, None, None)
        person = actors.named(text_name) if actors is not None and text_name != mention and _names_person(text_name) else None
        if person is not None and getattr(person, "type", None) == "person":  # the article's name for a title: the index's person
            return Speaker(text_name, person.id, person.side)
        return Speaker(text_name, None, None)
    side = getattr(actor, "side", None)
    voice = _institutional_voice(mention, actor)
    if voice is not None:  # 'a White House official said': the organisation's voice, as the article writes it
        return Speaker(voice, actor.id, side)
    if getattr(actor, "type", None) == "group" or _member_of_organisation(mention, actor) \
            or (getattr(actor, "type", None) == "person" and _role_after_name(mention, actor)):
        return Speaker(text_name, None, side)  # 'critics', 'a Labour source', 'a senior Clinton adviser': a side, no actor
    if _POSSESSED.search(mention):
        return Speaker(text_name, None, side)
    article = re.match(r"(?:the|a|an)\s+", mention, re.IGNORECASE)
    core = (start + article.end(), end) if article else (start, end)
    if any(m.actor_id == actor.id and (m.start, m.end) in {(start, end), core} and m.kind in EXACT_KINDS
           for m in actors.mentions_between(start, core[0] + 1)):
        return Speaker(actor.name, actor.id, side)  # the index read this very phrase as the actor ('The report' -> its issuer)
    if not getattr(actor, "known", True):
        named = actor.id in actors.named_ids()
        if getattr(actor, "type", None) == "person" and named and _names_cover(mention, actor):
            return Speaker(actor.name, actor.id, side)
        return Speaker(text_name, actor.id if actor.name == text_name else None, side if actor.name == text_name else None)
    if not _names_cover(mention, actor):
        return Speaker(text_name, None, None)
    return Speaker(actor.name, actor.id, side)


_UNNAMED_MEMBERS = re.compile(r"(?i:one|two|three|four|some|several|many|most|none|both)\s+of\s+(?:the|those|them)(?:\s+[a-z][\w\-]*)*")
"""A partitive of lower-case words ('one of the people', 'two of the officials'): unnamed members of a group."""
_SPOKES_WORDS = "|".join(sorted(SPOKES))
_SPOKESPERSON_OF = re.compile(r"(?:(?i:a|an|the|one)\s+)?(?P<principal>(?:the\s+)?[A-Z0-9][\w’'.&\-]*(?:\s+(?:[A-Z0-9][\w’'.&\-]*|of|for|and|&))*?)"
                              r"(?:['’]s)?\s+(?:" + _SPOKES_WORDS + r")")
_SPOKESPERSON_FOR = re.compile(r"(?:(?i:a|an|the|one)\s+)?(?:" + _SPOKES_WORDS + r")\s+(?:for|at)\s+(?P<principal>(?:the\s+)?[A-Z].*)")


def _spoken_for(mention: str, start: int, actors: ActorIndexLike) -> Speaker | None:
    """The organisation or person an unnamed spokesperson speaks for ('a Home Office spokesperson', 'a spokeswoman for
    the Department for Transport', "Mr Thune's spokesman"): their words are the principal's statement, so the quote takes
    the principal's id and side (voice shares by side and by actor count it with the principal) and its name, an
    organisation's as the article writes it ('Home Office'), a person's in full. A named spokesperson ('spokesman Kevin
    Hardesty') speaks as themselves."""
    match = _SPOKESPERSON_OF.fullmatch(mention.strip()) or _SPOKESPERSON_FOR.fullmatch(mention.strip())
    found = _principal_of(match, mention, start, actors) if match is not None else None
    if found is not None:
        return found
    # 'A spokesman said' after 'The Care Quality Commission said ...': whom the index found they speak for
    spokesperson = next((actors.actor(m.actor_id) for m in actors.mentions_between(start, start + len(mention))
                         if m.start == start and m.end == start + len(mention.rstrip())), None)
    name = getattr(spokesperson, "name", "")
    if name.startswith(SPOKESPERSON_FOR) and getattr(spokesperson, "type", None) == "person":
        return Speaker(name[len(SPOKESPERSON_FOR):], spokesperson.id, getattr(spokesperson, "side", None))
    return None


def _principal_of(match: re.Match[str], mention: str, start: int, actors: ActorIndexLike) -> Speaker | None:
    """The principal a spokesperson phrase names ('Home Office' of 'a Home Office spokesperson'), as the index knows it."""
    principal = match.group("principal")
    offset = start + match.start("principal")
    actor = actors.named(principal)
    written = re.sub(r"^(?i:the)\s+|['’]s$", "", principal.strip())
    if actor is None:  # 'a Thune spokesperson': a surname, through the index, but not the spokesperson themselves
        actor = actors.resolve(principal, offset, offset + len(principal))
        spokesperson = actors.resolve(mention, start, start + len(mention))
        if actor is not None and spokesperson is not None and actor.id == spokesperson.id:
            actor = None  # only through its spokesperson ('a Metropolitan Police spokesperson'): `_spoken_for` reads the index
    if actor is None or getattr(actor, "type", None) not in ("organisation", "country", "person") or not _names_cover(principal, actor):
        return None
    name = actor.name if getattr(actor, "type", None) == "person" or not written else written
    return Speaker(name, actor.id, getattr(actor, "side", None))


_ISSUED_BY = re.compile(r"(?:(?:a|an|the)\s+)?(?:[a-z\-]+\s+){0,2}(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")s?\s+"
                        r"(?:(?:[a-z]+ed|put\s+out|sent|written)\s+)?(?:from|by)\s+(?P<issuer>(?:the\s+)?[A-Z].*|the\s+[a-z][\w\s\-]*)$")
"""A document and its issuer ('a joint statement from the Pentagon', 'a statement released by the health department'): the
issuer is the speaker."""
_ISSUER_BEFORE = re.compile(r"(?:(?i:a|an|the)\s+)?(?!(?i:a|an|the)\s)(?P<issuer>[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|of|for|and|&))*)\s+(?:"
                            + "|".join(sorted(DOCUMENT_NOUNS)) + r")(?:\s+[a-z]{3,}ed\b.*)?$")
"""An organisation's name before a document noun ('a Department for Education statement', 'the White House memo', 'an FBI
Agents Association survey released this fall': a participle phrase after the noun modifies the document)."""


_CAMPAIGN = re.compile(r"(?:(?i:the)\s+)?(?:(?P<pronoun>(?i:his|her|their))|(?P<owner>(?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)"
                       r"(?P<possessive>['’]s|(?<=s)['’])?)\s+campaign")
_CAMPAIGN_NAMED = re.compile(r"\b([A-Z][\w\-]+)(?:['’]s)?\s+campaign\b")


def _campaign_speaker(mention: str, start: int, end: int, actors: ActorIndexLike | None, resolver: _Resolver) -> Speaker | None:
    """A candidate's campaign speaks as the article writes it ('the Trump campaign' -> 'Trump campaign', "Bernie Sanders’
    campaign"), or as '<Surname> campaign' for 'her campaign' after Clinton and for 'The campaign' after the article has
    named 'the Trump campaign'."""
    match = _CAMPAIGN.fullmatch(mention.strip())
    if match is None:
        return None
    owner = match.group("owner")
    if match.group("pronoun"):
        person = canonical_speaker(match.group("pronoun"), start, start + len(match.group("pronoun")), actors, resolver)
        owner = person.name.split()[-1] if person.name and _is_person_name(person.name.split(), False) else None
    elif owner is None or owner.lower() in DETERMINERS:
        earlier = resolver.campaigns_before(start)
        owner = next((o for o in reversed(earlier) if o.lower() not in DETERMINERS | POSSESSIVES.keys()), None)
    elif owner.split()[0].lower() in NOT_NAMES:
        return None
    elif match.group("possessive"):
        return Speaker(f"{owner}{match.group('possessive')} campaign", None, None)  # as written: "Bernie Sanders’ campaign"
    return Speaker(f"{owner} campaign", None, None) if owner else None


def _joint_speaker(mention: str, start: int, end: int, actors: ActorIndexLike | None, resolver: _Resolver) -> Speaker | None:
    """Two named people speaking together ('Senators Ann Bly and Tom Ruiz said', 'Gary and Linda Pasko'): both names, joined.

    An organisation whose name holds 'and' ('Department of Health and Human Services') is not split: each side must name a person.
    """
    match = re.fullmatch(r"(.+?)\s+(?:and|&)\s+(.+)", mention)

    def person(phrase: str, at: int) -> bool:  # a name, or a surname of someone the article named in full before
        return _names_person(phrase) or (len(phrase.split()) == 1 and _is_cap(phrase) and resolver.person_of(phrase, at) is not None)

    if match is None or " and " in match.group(2) or not person(match.group(2), start + match.start(2)):
        return None
    right = canonical_speaker(match.group(2), start + match.start(2), end, actors, resolver)
    left_words = match.group(1).split()
    if len(left_words) == 1 and _is_cap(left_words[0]) and left_words[0].lower() not in NOT_NAMES and len(match.group(2).split()) == 2:
        return Speaker(f"{left_words[0]} and {match.group(2)}", None, None)  # 'Gary and Linda Pasko': one surname for both
    if not person(match.group(1), start):
        return None
    left = canonical_speaker(match.group(1), start, start + match.end(1), actors, resolver)
    if left.name is None or right.name is None:
        return None
    return Speaker(f"{left.name} and {right.name}", None, left.side if left.side == right.side else None)


def _names_person(phrase: str) -> bool:
    """True when a phrase ends in a person's name (titles before it allowed): 'Sen. Ann Bly', 'Tom Ruiz', not 'Human Services'."""
    titles, name = _split_name([w for w in phrase.split() if w.lower() not in DETERMINERS])
    return _is_person_name(name, bool(titles) and titles[-1].lower().strip(".") in HONORIFICS)


EXACT_KINDS = ("name", "alias", "surname", "organisation", "document")
"""Index mentions that stand for their actor when they span the whole speaker phrase."""


def _index_person_at(pronoun: str, start: int, end: int, first: int, last: int, actors: ActorIndexLike, text: str) -> ActorLike | None:
    """The person the index links the pronoun to, when the index names them where the article's antecedent stands.

    Both resolvers agree on who; the index keeps the whole name ('Fed Chair Jerome H. Powell ... he said' is Jerome H. Powell).
    """
    actor = actors.resolve(pronoun, start, end)
    if actor is None or getattr(actor, "type", None) != "person":
        return None
    at = [m for m in actors.mentions if m.actor_id == actor.id and m.kind in PERSON_NAME_KINDS and m.start < last and first < m.end]
    if any(m.kind == "surname" and _other_first_name(text[first:m.start], actor) for m in at):
        return None  # 'Brent Tolliver' read by the index as the surname of 'Wayne Tolliver', named later: not the same person
    return actor if at else None


def _other_first_name(before_surname: str, actor: ActorLike) -> bool:
    """True when the words of a phrase before a surname mention end in a capitalised word that is neither the actor's nor a
    title ('Brent' before 'Tolliver', which the index gave to Wayne Tolliver)."""
    before = re.search(r"([A-Z][\w\-]*)\s+$", before_surname)
    if before is None:
        return False
    word = before.group(1)
    return word.lower() not in TITLE_WORDS | HONORIFICS.keys() and word.lower() not in actor.name.lower().split()


def _can_speak(phrase: str) -> bool:
    """A phrase the index does not know can still speak if it names a person or a role, group or document noun.

    Never a date, a place or an abstract noun phrase: 'Tuesday', 'Among those in the crowd', 'Dated Oct. 14'.
    """
    words = [w.strip(".,’'") for w in phrase.split()]
    if any(_in_nouns(w.lower(), PERSON_ROLES | GROUP_NOUNS | MEMBER_ROLES | TITLE_HEADS | DOCUMENT_NOUNS) for w in words):
        return True
    proper = words[1:] if words and words[0].lower() in DETERMINERS else words
    if 2 <= len(proper) <= 6 and _in_nouns(proper[-1].lower(), ORG_WORDS) and _is_cap(proper[0]) and all(
            _is_cap(w) or w.lower() in NAME_CONNECTORS for w in proper):
        return True  # 'The Washington Post', 'NBC News', 'Fox News': an organisation's name, though the index does not know it
    if 2 <= len(words) <= 4 and words[0].lower() in DETERMINERS | SPEAKER_QUANTIFIERS and all(
            w.islower() and w not in BREAKERS | OBJECT_PREPOSITIONS | NOT_NAMES and not w.endswith("ly") for w in words[1:]):
        return True  # 'the retired plumber', 'a local shopkeeper': a described person
    titles, name = _split_name([w for w in phrase.split() if w.lower() not in DETERMINERS])
    honorific = bool(titles) and titles[-1].lower().strip(".") in HONORIFICS
    return _is_person_name(name, honorific) or (len(name) == 1 and _is_cap(name[0]) and name[0].lower() not in NOT_NAMES)


def _head_document(start: int, end: int, actors: ActorIndexLike) -> ActorLike | None:
    """A document the index found ending the phrase ('The Government's most recent assessment of Iraq' noted ...)."""
    return next((actors.actor(m.actor_id) for m in actors.mentions_between(start, end) if m.kind == "document" and m.end == end), None)


def _head_person(phrase: str, start: int, end: int, actors: ActorIndexLike) -> ActorLike | None:
    """The person the index names at the head of a speaker phrase: the last person mention in it, with no proper word after it.

    A title the index linked to a person named in the article ('the Home Secretary') counts; a spokesperson does not.

    'Conservative shadow home secretary Chris Philp', 'Refugee Council chief executive Enver Solomon', 'Mr. Grassley':
    titles and organisations before the name qualify the person; 'Chris Philp's office' is not the person.
    """
    inside = [m for m in actors.mentions_between(start, end) if m.end <= end and m.kind != "pronoun"]
    named = actors.named_ids()
    people = [m for m in inside if getattr(actors.actor(m.actor_id), "type", None) == "person"
              and (m.kind in PERSON_NAME_KINDS or (m.kind == "title" and m.actor_id in named))]
    if not people:
        return None
    last = max(people, key=lambda m: m.end)
    if last.kind == "surname" and _other_first_name(phrase[:max(0, last.start - start)], actors.actor(last.actor_id)):
        return None
    tail = [w for w in _WORD.findall(phrase[last.end - start:]) if w.lower().strip(".") not in POSTNOMINALS]
    possessive = last.text.endswith(("'s", "’s")) or phrase[last.end - start:last.end - start + 2] in ("'s", "’s")
    if possessive or any(_is_cap(w) for w in tail) or (tail and _in_nouns(tail[-1].lower(), PERSON_ROLES | MEMBER_ROLES) and all(
            _in_nouns(w.lower(), PERSON_ROLES | MEMBER_ROLES | TITLE_WORDS | GROUP_NOUNS) for w in tail)):
        return None  # 'a senior Clinton adviser' is the adviser, not Clinton
    if any(m.end > last.end for m in inside):
        return None
    return actors.actor(last.actor_id)


def _head_organisation(phrase: str, start: int, end: int, actors: ActorIndexLike) -> ActorLike | None:
    """An organisation named at the end of the phrase after a lower-case description ending in an organisation noun.

    'Human rights group Liberty', 'the consumer charity Which?': the description says what the organisation is.
    """
    found = next((m for m in actors.mentions_between(start, end) if m.kind == "organisation" and m.end == end), None)
    if found is None:
        return None
    before = _WORD.findall(phrase[:found.start - start])
    inside = _WORD.findall(found.text)
    proper = next((i for i, w in enumerate(inside) if _is_cap(w)), None)
    if proper is None:
        return None
    description = [w.lower() for w in before + inside[:proper]]
    if not description or not _in_nouns(description[-1], ORGANISATION_NOUNS) or any(_is_cap(w) for w in (before + inside[:proper])[1:]):
        return None
    return actors.actor(found.actor_id)


def _cut_organisation(phrase: str, start: int, end: int, actors: ActorIndexLike) -> ActorLike | None:
    """An organisation the index reads whole where the speaker phrase stopped at its 'of' ('in what the Royal College of
    Nursing described as', where the phrase was 'the Royal College'): the phrase is the start of the name, so the name speaks."""
    article = re.match(r"(?:the|a|an)\s+", phrase, re.IGNORECASE)
    core = start + (article.end() if article else 0)
    found = next((m for m in actors.mentions_between(core, core + 1) if m.kind in ("organisation", "name", "alias") and m.end > end
                  and getattr(actors.actor(m.actor_id), "type", None) == "organisation"), None)
    if found is None or not re.match(r"\s+(?:of|for)\s", found.text[end - core:]):
        return None
    return actors.actor(found.actor_id)


def _clipped_organisation(start: int, end: int, actors: ActorIndexLike) -> ActorLike | None:
    """An organisation the index reads whole where the speaker phrase lost its first words ('the Select Committee on
    Benghazi', where the phrase was 'Committee on Benghazi'): the phrase ends the name, so the name speaks."""
    found = next((m for m in actors.mentions_between(start - 39, start) if m.kind in ("organisation", "name", "alias")
                  and m.end == end and getattr(actors.actor(m.actor_id), "type", None) == "organisation"), None)
    return actors.actor(found.actor_id) if found is not None else None


_INSTITUTIONAL_VOICE = re.compile(r"(?:(?i:a|an|the|one|two|some|several|other)\s+)?(?:[a-z][\w\-]*\s+){0,2}"
                                  r"(?P<organisation>[A-Z][\w’'.&\-]*(?:\s+(?:[A-Z][\w’'.&\-]*|of|for|and|&))*?)(?:['’]s)?\s+"
                                  r"(?:officials?|sources?)")
"""An unnamed official or source of an organisation the article names ('a senior White House official', 'Justice
Department officials'): the organisation's voice, as a spokesperson's is."""


def _institutional_voice(phrase: str, actor: ActorLike) -> str | None:
    """The organisation an unnamed official or source speaks for, as written in `phrase`, when the index resolved the phrase
    to that organisation; else None."""
    match = _INSTITUTIONAL_VOICE.fullmatch(phrase.strip())
    if match is None or getattr(actor, "type", None) != "organisation" or not _names_cover(match.group("organisation"), actor):
        return None
    return match.group("organisation")


def _member_of_organisation(phrase: str, actor: ActorLike) -> bool:
    """'Home Office spokesperson', 'a spokesman for Labour', 'a Department of Health and Social Care source', 'one EU
    diplomat': a member role of the organisation the index found."""
    words = [w.lower().strip(".,’'") for w in phrase.split()]
    heads = [w for i, w in enumerate(words) if i + 1 < len(words) and words[i + 1] in MEMBER_PREPOSITIONS] + words[-1:]
    return getattr(actor, "type", None) != "person" and (_in_nouns(heads[0], MEMBER_ROLES) or _in_nouns(words[-1], MEMBER_ROLES)
                                                         or _role_after_name(phrase, actor))


def _role_after_name(phrase: str, actor: ActorLike) -> bool:
    """A phrase ending in a person's role or title that is no word of the organisation's name ('GOP congressman', 'Labour
    MP', a headline's 'GOP Congressman'): a member of the organisation, not the organisation ('Association of Chief Police
    Officers' is the organisation)."""
    words = phrase.split()
    key = words[-1].lower().strip(".,’'") if words else ""
    known = " ".join([actor.name, *getattr(actor, "aliases", ())]).lower().split()
    return key in PERSON_ROLES and key not in known


def _names_cover(phrase: str, actor: ActorLike) -> bool:
    """Every proper word of the phrase (not a title or honorific) is in the actor's name or aliases ('Scottish' is not in 'UK Government')."""
    known = " ".join([actor.name, *getattr(actor, "aliases", ())]).lower().replace("’", "'")
    proper = [w.strip(".,").replace("’", "'") for w in phrase.split()[1:] + phrase.split()[:1] if _is_cap(w)]
    return all(re.sub(r"'s$", "", w.lower()) in known for w in proper if w.lower().strip(".") not in TITLE_WORDS | HONORIFICS.keys() | NOT_NAMES)


# ---------------------------------------------------------------------------------------------
# Kind of quote and attribution


def _prefix(masked: str, paragraph: Paragraph, span: QuotedSpan) -> tuple[int, str]:
    """(start, text) of the sentence part before the quote's opening mark."""
    start = _sentence_start(masked, paragraph.start, span.open)
    return start, masked[start:span.open]


class _Surroundings:
    """What the kind rules read around one quoted span: the sentence's words before it (`lead`, empty when only a list
    mark, dateline, kicker or page furniture stands there), the cue right after it, and the reporting verb before it."""

    def __init__(self, masked: str, paragraph: Paragraph, span: QuotedSpan, verbs: Mapping[str, ReportingVerb]) -> None:
        """Read the lead-in and the cue after the closing mark once; the cue before the quote is read when a rule asks."""
        self.masked, self.paragraph, self.span, self.verbs = masked, paragraph, span, verbs
        self.start, prefix = _prefix(masked, paragraph, span)
        lead = prefix.rstrip()
        if not lead.strip(_LIST_MARKS + " ") or not masked[_after_opening(masked, self.start, span.open + 1):span.open].strip():
            lead = ""  # '• "We always knew ..."', '— "This is a blowout ..."': a list item opens with the quote; so does a
            # sentence whose only words before the quote are a dateline, a kicker or page furniture ('WASHINGTON (AP) — “...”')
        self.lead = lead
        self.after = _cue_after(masked, span.close, paragraph.end, verbs) if span.close is not None else None
        self.lead_words = _words(masked, self.start, self.start + len(lead)) if lead else []

    @functools.cached_property
    def cue_before(self) -> _Cue | None:
        """The reporting verb before the quote in its sentence, with its speaker (rule 'partial-cue')."""
        return _cue_before(self.masked, self.start, self.span.open, self.verbs, "partial-cue")

    def opens_capitalised(self) -> bool:
        """True when the quote's first character is a capital letter."""
        return self.paragraph.text[self.span.start - self.paragraph.start:][:1].isupper()


Kind = tuple[str, _Cue | None]
"""A quote's kind ('direct', 'partial', 'scare') and the cue its speaker is read from."""


def _label_or_title(at: _Surroundings) -> Kind | None:
    """'the so-called “border czar”', 'CNN’s “State of the Union”': a label or title, nobody's words."""
    last = at.lead_words[-1] if at.lead_words else None
    if last and (last.text.lower() in SCARE_MARKERS or _titled_by_owner(at.masked, last, at.span)):
        return "scare", None
    return None


def _name_given(at: _Surroundings) -> Kind | None:
    """'the plan, dubbed “Project Northstar,”': a name given to a thing, nobody's words."""
    if not at.lead_words:
        return None
    last = at.lead_words[-1]
    naming = _verb_pattern(frozenset(NAMING_PARTICIPLES)).search(at.masked, last.start, at.span.open)
    if naming and naming.end() == last.end and _reduced_naming(at.masked, at.start, naming):
        return "scare", None
    return None


def _shown(at: _Surroundings) -> Kind | None:
    """'signs reading “...”', 'chants of “...”': words shown or chanted, direct."""
    shown = _shown_or_chanted(at.masked, at.start, at.lead_words, at.span)
    return ("direct", shown) if shown is not None else None


def _opening_or_colon(at: _Surroundings) -> Kind | None:
    """A quote opening its sentence, or after a colon lead-in: direct, its speaker from the lead-in (COLON_RULES) or the cue
    after it. A verbless label or a pronoun lead-in yields to a name right after the quote ('Between the lines: "...," Lena
    Koh told Axios'; 'he said the same thing: “...,” Obama said')."""
    masked, after, lead = at.masked, at.after, at.lead
    if lead and not lead.endswith(":"):
        return None
    before = _colon_cue(masked, at.start, at.start + len(lead) - 1, at.span.open, at.verbs) if lead else None
    named_after = after is not None and _has_name(masked[after.start:after.end])
    if before is not None and before.verb is None and named_after and before.rule != "roundup-label":
        before = None
    if before is not None and masked[before.start:before.end].lower() in PRONOUNS and named_after and after.verb is not None:
        before = None
    if lead or _standalone(masked, at.paragraph, at.span, after):
        return "direct", before or after
    return None


def _comma_lead_in(at: _Surroundings) -> Kind | None:
    """'X said, “...”': a quote after a comma and its reporting verb is direct; so is one a verb just before introduces
    ('telling reporters only, “Good meeting.”'), or a sentence reported from someone no word list names ('A supplier told
    her, “I have ninety days of cash.”')."""
    if not at.lead.endswith(","):
        return None
    masked, span = at.masked, at.span
    before = _cue_before(masked, at.start, span.open, at.verbs, "cue-before")
    if before and 0 < len(_words(masked, before.end, span.open)) <= 6:
        return "direct", before
    if before and at.opens_capitalised() and _verb_just_before(masked, before, span):
        return "direct", before
    if before is None and at.after is None and at.opens_capitalised() and _reporting_verb_ends(masked, at.start, span.open, at.verbs):
        return "direct", _Cue(span.open, span.open, None, None, "unnamed-cue")
    return None


def _after_a_break(at: _Surroundings) -> Kind | None:
    """'... written off the group — "not even close," he said.': after a dash or semicolon the cue after the quote speaks."""
    if at.after and at.lead.endswith(("—", "–", ";")):
        return "partial", replace(at.after, rule="partial-cue-after")
    return None


def _owned(at: _Surroundings) -> Kind | None:
    """'Trump's “rigged system”'; 'She mocked Comey's claim that it was “rigged”': the words' owner, unless a reporting
    verb before them speaks ('he mocked Mr. Trump's “small hands”': after it a bare possessive is whom the words are about)."""
    span, paragraph = at.span, at.paragraph
    owned = _possessive_cue(at.masked, at.start, span, paragraph.text[span.start - paragraph.start:span.end - paragraph.start],
                            paragraph.index == 0)
    before = at.cue_before
    if owned and (before is None or (owned.rule == "possessive-noun" and owned.start > before.start)):
        return "partial", owned
    return None


def _reported(at: _Surroundings) -> Kind | None:
    """A reporting verb before the quote: partial, or direct when the quote is the verb's whole complement."""
    before = at.cue_before
    if before is None:
        return None
    if _whole_complement(at.masked, before, at.span, at.paragraph):
        return "direct", replace(before, rule="complement-cue")
    return "partial", before


def _reported_after(at: _Surroundings) -> Kind | None:
    """'the plan was “dead on arrival,” she said': the cue after the quote speaks a fragment."""
    return ("partial", replace(at.after, rule="partial-cue-after")) if at.after else None


def _echoed(at: _Surroundings) -> Kind | None:
    """'the “rigged” system, as he put it': someone is reported as using the words."""
    echoed = _as_someone_did(at.masked, at.span, at.paragraph.end)
    return ("partial", echoed) if echoed else None


def _roundup_paragraph(at: _Surroundings) -> Kind | None:
    """A roundup paragraph's label names who wrote the words ('Chris Cillizza, The Washington Post: ...')."""
    label = _roundup_paragraph_label(at.masked, at.paragraph, at.span, at.verbs)
    return ("partial", label) if label else None


KIND_RULES = (_label_or_title, _name_given, _shown, _opening_or_colon, _comma_lead_in, _after_a_break, _owned, _reported,
              _reported_after, _echoed, _roundup_paragraph)
"""How a quote's kind and cue are decided, tried in order; the first rule that answers decides. Each rule is one small
function of the quote's surroundings with its own tests; a quote no rule answers for is a scare quote, nobody's words."""


def _kind_and_cue(masked: str, paragraph: Paragraph, span: QuotedSpan, verbs: Mapping[str, ReportingVerb]) -> Kind:
    """'direct' for a quote standing as a sentence, else 'partial' with a cue or 'scare' without: the first of KIND_RULES."""
    at = _Surroundings(masked, paragraph, span, verbs)
    return next((kind for rule in KIND_RULES if (kind := rule(at)) is not None), ("scare", None))


def _whole_complement(masked: str, cue: _Cue, span: QuotedSpan, paragraph: Paragraph) -> bool:
    """True for a quote that is the whole complement of a reporting verb, the speaker's words entire: right after the verb
    (or 'that', a recipient, a time: `complement_gap_words` and names) and closing its sentence ('Gowdy says “the FBI did
    exactly what my fellow citizens expected.”', 'told Mr Johnson this week “the backstop was necessary.”'), a verb of
    `complement_verbs`, the quote opening on a clause starter or a capital. Not after a verb that names or judges an object
    ('called the deal “a disaster.”'), with more of the writer's clause between ('said he would “build a wall.”'), or for a
    title; real-news annotators call the first kind direct."""
    if cue.verb is None or cue.verb.lemma not in COMPLEMENT_VERBS or span.close is None or not cue.verb_text:
        return False
    verb_at = masked.rfind(cue.verb_text, cue.end, span.open)
    if verb_at < 0:
        return False
    gap = _words(masked, verb_at + len(cue.verb_text), span.open)
    if not _that_complement(gap, masked[verb_at + len(cue.verb_text):span.open]) and (
            len(gap) > 5 or any(not (_is_cap(w.text) or w.text.lower() in COMPLEMENT_GAP_WORDS) for w in gap)
            or re.sub(r"[\w’'.\-]+", "", masked[verb_at + len(cue.verb_text):span.open]).strip(" ,:\u00a0“\"‘'")):
        return False
    words = _words(paragraph.text, span.start - paragraph.start, span.end - paragraph.start)  # the words, not the mask
    if len(words) < 3 or not (_is_cap(words[0].text) or words[0].text.lower().replace("’", "'") in CLAUSE_STARTERS) \
            or _title_case(" ".join(w.text for w in words)):
        return False  # 'Ryan said Trump “has given us ...”': the quote opens on the predicate, the subject is the writer's;
        # 'told “Face the Nation”': a title
    ceiling = paragraph.end
    rest = masked[span.close + 1:_sentence_end(masked, span.close + 1, ceiling) if span.close + 1 < ceiling else ceiling]
    return not rest.strip(" .,;!?\"'”’\u00a0")


def _that_complement(gap: Sequence[WordSpan], between: str) -> bool:
    """'Sanders said on Tuesday in a briefing with reporters that “Acosta is no more special ...”', 'said he was speaking out
    and that “this administration must do better.”': the quote opens the clause of a 'that' the verb governs, whatever adjuncts
    stand between (`between`, the text from the verb to the quote); not a noun's 'that' ('the claim that “...”'), nor after
    a quote ('said inflation “has moved close to” its target and that “...”': one complement, partly quoted)."""
    return 2 <= len(gap) <= _THAT_GAP and gap[-1].text.lower() == "that" and gap[-2].text.lower() not in NOUN_CUES \
        and DOUBLE_MARK.search(between) is None and SINGLE_OPEN not in between


_THAT_GAP = 16
"""Most words from a reporting verb to the 'that' whose clause a quote opens."""


_LISTED_NEXT = re.compile(r"[\s,]*(?:and|or)[\s,]*")
"""What joins two quotes of one list ('“A” and “B”', '“A”, or “B”')."""
_LISTABLE_CUES = frozenset({"partial-cue", "possessive", "possessive-noun"})
"""Cues before a partial quote that the next quote of its list shares ('called it “A” and “B”')."""


def _shown_or_chanted(masked: str, start: int, lead_words: Sequence[WordSpan], span: QuotedSpan) -> _Cue | None:
    """A quote of words shown or chanted, a direct quote however short: on a display ('signs reading “Fund our future”',
    'a placard that read:', 'another reading') or after a crowd's voice ('chants of “Lock her up!”'), words nobody in
    the text is reported saying (a cue of no words); after a verb of chanting ('supporters chanted “Four more years”'), its
    subject's."""
    if not lead_words or masked[lead_words[-1][1]:span.open].strip(" ,:—–"):
        return None
    nobody = _Cue(span.open, span.open, None, None, "shown")
    last, before = lead_words[-1].text.lower(), [w.text.lower() for w in lead_words[-4:-1]]
    if before and before[-1] in {"that", "which"}:
        before.pop()  # 'a placard that read'
    if last in DISPLAY_VERBS and before and (before[-1] in DISPLAY_NOUNS or (
            before[-1] in DISPLAY_QUANTIFIERS and DISPLAY_NOUNS & {w.text.lower() for w in lead_words})):
        return nobody
    if last == "of" and before and before[-1] in CHANT_NOUNS:
        return nobody
    if last in CHANT_VERBS and len(lead_words) > 1:
        subject = _np_before(masked, start, lead_words[-1][0])
        return _Cue(*subject, None, lead_words[-1].text, "chanted") if subject else nobody
    return None


_AS_SOMEONE_DID = re.compile(r"[,.]?\s*as\s+(?P<who>(?:[A-Z][\w’'.\-]*\s+){1,4}?)(?:did|does|had|has|have|do)\b")


def _as_someone_did(masked: str, span: QuotedSpan, ceiling: int) -> _Cue | None:
    """'Calling the decision “modest,” as Roberts did, is ...': the words of whoever the 'as X did' clause after them names."""
    if span.close is None:
        return None
    match = _AS_SOMEONE_DID.match(masked, span.close + 1, ceiling)
    if match is None or not _has_name(match.group("who")) or match.group("who").split()[0].lower() in NOT_NAMES:
        return None
    return _Cue(match.start("who"), match.start("who") + len(match.group("who").rstrip()), None, None, "as-someone-did")


def _roundup_paragraph_label(masked: str, paragraph: Paragraph, span: QuotedSpan, verbs: Mapping[str, ReportingVerb]) -> _Cue | None:
    """'Tom Castle, Fox News: The ruling is “a body blow” and ...': a roundup item whose label names the writer gives the
    writer the item's quoted phrases that have no cue of their own."""
    colon = masked.find(":", paragraph.start, span.open)
    if colon < 0 or any(c in masked[paragraph.start:colon] for c in ".!?“”\"‘"):
        return None
    cue = _roundup_label(masked, paragraph.start, colon, span.open, verbs)
    return replace(cue, rule="roundup-label-partial") if cue else None


def _reporting_verb_ends(masked: str, start: int, open_at: int, verbs: Mapping[str, ReportingVerb]) -> bool:
    """A reporting verb among the last four words before a quote's comma ('told her,', 'said,', 'told reporters,')."""
    matches = _verbs_in(masked, start, open_at, verbs)
    return bool(matches) and len(_words(masked, matches[-1].end(), open_at)) <= 3


def _verb_just_before(masked: str, cue: _Cue, span: QuotedSpan) -> bool:
    """A quote after a comma whose reporting verb stands at most three words before it ('..., telling senators,
    “I was a law professor.”'): a direct quote, however far the subject is."""
    if not cue.verb_text:
        return False
    verb_at = masked.rfind(cue.verb_text, cue.end, span.open)
    return verb_at >= 0 and len(_words(masked, verb_at + len(cue.verb_text), span.open)) <= 3


def _titled_by_owner(masked: str, last: WordSpan, span: QuotedSpan) -> bool:
    """A programme's title after a broadcaster's possessive ('on CNN’s “State of the Union”', 'told NBC’s “Meet the Press”'):
    a title quote with no speaker, though a reporting verb stands before it."""
    owner = last.text
    possessive = owner.endswith(("’s", "'s")) or masked[last[1]:last[1] + 1] in "’'"
    before = re.search(r"(\w+)\s+(?:[A-Z][\w.]*\s+){0,2}$", masked[max(0, last[0] - 40):last[0]])
    return _is_cap(owner) and possessive and not masked[last[1] + 1:span.open].strip() \
        and before is not None and before.group(1) in PROGRAMME_LEAD_WORDS


def _colon_reporting_verb(masked: str, start: int, colon: int, open_at: int, verbs: Mapping[str, ReportingVerb]) -> _Cue | None:
    """'Cooper told the BBC:' — a reporting verb in the lead-in; not a section label ('What they're saying:')."""
    cue = _cue_before(masked, start, open_at, verbs, "colon-lead-in")
    if cue is None or masked[cue.start:cue.end].split()[0].lower() in LABEL_OPENERS:
        return None
    return cue


def _roundup_label(masked: str, start: int, colon: int, open_at: int, verbs: Mapping[str, ReportingVerb]) -> _Cue | None:
    """'Chris Cillizza, The Washington Post:', 'Erick Erickson, on his Substack:' — a name, then where they wrote."""
    comma = masked.find(",", start, colon)
    if comma < 0:
        return None
    names = [w.text for w in _words(masked, start, comma)]
    if not 2 <= len(names) <= 5 or names[0].lower() in NOT_NAMES | LEAD_STRIP:
        return None
    titles, name = _split_name(names)
    if titles or not _is_person_name(name, False):
        return None
    return _Cue(start + len(masked[start:comma]) - len(masked[start:comma].lstrip()), comma, None, None, "roundup-label")


def _colon_label(masked: str, start: int, colon: int, open_at: int, verbs: Mapping[str, ReportingVerb]) -> _Cue | None:
    """'Her words:', 'Mr Mensah's family:' — a short noun phrase before the colon (possessor of a noun cue)."""
    label = _np_before(masked, start, colon)
    if label is None or len(masked[start:colon].split()) > 4:
        return None
    words = _words(masked, *label)
    if len(words) > 1 and words[-1].text.endswith("ed") and not _is_cap(words[-1].text):
        label = (label[0], words[-2][1])  # 'The minister blurted:': a verb the lexicon does not know is not the speaker
    return _Cue(*_possessor(masked, *label), None, None, "colon-label")


def _colon_clause_subject(masked: str, start: int, colon: int, open_at: int, verbs: Mapping[str, ReportingVerb]) -> _Cue | None:
    """'Justice Neil Gorsuch was blunt:', 'Rep. Mark Green, the committee chair, opened for Republicans:', 'Pressed on the
    turnover, he was blunt:' — the clause's named subject, or its pronoun subject."""
    found = _clause_subject(masked, start, colon)
    if found is None or not (_has_name(masked[found[0]:found[1]]) or _in_nouns(_words(masked, *found)[-1].text.lower(), PERSON_ROLES)
                             or masked[found[0]:found[1]].lower() in PRONOUNS):
        return None
    return _Cue(*found, None, None, "colon-subject")


_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _dash_label(masked: str, start: int, colon: int, open_at: int, verbs: Mapping[str, ReportingVerb]) -> _Cue | None:
    """'Seems like they've been ready for a while now - WaPo: “...”': after a spaced dash, a short capitalised label
    names who is quoted (the writer's comment before the dash is not the speaker)."""
    dashes = list(_SPACED_DASH.finditer(masked, start, colon))
    if not dashes:
        return None
    label = _colon_label(masked, dashes[-1].end(), colon, open_at, verbs)
    return label if label is not None and _is_cap(masked[label.start:label.end]) else None


COLON_RULES = (_colon_reporting_verb, _roundup_label, _colon_label, _dash_label, _colon_clause_subject)
"""Who speaks after a colon lead-in, tried in order; each rule is one small function with its own tests."""


def _colon_cue(masked: str, start: int, colon: int, open_at: int, verbs: Mapping[str, ReportingVerb]) -> _Cue | None:
    """The speaker cue of a quote introduced by a colon: the first of COLON_RULES that finds one (after any newsroom
    kicker: 'EXCLUSIVE: "..."' has no speaker before its colon)."""
    start = _after_opening(masked, start, open_at)
    if start > colon:
        return None
    return next((cue for rule in COLON_RULES if (cue := rule(masked, start, colon, open_at, verbs))), None)


def _title_case(text: str) -> bool:
    """True for a quote written as a title: every word longer than three letters capitalised ('The Art of the Deal')."""
    return all(_is_cap(word) for word in text.split() if len(word) > 3 and word[0].isalpha())


_ADJUNCT_WORDS = 4
"""Most words from a noun for words to its 'that' or 'to' ('Trump's insistence on Friday that ...')."""
_POSSESSIVE_GAP = 12
"""Most words between a possessive's noun cue and the quote ('Comey's comment that Trump is “unethical”')."""


def _possessive_cue(masked: str, start: int, span: QuotedSpan, inner: str, headline: bool) -> _Cue | None:
    """The owner of a quoted phrase (`inner`) written as theirs: a name's or a pronoun's possessive right before the
    quote ('Trump's “rigged system”'), or before a noun for words (`NOUN_CUES`) and a short clause leading to it ('Comey's
    comment that Trump is “unethical”', 'his claim that the vote was “rigged”'); not the noun as a subject or object
    ('Streeting's promise was “built on sand”', said the BMA; 'called his comments “reckless”'). A title-case quote is a title ('Trump's “The Art of the Deal”'), and a
    bare possessive in a headline, of 'its' or of a title word is the writer's mark, not words."""
    words = _words(masked, start, span.open)
    for at in range(len(words) - 1, max(-1, len(words) - _POSSESSIVE_GAP - 3), -1):
        owner = words[at]
        gap = masked[owner[1]:span.open]
        if any(mark in gap for mark in ".;:!?“”\"()"):
            return None
        text = owner.text
        pronoun = text.lower() in POSSESSIVES
        if not pronoun and not (text.endswith(("’s", "'s")) and _is_cap(text)):
            continue
        bare = not gap.strip(" ,")
        complement = any(word.text.lower() in ("that", "to") for word in words[at + 2:at + 2 + _ADJUNCT_WORDS]) \
            and "," not in masked[owner[1]:words[min(at + 1 + _ADJUNCT_WORDS, len(words) - 1)][0]]  # 'his claim (on Friday) that'
        if _title_case(inner) or (bare and (headline or text.lower() == "its" or text.lower().rstrip("s’'") in TITLE_WORDS)):
            return None  # 'Sunak's pledge to “Stop the Boats”', a headline's 'Minister's “secret” deal', 'its “Headingley 2030”'
        if not bare and not (words[at + 1].text.lower() in NOUN_CUES and complement):
            return None
        rule = "possessive" if bare else "possessive-noun"
        if pronoun:
            return _Cue(owner[0], owner[1], None, None, rule)
        first = at
        while first > 0 and _is_cap(words[first - 1].text) and masked[words[first - 1][1]:words[first][0]] == " " \
                and words[first - 1].text.lower() not in DETERMINERS | OBJECT_PREPOSITIONS:
            first -= 1  # 'Sen. Mitch McConnell's', not 'On Comey's'
        return _Cue(words[first][0], owner[1] - 2, None, None, rule)
    return None


def _possessor(masked: str, start: int, end: int) -> tuple[int, int]:
    """For a noun cue ('Her words:', 'Smith's verdict:'): the possessor's span; else the label unchanged."""
    words = _words(masked, start, end)
    if len(words) >= 2 and words[-1].text.lower() in NOUN_CUES:
        owner = words[-2]
        if owner.text.lower() in POSSESSIVES:
            return owner[0], owner[1]
        if owner.text.endswith(("’s", "'s")):
            return words[0][0], owner[1] - 2
    return start, end


def _standalone(masked: str, paragraph: Paragraph, span: QuotedSpan, after: _Cue | None) -> bool:
    """A sentence-initial quote is direct if it ends its sentence, has a cue, or reads as a clause."""
    if after is not None or span.close is None:
        return True
    tail = masked[span.close + 1:paragraph.end].lstrip()
    inner = paragraph.text[span.start - paragraph.start:span.end - paragraph.start].rstrip()
    return not tail or tail[0] in ".!?—–-:" or inner[-1:] in ".,!?…" or len(inner.split()) >= 6


@dataclass
class _Draft:
    """A quote being attributed: span, kind, its own cue, utterance group."""

    span: QuotedSpan
    kind: str
    cue: _Cue | None
    utterance: int
    rule: str = ""


def _drafts(doc: Document, spans: Sequence[QuotedSpan], masked: str, verbs: Mapping[str, ReportingVerb]) -> list[_Draft]:
    """Kind and own cue of every span, grouped into utterances (multi-paragraph and cue-split)."""
    paragraphs = {p.index: p for p in doc.paragraphs}
    drafts: list[_Draft] = []
    next_utterance = 0  # one past the highest utterance id so far (kept, not recomputed: linear in the quotes)
    for span in spans:
        paragraph = paragraphs[span.paragraph]
        kind, cue = _kind_and_cue(masked, paragraph, span, verbs)
        cue = _document_issuer(masked, paragraph, cue, verbs) or cue
        previous = drafts[-1] if drafts else None
        if previous and previous.cue and previous.cue.rule == "shown" and previous.span.close is not None \
                and _LISTED_NEXT.fullmatch(masked, previous.span.close + 1, span.open) and not (cue and cue.rule.startswith("cue-after")):
            kind, cue = "direct", replace(previous.cue, start=span.open, end=span.open)  # 'signs reading “A” and “B”'
        elif previous and previous.kind == "partial" and previous.cue and previous.cue.rule in _LISTABLE_CUES \
                and previous.span.close is not None and kind in ("partial", "scare") \
                and _LISTED_NEXT.fullmatch(masked, previous.span.close + 1, span.open):
            kind, cue = "partial", previous.cue  # 'Comey's comment that Trump is “unethical” and “untethered to truth,”'

        utterance = next_utterance  # a cue split may join an earlier utterance
        if previous and kind == "direct" and _continues(previous, span, paragraphs) and not cue:
            utterance = previous.utterance
        elif previous and kind == "direct" and not cue and _cue_split(_last_direct(drafts, span), span, masked):
            utterance = _last_direct(drafts, span).utterance  # '“A,” Homan told “Fox & Friends” on Thursday. “B”': a title is no quote
        drafts.append(_Draft(span, kind, cue, utterance))
        next_utterance = max(next_utterance, utterance + 1)
    return drafts


_DEFINITE_DOCUMENT = re.compile(r"(?i:the)\s+(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")$")
_IN_A_DOCUMENT = re.compile(r"\b(?:in|on)\s+an?\s+(?:[a-z\-]+\s+)?(?P<noun>" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b")


def _document_issuer(masked: str, paragraph: Paragraph, cue: _Cue | None, verbs: Mapping[str, ReportingVerb]) -> _Cue | None:
    """'The White House said in a statement that ... “...,” the statement said.': a definite document speaks for whoever
    the same paragraph reported speaking in that document before it."""
    if cue is None or not _DEFINITE_DOCUMENT.fullmatch(masked[cue.start:cue.end]):
        return None
    noun = masked[cue.start:cue.end].split()[-1].lower()
    issued = [m for m in _IN_A_DOCUMENT.finditer(masked, paragraph.start, cue.start) if m.group("noun") == noun]
    if not issued:
        return None
    sentence = _sentence_start(masked, paragraph.start, issued[-1].start())
    issuer = _cue_before(masked, sentence, issued[-1].start(), verbs, cue.rule)
    return replace(issuer, verb=cue.verb, verb_text=cue.verb_text) if issuer else None


def _continues(previous: _Draft, span: QuotedSpan, paragraphs: Mapping[int, Paragraph]) -> bool:
    """A paragraph reopening a quote left open at the end of the previous paragraph."""
    prev_paragraph = paragraphs[previous.span.paragraph]
    return (
        previous.kind == "direct" and previous.span.close is None and previous.span.end >= prev_paragraph.end - 1
        and span.paragraph == previous.span.paragraph + 1 and span.open == paragraphs[span.paragraph].start
    )


def _last_direct(drafts: Sequence[_Draft], span: QuotedSpan) -> _Draft:
    """The latest draft, passing back over short non-direct quotes of the same paragraph (a show's or paper's name quoted
    inside a cue: 'told “Fox & Friends”') to the direct quote before them."""
    for draft in reversed(drafts):
        if draft.kind == "direct" or draft.span.paragraph != span.paragraph or draft.span.end - draft.span.start > 40:
            return draft
    return drafts[-1]


def _cue_split(previous: _Draft, span: QuotedSpan, masked: str) -> bool:
    """'“A,” he said [in a statement]. “B”': the second piece follows the first's cue sentence in the same paragraph."""
    if previous.span.paragraph != span.paragraph or previous.kind != "direct" or previous.cue is None:
        return False
    after_cue = max(previous.cue.end, previous.span.end)
    if previous.cue.rule != "cue-after" or span.open < after_cue:
        return False
    return not _words(masked, after_cue, span.open)[2:] or _sentence_end(masked, after_cue, span.open) >= len(masked[:span.open].rstrip())


_LEAD_IN_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=,\s))(?:[a-z][\w\-]*\s+){0,3}((?:[A-Z][\w’'\-]+\s){1,2}[A-Z][\w’'\-]+)\s+[a-z]",
                           re.MULTILINE)
"""The subject name of a lead-in sentence with no reporting verb, after a fronted phrase and a lower-case description."""


def _inherited(draft: _Draft, drafts: Sequence[_Draft], doc: Document, masked: str, verbs: Mapping[str, ReportingVerb], attributed: Mapping[int, _Cue]) -> _Cue | None:
    """For an uncued direct quote opening a paragraph: the previous paragraph's lead-in or last speaker."""
    paragraph = next(p for p in doc.paragraphs if p.index == draft.span.paragraph)
    if draft.span.open != paragraph.start or paragraph.index == 0:
        return None
    previous = next(p for p in doc.paragraphs if p.index == paragraph.index - 1)
    prev_text = masked[previous.start:previous.end].rstrip()
    last_sentence = _sentence_start(masked, previous.start, previous.start + len(prev_text) - 1)
    if prev_text.endswith(":"):
        cue = _cue_before(masked, last_sentence, previous.start + len(prev_text), verbs, "lead-in")
        if cue:
            return cue
        label = _np_before(masked, last_sentence, previous.start + len(prev_text) - 1)
        if label is None:  # 'Mrs Badenoch is expected to say:' — the lead-in clause's named subject
            subject = _colon_clause_subject(masked, last_sentence, previous.start + len(prev_text) - 1, draft.span.open, verbs)
            if subject:
                return replace(subject, rule="lead-in")
            # 'In the Post, economics columnist Catherine Rampell sounded a warning that ran several paragraphs:'
            named = _LEAD_IN_NAME.search(masked, last_sentence, previous.start + len(prev_text) - 1)
            label = named.span(1) if named else None
        return _Cue(*label, None, None, "lead-in") if label else None
    quoted = [d for d in drafts if d.span.paragraph == previous.index and d.utterance in attributed]
    narrative = _cue_before(masked, last_sentence, previous.start + len(prev_text), verbs, "lead-in")
    clause = re.search(r"\bthat\s+$", masked[last_sentence:narrative.start]) if narrative else None
    if clause:  # 'X has demanded that Carrow testify': the main clause's speaker, not the subject of its 'that' clause
        narrative = _cue_before(masked, last_sentence, last_sentence + clause.start(), verbs, "lead-in") or narrative
    if narrative and (not quoted or narrative.start > max(quoted[-1].span.end, attributed[quoted[-1].utterance].end)):
        return narrative
    return replace(attributed[quoted[-1].utterance], rule="continuation") if quoted else None


def _previous_sentence_speaker(draft: _Draft, doc: Document, masked: str, verbs: Mapping[str, ReportingVerb]) -> _Cue | None:
    """An uncued quote opening a sentence after someone is reported speaking in the same paragraph.

    'Jack Turner, 31, said his landlord had told him she was selling up. “I've been here six years.”'
    """
    paragraph = next(p for p in doc.paragraphs if p.index == draft.span.paragraph)
    if draft.span.open == paragraph.start or masked[_sentence_start(masked, paragraph.start, draft.span.open):draft.span.open].strip():
        return None
    before = masked[paragraph.start:draft.span.open].rstrip()
    previous = _sentence_start(masked, paragraph.start, paragraph.start + len(before) - 1)
    if any(c in masked[previous:draft.span.open] for c in "“”\"‘"):
        return None  # the sentence before holds a quote of its own: its cue is that quote's
    return _cue_before(masked, previous, paragraph.start + len(before), verbs, "previous-sentence")


def _same_voice_after_colon(draft: _Draft, drafts: Sequence[_Draft], doc: Document, masked: str, attributed: Mapping[int, _Cue]) -> _Cue | None:
    """'“I’ve got a job,” he said. Then, after a pause: “For now.”': a colon lead-in naming nobody, after an attributed quote
    in the same paragraph, keeps that quote's speaker."""
    paragraph = next(p for p in doc.paragraphs if p.index == draft.span.paragraph)
    start = _sentence_start(masked, paragraph.start, draft.span.open)
    lead = masked[start:draft.span.open].rstrip()
    if not lead.endswith(":") or any(_is_cap(w.text) for w in _words(masked, start, start + len(lead))[1:]):
        return None
    earlier = [d for d in drafts if d.span.paragraph == draft.span.paragraph and d.span.end < start and d.kind == "direct"]
    return replace(attributed[earlier[-1].utterance], rule="colon-same-voice") if earlier and earlier[-1].utterance in attributed else None


def _attribute(drafts: list[_Draft], doc: Document, masked: str, verbs: Mapping[str, ReportingVerb]) -> dict[int, _Cue]:
    """The cue deciding each utterance's speaker: its own cue, else inherited from before."""
    attributed: dict[int, _Cue] = {}
    groups: dict[int, list[_Draft]] = defaultdict(list)
    for draft in drafts:
        groups[draft.utterance].append(draft)
    for utterance, pieces in groups.items():
        own = next((p.cue for p in pieces if p.cue), None)
        if own is None and pieces[0].kind == "direct":
            own = _inherited(pieces[0], drafts, doc, masked, verbs, attributed) or _previous_sentence_speaker(pieces[0], doc, masked, verbs) \
                or _same_voice_after_colon(pieces[0], drafts, doc, masked, attributed)
        if own is not None:
            attributed[utterance] = own
    return attributed


def _rule(draft: _Draft, first_paragraph: int | None, cue: _Cue | None, pronoun: bool) -> str:
    """Name of the rule that decided a piece's speaker; `first_paragraph` is None for an utterance's first piece."""
    if cue is None:
        return "scare" if draft.kind == "scare" else "no-cue"
    if first_paragraph is not None:
        return "cue-split" if draft.span.paragraph == first_paragraph else "continuation"
    return f"{cue.rule}+pronoun" if pronoun and cue.rule not in {"continuation", "cue-split"} else cue.rule


def _transcript_quotes(doc: Document, spans: Sequence[QuotedSpan]) -> list[tuple[Paragraph, int, int]]:
    """Unquoted transcript lines 'NAME: words', only when two or more speakers alternate that way."""
    quoted = {s.paragraph for s in spans}
    lines = []
    for paragraph in doc.paragraphs:
        match = _TRANSCRIPT.match(paragraph.text)
        if match and paragraph.index not in quoted and len(match.group("name").split()) <= 3:
            lines.append((paragraph, match))
    names = {m.group("name").strip() for _, m in lines}
    if len(lines) < 2 or len(names) < 2:
        return []
    return [(p, p.start + m.start("name"), p.start + m.end("name")) for p, m in lines]


# ---------------------------------------------------------------------------------------------
# Public API


def extract_quotes(doc: Document, actors: ActorIndexLike | None = None, lexicons: LexiconSet | None = None,
                   ranker: SpeakerRanker | bool = True) -> tuple[Quote, ...]:
    """Every quote of `doc` with its kind, speaker, cue and exact offsets into `doc.text`.

    The actor index decides who speakers are (`find_actors(doc)` with the shipped registry when `actors` is None);
    reporting verbs come from `lexicons` (the set framing uses, user `--lexicon` files included; shipped when None).
    Where the rules give a quote nobody, `ranker` (the shipped `framing.attribution` model when True, none when False)
    may pick a speaker among the actors near it.
    """
    verbs = reporting_verbs(lexicons)
    actors = find_actors(doc) if actors is None else actors
    quotes, resolver = _rule_quotes(doc, actors, verbs)
    if ranker is not False:
        chosen = default_ranker() if ranker is True else ranker
        quotes = tuple(_ranked(quote, candidates, rows, chosen) for quote, candidates, rows in _choices(doc, quotes, actors, resolver, verbs))
    return tuple(_nobody_named(quote, actors) for quote in quotes)


def _nobody_named(quote: Quote, actors: ActorIndexLike) -> Quote:
    """A speaker the index does not know, read off a phrase that names nobody ('a senior Republican aide', 'the paper') or
    names a group ('critics', 'Tory MPs'), is no speaker: a speaker is an actor or null. The quote keeps the words as
    written (`speaker_mention`, its offsets) and the side they give ('a Labour source'); a phrase resolved to a name ('he'
    -> 'Trump') keeps its speaker. Applied last, so no pass or ranker reads a null left here as a speaker still to find."""
    if quote.speaker is None or quote.speaker_id is not None or not quote.speaker_mention or quote.speaker_start is None:
        return quote
    words = quote.speaker_mention.split()
    if words[-1].lower() in PRONOUNS or quote.speaker.lower() not in quote.speaker_mention.lower():
        return quote
    name = quote.speaker.split()
    last = (name if len(name) > 1 else words)[-1].strip(".,’'\"")  # a one-word speaker is capitalised as a name is: read the text's
    inside = [getattr(actors.actor(m.actor_id), "type", None) for m in actors.mentions_between(quote.speaker_start, quote.speaker_end)
              if m.end <= quote.speaker_end and m.kind != "pronoun"]
    if "group" in inside:
        return replace(quote, speaker=None)  # 'critics', 'Tory MPs'
    if not last[:1].islower() or is_camel_name(last):
        return quote  # 'Department for Education', 'diGenova'
    person_headed = _in_nouns(last.lower(), PERSON_ROLES | MEMBER_ROLES | TITLE_HEADS)
    return replace(quote, speaker=None) if person_headed or not inside else quote  # 'a senior House GOP aide', 'the committee';
    # a body a name owns keeps its words ('the Trump administration', 'Bernie Sanders' campaign')


def speaker_choices(doc: Document, actors: ActorIndexLike | None = None,
                    lexicons: LexiconSet | None = None) -> list[tuple[Quote, tuple[SpeakerCandidate, ...], list[dict[str, float]]]]:
    """Per quote as the rules read it: the candidates the ranker would choose among and their feature rows (empty for a
    quote the rules gave a speaker). What `scripts/train_speaker_ranker.py` learns from."""
    verbs = reporting_verbs(lexicons)
    actors = find_actors(doc) if actors is None else actors
    quotes, resolver = _rule_quotes(doc, actors, verbs)
    return _choices(doc, quotes, actors, resolver, verbs)


@dataclass(frozen=True)
class _Article:
    """What the article-wide passes read besides the quotes: the document, its actor index and the quote resolver."""

    doc: Document
    actors: ActorIndexLike
    resolver: _Resolver


def _rule_quotes(doc: Document, actors: ActorIndexLike, verbs: Mapping[str, ReportingVerb]) -> tuple[tuple[Quote, ...], _Resolver]:
    """The quotes the rules find and attribute, and the resolver they used."""
    _np_before.cache_clear()  # asks are shared within one article only: no text stays held from an earlier one
    spans = find_spans(doc)
    forms = verbs.forms if isinstance(verbs, ReportingVerbTable) else frozenset(verbs)
    masked = lower_spans(_blank_party_tags(_masked(doc.text, spans)), headline_words(doc, forms, getattr(actors, "registry", None)))
    resolver = _Resolver(doc, masked, verbs, actors)
    drafts = _drafts(doc, spans, masked, verbs)
    attributed = _attribute(drafts, doc, masked, verbs)
    quotes = []
    issuer = _lede_issuer(doc, actors)
    first_paragraph: dict[int, int] = {}
    voiced: set[int] = set()  # utterances with a quote already (a set, not a scan of the quotes so far)
    for draft in drafts:
        earlier = first_paragraph.setdefault(draft.utterance, draft.span.paragraph)
        is_first = earlier == draft.span.paragraph and draft.utterance not in voiced
        quotes.append(_quote(doc, draft, attributed.get(draft.utterance), None if is_first else earlier, actors, resolver, verbs, issuer))
        voiced.add(draft.utterance)
    quotes.extend(_transcript_records(doc, spans, len(set(d.utterance for d in drafts)), actors, resolver))
    article = _Article(doc, actors, resolver)
    ordered = tuple(sorted(quotes, key=lambda q: q.start))
    return functools.reduce(lambda found, step: step(found, article), ARTICLE_PASSES, ordered), resolver


def _choices(doc: Document, quotes: tuple[Quote, ...], actors: ActorIndexLike, resolver: _Resolver,
             verbs: Mapping[str, ReportingVerb]) -> list[tuple[Quote, tuple[SpeakerCandidate, ...], list[dict[str, float]]]]:
    """Each quote with its speaker candidates and feature rows; only quotes the rules left without a speaker get any."""
    quoted = [(q.start, q.end) for q in quotes]

    @functools.lru_cache(maxsize=1)
    def runs() -> list[Any]:
        """The capitalised runs the index lacks, newsroom kickers left out ('Analysis:' is a label): scanned only when a
        quote needs candidates (most articles have none: every quote has a speaker from the rules)."""
        found = unindexed_name_runs(doc, [*quoted, *((m.start, m.end) for m in actors.mentions)], resolver.masked)
        return [run for run in found if run.text.lower() not in KICKERS]

    @functools.lru_cache(maxsize=1)
    def pool() -> CandidatePool:
        """The index mentions, then the runs, each in text order, searchable by window."""
        return CandidatePool.build((actors.mentions, runs()), quoted)

    @functools.lru_cache(maxsize=1)
    def kinds() -> dict[tuple[int, int], str]:
        """Each candidate mention's kind by its offsets."""
        return {(m.start, m.end): m.kind for m in (*actors.mentions, *runs())}

    def name_of(mention: Any) -> SpeakerCandidate | None:
        speaker = canonical_speaker(mention.text, mention.start, mention.end, actors, resolver)
        return SpeakerCandidate(speaker.name, speaker.id, speaker.side, mention.text, mention.start, mention.end)

    def describe(candidate: SpeakerCandidate) -> tuple[str, str]:
        actor = actors.actor(candidate.actor_id) if candidate.actor_id else None
        return getattr(actor, "type", "unlinked"), kinds().get((candidate.start, candidate.end), "other")

    out = []
    for quote in quotes:
        if quote.speaker is not None or quote.rule == "transcript":
            out.append((quote, (), []))
            continue
        candidates = speaker_candidates(doc, quote, pool(), name_of)
        out.append((quote, candidates, choice_features(doc, quote, candidates, verbs, describe)))
    return out


def _ranked(quote: Quote, candidates: Sequence[SpeakerCandidate], rows: Sequence[Mapping[str, float]], ranker: SpeakerRanker) -> Quote:
    """`quote` with the speaker the ranker picks among `candidates` (unchanged when it picks nobody); a scare quote
    someone is picked for becomes partial: someone is reported using the words."""
    if len(candidates) < 2:
        return quote
    pick = candidates[ranker.choose(rows)]
    if pick.name is None:
        return quote
    return replace(quote, kind="partial" if quote.kind == "scare" else quote.kind, speaker=pick.name, speaker_id=pick.actor_id,
                   speaker_mention=pick.mention, speaker_start=pick.start, speaker_end=pick.end, side=pick.side,
                   rule=f"{quote.rule}+ranked")


def _delayed_identification(quotes: tuple[Quote, ...], article: _Article) -> tuple[Quote, ...]:
    """A lede's unnamed speaker ('A Republican state lawmaker in Missouri ...', '..., a senior Tory has declared') whose role
    the headline names ('GOP Lawmaker Says ...', '..., says top Tory') is the person the next paragraph opens by naming
    ('State Rep. Dale Ruffin made the remarks'): the delayed-identification lede. Anonymous sources are never named so."""
    doc, actors = article.doc, article.actors
    paragraphs = {p.index: p for p in doc.paragraphs}
    headline = paragraphs[0].text.lower() if 0 in paragraphs else ""
    named: dict[int, tuple[str, str | None, str | None]] = {}
    for quote in quotes:
        mention = (quote.speaker_mention or "").lower()
        if quote.speaker_id is not None or not mention.startswith(("a ", "an ")) or quote.paragraph not in (1, 2):
            continue
        words = [w.strip(".,’'") for w in mention.split()]
        head = next((w for w in reversed(words) if _in_nouns(w, PERSON_ROLES | GROUP_NOUNS | TITLE_HEADS)), words[-1])
        if _in_nouns(head, MEMBER_ROLES) or not re.search(rf"\b{re.escape(head.rstrip('s'))}", headline):
            continue  # an anonymous source ('a senior official'), or a role the headline does not name: not the story's subject
        if quote.paragraph not in named:
            following = paragraphs.get(quote.paragraph + 1)
            person = _opening_person(following, actors) if following is not None else None
            if person is None:
                continue
            named[quote.paragraph] = (person.name, person.id, person.side)
        name, actor_id, side = named[quote.paragraph]
        quotes = tuple(replace(q, speaker=name, speaker_id=actor_id, side=side, rule=f"{q.rule}+lede") if q is quote else q for q in quotes)
    return quotes


def _lede_title_holder(quotes: tuple[Quote, ...], article: _Article) -> tuple[Quote, ...]:
    """A lede that speaks through a bare title ('Scotland's First Minister has promised ...', 'The U.S. special envoy for
    Sudan says ...') names its holder later: the first person the article titles with the same head ('envoy Laura
    Brandt'), else the person opening the next paragraph ('John Swinney said ...'). Quotes of that title, pronouns
    resolved to it included, take the holder. Anonymous roles ('a senior minister', 'one aide') and spokespeople never do."""
    doc, actors, resolver = article.doc, article.actors, article.resolver
    paragraphs = {p.index: p for p in doc.paragraphs}
    holders: dict[str, tuple[str, str | None, str | None]] = {}
    for quote in quotes:
        mention = (quote.speaker_mention or "").strip()
        words = [w.strip(".,’'") for w in mention.split()]
        if quote.paragraph != 1 or quote.speaker_id is not None or quote.speaker is None or quote.speaker in holders or not words \
                or words[0].lower() in {"a", "an"} | SPEAKER_QUANTIFIERS or resolver.person_of(mention, quote.start) is not None:
            continue
        words = list(itertools.takewhile(lambda w: w.lower() not in PREPOSITIONS, words))  # 'envoy for Sudan': the head before 'for'
        head = words[-1].lower().rsplit("-", 1)[-1] if words else ""
        others = {w.lower() for w in words} & OTHER_ROLE_MODIFIERS
        if head not in TITLE_HEADS or _in_nouns(head, MEMBER_ROLES | SPOKES.keys()) or _has_person_name(words):
            continue
        titled = next((p for p in resolver.people if p.start > quote.start and " " in p.name and _holds_title(p.titles, head, others)), None)
        following = paragraphs.get(quote.paragraph + 1)
        name = titled.name if titled is not None else None
        if name is None and following is not None:  # the person the next paragraph opens by naming ('Carys Pugh said')
            opening = _opening_person(following, actors)
            name = opening.name if opening is not None else next(
                (p.name for p in resolver.people if following.start <= p.start < following.start + 80 and " " in p.name), None)
            own = [t for p in resolver.people if p.name == name for t in p.titles]
            name = None if own and not _holds_title(own, head, others) else name  # 'Deputy First Minister Alan Reid' is not 'The First Minister'
        if name is not None:
            person = actors.named(name)
            holders[quote.speaker] = (name, getattr(person, "id", None), getattr(person, "side", None))
    if not holders:
        return quotes
    return tuple(replace(q, speaker=holders[q.speaker][0], speaker_id=holders[q.speaker][1], side=holders[q.speaker][2],
                         rule=f"{q.rule}+lede-title") if q.speaker in holders and q.speaker_id is None else q for q in quotes)


def _title_description_head(mention: str) -> str | None:
    """The title or role head of a definite description that names nobody ('the Texas senator', 'the presumptive
    Democratic nominee', 'the former secretary of state', 'the president-elect'), else None. Owned roles ("the party's chairman"),
    spokespeople and anonymous members ('the aide') are no description of a named person."""
    words = [w.strip(".,") for w in mention.split()]
    if len(words) < 2 or words[0].lower() != "the" or any(w.endswith(("'s", "’s")) for w in words):
        return None
    words = list(itertools.takewhile(lambda w: w.lower() != "of", words[1:]))  # 'secretary of state': the head before 'of'
    if not words or len(words) > 4 or _has_person_name(words):
        return None
    head = words[-1].lower().split("-")[0]  # 'president-elect'
    if head not in TITLE_HEADS | PERSON_ROLES or _in_nouns(head, MEMBER_ROLES | SPOKES.keys()):
        return None
    return head


def _definite_title_holder(quotes: tuple[Quote, ...], article: _Article) -> tuple[Quote, ...]:
    """A quote whose speaker is a definite description ('"...," the Vermont senator said') is the named person the text
    was just about: the latest sentence subject naming a person before the quote's sentence, in its paragraph or the one
    before ('Bernie Sanders formally endorsed ...'), unless the article titles that person with another role. Used when the
    rules found no holder of the title, or one named only later or titled otherwise; a registry holder of the title stays."""
    doc, actors, resolver = article.doc, article.actors, article.resolver
    paragraphs = {p.index: p for p in doc.paragraphs}
    resolved = []
    holders: dict[str, str] = {}  # a description's words as the speaker ('Prime minister') -> the holder found for it: a
    # pronoun taking the description up ('The prime minister told ministers ... “We are leaving,” he said') is the same person
    for quote in quotes:
        if quote.speaker_id is None and quote.speaker in holders and (quote.speaker_mention or "").lower() in PRONOUNS:
            resolved.append(_spoken_by(quote, holders[quote.speaker], actors, "title-holder"))
            continue
        head = _title_description_head(quote.speaker_mention or "")
        paragraph = paragraphs.get(quote.paragraph)
        linked = actors.actor(quote.speaker_id) if quote.speaker_id is not None else None
        known = getattr(linked, "known", False) and getattr(linked, "type", None) == "person"  # 'the GOP nominee' is no party
        if head is None or paragraph is None or "lede" in quote.rule or quote.cue is None or known:
            resolved.append(quote)  # no description; a passive or verbless cue; or a registry holder of the title
            continue
        current = resolver.person_of(quote.speaker, quote.start) if quote.speaker else None
        if current is not None and current.start < quote.start and _holds_head(resolver.titles_of(current), head):
            resolved.append(quote)  # the title's holder, named before
            continue
        at = _mention_offset(doc.text, quote)
        paragraph = next((p for p in doc.paragraphs if p.start <= at <= p.end), paragraph)  # a lead-in's own paragraph
        sentence = _sentence_start(resolver.masked, paragraph.start, at)
        holder = _subject_person_between(resolver, sentence, at, head) or (
            _latest_subject_person(resolver, sentence, paragraph.index, head) if quote.paragraph else None)
        if holder is None or holder.name == quote.speaker:
            resolved.append(quote)
            continue
        if quote.speaker is not None:
            holders[quote.speaker] = holder.name
        resolved.append(_spoken_by(quote, holder.name, actors, "title-holder"))
    return tuple(resolved)


def _document_author(quotes: tuple[Quote, ...], article: _Article) -> tuple[Quote, ...]:
    """'"...," the statement said' with no issuer in the phrase: the document is the one the text was just about, so its
    author speaks: the speaker of an earlier quote cued by the same document noun ('The 800-page report from the Select
    Committee said'), else the named person the paragraph opens with ('Amy K. Dacey issued an apology. "...," the
    statement said'; 'She said she had offered her resignation')."""
    doc, actors, resolver = article.doc, article.actors, article.resolver
    paragraphs = {p.index: p for p in doc.paragraphs}
    resolved = []
    for index, quote in enumerate(quotes):
        mention = (quote.speaker_mention or "").strip()
        paragraph = paragraphs.get(quote.paragraph)
        if quote.speaker_id is not None or paragraph is None or not _BARE_DOCUMENT.fullmatch(mention):
            resolved.append(quote)
            continue
        noun = mention.split()[-1].lower()
        earlier = next((q for q in reversed(resolved[:index]) if q.speaker and q.speaker_mention and q.speaker_mention != quote.speaker_mention
                        and noun in q.speaker_mention.lower().split()), None)
        if earlier is not None:
            resolved.append(replace(quote, speaker=earlier.speaker, speaker_id=earlier.speaker_id, side=earlier.side, rule=f"{quote.rule}+author"))
            continue
        author = _latest_subject_person(resolver, _sentence_start(resolver.masked, paragraph.start, quote.start), quote.paragraph + 1, None)
        if author is None:
            resolved.append(quote)
            continue
        resolved.append(_spoken_by(quote, author.name, actors, "author"))
    return tuple(resolved)


def _spoken_by(quote: Quote, name: str, actors: ActorIndexLike, rule: str) -> Quote:
    """`quote` given to the person `name`, with the index's id and side for that name and `rule` added to its rule."""
    actor = actors.named(name)
    return replace(quote, speaker=name, speaker_id=getattr(actor, "id", None), side=getattr(actor, "side", None), rule=f"{quote.rule}+{rule}")


def _mention_offset(text: str, quote: Quote) -> int:
    """Where the quote's speaker phrase stands: its occurrence nearest the quote (before it for a lead-in, after it for
    '"...," the senator said')."""
    mention = quote.speaker_mention or ""
    before, after = text.rfind(mention, 0, quote.start), text.find(mention, quote.end)
    if before < 0 or (after >= 0 and after - quote.end < quote.start - before):
        return after if after >= 0 else quote.start
    return before


def _exclamations_are_utterances(quotes: tuple[Quote, ...], article: _Article) -> tuple[Quote, ...]:
    """Quoted words that end on an exclamation or question mark ('chanting "Lock her up!"', 'shouted "No!"', 'signs
    reading "Build the wall!"') are a whole utterance, not a phrase woven into the writer's sentence or a label: direct;
    not when they open in lower case, the end of the writer's clause ('the holdouts should “get on board, FAST!”')."""
    return tuple(replace(q, kind="direct", rule=f"{q.rule}+exclaimed") if q.kind != "direct" and q.closed
                 and q.text.rstrip(" ,'’\"”").endswith(("!", "?")) and not q.text[:1].islower() else q for q in quotes)


def _holds_head(titles: Iterable[str], head: str) -> bool:
    """True when one of `titles` ends in the title head `head` ('Sen.' and 'senator' alike)."""
    heads = {head} | {other for other, equal in VOCABULARY.values("title_head_equivalents").items() if equal == head}
    return any(t.lower().replace(".", "").split()[-1:][0].split("-")[0] in heads for t in titles if t.split())


def _subject_person_between(resolver: _Resolver, start: int, end: int, head: str) -> _Person | None:
    """The person of the latest prominent mention in [start, end), the description's own sentence before it ('Although Rubio
    was a favored candidate, the Florida senator called for ...'), unless the article titles that person with another role."""
    for referent in resolver._before(end):
        if referent.start < start:
            return None
        if referent.phrase.lower() in PRONOUNS or not _split_name(referent.phrase.split())[1]:
            continue
        person = resolver.person_of(referent.phrase, referent.start)
        if person is not None:
            titles = resolver.titles_of(person)
            return person if not titles or _holds_head(titles, head) else None
    return None


def _latest_subject_person(resolver: _Resolver, before: int, paragraph: int, head: str | None) -> _Person | None:
    """The person of the latest sentence subject before offset `before`, in paragraph `paragraph` or the one before it,
    skipping people the article titles with a role of another head than `head` (any title when None)."""
    for referent in resolver._before(before):
        if referent.paragraph < paragraph - 1:
            return None
        phrase, start = referent.phrase, referent.start
        if phrase.lower() in PRONOUNS:
            antecedent = resolver.antecedent(phrase, start)
            if antecedent is None:
                continue
            phrase, start = antecedent.phrase, antecedent.start
        if not _split_name(phrase.split())[1]:
            continue
        person = resolver.person_of(phrase, start)
        if person is None or " " not in person.name:
            continue
        titles = resolver.titles_of(person)
        if head is not None and titles and not _holds_head(titles, head):
            continue
        return person
    return None


_BARE_DOCUMENT = re.compile(r"(?i:the)\s+(?:[a-z\-]+\s+){0,2}(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")")


def _lede_issuer(doc: Document, actors: ActorIndexLike) -> ActorLike | None:
    """The organisation whose name opens the lede, after any dateline ('Hartwell Foods Inc said on Monday ...'): the issuer
    of the story's documents that no nearer text names ('The release described the deal as “immediately accretive”')."""
    lede = next((p for p in doc.paragraphs if p.index == 1), None)
    if lede is None:
        return None
    dateline = _DATELINE.match(doc.text, lede.start, lede.end)
    opening = dateline.end() if dateline else lede.start
    issuer = next((actors.actor(m.actor_id) for m in sorted(actors.mentions, key=lambda m: m.start)
                   if opening <= m.start <= opening + 4 and m.kind in ("name", "alias", "organisation")), None)
    return issuer if getattr(issuer, "type", None) == "organisation" else None


def _holds_title(titles: Iterable[str], head: str, others: set[str]) -> bool:
    """True when one of `titles` has the head word `head` and the same other-role modifiers ('deputy', 'shadow') as `others`."""
    return any(t.lower().split()[-1:] == [head] and set(t.lower().split()) & OTHER_ROLE_MODIFIERS == others for t in titles)


def _has_person_name(words: Sequence[str]) -> bool:
    """True when a speaker phrase already holds a personal name after its titles."""
    return bool(_split_name(list(words))[1]) and _is_person_name(_split_name(list(words))[1], False)


def _opening_person(paragraph: Paragraph, actors: ActorIndexLike) -> ActorLike | None:
    """The person the index names within the first few words of a paragraph ('In an explosive intervention, shadow justice minister Nick Harding said')."""
    window = paragraph.start + min(80, len(paragraph.text))
    for mention in sorted(actors.mentions, key=lambda m: m.start):
        if paragraph.start <= mention.start < window and mention.kind in ("name", "alias"):
            actor = actors.actor(mention.actor_id)
            return actor if getattr(actor, "type", None) == "person" else None
    return None


_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|my|me|we|our)\b")


def _first_person_headline(quotes: tuple[Quote, ...], article: _Article) -> tuple[Quote, ...]:
    """A headline that is a first-person quote with no attribution ('‘I’m paying £1,400 a month for a flat riddled with
    mould’') speaks for the story's first quoted person, when the body quotes them within its first three paragraphs."""
    voice = next((q for q in quotes if q.paragraph > 0 and q.speaker and q.kind == "direct"), None)
    if voice is None or voice.speaker is None or voice.paragraph > 3 or not _is_person_name(voice.speaker.split(), False):
        return quotes
    return tuple(replace(q, speaker=voice.speaker, speaker_id=voice.speaker_id, side=voice.side, rule="headline-first-person")
                 if q.paragraph == 0 and q.speaker is None and q.kind == "direct" and _FIRST_PERSON.search(q.text) else q
                 for q in quotes)


def _echo_key(text: str) -> str:
    """Quote words compared across headline and body: lower case, letters and digits only, articles dropped (headlines drop
    them: 'Scrapping two-child cap will ...' quotes 'Scrapping the two-child cap will ...')."""
    return " ".join(w for w in re.findall(r"[a-z0-9£$%]+", text.lower().replace("’", "'")) if w not in DETERMINERS)


def _headline_echoes(quotes: tuple[Quote, ...], article: _Article) -> tuple[Quote, ...]:
    """A headline quote with no speaker whose words the body quotes from someone is that someone's ('Build Character.').

    Headlines quote the story's words before the body says who said them; a scare quote becomes a partial quote.
    """
    attributed = [q for q in quotes if q.speaker and q.paragraph > 0]
    echoed = []
    for quote in quotes:
        key = _echo_key(quote.text)
        guessed = quote.speaker is None or quote.speaker_id is None or quote.rule == "colon-subject"  # a headline clause's subject
        source = next((q for q in attributed if key and (key in _echo_key(q.text) or _echo_key(q.text) in key)), None) \
            if quote.paragraph == 0 and guessed else None
        if source is not None and quote.speaker_id is not None and source.speaker_id in (None, quote.speaker_id):
            source = None  # 'Thames Water bosses grilled ...: "You should be ashamed"' is the MP the body quotes, not the firm
        if source is not None and quote.speaker is not None and source.speaker_id is None:
            source = None  # a headline's role ('says top Tory') gives way only to a named speaker of the same words
        if source is None:
            echoed.append(quote)
            continue
        echoed.append(replace(quote, kind="partial" if quote.kind == "scare" else quote.kind, speaker=source.speaker,
                              speaker_id=source.speaker_id, speaker_mention=source.speaker_mention, speaker_start=source.speaker_start,
                              speaker_end=source.speaker_end, side=source.side, rule="headline-echo"))
    return tuple(echoed)


def _quote(doc: Document, draft: _Draft, cue: _Cue | None, first_paragraph: int | None, actors: ActorIndexLike | None, resolver: _Resolver,
           verbs: Mapping[str, ReportingVerb], issuer: ActorLike | None = None) -> Quote:
    """The Quote record of one piece; `first_paragraph` is None for an utterance's first piece; `verbs` tell a clause from a
    speaker phrase; `issuer` speaks for a bare document ('the release') the text names no issuer of."""
    if cue and _suffix_stop(doc.text, cue.end):
        cue = replace(cue, end=cue.end + 1)  # 'Trump Jr.': the suffix keeps its full stop
    mention = doc.text[cue.start:cue.end] if cue else None
    speaker = canonical_speaker(mention, cue.start, cue.end, actors, resolver) if cue and mention else Speaker(None, None, None)
    if speaker.id is None and issuer is not None and mention and _BARE_DOCUMENT.fullmatch(mention.strip()):
        speaker = Speaker(issuer.name, issuer.id, issuer.side)  # 'The release said' in a story the company's lede opens
    if draft.kind == "partial" and speaker.name is None and not (mention and mention.lower() in PERSONAL_PRONOUNS
                                                                 and not _title_case(doc.text[draft.span.start:draft.span.end])):
        draft, cue, mention = replace(draft, kind="scare"), None, None  # nobody is reported using the words
        # ('he suggested it would be “unbelievably small”' stays partial: someone is reported, though the text never names him)
    if speaker.id is None and speaker.name is not None and _reads_as_clause(speaker.name, verbs):
        speaker = Speaker(None, None, None)  # 'Harris accused Kavanaugh', 'Prosecutors say the murder': a clause, no speaker
    verb = cue.verb if cue else None
    return Quote(
        text=doc.text[draft.span.start:draft.span.end], start=draft.span.start, end=draft.span.end,
        paragraph=draft.span.paragraph, kind=draft.kind, speaker=speaker.name, speaker_id=speaker.id,
        speaker_mention=mention, cue=cue.verb_text if cue else None, cue_lemma=verb.lemma if verb else None,
        cue_class=verb.stance if verb else None, side=speaker.side,
        rule=_rule(draft, first_paragraph, cue, bool(mention) and mention.lower() in PRONOUNS.keys() | POSSESSIVES.keys()),
        utterance=draft.utterance, closed=draft.span.close is not None,
        speaker_start=cue.start if cue and mention else None, speaker_end=cue.end if cue and mention else None,
    )


def _suffix_stop(text: str, end: int) -> bool:
    """True when a speaker phrase ends on an abbreviated generational suffix whose full stop follows ('Trump Jr.')."""
    word = re.search(r"[A-Za-z]+$", text[max(0, end - 4):end])
    return text.startswith(".", end) and word is not None and word.group().lower() in NAME_SUFFIXES & ABBREVIATIONS


def _reads_as_clause(name: str, verbs: Mapping[str, ReportingVerb]) -> bool:
    """True for a speaker phrase that holds a verb with its object or subject after the first word: an inflected reporting
    verb ('She believes Trump'; not a bare form, which may be a noun: 'the Iowa state auditor's office'), or a lower-case '-ed' word before a name, a determiner or a number ('Office dropped 16 felony
    counts', 'Yorker published reporter Ryan Lizza's account'); an actor is never written that way."""
    words = name.split()
    for at, word in enumerate(words[1:], start=1):
        if not word.islower():
            continue
        following = words[at + 1] if at + 1 < len(words) else ""
        if (word in verbs and word != verbs[word].lemma) or (word.endswith("ed") and len(word) > 4 and following and (
                _is_cap(following) or following.lower() in DETERMINERS or following[:1].isdigit())):
            return True
    return False


def _transcript_records(doc: Document, spans: Sequence[QuotedSpan], first_id: int, actors: ActorIndexLike | None, resolver: _Resolver) -> list[Quote]:
    """Quotes for transcript lines, speaker from the line's label."""
    records = []
    for offset, (paragraph, name_start, name_end) in enumerate(_transcript_quotes(doc, spans)):
        body = doc.text.index(":", name_end) + 1
        while doc.text[body].isspace():
            body += 1
        mention = doc.text[name_start:name_end].strip()
        speaker = canonical_speaker(mention.title() if mention.isupper() else mention, name_start, name_end, actors, resolver)
        mention_start = doc.text.index(mention, name_start)
        records.append(Quote(doc.text[body:paragraph.end], body, paragraph.end, paragraph.index, "direct", speaker.name, speaker.id, mention,
                             None, None, None, speaker.side, "transcript", first_id + offset, True, mention_start, mention_start + len(mention)))
    return records


def speaker_summary(doc: Document, quotes: Sequence[Quote]) -> SpeakerSummary:
    """Words and quotes per speaker and per side, quoted share of the article, first and last voice."""
    spoken = [q for q in quotes if q.kind != "scare"]
    words = {id(q): len(doc.tokens_between(q.start, q.end)) for q in spoken}
    total = sum(words.values())
    attributed = sorted((q for q in spoken if q.speaker), key=lambda q: q.start)
    sided = sorted((q for q in spoken if q.speaker or q.side), key=lambda q: q.start)  # 'a Labour source' speaks for a side
    speakers = _shares(attributed, words, total, lambda q: q.speaker or "", by_side=False)
    sides = _shares(sided, words, total, lambda q: q.side or "unknown", by_side=True)
    return SpeakerSummary(
        speakers=speakers, sides=sides, quoted_words=total, article_words=doc.n_words,
        quoted_share=round(total / doc.n_words, 4) if doc.n_words else 0.0,
        first_speaker=attributed[0].speaker if attributed else None,
        last_speaker=attributed[-1].speaker if attributed else None,
    )


def _shares(quotes: Sequence[Quote], words: Mapping[int, int], total: int, key: Callable[[Quote], str], by_side: bool) -> tuple[VoiceShare, ...]:
    """One VoiceShare per key (speaker, or side when `by_side`), most quoted words first."""
    word_count: Counter[str] = Counter()
    utterances: dict[str, set[int]] = defaultdict(set)
    first: dict[str, Quote] = {}
    for quote in quotes:
        word_count[key(quote)] += words[id(quote)]
        utterances[key(quote)].add(quote.utterance)
        first.setdefault(key(quote), quote)
    return tuple(
        VoiceShare(
            name=name, speaker_id=None if by_side else first[name].speaker_id, side=first[name].side,
            quotes=len(utterances[name]), words=count, share=round(count / total, 4) if total else 0.0,
        )
        for name, count in sorted(word_count.items(), key=lambda item: (-item[1], item[0]))
    )


ARTICLE_PASSES = (_delayed_identification, _lede_title_holder, _definite_title_holder, _document_author, _exclamations_are_utterances,
                  _headline_echoes, _first_person_headline)
"""Passes over an article's attributed quotes, in order, each `(quotes, article) -> quotes`: a speaker identified only
later, a lede's or a definite description's title holder, a document's author, exclamations as utterances, a headline's
quote echoed in the body, a first-person headline."""
