"""A day's work on the demo database through the real services (decisions, a settlement
file, a withdrawal, appointments), so the counter, issuance, verification, appointment and
payment pages have something to show. tests/ui/test_staff_text.py uses it too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backoffice.accounts.permissions import Actor
    from backoffice.platform.context import Backoffice


@dataclass
class _Workday:
    counter_search: str = ""
    counter_pk: int | None = None
    serial: str | None = None
    appointment_code: str = ""
    appointment_day: date | None = None
    pay_application: str = ""
    pay_amount: int = 0


def _prepare_workday(bo: Backoffice) -> _Workday:
    """More of a working day through the real services, so the counter, issuance,
    verification, appointment and payment pages have something to show."""
    from datetime import timedelta

    from sqlalchemy import select

    from backoffice.administration import staff
    from backoffice.casework import review
    from backoffice.db.models import Application
    from backoffice.demo.generate import DEMO_PASSWORD
    from backoffice.export.batch import export_pending
    from backoffice.platform.timeutil import now_jst, to_jst, today_jst
    from backoffice.portal import inquiries
    from backoffice.supervision import appointments, counters, payments

    def actor(code: str) -> Actor:
        return staff.login(bo.db, code, DEMO_PASSWORD, "screenshots").actor

    r2, s1, c1 = actor("r002"), actor("s001"), actor("c001")
    day = _Workday()
    export_pending(bo, s1)  # the morning's batch: the export page shows history and new waiting rows
    with bo.db.read() as s:
        apps = list(s.scalars(select(Application).order_by(Application.id)))
        rows = [(a.id, a.application_id, a.status, a.procedure, a.claimed_by, a.delivery_method,
                 a.applicant_kana, a.certificate_serial, a.payment_transaction_id, a.payment_amount,
                 a.fee_due) for a in apps]
    # Approved but not yet issued (the upper list of the issue page).
    ready = [r for r in rows if r[2] == "ready_for_review" and r[4] is None
             and (proc := bo.catalog.get(r[3])) is not None and not proc.two_step]
    for pk, *_ in ready[:3]:
        review.claim(bo, r2, pk)
        review.decide(bo, r2, pk, "approve")
    taken = {r[0] for r in ready[:3]}
    # The counter: an issued document, found by the applicant's family name in hiragana.
    issued = [r for r in rows if r[2] == "issued" and r[7]]
    issued.sort(key=lambda r: r[5] != "counter")
    if issued:
        pk, _id, *_rest = issued[0]
        kana = issued[0][6].split()[0] if issued[0][6].split() else issued[0][6]
        day.counter_search = "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in kana)
        day.counter_pk, day.serial = pk, issued[0][7]
    # Payments: the provider's file with one amount that differs and one unknown transaction;
    # one paid application is left out of the file; one paid application is withdrawn.
    paid = [r for r in rows if r[8] and r[0] not in taken]
    now = now_jst().replace(microsecond=0)
    lines = ["transaction_id,application_id,amount,paid_at,method,status"]
    for i, r in enumerate(paid[:-1]):
        amount = (r[9] or 0) + (100 if i == 0 else 0)
        lines.append(f"{r[8]},{r[1]},{amount},{now.isoformat()},credit_card,paid")
    lines.append(f"PG-{now:%Y%m%d}-999001,,300,{now.isoformat()},pay_easy,paid")
    payments.import_settlement(bo, s1, ("\r\n".join(lines) + "\r\n").encode(), f"settlement-{now:%Y%m%d}.csv")
    withdrawable = [r for r in paid[:-1] if r[2] in ("ready_for_review", "needs_attention") and r[4] is None]
    if withdrawable:
        review.withdraw(bo, s1, withdrawable[-1][0], "申請者から電話で取下げの申出がありました。")
    unpaid = [r for r in rows if r[5] == "counter" and r[10] and not r[8] and r[2] not in ("withdrawn", "closed")]
    if unpaid:
        day.pay_application, day.pay_amount = unpaid[0][1], unpaid[0][10]
    # Appointments on the next day the certificate counter is open.
    locs = counters.locations(bo, c1)
    code = next((c.code for c in locs if c.code == "shimin-1f"), locs[0].code)
    when = today_jst()
    for _ in range(14):
        when += timedelta(days=1)
        slots = [x for x in appointments.slots_for_day(bo, c1, code, when) if x.free]
        if slots:
            break
    visitors = [("山本 和子", "住民票の写しの受取", day.counter_pk), ("中村 健一", "印鑑登録", None),
                ("小川 直美", "戸籍謄本の請求", None), ("石井 正", "転入の相談", None)]
    booked = []
    for (name, purpose, app_pk), slot in zip(visitors, [slots[0], slots[0], slots[1], slots[3]], strict=True):
        booked.append(appointments.book(bo, c1, code, slot.starts_at, name, purpose=purpose, application_pk=app_pk))
    appointments.check_in(bo, c1, booked[0].id)
    # one more for an online application, in its applicant's name: a change of the counter's
    # hours that moves it lists its application number and the contact written in it; the
    # applicant also phoned about it (an inquiry linked to the application, issue 17)
    with bo.db.read() as s:
        linked = s.execute(select(Application.id, Application.application_id, Application.applicant_name,
                                  Application.applicant_kana, Application.procedure).where(
            Application.department == "市民課", Application.restricted.is_(False), Application.id != day.counter_pk,
            Application.status.in_(("ready_for_review", "approved", "issued"))).order_by(Application.id)).first()
    if linked is not None:
        appointments.book(bo, c1, code, slots[1].starts_at, linked.applicant_name, purpose="証明書の受取",
                          application_pk=linked.id)
        inquiries.enter(bo, c1, channel="phone", name=linked.applicant_name, name_kana=linked.applicant_kana,
                        text="申請した証明書を窓口で受け取る予約をしましたが、時間を変えられますか。", category="窓口",
                        application_id=linked.application_id, procedure=linked.procedure)
    day.appointment_code, day.appointment_day = code, to_jst(slots[0].starts_at).date()
    return day
