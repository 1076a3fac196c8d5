"""Build lexicons/first_names_census.txt from the US Census Bureau's 1990 first-name files.

Usage: python scripts/census_first_names.py NAMES_DIR [--out lexicons/first_names_census.txt]

NAMES_DIR holds `dist.male.first` and `dist.female.first` (public domain; the `names` package 0.3.0 on PyPI ships
them: `pip download names==0.3.0 --no-deps`, unpack, and pass its `names/` folder). A name is kept with the gender of
its file when it is on one list only (a name on both, 'Tracy', 'Jean', 'Kim', is kept with no gender: `u`), is not in the curated `first_names.txt` (which wins), is not a word of the
vocabulary (`vocabulary.jsonl`) and is not an everyday English word (textstat's Dale-Chall easy words: 'Hope', 'Liberty',
'Summer', 'Major' are words first): a name that is also a common word would make people of ordinary capitalised words.
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "lexicons"
OUT = LEXICONS / "first_names_census.txt"
HEADER = (
    "# First names of the US Census Bureau's 1990 name files (dist.male.first, dist.female.first: names of 90% of the\n"
    "# population, public domain), as shipped in the `names` package 0.3.0 on PyPI, with the gender a pronoun would use (f/m;\n"
    "# u for a name on both lists). Left out: names already in first_names.txt (which wins), words of vocabulary.jsonl, and\n"
    "# everyday English words (textstat's Dale-Chall easy words). One name a line: name<space>f|m|u.\n"
    "# Regenerate with scripts/census_first_names.py.\n"
)


def census_names(path: Path) -> list[str]:
    """Names of one census file, capitalised, in the file's order (most frequent first)."""
    return [line.split()[0].capitalize() for line in path.read_text(encoding="ascii").splitlines() if line.strip()]


def excluded_words() -> set[str]:
    """Lower-case words that must not become first names: the curated list, the vocabulary, everyday English words."""
    curated = {line.split()[0].lower() for line in (LEXICONS / "first_names.txt").read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")}
    vocabulary = set()
    for line in (LEXICONS / "vocabulary.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        vocabulary |= {word.lower() for word in record.get("words", ())}
    easy = importlib.resources.files("textstat").joinpath("resources/en/easy_words.txt").read_text(encoding="utf-8")
    return curated | vocabulary | {word.strip().lower() for word in easy.splitlines()}


def build(names_dir: Path) -> list[tuple[str, str]]:
    """(name, 'f'|'m'|'u') rows, sorted by name: 'u' for a name on both lists, whose gender the name does not tell."""
    male, female = census_names(names_dir / "dist.male.first"), census_names(names_dir / "dist.female.first")
    both, excluded = set(male) & set(female), excluded_words()
    rows = {(name, "u" if name in both else code) for names, code in ((male, "m"), (female, "f")) for name in names
            if name.lower() not in excluded}
    return sorted(rows)


def main() -> None:
    """Write the census first-name list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names_dir", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build(args.names_dir)
    args.out.write_text(HEADER + "".join(f"{name} {code}\n" for name, code in rows), encoding="utf-8")
    print(f"{len(rows)} names -> {args.out}")


if __name__ == "__main__":
    main()
