"""The CSV lines the database assembles (rows.csv_line, BatchEncoder.encode_lines) give the
bytes csv.writer gives, for awkward values in every text column, on SQLite and PostgreSQL:
commas, quotes, CR/LF, leading and trailing spaces, empty strings, NULLs, characters CP932
lacks. The reference is built here from the values as stored, with csv.writer."""

from __future__ import annotations

import csv
import io

from sqlalchemy import func, select, update
from sqlalchemy.orm import aliased

from backoffice.accounts.permissions import system_actor
from backoffice.db.models import Application, ExportItem, Staff
from backoffice.export import batch, csvfile
from tests.export import util

AWKWARD = ["a,b", 'say "hi"', "一行目\r\n二行目", "cr\ronly", "lf\nonly", "  前後に空白  ", "", "𠮷野家",
           '"', ",", "x\u2014y", "〜①髙", ' ,"\r\n𠮷 ', "=1+2", "\t"]
SPECIALS = [",", '"', "\r", "\n"]
# text columns that can be set freely (and whether the schema lets them be NULL)
COLUMNS = {"applicant_name": False, "applicant_kana": False, "address": False, "postal_code": False,
           "payment_transaction_id": True, "certificate_serial": True}


def _awkward_rows(bo, n: int) -> None:
    staff_pk = util.add_staff(bo)
    util.insert_decisions(bo, n, staff_pk=staff_pk, stored=lambda i: i % 2 == 0)  # half as since 0008
    other = util.add_staff(bo, code='代理,"1"')  # a decider stored with the item wins, quoted like any value
    with bo.db.write() as s:
        s.execute(update(ExportItem).where(ExportItem.id % 4 == 1).values(decided_by=other))
        for i in range(n):
            values = {}
            for j, (col, nullable) in enumerate(COLUMNS.items()):
                k = (i + 3 * j) % (len(AWKWARD) + 2)
                if k < len(AWKWARD):
                    values[col] = AWKWARD[k]
                elif nullable:
                    values[col] = None
            if i >= n - 24:  # one special character alone in an otherwise clean row
                values = dict.fromkeys(COLUMNS, "普通")
                values[list(COLUMNS)[i % 6]] = "x" + SPECIALS[(i // 6) % 4] + "y"
            if i % 4 == 1:
                values["birth_date"] = None
            if i % 5 == 2:
                values["decided_by"] = None
            if i % 7 == 3:
                values["application_id"] = f"ID,{i}\"q\""
            if i % 11 == 5 and bo.db.dialect == "sqlite":  # PostgreSQL text cannot hold NUL
                values["applicant_kana"] = "ヌル\x00文字"
            s.execute(update(Application).where(Application.id == i + 1).values(**values))


def _expected(bo, batch_id: str) -> tuple[bytes, list[dict]]:
    with bo.db.read() as s:
        stored, decider = aliased(Staff), aliased(Staff)
        rows = s.execute(select(ExportItem, Application, func.coalesce(stored.code, decider.code))
                         .join(Application, Application.id == ExportItem.application_pk)
                         .outerjoin(stored, stored.id == ExportItem.decided_by)
                         .outerjoin(decider, decider.id == Application.decided_by)
                         .order_by(ExportItem.decided_at, ExportItem.id)).all()
    buf, replaced = io.StringIO(), []
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(csvfile.HEADER)
    for seq, (item, app, code) in enumerate(rows, start=1):
        full = (batch_id, seq, app.application_id, app.revision, item.procedure, item.decision,
                util.jst_text(item.decided_at), code, app.applicant_name, app.applicant_kana,
                app.birth_date.strftime("%Y%m%d") if app.birth_date else None, app.postal_code,
                app.address, app.fee_due, app.payment_transaction_id, app.certificate_serial)
        w.writerow(full)
        for col, v in enumerate(full):
            if isinstance(v, str) and csvfile.replace_unencodable(v) != v:
                replaced.append({"seq": seq, "field": csvfile.HEADER[col], "original": v})
    return csvfile.replace_unencodable(buf.getvalue()).encode("cp932"), replaced


def test_awkward_values_give_the_bytes_of_csv_writer(bo, monkeypatch):
    monkeypatch.setattr(batch, "CHUNK", 7)  # many chunks: clean ones, ones to quote, ones with 〓
    _awkward_rows(bo, 84)
    (info,) = batch.export_pending(bo, system_actor())
    (b,) = util.read_all(bo.config.export_out)  # the independent parser agrees as well
    want, replaced = _expected(bo, info.batch_id)
    assert b.raw == want
    assert b.manifest["replaced_characters"] == replaced and replaced
    assert [r["applicant_name"] for r in b.rows][:3] == ["a,b", 'say "hi"', "一行目\r\n二行目"]


def test_a_clean_batch_takes_no_column_fetch(bo, monkeypatch):
    """Without a value to quote, every line comes from csv_line (fields_query never runs)."""
    util.insert_decisions(bo, 30, staff_pk=util.add_staff(bo), name=lambda i: "𠮷田" if i % 9 == 0 else "山田 花子")
    asked = []
    real = batch.fields_query
    monkeypatch.setattr(batch, "fields_query", lambda *a: asked.append(a) or real(*a))
    (info,) = batch.export_pending(bo, system_actor())
    (b,) = util.read_all(bo.config.export_out)
    assert b.raw == _expected(bo, info.batch_id)[0] and asked == []
    assert [r["seq"] for r in b.manifest["replaced_characters"]] == [1, 10, 19, 28]
