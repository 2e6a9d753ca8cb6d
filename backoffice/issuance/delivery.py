"""Delivery of issued documents: counter handover, mail (address sheets), electronic.

Every delivery is one unit of work: a Delivery row, the `deliver` transition (issued ->
delivered, audited) and its applicant notice `delivered`, queued once with the change.

Receipt QR codes (the portal's 受付票) are accepted when their text is an application id
(`OSK-2026-0001234`) or any string containing one, e.g. a URL
`https://portal.example/receipt?id=OSK-2026-0001234` or `受付番号:OSK-2026-0001234`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from backoffice.accounts import scope
from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.casework import workflow
from backoffice.casework.queues import search_condition
from backoffice.db import units
from backoffice.db.engine import is_person
from backoffice.db.models import Application, Delivery, Notice
from backoffice.issuance.pattern import PAGE_H, PAGE_W, draw_text, pdf_canvas, text_width
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import NotFound, TransitionError
from backoffice.platform.timeutil import utcnow
from backoffice.records import restriction

log = logging.getLogger(__name__)

# identity documents checked at the counter (code -> Japanese label for records and screens)
ID_DOCUMENTS: dict[str, str] = {
    "drivers_license": "運転免許証",
    "my_number_card": "マイナンバーカード（マイナ保険証）",
    "passport": "パスポート",
    "eligibility_certificate": "資格確認書（健康保険）",
    "health_insurance_card": "健康保険証",
    "other": "その他",
}
# What a clerk may record today. The paper 健康保険証 is no longer valid: none were issued
# after 2024-12-02 and the last ones expired on 2025-12-01; people show the My Number card
# used as insurance card (マイナ保険証) or the 資格確認書 their insurer sends instead. The
# old code stays above only so that deliveries recorded with it keep their label.
ID_DOCUMENTS_ACCEPTED: tuple[str, ...] = (
    "my_number_card", "drivers_license", "passport", "eligibility_certificate", "other")
# Application ids: the portal's OSK-YYYY-N… and the counter's CTR-YYYY-N… (intake/counter_entry.py)
RECEIPT_ID_RE = re.compile(r"(?:OSK|CTR)-\d{4}-\d{4,10}(?!\d)")
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class CounterRow:
    pk: int
    application_id: str
    procedure: str
    procedure_name: str
    status: str
    applicant_name: str
    applicant_kana: str
    birth_date: date | None
    delivery_method: str
    certificate_serial: str | None
    # 支援措置 (records/restriction.py): name, kana and birth date blanked; the screen shows
    # a masked text and the application id
    restricted: bool = False


def _row(bo: Backoffice, a: Application, hidden: set[int]) -> CounterRow:
    proc = bo.catalog.get(a.procedure)
    if a.id in hidden:
        return CounterRow(a.id, a.application_id, a.procedure, proc.name if proc else a.procedure,
                          a.status, "", "", None, a.delivery_method, a.certificate_serial, True)
    return CounterRow(a.id, a.application_id, a.procedure, proc.name if proc else a.procedure,
                      a.status, a.applicant_name, a.applicant_kana, a.birth_date,
                      a.delivery_method, a.certificate_serial)


def _rows(bo: Backoffice, s: Session, apps: list[Application]) -> list[CounterRow]:
    hidden = restriction.restricted_pks(s, [a.id for a in apps])
    return [_row(bo, a, hidden) for a in apps]


def counter_search(bo: Backoffice, actor: Actor, text: str) -> list[CounterRow]:
    """Applications by id prefix, name/kana or birth date (audited search)."""
    require(actor, "application.search")
    cond = search_condition(text, actor)
    if cond is None:
        return []
    departments = scope.condition(actor, Application.department, handover=True)  # issue 16
    if departments is not None:
        cond = departments & cond
    with bo.db.write() as s:
        apps = s.scalars(select(Application).where(cond).order_by(Application.id.desc())
                         .limit(SEARCH_LIMIT)).all()
        audit.record(s, actor, "application.search", "applications", query=text.strip(),
                     results=len(apps), via="counter")
        return _rows(bo, s, list(apps))


def receipt_ids(texts: list[str]) -> list[str]:
    """Application ids in decoded QR texts, in order, without repeats."""
    found: list[str] = []
    for t in texts:
        found.extend(RECEIPT_ID_RE.findall(t))
    return list(dict.fromkeys(found))


def find_by_receipt_qr(bo: Backoffice, actor: Actor, source: str | Path | bytes) -> list[CounterRow]:
    """The application(s) named by the receipt QR on an image (or PDF); NotFound with the
    reason when there is no code, no id in it, or no such application."""
    from backoffice.issuance.qr import decode_qr_texts

    require(actor, "application.search")
    return find_by_receipt_texts(bo, actor, decode_qr_texts(source))


def find_by_receipt_texts(bo: Backoffice, actor: Actor, texts: list[str]) -> list[CounterRow]:
    """find_by_receipt_qr after decoding (the UI decodes off the database thread)."""
    require(actor, "application.search")
    if not texts:
        raise NotFound("no QR code found in the image", code="no_qr_code")
    ids = receipt_ids(texts)
    if not ids:
        raise NotFound("the QR code holds no application id (OSK-…)", code="not_a_receipt")
    with bo.db.write() as s:
        apps = [a for a in s.scalars(select(Application).where(Application.application_id.in_(ids)))
                if scope.may_see(actor, a.department, handover=True)]  # need-to-know (issue 16)
        audit.record(s, actor, "application.search", "applications", query=",".join(ids),
                     results=len(apps), via="receipt_qr")
        if not apps:
            raise NotFound(f"no application {', '.join(ids)}", code="application_not_found",
                           application=", ".join(ids))
        return _rows(bo, s, list(apps))


def list_rows(bo: Backoffice, actor: Actor, status: str, delivery_method: str | None = None,
              limit: int = 2000) -> list[CounterRow]:
    """Applications in one status (e.g. approved = to issue; issued + mail = to mail)."""
    require(actor, "application.search")
    with bo.db.read() as s:
        q = select(Application).where(Application.status == status)
        departments = scope.condition(actor, Application.department, handover=True)  # issue 16
        if departments is not None:
            q = q.where(departments)
        if delivery_method:
            q = q.where(Application.delivery_method == delivery_method)
        return _rows(bo, s, list(s.scalars(q.order_by(Application.id).limit(limit))))


def _load(s: Session, pk: int) -> Application:
    # a person (issue 19) may not lock a row they do not claim; bo_deliver locks it on the server
    return units.load_for_update(s, Application, pk, what="application", lock=not is_person(s))


def _deliver(s: Session, actor: Actor, app: Application, method: str, *,
             id_document: str | None = None, note: str | None = None) -> None:
    scope.require_department(actor, app.department, handover=True)  # counter staff: any department
    workflow.check(actor, "deliver", app.status)
    if is_person(s):  # the server writes the row in the person's name and changes the status
        s.execute(text("SELECT bo_deliver(:a, :m, :i, :n)"),
                  {"a": app.application_id, "m": method, "i": id_document, "n": note or None})
        s.refresh(app)
        return
    s.add(Delivery(application_pk=app.id, certificate_serial=app.certificate_serial, method=method,
                   at=utcnow(), staff_id=actor.id, id_document=id_document, note=note or None))
    workflow.transition(s, actor, app, "deliver", method=method, id_document=id_document,
                        serial=app.certificate_serial)


def record_counter_handover(bo: Backoffice, actor: Actor, pk: int, id_document: str,
                            note: str = "") -> str:
    """The applicant collected the document in person after showing `id_document`.
    Any issued application may be handed over (an applicant who chose mail may still come);
    the chosen method is kept in the audit entry. Returns the new status."""
    require(actor, "delivery.record")
    if id_document not in ID_DOCUMENTS_ACCEPTED:
        raise ValueError(f"identity document must be one of {', '.join(ID_DOCUMENTS_ACCEPTED)}")
    if id_document == "other" and not note.strip():
        raise TransitionError("say which identity document was checked (note) when it is 'other'")
    with bo.db.write() as s:
        app = _load(s, pk)
        _deliver(s, actor, app, "counter", id_document=id_document, note=note.strip())
        log.info("handed over %s at the counter", app.application_id)
        return app.status


def record_mailed(bo: Backoffice, actor: Actor, pks: list[int]) -> int:
    """The envelopes of these applications went into the post: all or none are delivered."""
    with bo.db.write() as s:
        for pk in pks:
            app = _load(s, pk)
            if app.delivery_method != "mail":
                raise TransitionError(f"{app.application_id} asked for {app.delivery_method}, not mail")
            _deliver(s, actor, app, "mail")
    return len(pks)


def deliver_electronic(bo: Backoffice, actor: Actor, pk: int) -> str:
    """Electronic delivery: the PDF left with the `issued` notice (outbox <message_id>.pdf);
    this records the delivery and sends `delivered`."""
    with bo.db.write() as s:
        app = _load(s, pk)
        if app.delivery_method != "electronic":
            raise TransitionError(f"{app.application_id} asked for {app.delivery_method}, not electronic")
        sent = s.scalar(select(Notice.id).where(Notice.application_pk == app.id, Notice.event == "issued",
                                                Notice.attachment.is_not(None)).limit(1))
        if sent is None:
            raise TransitionError(f"{app.application_id}: no issued notice carries the PDF")
        _deliver(s, actor, app, "electronic", note=f"notice {sent}")
        return app.status


# -- address sheets for window envelopes ---------------------------------------------------

WINDOW_X, WINDOW_TOP, WINDOW_W = 25 * mm, PAGE_H - 17 * mm, 85 * mm  # 長形3号 window, A4 tri-fold


def _postal(code: str) -> str:
    digits = "".join(ch for ch in code if ch.isdigit())
    return f"{digits[:3]}-{digits[3:]}" if len(digits) == 7 else code


def _wrap(text: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for ch in text:
        if cur and text_width(cur + ch, "mincho", size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return [*lines, cur] if cur else lines


def _sheet(c: Canvas, bo: Backoffice, app: Application) -> None:
    y = WINDOW_TOP - 8 * mm
    draw_text(c, WINDOW_X, y, f"〒{_postal(app.postal_code)}", "mincho", 12)
    for line in _wrap(app.address, 12, WINDOW_W)[:3]:
        y -= 7 * mm
        draw_text(c, WINDOW_X, y, line, "mincho", 12)
    y -= 12 * mm
    draw_text(c, WINDOW_X + 4 * mm, y, f"{app.applicant_name}　様", "mincho", 16)
    proc = bo.catalog.get(app.procedure)
    dept = proc.department if proc else app.department
    sender = f"{bo.config.city_name}役所　{dept}"
    draw_text(c, PAGE_W - 20 * mm, WINDOW_TOP - 8 * mm, "差出人", "gothic", 8, "right")
    draw_text(c, PAGE_W - 20 * mm, WINDOW_TOP - 14 * mm, sender, "gothic", 10, "right")
    draw_text(c, PAGE_W - 20 * mm, WINDOW_TOP - 19 * mm, f"（団体コード {bo.config.city_code}）",
              "gothic", 8, "right")
    c.setDash(2, 3)
    c.setLineWidth(0.3)
    for fold in (PAGE_H / 3, PAGE_H * 2 / 3):  # tri-fold guides, outside the printed text
        c.line(5 * mm, fold, 10 * mm, fold)
    c.setDash()
    body_y = PAGE_H * 2 / 3 - 20 * mm
    name = proc.name if proc else app.procedure
    for line in ("同封書類", f"　{name}", f"　申請番号　{app.application_id}",
                 f"　証明番号　{app.certificate_serial or '－'}"):
        draw_text(c, 25 * mm, body_y, line, "mincho", 11)
        body_y -= 7 * mm


def address_sheet_pdf(bo: Backoffice, actor: Actor, pks: list[int]) -> bytes:
    """One A4 page per application for a window envelope (〒, address, name 様, sender)."""
    require(actor, "delivery.record")
    buf = BytesIO()
    c = pdf_canvas(buf)  # every font embedded
    c.setTitle("宛名シート")
    with bo.db.write() as s:
        for pk in pks:
            app = units.load_for_update(s, Application, pk, what="application", lock=False)
            scope.require_department(actor, app.department, handover=True)
            _sheet(c, bo, app)
            c.showPage()
        audit.record(s, actor, "delivery.address_sheets", "applications",
                     applications=[a for a in s.scalars(select(Application.application_id)
                                                        .where(Application.id.in_(pks)))])
    c.save()
    return buf.getvalue()
