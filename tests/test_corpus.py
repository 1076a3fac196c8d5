"""Loading articles from folders, manifests, tables and single files; clear errors for bad input."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from framing.corpus import iter_articles_from_rows, iter_corpus, load_corpus, read_jsonl_rows
from framing.errors import InputError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_seed_folder_loads_five_articles_with_manifest_metadata() -> None:
    articles = load_corpus(SEEDS)
    assert [article.id for article in articles] == sorted(path.stem for path in SEEDS.glob("*.txt"))
    by_id = {article.id[:3]: article for article in articles}
    assert by_id["004"].outlet == "Daily Mirror"
    assert by_id["001"].story == "uk-iraq-returns-deal-2025"
    assert by_id["000"].meta["outlet_confidence"] == "medium"
    assert all(article.error is None and article.text for article in articles)


@pytest.mark.parametrize(
    ("payload", "expected_text", "expected_encoding"),
    [
        ("Plain text.".encode("utf-8"), "Plain text.", None),
        ("\ufeffWith BOM “curly”.".encode("utf-8"), "With BOM “curly”.", None),
        (
            "Le ministre a déclaré que l'accord était « historique » et très important pour la coopération.".encode("cp1252"),
            "Le ministre a déclaré que l'accord était « historique » et très important pour la coopération.",
            "cp1252",
        ),
    ],
)
def test_single_text_file_encodings(tmp_path: Path, payload: bytes, expected_text: str, expected_encoding: str | None) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(payload)
    (article,) = load_corpus(path)
    assert article.id == "story"
    assert article.text == expected_text
    assert article.meta.get("encoding") == expected_encoding


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_empty_article_is_kept_with_its_error(tmp_path: Path, text: str) -> None:
    (tmp_path / "a.txt").write_text("Real text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    articles = load_corpus(tmp_path)
    assert [article.id for article in articles] == ["a", "b"]
    assert articles[1].error is not None and "b.txt" in articles[1].error and "empty" in articles[1].error


def test_manifest_row_for_missing_file_becomes_error_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Real text.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet,extra\na.txt,BBC,x\ngone.txt,ITV,y\n", encoding="utf-8")
    articles = load_corpus(tmp_path)
    assert [(article.id, article.outlet) for article in articles] == [("a", "BBC"), ("gone", None)]
    assert articles[0].meta == {"extra": "x"}
    assert "gone.txt" in articles[1].error and "row 3" in articles[1].error


def _rows() -> list[dict[str, str]]:
    return [
        {"doc": "x1", "body": "First article text.", "outlet": "BBC", "section": "politics"},
        {"doc": "x2", "body": "Second article text.", "outlet": "ITV", "section": "uk"},
    ]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_tables_with_named_columns(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"corpus{suffix}"
    frame = pd.DataFrame(_rows())
    if suffix == ".csv":
        frame.to_csv(path, index=False)
    elif suffix == ".jsonl":
        path.write_text("".join(json.dumps(row) + "\n" for row in _rows()), encoding="utf-8")
    else:
        frame.to_parquet(path)
    articles = load_corpus(path, text_column="body", id_column="doc")
    assert [(a.id, a.outlet, a.text, dict(a.meta)) for a in articles] == [
        ("x1", "BBC", "First article text.", {"section": "politics"}),
        ("x2", "ITV", "Second article text.", {"section": "uk"}),
    ]
    assert articles[1].source.endswith("#row=2")


def test_table_without_id_column_gets_stable_row_ids(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text("text\nOne.\n\nTwo.\n", encoding="utf-8")
    assert [article.id for article in load_corpus(path)] == ["corpus-1", "corpus-2"]


@pytest.mark.parametrize(
    ("name", "content", "code", "fragment"),
    [
        ("missing.txt", None, "E001", "no such file"),
        ("notes.docx", b"x", "E002", "unsupported input"),
        ("cols.csv", b"body\nx\n", "E004", "'text' not found"),
        ("dupes.csv", b"id,text\na,x\na,y\n", "E009", "duplicate article id 'a'"),
        ("binary.csv", bytes(range(256)) * 4, "E003", "not valid UTF-8"),
    ],
)
def test_bad_input_raises_clear_error_naming_the_file(tmp_path: Path, name: str, content: bytes | None, code: str, fragment: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        load_corpus(path)
    assert caught.value.code == code
    assert name in str(caught.value) and fragment in str(caught.value)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", []),
        (b'{"text": "ok"}\n{not json\n\n{"text": "after"}\n', [("bad-1", None), ("bad-line-2", "line 2: not valid JSON (Expecting property name enclosed in double quotes at column 2)"), ("bad-3", None)]),
        (b'["a list"]\n{"id": "x", "text": "kept"}\n', [("bad-line-1", "line 1: not valid JSON (not an object)"), ("x", None)]),
    ],
)
def test_a_broken_jsonl_line_is_an_error_article_and_the_rest_is_read(tmp_path: Path, content: bytes, expected: list) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    articles = load_corpus(path)
    assert [(a.id, a.error and a.error.split(": ", 1)[1]) for a in articles] == expected
    assert all("[E005]" in a.error and "bad.jsonl" in a.error for a in articles if a.error)


def test_jsonl_rows_are_read_one_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    consumed = []

    def lines() -> Iterator[str]:
        for k in range(1000):
            consumed.append(k)
            yield f'{{"id": "a{k}", "text": "Article {k}."}}\n'

    rows = read_jsonl_rows(path, lines())
    first = next(rows)
    articles = iter_articles_from_rows(path, itertools.chain([first], rows), "text", "id", {}, first)
    assert [next(articles).id, next(articles).id] == ["a0", "a1"]
    assert len(consumed) == 2


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_iter_corpus_gives_the_articles_load_corpus_gives(tmp_path: Path, suffix: str) -> None:
    frame = pd.DataFrame({"id": ["x1", "x2", "x3"], "text": ["First.", "", "Third."], "outlet": ["BBC", None, "ITV"]})
    path = tmp_path / f"corpus{suffix}"
    if suffix == ".csv":
        frame.to_csv(path, index=False)
    elif suffix == ".jsonl":
        frame.to_json(path, orient="records", lines=True)
    else:
        frame.to_parquet(path)
    assert tuple(iter_corpus(path)) == load_corpus(path)
    assert [(a.id, a.outlet, bool(a.error)) for a in iter_corpus(path)] == [("x1", "BBC", False), ("x2", None, True), ("x3", "ITV", False)]


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="E006"):
        load_corpus(tmp_path)


def test_single_seed_file_takes_its_metadata_from_the_manifest_beside_it() -> None:
    (article,) = load_corpus(SEEDS / "004_176c095edb16a418.txt")
    assert (article.id, article.outlet, article.story) == ("004_176c095edb16a418", "Daily Mirror", "uk-iraq-border-pact-2024")


@pytest.mark.parametrize(
    ("files", "given", "expected"),
    [
        (["b.jsonl", "a.jsonl", "c.csv", "notes.md"], "", ["a.jsonl", "b.jsonl", "c.csv"]),  # a folder of table parts
        (["part-1.jsonl", "part-0.jsonl", "other.jsonl"], "part-*.jsonl", ["part-0.jsonl", "part-1.jsonl"]),  # a glob
        (["a.txt", "b.jsonl"], "", None),  # a folder of articles, not of parts
        (["a.jsonl"], "a.jsonl", None),  # one table
        ([], "", None),  # an empty folder: not a corpus of parts (load_folder says why)
    ],
)
def test_partitions_of_a_folder_or_glob(tmp_path: Path, files: list[str], given: str, expected: list[str] | None) -> None:
    from framing.corpus import partitions

    for name in files:
        (tmp_path / name).write_text('{"id": "x", "text": "Some words."}\n', encoding="utf-8")
    found = partitions(tmp_path / given if given else tmp_path)
    assert (None if found is None else [path.name for path in found]) == expected


def test_a_partitioned_corpus_reads_as_its_parts_in_order(tmp_path: Path) -> None:
    from framing.corpus import partitions

    (tmp_path / "p1.jsonl").write_text('{"id": "b", "text": "Second part."}\n', encoding="utf-8")
    (tmp_path / "p0.jsonl").write_text('{"id": "a", "text": "First part."}\n', encoding="utf-8")
    assert [article.id for article in load_corpus(tmp_path)] == ["a", "b"]
    with pytest.raises(InputError, match=r"\[E001\]"):
        partitions(tmp_path / "nothing-*.jsonl")
