"""Rules for the text of a bundle that the schema check enforces (issue 21): how long each
text field may be, which characters applicant text may not hold, and which values a
spreadsheet would execute.

Lengths come from the database columns the values are stored in, so the schema check and
the tables cannot drift apart and a bundle is refused the same way on SQLite (which would
store any length) and PostgreSQL (which would fail the insert). Values stored only inside
the application.json bytes have explicit limits below.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from backoffice.db.models import Application, Document

# Counted in characters (code points), as VARCHAR(n) counts them on PostgreSQL.


def column_length(column: Any) -> int:
    """VARCHAR(n) of a column: n."""
    length = column.type.length
    assert isinstance(length, int), f"{column} has no length"
    return length


# application.json field -> most characters it may have (see the module docstring).
APPLICATION_LIMITS: dict[str, int] = {
    "application_id": column_length(Application.__table__.c.application_id),
    "procedure": column_length(Application.__table__.c.procedure),
    "applicant.name": column_length(Application.__table__.c.applicant_name),
    "applicant.name_kana": column_length(Application.__table__.c.applicant_kana),
    "applicant.postal_code": column_length(Application.__table__.c.postal_code),
    "applicant.address": column_length(Application.__table__.c.address),
    "payment.transaction_id": column_length(Application.__table__.c.payment_transaction_id),
    "attachments[].id": column_length(Document.__table__.c.attachment_id),
    "attachments[].file": column_length(Document.__table__.c.original_file),
    "attachments[].kind": column_length(Document.__table__.c.kind),
    # Kept only in the stored application.json: generous, but bounded.
    "applicant.phone": 40,
    "applicant.email": 254,  # RFC 5321 path limit
    "appointment.location": 200,
    "form.*": 4000,  # a free-text answer of a form
}
GATEWAY_LIMITS: dict[str, int] = {
    "files[].attachment_id": column_length(Document.__table__.c.attachment_id),
    "files[].path": column_length(Document.__table__.c.path),
    "files[].media_type": column_length(Document.__table__.c.media_type),
}
# search_key = normalized name + "|" + normalized kana; NFKC can make text longer
# (㍿ -> 株式会社), so the normalized form is checked too.
SEARCH_KEY_LIMIT = column_length(Application.__table__.c.search_key)

# The integer columns (revision, payment_amount, fee_due): PostgreSQL's integer is 32-bit,
# SQLite's 64-bit; the stricter bound keeps the refusal the same on both engines.
INTEGER_MAX = 2**31 - 1

# C1 controls (U+0080-U+009F, category Cc); C0 controls are refused for every string.
_REFUSED_CATEGORIES = {"Cf": "an invisible format character", "Zl": "a line separator",
                       "Zp": "a paragraph separator"}


def too_long(text: str, limit: int) -> str | None:
    if len(text) <= limit:
        return None
    return f"is {len(text):,} characters long; at most {limit:,} fit"


def refused_character(text: str) -> str | None:
    """The first character applicant text may not hold, as 'U+202E (RIGHT-TO-LEFT
    OVERRIDE), an invisible format character', else None.

    Refused: format characters (Unicode Cf: bidirectional overrides and isolates, zero-width
    space/joiners, U+FEFF, soft hyphen, tags), line and paragraph separators (Zl, Zp) and
    C1 controls (U+0080-U+009F, e.g. U+0085 NEXT LINE). They display as nothing or reorder
    what staff read, and slip past the duplicate check. Kept: variation selectors
    (U+FE00-FE0F, U+E0100-E01EF, category Mn), which 異体字 need, and private-use 外字."""
    for ch in text:
        category = unicodedata.category(ch)
        what = _REFUSED_CATEGORIES.get(category)
        if what is None and "\x80" <= ch <= "\x9f":
            what = "a C1 control character"
        if what is not None:
            name = unicodedata.name(ch, "")
            label = f"U+{ord(ch):04X} ({name})" if name else f"U+{ord(ch):04X}"
            return f"{label}, {what}, is not allowed in applicant text"
    return None


FORMULA_PREFIXES = ("=", "+", "-", "@")
# Full-width forms of the same characters: NFKC turns them into the ASCII ones, and some
# spreadsheet programs do too when a file is opened.
_FULLWIDTH_FORMULA = ("＝", "＋", "－", "＠")


def starts_like_formula(text: str) -> bool:
    """Does the value begin the way a spreadsheet formula begins (=, +, -, @, also after
    leading spaces, tabs or in full width)? Such a value in a CSV cell can run a command
    when a person opens the file."""
    stripped = text.lstrip(" \t\u3000")
    return stripped.startswith(FORMULA_PREFIXES + _FULLWIDTH_FORMULA)
