"""Paragraphs, sentences and words keep exact offsets into the original text."""

from __future__ import annotations

import pytest

from framing.document import Document
from framing.segment import _remembered_spans, make_document, sentence_spans, sentence_tokenizer


def _assert_offsets_slice(doc: Document) -> None:
    for span in (*doc.paragraphs, *doc.sentences, *doc.tokens):
        assert doc.text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("", []),
        ("Mr Jarvis signed it. Ms Cooper did not.", ["Mr Jarvis signed it.", "Ms Cooper did not."]),
        ("Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.", ["Mr. Smith met Dr. Jones in the U.S. on Monday.", "They talked."]),
        ("Gov. Newsom spoke at No. 10 Downing St. today. Then he left.", ["Gov. Newsom spoke at No. 10 Downing St. today.", "Then he left."]),
        ("He said: “It works.” Then he left.", ["He said: “It works.”", "Then he left."]),
        ("First paragraph.\nSecond one. With two sentences.", ["First paragraph.", "Second one.", "With two sentences."]),
        ("Reps. Brian Fitzpatrick (R-Pa.), Mike Lawler (R-N.Y.) and Don Bacon (R-Neb.) are open to it. They said so.",
         ["Reps. Brian Fitzpatrick (R-Pa.), Mike Lawler (R-N.Y.) and Don Bacon (R-Neb.) are open to it.", "They said so."]),
        ("She would vote no. He was ill. Nos. 4 and 5 follow.", ["She would vote no.", "He was ill.", "Nos. 4 and 5 follow."]),
        ("Rule no. 5 applies. Vol. 3 is out.", ["Rule no. 5 applies.", "Vol. 3 is out."]),
        ("Sen. Jane Doe, D-Ariz., voted against it. He was ill. Others agreed.",
         ["Sen. Jane Doe, D-Ariz., voted against it.", "He was ill.", "Others agreed."]),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    doc = make_document(text)
    assert [sentence.text for sentence in doc.sentences] == sentences
    _assert_offsets_slice(doc)


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("", []),
        ("One.\n\n\nTwo.\r\nThree.", ["One.", "Two.", "Three."]),
        ("A line cut in the\nmiddle of a sentence.\nNext paragraph.", ["A line cut in the\nmiddle of a sentence.", "Next paragraph."]),
        ("  Indented line.  \n\tTabbed.", ["Indented line.", "Tabbed."]),
    ],
)
def test_paragraphs(text: str, paragraphs: list[str]) -> None:
    doc = make_document(text)
    assert [paragraph.text for paragraph in doc.paragraphs] == paragraphs
    _assert_offsets_slice(doc)


def test_words_keep_apostrophes_and_hyphens() -> None:
    doc = make_document("Labour’s one-in, one-out deal isn't £5bn.")
    assert [token.text for token in doc.tokens] == ["Labour’s", "one-in", "one-out", "deal", "isn't", "5bn"]


def test_seed_offsets_slice_the_original_text(seed_documents: dict[str, Document]) -> None:
    for doc in seed_documents.values():
        _assert_offsets_slice(doc)
        assert doc.sentences and all(doc.paragraph_at(s.start).index == s.paragraph for s in doc.sentences)


def test_removed_furniture_is_not_segmented(seed_documents: dict[str, Document]) -> None:
    mirror = seed_documents["004"]
    assert not any("WHATSAPP" in paragraph.text for paragraph in mirror.paragraphs)
    assert mirror.paragraphs[-1].text.startswith("There will also be UK-funded social media campaigns")


def test_lookups_by_offset(seed_documents: dict[str, Document]) -> None:
    doc = seed_documents["001"]
    sentence = doc.sentences[3]
    assert doc.sentence_at(sentence.start + 5) == sentence
    assert doc.sentence_at(len(doc.text) + 10) is None
    inside = doc.tokens_between(sentence.start, sentence.end)
    assert inside and all(sentence.start <= token.start and token.end <= sentence.end for token in inside)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Mr Jarvis signed it. Ms Cooper did not.",
        "Gov. Newsom spoke at No. 10 Downing St. today.",
        "A long line. " * 1000,  # past the memo's length limit: split directly
    ],
)
def test_sentence_spans_are_punkts_spans(line: str) -> None:
    assert sentence_spans(line) == tuple(sentence_tokenizer().span_tokenize(line))
    assert sentence_spans(line) == sentence_spans(line)


def test_sentence_spans_are_remembered_for_one_article_only() -> None:
    make_document("First article, first line.\nIts second line.\nA third one.")
    assert _remembered_spans.cache_info().currsize == 3
    make_document("Another article.\nIts own line.")
    assert _remembered_spans.cache_info().currsize == 2  # the first article's lines are gone
