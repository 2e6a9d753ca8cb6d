"""Reading the payment provider's settlement CSV (layout: docs/payments.md).

All or nothing: any bad line refuses the whole file with its line number, before the
database is touched. UTF-8 (with or without BOM) and CP932 (Shift_JIS as Windows writes
it) are detected from the bytes."""

from __future__ import annotations

import csv
import io
import logging
import re
from dataclasses import dataclass
from datetime import datetime

from backoffice.platform.errors import BackofficeError
from backoffice.platform.timeutil import parse_rfc3339

log = logging.getLogger(__name__)

COLUMNS = ("transaction_id", "application_id", "amount", "paid_at", "method", "status")
STATUSES = ("paid", "refunded")
_APP_ID = re.compile(r"[A-Za-z0-9-]{0,40}")
_BOM = b"\xef\xbb\xbf"


class SettlementFileError(BackofficeError):
    """The file is refused; nothing was imported. `line` is 1-based (0: the whole file)."""

    def __init__(self, line: int, detail: str) -> None:
        super().__init__(f"line {line}: {detail}" if line else detail, code="settlement_file", line=line)
        self.line = line
        self.detail = detail


@dataclass(frozen=True)
class SettlementRow:
    line: int
    transaction_id: str
    application_id: str
    amount: int
    paid_at: datetime
    method: str
    status: str


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). UTF-8 first (a CP932 file is almost never valid UTF-8)."""
    if data.startswith(_BOM):
        try:
            return data[len(_BOM):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise SettlementFileError(data[:exc.start + 3].count(b"\n") + 1, "not valid UTF-8 after the BOM") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp932"), "cp932"
    except UnicodeDecodeError as exc:
        raise SettlementFileError(data[:exc.start].count(b"\n") + 1,
                                  "the file is neither UTF-8 nor CP932 (Shift_JIS) text") from None


def _row(line: int, rec: dict[str, str]) -> SettlementRow:
    def fail(detail: str) -> SettlementFileError:
        return SettlementFileError(line, detail)

    tx = rec["transaction_id"].strip()
    if not tx or len(tx) > 100:
        raise fail("transaction_id must be 1-100 characters")
    app_id = rec["application_id"].strip()
    if not _APP_ID.fullmatch(app_id):
        raise fail(f"application_id {app_id!r} is not an application id")
    amount_text = rec["amount"].strip()
    if not amount_text.isascii() or not amount_text.isdigit():
        raise fail(f"amount {amount_text!r} must be whole yen (digits only)")
    try:
        paid_at = parse_rfc3339(rec["paid_at"].strip())
    except ValueError:
        raise fail(f"paid_at {rec['paid_at']!r} must be RFC 3339 with an offset") from None
    method = rec["method"].strip()
    if not method or len(method) > 32:
        raise fail("method must be 1-32 characters")
    status = rec["status"].strip()
    if status not in STATUSES:
        raise fail(f"status {status!r} must be one of {', '.join(STATUSES)}")
    return SettlementRow(line, tx, app_id, int(amount_text), paid_at, method, status)


def parse(data: bytes) -> tuple[list[SettlementRow], str]:
    """(rows, encoding) or SettlementFileError."""
    text, encoding = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise SettlementFileError(1, f"broken CSV: {exc}") from None
    if header is None:
        raise SettlementFileError(0, "the file is empty")
    names = [h.strip().lower() for h in header]
    if sorted(names) != sorted(COLUMNS):
        raise SettlementFileError(1, f"the header must name the columns {', '.join(COLUMNS)}; found {', '.join(names)}")
    rows: list[SettlementRow] = []
    seen: dict[str, int] = {}
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise SettlementFileError(reader.line_num, f"broken CSV: {exc}") from None
        line = reader.line_num
        if not fields or all(not f.strip() for f in fields):
            continue
        if len(fields) != len(names):
            raise SettlementFileError(line, f"expected {len(names)} fields, found {len(fields)}")
        row = _row(line, dict(zip(names, fields, strict=True)))
        if row.transaction_id in seen:
            raise SettlementFileError(line, f"transaction {row.transaction_id} already on line {seen[row.transaction_id]}")
        seen[row.transaction_id] = line
        rows.append(row)
    return rows, encoding
