"""Quotation marks: every quoted span of a document, found once from its marks alone.

Curly and straight double marks, single marks that are not apostrophes, a paragraph that opens inside a quote begun
before the text, a closing mark typed where an opening one belongs, a quote left open to its paragraph's end. The quote
stage (`framing.quotes`) reads cues and speakers around these spans; the actor index asks whether a mention stands inside
one (a reference such as 'the group' outside a quote never points back into it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from framing.document import Document, Paragraph

DOUBLE_OPEN = "“„"
DOUBLE_CLOSE = "”"
SINGLE_OPEN = "‘"
DOUBLE_MARK = re.compile("[“„”\"]")
SINGLE_MARK = re.compile("[‘’']")


@dataclass(frozen=True)
class QuotedSpan:
    """A quoted span: content offsets, its marks and whether a closing mark was found."""

    open: int
    start: int
    end: int
    close: int | None
    paragraph: int
    family: str


def _is_letter(char: str) -> bool:
    """True for letters and digits."""
    return char.isalnum()


def _opens_single(text: str, i: int) -> bool:
    """A single mark at `i` that opens a quote: not between letters, followed by a letter ('90s, 'n' are not)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_letter(before) and before not in "’'" and after.isalpha() and not re.match(r".[’'](?![a-z])", text[i + 1:i + 4])


def _closes_single(text: str, i: int) -> bool:
    """A single mark at `i` that closes a quote: after a non-space, not followed by a letter."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_letter(after)


def _closes_continued(text: str, i: int) -> bool:
    """A double mark at `i` shaped like a closing mark: after a letter or punctuation (not a digit: 6'2"), before a
    space, punctuation or the end. As the first mark of a paragraph it closes a quote opened before the text began."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not before.isdigit() and not _is_letter(after)


def _closer_as_opener(text: str, i: int) -> bool:
    """A closing double mark typed where an opening one belongs: at the start or after a space, before a word ('claimed
    that ”we didn’t have ...”', a paragraph opening ”He’s a super guy ...”), with no quote open."""
    return (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—") and i + 1 < len(text) and text[i + 1].isalnum()


def _double_spans(text: str) -> list[tuple[int, int | None, str]]:
    """(open, close or None, family) of every double-quoted span in one paragraph's text. A paragraph whose first
    double mark closes a quote (a sentence cut from a longer quote: 'the slope," Sanders said.') starts with the
    rest of that quote: open is -1, content from the paragraph's start."""
    spans: list[tuple[int, int | None, str]] = []
    open_at: int | None = None
    family = ""
    marks = [match.start() for match in DOUBLE_MARK.finditer(text)]  # every other character leaves the state as it is
    first = marks[0] if marks else None
    if first is not None and text[first] in DOUBLE_CLOSE + '"' and _closes_continued(text, first):
        spans.append((-1, first, "curly" if text[first] in DOUBLE_CLOSE else "straight"))
    for i in marks:
        char = text[i]
        if spans and spans[0][0] == -1 and i <= first:
            continue
        if char in DOUBLE_OPEN:
            if open_at is None:
                open_at, family = i, "curly"
            elif family == "curly":
                spans.append((open_at, None, family))
                open_at = i
        elif char == DOUBLE_CLOSE:
            if open_at is not None:
                spans.append((open_at, i, family))
                open_at = None
            elif _closer_as_opener(text, i):
                open_at, family = i, "curly"
        elif char == '"':
            if open_at is None:
                open_at, family = i, "straight"
            elif family == "straight" or not text[i - 1].isspace():
                spans.append((open_at, i, family))
                open_at = None
    if open_at is not None:
        spans.append((open_at, None, family))
    return spans


def _single_spans(text: str, taken: Sequence[tuple[int, int]], continued: bool = False) -> list[tuple[int, int | None, str]]:
    """Single-quoted spans outside double quotes; unclosed only when opening the paragraph, or, when the next paragraph
    opens with a single mark (`continued`), after a colon or comma at the end of a paragraph that ends a sentence: a
    tabloid's quote running on ("the former prime minister said: 'I have been forced out ... evidence." then a paragraph
    opening 'Their purpose ...')."""
    marks = [i for i in (match.start() for match in SINGLE_MARK.finditer(text)) if not any(a <= i <= b for a, b in taken)]
    openers = [i for i in marks if text[i] in "‘'" and _opens_single(text, i)]
    closers = [i for i in marks if text[i] in "’'" and _closes_single(text, i)]
    spans: list[tuple[int, int | None, str]] = []
    open_at: int | None = None
    for i in sorted(set(openers) | set(closers)):
        if open_at is None and i in openers:
            open_at = i
        elif open_at is not None and i in closers and i > open_at + 1 and not _mid_sentence_apostrophe(text, i, openers, closers):
            spans.append((open_at, i, "single"))
            open_at = None
    if open_at == 0 or (open_at is not None and continued and text[:open_at].rstrip().endswith((":", ","))
                        and text.rstrip()[-1:] in ".!?…"):
        spans.append((open_at, None, "single"))
    return spans


def _mid_sentence_apostrophe(text: str, i: int, openers: Sequence[int], closers: Sequence[int]) -> bool:
    """A plural possessive ('smugglers’ boats') inside a single quote: a later closer follows with no opener between."""
    if not re.match(r"\s[a-z]", text[i + 1:i + 3]):
        return False
    later = [j for j in closers if j > i]
    return bool(later) and not any(i < j < later[0] for j in openers)


def _paragraph_spans(paragraph: Paragraph, next_opens_single: bool = False) -> list[QuotedSpan]:
    """All quoted spans of one paragraph, in order, content trimmed of spaces; `next_opens_single` when the next
    paragraph opens with a single quotation mark (a single-quoted quote may run on into it)."""
    text = paragraph.text
    doubles = _double_spans(text)
    taken = [(a, len(text) if b is None else b) for a, b, _ in doubles]
    singles = _single_spans(text, taken, next_opens_single)
    doubles = [d for d in doubles if not any(a < d[0] and d[1] is not None and b is not None and d[1] < b for a, b, _ in singles)]
    found = []
    spans = sorted(doubles + singles)
    for number, (open_at, close, family) in enumerate(spans):
        # An unclosed quote runs to the paragraph's end, or to the next quote's opening mark: never over it.
        end = (spans[number + 1][0] if number + 1 < len(spans) else len(text)) if close is None else close
        start = open_at + 1
        open_at = max(open_at, 0)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and any(_is_letter(c) for c in text[start:end]):
            base = paragraph.start
            found.append(QuotedSpan(base + open_at, base + start, base + end, None if close is None else base + close, paragraph.index, family))
    return found


def find_spans(doc: Document) -> tuple[QuotedSpan, ...]:
    """Every quoted span of the document, paragraph by paragraph; never raises on odd marks."""
    paragraphs = doc.paragraphs
    return tuple(span for number, paragraph in enumerate(paragraphs) for span in _paragraph_spans(
        paragraph, number + 1 < len(paragraphs) and paragraphs[number + 1].text[:1] in "‘'" and _opens_single(paragraphs[number + 1].text, 0)))
