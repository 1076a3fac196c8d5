"""The pipeline: stage order, error capture, determinism, no network."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from framing.corpus import Article
from framing.output import to_json
from framing.pipeline import STAGES, ArticleAnalysis, Options, Stage, analyze_article, check_stages
from framing.results import analyze, analyze_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_every_stage_needs_only_what_an_earlier_stage_adds() -> None:
    check_stages(STAGES)
    with pytest.raises(RuntimeError, match="requires"):
        check_stages((Stage("late", ("quotes",), (), lambda state, options: {}),))


@pytest.mark.parametrize("text", ["", "One short sentence.", "“Unclosed quote\nAnd more."])
def test_analyze_text(text: str) -> None:
    result = analyze_text(text)
    assert isinstance(result, ArticleAnalysis)
    assert result.status == "ok"
    assert result.readability["words"] == result.document.n_words


def test_a_failing_stage_becomes_an_error_status_naming_article_and_stage() -> None:
    def explode(state, options):
        raise ZeroDivisionError("boom")

    stages = (*STAGES, Stage("explode", ("document",), (), explode))
    article = Article(id="a", text="Some text.", source="in-memory.txt")
    result = analyze_article(article, Options(), stages)
    assert result.status == "error"
    assert "in-memory.txt" in result.error and "'explode'" in result.error


def test_article_with_load_error_is_reported_not_dropped() -> None:
    article = Article(id="b", text="", source="b.txt", error="b.txt: article text is empty")
    (result,) = analyze([article])
    assert (result.status, result.error) == ("error", "b.txt: article text is empty")


def test_seeds_analyse_deterministically() -> None:
    first = to_json(analyze(SEEDS))
    second = to_json(analyze(SEEDS))
    assert first == second
    assert first.count('"status": "ok"') == 5


def test_no_socket_is_opened_during_an_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("a socket was opened during analysis")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    results = analyze(SEEDS)
    assert [result.status for result in results] == ["ok"] * 5


def test_output_is_byte_identical_across_processes_with_different_hash_seeds() -> None:
    outputs = set()
    for seed in ("1", "2"):
        completed = subprocess.run(
            [sys.executable, "-m", "framing", "analyze", str(SEEDS), "--format", "json"],
            capture_output=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(completed.stdout)
    assert len(outputs) == 1


@pytest.mark.parametrize("name", ["compare", "readability", "analyze", "find_hits"])
def test_public_names_stay_functions_after_their_modules_are_imported(name: str) -> None:
    """The package exports load lazily; a submodule of the same name (framing.compare) never hides the function."""
    import importlib

    import framing

    importlib.import_module(framing._EXPORTS[name])
    assert callable(getattr(framing, name)) and not isinstance(getattr(framing, name), type(framing))
