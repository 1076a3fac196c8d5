"""Stable, testable error messages: each has a code, and the text names the file and the problem."""

from __future__ import annotations


class FramingError(ValueError):
    """Bad input the user can fix; the CLI prints its message on one line and exits with 2."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code


class InputError(FramingError):
    """A corpus path, file or row that cannot be read as articles."""


E001 = "{path}: no such file or folder"
E002 = "{path}: unsupported input; give a folder of .txt files, a .txt, .csv, .jsonl or .parquet file"
E003 = "{path}: not valid UTF-8 and no other text encoding could be detected ({detail})"
E004 = "{path}: column {column!r} not found; columns are {columns}"
E005 = "{path}: line {line}: not valid JSON ({detail})"
E006 = "{path}: the folder holds no .txt files"
E007 = "{path}: manifest row {row} names {file!r}, which is not in the folder"
E008 = "{path}: could not be parsed as {kind} ({detail})"
E009 = "{path}: duplicate article id {id!r} (rows {first} and {second}); ids must be unique"
E010 = "{path}: row {row}: the text column {column!r} is empty or missing"
E011 = "{path}: reading Parquet needs pyarrow; install it with: pip install 'framing[parquet]'"
E012 = "{path}: article text is empty"
E030 = "{value!r}: no such file or folder; for a path use Path({value!r}), for one article's text use framing.analyze_text({value!r})"
E031 = "item {position} of the list is a {kind}, not a text (str) or an Article"
