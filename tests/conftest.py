"""Shared fixtures: the seed articles, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.document import Document
from framing.segment import make_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_id(name: str) -> str:
    """Seed ids are the three-digit file prefixes: '000' ... '004'."""
    return name.split("_", 1)[0]


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed id ('000'...) to the article text exactly as shipped."""
    return {seed_id(path.name): path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_documents(seed_texts: dict[str, str]) -> dict[str, Document]:
    """Seed id to its cleaned, segmented Document."""
    return {key: make_document(text) for key, text in seed_texts.items()}


@pytest.fixture(scope="session")
def seed_analyses():
    """Every seed article analysed once with the shipped lexicons and registry."""
    from framing.pipeline import analyze

    return tuple(analyze(SEEDS))
