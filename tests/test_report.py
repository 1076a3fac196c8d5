"""The report: escaped untrusted text, exact highlights, per-article speaker colours, every file written."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.corpus import Article
from framing.results import analyze, analyze_text
from framing.report import ReportSettings, build_report, highlight, render_report, speaker_colours, write_report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEEDS_REPORT = ROOT / "reports" / "seeds"


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
    assert all(text[piece.start:piece.end] == piece.text for piece in pieces)
    assert [(piece.text, piece.speaker, piece.categories) for piece in pieces] == expected
    assert all((piece.colour == "#fde68a") == (piece.speaker == "Philp") for piece in pieces)


def test_a_quote_without_speaker_is_outlined_not_coloured() -> None:
    (piece,) = highlight("scare", 0, 5, [FakeQuote(0, 5, None, "scare")], [], {})
    assert piece.colour == "none" and "no speaker found" in piece.title


@pytest.mark.parametrize("count", [0, 1, 12, 30])
def test_speakers_of_one_article_get_distinct_colours(count: int) -> None:
    colours = speaker_colours([f"speaker {number}" for number in range(count)])
    assert len(colours) == count and len(set(colours.values())) == count


def test_every_article_legend_has_distinct_colours(seed_analyses) -> None:
    report = build_report(seed_analyses)
    for view in report.articles:
        colours = [colour for _, colour in view["legend"]]
        assert len(colours) == len(set(colours)), view["outlet"]


def test_article_text_and_metadata_are_escaped() -> None:
    hostile = Article(id="x<script>", text='<img src=x onerror=alert(1)> & "quoted"', source="<src>", outlet="<b>Outlet</b>")
    html = render_report([analyze_text(hostile)])
    assert "<img" not in html and "<script>" not in html and "<b>Outlet" not in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp;" in html


def test_the_page_forbids_scripts_and_requests() -> None:
    html = render_report([analyze_text(Article(id="a", text="A short text.", source="a.txt"))])
    assert "default-src 'none'" in html and "<script" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_seed_report_shows_the_findings(seed_analyses) -> None:
    html = render_report(seed_analyses)
    headings = re.findall(r'<section class="article" id="[^"]+" data-article="[^"]+">\s*<h3>([^<]+)</h3>', html)
    assert len(headings) == 5 and all(heading.split(":")[0] in {"The Independent", "BBC News", "The National", "Daily Express", "Daily Mirror"} for heading in headings)
    assert not any(re.search(r"[0-9a-f]{16}", heading) for heading in headings)  # outlets and titles, never file hashes
    assert html.count('<figure class="chart"') == 12  # six charts a story
    assert "Faud Hussein" in html and "Fuad Hussein" in html  # spelt two ways
    assert "Shared copy" in html and "signed by Home Office minister Dan Jarvis" in html
    assert "not distinguishable here" in html and "Glossary of measures" in html


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory) -> Path:
    """The seeds' report written by the documented command, once for this module."""
    out = tmp_path_factory.mktemp("seeds-report")
    result = CliRunner().invoke(app, ["report", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_report_command_writes_every_file(seeds_report: Path) -> None:
    out = seeds_report
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.count('<section class="article"') == 5
    assert "POLITICS WHATSAPP" in html  # shown struck through in the audit list
    for href in re.findall(r'href="(data/[^"]+\.csv)"', html):
        assert (out / href).is_file(), href
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert {"versions", "lexicons", "options", "files"} <= set(meta)
    assert all((out / name).is_file() for name in meta["files"])
    assert "## Story: uk-iraq-returns-deal-2025" in (out / "report.md").read_text(encoding="utf-8")


def test_a_path_ending_in_html_names_the_page(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", str(SEEDS), "-o", str(tmp_path / "page.html")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "page.html").is_file() and (tmp_path / "data" / "comparison.csv").is_file()


def test_large_corpora_get_an_overview_and_a_page_per_story(seed_analyses, tmp_path: Path) -> None:
    write_report(seed_analyses, tmp_path, settings=ReportSettings(split_above=2))
    overview = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<section class="article"' not in overview
    pages = sorted(path.name for path in (tmp_path / "stories").glob("*.html"))
    assert pages == ["uk-iraq-border-pact-2024.html", "uk-iraq-returns-deal-2025.html"]
    assert 'href="stories/uk-iraq-returns-deal-2025.html"' in overview
    page = (tmp_path / "stories" / "uk-iraq-returns-deal-2025.html").read_text(encoding="utf-8")
    assert page.count('<section class="article"') == 3 and 'href="../data/comparison.csv"' in page


def test_the_seeds_report_in_the_repository_is_up_to_date(seeds_report: Path) -> None:
    """reports/seeds is made by `framing report seeds -o reports/seeds`; regenerate it if this fails."""
    tmp_path = seeds_report
    fresh = sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*") if path.is_file())
    kept = sorted(path.relative_to(SEEDS_REPORT) for path in SEEDS_REPORT.rglob("*") if path.is_file())
    assert fresh == kept
    for name in fresh:
        new, old = (tmp_path / name).read_text(encoding="utf-8"), (SEEDS_REPORT / name).read_text(encoding="utf-8")
        if name.name == "meta.json":  # installed library versions may differ between machines
            new, old = ({key: value for key, value in json.loads(text).items() if key != "versions"} for text in (new, old))
        assert new == old, f"reports/seeds/{name} is out of date: run `framing report seeds -o reports/seeds`"


def test_error_and_empty_articles_are_shown_not_dropped(tmp_path: Path) -> None:
    from framing.pipeline import analyze_article

    analyses = [
        analyze_text(Article(id="bad", text="", source="bad.txt", error="bad.txt: cannot be read")),
        analyze_text(Article(id="empty", text="", source="empty.txt")),
        analyze_text(Article(id="ok", text='The minister said: "We will act." Critics called it a sham.', source="ok.txt", outlet="X")),
    ]
    write_report(analyses, tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.count('<section class="article"') == 3 and "Not analysed: bad.txt: cannot be read" in html
