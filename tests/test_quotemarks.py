"""Quoted spans found from the marks alone (framing.quotemarks)."""

from __future__ import annotations

import pytest

from framing.quotemarks import find_spans
from framing.segment import make_document


@pytest.mark.parametrize(("text", "quoted"), [
    ("", []),
    ("No quotation here, only the ’90s and rock 'n' roll.", []),
    ("“We will act,” the minister said.", ["We will act,"]),
    ('He called it "a disaster" and left.', ["a disaster"]),
    ("She said ‘never again’ twice.", ["never again"]),
    # a paragraph whose first mark closes a quote opened before the text began
    ('the slope," Sanders said.', ["the slope,"]),
    # a closing mark typed where the opening one belongs, before a word
    ("He claimed ”we did nothing wrong.”", ["we did nothing wrong."]),
    # a quote left open runs to the paragraph's end
    ("“We are not done, she said, and we never will be", ["We are not done, she said, and we never will be"]),
    # a single-quoted quote inside a double-quoted one is not a span of its own at this level
    ("“He told me, ‘Not today,’ and left,” she said.", ["He told me, ‘Not today,’ and left,"]),
])
def test_find_spans(text, quoted):
    doc = make_document(text, clean=False)
    assert [doc.text[span.start:span.end] for span in find_spans(doc)] == quoted
