"""Find page furniture in scraped articles: plugs, link blocks, boilerplate, captions, trailing headlines.

Cleaning never edits text: `find_furniture` returns the furniture lines (with offsets, the reason each
was taken and a stable rule id) and segmentation skips them, so every removal can be audited.

The rules are data, in ``lexicons/furniture.jsonl`` (read through ``framing.lexicon_data``). The first
line is a header (``lexicon``, ``version``, ``licence``, ``description``, ``source``); every other line
is one rule record:

``id``
    stable rule id, reported as ``RemovedLine.rule``.
``label``
    the human-readable reason, reported as ``RemovedLine.reason``.
``scope``
    ``"line"``: the stripped line is furniture when ``pattern`` is found in it (``re.search``, so
    patterns anchor themselves with ``^``/``$``), ``requires`` (optional regex) is found too,
    ``unless`` (optional regex) is not, and it has at most ``max_words`` words.
    ``"block-header"``: like ``"line"``, and the line opens a link block: the headline-like lines
    after it (the ``"block-item"`` rule) are removed until the first real paragraph.
    ``"block-item"``: parameters of link-block items (``max_words``; no sentence-final punctuation).
    ``"tail"``: like ``"line"``, but only inside the run of furniture that ends the article
    (author biographies and sign-offs look like ordinary sentences anywhere else).
    ``"trailing-headline"``: parameters for short lines without sentence-final punctuation after
    the article's end (``max_words``, and ``max_shared``: the largest share of the line's content
    words that may also occur in the article body; a headline about another story shares few).
    ``"vocabulary"``: a word list (``words``); ``common-words`` is ignored when comparing vocabulary.
``ignore_case``
    for ``pattern`` (default true); ``requires`` and ``unless`` always ignore case.
``examples`` / ``counterexamples``
    lines the rule must remove / must keep; the tests check them.

Decisions: bylines, author titles, standalone date stamps and datelines are removed as metadata (not
article text, so they must not count in readability); a dateline opening a paragraph ("LONDON
(Reuters) -") stays with its paragraph, because cleaning works on whole lines. Crossheads (short
subheadings inside the article) are kept. The first line (headline or standfirst) is never taken as
a link item or trailing headline, only by an explicit line rule.

User rules: pass ``extra_rules`` (records in the same format, e.g. read from your own JSONL with
`read_rules`) to `find_furniture`; they are tried before the shipped ones.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from framing.document import RemovedLine

LEXICON = "furniture.jsonl"
SCOPES = frozenset({"line", "block-header", "block-item", "tail", "trailing-headline", "vocabulary"})

_LINE = re.compile(r"[^\r\n]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# What closes a sentence or clause; a headline or link title ends without any of these.
_SENTENCE_END = tuple(".!?…:;,")
_CLOSERS = "\"'”’)»] *"
_OPENERS = tuple("\"'“‘«(")


@dataclass(frozen=True)
class Rule:
    """One compiled furniture rule (see the module docstring for the fields)."""

    id: str
    label: str
    scope: str
    pattern: re.Pattern | None = None
    requires: re.Pattern | None = None
    unless: re.Pattern | None = None
    max_words: int | None = None
    max_shared: float | None = None
    words: frozenset[str] = frozenset()
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()

    def matches(self, line: str, words: int | None = None) -> bool:
        """True when `line` (stripped) satisfies this rule's pattern, requirements and length. `words` is the line's
        word count when the caller has it; the length is tested first, since it is cheaper than an unanchored pattern."""
        if self.max_words is not None and (len(line.split()) if words is None else words) > self.max_words:
            return False
        if self.pattern is None or not self._found(line):
            return False
        if self.requires is not None and not self.requires.search(line):
            return False
        return self.unless is None or not self.unless.search(line)

    @functools.cached_property
    def _parts(self) -> tuple[re.Pattern, re.Pattern] | None:
        """The pattern as (its '^' alternatives, the rest) when it mixes both, else None (see `anchored_parts`)."""
        return anchored_parts(self.pattern) if self.pattern is not None else None

    def _found(self, line: str) -> bool:
        """Whether `pattern.search(line)` finds anything; a pattern mixing '^' alternatives with unanchored ones is
        tried as two, the anchored ones only at the start (as `search` would find them)."""
        parts = self._parts
        if parts is None:
            return self.pattern.search(line) is not None
        return parts[0].match(line) is not None or parts[1].search(line) is not None


_UNSPLITTABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux-]+\)")
"""Back references, conditionals and global inline flags: a pattern holding one is never split."""


def top_level_alternatives(source: str) -> list[str]:
    """The alternatives of a regular expression's outermost '|', each as written (escapes, character classes and
    groups kept whole)."""
    alternatives, current, depth, at = [], [], 0, 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            current.append(source[at:at + 2])
            at += 2
            continue
        if char == "[":  # a class runs to its first unescaped ']' (a ']' first in it, after any '^', is literal)
            end = at + 1
            end += source[end:end + 1] == "^"
            end += source[end:end + 1] == "]"
            while end < len(source) and source[end] != "]":
                end += 2 if source[end] == "\\" else 1
            current.append(source[at:end + 1])
            at = end + 1
            continue
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            alternatives.append("".join(current))
            current = []
        else:
            current.append(char)
        at += 1
    alternatives.append("".join(current))
    return alternatives


def anchored_parts(pattern: re.Pattern) -> tuple[re.Pattern, re.Pattern] | None:
    """(the '^…' alternatives without their '^', the other alternatives) of a pattern that has both, else None.
    `search` finds the pattern exactly when the first part matches at the start or the second is found anywhere;
    the engine tries every alternative at every position of the line, and only the unanchored ones can match after
    the start ('agency-credit' and 'copyright' were two thirds of the furniture rules' search time)."""
    if pattern.flags & (re.MULTILINE | re.VERBOSE) or _UNSPLITTABLE.search(pattern.pattern):
        return None
    alternatives = top_level_alternatives(pattern.pattern)
    anchored = [alternative[1:] for alternative in alternatives if alternative.startswith("^")]
    others = [alternative for alternative in alternatives if not alternative.startswith("^")]
    if not anchored or not others:
        return None
    try:
        return re.compile("(?:" + "|".join(anchored) + ")", pattern.flags), re.compile("|".join(others), pattern.flags)
    except re.error:
        return None


@dataclass(frozen=True)
class RuleSet:
    """The rules by scope, in file order."""

    line: tuple[Rule, ...]
    tail: tuple[Rule, ...]
    block_item: Rule
    trailing: Rule
    common_words: frozenset[str]

    @property
    def all(self) -> tuple[Rule, ...]:
        """Every rule with a pattern (line, block-header and tail scopes)."""
        return self.line + self.tail


def compile_rule(record: Mapping) -> Rule:
    """A `Rule` from one JSON record; raises ValueError naming the rule when the record is bad."""
    rule_id = record.get("id")
    if not rule_id or not isinstance(rule_id, str):
        raise ValueError(f"furniture rule without an id: {record!r}")
    scope = record.get("scope", "line")
    if scope not in SCOPES:
        raise ValueError(f"furniture rule {rule_id!r}: unknown scope {scope!r}")
    flags = re.IGNORECASE if record.get("ignore_case", True) else 0
    try:
        pattern = re.compile(record["pattern"], flags) if "pattern" in record else None
        requires = re.compile(record["requires"], re.IGNORECASE) if "requires" in record else None
        unless = re.compile(record["unless"], re.IGNORECASE) if "unless" in record else None
    except re.error as error:
        raise ValueError(f"furniture rule {rule_id!r}: bad regular expression: {error}") from None
    if scope in {"line", "block-header", "tail"} and pattern is None:
        raise ValueError(f"furniture rule {rule_id!r}: scope {scope!r} needs a pattern")
    return Rule(
        id=rule_id,
        label=record.get("label") or rule_id,
        scope=scope,
        pattern=pattern,
        requires=requires,
        unless=unless,
        max_words=record.get("max_words"),
        max_shared=record.get("max_shared"),
        words=frozenset(word.lower() for word in record.get("words", ())),
        examples=tuple(record.get("examples", ())),
        counterexamples=tuple(record.get("counterexamples", ())),
    )


def read_rules(path: str | Path) -> tuple[dict, ...]:
    """The rule records of a furniture JSONL file (a header line with a "lexicon" key is skipped)."""
    return _parse_records(Path(path).read_text(encoding="utf-8"))


def _parse_records(text: str) -> tuple[dict, ...]:
    """Rule records from JSONL text, skipping blank lines and the header."""
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"furniture rules, line {number}: not JSON: {error}") from None
        if "lexicon" not in record:
            records.append(record)
    return tuple(records)


@functools.lru_cache(maxsize=1)
def lexicon_header() -> dict:
    """The header record of the shipped furniture lexicon."""
    first = _shipped_text().splitlines()[0]
    return json.loads(first)


@functools.lru_cache(maxsize=1)
def _shipped_text() -> str:
    """The shipped `lexicons/furniture.jsonl`."""
    return importlib.resources.files("framing.lexicon_data").joinpath(LEXICON).read_text("utf-8")


@functools.lru_cache(maxsize=1)
def shipped_rules() -> RuleSet:
    """The shipped rules, compiled once."""
    return _rule_set(_all_compiled())


@functools.lru_cache(maxsize=16)
def _rules_with(extra_json: str) -> RuleSet:
    """The shipped rules with user rule records (given as a JSON list) in front of them."""
    extra = tuple(compile_rule(record) for record in json.loads(extra_json))
    overridden = {rule.id for rule in extra}
    return _rule_set(extra + tuple(rule for rule in _all_compiled() if rule.id not in overridden))


@functools.lru_cache(maxsize=1)
def _all_compiled() -> tuple[Rule, ...]:
    """Every shipped rule in file order."""
    return tuple(compile_rule(record) for record in _parse_records(_shipped_text()))


def _rule_set(rules: Sequence[Rule]) -> RuleSet:
    """Group compiled rules by scope; the heuristics' parameters must be present."""
    by_scope: dict[str, list[Rule]] = {}
    for rule in rules:
        by_scope.setdefault(rule.scope, []).append(rule)
    if not by_scope.get("block-item") or not by_scope.get("trailing-headline"):
        raise ValueError("furniture rules need a 'block-item' and a 'trailing-headline' record")
    common = frozenset().union(*(rule.words for rule in by_scope.get("vocabulary", ()) if rule.id == "common-words"))
    return RuleSet(
        line=tuple(rule for rule in rules if rule.scope in {"line", "block-header"}),
        tail=tuple(rule for rule in rules if rule.scope == "tail"),
        block_item=by_scope["block-item"][0],
        trailing=by_scope["trailing-headline"][0],
        common_words=common,
    )


def find_furniture(text: str, extra_rules: Iterable[Mapping] = ()) -> tuple[RemovedLine, ...]:
    """Every furniture line in `text`, in order, each with its reason and rule id.

    `extra_rules` are rule records in the lexicon's format; they are tried before the shipped rules
    and replace shipped rules with the same id.
    """
    extra = list(extra_rules)
    rules = _rules_with(json.dumps(extra, sort_keys=True)) if extra else shipped_rules()
    lines = [line for line in (_strip(match) for match in _LINE.finditer(text)) if line[2]]
    removed: dict[int, RemovedLine] = {}

    def take(index: int, rule: Rule) -> None:
        start, end, line = lines[index]
        removed[index] = RemovedLine(start, end, line, rule.label, rule.id)

    in_block = False
    for index, (_, _, line) in enumerate(lines):
        words = len(line.split())  # counted once a line, not once a rule
        rule = next((rule for rule in rules.line if rule.matches(line, words)), None)
        if rule is not None:
            take(index, rule)
            in_block = in_block or rule.scope == "block-header"
            continue
        if in_block and index > 0 and _is_headline(line, rules.block_item.max_words, questions=True):
            take(index, rules.block_item)
            continue
        in_block = False

    for index in range(len(lines) - 1, 0, -1):
        if index in removed:
            continue
        line = lines[index][2]
        words = len(line.split())
        tail_rule = next((rule for rule in rules.tail if rule.matches(line, words)), None)
        if tail_rule is not None:
            take(index, tail_rule)
        elif _is_trailing_headline(index, lines, removed, rules):
            take(index, rules.trailing)
        else:
            break
    return tuple(removed[index] for index in sorted(removed))


def _strip(match: re.Match) -> tuple[int, int, str]:
    """A line's offsets and text without outer whitespace."""
    raw = match.group()
    stripped = raw.strip()
    start = match.start() + len(raw) - len(raw.lstrip())
    return start, start + len(stripped), stripped


def ends_like_sentence(line: str) -> bool:
    """True when `line` ends as prose does: final punctuation (maybe before a closing quote or
    bracket), or it is wholly a quotation ("“We will act”")."""
    core = line.rstrip(_CLOSERS)
    if core.endswith(_SENTENCE_END):
        return True
    return line.startswith(_OPENERS[:4]) and line.endswith(("\"", "”", "'", "’")) and len(core) < len(line)


def _is_headline(line: str, max_words: int | None, questions: bool = False) -> bool:
    """Short and without sentence-final punctuation: a headline or link title, not a paragraph.

    With `questions`, a line ending in "?" or "!" also counts (link titles often do)."""
    if max_words is not None and len(line.split()) > max_words:
        return False
    if questions and line.rstrip(_CLOSERS).endswith(("?", "!")) and not line.startswith(_OPENERS[:4]):
        return True
    return not ends_like_sentence(line)


def _content_words(text: str, common: frozenset[str]) -> set[str]:
    """Lower-cased words of three letters or more, minus the common words, cut to a 5-letter stem."""
    words = (word.lower() for word in _WORD.findall(text))
    return {word[:5] for word in words if len(word) >= 3 and word not in common}


def _introduced_list(body: Sequence[str], max_words: int | None) -> bool:
    """True when the short unpunctuated lines ending `body` follow a line ending in a colon."""
    for line in reversed(body):
        if line.endswith(":"):
            return True
        if not _is_headline(line, max_words):
            return False
    return False


def _is_trailing_headline(index: int, lines, removed, rules: RuleSet) -> bool:
    """A short unpunctuated line after the article's end that shares little vocabulary with it."""
    line = lines[index][2]
    if not _is_headline(line, rules.trailing.max_words):
        return False
    if rules.trailing.unless is not None and rules.trailing.unless.search(line):
        return False  # reported speech ("said", "told"): prose, not a headline
    body = [text for position, (_, _, text) in enumerate(lines[:index]) if position not in removed]
    if not body or _introduced_list(body, rules.trailing.max_words):
        return False  # nothing before it, or it is an item of a list the article introduced
    words = _content_words(line, rules.common_words)
    if not words:
        return False
    shared = len(words & _content_words(" ".join(body), rules.common_words)) / len(words)
    return shared <= (rules.trailing.max_shared if rules.trailing.max_shared is not None else 0.0)
