"""The `framing` command line: a thin typer layer over the library (each command calls one function)."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, TimeElapsedColumn, track
from rich.progress import TextColumn as ProgressText
from rich.table import Table
from rich.text import Text

from framing import __version__
from framing.corpus import Article, iter_corpus, load_corpus

if TYPE_CHECKING:
    import pandas as pd

    from framing.pipeline import ArticleAnalysis, Options

# The analysis modules (scikit-learn, pandas, jinja2 behind them) are imported inside the commands
# that use them, so `framing --help` answers at once.

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


class Engine(str, Enum):
    """Where `framing analyze` runs the articles: local processes or a Dask cluster."""

    local = "local"
    dask = "dask"


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
    from framing.actors import load_registry
    from framing.lexicons import load_lexicons
    from framing.pipeline import Options

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
    from framing.pipeline import analyze_article

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


def write_analyses(
    path: Path, format: OutputFormat, output: Path | None, options: Options, jobs: int, text_column: str, id_column: str,
    engine: Engine = Engine.local, scheduler: str | None = None,
) -> tuple[int, int]:
    """Analyse and write JSON or JSONL article by article as the corpus streams in; returns (articles, failed)."""
    from framing.output import json_article, jsonl_line, write_json_stream
    from framing.parallel import analyse_stream

    try:
        articles = iter_corpus(path, text_column=text_column, id_column=id_column)
        stream = sys.stdout if output is None else output.open("w", encoding="utf-8")
    except ValueError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{output}: cannot be written ({exc.strerror or exc})")
    counts = {"articles": 0, "failed": 0}
    serialise = json_article if format is OutputFormat.json else jsonl_line
    try:
        with Progress(ProgressText("Analysing"), MofNCompleteColumn(), TimeElapsedColumn(), console=stderr,
                      disable=not sys.stderr.isatty()) as progress:
            task = progress.add_task("analyse", total=None)

            def pieces() -> Iterator[str]:
                if engine is Engine.dask:
                    from framing.dask_engine import analyse_stream_dask

                    records = analyse_stream_dask(articles, options, serialise, scheduler, jobs)
                else:
                    records = analyse_stream(articles, options, serialise, jobs)
                for status, text in records:
                    counts["articles"] += 1
                    counts["failed"] += status != "ok"
                    progress.advance(task)
                    yield text

            if format is OutputFormat.json:
                write_json_stream(pieces(), stream)
            else:
                stream.writelines(pieces())
    except ValueError as exc:  # a whole-input problem met while streaming (a duplicate id)
        fail(str(exc))
    except OSError as exc:
        fail(f"{output}: cannot be written ({exc.strerror or exc})")
    finally:
        if stream is not sys.stdout:
            stream.close()
    if output is not None:
        stderr.print(f"wrote {output}", highlight=False)
    return counts["articles"], counts["failed"]


def rich_grid(grid: pd.DataFrame, story: str) -> Table:
    """One story's comparison grid as a terminal table (cells as plain text, never markup)."""
    table = Table(title=story, show_lines=False)
    table.add_column("measure", style="bold")
    for outlet in grid.columns:
        table.add_column(str(outlet), overflow="fold")
    for measure, row in grid.iterrows():
        table.add_row(str(measure), *(Text("" if value is None or value != value else str(value)) for value in row))
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
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes (JSON and JSONL output); the output is the same as with one.")] = 1,
    engine: Annotated[Engine, typer.Option(help="local (this machine, --jobs processes) or dask (a Dask cluster; needs framing[dask]).")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786); default: a local cluster of --jobs workers on 127.0.0.1.")] = None,
) -> None:
    """Analyse every article at PATH and write the analysis as JSON, JSONL or CSV tables."""
    from framing.output import write_csv_tables

    if format is not OutputFormat.csv:
        options = options_or_fail(no_clean, lexicon, only_my_lexicons, actors)
        total, failed = write_analyses(path, format, output, options, jobs, text_column, id_column, engine, scheduler)
        if failed:
            stderr.print(f"{failed} of {total} articles could not be analysed; see their \"error\" field", highlight=False)
        return
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
    from framing.compare import compare, comparison_grid, grid_to_markdown

    analyses = analyse_or_fail(path, no_clean, lexicon, only_my_lexicons, actors, text_column, id_column)
    table = compare(analyses)
    if format is CompareFormat.csv:
        sys.stdout.write(table.to_csv(index=False, lineterminator="\n"))
        return
    console = Console(width=max(100, Console().width))
    for story in dict.fromkeys(table["story"]):
        grid = comparison_grid(table, story)
        if format is CompareFormat.markdown:
            sys.stdout.write(f"## {story}\n\n{grid_to_markdown(grid)}\n")
        else:
            console.print(rich_grid(grid, story))


@app.command("report")
def report_cli(
    path: PathArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("reports/report.html"),
    title: Annotated[str, typer.Option(help="Title shown at the top of the report.")] = "framing report",
    no_clean: NoClean = False,
    lexicon: LexiconFiles = None,
    only_my_lexicons: OnlyMyLexicons = False,
    actors: ActorFiles = None,
    text_column: TextColumn = "text",
    id_column: IdColumn = "id",
) -> None:
    """Write a self-contained HTML report: outlets side by side, each article with its findings highlighted."""
    from framing.report import render_report

    analyses = analyse_or_fail(path, no_clean, lexicon, only_my_lexicons, actors, text_column, id_column)
    write_or_fail(output, render_report(analyses, title=title))


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
    from framing.exercise import render_exercises

    analyses = analyse_or_fail(path, no_clean, lexicon, only_my_lexicons, actors, text_column, id_column)
    for name, answer_key in (("worksheet.html", False), ("answer_key.html", True)):
        write_or_fail(output / name, render_exercises(analyses, answer_key=answer_key))


@app.command("info")
def info_cli() -> None:
    """Show the version and the pipeline's stages with what each needs and adds."""
    from framing.pipeline import STAGES

    typer.echo(f"framing {__version__}")
    for stage in STAGES:
        typer.echo(f"  {stage.name}: needs {', '.join(stage.requires)}; adds {', '.join(stage.provides)}")
