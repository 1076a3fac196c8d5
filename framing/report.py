"""A self-contained HTML report: outlets side by side, then each article with its findings highlighted.

Built with Jinja2 and autoescaping: article text is untrusted and is never pasted into markup by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jinja2

from framing import __version__
from framing.compare import compare, comparison_grid
from framing.pipeline import ArticleAnalysis

SPEAKER_COLOURS = ("#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#e5e7eb")


@dataclass(frozen=True)
class Piece:
    """A run of paragraph text with the same highlights: quote speaker, lexicon categories, tooltip."""

    text: str
    speaker: str | None
    colour: str | None
    categories: tuple[str, ...]
    title: str


NO_SPEAKER_COLOUR = "#f3f4f6"


def speaker_colours(analyses: Sequence[ArticleAnalysis]) -> dict[str, str]:
    """One colour per speaker in order of first appearance in the report (the same in every article)."""
    speakers = dict.fromkeys(quote.speaker for analysis in analyses for quote in analysis.quotes if quote.speaker)
    return {speaker: SPEAKER_COLOURS[number % len(SPEAKER_COLOURS)] for number, speaker in enumerate(speakers)}


def highlight(
    text: str, start: int, end: int, quotes: Sequence[Any], hits: Sequence[Any], colours: Mapping[str, str] | None = None
) -> list[Piece]:
    """Split text[start:end] at every quote and hit boundary, each piece labelled with what covers it."""
    quotes = [quote for quote in quotes if quote.start < end and quote.end > start]
    hits = [hit for hit in hits if hit.start < end and hit.end > start]
    bounds = sorted({start, end, *(max(start, min(end, x)) for item in (*quotes, *hits) for x in (item.start, item.end))})
    pieces = []
    for left, right in zip(bounds, bounds[1:]):
        quote = next((item for item in quotes if item.start <= left and right <= item.end), None)
        covering = [hit for hit in hits if hit.start <= left and right <= hit.end]
        speaker = getattr(quote, "speaker", None) if quote else None
        notes = [f"{hit.category}: {getattr(hit, 'note', '') or hit.entry_id}" for hit in covering]
        if quote:
            notes.insert(0, f"quote ({getattr(quote, 'kind', 'quote')}) by {speaker or 'no speaker'}")
        pieces.append(
            Piece(
                text=text[left:right],
                speaker=speaker,
                colour=(colours or {}).get(speaker, NO_SPEAKER_COLOUR) if quote else None,
                categories=tuple(sorted({hit.category for hit in covering})),
                title="\n".join(notes),
            )
        )
    return pieces


def article_view(analysis: ArticleAnalysis, colours: Mapping[str, str]) -> dict[str, Any]:
    """What the template shows for one article: highlighted paragraphs and the speaker legend."""
    document = analysis.document
    loaded = [hit for hit in analysis.framing if hit.loaded]
    paragraphs = []
    if document is not None:
        paragraphs = [
            highlight(document.text, paragraph.start, paragraph.end, analysis.quotes, loaded, colours)
            for paragraph in document.paragraphs
        ]
    speakers = dict.fromkeys(quote.speaker for quote in analysis.quotes if quote.speaker)
    legend = [(speaker, colours[speaker]) for speaker in speakers]
    return {"analysis": analysis, "article": analysis.article, "paragraphs": paragraphs, "legend": legend}


def render_report(analyses: Sequence[ArticleAnalysis], title: str = "framing report") -> str:
    """The whole report as one HTML page."""
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("framing", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    colours = speaker_colours(analyses)
    table = compare(analyses)
    stories = [(story, comparison_grid(table, story)) for story in dict.fromkeys(table["story"])]
    template = environment.get_template("report.html.j2")
    return template.render(
        title=title,
        version=__version__,
        stories=stories,
        articles=[article_view(analysis, colours) for analysis in analyses],
    )
