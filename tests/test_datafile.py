"""The shared data-file reader and the vocabulary it reads once (lexicons/vocabulary.jsonl)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from framing.datafile import VocabularyError, parse_vocabulary, shipped_vocabulary

ROOT = Path(__file__).resolve().parent.parent
HEADER = {"lexicon": "vocabulary", "version": "1", "licence": "CC0-1.0", "description": "d", "source": "s"}
RULE_MODULES = ("framing/quotes.py", "framing/actors.py", "framing/lexicons.py", "framing/speech.py", "framing/sentiment.py",
                "framing/attribution.py")


def test_every_shipped_word_list_says_why_and_where_from():
    lists = shipped_vocabulary().lists
    assert len(lists) >= 30
    assert all(wl.note and wl.source and wl.values for wl in lists.values())
    assert all(word == word.lower() for wl in lists.values() for word in wl.values)


@pytest.mark.parametrize(("list_id", "word", "value"), [
    ("honorifics", "mrs", "female"), ("honorifics", "dr", None), ("pronouns", "him", "male"), ("spokes", "spokeswoman", "female"),
    ("title_heads", "chair", None), ("title_modifiers", "shadow", None), ("name_particles", "da", None),
    ("name_suffixes", "jr", None), ("calendar_words", "tuesday", None), ("negators", "never", None),
    ("document_nouns", "assessment", None),
])
def test_shipped_vocabulary_entries(list_id, word, value):
    assert shipped_vocabulary().values(list_id)[word] == value


def test_no_party_or_country_in_the_title_vocabulary():
    """Parties and sides live in the actor registry, not in the language vocabulary."""
    titles = shipped_vocabulary().words("title_heads", "title_modifiers", "title_abbreviations")
    assert not titles & {"labour", "conservative", "tory", "republican", "democrat", "democratic", "british", "uk"}


@pytest.mark.parametrize(("lines", "code"), [
    ([], "V007"),
    (["{not json"], "V002"),
    ([{"lexicon": "v"}], "V003"),
    ([HEADER, ["a list"]], "V004"),
    ([HEADER, {"id": "x", "words": ["a"], "note": "n"}], "V004"),
    ([HEADER, {"id": "x", "words": ["a"], "note": "n", "source": "s", "colour": "red"}], "V004"),
    ([HEADER, {"id": "x", "words": "a b", "note": "n", "source": "s"}], "V005"),
    ([HEADER, {"id": "x", "words": {"a": 1}, "note": "n", "source": "s"}], "V005"),
    ([HEADER, {"id": "x", "words": ["a"], "note": "", "source": "s"}], "V005"),
    ([HEADER, {"id": "x", "words": ["a"], "note": "n", "source": "s"}, {"id": "x", "words": ["b"], "note": "n", "source": "s"}], "V006"),
])
def test_bad_vocabulary_files_give_coded_one_line_errors(lines, code):
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    with pytest.raises(VocabularyError) as error:
        parse_vocabulary(text, "my_vocabulary.jsonl")
    assert error.value.code == code and "my_vocabulary.jsonl" in str(error.value) and "\n" not in str(error.value)


def test_a_user_vocabulary_reads_like_the_shipped_one():
    text = "\n".join(json.dumps(r) for r in (HEADER, {"id": "honorifics", "words": {"Herr": "male", "Frau": "female"}, "note": "German", "source": "s"}))
    vocabulary = parse_vocabulary(text, "de.jsonl")
    assert dict(vocabulary.values("honorifics")) == {"herr": "male", "frau": "female"}
    with pytest.raises(KeyError, match="pronouns"):
        vocabulary.words("pronouns")


def _plain_words(elements: list) -> list[str]:
    """The plain-word string constants among a literal's elements."""
    return [e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value.isalpha()]


def word_list_literals(path: Path) -> list[str]:
    """Word lists in code, by the module-level name they are bound to or by line: a module-level set, frozenset, tuple,
    list or dict literal of three or more plain words, and a set literal of three or more anywhere (in a function too)."""
    tree = ast.parse(path.read_text("utf-8"))
    found, named = [], set()
    for node in tree.body:
        if not isinstance(node, ast.Assign) or not isinstance(node.targets[0], ast.Name):
            continue
        value = node.value
        if isinstance(value, ast.Call) and getattr(value.func, "id", "") in ("frozenset", "set") and value.args:
            value = value.args[0]
        named.add(id(value))
        elements = value.keys if isinstance(value, ast.Dict) else getattr(value, "elts", [])
        if len(_plain_words(elements)) >= 3:
            found.append(node.targets[0].id)
    found += [f"line {node.lineno}" for node in ast.walk(tree)
              if isinstance(node, ast.Set) and id(node) not in named and len(_plain_words(node.elts)) >= 3]
    return found


SCHEMA_NAMES = {"LOADED_CATEGORIES", "REQUIRED_FIELDS", "OPTIONAL_FIELDS", "TYPES", "MENTION_KINDS", "PERSON_NAME_KINDS", "EXACT_KINDS",
                "SUMMARY_COLUMNS", "HIT_COLUMNS", "LABELS"}
"""Names of lexicon categories, record fields, actor types, mention kinds and table columns: the schema, not English vocabulary."""


@pytest.mark.parametrize("module", RULE_MODULES)
def test_no_word_list_is_defined_in_the_rule_modules(module):
    assert set(word_list_literals(ROOT / module)) - SCHEMA_NAMES == set()
