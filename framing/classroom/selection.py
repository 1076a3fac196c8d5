"""What goes on one sheet: the options a teacher picks, the stories and outlets kept, and how each
article is named to students (its outlet, or "Article A" when outlets are hidden)."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from framing.compare import story_of
from framing.errors import FramingError
from framing.pipeline import ArticleAnalysis

LEVELS = ("basic", "standard", "advanced")
REDACTED = "[outlet]"


class ExerciseError(FramingError):
    """Options that select nothing or name something absent (codes X001-X003)."""


@dataclass(frozen=True)
class ExerciseOptions:
    """What a teacher chooses: stories and outlets (empty: all), items per task, level, hidden outlets, seed."""

    stories: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    items: int = 5
    level: str = "standard"
    hide_outlets: bool = False
    seed: int = 0


@dataclass(frozen=True)
class Source:
    """One article of a story as students see it: `label` is shown, `outlet` only in the teacher's key."""

    analysis: ArticleAnalysis
    label: str
    outlet: str
    redactions: tuple[tuple[int, int], ...] = ()

    def text(self, start: int, end: int) -> str:
        """The article text in [start, end), with the outlet's name replaced when outlets are hidden."""
        pieces, position = [], start
        for left, right in self.redactions:
            if right <= start or left >= end:
                continue
            pieces.append(self.analysis.document.text[position:max(left, start)])
            pieces.append(REDACTED)
            position = min(right, end)
        pieces.append(self.analysis.document.text[position:end])
        return "".join(pieces)

    def redacts(self, start: int, end: int) -> bool:
        """True when [start, end) contains a hidden outlet name."""
        return any(left < end and right > start for left, right in self.redactions)


@dataclass(frozen=True)
class Story:
    """One story's articles, in the order students see them, and the options the sheet was made with."""

    name: str
    sources: tuple[Source, ...]
    options: ExerciseOptions
    unusable: tuple[str, ...] = ()
    """Articles of the story that could not be analysed, each with its error (named on the sheet, never dropped silently)."""

    def rng(self, task: str) -> random.Random:
        """A random generator fixed by the seed, the story and the task: same options, same sheet."""
        return random.Random(f"{self.options.seed}|{self.name}|{task}")


def outlet_name(analysis: ArticleAnalysis) -> str:
    """The outlet's name, or the article id when the outlet is unknown."""
    return analysis.article.outlet or analysis.article.id


def name_patterns(outlets: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern for the outlets' names as an article may write them: 'The National', 'BBC News', 'BBC',
    'the Mirror'. Case-sensitive, since they are proper nouns ('independent' is not 'The Independent'), and
    not inside a longer name ('The National Crime Agency')."""
    forms = set()
    for outlet in outlets:
        words = outlet.split()
        forms.add(outlet)
        if len(words) > 1 and words[0] == "The":
            forms.add("the " + " ".join(words[1:]))
        if len(words) > 1 and words[0].isupper() and len(words[0]) > 1:
            forms.add(words[0])
        if len(words) == 2 and words[0] in {"Daily", "Sunday", "Evening"}:
            forms.add(words[1])
    ordered = sorted((form for form in forms if form.strip()), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(form) for form in ordered) + r")(?!\w)(?!\s+[A-Z])") if ordered else None


def make_story(name: str, analyses: Sequence[ArticleAnalysis], options: ExerciseOptions) -> Story:
    """Name each article for students; with hidden outlets, letters in a seeded order and names redacted."""
    story = Story(name, (), options)
    usable = [analysis for analysis in analyses if analysis.status == "ok" and analysis.document is not None]
    unusable = tuple(
        f"{outlet_name(analysis) if not options.hide_outlets else analysis.article.id}: {analysis.error or 'not analysed'}"
        for analysis in analyses if analysis not in usable
    )
    if not options.hide_outlets:
        labels = [outlet_name(analysis) for analysis in usable]
        counts = {label: labels.count(label) for label in labels}
        sources = tuple(
            Source(analysis, f"{label} ({analysis.article.id})" if counts[label] > 1 else label, outlet_name(analysis))
            for analysis, label in zip(usable, labels)
        )
        return Story(name, sources, options, unusable)
    order = list(usable)
    story.rng("labels").shuffle(order)
    pattern = name_patterns([outlet_name(analysis) for analysis in usable])
    sources = []
    for position, analysis in enumerate(order):
        found = tuple((m.start(), m.end()) for m in pattern.finditer(analysis.document.text)) if pattern else ()
        sources.append(Source(analysis, f"Article {chr(ord('A') + position)}", outlet_name(analysis), found))
    return Story(name, tuple(sorted(sources, key=lambda source: source.label)), options, unusable)


def select_stories(analyses: Sequence[ArticleAnalysis], options: ExerciseOptions) -> tuple[Story, ...]:
    """The stories and outlets the options ask for, or an ExerciseError naming what matched nothing."""
    if options.level not in LEVELS:
        raise ExerciseError("X001", f"--level must be one of {', '.join(LEVELS)}, not {options.level!r}")
    if options.items < 1:
        raise ExerciseError("X001", f"--items must be at least 1, not {options.items}")
    grouped: dict[str, list[ArticleAnalysis]] = {}
    for analysis in analyses:
        grouped.setdefault(story_of(analysis), []).append(analysis)
    missing = [story for story in options.stories if story not in grouped]
    if missing:
        raise ExerciseError("X002", f"no story {missing[0]!r}; the stories are: {', '.join(sorted(grouped)) or 'none'}")
    wanted = {outlet.casefold() for outlet in options.outlets}
    known = {outlet_name(analysis).casefold() for analysis in analyses}
    unknown = [outlet for outlet in options.outlets if outlet.casefold() not in known]
    if unknown:
        raise ExerciseError("X003", f"no outlet {unknown[0]!r}; the outlets are: {', '.join(sorted({outlet_name(a) for a in analyses}))}")
    stories = []
    for name in sorted(grouped):
        if options.stories and name not in options.stories:
            continue
        kept = [analysis for analysis in grouped[name] if not wanted or outlet_name(analysis).casefold() in wanted]
        if kept:
            stories.append(make_story(name, kept, options))
    return tuple(stories)
