"""Invariants under generated text (hypothesis): whatever the Unicode, quote marks, line breaks, NULs,
right-to-left marks, combining characters or emoji, the pipeline never fails, every span slices
the original text exactly, quotes never overlap, articles out == articles in, and the same input
gives byte-identical output.

The search is derandomised (fixed seed) with a small example budget so CI stays fast and stable.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from framing.corpus import Article, load_corpus
from framing.lexicons import Lexicon, LexiconEntry, LexiconSet, _candidates, _joins, document_units, find_hits
from framing.output import to_json
from framing.pipeline import ArticleAnalysis, analyze_article
from framing.segment import make_document

BUDGET = settings(max_examples=30, derandomize=True, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NEWS_WORDS = (
    "the", "The", "Home", "Secretary", "Yvette", "Cooper", "Ms", "Mr.", "Starmer", "Labour", "Tories",
    "said", "told", "claimed", "insisted", "according to", "she", "he", "they", "migrants", "asylum seekers",
    "invasion", "crisis", "flood", "swarm", "not a", "small boats", "gangs", "smash", "U.S.", "BBC", "No. 10",
)
MARKS = (
    '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u00ab", "\u00bb", "\u201e", "\u201f", "\u2039", "\u203a",
    "\u300c", "\u300d", "`", "\u2014", "\u2013", "-", ":", ",", ".", "?", "!", "...", "(", ")",
)
ODDITIES = (
    "\n", "\n\n", "\r\n", "\r", "\t", "\x00", "\u200f", "\u200e", "\u202e", "\u202c", "\u2066", "\u0301", "\u0303",
    "\u200d", "\ufeff", "\u00a0", "\u2028", "\u2029", "\U0001f600", "\U0001f469\u200d\U0001f469\u200d\U0001f467",
    "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd", "e\u0301", "\ud7ff", "\U00010348", "\x85", "\x0b", "\x0c",
)
PIECES = st.one_of(
    st.sampled_from(NEWS_WORDS), st.sampled_from(MARKS), st.sampled_from(ODDITIES),
    st.text(max_size=4), st.characters(),
)
TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(PIECES, max_size=120).map(" ".join),
    st.lists(PIECES, max_size=120).map("".join),
)


def assert_spans_slice_the_text(analysis: ArticleAnalysis) -> None:
    """Every offset the analysis reports indexes the article's original text exactly."""
    text = analysis.article.text
    document = analysis.document
    assert document is not None and document.text == text
    for span in (*document.paragraphs, *document.sentences, *document.tokens, *analysis.removed):
        assert text[span.start:span.end] == span.text
    for quote in analysis.quotes:
        assert text[quote.start:quote.end] == quote.text
        if quote.speaker_mention:  # the speaker as written, at its offsets
            assert text[quote.speaker_start:quote.speaker_end] == quote.speaker_mention
        else:
            assert quote.speaker_start is None and quote.speaker_end is None
    for hit in analysis.framing:
        assert text[hit.start:hit.end] == hit.term
    for mention in analysis.mentions:
        assert text[mention.start:mention.end] == mention.text


def assert_quotes_do_not_overlap(analysis: ArticleAnalysis) -> None:
    """Quote records are disjoint spans, in text order."""
    spans = sorted((quote.start, quote.end) for quote in analysis.quotes)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end <= start, spans


@BUDGET
@given(text=TEXTS)
@example(text="\u201c\u201c0")  # found by hypothesis: an unclosed quote ran over the next one
@example(text="'Hello \u201cthere\u201d he said \u201cone \u201ctwo")
def test_any_text_is_analysed_with_exact_disjoint_spans_and_identical_output(text: str) -> None:
    analysis = analyze_article(Article(id="generated", text=text, source="<generated>"))
    assert analysis.status == "ok", analysis.error
    assert_spans_slice_the_text(analysis)
    assert_quotes_do_not_overlap(analysis)
    again = analyze_article(Article(id="generated", text=text, source="<generated>"))
    assert to_json([again]) == to_json([analysis])


@BUDGET
@given(texts=st.lists(st.one_of(TEXTS, st.binary(max_size=64)), min_size=1, max_size=5))
def test_articles_out_equal_articles_in(texts: list[str | bytes]) -> None:
    """Every file in a folder comes out as one article, analysed or with its error, in name order."""
    with tempfile.TemporaryDirectory() as folder:
        for number, content in enumerate(texts):
            data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
            (Path(folder) / f"{number:02d}.txt").write_bytes(data)
        articles = load_corpus(Path(folder))
        analyses = [analyze_article(article) for article in articles]
    assert [item.article.id for item in analyses] == [f"{number:02d}" for number in range(len(texts))]
    for item in analyses:
        assert item.status == "ok" or item.error.startswith("[E"), item.error
        if item.status == "ok":
            assert_spans_slice_the_text(item)


@BUDGET
@given(
    words=st.lists(st.sampled_from(["the", "crisis", "flood", "of", "-", "'s", ".", ",", "\n", "The"]), max_size=60),
    patterns=st.lists(st.lists(st.sampled_from(["the", "crisis", "flood", "of"]), min_size=1, max_size=3), min_size=1, max_size=6),
)
def test_one_pass_matcher_finds_exactly_the_naive_matches(words: list[str], patterns: list[list[str]]) -> None:
    """The automaton finds the same phrase occurrences as trying every pattern at every word."""
    entries = tuple(
        LexiconEntry(id=f"e{n}", pattern=" ".join(keys), variants=(), category=f"c{n % 2}", subcategory=None,
                     polarity=None, intensity=None, note="", source="s")
        for n, keys in enumerate(patterns)
    )
    lexicons = LexiconSet((Lexicon("test", "1", "CC0", "d", "s", entries),))
    document = make_document(" ".join(words))
    units = document_units(document)
    expected = set()
    for number, keys in enumerate(patterns):
        for at in range(len(units) - len(keys) + 1):
            window = units[at:at + len(keys)]
            if [unit.key for unit in window] == keys and all(_joins(document.text, a, b) for a, b in zip(window, window[1:])):
                expected.add((window[0].start, window[-1].end, number))
    found = {(units[first].start, units[last].end, number) for first, last, number in _candidates(document, units, lexicons)}
    assert found == expected
    assert all(document.text[hit.start:hit.end] == hit.term for hit in find_hits(document, lexicons))


TRICKY = [
    "\u201cWe will smash the gangs,\u201d said Yvette Cooper.\n\u2018Not a crisis\u2019, Mr Starmer insisted.",
    "\x00\u202eThe minister\u202c told the BBC: \u00abthe invasion is a myth\u00bb \U0001f600\r\n\"unclosed quote",
    "e\u0301\u0303 \u0645\u0631\u062d\u0628\u0627 asylum seekers' flood\n\n\n- he said -",
]


def test_output_is_byte_identical_across_processes(tmp_path: Path) -> None:
    """Another process with a fixed hash seed writes the same bytes as this one (whose seed is random),
    so set and dict order never leaks into the output."""
    for number, text in enumerate(TRICKY):
        (tmp_path / f"{number}.txt").write_text(text, encoding="utf-8")
    here = to_json([analyze_article(article) for article in load_corpus(tmp_path)])
    script = (
        "import sys; from pathlib import Path; from framing.corpus import load_corpus; "
        "from framing.pipeline import analyze_article; from framing.output import to_json; "
        "sys.stdout.write(to_json([analyze_article(a) for a in load_corpus(Path(sys.argv[1]))]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True, env={**os.environ, "PYTHONHASHSEED": "12345"}, check=True, timeout=300,
    )
    assert result.stdout.decode("utf-8") == here
    assert [article["status"] for article in json.loads(here)["articles"]] == ["ok", "ok", "ok"]
