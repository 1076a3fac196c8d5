"""Media-literacy exercises built from real analyses: a printable worksheet, the teacher's answer key
(HTML or Markdown) and an interactive page per story.

Every task and every answer comes from the finished analyses of one story (`framing.classroom.tasks`),
so a class works on the articles the numbers were computed from, and the key says why each answer is
right (the lexicon note, the reporting verb's stance, the quote's speaker, the sentence a figure is in).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import jinja2

from framing import __version__
from framing.classroom.interactive import page_data
from framing.classroom.selection import ExerciseError, ExerciseOptions, Story, select_stories
from framing.classroom.tasks import Task, story_tasks
from framing.lexicons import LexiconSet, default_lexicons
from framing.pipeline import ArticleAnalysis

FORMATS = ("html", "md")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|])")


@dataclass(frozen=True)
class StorySheet:
    """One story with its tasks: what the worksheet, the key and the interactive page show."""

    story: Story
    tasks: tuple[Task, ...]


def exercise_sheets(
    analyses: Sequence[ArticleAnalysis], options: ExerciseOptions = ExerciseOptions(), lexicons: LexiconSet | None = None
) -> tuple[StorySheet, ...]:
    """The stories the options select, each with its tasks (ExerciseError when the options match nothing)."""
    lexicons = lexicons or default_lexicons()
    return tuple(StorySheet(story, story_tasks(story, lexicons)) for story in select_stories(analyses, options))


def markdown_text(value: object) -> str:
    """Text for Markdown output: HTML-significant characters as entities and Markdown marks escaped,
    so untrusted article text cannot become markup or a link."""
    text = "" if value is None else str(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def letter(index: int) -> str:
    """0 -> 'a', 1 -> 'b' ...: how items are numbered on the sheet."""
    return chr(ord("a") + index) if index < 26 else str(index + 1)


def template_environment(markdown: bool = False) -> jinja2.Environment:
    """Jinja2 with autoescaping (HTML) or Markdown escaping of every value, and the sheet's filters."""
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("framing", "templates"),
        autoescape=False if markdown else jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        finalize=markdown_text if markdown else None,
        trim_blocks=markdown,
        lstrip_blocks=markdown,
        keep_trailing_newline=True,
    )
    environment.filters["letter"] = letter
    return environment


def render_exercises(
    analyses: Sequence[ArticleAnalysis], answer_key: bool, options: ExerciseOptions = ExerciseOptions(),
    lexicons: LexiconSet | None = None, format: str = "html",
) -> str:
    """The worksheet (or, with `answer_key`, the teacher's key) for every selected story, as HTML or Markdown."""
    if format not in FORMATS:
        raise ExerciseError("X004", f"--format must be one of {', '.join(FORMATS)}, not {format!r}")
    sheets = exercise_sheets(analyses, options, lexicons)
    return render_sheets(sheets, answer_key, options, format)


def render_sheets(sheets: Sequence[StorySheet], answer_key: bool, options: ExerciseOptions, format: str = "html") -> str:
    """Worksheet or key for already built sheets (so the CLI builds the tasks once for every file)."""
    name = "exercise.md.j2" if format == "md" else "exercise.html.j2"
    return template_environment(markdown=format == "md").get_template(name).render(
        version=__version__, answer_key=answer_key, options=options, sheets=sheets,
    )


def render_interactive(sheet: StorySheet) -> str:
    """The interactive page for one story: tasks to click and fill in, Check and Reset, one offline file."""
    return template_environment().get_template("exercise_interactive.html.j2").render(
        version=__version__, sheet=sheet, options=sheet.story.options, data=page_data(sheet.tasks),
    )
