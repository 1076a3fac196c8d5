"""The report in a real headless browser (Debian's chromium driven by Playwright): it renders, every chart
is visible, highlights sit where the offsets say, nothing is requested from outside the page, and a script
inside an article never runs. Screenshots are written for people to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from framing.corpus import Article
from framing.results import analyze_text
from framing.report import write_report

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
HOSTILE = (
    'The minister said: "<script>window.__pwned = 1; fetch("http://example.invalid/x")</script> is a test."\n'
    '<img src="http://example.invalid/pixel.png" onerror="window.__pwned = 2"> and <svg onload="window.__pwned = 3"></svg>\n'
    '<a href="javascript:window.__pwned = 4">click</a> <iframe src="http://example.invalid/"></iframe>\n'
)

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not os.environ.get("CI"), reason="needs Debian's chromium at /usr/bin/chromium (.ci/run installs it)"
)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: $FRAMING_SCREENSHOTS if set, else a temporary folder."""
    folder = Path(os.environ.get("FRAMING_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def seeds_page(seed_analyses, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("browser-report")
    write_report(seed_analyses, out)
    return out / "report.html"


def open_page(browser, path: Path, width: int = 1366):
    """A fresh page showing `path`, with every request it makes recorded (and anything not the page itself refused)."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.route("**/*", lambda route: route.continue_() if route.request.url == path.as_uri() else route.abort())
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, requests, dialogs


def test_the_page_renders_with_every_chart_visible(browser, seeds_page: Path, shots: Path) -> None:
    page, requests, _ = open_page(browser, seeds_page)
    assert page.title() == "framing report"
    assert page.locator("h1").inner_text().startswith("framing report")
    charts = page.locator("figure.chart svg")
    assert charts.count() == 12
    for number in range(charts.count()):
        chart = charts.nth(number)
        chart.scroll_into_view_if_needed()
        box = chart.bounding_box()
        assert chart.is_visible() and box and box["width"] > 300 and box["height"] > 80
        assert chart.locator("rect").count() > 2  # bars and legend keys are drawn
        chart.screenshot(path=str(shots / f"chart-{number:02d}.png"))
    page.screenshot(path=str(shots / "report-top.png"))
    assert (shots / "report-top.png").stat().st_size > 10_000
    assert requests == [seeds_page.as_uri()]  # nothing but the page itself
    page.close()


def test_highlights_sit_where_the_offsets_say(browser, seeds_page: Path, seed_analyses) -> None:
    page, _, _ = open_page(browser, seeds_page)
    texts = {item.article.id: item.article.text for item in seed_analyses}
    spans = page.eval_on_selector_all(
        "section.article span[data-start]",
        "spans => spans.map(s => [s.closest('section.article').dataset.article, +s.dataset.start, +s.dataset.end, s.textContent, s.className])",
    )
    assert len(spans) > 100
    for article, start, end, text, _ in spans:
        assert texts[article][start:end] == text
    quoted = [span for span in spans if "quote" in span[4]]
    loaded = [span for span in spans if "hit" in span[4]]
    assert quoted and loaded
    # the Express's "sham" is underlined where the lexicon hit is
    express = next(item for item in seed_analyses if item.article.outlet == "Daily Express")
    sham = next(hit for hit in express.framing if hit.term.lower() == "sham")
    assert [express.article.id, sham.start, sham.end] in [span[:3] for span in loaded]
    page.close()


def test_print_layout_and_narrow_screens(browser, seeds_page: Path, shots: Path) -> None:
    page, _, _ = open_page(browser, seeds_page, width=420)
    assert page.locator("figure.chart svg").first.bounding_box()["width"] <= 420
    page.screenshot(path=str(shots / "report-phone.png"))
    page.emulate_media(media="print")
    assert page.eval_on_selector(".charts", "element => getComputedStyle(element).display") == "block"
    assert page.pdf()[:4] == b"%PDF"
    page.close()


def test_a_script_inside_an_article_does_not_run(browser, tmp_path: Path, shots: Path) -> None:
    hostile = Article(id="hostile", text=HOSTILE, source="hostile.txt", outlet="<script>window.__pwned=5</script>Outlet",
                      title='<img src=x onerror="window.__pwned=6">')
    write_report([analyze_text(hostile), analyze_text(Article(id="other", text="A calm article about trains.", source="other.txt", outlet="Other"))], tmp_path)
    page, requests, dialogs = open_page(browser, tmp_path / "report.html")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("section.article script, section.article img, section.article iframe, section.article svg").count() == 0
    assert "<script>window.__pwned = 1;" in page.locator("section.article").first.inner_text()  # shown as text
    assert requests == [(tmp_path / "report.html").as_uri()] and dialogs == []
    page.locator("section.article").first.screenshot(path=str(shots / "hostile-article.png"))
    page.close()


def test_the_words_a_speaker_was_read_from_are_boxed_in_the_speakers_colour(browser, seeds_page: Path, seed_analyses,
                                                                             shots: Path) -> None:
    page, _, _ = open_page(browser, seeds_page)
    boxes = page.eval_on_selector_all(
        "section.article span.said-by",
        "spans => spans.map(s => [s.closest('section.article').dataset.article, +s.dataset.start, +s.dataset.end, s.dataset.names,"
        " getComputedStyle(s).borderTopColor, getComputedStyle(s).borderTopWidth])",
    )
    mentions = {(item.article.id, quote.speaker_start, quote.speaker_end, quote.speaker)
                for item in seed_analyses for quote in item.quotes if quote.speaker and quote.speaker_start is not None}
    assert boxes and {tuple(box[:4]) for box in boxes} <= mentions
    # a box ('She' of '..., she said') takes the colour of the quotes its article attributes to that speaker
    colour_of = {(article, speaker): colour for article, speaker, colour in page.eval_on_selector_all(
        "section.article span.quote[data-speaker]",
        "spans => spans.map(s => [s.closest('section.article').dataset.article, s.dataset.speaker, getComputedStyle(s).backgroundColor])")}
    assert all(box[4] == colour_of[(box[0], box[3])] and box[5] != "0px" for box in boxes)
    assert any(box[3] == "Yvette Cooper" for box in boxes)
    page.locator("section.article span.said-by").first.evaluate("s => s.scrollIntoView()")
    page.screenshot(path=str(shots / "report-speaker-boxes.png"))
    page.close()
