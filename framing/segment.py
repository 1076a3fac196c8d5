"""Split an article into paragraphs, sentences (nltk Punkt) and words, keeping original offsets."""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Iterable, Sequence

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from framing.clean import find_furniture
from framing.datafile import shipped_vocabulary
from framing.document import Document, Paragraph, RemovedLine, Sentence, Token

WORD_PATTERN = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*", re.UNICODE)
_LINE_PATTERN = re.compile(r"[^\r\n]+")
_TERMINAL = tuple(".!?:;\"'”’)…")


@functools.lru_cache(maxsize=1)
def shipped_abbreviations() -> frozenset[str]:
    """The abbreviation list shipped in `lexicons/abbreviations.txt` (lower case, no final stop)."""
    text = importlib.resources.files("framing.lexicon_data").joinpath("abbreviations.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


@functools.lru_cache(maxsize=8)
def sentence_tokenizer(abbreviations: frozenset[str] | None = None) -> PunktSentenceTokenizer:
    """An untrained Punkt tokenizer that knows `abbreviations` (the shipped list by default)."""
    parameters = PunktParameters()
    parameters.abbrev_types = set(shipped_abbreviations() if abbreviations is None else abbreviations) - number_abbreviations()
    return PunktSentenceTokenizer(parameters)


PUNKT_MEMO_LINES = 256
"""Lines of the article being analysed whose Punkt sentence spans are remembered: readability counts the sentences
of the same lines right after segmentation (the cleaned text's lines, and the journalist's lines without a quote).
Segmenting an article empties the memo, so no line is ever reused from another article."""
PUNKT_MEMO_MAX_CHARS = 10_000
"""Longer lines are split without the memo, so it never holds more than 2.56 million characters."""


def sentence_spans(line: str, abbreviations: frozenset[str] | None = None) -> tuple[tuple[int, int], ...]:
    """Punkt's (start, end) sentence spans in one line or paragraph; a line of the current article is split once."""
    if len(line) > PUNKT_MEMO_MAX_CHARS:
        return tuple(sentence_tokenizer(abbreviations).span_tokenize(line))
    return _remembered_spans(line, abbreviations)


@functools.lru_cache(maxsize=PUNKT_MEMO_LINES)
def _remembered_spans(line: str, abbreviations: frozenset[str] | None) -> tuple[tuple[int, int], ...]:
    """`sentence_spans` of a short line, remembered."""
    return tuple(sentence_tokenizer(abbreviations).span_tokenize(line))


@functools.lru_cache(maxsize=1)
def number_abbreviations() -> frozenset[str]:
    """Abbreviations that stand before a number ('No. 10'): their full stop ends a sentence unless a number follows
    ('he would vote no.'), so Punkt splits after them and `split_sentences` joins the split back before a digit."""
    return frozenset(shipped_vocabulary().words("number_abbreviations"))


def _before_a_number(text: str, end: int, next_start: int) -> bool:
    """True when text[:end] ends in a number abbreviation and its full stop ('No.') and a digit opens text[next_start:]."""
    match = re.search(r"\b([^\W\d_]+)\.\s*$", text[:end])
    return bool(match and match.group(1).lower() in number_abbreviations() and text[next_start:next_start + 1].isdigit())


def split_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, without its line break or outer whitespace."""
    spans = []
    for match in _LINE_PATTERN.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


def split_paragraphs(text: str, removed: Sequence[RemovedLine] = ()) -> tuple[Paragraph, ...]:
    """Kept paragraphs: one a line, with hard-wrapped lines (next line starts lower case) rejoined."""
    removed_starts = {line.start for line in removed}
    blocks: list[list[int]] = []
    previous_end = None
    for start, end in split_lines(text):
        if start in removed_starts:
            previous_end = None
            continue
        if previous_end is not None and _is_wrapped_continuation(text, previous_end, start):
            blocks[-1][1] = end
        else:
            blocks.append([start, end])
        previous_end = end
    return tuple(
        Paragraph(index=index, start=start, end=end, text=text[start:end])
        for index, (start, end) in enumerate(blocks)
    )


def _is_wrapped_continuation(text: str, previous_end: int, start: int) -> bool:
    """True when a single line break separates a line cut mid-sentence from its lower-case rest."""
    gap = text[previous_end:start]
    return gap.count("\n") == 1 and not text[previous_end - 1].endswith(_TERMINAL) and text[start].islower()


def split_sentences(
    paragraphs: Iterable[Paragraph], abbreviations: frozenset[str] | None = None
) -> tuple[Sentence, ...]:
    """Punkt sentences inside each paragraph, offsets into the original text."""
    sentences = []
    for paragraph in paragraphs:
        spans: list[tuple[int, int]] = []
        for start, end in sentence_spans(paragraph.text, abbreviations):
            if spans and _before_a_number(paragraph.text, spans[-1][1], start):
                spans[-1] = (spans[-1][0], end)  # 'No.' + '10 Downing St.': one sentence
            else:
                spans.append((start, end))
        for start, end in spans:
            sentences.append(
                Sentence(
                    index=len(sentences),
                    paragraph=paragraph.index,
                    start=paragraph.start + start,
                    end=paragraph.start + end,
                    text=paragraph.text[start:end],
                )
            )
    return tuple(sentences)


def split_words(sentences: Iterable[Sentence]) -> tuple[Token, ...]:
    """Words of every sentence, offsets into the original text."""
    tokens: list[Token] = []
    for sentence in sentences:
        base, number = sentence.start, sentence.index
        for match in WORD_PATTERN.finditer(sentence.text):
            start, end = match.span()
            tokens.append(Token(len(tokens), number, base + start, base + end, match.group()))  # index, sentence, start, end, text
    return tuple(tokens)


def segment(text: str, removed: Sequence[RemovedLine] = ()) -> Document:
    """Build the Document for `text`, skipping the `removed` furniture lines."""
    _remembered_spans.cache_clear()  # lines are shared within one article only
    paragraphs = split_paragraphs(text, removed)
    sentences = split_sentences(paragraphs)
    return Document(
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        tokens=split_words(sentences),
        removed=tuple(removed),
    )


def make_document(text: str, clean: bool = True) -> Document:
    """Clean (unless `clean` is False) and segment one article's text."""
    return segment(text, find_furniture(text) if clean else ())
