"""The `framing` command line: a thin typer layer over the library (each command calls one function)."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.progress import track
from rich.table import Table
from rich.text import Text

from framing import __version__
from framing.actors import load_registry
from framing.compare import INTERVAL_NOTE, compare, comparison_grid, distinctive_words, format_distinctive, grid_to_markdown, row_label
from framing.corpus import Article, load_corpus
from framing.exercise import render_exercises
from framing.lexicons import load_lexicons
from framing.output import to_json, to_jsonl, write_csv_tables
from framing.pipeline import STAGES, ArticleAnalysis, Options, analyze_article
from framing.report import write_report
from framing.stories import assign_stories

app = typer.Typer(
    help="Media-bias and framing analysis: quotes, actors, sentiment, loaded language, readability, outlet comparison.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True)


class OutputFormat(str, Enum):
    """Formats `framing analyze` writes."""

    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class CompareFormat(str, Enum):
    """Formats `framing compare` writes."""

    table = "table"
    csv = "csv"
    markdown = "markdown"


PathArgument = Annotated[Path, typer.Argument(help="A folder of .txt files (optional manifest.csv), or a .txt, .csv, .jsonl or .parquet file.")]
NoClean = Annotated[bool, typer.Option("--no-clean", help="Keep page furniture (newsletter plugs, link blocks).")]
TextColumn = Annotated[str, typer.Option(help="Column holding the article text (CSV, JSONL, Parquet).")]
IdColumn = Annotated[str, typer.Option(help="Column holding the article id (CSV, JSONL, Parquet).")]
LexiconFiles = Annotated[list[Path] | None, typer.Option("--lexicon", metavar="FILE", help="A framing lexicon JSONL file of your own (repeatable): added to the shipped ones, or replacing the shipped lexicon of the same name.")]
OnlyMyLexicons = Annotated[bool, typer.Option("--only-my-lexicons", help="Use only the --lexicon files, not the shipped lexicons.")]
ActorFiles = Annotated[list[Path] | None, typer.Option("--actors", metavar="FILE", help="An actor registry JSONL file of your own (repeatable): added to the shipped registry; an actor with a shipped id replaces it.")]


def fail(message: str) -> None:
    """Print a one-line error on stderr and exit with 2 (bad input)."""
    stderr.print(f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code=2)


def write_or_fail(path: Path, text: str) -> None:
    """Write `text` to `path` (creating its folder), or exit with a one-line error naming the file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{path}: cannot be written ({exc.strerror or exc})")
    stderr.print(f"wrote {path}", highlight=False)


def load_or_fail(path: Path, text_column: str, id_column: str) -> tuple[Article, ...]:
    """The corpus at `path`, or a one-line error."""
    try:
        return load_corpus(path, text_column=text_column, id_column=id_column)
    except ValueError as exc:
        fail(str(exc))
        raise  # unreachable: fail() always exits


def options_or_fail(no_clean: bool, lexicons: list[Path] | None, only_my_lexicons: bool, actors: list[Path] | None) -> Options:
    """Pipeline options from the command line, loading user lexicons and registries, or a one-line error."""
    if only_my_lexicons and not lexicons:
        fail("--only-my-lexicons needs at least one --lexicon FILE")
    try:
        return Options(
            clean=not no_clean,
            lexicons=load_lexicons(lexicons, include_default=not only_my_lexicons) if lexicons else None,
            registry=load_registry(actors) if actors else None,
        )
    except (OSError, ValueError) as exc:
        fail(str(exc))
        raise  # unreachable: fail() always exits


def run_with_progress(articles: Sequence[Article], options: Options) -> Iterator[ArticleAnalysis]:
    """Analyse articles in order, with a progress bar on stderr when it is a terminal."""
    for article in track(articles, description="Analysing", console=stderr, disable=not sys.stderr.isatty() or len(articles) < 2):
        yield analyze_article(article, options)


def analyse_or_fail(
    path: Path, no_clean: bool, lexicons: list[Path] | None, only_my_lexicons: bool, actors: list[Path] | None,
    text_column: str, id_column: str,
) -> list[ArticleAnalysis]:
    """Load the options and the corpus (or exit with a one-line error), then analyse every article."""
    options = options_or_fail(no_clean, lexicons, only_my_lexicons, actors)
    articles = load_or_fail(path, text_column, id_column)
    return list(run_with_progress(articles, options))


def rich_grid(grid: pd.DataFrame, story: str) -> Table:
    """One story's comparison grid as a terminal table (cells as plain text, never markup); folds to fit the width."""
    table = Table(title=Text(story), show_lines=False, padding=(0, 1), collapse_padding=True)
    table.add_column("measure", style="bold", overflow="fold", ratio=3)
    for outlet in grid.columns:
        table.add_column(Text(str(outlet)), overflow="fold", ratio=2)
    previous = None
    for (measure, key), row in grid.iterrows():
        if key and measure != previous:
            table.add_row(Text(row_label(measure, "")), *([Text("")] * len(grid.columns)))
        previous = measure
        table.add_row(Text(f"  {key}" if key else row_label(measure, key)), *(Text(str(value)) for value in row))
    return table


@app.command("analyze")
def analyze_cli(
    path: PathArgument,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json (one document), jsonl (an article a line) or csv (tables in a folder).")] = OutputFormat.json,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file (a folder for csv) instead of stdout.")] = None,
    no_clean: NoClean = False,
    lexicon: LexiconFiles = None,
    only_my_lexicons: OnlyMyLexicons = False,
    actors: ActorFiles = None,
    text_column: TextColumn = "text",
    id_column: IdColumn = "id",
) -> None:
    """Analyse every article at PATH and write the analysis as JSON, JSONL or CSV tables."""
    analyses = analyse_or_fail(path, no_clean, lexicon, only_my_lexicons, actors, text_column, id_column)
    if format is OutputFormat.csv:
        if output is None:
            fail("csv output writes several tables: give a folder with -o DIR")
        try:
            written = write_csv_tables(analyses, output)
        except OSError as exc:
            fail(f"{output}: cannot be written ({exc.strerror or exc})")
        stderr.print(f"wrote {len(written)} tables to {output}", highlight=False)
        return
    text = to_json(analyses) if format is OutputFormat.json else "".join(to_jsonl(analyses))
    if output is None:
        sys.stdout.write(text)
    else:
        write_or_fail(output, text)
    failed = sum(1 for item in analyses if item.status != "ok")
    if failed:
        stderr.print(f"{failed} of {len(analyses)} articles could not be analysed; see their \"error\" field", highlight=False)


@app.command("compare")
def compare_cli(
    path: PathArgument,
    format: Annotated[CompareFormat, typer.Option("--format", "-f", help="table (terminal), csv (tidy) or markdown.")] = CompareFormat.table,
    no_clean: NoClean = False,
    lexicon: LexiconFiles = None,
    only_my_lexicons: OnlyMyLexicons = False,
    actors: ActorFiles = None,
    text_column: TextColumn = "text",
    id_column: IdColumn = "id",
) -> None:
    """Compare outlets side by side, one table per story."""
    analyses = analyse_or_fail(path, no_clean, lexicon, only_my_lexicons, actors, text_column, id_column)
    grouped = assign_stories({item.article.id: (item.article.story, item.document.cleaned_text if item.document else "") for item in analyses})
    table = compare(analyses, stories=grouped.story)
    if format is CompareFormat.csv:
        sys.stdout.write(table.to_csv(index=False, lineterminator="\n"))
        return
    console = Console(highlight=False)
    words = distinctive_words(analyses, grouped.story)
    for story in dict.fromkeys(table["story"]):
        grid = comparison_grid(table, story, top=6 if format is CompareFormat.markdown else 4)
        distinctive = format_distinctive(words, story)
        if format is CompareFormat.markdown:
            sys.stdout.write(f"## {story}\n\n{grid_to_markdown(grid)}\n")
            if distinctive:
                lines = "".join(f"| {outlet} | {terms} |\n" for outlet, terms in distinctive)
                sys.stdout.write(f"Distinctive words (z-score):\n\n| outlet | words |\n|---|---|\n{lines}\n")
        else:
            console.print(rich_grid(grid, story))
            if distinctive:
                words_table = Table(title=Text(f"{story}: distinctive words (z-score)"), show_header=False)
                words_table.add_column("outlet", style="bold", ratio=1)
                words_table.add_column("words", ratio=3)
                for outlet, terms in distinctive:
                    words_table.add_row(Text(outlet), Text(terms))
                console.print(words_table)
    if format is CompareFormat.markdown:
        sys.stdout.write(f"{INTERVAL_NOTE}\n")
    else:
        console.print(Text(INTERVAL_NOTE))


@app.command("report")
def report_cli(
    path: PathArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for report.html, report.md, data/*.csv and meta.json (a path ending in .html writes that page, the rest beside it).")] = Path("reports/report"),
    title: Annotated[str, typer.Option(help="Title shown at the top of the report.")] = "framing report",
    no_clean: NoClean = False,
    lexicon: LexiconFiles = None,
    only_my_lexicons: OnlyMyLexicons = False,
    actors: ActorFiles = None,
    text_column: TextColumn = "text",
    id_column: IdColumn = "id",
) -> None:
    """Write the comparison report: charts, tables, distinctive words, shared copy, figures, highlighted articles."""
    analyses = analyse_or_fail(path, no_clean, lexicon, only_my_lexicons, actors, text_column, id_column)
    folder = output.parent if output.suffix == ".html" else output
    options = {"clean": not no_clean, "lexicon_files": [item.name for item in lexicon or []], "only_my_lexicons": only_my_lexicons,
               "actor_files": [item.name for item in actors or []], "input": path.name}
    lexicons = load_lexicons(lexicon, include_default=not only_my_lexicons) if lexicon else None
    try:
        written = write_report(analyses, folder, title=title, lexicons=lexicons, options=options)
        if output.suffix == ".html" and output.name != "report.html":
            (folder / "report.html").replace(output)
            written = [output if item == folder / "report.html" else item for item in written]
    except OSError as exc:
        fail(f"{output}: cannot be written ({exc.strerror or exc})")
    stderr.print(f"wrote {len(written)} files to {folder} (open {written[0]})", highlight=False)


@app.command("exercise")
def exercise_cli(
    path: PathArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for worksheet.html and answer_key.html.")] = Path("reports/exercise"),
    no_clean: NoClean = False,
    lexicon: LexiconFiles = None,
    only_my_lexicons: OnlyMyLexicons = False,
    actors: ActorFiles = None,
    text_column: TextColumn = "text",
    id_column: IdColumn = "id",
) -> None:
    """Write a media-literacy worksheet and its answer key for every story at PATH."""
    analyses = analyse_or_fail(path, no_clean, lexicon, only_my_lexicons, actors, text_column, id_column)
    for name, answer_key in (("worksheet.html", False), ("answer_key.html", True)):
        write_or_fail(output / name, render_exercises(analyses, answer_key=answer_key))


@app.command("info")
def info_cli() -> None:
    """Show the version and the pipeline's stages with what each needs and adds."""
    typer.echo(f"framing {__version__}")
    for stage in STAGES:
        typer.echo(f"  {stage.name}: needs {', '.join(stage.requires)}; adds {', '.join(stage.provides)}")
