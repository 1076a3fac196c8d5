"""Untrusted input stays inert: every HTML output escapes each user-controlled field, and user files
are only ever parsed as data.

Each field (article text, title, outlet, story, id, source, speaker name, lexicon note, report title)
carries a script payload through the real pipeline and the public renderers (`render_report`,
`render_exercises`); the page must show the payload as text and contain no element or attribute it
smuggled in.
"""

from __future__ import annotations

import ast
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from framing.actors import load_registry
from framing.corpus import Article
from framing.exercise import render_exercises
from framing import lexicons as lexicons_module
from framing.lexicons import Lexicon, LexiconEntry, LexiconSet, find_hits, load_lexicons
from framing.pipeline import ArticleAnalysis, Options, analyze_article
from framing.report import render_report
from framing.segment import make_document

PACKAGE = Path(__file__).resolve().parent.parent / "framing"
PAYLOAD = "<script>alert('pwned')</script><img src=x onerror=alert(1)>\"'><b>{{7*7}}"
TEXT = (
    "The scheme was a fiasco, the minister's critics argued on Monday.\n"
    "\u201cIt is a fiasco and everyone knows it,\u201d said Yvette Cooper.\n"
)
FIELDS = ("text", "title", "outlet", "story", "id", "source", "speaker", "note", "report title")


class PageParser(HTMLParser):
    """Collects what a browser would see: elements with their attributes, script bodies, text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.shown: list[str] = []
        self.attribute_values: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self.attribute_values.extend(value for _, value in attrs if value)
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.shown).append(data)


def assert_inert(page: str, payload: str) -> None:
    """The payload is shown as text (or in an attribute value) and added no element of its own."""
    parser = PageParser()
    parser.feed(page)
    shown = "".join(parser.shown)
    assert payload in shown or any(payload in value for value in parser.attribute_values), "the field is not on the page"
    assert not any(tag in {"script", "img"} for tag, _ in parser.elements), "an element came from the payload"
    assert not any(name.startswith("on") for _, attrs in parser.elements for name in attrs), "an event handler came from the payload"
    assert not any("alert" in script for script in parser.scripts)
    assert "49" not in shown.replace(payload, ""), "a template expression was evaluated"


def user_files(tmp_path: Path, speaker: str, note: str) -> Options:
    """Options with a user lexicon (note given) and an actor registry (Yvette Cooper's canonical name given)."""
    lexicon = tmp_path / "mine.jsonl"
    lexicon.write_text(
        json.dumps({"lexicon": "mine", "version": "1", "licence": "CC0", "description": "test", "source": "me"}) + "\n"
        + json.dumps({"id": "mine-fiasco", "pattern": "fiasco", "variants": [], "category": "loaded", "subcategory": "failure",
                      "polarity": -1, "intensity": 2, "note": note, "source": "me"}) + "\n",
        encoding="utf-8",
    )
    actors = tmp_path / "actors.jsonl"
    actors.write_text(
        json.dumps({"lexicon": "actors", "version": "1", "licence": "CC0", "description": "test", "source": "me"}) + "\n"
        + json.dumps({"id": "yvette-cooper", "name": speaker, "type": "person", "side": "government", "gender": "female",
                      "aliases": ["Yvette Cooper"]}) + "\n",
        encoding="utf-8",
    )
    return Options(lexicons=load_lexicons([lexicon], include_default=False), registry=load_registry([actors]))


def payload_analyses(tmp_path: Path, field: str) -> list[ArticleAnalysis]:
    """Two analysed articles of one story (so every exercise has answers), the payload in `field`."""
    options = user_files(tmp_path, PAYLOAD if field == "speaker" else "Yvette Cooper", PAYLOAD if field == "note" else "a loaded word")
    analyses = []
    for number, outlet in enumerate(("Outlet A", "Outlet B")):
        values = {"id": f"a{number}", "title": "A title", "outlet": outlet, "story": "story-1", "source": f"a{number}.txt", "text": TEXT}
        if field in values and number == 0:
            values[field] = TEXT.replace("fiasco,", f"fiasco {PAYLOAD}", 1) if field == "text" else PAYLOAD
        analysis = analyze_article(Article(**values), options)
        assert analysis.status == "ok", analysis.error
        analyses.append(analysis)
    return analyses


@pytest.mark.parametrize("field", [field for field in FIELDS if field != "source"])
def test_report_escapes_every_field(tmp_path: Path, field: str) -> None:
    """Every field the report shows (articles are named by outlet and title, not by their file)."""
    analyses = payload_analyses(tmp_path, field)
    page = render_report(analyses, title=PAYLOAD if field == "report title" else "framing report")
    assert_inert(page, PAYLOAD)


@pytest.mark.parametrize(
    ("field", "answer_key"),
    [(field, answer_key) for field in ("text", "outlet", "story") for answer_key in (False, True)]
    + [("speaker", True), ("note", True)],
)
def test_exercises_escape_every_field(tmp_path: Path, field: str, answer_key: bool) -> None:
    """The worksheet shows outlets, stories and excerpts of the text; the key also speakers and notes."""
    analyses = payload_analyses(tmp_path, field)
    assert_inert(render_exercises(analyses, answer_key=answer_key), PAYLOAD)


def test_error_messages_are_escaped_too(tmp_path: Path) -> None:
    bad = ArticleAnalysis(article=Article(id="x", text="", source="x.txt", error=PAYLOAD), status="error", error=PAYLOAD)
    good = payload_analyses(tmp_path, "none")[0]
    assert_inert(render_report([good, bad]), PAYLOAD)


def test_payload_in_a_quote_keeps_offsets(tmp_path: Path) -> None:
    """Markup inside a quote is quoted text like any other: the span still slices the original."""
    analyses = payload_analyses(tmp_path, "text")
    text = analyses[0].article.text
    assert analyses[0].quotes and all(text[quote.start:quote.end] == quote.text for quote in analyses[0].quotes)


def test_no_pickle_eval_or_exec_in_the_package() -> None:
    """User files are parsed as JSON, CSV, Parquet or text: nothing in the package unpickles or runs them."""
    banned_calls = {"eval", "exec", "compile", "__import__"}
    banned_modules = {"pickle", "cPickle", "dill", "shelve", "marshal", "joblib"}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in banned_calls, f"{path.name}:{node.lineno} calls {node.func.id}"
            if isinstance(node, ast.Import):
                assert not {alias.name.split(".")[0] for alias in node.names} & banned_modules, f"{path.name}:{node.lineno}"
            if isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] not in banned_modules, f"{path.name}:{node.lineno}"
            if isinstance(node, ast.Attribute) and node.attr in {"read_pickle", "load_pickle"}:
                raise AssertionError(f"{path.name}:{node.lineno} uses {node.attr}")



def big_lexicon_set(patterns: list[str]) -> LexiconSet:
    """A user lexicon of the given patterns (built directly: parsing 100,000 lines is the slow part)."""
    entries = tuple(
        LexiconEntry(id=f"e{number}", pattern=pattern, variants=(), category="loaded", subcategory=None,
                     polarity=-1, intensity=1, note="n", source="s")
        for number, pattern in enumerate(patterns)
    )
    return LexiconSet((Lexicon("big", "1", "CC0", "d", "s", entries),))


def occurrences(patterns: list[str], text: str) -> int:
    """How many times the patterns occur word for word inside one sentence (the texts here have no
    hyphens or apostrophes), counted naively: the figure the matcher must reach."""
    wanted = {tuple(pattern.split()) for pattern in patterns}
    lengths = {len(keys) for keys in wanted}
    count = 0
    for sentence in text.split("."):
        words = sentence.split()
        count += sum(
            1 for at in range(len(words)) for length in lengths if tuple(words[at:at + length]) in wanted and at + length <= len(words)
        )
    return count


@pytest.mark.parametrize(
    ("name", "patterns", "text"),
    [
        ("empty text", ["the w1"], ""),
        ("100,000 phrases sharing a first word", [f"the w{n}" for n in range(100_000)], "The cat saw the w99999 and the w7. " * 300),
        ("one 2,000-word pattern", [" ".join(["the"] * 2_000)], " ".join(["the"] * 4_000)),
        ("nested prefixes", ["the", "the the", "the the the", "cat the"], "the the cat the the the. " * 200),
    ],
)
def test_lexicon_matching_is_one_pass_over_the_words(
    monkeypatch: pytest.MonkeyPatch, name: str, patterns: list[str], text: str
) -> None:
    """Matching reads each word once and checks only phrases that really occur, however many entries
    share a first word or however long a pattern is (before, 100,000 entries sharing "the" took
    minutes on a short article: every entry was tried at every "the")."""
    steps, checked = [], []
    step, allows = lexicons_module._PhraseAutomaton.step, lexicons_module._context_allows
    monkeypatch.setattr(lexicons_module._PhraseAutomaton, "step", lambda self, *args: steps.append(1) or step(self, *args))
    monkeypatch.setattr(lexicons_module, "_context_allows", lambda *args: checked.append(1) or allows(*args))
    document = make_document(text)
    hits = find_hits(document, big_lexicon_set(patterns))
    assert len(steps) == len(lexicons_module.document_units(document))
    assert len(checked) == occurrences(patterns, text.lower())
    assert all(text[hit.start:hit.end].lower() == hit.term.lower() for hit in hits)
