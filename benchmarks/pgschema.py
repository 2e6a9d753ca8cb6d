"""A throwaway PostgreSQL schema for a benchmark run, so a benchmark never writes into the
tables of the database it is pointed at."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@contextmanager
def throwaway_schema(url: str) -> Iterator[str]:
    """Yield `url` pointing at a new schema (search_path); drop the schema afterwards.
    Any other URL is yielded unchanged."""
    if not url.startswith("postgresql"):
        yield url
        return
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(_plain(url), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
