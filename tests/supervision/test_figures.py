"""The figures for 業務改革 (issue 18) against a hand-computed month, on both engines, before
and after retention; the stats command's JSON, CSV and xlsx.

The month (2026-11, Japan time; 11/3 and 11/23 are holidays) holds, for juminhyo-copy
(standard period 3 business days):

  J1 online, 11/2 -> approved 11/5 (2 days: 11/3 is a holiday), paid online, mailed: online-complete; 4 touches
  J2 online, 11/6 -> returned (template 添付書類の不足), 2 days paused, approved 11/13 (5 - 2 = 3 days),
     handed over at the counter; 6 touches
  J3 counter, 2 paper pages, paid at the counter, 11/16 -> approved 11/20 (4 days, over the standard),
     delivered and closed; 6 touches
  J4 online, 11/24 -> rejected 11/27 (3 days); 2 touches
  J5 online, 11/30 23:30 -> withdrawn; 1 touch
  (J6 online, 12/1 00:30: December, not counted)

so received online 4 / counter 1; completed J1-J3, online-complete J1: 1/3; days [2, 3, 3, 4]:
median 3, p90 4, within standard 3/4; returned 1/5; ended 5: rejected 1/5, withdrawn 1/5;
paper 1/5; touches 19/5 = 3.8. inkan-certificate has I1 (online 11/10, in review, 1 touch).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from backoffice.accounts.permissions import Actor, system_actor
from backoffice.db.models import Application, ApplicationEvent, Delivery, Staff
from backoffice.db.models_figures import CounterEntry, FigureAggregate
from backoffice.db.models_supervision import CounterPayment
from backoffice.platform.config import RetentionRule
from backoffice.platform.errors import PermissionDenied, UsageError
from backoffice.platform.timeutil import utcnow
from backoffice.retention.rules import run_retention
from backoffice.supervision import figures
from tests.supervision.helpers import jst

SUPERVISOR = Actor(code="sv", name="sv", roles=frozenset({"supervisor"}))

EXPECTED_J = {
    "procedure": "juminhyo-copy", "received": {"online": 4, "counter": 1},
    "online_completion_rate": pytest.approx(1 / 3), "processing_days_median": 3.0,
    "processing_days_p90": 4.0, "within_standard_rate": 0.75, "returned_rate": 0.2,
    "rejected_rate": 0.2, "withdrawn_rate": 0.2, "paper_attachment_rate": 0.2,
    "touches_per_application": 3.8,
}
EXPECTED_I = {
    "procedure": "inkan-certificate", "received": {"online": 1, "counter": 0},
    "online_completion_rate": None, "processing_days_median": None, "processing_days_p90": None,
    "within_standard_rate": None, "returned_rate": 0.0, "rejected_rate": None, "withdrawn_rate": None,
    "paper_attachment_rate": 0.0, "touches_per_application": 1.0,
}
RETURN_TEXT = "必要な添付書類が確認できません。住民税の課税証明書を添付して再提出してください。"


def _app(s, app_id: str, procedure: str, received: datetime, status: str, *, decided: date | None = None,
         paused: int = 0, delivery: str = "mail", fee: int = 300, tx: str | None = None) -> Application:
    app = Application(
        application_id=app_id, revision=1, procedure=procedure, department="市民課", status=status,
        attention=[], applicant_name="山田 太郎", applicant_kana="ヤマダ タロウ", search_key="やまだたろう",
        delivery_method=delivery, submitted_at=received, received_at=received, updated_at=utcnow(),
        paused_days=paused, fee_due=fee, payment_transaction_id=tx,
        decided_at=jst(decided, 15) if decided else None)
    s.add(app)
    s.flush()
    return app


def _events(s, app: Application, staff: int, steps: list[tuple[str, bool, str | None]]) -> None:
    for action, by_staff, reason in steps:
        s.add(ApplicationEvent(application_pk=app.id, revision=1, at=utcnow(), actor_id=staff if by_staff else None,
                               action=action, from_status=None, to_status="x", reason=reason))


def build_month(bo) -> None:
    with bo.db.write() as s:
        staff = Staff(code="r1", name="審査 一郎", password_hash="x", created_at=utcnow())
        s.add(staff)
        s.flush()
        st = staff.id
        j1 = _app(s, "J1", "juminhyo-copy", jst(date(2026, 11, 2)), "delivered", decided=date(2026, 11, 5),
                  tx="tx-1")
        _events(s, j1, st, [("receive", False, None), ("checks_passed", False, None), ("start_review", True, None),
                            ("approve", True, None), ("issue", True, None), ("deliver", True, None)])
        s.add(Delivery(application_pk=j1.id, method="mail", at=utcnow(), staff_id=st))
        j2 = _app(s, "J2", "juminhyo-copy", jst(date(2026, 11, 6)), "delivered", decided=date(2026, 11, 13),
                  paused=2, tx="tx-2", delivery="counter")
        _events(s, j2, st, [("receive", False, None), ("checks_passed", False, None), ("start_review", True, None),
                            ("return", True, RETURN_TEXT), ("resubmit", False, None),
                            ("checks_passed", False, None), ("start_review", True, None), ("approve", True, None),
                            ("issue", True, None), ("deliver", True, None)])
        s.add(Delivery(application_pk=j2.id, method="counter", at=utcnow(), staff_id=st, id_document="license"))
        j3 = _app(s, "J3", "juminhyo-copy", jst(date(2026, 11, 16)), "closed", decided=date(2026, 11, 20))
        s.add(CounterEntry(application_pk=j3.id, entered_at=utcnow(), entered_by=st, id_document="license",
                           paper_documents=2))
        s.add(CounterPayment(application_pk=j3.id, receipt_no="R-0001", amount=300, received_at=utcnow(),
                             staff_id=st))
        _events(s, j3, st, [("receive", True, None), ("start_review", True, None), ("approve", True, None),
                            ("issue", True, None), ("deliver", True, None), ("close", True, None)])
        j4 = _app(s, "J4", "juminhyo-copy", jst(date(2026, 11, 24)), "rejected", decided=date(2026, 11, 27),
                  tx="tx-4")
        _events(s, j4, st, [("receive", False, None), ("checks_passed", False, None), ("start_review", True, None),
                            ("reject", True, "請求資格が確認できません（山田様の委任状なし）")])
        j5 = _app(s, "J5", "juminhyo-copy", jst(date(2026, 11, 30), 23, 30), "withdrawn")
        _events(s, j5, st, [("receive", False, None), ("withdraw", True, "本人より取下げ")])
        j6 = _app(s, "J6", "juminhyo-copy", jst(date(2026, 12, 1), 0, 30), "received")
        _events(s, j6, st, [("receive", False, None), ("start_review", True, None)])
        i1 = _app(s, "I1", "inkan-certificate", jst(date(2026, 11, 10)), "in_review", tx="tx-i1")
        _events(s, i1, st, [("receive", False, None), ("checks_passed", False, None), ("start_review", True, None)])


def _json(bo, month: str = "2026-11") -> dict:
    return figures.month_figures(bo, SUPERVISOR, month).as_json()


def check_november(data: dict) -> None:
    assert data["month"] == "2026-11"
    assert [p["procedure"] for p in data["procedures"]] == ["inkan-certificate", "juminhyo-copy"]
    assert data["procedures"][0] == EXPECTED_I
    assert data["procedures"][1] == EXPECTED_J


def test_figures_of_a_hand_computed_month(bo):
    build_month(bo)
    check_november(_json(bo))
    month = figures.month_figures(bo, SUPERVISOR, "2026-11")
    j = month.procedures[1]
    assert j.return_reasons == (("添付書類の不足", 1),)
    assert (j.completed, j.decided, j.standard_days) == (3, 4, 3)
    december = _json(bo, "2026-12")["procedures"]
    assert [(p["procedure"], p["received"]) for p in december] == [("juminhyo-copy", {"online": 1, "counter": 0})]


def test_business_days_counted_in_sql_and_in_python_agree(bo, monkeypatch):
    """The processing days are counted in SQL through the business-day table; a decision
    outside the table (or no table at all, as the retention run reads) is counted in Python
    from its days of receipt and decision. Every way gives the hand-computed month."""
    build_month(bo)
    start, end = figures.month_bounds("2026-11", "2026-11")
    table = figures.day_table(figures.DayIndex(bo.calendar), start, end, date(2026, 11, 30))
    apps, _, _ = figures.statements(start, end, dialect=bo.db.dialect, days=table)
    with bo.db.read() as s:
        rows = s.connection().execute(apps).all()
    # grouped by month: the decided ones carry their days, none its days of receipt/decision
    assert sorted(r[3] for r in rows if r[3] is not None for _ in range(r[7])) == [2, 3, 3, 4]
    assert {r[0] for r in rows if r[3] is not None} == {"juminhyo-copy"}
    assert all(r[4] is None and r[5] is None for r in rows)
    check_november(_json(bo))
    monkeypatch.setattr(figures, "MAX_DAY_TABLE", 10)  # the table ends 11/11: later decisions in Python
    check_november(_json(bo))
    monkeypatch.setattr(figures, "day_table", lambda *a, **k: [])  # no table: every decision in Python
    check_november(_json(bo))


def test_an_empty_month_is_an_empty_report(bo):
    build_month(bo)
    assert _json(bo, "2026-09") == {"month": "2026-09", "procedures": []}
    trend = figures.trend(bo, SUPERVISOR, "2026-12")
    assert [m.month for m in trend] == [f"2026-{m:02d}" for m in range(1, 13)]
    assert [len(m.procedures) for m in trend] == [0] * 10 + [2, 1]


def test_the_figures_survive_retention(bo):
    build_month(bo)
    bo.config = replace(bo.config, retention=(
        RetentionRule("juminhyo-copy", "approved", 30, "delete"),
        RetentionRule("juminhyo-copy", "rejected", 30, "anonymize"),
        RetentionRule("*", "withdrawn", 30, "delete"),
    ))
    report = run_retention(bo, system_actor(), today=date(2027, 6, 1))
    assert (report.deleted, report.anonymized) == (4, 1)  # J1-J3 and J5 deleted, J4 anonymized
    with bo.db.read() as s:
        left = sorted(s.scalars(select(Application.application_id)))
        kept = s.scalar(select(func.count()).select_from(FigureAggregate))
        assert s.scalar(select(func.count()).select_from(CounterEntry)) == 0
    assert left == ["I1", "J4", "J6"]
    assert kept == 1  # one procedure/department/month
    check_november(_json(bo))
    j = figures.month_figures(bo, SUPERVISOR, "2026-11").procedures[1]
    assert j.return_reasons == (("添付書類の不足", 1),)
    # a second run removes nothing more and keeps nothing twice
    run_retention(bo, system_actor(), today=date(2027, 6, 2))
    check_november(_json(bo))


def test_limited_to_the_supervisors_departments_and_refused_to_others(bo):
    build_month(bo)
    tax_only = Actor(code="sv2", name="sv2", roles=frozenset({"supervisor"}), departments=frozenset({"税務課"}))
    assert _json_as(bo, tax_only) == {"month": "2026-11", "procedures": []}
    both = replace(tax_only, departments=frozenset({"税務課", "市民課"}))
    check_november(_json_as(bo, both))
    with pytest.raises(PermissionDenied):
        figures.month_figures(bo, Actor(code="c", name="c", roles=frozenset({"counter"})), "2026-11")
    with pytest.raises(UsageError):
        figures.month_figures(bo, SUPERVISOR, "2026-13")


def _json_as(bo, actor: Actor) -> dict:
    return figures.month_figures(bo, actor, "2026-11").as_json()


def test_percentiles_and_reason_classes():
    from collections import Counter

    assert figures.percentile(Counter(), 0.5) is None
    assert figures.percentile(Counter({5: 1}), 0.9) == 5.0
    assert figures.percentile(Counter({1: 1, 2: 1, 3: 1, 10: 1}), 0.5) == 2.5
    assert figures.percentile(Counter({d: 1 for d in range(1, 11)}), 0.9) == 9.0
    assert figures.percentile(Counter({d: 1 for d in range(1, 12)}), 0.9) == 10.0
    m = figures.ReasonMatcher.load()
    assert m.classify(RETURN_TEXT) == "添付書類の不足"
    assert m.classify("電話でお話しした件です") == figures.FREE_TEXT
    assert m.classify(None) is None


# --- the stats command and its files --------------------------------------------------------


def _cli(bo, *args: str) -> int:
    from backoffice.cli.main import main

    return main(["--db", bo.config.database_url, "stats", *args])


def test_stats_command_json_csv_and_an_empty_month(bo, capsys, tmp_path):
    import csv
    import io
    import json

    build_month(bo)
    assert _cli(bo, "--month", "2026-11") == 0
    check_november(json.loads(capsys.readouterr().out))
    assert _cli(bo, "--month", "2026-09", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == {"month": "2026-09", "procedures": []}
    assert _cli(bo, "--month", "2026-11", "--format", "csv", "--out", str(tmp_path / "s.csv")) == 0
    raw = (tmp_path / "s.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["procedure"] for r in rows] == ["inkan-certificate", "juminhyo-copy", "*"]
    j = rows[1]
    assert (j["month"], j["procedure_name"], j["received_online"], j["received_counter"]) == (
        "2026-11", "住民票の写し交付", "4", "1")
    assert float(j["within_standard_rate"]) == 0.75 and float(j["touches_per_application"]) == 3.8
    assert rows[0]["online_completion_rate"] == ""  # nothing to divide
    total = rows[2]
    assert (total["received_total"], total["returned_rate"]) == ("6", str(1 / 6))
    assert _cli(bo, "--month", "2026-11", "--format", "csv", "--encoding", "cp932",
                "--out", str(tmp_path / "s-sjis.csv")) == 0
    assert "住民票" in (tmp_path / "s-sjis.csv").read_bytes().decode("cp932")
    assert _cli(bo, "--month", "2026-13") == 2
    assert "YYYY-MM" in capsys.readouterr().err


def test_stats_xlsx_is_read_back_with_openpyxl(bo, capsys, tmp_path):
    from openpyxl import load_workbook

    build_month(bo)
    out = tmp_path / "s.xlsx"
    assert _cli(bo, "--month", "2026-11", "--format", "xlsx", "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == str(out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["月次集計", "12か月推移", "補正理由", "指標の説明"]
    ws = wb["月次集計"]
    assert ws["A1"].value == "業務改革 月次集計 2026年11月受付分"
    header = [c.value for c in ws[4]]
    assert header[:6] == ["手続コード", "手続名", "受付（オンライン）", "受付（窓口）", "受付（計）", "オンライン完結率"]
    j = {header[i]: c.value for i, c in enumerate(ws[6])}
    assert j["手続コード"] == "juminhyo-copy" and j["受付（窓口）"] == 1
    assert j["オンライン完結率"] == pytest.approx(1 / 3) and j["処理日数 90%"] == 4
    assert ws.cell(6, 6).number_format == "0.0%"
    assert [c.value for c in ws[7]][0] == "*"
    tr = wb["12か月推移"]
    assert [tr.cell(r, 1).value for r in (2, 13)] == ["25年12月", "26年11月"]
    assert (tr.cell(13, 2).value, tr.cell(13, 3).value) == (5, 1)
    assert len(tr._charts) == 2  # native Excel charts (xl/charts/chart1.xml, chart2.xml)
    with __import__("zipfile").ZipFile(out) as z:
        assert {"xl/charts/chart1.xml", "xl/charts/chart2.xml"} <= set(z.namelist())
    reasons = list(wb["補正理由"].iter_rows(min_row=2, values_only=True))
    assert reasons == [("juminhyo-copy", "住民票の写し交付", "添付書類の不足", 1)]
    # an empty month is an empty workbook, not an error
    assert _cli(bo, "--month", "2026-09", "--format", "xlsx", "--out", str(tmp_path / "e.xlsx")) == 0
    assert load_workbook(tmp_path / "e.xlsx")["月次集計"]["A5"].value == "この月に受け付けた申請はありません。"


def test_stats_pdf_summary(bo, tmp_path, capsys):
    build_month(bo)
    out = tmp_path / "s.pdf"
    assert _cli(bo, "--month", "2026-11", "--format", "pdf", "--out", str(out)) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"IPAex" in data
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    text = pdf[0].get_textpage().get_text_range()
    assert "業務改革 月次集計" in text and "住民票の写し交付" in text and "33.3%" in text
    assert len(pdf) == 1


@pytest.mark.postgres
def test_the_japan_time_day_on_postgresql_at_the_day_boundary():
    """On PostgreSQL the figures take the Japan-time date as the UTC wall time plus 9 hours
    (cheaper than timezone('Asia/Tokyo', …)): the same date as Asia/Tokyo and as Python
    on each side of midnight JST, including the last microsecond of a day and of a year."""
    from sqlalchemy import Date, DateTime, cast, create_engine, literal

    from backoffice.platform.timeutil import to_jst
    from backoffice.supervision.figures_sql import _jst_day
    from tests.conftest import pg_url

    stamps = [datetime(2026, 11, 30, 14, 59, 59, 999999, tzinfo=UTC), datetime(2026, 11, 30, 15, 0, tzinfo=UTC),
              datetime(2026, 12, 31, 14, 59, 59, 999999, tzinfo=UTC), datetime(2026, 12, 31, 15, 0, 0, 1, tzinfo=UTC),
              datetime(2028, 2, 28, 15, 30, tzinfo=UTC), datetime(2026, 6, 1, 3, 0, tzinfo=UTC)]
    engine = create_engine(pg_url())
    try:
        with engine.connect() as c:
            c.exec_driver_sql("SET TIME ZONE 'America/New_York'")  # the session's zone plays no part
            for ts in stamps:
                v = literal(ts, DateTime(timezone=True))
                ours, tokyo = c.execute(select(_jst_day(v, "postgresql"),
                                               cast(func.timezone("Asia/Tokyo", v), Date))).one()
                assert ours == tokyo == to_jst(ts).date(), ts
    finally:
        engine.dispose()
