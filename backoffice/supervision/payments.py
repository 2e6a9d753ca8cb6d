"""Payments (brief.md capability 7): import the provider's settlement file, match it to
applications by transaction id, list the mismatches and the refunds owed, record counter
payments and refunds. Layout and rules: docs/payments.md.

Matching is computed by queries every time it is asked for, so the lists are always
current (a later file, a counter payment or a decision changes them without a batch run).
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, and_, exists, false, func, or_, select, text, true
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.casework import workflow
from backoffice.db import units
from backoffice.db.engine import is_person
from backoffice.db.models import Application, ApplicationEvent
from backoffice.db.models_supervision import CounterPayment, Refund, Settlement, SettlementImport
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError
from backoffice.platform.timeutil import utcnow
from backoffice.supervision.settlement_file import SettlementFileError, SettlementRow, parse

log = logging.getLogger(__name__)

AMOUNT_DIFFERS, APPLICATION_DIFFERS = "amount_differs", "application_differs"
PAID_WITHOUT_APPLICATION, UNKNOWN_TO_PROVIDER = "paid_without_application", "unknown_to_provider"
REFUND_STATUSES = (workflow.REJECTED, workflow.WITHDRAWN)

__all__ = ["SettlementFileError", "import_settlement", "mismatches", "refunds_owed",
           "record_counter_payment", "record_refund"]


class PaymentError(BackofficeError):
    """A counter payment or refund that cannot be recorded (clear reason in the message)."""


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    sha256: str
    encoding: str
    rows: int
    new: int
    updated: int  # paid -> refunded
    unchanged: int
    already_imported: bool


@dataclass(frozen=True)
class Mismatch:
    kind: str
    transaction_id: str | None
    application_id: str | None
    application_pk: int | None
    fee_due: int | None
    provider_amount: int | None
    detail: str


@dataclass(frozen=True)
class RefundOwed:
    application_pk: int
    application_id: str
    status: str
    amount: int
    paid_by: str  # provider | counter
    reference: str  # transaction id or receipt number


def _same(old: Settlement, row: SettlementRow) -> bool:
    return (old.amount, old.application_id, old.method, old.status) == (
        row.amount, row.application_id, row.method, row.status)


def _existing(s: Session, rows: list[SettlementRow]) -> dict[str, Settlement]:
    out: dict[str, Settlement] = {}
    ids = [r.transaction_id for r in rows]
    for i in range(0, len(ids), 500):
        for st in s.scalars(select(Settlement).where(Settlement.transaction_id.in_(ids[i:i + 500]))):
            out[st.transaction_id] = st
    return out


def import_settlement(bo: Backoffice, actor: Actor, data: bytes, file_name: str) -> ImportResult:
    """Import one settlement file: all rows or none. The same file twice changes nothing."""
    require(actor, "payment.reconcile")
    digest = hashlib.sha256(data).hexdigest()
    rows, encoding = parse(data)
    if bo.db.person is not None:
        return _import_as_person(bo, data, file_name, rows, encoding, digest)
    with bo.db.write() as s:
        if s.scalar(select(SettlementImport.id).where(SettlementImport.file_sha256 == digest)):
            return ImportResult(file_name, digest, encoding, len(rows), 0, 0, len(rows), True)
        imp = SettlementImport(file_sha256=digest, file_name=file_name, encoding=encoding, rows=len(rows),
                               imported_at=utcnow(), imported_by=actor.id)
        s.add(imp)
        s.flush()
        old = _existing(s, rows)
        new = updated = unchanged = 0
        for r in rows:
            prev = old.get(r.transaction_id)
            if prev is None:
                s.add(Settlement(transaction_id=r.transaction_id, application_id=r.application_id,
                                 amount=r.amount, paid_at=r.paid_at.astimezone(UTC), method=r.method, status=r.status,
                                 import_pk=imp.id))
                new += 1
            elif _same(prev, r):
                unchanged += 1
            elif (prev.status, r.status) == ("paid", "refunded") and prev.amount == r.amount:
                prev.status = "refunded"
                updated += 1
            else:  # raising rolls the whole unit of work back: nothing of this file stays
                raise SettlementFileError(r.line, f"transaction {r.transaction_id} was imported before as "
                                          f"{prev.status} {prev.amount} yen for {prev.application_id or '-'}")
        audit.record(s, actor, "payment.import", f"settlement:{digest[:16]}", file=file_name,
                     rows=len(rows), new=new, updated=updated)
    log.info("settlement %s: %d rows, %d new, %d refunded", file_name, len(rows), new, updated)
    return ImportResult(file_name, digest, encoding, len(rows), new, updated, unchanged, False)


def _import_as_person(bo: Backoffice, data: bytes, file_name: str, rows: list[SettlementRow],
                      encoding: str, digest: str) -> ImportResult:
    """A person (issue 19) cannot read settlement_imports nor every settlement: the server's
    bo_settlement_import (supervision/server_payments.py) matches the rows against all of
    them and writes the file in one transaction; its refusal of a row names the line."""
    payload = json.dumps([{"line": r.line, "transaction_id": r.transaction_id,
                           "application_id": r.application_id, "amount": r.amount,
                           "paid_at": r.paid_at.astimezone(UTC).isoformat(), "method": r.method,
                           "status": r.status} for r in rows], ensure_ascii=False)
    try:
        with bo.db.write() as s:
            out = s.scalar(text("SELECT bo_settlement_import(:d, :f, :e, CAST(:r AS jsonb))"),
                           {"d": data, "f": file_name, "e": encoding, "r": payload})
    except DBAPIError as exc:
        diag = getattr(exc.orig, "diag", None)
        if getattr(exc.orig, "sqlstate", None) == "22000" and diag is not None:
            raise SettlementFileError(int(diag.message_hint or 0), diag.message_primary or "") from exc
        raise
    assert isinstance(out, dict) and out["sha256"] == digest
    if not out["already_imported"]:
        log.info("settlement %s: %d rows, %d new, %d refunded", file_name, len(rows), out["new"], out["updated"])
    return ImportResult(file_name, digest, encoding, len(rows), int(out["new"]), int(out["updated"]),
                        int(out["unchanged"]), bool(out["already_imported"]))


def _mine(actor: Actor) -> ColumnElement[bool]:
    """Applications of the actor's departments (need-to-know, backoffice/accounts/scope.py)."""
    cond = scope.condition(actor, Application.department)
    return cond if cond is not None else true()


def mismatches(bo: Backoffice, actor: Actor) -> list[Mismatch]:
    """Every disagreement between the provider's files and the applications the actor may
    see: of their departments; a payment naming no application only for a person who works
    for every department (docs/departments.md)."""
    require(actor, "payment.reconcile")
    A, S = Application, Settlement
    mine = _mine(actor)
    out: list[Mismatch] = []
    with bo.db.read() as s:
        matched = (select(S.transaction_id, A.application_id, A.id, A.fee_due, S.amount, S.application_id)
                   .join(A, A.payment_transaction_id == S.transaction_id).where(S.status == "paid", mine)
                   .order_by(S.transaction_id))
        for tx, app_id, pk, fee, amount, said_app in s.execute(matched):
            if amount != fee:
                out.append(Mismatch(AMOUNT_DIFFERS, tx, app_id, pk, fee, amount,
                                    f"provider settled {amount} yen, fee due is {fee} yen"))
            if said_app and said_app != app_id:
                out.append(Mismatch(APPLICATION_DIFFERS, tx, app_id, pk, fee, amount,
                                    f"provider names application {said_app}"))
        carrier = aliased(Application)
        no_application = A.id.is_(None) if scope.covers_all(actor, bo.catalog.departments()) else false()
        orphan = (select(S.transaction_id, S.application_id, S.amount, A.id, A.fee_due)
                  .outerjoin(A, A.application_id == S.application_id)
                  .where(S.status == "paid", ~exists().where(carrier.payment_transaction_id == S.transaction_id),
                         or_(mine, no_application))
                  .order_by(S.transaction_id))
        for tx, said_app, amount, pk, fee in s.execute(orphan):
            detail = (f"application {said_app} names another transaction" if pk
                      else "no application carries this transaction id")
            out.append(Mismatch(PAID_WITHOUT_APPLICATION, tx, said_app or None, pk, fee, amount, detail))
        # Only applications the provider's files should already cover (received before the
        # latest settled payment) can be missing from them.
        covered_until = s.scalar(select(func.max(S.paid_at)))
        if covered_until is not None:
            unknown = (select(A.payment_transaction_id, A.application_id, A.id, A.fee_due, A.payment_amount)
                       .where(mine, A.payment_transaction_id.is_not(None), A.received_at <= covered_until,
                              ~exists().where(S.transaction_id == A.payment_transaction_id))
                       .order_by(A.application_id))
            for u_tx, u_app, u_pk, u_fee, claimed in s.execute(unknown):
                out.append(Mismatch(UNKNOWN_TO_PROVIDER, u_tx, u_app, u_pk, u_fee, None,
                                    f"application says {claimed} yen were paid; the provider does not know the transaction"))
    return out


def _ended_unfavourably() -> ColumnElement[bool]:
    """Rejected or withdrawn now, or closed after being rejected/withdrawn."""
    A, E = Application, ApplicationEvent
    was = exists().where(E.application_pk == A.id, E.to_status.in_(REFUND_STATUSES))
    return or_(A.status.in_(REFUND_STATUSES), and_(A.status == workflow.CLOSED, was))


def refunds_owed(bo: Backoffice, actor: Actor) -> list[RefundOwed]:
    """Paid (online or at the counter), rejected or withdrawn, and no refund recorded yet
    (applications of the actor's departments)."""
    require(actor, "payment.reconcile")
    A = Application
    not_refunded = and_(~exists().where(Refund.application_pk == A.id), _mine(actor))
    with bo.db.read() as s:
        online = (select(A.id, A.application_id, A.status, Settlement.amount, Settlement.transaction_id)
                  .join(Settlement, Settlement.transaction_id == A.payment_transaction_id)
                  .where(Settlement.status == "paid", _ended_unfavourably(), not_refunded))
        counter = (select(A.id, A.application_id, A.status, CounterPayment.amount, CounterPayment.receipt_no)
                   .join(CounterPayment, CounterPayment.application_pk == A.id)
                   .where(_ended_unfavourably(), not_refunded))
        rows = [RefundOwed(*r[:4], "provider", r[4]) for r in s.execute(online)]
        rows += [RefundOwed(*r[:4], "counter", r[4]) for r in s.execute(counter)]
    return sorted(rows, key=lambda r: r.application_id)


def _app(s: Session, application_id: str) -> Application:
    # a person (issue 19) may not lock a row they do not claim; the server's function locks it
    return units.load_for_update(s, Application, application_id.strip(), what="application",
                                 by=Application.application_id, lock=not is_person(s))


def record_counter_payment(bo: Backoffice, actor: Actor, application_id: str, amount: int,
                           receipt_no: str, at: datetime | None = None) -> int:
    """The fee was paid in cash at the counter; returns the payment's id."""
    require(actor, "payment.record")
    receipt = receipt_no.strip()
    if not receipt:
        raise PaymentError("a receipt number is required", code="receipt_required")
    with bo.db.write() as s:
        app = _app(s, application_id)
        scope.require_department(actor, app.department, handover=True)  # counter staff: any department
        if app.fee_due <= 0:
            raise PaymentError(f"{app.application_id} has no fee to pay", code="no_fee", application=app.application_id)
        if amount != app.fee_due:
            raise PaymentError(f"{app.application_id}: the fee due is {app.fee_due} yen, not {amount} yen",
                               code="wrong_amount", fee=app.fee_due, amount=amount)
        if s.scalar(select(CounterPayment.id).where(CounterPayment.application_pk == app.id)):
            raise PaymentError(f"{app.application_id} was already paid at the counter", code="paid_at_counter")
        if s.scalar(select(Settlement.id).where(Settlement.transaction_id == app.payment_transaction_id,
                                                Settlement.status == "paid")):
            raise PaymentError(f"{app.application_id} was already paid online", code="paid_online")
        if s.scalar(select(CounterPayment.id).where(CounterPayment.receipt_no == receipt)):
            raise PaymentError(f"receipt {receipt} is already used", code="receipt_used", receipt=receipt)
        if is_person(s):  # the server checks again (payments of every department) and writes it
            return _server_counter_payment(s, app.application_id, amount, receipt, at)
        pay = CounterPayment(application_pk=app.id, receipt_no=receipt, amount=amount,
                             received_at=(at or utcnow()).astimezone(UTC), staff_id=actor.id)
        s.add(pay)
        s.flush()
        audit.record(s, actor, "payment.counter", f"application:{app.application_id}",
                     amount=amount, receipt=receipt)
        return pay.id


# The server's refusals of bo_counter_payment that the core could not see coming: counter
# staff do not read the provider's settlements (nor other counters' receipts), so a payment
# made online is found by the server alone. Same codes as the core's checks above.
_SERVER_PAYMENT_REFUSALS = (("already paid online", "paid_online"), ("already paid at the counter", "paid_at_counter"),
                            ("is already used", "receipt_used"))


def _server_counter_payment(s: Session, application_id: str, amount: int, receipt: str,
                            at: datetime | None) -> int:
    try:
        return int(s.scalar(text("SELECT bo_counter_payment(:a, :m, :r, :t)"),
                            {"a": application_id, "m": amount, "r": receipt,
                             "t": (at or utcnow()).astimezone(UTC)}))
    except DBAPIError as exc:
        said = str(exc.orig).splitlines()[0] if exc.orig is not None else ""
        if getattr(exc.orig, "sqlstate", None) == "23514":
            for words, code in _SERVER_PAYMENT_REFUSALS:
                if words in said:
                    raise PaymentError(said, code=code, application=application_id) from exc
        raise


def record_refund(bo: Backoffice, actor: Actor, application_id: str, amount: int, note: str = "") -> None:
    """The refund owed was paid back (or handed to finance): it leaves the refunds list."""
    require(actor, "payment.reconcile")
    if amount <= 0:
        raise PaymentError("a refund must be a positive amount", code="refund_positive")
    with bo.db.write() as s:
        app = _app(s, application_id)
        scope.require_department(actor, app.department)  # need-to-know (issue 16)
        if s.scalar(select(Refund.id).where(Refund.application_pk == app.id)):
            raise PaymentError(f"a refund for {app.application_id} is already recorded", code="refund_recorded")
        if is_person(s):  # the server checks again and writes it in the person's name
            s.execute(text("SELECT bo_refund(:a, :m, :n)"), {"a": app.application_id, "m": amount, "n": note})
            return
        s.add(Refund(application_pk=app.id, amount=amount, recorded_at=utcnow(), recorded_by=actor.id, note=note))
        audit.record(s, actor, "payment.refund", f"application:{app.application_id}", amount=amount, note=note)
