"""Write the tidy tables as Parquet and query them with DuckDB (SQL over files, no database to load).

Run: python examples/query_parquet.py [CORPUS] [OUT_DIR]   (default: the seeds, a temporary folder)
The same tables come from the command line: framing analyze CORPUS --format parquet -o OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import duckdb

import framing

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

LOADED_PER_OUTLET = """
SELECT a.outlet,
       sum(a.words)::BIGINT AS words,
       round(1000.0 * sum(f.loaded_author) / sum(a.words), 1) AS loaded_per_1000_author
FROM read_parquet('{out}/articles/*.parquet') AS a
LEFT JOIN (SELECT article_id, count(*) FILTER (WHERE loaded AND voice = 'author' AND NOT negated) AS loaded_author
           FROM read_parquet('{out}/framing/*.parquet') GROUP BY article_id) AS f USING (article_id)
GROUP BY a.outlet ORDER BY loaded_per_1000_author DESC
"""

SIDES_QUOTED = """
SELECT outlet, name AS side, sum(words)::BIGINT AS quoted_words
FROM read_parquet('{out}/speakers/*.parquet') WHERE level = 'side'
GROUP BY outlet, name ORDER BY outlet, quoted_words DESC
"""


def main(corpus: Path, out: Path) -> None:
    framing.write_parquet_tables(framing.analyze(corpus), out)
    print("loaded words per 1,000 words in the journalist's voice, by outlet:")
    print(duckdb.sql(LOADED_PER_OUTLET.format(out=out)).df().to_string(index=False))
    print("\nquoted words by side:")
    print(duckdb.sql(SIDES_QUOTED.format(out=out)).df().to_string(index=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SEEDS, Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp()))
