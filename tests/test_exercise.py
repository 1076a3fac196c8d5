"""Exercises: every question and answer comes from the analyses; worksheets never show answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.corpus import Article
from framing.exercise import render_exercises, story_questions
from framing.pipeline import ArticleAnalysis
from framing.results import analyze, analyze_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def returns_deal() -> list[ArticleAnalysis]:
    return [item for item in analyze(SEEDS) if item.article.story == "uk-iraq-returns-deal-2025"]


def _question(questions, title: str):
    return next(question for question in questions if question.title == title)


def test_empty_story_has_no_questions() -> None:
    assert story_questions([]) == ()
    assert "Story:" not in render_exercises([], answer_key=False)


def test_reporting_verb_excerpts_focus_on_the_verb_itself(returns_deal) -> None:
    question = _question(story_questions(returns_deal), "Said, or something else?")
    assert {(excerpt.outlet, excerpt.focus) for excerpt in question.excerpts} >= {("Daily Express", "branded"), ("The National", "hailed")}
    assert len(question.excerpts) == len({(e.outlet, e.before) for e in question.excerpts})
    assert any("distancing" in answer and "branded" in answer for answer in question.answers)


def test_whose_words_pairs_journalist_and_quoted_words_with_their_speakers(returns_deal) -> None:
    question = _question(story_questions(returns_deal), "Whose words are these?")
    assert len(question.excerpts) == len(question.answers) > 0
    assert any("journalist's own word" in answer for answer in question.answers)
    assert any("said by Chris Philp" in answer for answer in question.answers)
    for excerpt, answer in zip(question.excerpts, question.answers):
        assert f"“{excerpt.focus}”" in answer


def test_worksheet_hides_answers_and_key_shows_them(returns_deal) -> None:
    worksheet = render_exercises(returns_deal, answer_key=False)
    key = render_exercises(returns_deal, answer_key=True)
    assert "is distancing" not in worksheet and "is distancing" in key
    assert worksheet.count('class="excerpt"') == key.count('class="excerpt"') > 0


def test_article_text_is_escaped() -> None:
    hostile = Article(id="x", text='Officials warned of <script>chaos</script> at the "border".', source="x.txt", outlet="<i>O</i>", story="s")
    html = render_exercises([analyze_text(hostile)], answer_key=True)
    assert "<script>" not in html and "<i>O</i>" not in html


def test_exercise_command_writes_worksheet_and_key(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["exercise", str(SEEDS), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "worksheet.html").exists() and (tmp_path / "answer_key.html").exists()
    assert (tmp_path / "worksheet.html").read_text(encoding="utf-8").count('class="story"') == 2
