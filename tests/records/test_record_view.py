"""The register's answer beside the application (records-v1 §4, issue 15 item 4): the core
comparison the screen shows (audited; restricted only for supervisors) and the widget that
marks the differences, in Japanese."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from backoffice.accounts.permissions import Actor, system_actor
from backoffice.casework import review
from backoffice.db.models import AuditEntry
from backoffice.platform.timeutil import to_jst
from backoffice.records.answers import load_answers
from backoffice.records.requests import request_pending
from backoffice.records.view import (
    ANSWERED,
    RESTRICTED,
    WAITING,
    FieldRow,
    RecordComparison,
    record_comparison,
)
from tests import builders
from tests.records.conftest import found, resident_record

AGENT = system_actor("records-test")
REVIEWER = Actor(code="r001", name="審査 一郎", roles=frozenset({"reviewer"}))
SUPERVISOR = Actor(code="s001", name="監督 花子", roles=frozenset({"supervisor"}))


def _pk(renv, answer=None):
    renv.intake.put(renv.intake.bundle(builders.sample_application()))
    renv.intake.sync()
    pk = review.find_pk(renv.bo, "OSK-2026-0001234")
    assert record_comparison(renv.bo, REVIEWER, pk).state == WAITING
    request_pending(renv.bo, AGENT)
    if answer is not None:
        renv.answer_batch([answer])
        load_answers(renv.bo, AGENT)
    return pk


def test_comparison_marks_the_differing_fields_and_is_audited(renv):
    pk = _pk(renv, found("OSK-2026-0001234.r1", resident_record(address="大阪府大阪市北区中之島一丁目3番21号")))
    c = record_comparison(renv.bo, REVIEWER, pk)
    assert c.state == ANSWERED and c.result == "found" and c.findings == ("address",)
    rows = {r.field: r for r in c.rows}
    assert rows["address"].differs and not rows["name"].differs and not rows["birth"].differs
    assert rows["birth"].register == date(1985, 4, 1)
    assert to_jst(c.as_of).strftime("%Y-%m-%d %H:%M") == "2026-11-30 10:00"
    with renv.bo.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "records.view")).one()
    assert entry.actor == "r001" and entry.detail["shown"] is True


def test_restricted_is_shown_only_to_supervisors(renv):
    pk = _pk(renv, {"request_id": "OSK-2026-0001234.r1", "result": "restricted", "as_of": "2026-11-30T10:00:00+09:00"})
    assert record_comparison(renv.bo, REVIEWER, pk).state == RESTRICTED
    assert record_comparison(renv.bo, SUPERVISOR, pk).state == ANSWERED
    with renv.bo.db.read() as s:
        shown = [e.detail["shown"] for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "records.view")
                                                     .order_by(AuditEntry.seq))]
    assert shown == [False, True]


def test_widget_marks_differences_in_japanese(qtbot, japanese):
    from ui.widgets.record_widget import RecordWidget

    w = RecordWidget()
    qtbot.addWidget(w)
    c = RecordComparison(ANSWERED, result="found", as_of=datetime(2026, 11, 30, 1, 0, tzinfo=UTC),
                         findings=("address",),
                         rows=(FieldRow("name", "山田 太郎", "山田 太郎", False),
                               FieldRow("address", "大阪市北区中之島1-3-20", "大阪市北区中之島一丁目3番21号", True)))
    w.show_comparison(c)
    assert "2026年11月30日 10:00" in w.title.text() and "該当あり" in w.title.text() and "相違 1 項目" in w.title.text()
    assert w.table.item(1, 0).text() == "住所"
    assert w.table.item(1, 2).text().startswith("≠ ")
    assert not w.table.item(0, 2).text().startswith("≠")
    w.show_comparison(RecordComparison(RESTRICTED, result="restricted", as_of=c.as_of))
    assert "支援措置" in w.title.text() and w.table.isHidden()
