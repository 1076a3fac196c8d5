"""The `framing` command line: a thin typer layer over the library (each command calls one function)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, TimeElapsedColumn, track
from rich.progress import TextColumn as ProgressText
from rich.table import Table
from rich.text import Text

from framing import __version__
from framing.corpus import Article, iter_corpus, load_corpus, truncate_words
from framing.errors import one_line

if TYPE_CHECKING:
    import pandas as pd

    from framing.pipeline import ArticleAnalysis, Options

# The analysis modules (scikit-learn, pandas, jinja2 behind them) are imported inside the commands
# that use them, so `framing --help` answers at once.

EXIT_CODES = (
    "Exit codes: 0 every article analysed (or some failed, without --strict); 1 no article could be analysed, "
    "or some failed with --strict; 2 bad input as a whole (missing path, unreadable table, bad option or user file)."
)

app = typer.Typer(
    help="Media-bias and framing analysis: quotes, actors, sentiment, loaded language, readability, outlet comparison.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True)


def show_version(value: bool) -> None:
    """`framing --version`: print the version and stop."""
    if value:
        typer.echo(f"framing {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=show_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """Media-bias and framing analysis: quotes, actors, sentiment, loaded language, readability, outlet comparison."""


class OutputFormat(str, Enum):
    """Formats `framing analyze` writes."""

    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Engine(str, Enum):
    """Where `framing analyze` runs the articles: local processes or a Dask cluster."""

    local = "local"
    dask = "dask"


class CompareFormat(str, Enum):
    """Formats `framing compare` writes."""

    table = "table"
    csv = "csv"
    markdown = "markdown"


PathArgument = Annotated[Path, typer.Argument(help="A folder of .txt files (optional manifest.csv), or a .txt, .csv, .jsonl or .parquet file, or a folder or quoted glob of .csv/.jsonl/.parquet parts.")]
NoClean = Annotated[bool, typer.Option("--no-clean", help="Keep page furniture (newsletter plugs, link blocks).")]
TextColumn = Annotated[str, typer.Option(help="Column holding the article text (CSV, JSONL, Parquet).")]
IdColumn = Annotated[str, typer.Option(help="Column holding the article id (CSV, JSONL, Parquet).")]
LexiconFiles = Annotated[list[Path] | None, typer.Option("--lexicon", metavar="FILE", help="A framing lexicon JSONL file of your own (repeatable): added to the shipped ones, or replacing the shipped lexicon of the same name.")]
OnlyMyLexicons = Annotated[bool, typer.Option("--only-my-lexicons", help="Use only the --lexicon files, not the shipped lexicons.")]
ActorFiles = Annotated[list[Path] | None, typer.Option("--actors", metavar="FILE", help="An actor registry JSONL file of your own (repeatable): added to the shipped registry; an actor with a shipped id replaces it. Line 1 a header {\"lexicon\", \"version\", \"licence\", \"description\", \"source\"}; then one actor a line: id, name, type (person/organisation/country/group) required; side, gender, aliases, titles, note optional. Schema and a worked example: lexicons/README.md.")]
Strict = Annotated[bool, typer.Option("--strict", help="Exit with 1 when any article could not be analysed (its error is still in the output).")]
MaxWords = Annotated[int | None, typer.Option("--max-words", min=1, metavar="N", help="Analyse at most the first N words of each article; a truncated article carries a warning.")]


def fail(message: str) -> NoReturn:
    """Print a one-line error on stderr and exit with 2 (bad input)."""
    stderr.print(Text.assemble(("error:", "bold red"), " ", one_line(message)), highlight=False, soft_wrap=True)
    raise typer.Exit(code=2)


def warn(message: str) -> None:
    """Print a one-line warning on stderr (the same text is kept in the article's record)."""
    stderr.print(Text.assemble(("warning:", "yellow"), " ", one_line(message)), highlight=False, soft_wrap=True)


def write_or_fail(path: Path, text: str) -> None:
    """Write `text` to `path` (creating its folder), or exit with a one-line error naming the file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{path}: cannot be written ({exc.strerror or exc})")
    stderr.print(f"wrote {path}", highlight=False)


def load_or_fail(path: Path, text_column: str, id_column: str, max_words: int | None = None) -> tuple[Article, ...]:
    """The corpus at `path` (each article cut to `max_words`), its warnings on stderr; or a one-line error."""
    try:
        return tuple(warned(load_corpus(path, text_column=text_column, id_column=id_column), max_words))
    except ValueError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or path}: cannot be read ({exc.strerror or exc.__class__.__name__})")


def warned(articles: Iterable[Article], max_words: int | None) -> Iterator[Article]:
    """Each article cut to `max_words` (when given), its warnings printed on stderr as it passes."""
    for article in articles:
        if max_words is not None:
            article = truncate_words(article, max_words)
        for warning in article.warnings:
            warn(warning)
        yield article


def finish(analyses: Sequence[ArticleAnalysis], strict: bool) -> None:
    """Name each article that failed on stderr, then exit as `exit_for` says."""
    failed = [item for item in analyses if item.status != "ok"]
    for item in failed:
        stderr.print(Text.assemble(("failed:", "red"), f" {item.article.id}: ", one_line(item.error or "")), highlight=False, soft_wrap=True)
    exit_for(len(analyses), len(failed), strict)


def exit_for(total: int, failed: int, strict: bool) -> None:
    """Say how many articles failed, then exit: 1 when none was analysed or, with --strict, when any
    failed; otherwise return (exit code 0)."""
    if failed:
        stderr.print(f"{failed} of {total} articles could not be analysed; see their \"error\" field", highlight=False)
    if not total:
        stderr.print("the input holds no articles", highlight=False)
    if not total or failed == total or (strict and failed):
        raise typer.Exit(code=1)


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
    path: Path, options: Options, text_column: str, id_column: str, max_words: int | None = None,
) -> list[ArticleAnalysis]:
    """Load the corpus (or exit with a one-line error), then analyse every article with `options`."""
    articles = load_or_fail(path, text_column, id_column, max_words)
    return list(run_with_progress(articles, options))


def write_analyses(
    path: Path, format: OutputFormat, output: Path | None, options: Options, jobs: int, text_column: str, id_column: str,
    engine: Engine = Engine.local, scheduler: str | None = None, max_words: int | None = None,
) -> tuple[int, int]:
    """Analyse and write JSON or JSONL article by article as the corpus streams in (each article cut to
    `max_words`, its warnings on stderr); returns (articles, failed)."""
    from framing.output import json_article, jsonl_line, write_json_stream
    from framing.parallel import analyse_stream

    try:
        articles = warned(iter_corpus(path, text_column=text_column, id_column=id_column), max_words)
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
                for failure, text in records:
                    counts["articles"] += 1
                    if failure is not None:
                        counts["failed"] += 1
                        stderr.print(Text.assemble(("failed:", "red"), " ", one_line(failure)), highlight=False, soft_wrap=True)
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


def partitions_or_fail(path: Path) -> list[Path] | None:
    """The parts of a partitioned corpus at `path` (a glob, or a folder of JSONL/CSV/Parquet files), or None."""
    from framing.corpus import partitions

    try:
        return partitions(path)
    except ValueError as exc:
        fail(str(exc))


def write_partitions(
    parts: Sequence[Path], folder: Path, options: Options, jobs: int, text_column: str, id_column: str,
    engine: Engine = Engine.local, scheduler: str | None = None, max_words: int | None = None,
) -> tuple[int, int]:
    """Analyse each input part into `folder`/<part>.jsonl (a part a task, on this machine or a Dask
    cluster), naming failures and warnings on stderr as parts finish; returns (articles, failed)."""
    from framing.parallel import PartJob, analyse_parts

    job = PartJob(options, text_column, id_column, max_words)
    parts = [part.resolve() for part in parts]
    counts = {"articles": 0, "failed": 0}
    try:
        if engine is Engine.dask:
            from framing.dask_engine import analyse_parts_dask

            results = analyse_parts_dask(parts, folder, job, scheduler, jobs)
        else:
            results = analyse_parts(parts, folder, job, jobs)
        for result in track(results, description="Analysing parts", total=len(parts), console=stderr, disable=not sys.stderr.isatty()):
            for warning in result.warnings:
                warn(warning)
            for failure in result.failures:
                stderr.print(Text.assemble(("failed:", "red"), " ", one_line(failure)), highlight=False, soft_wrap=True)
            counts["articles"] += result.articles
            counts["failed"] += len(result.failures)
    except ValueError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or folder}: cannot be read or written ({exc.strerror or exc})")
    stderr.print(f"wrote {len(parts)} parts to {folder}", highlight=False)
    return counts["articles"], counts["failed"]


def rich_grid(grid: pd.DataFrame, story: str) -> Table:
    """One story's comparison grid as a terminal table (cells as plain text, never markup); folds to fit the width."""
    from framing.compare import row_label

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


@app.command("analyze", epilog=EXIT_CODES)
def analyze_cli(
    path: PathArgument,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json (one document), jsonl (an article a line), csv or parquet (tables in a folder).")] = OutputFormat.json,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file (a folder for csv) instead of stdout.")] = None,
    no_clean: NoClean = False,
    lexicon: LexiconFiles = None,
    only_my_lexicons: OnlyMyLexicons = False,
    actors: ActorFiles = None,
    text_column: TextColumn = "text",
    id_column: IdColumn = "id",
    strict: Strict = False,
    max_words: MaxWords = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes (JSON and JSONL output); the output is the same as with one.")] = 1,
    engine: Annotated[Engine, typer.Option(help="local (this machine, --jobs processes) or dask (a Dask cluster; needs framing[dask]).")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786); default: a local cluster of --jobs workers on 127.0.0.1.")] = None,
) -> None:
    """Analyse every article at PATH and write the analysis as JSON, JSONL, CSV or Parquet tables."""
    from framing.output import write_csv_tables, write_parquet_tables

    parts = partitions_or_fail(path)
    if parts is not None and output is not None and not output.suffix:
        if format is not OutputFormat.jsonl:
            fail(f"{path}: partitioned input writes one JSONL part per input part: use -f jsonl with -o DIR (or -o FILE.jsonl for one file)")
        options = options_or_fail(no_clean, lexicon, only_my_lexicons, actors)
        total, failed = write_partitions(parts, output, options, jobs, text_column, id_column, engine, scheduler, max_words)
        exit_for(total, failed, strict)
        return
    if format in (OutputFormat.json, OutputFormat.jsonl):
        options = options_or_fail(no_clean, lexicon, only_my_lexicons, actors)
        total, failed = write_analyses(path, format, output, options, jobs, text_column, id_column, engine, scheduler, max_words)
        exit_for(total, failed, strict)
        return
    options = options_or_fail(no_clean, lexicon, only_my_lexicons, actors)
    analyses = analyse_or_fail(path, options, text_column, id_column, max_words)
    if format in (OutputFormat.csv, OutputFormat.parquet):
        if output is None:
            fail(f"{format.value} output writes several tables: give a folder with -o DIR")
        try:
            written = write_csv_tables(analyses, output) if format is OutputFormat.csv else write_parquet_tables(analyses, output)
        except ImportError:
            fail(f"{output}: writing Parquet needs pyarrow; install it with: pip install 'framing[parquet]'")
        except OSError as exc:
            fail(f"{output}: cannot be written ({exc.strerror or exc})")
        stderr.print(f"wrote {len(written)} tables to {output}", highlight=False)
        finish(analyses, strict)
        return


@app.command("compare", epilog=EXIT_CODES)
def compare_cli(
    path: PathArgument,
    format: Annotated[CompareFormat, typer.Option("--format", "-f", help="table (terminal), csv (tidy) or markdown.")] = CompareFormat.table,
    no_clean: NoClean = False,
    lexicon: LexiconFiles = None,
    only_my_lexicons: OnlyMyLexicons = False,
    actors: ActorFiles = None,
    text_column: TextColumn = "text",
    id_column: IdColumn = "id",
    strict: Strict = False,
    max_words: MaxWords = None,
    analysed: Annotated[bool, typer.Option("--analysed", help="PATH is the JSONL that `framing analyze -f jsonl` wrote: compare it in one pass, a record at a time (no distinctive words: the records hold no text; a record without a story goes under '(no story)').")] = False,
) -> None:
    """Compare outlets side by side, one table per story."""
    from framing.compare import INTERVAL_NOTE, compare, comparison_grid, distinctive_words, format_distinctive, grid_to_markdown

    if analysed:
        if no_clean or lexicon or only_my_lexicons or actors or max_words is not None:
            fail("--analysed compares finished analyses: --no-clean, --lexicon, --only-my-lexicons, --actors and --max-words apply when analysing")
        table, total, failed = compare_analysed_or_fail(path)
        analyses: Sequence[ArticleAnalysis] = ()
        if format is not CompareFormat.csv:
            stderr.print("note: analysed records hold no text, so no distinctive words", highlight=False)
    else:
        from framing.stories import assign_stories  # scikit-learn: only when the texts are grouped

        options = options_or_fail(no_clean, lexicon, only_my_lexicons, actors)
        analyses = analyse_or_fail(path, options, text_column, id_column, max_words)
        grouped = assign_stories({item.article.id: (item.article.story, item.document.cleaned_text if item.document else "") for item in analyses})
        table = compare(analyses, stories=grouped.story)
    if format is CompareFormat.csv:
        sys.stdout.write(table.to_csv(index=False, lineterminator="\n"))
        exit_for(total, failed, strict) if analysed else finish(analyses, strict)
        return
    console = Console(highlight=False)
    words = distinctive_words(analyses, grouped.story) if not analysed else None
    for story in dict.fromkeys(table["story"]):
        grid = comparison_grid(table, story, top=6 if format is CompareFormat.markdown else 4)
        distinctive = format_distinctive(words, story) if words is not None else []
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
    exit_for(total, failed, strict) if analysed else finish(analyses, strict)


def compare_analysed_or_fail(path: Path) -> tuple[pd.DataFrame, int, int]:
    """The comparison of an analysed JSONL file read a record at a time, each failed article named on
    stderr as it passes; with the number of articles and of failures. A bad line exits with a one-line error."""
    from framing.analysed import iter_analysed
    from framing.compare import compare_records

    counts = {"articles": 0, "failed": 0}

    def counted(records: Iterable) -> Iterator:
        for record in records:
            counts["articles"] += 1
            if record.status != "ok":
                counts["failed"] += 1
                stderr.print(Text.assemble(("failed:", "red"), f" {record.id}: ", one_line(record.error or "")), highlight=False, soft_wrap=True)
            yield record

    try:
        table = compare_records(counted(iter_analysed(path)))
    except ValueError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or path}: cannot be read ({exc.strerror or exc.__class__.__name__})")
    return table, counts["articles"], counts["failed"]


@app.command("report", epilog=EXIT_CODES)
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
    strict: Strict = False,
    max_words: MaxWords = None,
) -> None:
    """Write the comparison report: charts, tables, distinctive words, shared copy, figures, highlighted articles."""
    from framing.report import write_report

    options = options_or_fail(no_clean, lexicon, only_my_lexicons, actors)
    analyses = analyse_or_fail(path, options, text_column, id_column, max_words)
    folder = output.parent if output.suffix == ".html" else output
    settings = {"clean": not no_clean, "lexicon_files": [item.name for item in lexicon or []], "only_my_lexicons": only_my_lexicons,
                "actor_files": [item.name for item in actors or []], "input": path.name}
    try:
        written = write_report(analyses, folder, title=title, lexicons=options.lexicons, options=settings)
        if output.suffix == ".html" and output.name != "report.html":
            (folder / "report.html").replace(output)
            written = [output if item == folder / "report.html" else item for item in written]
    except OSError as exc:
        fail(f"{output}: cannot be written ({exc.strerror or exc})")
    stderr.print(f"wrote {len(written)} files to {folder} (open {written[0]})", highlight=False)
    finish(analyses, strict)


@app.command("exercise", epilog=EXIT_CODES)
def exercise_cli(
    path: PathArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the worksheet, the answer key and one interactive page a story.")] = Path("reports/exercise"),
    story: Annotated[list[str] | None, typer.Option("--story", help="Only this story (repeatable); default every story.")] = None,
    outlets: Annotated[str | None, typer.Option("--outlets", help="Only these outlets, comma-separated (e.g. 'BBC News,Daily Express').")] = None,
    items: Annotated[int, typer.Option("--items", help="At most N items a task.")] = 5,
    level: Annotated[str, typer.Option("--level", help="basic (fewer, more obvious items), standard or advanced (adds labels and readability).")] = "standard",
    hide_outlets: Annotated[bool, typer.Option("--hide-outlets", help="Call the articles 'Article A', 'Article B'... (names only in the key).")] = False,
    seed: Annotated[int, typer.Option("--seed", help="Which items and in what order: the same options give the same sheets.")] = 0,
    format: Annotated[str, typer.Option("--format", "-f", help="html or md, for the worksheet and key (the interactive page is HTML).")] = "html",
    interactive: Annotated[bool, typer.Option("--interactive/--no-interactive", help="Also write the interactive page of each story.")] = True,
    no_clean: NoClean = False,
    lexicon: LexiconFiles = None,
    only_my_lexicons: OnlyMyLexicons = False,
    actors: ActorFiles = None,
    text_column: TextColumn = "text",
    id_column: IdColumn = "id",
    strict: Strict = False,
    max_words: MaxWords = None,
) -> None:
    """Write a media-literacy worksheet, its answer key and an interactive page for every story at PATH."""
    from framing.classroom.interactive import story_filename
    from framing.classroom.selection import ExerciseError, ExerciseOptions
    from framing.exercise import FORMATS, exercise_sheets, render_interactive, render_sheets

    choices = ExerciseOptions(
        stories=tuple(story or ()), outlets=tuple(name.strip() for name in (outlets or "").split(",") if name.strip()),
        items=items, level=level, hide_outlets=hide_outlets, seed=seed,
    )
    if format not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {format!r}")
    options = options_or_fail(no_clean, lexicon, only_my_lexicons, actors)
    analyses = analyse_or_fail(path, options, text_column, id_column, max_words)
    try:
        sheets = exercise_sheets(analyses, choices, options.lexicons)
    except ExerciseError as exc:
        fail(str(exc))
    for name, answer_key in (("worksheet", False), ("answer_key", True)):
        write_or_fail(output / f"{name}.{format}", render_sheets(sheets, answer_key, choices, format))
    if interactive:
        for sheet in sheets:
            write_or_fail(output / story_filename(sheet.story.name), render_interactive(sheet))
    finish(analyses, strict)


@app.command("info")
def info_cli() -> None:
    """Show the version and the pipeline's stages with what each needs and adds."""
    from framing.pipeline import STAGES

    typer.echo(f"framing {__version__}")
    for stage in STAGES:
        typer.echo(f"  {stage.name}: needs {', '.join(stage.requires)}; adds {', '.join(stage.provides)}")
