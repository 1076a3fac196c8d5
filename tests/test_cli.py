"""The command line: output formats, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.corpus import load_corpus
from framing.output import to_json
from framing.pipeline import analyze

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
runner = CliRunner()


def test_analyze_seeds_json_lists_five_cleaned_articles() -> None:
    result = runner.invoke(app, ["analyze", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0, result.output
    articles = json.loads(result.stdout)["articles"]
    assert len(articles) == 5
    for article in articles:
        assert article["status"] == "ok" and article["error"] is None
        assert {"id", "source", "outlet", "story", "removed", "readability", "quotes", "actors", "framing"} <= set(article)
        assert article["readability"]["flesch_reading_ease"] is not None
    mirror = next(article for article in articles if article["outlet"] == "Daily Mirror")
    assert len(mirror["removed"]) == 4 and all(line["reason"] for line in mirror["removed"])


def test_analyze_jsonl_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", str(SEEDS), "-f", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"][:3] for line in lines] == ["000", "001", "002", "003", "004"]


def test_analyze_csv_writes_tables(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(SEEDS), "-f", "csv", "-o", str(tmp_path / "tables")])
    assert result.exit_code == 0, result.output
    articles = (tmp_path / "tables" / "articles.csv").read_text(encoding="utf-8").splitlines()
    assert len(articles) == 6 and articles[0].startswith("id,source,outlet")


def test_no_clean_keeps_furniture() -> None:
    result = runner.invoke(app, ["analyze", str(SEEDS / "004_176c095edb16a418.txt"), "--no-clean"])
    (article,) = json.loads(result.stdout)["articles"]
    assert article["removed"] == []


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["analyze", "does-not-exist"], "does-not-exist: no such file or folder"),
        (["analyze", str(SEEDS), "-f", "csv"], "give a folder with -o DIR"),
        (["compare", "does-not-exist"], "no such file or folder"),
        (["analyze", str(SEEDS / "001_135b1febb4143c68.txt"), "-o", str(SEEDS / "manifest.csv" / "x.json")], "cannot be written"),
        (["report", str(SEEDS / "001_135b1febb4143c68.txt"), "-o", str(SEEDS / "manifest.csv" / "r.html")], "cannot be written"),
    ],
)
def test_bad_input_exits_2_with_one_line(args: list[str], fragment: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert fragment in " ".join(result.stderr.split())
    assert "Traceback" not in result.output


def test_compare_prints_outlets_side_by_side() -> None:
    result = runner.invoke(app, ["compare", str(SEEDS), "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert "| measure | BBC News | Daily Express | The National |" in result.stdout
    assert "| measure | Daily Mirror | The Independent |" in result.stdout


@pytest.mark.parametrize("command", ["analyze", "compare", "info"])
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout


@pytest.mark.parametrize(
    ("option", "content", "fragment"),
    [
        ("--lexicon", '{"lexicon": "mine", "version": "1", "licence": "CC0", "description": "d", "source": "s"}\n{"id": "x"}\n', "line 2: missing field 'pattern'"),
        ("--actors", '{"lexicon": "actors", "version": "1", "licence": "CC0", "description": "d", "source": "s"}\nnot json\n', "line 2"),
        ("--lexicon", "", "bad.jsonl"),
    ],
)
def test_bad_user_files_exit_2_naming_file_and_line(tmp_path: Path, option: str, content: str, fragment: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(SEEDS), option, str(path)])
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())
    assert "bad.jsonl" in message and fragment in message


def test_user_lexicon_adds_hits(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text(
        '{"lexicon": "mine", "version": "1", "licence": "CC0", "description": "test", "source": "me"}\n'
        '{"id": "mine-jigsaw", "pattern": "jigsaw", "variants": [], "category": "metaphor", "subcategory": "puzzle", '
        '"polarity": null, "intensity": 1, "note": "a puzzle metaphor", "source": "me"}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["analyze", str(SEEDS / "002_e9dcbe3006c60558.txt"), "--lexicon", str(path), "--only-my-lexicons"])
    assert result.exit_code == 0, result.output
    (article,) = json.loads(result.stdout)["articles"]
    assert [(hit["term"], hit["entry_id"], hit["voice"], hit["speaker"]) for hit in article["framing"]] == [
        ("jigsaw", "mine-jigsaw", "quote", "Dan Jarvis")
    ]


def test_version_flag() -> None:
    from framing import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"framing {__version__}"


def test_the_actor_registry_example_in_lexicons_readme_works(tmp_path: Path) -> None:
    """The worked example in lexicons/README.md is a valid registry that links what it says it links."""
    readme = (SEEDS.parent / "lexicons" / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Actor registry", 1)[1].split("```json\n", 1)[1].split("```", 1)[0]
    registry = tmp_path / "my_actors.jsonl"
    registry.write_text(block, encoding="utf-8")
    corpus = tmp_path / "local.txt"
    corpus.write_text(
        "Northshire Council approved the budget on Monday.\n“We had no choice,” Jane Marlow said.\n“It is fair,” Ms Marlow added.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["analyze", str(corpus), "--actors", str(registry)])
    assert result.exit_code == 0, result.output
    (article,) = json.loads(result.stdout)["articles"]
    assert [(quote["speaker_id"], quote["side"]) for quote in article["quotes"]] == [("jane-marlow", "council")] * 2
    assert "northshire-council" in {actor["id"] for actor in article["actors"]}


@pytest.mark.parametrize("copies", [0, 1, 3])
def test_analyze_json_written_article_by_article_is_the_to_json_document(tmp_path: Path, copies: int) -> None:
    seed = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n" + "".join(json.dumps({"id": f"a{k}", "text": seed}) + "\n" for k in range(copies)), encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(corpus), "--format", "json"])
    assert result.exit_code == (0 if copies else 1), result.output  # no article analysed is not a success
    assert result.stdout == to_json(analyze(load_corpus(corpus)))


def test_jobs_give_the_same_bytes_in_input_order_with_per_article_errors(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    lines = [json.dumps({"id": f"a{k}", "text": text}) for k, text in enumerate(texts * 2)]
    lines[3] = "{broken"
    lines[6] = json.dumps({"id": "empty", "text": " "})
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        result = runner.invoke(app, ["analyze", str(corpus), "-f", "jsonl", "-o", str(out), "--jobs", jobs])
        assert result.exit_code == 0, result.output
        assert "2 of 10 articles could not be analysed" in result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    records = [json.loads(line) for line in outputs[1].decode("utf-8").splitlines()]
    assert [record["id"] for record in records] == ["a0", "a1", "a2", "corpus-line-4", "a4", "a5", "empty", "a7", "a8", "a9"]
    assert [record["status"] for record in records].count("error") == 2
