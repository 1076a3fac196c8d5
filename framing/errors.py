"""Stable, testable error messages: each has a code, and the text names the file and the problem.

Errors (E...) stop an article or, raised as `InputError`, the whole input; warnings (W...) say what
was done to an article's text and are kept on the article. Every message is one line, never cut.
"""

from __future__ import annotations


def one_line(text: str) -> str:
    """`text` on one line: line breaks, tabs and other unprintable characters (in a file name, a
    detail from a parser) shown escaped, e.g. "\\n", so a message never spans or hides lines."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def message(code: str, **fields: object) -> str:
    """The one-line message "[code] ..." of an error or warning code of this module, filled in."""
    return one_line(f"[{code}] " + globals()[code].format(**fields))


class FramingError(ValueError):
    """Bad input the user can fix; the CLI prints its message on one line and exits with 2."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(one_line(f"[{code}] {message}"))
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
E013 = "{path}: is a folder, not a text file"
E014 = "{path}: broken symbolic link (points to {target}, which does not exist)"
E015 = "{path}: cannot be read ({detail})"
E016 = "{path}: looks like a web page (HTML), not plain text; install the extractor with: pip install 'framing[html]', or save the article as plain text"
E017 = "{path}: looks like a web page (HTML), and no article text could be extracted from it"
E018 = "{path}: duplicate article id {id!r} (also the id of {other}); rename one of the files"
E019 = "{path}: line {line}: not an analysed article as `framing analyze -f jsonl` writes it ({detail}); analyse the articles again with this version"

W001 = "{path}: HTML page: the article text was extracted with {extractor}; markup, menus and scripts were dropped and offsets index the extracted text"
W002 = "{path}: truncated to the first {kept} of {total} words (--max-words)"
E030 = "{value!r}: no such file or folder; for a path use Path({value!r}), for one article's text use framing.analyze_text({value!r})"
E031 = "item {position} of the list is a {kind}, not a text (str) or an Article"
W003 = "{path}: HTML character references (&ldquo; &amp; ...) were decoded; offsets index the decoded text"
