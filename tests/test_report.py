"""The HTML report escapes untrusted text and highlights exact spans."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.corpus import Article
from framing.results import analyze, analyze_text
from framing.report import highlight, render_report, speaker_colours

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@dataclass(frozen=True)
class FakeQuote:
    start: int
    end: int
    speaker: str | None
    kind: str = "direct"


@dataclass(frozen=True)
class FakeHit:
    start: int
    end: int
    category: str
    entry_id: str


@pytest.mark.parametrize(
    ("text", "quotes", "hits", "expected"),
    [
        ("", [], [], []),
        ("Plain.", [], [], [("Plain.", None, ())]),
        ('He said "a sham deal" today.', [(9, 20, "Philp")], [(11, 15, "loaded")], [
            ('He said "', None, ()), ("a ", "Philp", ()), ("sham", "Philp", ("loaded",)), (" deal", "Philp", ()), ('" today.', None, ()),
        ]),
    ],
)
def test_highlight_pieces_cover_the_text_exactly(text, quotes, hits, expected) -> None:
    pieces = highlight(
        text, 0, len(text),
        [FakeQuote(start, end, speaker) for start, end, speaker in quotes],
        [FakeHit(start, end, category, "id") for start, end, category in hits],
        {"Philp": "#fde68a"},
    )
    assert "".join(piece.text for piece in pieces) == text
    assert [(piece.text, piece.speaker, piece.categories) for piece in pieces] == expected
    assert all((piece.colour == "#fde68a") == (piece.speaker == "Philp") for piece in pieces)


def test_speakers_get_distinct_colours_in_order_of_appearance(seed_documents) -> None:
    analyses = analyze(SEEDS)
    colours = speaker_colours(analyses)
    first_eight = list(colours.values())[:8]
    assert len(set(first_eight)) == len(first_eight)
    html = render_report(analyses)
    assert "Quoted speakers:" in html and "Chris Philp" in html


def test_article_text_and_metadata_are_escaped() -> None:
    hostile = Article(id="x<script>", text='<img src=x onerror=alert(1)> & "quoted"', source="<src>", outlet="<b>Outlet</b>")
    html = render_report([analyze_text(hostile)])
    assert "<img" not in html and "<script>" not in html and "<b>Outlet" not in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp;" in html


def test_report_command_writes_every_seed(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.count('<section class="article"') == 5
    assert "POLITICS WHATSAPP" in html  # shown struck through in the audit list, not in the text
    assert "page furniture" in html.lower() or "removed as page furniture" in html.lower()
