"""The interactive exercise page driven in headless Chromium: click words, choose answers, Check, read the
score, Reset; hidden outlets; hostile article text never runs. Screenshots go to tests' tmp folders
(set FRAMING_SCREENSHOTS=DIR to keep them for looking at)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from framing.classroom.selection import ExerciseOptions
from framing.corpus import Article
from framing.exercise import exercise_sheets, render_exercises, render_interactive
from framing.results import analyze_text

playwright = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
RETURNS_DEAL = "uk-iraq-returns-deal-2025"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium at /usr/bin/chromium")


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def returns_deal(seed_analyses):
    return [item for item in seed_analyses if item.article.story == RETURNS_DEAL]


def screenshot_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("FRAMING_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def shoot(page, tmp_path: Path, name: str) -> None:
    """A screenshot to look at: the whole page when FRAMING_SCREENSHOTS names a folder, else the first screen."""
    page.screenshot(path=str(screenshot_dir(tmp_path) / name), full_page="FRAMING_SCREENSHOTS" in os.environ)


def open_page(browser, html: str, tmp_path: Path, name: str, width: int = 1280):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}") or dialog.dismiss())
    page.goto(path.as_uri())
    return page, errors


def score(page) -> tuple[int, int]:
    text = page.inner_text("#score")
    got, total = text.removeprefix("Score: ").split(" / ")
    return int(got), int(total)


def spot_section(page):
    return page.locator('section[data-kind="spot"]')


def test_clicking_the_loaded_words_scores_and_reset_clears(browser, returns_deal, tmp_path) -> None:
    sheet = exercise_sheets(returns_deal)[0]
    spot = next(task for task in sheet.tasks if task.kind == "spot")
    page, errors = open_page(browser, render_interactive(sheet), tmp_path, "page.html")
    page.click("#check-answers")
    nothing_done, total = score(page)
    calm_items = sum(1 for item in spot.items if not item.hits)
    assert total > 0 and nothing_done == calm_items  # only the sentences with no loaded word are right untouched
    shoot(page, tmp_path, "checked-empty.png")

    page.click("#start-again")
    assert page.inner_text("#score") == ""
    assert page.locator(".explain:not([hidden])").count() == 0

    section = spot_section(page)
    for index, item in enumerate(spot.items):
        words = section.locator(f'[data-item="{index}"] button.word')
        for position, word in enumerate(item.words):
            if word.hit is not None:
                words.nth(position).click()
    assert section.locator('button.word[aria-pressed="true"]').count() == sum(1 for item in spot.items for w in item.words if w.hit is not None)
    page.click("#check-answers")
    spot_score = section.locator(".task-score").inner_text()
    worth = sum(max(len(item.hits), 1) for item in spot.items)
    assert spot_score == f"This task: {worth} / {worth}"
    assert section.locator("button.word.found").count() > 0 and section.locator("button.word.missed").count() == 0
    first_explained = section.locator('[data-item="0"] .explain')
    assert first_explained.is_visible()
    if spot.items[0].hits:
        hit = spot.items[0].hits[0]
        assert hit.note in first_explained.inner_text()
        assert ("journalist" in first_explained.inner_text()) == any(h.voice == "author" for h in spot.items[0].hits)
    assert score(page)[0] > nothing_done
    shoot(page, tmp_path, "checked-spot.png")

    page.click("#start-again")
    assert section.locator('button.word[aria-pressed="true"]').count() == 0
    assert section.locator("button.word.found").count() == 0
    assert page.inner_text("#score") == ""
    assert errors == []


def test_a_wrong_click_costs_a_point(browser, returns_deal, tmp_path) -> None:
    sheet = exercise_sheets(returns_deal)[0]
    spot = next(task for task in sheet.tasks if task.kind == "spot")
    index, item = next((i, item) for i, item in enumerate(spot.items) if item.hits)
    page, errors = open_page(browser, render_interactive(sheet), tmp_path, "page.html")
    words = spot_section(page).locator(f'[data-item="{index}"] button.word')
    plain = next(position for position, word in enumerate(item.words) if word.hit is None and not word.ignored)
    words.nth(plain).click()
    page.click("#check-answers")
    assert words.nth(plain).get_attribute("class").split().count("extra") == 1
    assert "not loaded" in spot_section(page).locator(f'[data-item="{index}"] .verdict').inner_text()
    assert errors == []


def test_choices_openings_verbs_ranks_and_rewrite_are_checked(browser, returns_deal, tmp_path) -> None:
    sheet = exercise_sheets(returns_deal)[0]
    tasks = {task.kind: task for task in sheet.tasks}
    page, errors = open_page(browser, render_interactive(sheet), tmp_path, "page.html")
    openings = page.locator('section[data-kind="openings"] select')
    for index, item in enumerate(tasks["openings"].items):
        openings.nth(index).select_option(item.answer)
    verbs = page.locator('section[data-kind="verbs"] select')
    for index, item in enumerate(tasks["verbs"].items):
        verbs.nth(index).select_option(item.stance)
    for index, item in enumerate(tasks["voices"].items):
        selects = page.locator(f'section[data-kind="voices"] [data-item="{index}"] select')
        for position in range(selects.count()):
            speaker = int(selects.nth(position).get_attribute("data-speaker"))
            selects.nth(position).select_option(str(speaker + 1))  # speakers are listed by quoted words
    rewrite = tasks["rewrite"].items[0]
    neutral = rewrite.sentence
    for hit in rewrite.hits:
        neutral = neutral.replace(hit.term, hit.neutral[0] if hit.neutral else "")
    page.locator('section[data-kind="rewrite"] textarea').first.fill(neutral)
    page.click("#check-answers")
    for kind in ("openings", "verbs", "voices"):
        text = page.locator(f'section[data-kind="{kind}"] .task-score').inner_text()
        got, total = text.removeprefix("This task: ").split(" / ")
        assert got == total and int(total) > 0, kind
    first_rewrite = page.locator('section[data-kind="rewrite"] [data-item="0"]')
    assert "✓" in first_rewrite.locator(".verdict").inner_text()
    assert all(alternative in first_rewrite.inner_text() for hit in rewrite.hits for alternative in hit.neutral)
    page.click("#start-again")
    assert page.locator('section[data-kind="rewrite"] textarea').first.input_value() == ""
    assert openings.first.input_value() == ""
    assert errors == []


def test_keyboard_alone_can_pick_a_word_and_check(browser, returns_deal, tmp_path) -> None:
    sheet = exercise_sheets(returns_deal)[0]
    page, errors = open_page(browser, render_interactive(sheet), tmp_path, "page.html")
    first_word = spot_section(page).locator("button.word").first
    first_word.focus()
    page.keyboard.press("Space")
    assert first_word.get_attribute("aria-pressed") == "true"
    outline = first_word.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline != "none"
    page.locator("#check-answers").focus()
    page.keyboard.press("Enter")
    assert page.inner_text("#score").startswith("Score: ")
    assert errors == []


def test_hidden_outlets_never_appear_on_the_page(browser, returns_deal, tmp_path) -> None:
    sheet = exercise_sheets(returns_deal, ExerciseOptions(hide_outlets=True))[0]
    page, errors = open_page(browser, render_interactive(sheet), tmp_path, "hidden.html")
    page.click("#check-answers")  # answers revealed: still no names
    visible = page.inner_text("body")
    source = page.content()
    for outlet in ("BBC", "Daily Express", "Express"):
        assert outlet not in visible and outlet not in source
    assert not re.search(r"The National(?! Crime Agency)", visible + source)  # another name, not the outlet
    assert "Article A" in visible
    shoot(page, tmp_path, "hidden.png")
    assert errors == []


def test_hostile_article_text_never_runs(browser, tmp_path) -> None:
    text = (
        'Officials warned of <script>window.pwned = 1</script> chaos at the border, a shocking sham. '
        'The minister said: "It is a </script><script>window.pwned = 2</script> sham and a shocking disgrace," he said. '
        'Critics branded it "a </script><img src=x onerror=window.pwned=3> disaster", the paper reported.'
    )
    analyses = [analyze_text(Article(id=f"x{n}", text=text, source="x.txt", outlet=f"<b>Outlet {n}</b>", story="s")) for n in (1, 2)]
    sheet = exercise_sheets(analyses)[0]
    page, errors = open_page(browser, render_interactive(sheet), tmp_path, "hostile.html")
    page.locator("button.word").first.click()
    page.click("#check-answers")
    assert page.evaluate("window.pwned") is None
    assert "<script>window.pwned = 1</script>" in page.inner_text("body")
    assert score(page)[1] > 0
    assert errors == []


def test_phone_width_has_no_sideways_scroll(browser, returns_deal, tmp_path) -> None:
    sheet = exercise_sheets(returns_deal)[0]
    page, errors = open_page(browser, render_interactive(sheet), tmp_path, "phone.html", width=390)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    shoot(page, tmp_path, "phone.png")
    assert errors == []


def test_print_layout_of_worksheet_and_key(browser, returns_deal, tmp_path) -> None:
    folder = screenshot_dir(tmp_path)
    for name, answer_key in (("worksheet", False), ("answer_key", True)):
        page, errors = open_page(browser, render_exercises(returns_deal, answer_key=answer_key), tmp_path, f"{name}.html", width=800)
        page.emulate_media(media="print")
        assert page.locator(".story").first.evaluate("element => getComputedStyle(element).maxWidth") in ("none", "")
        shoot(page, tmp_path, f"{name}-print.png")
        pdf = page.pdf(path=str(folder / f"{name}.pdf"), format="A4")
        pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
        assert 1 <= pages <= 8, (name, pages)  # one story of three articles: a sanity bound, not a target
        assert errors == []


def answer_everything(page, sheet) -> None:
    """Give the key's answer to every scored item, as a student would with the mouse and keyboard."""
    for t, task in enumerate(sheet.tasks):
        section = page.locator(f'section[data-task="{t}"]')
        for index, item in enumerate(task.items):
            box = section.locator(f'[data-item="{index}"]')
            if task.kind in ("openings", "cuts"):
                box.locator("select").select_option(item.answer)
            elif task.kind == "verbs":
                box.locator("select").select_option(item.stance)
            elif task.kind == "spot":
                for position, word in enumerate(item.words):
                    if word.hit is not None:
                        box.locator("button.word").nth(position).click()
            elif task.kind == "voices":
                selects = box.locator("select")
                for position in range(selects.count()):
                    selects.nth(position).select_option(str(int(selects.nth(position).get_attribute("data-speaker")) + 1))
            elif task.kind == "figures":
                for label in item.reported_by:
                    box.locator(f'input[value="{label}"]').check()
            elif task.kind == "rewrite":
                text = item.sentence
                for hit in item.hits:
                    text = text.replace(hit.term, hit.neutral[0] if hit.neutral else "")
                box.locator("textarea").fill(text)


@pytest.mark.parametrize("options", [ExerciseOptions(), ExerciseOptions(hide_outlets=True, seed=2), ExerciseOptions(level="basic")])
def test_the_keys_answers_score_full_marks(browser, returns_deal, tmp_path, options) -> None:
    sheet = exercise_sheets(returns_deal, options)[0]
    page, errors = open_page(browser, render_interactive(sheet), tmp_path, "full.html")
    answer_everything(page, sheet)
    page.click("#check-answers")
    got, total = score(page)
    assert got == total > 10
    assert page.locator(".item.wrong, tr.wrong").count() == 0
    page.click("#start-again")
    page.click("#check-answers")
    assert score(page)[0] < total
    assert errors == []


def test_ranks_within_noise_count_as_right_and_the_key_shows_intervals(browser, returns_deal, tmp_path) -> None:
    sheet = exercise_sheets(returns_deal)[0]
    voices = next(task for task in sheet.tasks if task.kind == "voices")
    page, errors = open_page(browser, render_interactive(sheet), tmp_path, "voices.html")
    swapped = {}
    for index, item in enumerate(voices.items):
        # swap the two most quoted speakers: right only where their shares' intervals overlap
        ranks = list(range(1, len(item.speakers) + 1))
        if len(ranks) > 1:
            ranks[0], ranks[1] = ranks[1], ranks[0]
        swapped[item.outlet] = (0, 1) not in item.apart
        selects = page.locator(f'section[data-kind="voices"] [data-item="{index}"] select')
        for position in range(selects.count()):
            speaker = int(selects.nth(position).get_attribute("data-speaker"))
            selects.nth(position).select_option(str(ranks[speaker]))
    assert swapped == {"Daily Express": True, "The National": False, "BBC News": False}
    page.click("#check-answers")
    for index, item in enumerate(voices.items):
        box = page.locator(f'section[data-kind="voices"] [data-item="{index}"]')
        assert ("✓" in box.locator(".verdict").inner_text()) is swapped[item.outlet], item.outlet
    express = page.locator('section[data-kind="voices"] [data-item]').nth(
        next(index for index, item in enumerate(voices.items) if item.outlet == "Daily Express"))
    text = express.inner_text()
    assert re.search(r"\d+% \[\d+, \d+\]", text) and "rank 1–2 is right" in text and "not distinguishable here" in text
    express.scroll_into_view_if_needed()
    express.screenshot(path=str(screenshot_dir(tmp_path) / "voices-noise.png"))
    key = render_exercises(returns_deal, answer_key=True, options=sheet.story.options)
    key_page, key_errors = open_page(browser, key, tmp_path, "key.html")
    assert "not distinguishable here" in key_page.locator('section').filter(has_text="Who gets a voice?").inner_text()
    assert errors == [] and key_errors == []
