"""The interactive exercise page: one self-contained offline HTML file a story, with the tasks rendered
(escaped) by Jinja2 and the answers the page checks against embedded as JSON in a
<script type="application/json"> block (Jinja's `tojson` escapes <, >, & and ', so article text can
never end the block or run as script)."""

from __future__ import annotations

from typing import Any

from framing.classroom.tasks import Task
from framing.report import slugify

SCORED_KINDS = ("openings", "spot", "voices", "verbs", "figures", "cuts", "rewrite")


def task_answers(task: Task) -> list[Any]:
    """What the page needs to check one task, item by item (no article text beyond the loaded words)."""
    if task.kind in ("openings", "cuts"):
        return [item.answer for item in task.items]
    if task.kind == "spot":
        return [
            {
                "hits": [[number for number, word in enumerate(item.words) if word.hit == index] for index in range(len(item.hits))],
                "ignored": [number for number, word in enumerate(item.words) if word.ignored],
            }
            for item in task.items
        ]
    if task.kind == "voices":
        return [{"words": [speaker.words for speaker in item.speakers], "apart": [list(pair) for pair in item.apart]} for item in task.items]
    if task.kind == "verbs":
        return [item.stance for item in task.items]
    if task.kind == "figures":
        return [list(item.reported_by) for item in task.items]
    if task.kind == "rewrite":
        return [[list(hit.forms) for hit in item.hits] for item in task.items]
    return [None for _ in task.items]


def page_data(tasks: tuple[Task, ...]) -> dict[str, Any]:
    """The JSON the page's script reads: per task its kind and answers."""
    return {"tasks": [{"kind": task.kind, "scored": task.kind in SCORED_KINDS, "answers": task_answers(task)} for task in tasks]}


def story_filename(story: str) -> str:
    """A file name for a story's interactive page: 'interactive-uk-iraq-returns-deal-2025.html'."""
    return f"interactive-{slugify(story)}.html"
