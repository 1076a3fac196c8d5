"""Who gets a sentiment: a mention of a country used as a place or as a modifier is not a sentiment target.

'Migrants travelled to Iraq', 'the Iraqi government' and 'UK officials' name a country without judging
it, so scoring sentiment toward the country there adds noise. The rules are data
(`lexicons/sentiment_targets.jsonl`): words before a mention that make it a place, nouns after it that
make it a modifier; a country written as a demonym ('Iraqi', 'French') is always a modifier.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from framing.datafile import FIELD, VALUE, DataFileError, parse_data_file, read_text
from framing.document import Document

TARGETS_FILE = "sentiment_targets.jsonl"
ROLES = ("place", "modifier")
TARGET = "target"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_JOINER = re.compile(r"[ \t]+|[ \t]*[-‐‑][ \t]*")


class TargetRuleError(DataFileError):
    """A sentiment-target rule file that cannot be used (codes T001-T007); names the file, line and problem."""

    prefix = "T"


@dataclass(frozen=True)
class TargetRule:
    """One rule: mentions of these actor types are a `role` (place / modifier) after `before` or before `after` words."""

    id: str
    role: str
    types: tuple[str, ...]
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    note: str = ""


class MentionLike(Protocol):
    """What the rules read of a mention: offsets into the document text, the words as written and its kind."""

    start: int
    end: int
    text: str
    kind: str


class ActorLike(Protocol):
    """What the rules read of the mentioned actor: its type, name and aliases."""

    type: str
    name: str
    aliases: Sequence[str]


def _words(value: Any, name: str, path: str, line: int) -> frozenset[str]:
    """A list of lower-case words, or an error naming the field."""
    if not isinstance(value, list) or not all(isinstance(word, str) and word.strip() for word in value):
        raise TargetRuleError(VALUE, path, line, f"field {name!r} must be a list of non-empty strings")
    return frozenset(word.strip().lower() for word in value)


def parse_rule(record: Any, path: str, line: int) -> TargetRule:
    """One validated rule, or an error naming the line and the problem."""
    if not isinstance(record, dict):
        raise TargetRuleError(FIELD, path, line, "a rule must be a JSON object")
    unknown = sorted(set(record) - {"id", "role", "types", "before", "after", "note"})
    if unknown:
        raise TargetRuleError(FIELD, path, line, f"unknown field {unknown[0]!r}")
    for name in ("id", "role", "types", "note"):
        if name not in record:
            raise TargetRuleError(FIELD, path, line, f"missing field {name!r}")
    if record["role"] not in ROLES:
        raise TargetRuleError(VALUE, path, line, f"field 'role' must be one of {', '.join(ROLES)}, not {record['role']!r}")
    if ("before" in record) == ("after" in record):
        raise TargetRuleError(FIELD, path, line, "a rule needs exactly one of 'before' and 'after'")
    return TargetRule(
        id=str(record["id"]), role=record["role"], types=tuple(sorted(_words(record["types"], "types", path, line))),
        before=_words(record.get("before", []), "before", path, line),
        after=_words(record.get("after", []), "after", path, line), note=str(record["note"]),
    )


def parse_rules(text: str, path: str) -> tuple[TargetRule, ...]:
    """The rules of a sentiment-target file's text."""
    return parse_data_file(text, path, parse_rule, TargetRuleError, "rules").items


def load_rules(path: str) -> tuple[TargetRule, ...]:
    """Read and validate a sentiment-target rule file."""
    return parse_rules(read_text(path, TargetRuleError), path)


@functools.lru_cache(maxsize=1)
def default_rules() -> tuple[TargetRule, ...]:
    """The shipped rules (`lexicons/sentiment_targets.jsonl`), read once."""
    resource = importlib.resources.files("framing.lexicon_data").joinpath(TARGETS_FILE)
    return parse_rules(resource.read_text("utf-8"), TARGETS_FILE)


def _key(word: str) -> str:
    """Lower case with straight apostrophes."""
    return word.lower().replace("’", "'")


def _word_before(text: str, start: int) -> str | None:
    """The word just before `start` with only spaces between (one 'the' between is skipped), lower-cased."""
    words = list(_WORD.finditer(text, max(0, start - 40), start))
    position, until = len(words) - 1, start
    while position >= 0 and not text[words[position].end():until].strip():
        key = _key(words[position].group())
        if key != "the" or until != start:
            return key
        position, until = position - 1, words[position].start()
    return None


def _word_after(text: str, end: int) -> str | None:
    """The lower-case word right after `end`, joined by spaces or a hyphen; None after punctuation or a capital."""
    joiner = _JOINER.match(text, end)
    match = _WORD.match(text, joiner.end()) if joiner else None
    if match is None or not match.group()[:1].islower():
        return None
    return _key(match.group())


def _is_demonym(mention: MentionLike, actor: ActorLike) -> bool:
    """True when the mention's words are neither the actor's name nor an alias ('Iraqi' for Iraq)."""
    written = _key(mention.text).removesuffix("'s")
    return written not in {_key(name) for name in (actor.name, *actor.aliases)}


def target_role(doc: Document, mention: MentionLike, actor: ActorLike,
                rules: Sequence[TargetRule] | None = None) -> str:
    """'target', or why the mention is not one: 'place' ('to Iraq') or 'modifier' ('UK officials', 'Iraqi')."""
    rules = default_rules() if rules is None else rules
    chosen = [rule for rule in rules if actor.type in rule.types]
    if not chosen:
        return TARGET
    if actor.type == "country" and mention.kind != "pronoun" and _is_demonym(mention, actor):
        return "modifier"
    before, after = _word_before(doc.text, mention.start), _word_after(doc.text, mention.end)
    for rule in chosen:
        if (before is not None and before in rule.before) or (after is not None and after in rule.after):
            return rule.role
    return TARGET


def is_sentiment_target(doc: Document, mention: MentionLike, actor: ActorLike,
                        rules: Sequence[TargetRule] | None = None) -> bool:
    """True when the sentence can be for or against the mentioned actor (not a place, not a modifier)."""
    return target_role(doc, mention, actor, rules) == TARGET

