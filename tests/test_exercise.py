"""Exercises: every task and answer comes from the analyses; worksheets never show answers; options
select, hide and reproduce; numbers go through framing.formatting."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.classroom.cuts import shared_quote, Utterance
from framing.classroom.interactive import story_filename
from framing.classroom.selection import ExerciseError, ExerciseOptions, name_patterns
from framing.cli import app
from framing.corpus import Article
from framing.exercise import exercise_sheets, markdown_text, render_exercises, render_interactive
from framing.figures import chosen_figures
from framing.lexicons import default_lexicons, find_hits
from framing.results import analyze_text
from framing.segment import make_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
RETURNS_DEAL = "uk-iraq-returns-deal-2025"
BORDER_PACT = "uk-iraq-border-pact-2024"


@pytest.fixture(scope="module")
def returns_deal(seed_analyses):
    return [item for item in seed_analyses if item.article.story == RETURNS_DEAL]


def _task(sheet, kind: str):
    return next(task for task in sheet.tasks if task.kind == kind)


def _sheet(analyses, **options):
    (sheet,) = exercise_sheets(analyses, ExerciseOptions(**options))
    return sheet


def test_empty_corpus_has_no_sheets() -> None:
    assert exercise_sheets([]) == ()
    assert "Story:" not in render_exercises([], answer_key=False)


def test_every_seed_story_has_worksheet_key_and_interactive_tasks(seed_analyses) -> None:
    sheets = exercise_sheets(seed_analyses)
    assert [sheet.story.name for sheet in sheets] == [BORDER_PACT, RETURNS_DEAL]
    for sheet in sheets:
        kinds = {task.kind for task in sheet.tasks}
        assert {"openings", "spot", "voices", "verbs", "figures", "cuts", "rewrite"} <= kinds, sheet.story.name


def test_openings_answers_are_the_outlets_and_giveaways_are_the_journalists_loaded_words(returns_deal) -> None:
    task = _task(_sheet(returns_deal), "openings")
    assert sorted(item.answer for item in task.items) == ["BBC News", "Daily Express", "The National"]
    express = next(item for item in task.items if item.answer == "Daily Express")
    assert express.text.startswith("Labour has agreed a new migrant returns deal")
    assert {"get a grip", "small boats crisis"} <= {hit.term for hit in express.giveaways}
    bbc = next(item for item in task.items if item.answer == "BBC News")
    assert bbc.giveaways == ()


def test_spot_sentences_are_distinct_and_each_loaded_word_is_explained(returns_deal) -> None:
    task = _task(_sheet(returns_deal, items=8), "spot")
    texts = ["".join(word.before + word.text for word in item.words) for item in task.items]
    assert len(texts) == len(set(texts))
    for item in task.items:
        clicked = {word.hit for word in item.words if word.hit is not None}
        assert clicked == set(range(len(item.hits)))
        for hit in item.hits:
            assert hit.note and hit.voice in ("author", "quote")
            assert (hit.voice == "quote") == (hit.speaker is not None) or hit.voice == "quote"


def test_whose_words_fix_one_sentence_is_never_shown_twice(seed_analyses) -> None:
    """Issue 11: the worksheet showed the same Daily Mirror sentence twice with different words in bold."""
    for sheet in exercise_sheets(seed_analyses, ExerciseOptions(items=20)):
        for task in sheet.tasks:
            shown = [getattr(item, "sentence", None) or "".join(w.before + w.text for w in getattr(item, "words", ())) for item in task.items]
            shown = [text for text in shown if text]
            assert len(shown) == len(set(shown)), (sheet.story.name, task.kind)


def test_voices_rank_by_quoted_words_and_never_list_a_speaker_without_words(returns_deal) -> None:
    task = _task(_sheet(returns_deal), "voices")
    express = next(item for item in task.items if item.outlet == "Daily Express")
    assert [speaker.name for speaker in express.speakers][:2] == ["Chris Philp", "Dan Jarvis"]
    for item in task.items:
        assert all(speaker.words > 0 and speaker.share != "0%" for speaker in item.speakers)
        assert sorted(item.shown_order) == list(range(len(item.speakers)))
    key = render_exercises(returns_deal, answer_key=True)
    assert "(0% of quoted words)" not in key and "0.5% [0, 2] of quoted words" in key


def test_voices_key_accepts_either_order_for_speakers_whose_shares_are_not_distinguishable(returns_deal) -> None:
    task = _task(_sheet(returns_deal), "voices")
    express = next(item for item in task.items if item.outlet == "Daily Express")
    philp, jarvis = express.speakers[:2]
    # 119 against 89 quoted words in 11 quoting sentences: the 95% intervals overlap, so either may rank first
    assert (philp.words, jarvis.words) == (119, 89) and philp.ranks == jarvis.ranks == (1, 2)
    assert re.fullmatch(r"\d+% \[\d+, \d+\]", philp.share) and express.sentences == 11
    assert (0, 1) not in express.apart and (0, 2) in express.apart
    national = next(item for item in task.items if item.outlet == "The National")
    assert national.speakers[0].ranks == (1, 1) and (0, 1) in national.apart  # 522 against 119 words: apart
    bbc = next(item for item in task.items if item.outlet == "BBC News")
    # four quoting sentences are too few for intervals: the shares show n, and the word counts decide the order
    assert bbc.speakers[0].share.endswith("(n=4)") and [speaker.ranks for speaker in bbc.speakers] == [(1, 1), (2, 2), (3, 3), (4, 4)]
    key = render_exercises(returns_deal, answer_key=True)
    assert "rank 1–2 is right" in key and "not distinguishable here" in key


def test_reporting_verbs_carry_their_stance_class(returns_deal) -> None:
    task = _task(_sheet(returns_deal), "verbs")
    found = {(item.outlet, item.verb, item.stance) for item in task.items}
    assert {("Daily Express", "branded", "distancing"), ("The National", "hailed", "approving")} <= found
    assert all(item.verb.lower() not in ("said", "says") for item in task.items)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("The cost rose by 36 per cent to £5.38bn in 2023, and 3,002 people arrived on 20 August.", ["36 per cent", "£5.38bn", "3,002"]),
        ("A deal worth $1.07 million and 26% more, said 2 officials in 2024.", ["$1.07 million", "26%"]),
        ("A girl, 14, and a 15-year-old boy, aged 16, met 30 officers.", ["30"]),
    ],
)
def test_chosen_figures_keeps_amounts_and_drops_dates_ages_and_spans(text, expected) -> None:
    assert [figure.text for figure in chosen_figures(make_document(text))] == expected


def test_figures_task_names_who_reported_each_figure(returns_deal) -> None:
    task = _task(_sheet(returns_deal, items=10), "figures")
    by_text = {item.text: item for item in task.items}
    assert by_text["50,000"].reported_by == ("The National", "Daily Express")  # the BBC left it out
    for item in task.items:
        assert 1 <= len(item.reported_by) < 3
        for label, sentence in item.evidence:
            assert item.text in sentence and label in item.reported_by


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("", "", None),
        ("Labour has surrendered our borders, and the consequences are felt", "Labour has surrendered our borders, and the consequences are felt", None),
        ("a sham designed to look tough", "It is a sham designed to look tough while crossings keep soaring", ((), ("It is", "while crossings keep soaring"))),
        ("we will work upstream", "nothing in common here at all", None),
    ],
)
def test_shared_quote_reports_what_each_cut_left_out(first, second, expected) -> None:
    found = shared_quote(Utterance("A", first, "said", 0, 1), Utterance("A", second, "said", 0, 1))
    assert (found and (found.only_first, found.only_second)) == expected or (found is None and expected is None)


def test_shared_quote_marks_the_shared_words_in_each_version() -> None:
    found = shared_quote(Utterance("A", "a sham designed to look tough", "said", 0, 1), Utterance("A", "It is a sham designed to look tough, he said, while crossings soar.", "said", 0, 1))
    assert "".join(piece for piece, _ in found.marked_second) == "It is a sham designed to look tough, he said, while crossings soar."
    assert [piece for piece, shared in found.marked_second if shared] == ["a sham designed to look tough"]
    assert found.marked_first == (("a sham designed to look tough", True),)


def test_cuts_task_finds_the_same_quote_in_two_outlets(returns_deal) -> None:
    task = _task(_sheet(returns_deal, items=10), "cuts")
    assert any({"Chris Philp"} == set(item.speakers) for item in task.items)
    for item in task.items:
        assert item.answer == item.labels[0 if item.word_counts[0] > item.word_counts[1] else 1]
        assert any(item.left_out)


def test_rewrite_offers_the_lexicons_neutral_alternatives(returns_deal) -> None:
    task = _task(_sheet(returns_deal), "rewrite")
    express = next(item for item in task.items if item.outlet == "Daily Express")
    grip = next(hit for hit in express.hits if hit.term == "get a grip")
    assert grip.voice == "author" and grip.neutral
    assert all(hit.voice == "author" for item in task.items for hit in item.hits)


def test_readability_numbers_go_through_the_shared_formatter(returns_deal) -> None:
    key = render_exercises(returns_deal, answer_key=True, options=ExerciseOptions(level="advanced"))
    found = re.findall(r"Flesch reading ease (\S+) \[(\S+), (\S+)\], (\S+) \[(\S+), (\S+)\] words a sentence", key)
    assert len(found) == 3 and all(re.fullmatch(r"-?\d+\.\d", value) for row in found for value in row)
    for flesch, low, high, words, fewest, most in found:
        assert float(low) < float(flesch) < float(high) and float(fewest) < float(words) < float(most)
    # the three seed articles' Flesch intervals overlap: the key says the order is not distinguishable
    assert key.count("Not distinguishable here from") == 3


def test_worksheet_hides_answers_and_key_shows_them(returns_deal) -> None:
    worksheet = render_exercises(returns_deal, answer_key=False)
    key = render_exercises(returns_deal, answer_key=True)
    assert "is distancing" not in worksheet and "is distancing" in key
    assert 'class="answer"' not in worksheet and 'class="lines"' in worksheet
    assert worksheet.count('class="excerpt"') == key.count('class="excerpt"') > 0
    assert "@media print" in worksheet and "break-before: page" in key


@pytest.mark.parametrize("level", ["basic", "standard", "advanced"])
def test_levels_change_how_much_there_is(returns_deal, level) -> None:
    sheet = _sheet(returns_deal, level=level)
    kinds = [task.kind for task in sheet.tasks]
    assert ("readability" in kinds) == (level == "advanced")
    assert ("figures" in kinds) == (level != "basic")
    if level == "basic":
        assert all(len(task.items) <= 3 for task in sheet.tasks if task.kind not in ("openings", "voices", "labels"))


def test_items_option_caps_each_task(returns_deal) -> None:
    sheet = _sheet(returns_deal, items=2)
    assert all(len(task.items) <= 2 for task in sheet.tasks if task.kind not in ("openings", "voices", "labels", "readability"))


def test_same_options_give_the_same_sheet_and_seeds_differ(returns_deal) -> None:
    first = render_exercises(returns_deal, answer_key=False, options=ExerciseOptions(seed=3))
    assert first == render_exercises(returns_deal, answer_key=False, options=ExerciseOptions(seed=3))
    assert any(render_exercises(returns_deal, answer_key=False, options=ExerciseOptions(seed=seed)) != first for seed in (4, 5, 6))


def test_hidden_outlets_are_letters_and_names_are_redacted(returns_deal) -> None:
    sheet = _sheet(returns_deal, hide_outlets=True)
    assert sorted(source.label for source in sheet.story.sources) == ["Article A", "Article B", "Article C"]
    page = render_interactive(sheet)
    worksheet = render_exercises(returns_deal, answer_key=False, options=ExerciseOptions(hide_outlets=True))
    for outlet in ("BBC", "Daily Express", "Express"):
        assert outlet not in page and outlet not in worksheet
    # 'The National Crime Agency' is another name and stays; the outlet 'The National' never appears on its own
    assert not re.search(r"The National(?! Crime Agency)", page + worksheet)
    key = render_exercises(returns_deal, answer_key=True, options=ExerciseOptions(hide_outlets=True))
    assert "= Daily Express" in key


@pytest.mark.parametrize(
    ("outlets", "text", "expected"),
    [
        ([], "anything", None),
        (["The Independent"], "a new independent scheme, The Independent said", ["The Independent"]),
        (["Daily Mirror", "BBC News"], "told the BBC and the Mirror's editor", ["BBC", "Mirror"]),
        (["The National"], "The National Crime Agency said, The National reported", ["The National"]),
    ],
)
def test_outlet_name_patterns(outlets, text, expected) -> None:
    pattern = name_patterns(outlets)
    assert (pattern.findall(text) if pattern else None) == expected


@pytest.mark.parametrize(
    ("options", "code"),
    [
        (ExerciseOptions(stories=("no-such-story",)), "X002"),
        (ExerciseOptions(outlets=("Nowhere Gazette",)), "X003"),
        (ExerciseOptions(level="expert"), "X001"),
        (ExerciseOptions(items=0), "X001"),
    ],
)
def test_options_that_match_nothing_are_clear_errors(returns_deal, options, code) -> None:
    with pytest.raises(ExerciseError, match=code):
        exercise_sheets(returns_deal, options)


def test_story_and_outlet_options_select(seed_analyses) -> None:
    (sheet,) = exercise_sheets(seed_analyses, ExerciseOptions(stories=(RETURNS_DEAL,), outlets=("bbc news", "Daily Express")))
    assert [source.label for source in sheet.story.sources] == ["BBC News", "Daily Express"]


HOSTILE = 'Officials warned of <script>window.pwned = 1</script> chaos at the "border". The minister said: "It is a </script><img src=x onerror="window.pwned=2"> sham and a shocking disgrace," he said.'


def test_article_text_is_escaped_everywhere() -> None:
    hostile = Article(id="x", text=HOSTILE, source="x.txt", outlet="<i>O</i>", story="s")
    analyses = [analyze_text(hostile)]
    html = render_exercises(analyses, answer_key=True)
    assert "<script>" not in html and "<i>O</i>" not in html and "<img" not in html
    page = render_interactive(exercise_sheets(analyses)[0])
    assert page.count("<script") == 2 and page.count("</script>") == 2 and "<img" not in page
    data = re.search(r'<script type="application/json" id="exercise-data">(.*?)</script>', page, re.S).group(1)
    json.loads(data)
    markdown = render_exercises(analyses, answer_key=True, format="md")
    assert "<script>" not in markdown and "<i>" not in markdown


@pytest.mark.parametrize(("value", "expected"), [("", ""), (None, ""), ("a <b> & *c* [d](e)", r"a &lt;b&gt; &amp; \*c\* \[d\](e)")])
def test_markdown_text_escapes(value, expected) -> None:
    assert markdown_text(value) == expected


@pytest.mark.parametrize(("story", "expected"), [("", "interactive-story.html"), ("UK/Iraq deal 2025", "interactive-uk-iraq-deal-2025.html")])
def test_story_filename(story, expected) -> None:
    assert story_filename(story) == expected


def test_exercise_command_writes_worksheet_key_and_interactive_pages(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["exercise", str(SEEDS), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "worksheet.html").read_text(encoding="utf-8").count('class="story"') == 2
    assert (tmp_path / "answer_key.html").exists()
    assert sorted(path.name for path in tmp_path.glob("interactive-*.html")) == [f"interactive-{BORDER_PACT}.html", f"interactive-{RETURNS_DEAL}.html"]


def test_exercise_command_options(tmp_path: Path) -> None:
    arguments = ["exercise", str(SEEDS), "-o", str(tmp_path), "--story", RETURNS_DEAL, "--items", "2", "--level", "basic", "--hide-outlets", "--seed", "7", "--format", "md"]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    worksheet = (tmp_path / "worksheet.md").read_text(encoding="utf-8")
    assert "Article A" in worksheet and "Daily Express" not in worksheet
    assert not list(tmp_path.glob(f"interactive-{BORDER_PACT}.html"))
    again = tmp_path / "again"
    CliRunner().invoke(app, [*arguments[:3], str(again), *arguments[4:]])
    assert (again / "worksheet.md").read_text(encoding="utf-8") == worksheet


@pytest.mark.parametrize(
    ("arguments", "message"),
    [(["--story", "nope"], "no story 'nope'"), (["--format", "pdf"], "--format must be"), (["--outlets", "Nowhere"], "no outlet 'Nowhere'")],
)
def test_exercise_command_bad_options_are_one_line_errors(tmp_path: Path, arguments, message) -> None:
    result = CliRunner().invoke(app, ["exercise", str(SEEDS), "-o", str(tmp_path), *arguments])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_an_article_that_could_not_be_analysed_is_named_not_dropped(returns_deal) -> None:
    broken = replace(returns_deal[0], status="error", error="x.txt: stage quotes failed", document=None)
    html = render_exercises([broken, *returns_deal[1:]], answer_key=False)
    assert "Left out, could not be analysed: BBC News: x.txt: stage quotes failed." in html


def test_no_neutral_alternative_is_flagged_by_its_own_entry() -> None:
    """The rewrite task offers an entry's `neutral` words; the same entry must not count them as loaded
    ("refused asylum seekers" is the neutral for "failed asylum seekers", not one of its variants)."""
    lexicons = default_lexicons()
    flagged = []
    for _, entry in lexicons.entries:
        for alternative in entry.neutral:
            document = make_document(f"Officials spoke about {alternative} today.")
            if any(hit.entry_id == entry.id for hit in find_hits(document, lexicons)):
                flagged.append((entry.id, alternative))
    assert flagged == []
