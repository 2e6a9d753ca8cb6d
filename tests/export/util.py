"""Helpers for export tests: fast inserts of decided applications and an independent
reader of export-v1 files (its own CP932 decoding, CRLF splitting and RFC 4180 parsing;
it does not use the csv module)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import column, insert, inspect, table

from backoffice.db.models import Application, ExportItem, Staff

HEADER = ("batch_id,seq,application_id,revision,procedure,decision,decided_at,decided_by,"
          "applicant_name,applicant_kana,birth_date,postal_code,address,fee,"
          "payment_transaction_id,certificate_serial")
JST = timezone(timedelta(hours=9))
T0 = datetime(2026, 11, 28, 0, 0, 0, tzinfo=UTC)
PROCS = ("juminhyo-copy", "tax-certificate", "inkan-certificate")


def add_staff(bo, code: str = "sup9") -> int:
    with bo.db.write() as s:
        return s.execute(insert(Staff).values(code=code, name="決裁 太郎", password_hash="x",
                                              created_at=T0).returning(Staff.id)).scalar_one()


def insert_decisions(bo, n: int, start: int = 0, staff_pk: int | None = None, chunk: int = 5000,
                     name=lambda i: f"山田 太郎{i}", address=lambda i: f"大阪市北区中之島1-3-{i}",
                     stored=lambda i: False) -> None:
    """n decided applications + their ExportItems, decided one second apart from T0+start.
    `staff_pk` decided them (applications.decided_by); items for which `stored(i)` also
    carry it in export_items.decided_by, as decisions queue them since migration 0008 (the
    others are like items from before it: the export looks the decider up)."""
    decisions = ("approved", "rejected", "withdrawn")
    for lo in range(start, start + n, chunk):
        hi = min(lo + chunk, start + n)
        apps, items = [], []
        for i in range(lo, hi):
            at = T0 + timedelta(seconds=i)
            apps.append(dict(
                id=i + 1, application_id=f"OSK-2026-{i:07d}", revision=1 + i % 2, procedure=PROCS[i % 3],
                department="市民課", status=decisions[i % 3], attention=[], applicant_name=name(i),
                applicant_kana="ヤマダ タロウ", search_key="k", birth_date=date(1980, 1, 1) + timedelta(days=i % 9000),
                postal_code="530-0005", address=address(i), delivery_method="mail",
                fee_due=(i % 3) * 300, payment_amount=None,
                payment_transaction_id=None if i % 4 == 0 else f"PAY-{i}", submitted_at=at, received_at=at,
                updated_at=at, decided_at=at, decided_by=staff_pk,
                certificate_serial=None if i % 5 else f"CERT-{i}"))
            item = dict(application_pk=i + 1, procedure=PROCS[i % 3], decision=decisions[i % 3], decided_at=at)
            if stored(i):
                item["decided_by"] = staff_pk
            items.append(item)
        with bo.db.write() as s:
            s.execute(insert(_applications_as_they_are(s)), [_with_defaults(a) for a in apps])
            s.execute(insert(ExportItem), items)


def _applications_as_they_are(s):
    """The applications table with only the columns the database has (the migration tests
    insert at 0006 and 0007, before columns later migrations add), typed as the model types
    them."""
    present = {c["name"] for c in inspect(s.connection()).get_columns("applications")}
    return table("applications", *(column(c.name, c.type) for c in Application.__table__.c if c.name in present))


def _with_defaults(row: dict) -> dict:
    """The row with the model's scalar defaults for the columns it does not give."""
    out = dict(row)
    for c in Application.__table__.c:
        if c.name not in out and c.default is not None and c.default.is_scalar:
            out[c.name] = c.default.arg
    return out


def parse_rfc4180(text: str) -> list[list[str]]:
    """Records separated by CRLF; fields by commas; a field is quoted only when it must be
    ("" inside quotes is a quote; CR/LF inside quotes is data)."""
    records, field, row, i, n = [], [], [], 0, len(text)
    quoted_fields = []
    while i < n:
        c = text[i]
        if c == '"' and not field:
            i += 1
            buf = []
            while True:
                if text[i] == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        buf.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                buf.append(text[i])
                i += 1
            value = "".join(buf)
            assert any(ch in value for ch in ',"\r\n'), f"needless quoting of {value!r}"
            quoted_fields.append(value)
            field = [value]
            assert i == n or text[i] in ",\r", "garbage after a closing quote"
            continue
        if c == ",":
            row.append("".join(field))
            field = []
            i += 1
        elif c == "\r":
            assert text[i + 1] == "\n", "bare CR outside quotes"
            row.append("".join(field))
            records.append(row)
            row, field = [], []
            i += 2
        else:
            assert c not in '"\n', f"unquoted {c!r} at {i}"
            field.append(c)
            i += 1
    assert not row and not field, "file must end with CRLF"
    return records


@dataclass
class Batch:
    batch_id: str
    manifest: dict
    rows: list[dict]
    raw: bytes


def read_batch(csv_path: Path) -> Batch:
    raw = csv_path.read_bytes()
    manifest_path = csv_path.with_name(csv_path.name[:-4] + ".manifest.json")
    manifest = json.loads(manifest_path.read_bytes())
    assert manifest["sha256"] == hashlib.sha256(raw).hexdigest()
    assert manifest["schema"] == "export/1" and manifest["encoding"] == "cp932"
    records = parse_rfc4180(raw.decode("cp932"))
    assert ",".join(records[0]) == HEADER
    cols = HEADER.split(",")
    rows = [dict(zip(cols, r, strict=True)) for r in records[1:]]
    assert manifest["rows"] == len(rows)
    assert [r["seq"] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
    assert all(r["batch_id"] == manifest["batch_id"] for r in rows)
    assert manifest["batch_id"] == csv_path.name[:-4]
    return Batch(manifest["batch_id"], manifest, rows, raw)


def read_all(out: Path) -> list[Batch]:
    """Every batch in `out`; asserts no CSV without manifest (and vice versa), no temp files."""
    csvs = sorted(out.glob("*.csv"))
    manifests = sorted(out.glob("*.manifest.json"))
    assert {p.name[:-4] for p in csvs} == {p.name[: -len(".manifest.json")] for p in manifests}
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")], "temporary files left"
    return [read_batch(p) for p in csvs]


def jst_text(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(JST).strftime("%Y-%m-%d %H:%M:%S")
