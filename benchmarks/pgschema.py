"""A throwaway PostgreSQL schema for a benchmark run, so a benchmark never writes into the
tables of the database it is pointed at."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@contextmanager
def throwaway_schema(url: str, keep: str | None = None) -> Iterator[str]:
    """Yield `url` pointing at a new schema (search_path); drop the schema afterwards.
    With `keep`, the schema of that name is used (made if missing) and kept, so a
    benchmark can fill it once and measure it again later. Any other URL is yielded
    unchanged."""
    if not url.startswith("postgresql"):
        yield url
        return
    import psycopg

    schema = keep or f"bench_{uuid.uuid4().hex[:10]}"
    if not schema.replace("_", "").isalnum():
        raise ValueError(f"schema name {schema!r}: letters, digits and _ only")
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options=-csearch_path%3D{schema}"
    finally:
        if keep is None:
            with psycopg.connect(_plain(url), autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
