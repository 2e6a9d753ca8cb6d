"""The small pieces every module of the per-person SECURITY DEFINER functions (issue 19) builds its
SQL from: the check of the schema name, a SQL string literal, the fixed search_path clause, Japan's
time of a timestamptz and the row of the member of staff who is calling.

casework/server_writes.py, administration/server_accounts.py, administration/server_admin.py,
issuance/server_issuing.py, supervision/server_payments.py, supervision/server_counter.py and
export/server_export.py use them; migrations 0015-0023 install what those modules generate, so the
text made here must not change (a change would change the installed functions too).
"""
from __future__ import annotations

import re

from backoffice.accounts.rls import PERSON_PREFIX

_SCHEMA_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

# Every SECURITY DEFINER function fixes its search_path, so no object the caller creates is found first.
PATH = "SET search_path = pg_catalog, pg_temp"

# Japan's date and time of a timestamptz {t} (timeutil.today_jst: JST has no summer time).
JST = "(({t}) AT TIME ZONE 'UTC' + interval '9 hours')"


def check_schema(schema: str) -> str:
    """`schema`, if it is a plain PostgreSQL name (it is written into the SQL as it is); else ValueError."""
    if not _SCHEMA_RE.match(schema):
        raise ValueError(f"schema {schema!r}: lower-case letters, digits and '_' only")
    return schema


def lit(value: str) -> str:
    """`value` as a SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


# The condition on `st` (a row of staff) that it is the enabled member of staff connected as their own role.
CALLER = f"{lit(PERSON_PREFIX)} || lower(st.code) = session_user::text AND NOT st.disabled"


def from_caller(s: str) -> str:
    """`FROM` the staff of schema `s` the caller's own enabled row, as `st`."""
    return f"FROM {s}.staff st WHERE {CALLER}"
