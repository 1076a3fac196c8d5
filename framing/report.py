"""The comparison report: outlets side by side with charts, distinctive words, shared copy and figures,
then each article with its findings highlighted.

`build_report` gathers everything from finished analyses; `render_report` gives one HTML page;
`write_report` writes report.html (an overview plus one page per story for large corpora), report.md,
the CSV behind every chart and table, and meta.json. Built with Jinja2 and autoescaping: article text
is untrusted and never pasted into markup by hand. Pages load nothing and run no script.
"""

from __future__ import annotations

import colorsys
import functools
import hashlib
import importlib.metadata
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd

from framing import __version__
from framing.charts import Chart, series_colours, story_charts
from framing.compare import (
    INTERVAL_NOTE, MEASURES_BY_NAME, Bootstrap, compare, comparison_grid, glossary, grid_to_markdown, outlet_differences,
    outlet_of, row_label,
)
from framing.distinctive import DistinctiveTerm, distinctive_terms
from framing.figures import (
    FigureCitation, FigureDifference, NameVariant, figure_citations, figure_differences, find_figures, name_variants, person_names,
)
from framing.formatting import format_share
from framing.lexicons import LexiconSet, default_lexicons
from framing.pipeline import ArticleAnalysis
from framing.shared_copy import SharedPassage, SharedShare, find_shared_copy, shared_shares
from framing.stories import assign_stories

# Light backgrounds that stay readable under black text and differ from each other; more speakers get
# evenly spread hues. The "no speaker" style is an outline, not a colour, so it is never confused with one.
SPEAKER_COLOURS = ("#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#d9f99d",
                   "#fecaca", "#c7d2fe", "#99f6e4", "#f5d0fe")
LARGE_CORPUS = 40
LIST_LIMIT = 40  # passages listed on a page; every one is in data/shared_copy.csv
DEPENDENCIES = ("numpy", "pandas", "scikit-learn", "datasketch", "nltk", "textstat", "vaderSentiment", "jinja2")


@dataclass(frozen=True)
class Piece:
    """A run of paragraph text with the same highlights: quote speaker, lexicon categories, tooltip, offsets."""

    text: str
    speaker: str | None
    colour: str | None
    categories: tuple[str, ...]
    title: str
    start: int = 0
    end: int = 0
    names: str | None = None
    """The speaker this run of text names as the author of a quote ('he' of '..., he said'), else None."""


@dataclass(frozen=True)
class ReportSettings:
    """Report options: intervals, shared-copy threshold, and when to split into one page per story."""

    bootstrap: Bootstrap = Bootstrap()
    shared_copy_threshold: float = 0.5
    split_above: int = LARGE_CORPUS
    distinctive_terms: int = 8


@dataclass
class StoryView:
    """Everything the report shows for one story."""

    name: str
    slug: str
    articles: list[dict[str, str]]
    grid: pd.DataFrame
    charts: list[Chart]
    distinctive: list[DistinctiveTerm]
    shared: list[SharedPassage]
    shares: list[SharedShare]
    citations: list[FigureCitation]
    figure_differences: list[FigureDifference]
    names: list[NameVariant]
    supported: list[dict[str, Any]]


@dataclass
class Report:
    """A built report: the tidy tables, one view per story, corpus-wide findings and the article views."""

    title: str
    table: pd.DataFrame
    stories: list[StoryView]
    distinctive: list[DistinctiveTerm]
    shared: list[SharedPassage]
    names: list[NameVariant]
    articles: list[dict[str, Any]]
    outlet_names: dict[str, str]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


def slugify(text: str) -> str:
    """A file- and anchor-safe name: lower-case letters, digits and hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "story"


def speaker_colours(speakers: Sequence[str]) -> dict[str, str]:
    """A distinct background colour for each speaker of one article, in order of first appearance."""
    colours = {}
    for number, speaker in enumerate(dict.fromkeys(speakers)):
        if number < len(SPEAKER_COLOURS):
            colours[speaker] = SPEAKER_COLOURS[number]
        else:  # golden-angle hues, light enough for black text
            red, green, blue = colorsys.hls_to_rgb((number * 0.618034) % 1.0, 0.85, 0.75)
            colours[speaker] = f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"
    return colours


def highlight(
    text: str, start: int, end: int, quotes: Sequence[Any], hits: Sequence[Any], colours: Mapping[str, str] | None = None
) -> list[Piece]:
    """Split text[start:end] at every quote, speaker mention and hit boundary, each piece labelled with what covers it.

    A speaker mention is the text a quote's speaker was read from (`speaker_start`, `speaker_end`: 'he' of '..., he
    said'), so a reader sees who the tool thinks spoke and where it read that."""
    said_by = [(quote.speaker_start, quote.speaker_end, quote.speaker) for quote in quotes
               if quote.speaker and getattr(quote, "speaker_start", None) is not None
               and quote.speaker_start < end and quote.speaker_end > start]
    quotes = [quote for quote in quotes if quote.start < end and quote.end > start]
    hits = [hit for hit in hits if hit.start < end and hit.end > start]
    bounds = sorted({start, end, *(max(start, min(end, x)) for item in (*quotes, *hits) for x in (item.start, item.end)),
                     *(max(start, min(end, x)) for mention in said_by for x in mention[:2])})
    pieces = []
    for left, right in zip(bounds, bounds[1:]):
        quote = next((item for item in quotes if item.start <= left and right <= item.end), None)
        covering = [hit for hit in hits if hit.start <= left and right <= hit.end]
        names = next((name for first, last, name in said_by if first <= left and right <= last), None) if quote is None else None
        speaker = getattr(quote, "speaker", None) if quote else None
        notes = [f"{hit.category}: {getattr(hit, 'note', '') or hit.entry_id}" for hit in covering]
        if quote:
            notes.insert(0, f"quote ({getattr(quote, 'kind', 'quote')}) by {speaker or 'no speaker found'}")
        if names:
            notes.insert(0, f"speaker read here: {names}")
        pieces.append(Piece(
            text=text[left:right], speaker=speaker,
            colour=(colours or {}).get(speaker) if quote and speaker else ("none" if quote else None),
            categories=tuple(sorted({hit.category for hit in covering})), title="\n".join(notes), start=left, end=right,
            names=names,
        ))
    return pieces


def display_title(analysis: ArticleAnalysis, words: int = 14) -> str:
    """The article's title, or when it has none its opening words (never a file name or hash)."""
    if analysis.article.title:
        return analysis.article.title
    document = analysis.document
    if document is None or not document.sentences:
        return analysis.article.id
    opening = document.sentences[0].text.split()
    return " ".join(opening[:words]) + ("…" if len(opening) > words else "")


def article_view(analysis: ArticleAnalysis, number: int, outlet: str, story: str) -> dict[str, Any]:
    """What the template shows for one article: anchor, highlighted paragraphs and its own speaker legend."""
    document = analysis.document
    speakers = [quote.speaker for quote in sorted(analysis.quotes, key=lambda quote: quote.start) if quote.speaker]
    colours = speaker_colours(speakers)
    loaded = [hit for hit in analysis.framing if hit.loaded]
    anchor = f"article-{number}-{slugify(analysis.article.id)}"
    paragraphs = []
    if document is not None:
        paragraphs = [
            (f"{anchor}-p{paragraph.index}", highlight(document.text, paragraph.start, paragraph.end, analysis.quotes, loaded, colours))
            for paragraph in document.paragraphs
        ]
    has_unattributed = any(quote.speaker is None for quote in analysis.quotes)
    return {
        "analysis": analysis, "article": analysis.article, "anchor": anchor, "outlet": outlet, "story": story,
        "heading": f"{outlet}: {display_title(analysis)}",
        "paragraphs": paragraphs, "legend": list(colours.items()), "unattributed": has_unattributed,
        "source": Path(analysis.article.source).name if analysis.article.source else "",
    }


def _paragraph_anchor(view: Mapping[str, Any], offset: int) -> str:
    """The anchor of the paragraph holding `offset` in an article view (the article's anchor if none)."""
    document = view["analysis"].document
    paragraph = document.paragraph_at(offset) if document is not None else None
    return f"{view['anchor']}-p{paragraph.index}" if paragraph else view["anchor"]


def build_report(analyses: Sequence[ArticleAnalysis], title: str = "framing report", settings: ReportSettings = ReportSettings()) -> Report:
    """Gather every table, chart and finding the report shows, from finished analyses."""
    ok = [item for item in analyses if item.status == "ok" and item.document is not None]
    groups = assign_stories({item.article.id: (item.article.story, item.document.cleaned_text if item.document else "") for item in analyses})
    story_of = dict(groups.story)
    table = compare(analyses, settings=settings.bootstrap, stories=story_of)
    outlets = {item.article.id: outlet_of(item) for item in analyses}
    views = [article_view(item, number, outlets[item.article.id], story_of.get(item.article.id, "")) for number, item in enumerate(analyses)]
    by_id = {view["article"].id: view for view in views}
    documents = {item.article.id: item.document for item in ok}
    shared = list(find_shared_copy(documents, settings.shared_copy_threshold))
    shares = {share.article: share for share in shared_shares(documents, tuple(shared))}
    figures = {item.article.id: find_figures(item.document, item.article.id) for item in ok}
    names = {item.article.id: person_names(item.mentions, item.actors) for item in ok}
    sides = sorted(set(table.loc[table["measure"].isin(["voice_share_by_side", "sentiment_by_side_author", "sentiment_by_side_quoted"]), "key"]))
    side_colours = series_colours(sides)
    stories = []
    for story in dict.fromkeys(table["story"]):
        members = [item for item in analyses if story_of.get(item.article.id) == story]
        member_ids = {item.article.id for item in members}
        slug = slugify(story)
        texts: dict[str, list[str]] = {}
        for item in members:
            if item.article.id in documents:
                texts.setdefault(outlets[item.article.id], []).append(documents[item.article.id].cleaned_text)
        story_table = table[table["story"] == story]
        stories.append(StoryView(
            name=story, slug=slug,
            articles=[{"outlet": outlets[item.article.id], "title": display_title(item), "anchor": by_id[item.article.id]["anchor"],
                       "id": item.article.id} for item in members],
            grid=comparison_grid(table, story),
            charts=story_charts(table, story, side_colours, slug),
            distinctive=distinctive_terms(texts, n=settings.distinctive_terms, min_z=0.0),
            shared=[passage for passage in shared if passage.article_a in member_ids and passage.article_b in member_ids],
            shares=[shares[key] for key in sorted(member_ids) if key in shares],
            citations=[item for item in figure_citations({key: figures[key] for key in member_ids if key in figures})],
            figure_differences=list(figure_differences({key: figures[key] for key in member_ids if key in figures})),
            names=list(name_variants({key: names[key] for key in member_ids if key in names})),
            supported=[row for row in outlet_differences(story_table).to_dict("records") if row["distinguishable"]],
        ))
    corpus_texts: dict[str, list[str]] = {}
    for item in ok:
        corpus_texts.setdefault(outlets[item.article.id], []).append(item.document.cleaned_text)
    report = Report(
        title=title, table=table, stories=stories,
        distinctive=distinctive_terms(corpus_texts, n=settings.distinctive_terms) if len(stories) > 1 else [],
        shared=[passage for passage in shared if story_of.get(passage.article_a) != story_of.get(passage.article_b)],
        names=list(name_variants(names)), articles=views, outlet_names=outlets,
    )
    report.tables = _tables(report, figures)
    return report


def _frame(records: Sequence[Any], columns: Sequence[str]) -> pd.DataFrame:
    """Dataclass records as a DataFrame with fixed columns (empty when there are none)."""
    return pd.DataFrame([asdict(record) for record in records], columns=list(columns))


def _tables(report: Report, figures: Mapping[str, Sequence[Any]]) -> dict[str, pd.DataFrame]:
    """Every CSV the report writes: the tidy comparison, outlet differences, each chart's rows, the findings."""
    outlet = report.outlet_names
    tables = {
        "comparison.csv": report.table,
        "outlet_differences.csv": outlet_differences(report.table),
    }
    for story in report.stories:
        for chart in story.charts:
            tables[f"chart-{chart.id}.csv"] = chart.data[[column for column in report.table.columns if column in chart.data.columns]]
    distinctive = [(story.name, term) for story in report.stories for term in story.distinctive]
    distinctive += [("(all stories)", term) for term in report.distinctive]
    tables["distinctive_terms.csv"] = pd.DataFrame(
        [{"story": story, "outlet": term.group, "term": term.term, "z": term.z, "log_odds": term.log_odds, "count": term.count,
          "count_elsewhere": term.count_elsewhere} for story, term in distinctive],
        columns=["story", "outlet", "term", "z", "log_odds", "count", "count_elsewhere"],
    )
    shared = {(passage.article_a, passage.start_a, passage.article_b, passage.start_b): passage for story in report.stories for passage in story.shared}
    shared.update({(passage.article_a, passage.start_a, passage.article_b, passage.start_b): passage for passage in report.shared})
    frame = _frame(list(shared.values()), ["article_a", "start_a", "end_a", "text_a", "article_b", "start_b", "end_b", "text_b", "similarity", "words_a", "words_b"])
    frame.insert(1, "outlet_a", frame["article_a"].map(outlet))
    frame.insert(6, "outlet_b", frame["article_b"].map(outlet))
    tables["shared_copy.csv"] = frame
    all_figures = [figure for key in sorted(figures) for figure in figures[key]]
    frame = _frame(all_figures, ["article", "text", "kind", "value", "unit", "qualifier", "start", "end", "sentence_index", "sentence"])
    frame.insert(1, "outlet", frame["article"].map(outlet))
    tables["figures.csv"] = frame
    tables["figure_differences.csv"] = _frame(
        [difference for story in report.stories for difference in story.figure_differences],
        ["article_a", "figures_a", "sentence_a", "article_b", "figures_b", "sentence_b", "kind", "similarity"],
    )
    tables["name_variants.csv"] = _frame(report.names, ["name_a", "articles_a", "name_b", "articles_b"])
    return tables


@functools.lru_cache(maxsize=2)
def _environment(autoescape: bool = True) -> jinja2.Environment:
    """The Jinja2 environment for the package's templates (autoescaping on for HTML), built and compiled once."""
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("framing", "templates"),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=not autoescape,
        lstrip_blocks=not autoescape,
    )
    environment.globals.update(
        row_label=row_label, measures=MEASURES_BY_NAME, interval_note=INTERVAL_NOTE, version=__version__, list_limit=LIST_LIMIT,
    )
    environment.filters["pct"] = format_share
    environment.filters["md"] = lambda value: str(value).replace("|", "\\|").replace("\n", " ")
    environment.tests["length_at_least_two"] = lambda value: len(value) >= 2
    return environment


def _page(report: Report, stories: Sequence[StoryView], articles: Sequence[Mapping[str, Any]], root: str, overview: bool,
          story_pages: Mapping[str, str] | None = None) -> str:
    """One HTML page of the report: the given stories in full and their articles, or the overview of a split report."""
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report, stories=stories, articles=articles, root=root, overview=overview, story_pages=story_pages or {},
        glossary=glossary(), article_anchor={view["article"].id: view["anchor"] for view in report.articles},
        paragraph_anchor=lambda article, offset: _paragraph_anchor(_view_of(report, article), offset),
        page_of={view["article"].id: (story_pages or {}).get(view["story"], "") for view in report.articles},
    )


def _view_of(report: Report, article: str) -> Mapping[str, Any]:
    """The article view with this id."""
    return next(view for view in report.articles if view["article"].id == article)


def render_report(analyses: Sequence[ArticleAnalysis], title: str = "framing report", settings: ReportSettings = ReportSettings()) -> str:
    """The whole report as one self-contained HTML page."""
    report = build_report(analyses, title, settings)
    return _page(report, report.stories, report.articles, root="", overview=False)


def render_markdown(report: Report) -> str:
    """The report as Markdown: one table per story, the findings and the glossary (no article texts)."""
    template = _environment(autoescape=False).get_template("report.md.j2")
    return template.render(report=report, glossary=glossary(), grid_to_markdown=grid_to_markdown)


def report_meta(report: Report, lexicons: LexiconSet | None, settings: ReportSettings, options: Mapping[str, Any]) -> dict[str, Any]:
    """What made this report: versions, lexicons with their versions and checksums, options, files."""
    versions = {"framing": __version__}
    for name in DEPENDENCIES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = None
    used = lexicons or default_lexicons()
    return {
        "title": report.title,
        "versions": versions,
        "lexicons": [
            {"name": lexicon.name, "version": lexicon.version, "licence": lexicon.licence, "entries": len(lexicon.entries),
             "sha256": hashlib.sha256(json.dumps([asdict(entry) for entry in lexicon.entries], sort_keys=True, default=str).encode()).hexdigest()}
            for lexicon in used.lexicons
        ],
        "options": {
            **dict(options),
            "bootstrap_resamples": settings.bootstrap.resamples, "bootstrap_seed": settings.bootstrap.seed,
            "interval_level": settings.bootstrap.level, "shared_copy_threshold": settings.shared_copy_threshold,
            "one_page_per_story_above_articles": settings.split_above,
        },
        "articles": len(report.articles),
        "stories": [story.name for story in report.stories],
    }


def write_report(
    analyses: Sequence[ArticleAnalysis], output: Path, title: str = "framing report", settings: ReportSettings = ReportSettings(),
    lexicons: LexiconSet | None = None, options: Mapping[str, Any] | None = None,
) -> list[Path]:
    """Write the report into folder `output`: report.html, report.md, data/*.csv, meta.json (and stories/*.html when large).

    Returns the files written, in order. Same input, same bytes.
    """
    report = build_report(analyses, title, settings)
    files: dict[Path, str] = {}
    split = len(report.articles) > settings.split_above
    if split:
        pages = {story.name: f"stories/{story.slug}.html" for story in report.stories}
        files[output / "report.html"] = _page(report, [], [], root="", overview=True, story_pages=pages)
        for story in report.stories:
            articles = [view for view in report.articles if view["story"] == story.name]
            files[output / pages[story.name]] = _page(report, [story], articles, root="../", overview=False, story_pages=pages)
    else:
        files[output / "report.html"] = _page(report, report.stories, report.articles, root="", overview=False)
    files[output / "report.md"] = render_markdown(report)
    for name, frame in report.tables.items():
        files[output / "data" / name] = frame.to_csv(index=False, lineterminator="\n", float_format="%.6g")
    meta = report_meta(report, lexicons, settings, options or {})
    meta["files"] = sorted(str(path.relative_to(output)) for path in [*files, output / "meta.json"])
    files[output / "meta.json"] = json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)
