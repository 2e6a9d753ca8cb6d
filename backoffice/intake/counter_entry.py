"""Walk-in applications entered by counter staff (窓口受付, issue 18 item 1).

A clerk types the application of a citizen standing at the counter: the procedure from the
catalog, the applicant (name, kana, birth date, postal code, address), the procedure's form
fields with the types the catalog declares (procedures-v1 `field_types`, `required_fields`,
`field_choices`), the identity document checked, how many paper pages were taken in, and,
when a fee is due, the receipt number of the payment made at the counter. `validate()`
refuses field by field (`CounterEntryRefused.errors`: field -> code) and changes nothing,
so the screen keeps everything as typed; `enter()` then records, in one unit of work, an
application like an online one (a revision with its application.json, status received ->
ready_for_review, or received while a register answer is awaited), marked channel
`counter` (`counter_entries`), the counter payment, the events and audit entries, and
returns the 受付票 (reception slip: a PDF with the application id as a QR code) to print.
From there it follows the same life as an online application.

Application ids are `CTR-YYYY-NNNNNNN` (the portal's are `OSK-…`), numbered per year.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

import jaconv
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor, require, system_actor
from backoffice.audit import log as audit
from backoffice.casework import workflow
from backoffice.db import units
from backoffice.db.engine import is_person, is_postgres
from backoffice.db.models import Application, ApplicationEvent, Document, Revision, SerialCounter
from backoffice.db.models_figures import CounterEntry
from backoffice.db.models_supervision import CounterPayment
from backoffice.intake import scans
from backoffice.intake.scans import KIND as SCAN_KIND
from backoffice.intake.scans import Scan, ScanRejected
from backoffice.issuance.delivery import ID_DOCUMENTS, ID_DOCUMENTS_ACCEPTED
from backoffice.issuance.pattern import PAGE_H, PAGE_W, draw_text, pdf_canvas
from backoffice.issuance.qr import qr_matrix
from backoffice.platform import postal as postal_table
from backoffice.platform.catalog import FormField, Procedure
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError
from backoffice.platform.textnorm import search_key
from backoffice.platform.timeutil import rfc3339, to_jst, today_jst, utcnow
from backoffice.records.policy import waits_for_record

DELIVERY_METHODS = ("counter", "mail")
KANA = re.compile(r"[ァ-ヴー・ヽヾ 　]+")
POSTAL = re.compile(r"(\d{3})-?(\d{4})")
DATE_FORMS = (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"),
              re.compile(r"(\d{4})(\d{2})(\d{2})"))
TRUE_WORDS, FALSE_WORDS = ("true", "1", "yes", "はい", "on"), ("false", "0", "no", "いいえ", "off", "")
MAX_TEXT = 200
ID_PREFIX = "CTR"


class CounterEntryRefused(BackofficeError):
    """The entry has mistakes; `errors` maps each field to its code (docs/counter.md)."""

    default_code = "counter_entry_refused"

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("the entry was not saved: " + ", ".join(f"{k}: {v}" for k, v in errors.items()),
                         fields=",".join(errors))
        self.errors = errors


@dataclass
class CounterForm:
    """What the clerk typed, as typed (strings, a checkbox as bool)."""

    procedure: str = ""
    name: str = ""
    kana: str = ""
    birth_date: str = ""
    postal_code: str = ""
    address: str = ""
    delivery_method: str = "counter"
    fields: dict[str, str | bool] = field(default_factory=dict)
    id_document: str = ""
    receipt_no: str = ""
    paper_documents: int = 0
    seconds: int | None = None  # how long the entry took, for the figures (optional)
    scan: Scan | None = None  # the paper documents scanned (intake/scans.py), attached as a document


@dataclass(frozen=True)
class Clean:
    """A valid entry, normalized."""

    procedure: Procedure
    name: str
    kana: str
    birth_date: date
    postal_code: str
    address: str
    delivery_method: str
    form: dict[str, object]
    id_document: str
    receipt_no: str
    fee: int


@dataclass(frozen=True)
class CounterReceipt:
    pk: int
    application_id: str
    status: str
    fee: int
    receipt_no: str | None
    slip_pdf: bytes = field(repr=False)


def _parse_date(text: str) -> date | None:
    t = unicodedata.normalize("NFKC", text).strip()
    for pattern in DATE_FORMS:
        m = pattern.fullmatch(t)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def _kana(text: str) -> str | None:
    """Katakana as stored (hiragana and half-width kana are converted), or None if invalid."""
    t = jaconv.hira2kata(jaconv.h2z(unicodedata.normalize("NFC", text.strip()), kana=True, digit=False, ascii=False))
    t = re.sub(r"[ 　]+", "　", t)
    return t if t and KANA.fullmatch(t) else None


def _field(f: FormField, raw: str | bool | None, errors: dict[str, str]) -> object:
    key = f"field.{f.name}"
    if f.type == "boolean":
        if isinstance(raw, bool):
            return raw
        text = str(raw or "").strip().lower()
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            if f.required and raw is None:
                errors[key] = "required"
            return False
        errors[key] = "boolean"
        return None
    text = unicodedata.normalize("NFKC", str(raw or "")).strip() if f.type in ("number", "date") \
        else str(raw or "").strip()
    if not text:
        if f.required:
            errors[key] = "required"
        return None
    if f.type == "number":
        if not text.isdigit() or len(text) > 9:
            errors[key] = "number"
            return None
        value = int(text)
        if f.name == "copies" and not 1 <= value <= 99:
            errors[key] = "copies"
            return None
        return value
    if f.type == "date":
        d = _parse_date(text)
        if d is None:
            errors[key] = "date"
            return None
        return d.isoformat()
    if f.type == "choice":
        if text not in f.choices:
            errors[key] = "choice"
            return None
        return text
    if len(text) > MAX_TEXT:
        errors[key] = "too_long"
        return None
    return text


def validate(bo: Backoffice, form: CounterForm, *, today: date | None = None) -> Clean:
    """Check every field; raise CounterEntryRefused with all the mistakes at once."""
    today = today or today_jst()
    errors: dict[str, str] = {}
    proc = bo.catalog.get(form.procedure)
    if proc is None:
        errors["procedure"] = "required" if not form.procedure else "unknown_procedure"
    name = form.name.strip()
    if not name:
        errors["name"] = "required"
    elif len(name) > MAX_TEXT:
        errors["name"] = "too_long"
    kana = _kana(form.kana)
    if not form.kana.strip():
        errors["kana"] = "required"
    elif kana is None:
        errors["kana"] = "kana"
    birth = _parse_date(form.birth_date)
    if not form.birth_date.strip():
        errors["birth_date"] = "required"
    elif birth is None:
        errors["birth_date"] = "date"
    elif birth > today:
        errors["birth_date"] = "future"
    elif birth.year < 1900:
        errors["birth_date"] = "date"
    postal = POSTAL.fullmatch(unicodedata.normalize("NFKC", form.postal_code).strip())
    if not form.postal_code.strip():
        errors["postal_code"] = "required"
    elif postal is None:
        errors["postal_code"] = "postal_code"
    elif postal_table.available() and postal_table.lookup(postal.group(1) + postal.group(2)) is None:
        errors["postal_code"] = "postal_code_unknown"
    address = form.address.strip()
    if not address:
        errors["address"] = "required"
    elif len(address) > 400:
        errors["address"] = "too_long"
    if form.delivery_method not in DELIVERY_METHODS:
        errors["delivery_method"] = "choice"
    if form.id_document not in ID_DOCUMENTS_ACCEPTED:
        errors["id_document"] = "required" if not form.id_document else "choice"
    values: dict[str, object] = {}
    if proc is not None:
        for f in proc.form:
            value = _field(f, form.fields.get(f.name), errors)
            if value is not None:
                values[f.name] = value
    fee = proc.fee_due(values) if proc is not None else 0
    receipt = unicodedata.normalize("NFKC", form.receipt_no).strip()
    if fee > 0 and not receipt:
        errors["receipt_no"] = "required"
    elif len(receipt) > 40:
        errors["receipt_no"] = "too_long"
    if form.paper_documents < 0:
        errors["paper_documents"] = "number"
    if errors:
        raise CounterEntryRefused(errors)
    assert proc is not None and kana is not None and birth is not None and postal is not None
    return Clean(procedure=proc, name=name, kana=kana, birth_date=birth,
                 postal_code=f"{postal.group(1)}-{postal.group(2)}", address=address,
                 delivery_method=form.delivery_method, form=values, id_document=form.id_document,
                 receipt_no=receipt if fee > 0 else "", fee=fee)


def _allocate_id(s: Session, year: int) -> str:
    prefix = f"{ID_PREFIX}-{year}"
    units.insert_if_absent(s, SerialCounter, ["prefix"], prefix=prefix, last=0)
    counter = units.load_for_update(s, SerialCounter, prefix, what="application number", by=SerialCounter.prefix)
    counter.last += 1
    s.flush()
    return f"{prefix}-{counter.last:07d}"


def enter(bo: Backoffice, actor: Actor, form: CounterForm, *, today: date | None = None) -> CounterReceipt:
    """Validate and record a walk-in application; returns its id and the 受付票 to print."""
    require(actor, "counter.enter")
    clean = validate(bo, form, today=today)
    proc = clean.procedure
    now = utcnow()
    with bo.db.write() as s:
        if clean.receipt_no and s.scalar(select(CounterPayment.id).where(
                CounterPayment.receipt_no == clean.receipt_no)) is not None:
            raise CounterEntryRefused({"receipt_no": "receipt_used"})
        scan = form.scan
        if scan is not None:
            if is_postgres(s):  # two clerks choosing the same waiting scan: one wins
                s.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": scan.path})
            if s.scalar(select(Document.id).where(Document.path == scan.path).limit(1)) is not None:
                raise ScanRejected("scan_used", "this scan is already attached to another application")
        if is_person(s):  # issue 19: the server writes it all in the person's name (bo_counter_enter)
            app_id, pk, status = _enter_as_person(bo, s, clean, form, now)
        else:
            app_id, pk, status = _enter(bo, s, actor, clean, form, now)
    if scan is not None:
        scans.finish_ready(bo, scan.key)  # after the commit: a crash before leaves it for clear_attached
    slip = slip_pdf(app_id=app_id, procedure=proc, name=clean.name, received=now,
                    delivery_method=clean.delivery_method, fee=clean.fee, receipt_no=clean.receipt_no,
                    copies=clean.form.get("copies"), due=bo.calendar.due_date(
                        to_jst(now).date(), proc.processing_days, 0),
                    city=bo.config.city_name)
    return CounterReceipt(pk=pk, application_id=app_id, status=status, fee=clean.fee,
                          receipt_no=clean.receipt_no or None, slip_pdf=slip)


def _app_json(app_id: str, now: datetime, clean: Clean, scan: Scan | None) -> dict[str, object]:
    """The revision's application.json (an online application's shape, channel counter)."""
    return {
        "schema": "application/1", "application_id": app_id, "revision": 1, "procedure": clean.procedure.code,
        "channel": "counter", "submitted_at": rfc3339(now),
        "applicant": {"name": clean.name, "name_kana": clean.kana, "birth_date": clean.birth_date.isoformat(),
                      "postal_code": clean.postal_code, "address": clean.address},
        "form": clean.form, "delivery": {"method": clean.delivery_method}, "payment": None,
        "attachments": [] if scan is None else [
            {"id": "scan-1", "kind": SCAN_KIND, "file": scan.original_name, "sha256": scan.key}],
    }


def _encode(app_json: dict[str, object]) -> bytes:
    return json.dumps(app_json, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _enter_as_person(bo: Backoffice, s: Session, clean: Clean, form: CounterForm,
                     now: datetime) -> tuple[str, int, str]:
    """A person connected as their own role (issue 19): the number from bo_counter_number,
    then every row, event and audit entry by bo_counter_enter
    (supervision/server_counter.py), which refuses a receipt or scan already used."""
    proc, scan = clean.procedure, form.scan
    app_id = str(s.scalar(text("SELECT bo_counter_number()")))
    waits = waits_for_record(bo.config, proc, ())
    entry = {
        "application_id": app_id, "procedure": proc.code, "waits": waits, "name": clean.name,
        "kana": clean.kana, "search_key": search_key(clean.name, clean.kana),
        "birth_date": clean.birth_date.isoformat(), "postal_code": clean.postal_code, "address": clean.address,
        "delivery_method": clean.delivery_method, "fee": clean.fee, "receipt_no": clean.receipt_no,
        "due_date": _due(bo, proc, now), "application_json": _encode(_app_json(app_id, now, clean, scan)).decode(),
        "id_document": clean.id_document, "seconds": form.seconds,
        "paper_documents": form.paper_documents if scan is None else max(form.paper_documents, scan.pages),
        "scan": None if scan is None else {"file": scan.original_name, "path": scan.path,
                                           "media_type": scan.media_type, "pages": scan.pages,
                                           "actions": list(scan.actions), "key": scan.key},
    }
    try:
        pk = int(s.scalar(text("SELECT bo_counter_enter(CAST(:e AS jsonb), :d)"),
                          {"e": json.dumps(entry, ensure_ascii=False), "d": None if scan is None else scan.data}))
    except DBAPIError as exc:
        said = str(getattr(getattr(exc.orig, "diag", None), "message_primary", "") or "")
        if said == "receipt_used":
            raise CounterEntryRefused({"receipt_no": "receipt_used"}) from None
        if said == "scan_used":
            raise ScanRejected("scan_used", "this scan is already attached to another application") from None
        raise
    return app_id, pk, "received" if waits else "ready_for_review"


def _due(bo: Backoffice, proc: Procedure, now: datetime) -> str | None:
    due = bo.calendar.due_date(to_jst(now).date(), proc.processing_days, 0)
    return None if due is None else due.isoformat()


def _enter(bo: Backoffice, s: Session, actor: Actor, clean: Clean, form: CounterForm,
           now: datetime) -> tuple[str, int, str]:
    proc, scan = clean.procedure, form.scan
    app_id = _allocate_id(s, to_jst(now).year)
    first = workflow.plan(actor, "new", "counter_receive", application_id=app_id, revision=1,
                          channel="counter", procedure=proc.code)
    second = None if waits_for_record(bo.config, proc, ()) else workflow.plan(
        system_actor("counter-entry"), first.to_status, "checks_passed", application_id=app_id,
        revision=1, attention=[])
    last = second or first
    app_json = _app_json(app_id, now, clean, scan)
    app = Application(
        application_id=app_id, revision=1, procedure=proc.code, department=proc.department,
        status=last.to_status, attention=[], applicant_name=clean.name, applicant_kana=clean.kana,
        search_key=search_key(clean.name, clean.kana), birth_date=clean.birth_date,
        postal_code=clean.postal_code, address=clean.address, delivery_method=clean.delivery_method,
        fee_due=clean.fee, payment_amount=clean.fee if clean.fee else None, submitted_at=now,
        received_at=now, updated_at=last.at, paused_days=0,
        due_date=bo.calendar.due_date(to_jst(now).date(), proc.processing_days, 0))
    s.add(app)
    s.flush()
    rev = Revision(application_pk=app.id, revision=1, bundle_id=str(uuid.uuid4()),
                   application_json=_encode(app_json),
                   signature_json=None, gateway_json=b'{"channel": "counter"}', submitted_at=now,
                   received_at=now, attention=[], signature_checks=[])
    s.add(rev)
    paper = form.paper_documents
    if scan is not None:
        s.flush()
        s.add(Document(revision_pk=rev.id, attachment_id="scan-1", kind=SCAN_KIND,
                       original_file=scan.original_name, path=scan.path, media_type=scan.media_type,
                       sha256=hashlib.sha256(scan.data).hexdigest(), pages=scan.pages,
                       actions=list(scan.actions), data=scan.data))
        paper = max(paper, scan.pages)  # scanned paper is paper taken in (the figures' share)
    s.add(CounterEntry(application_pk=app.id, entered_at=now, entered_by=actor.id,
                       id_document=clean.id_document, paper_documents=paper,
                       seconds=form.seconds))
    if clean.fee:
        s.add(CounterPayment(application_pk=app.id, receipt_no=clean.receipt_no, amount=clean.fee,
                             received_at=now, staff_id=actor.id))
    for change, by in ((first, actor), (second, system_actor("counter-entry"))):
        if change is None:
            continue
        s.add(ApplicationEvent(**change.event_row(app.id, 1, by)))
        audit.record(s, by, change.audit_action, change.audit_target, **change.audit_detail)
    if scan is not None:
        audit.record(s, actor, "counter.scan_attach", f"application:{app_id}", file=scan.original_name,
                     pages=scan.pages, scan=scan.key[:16])
    if clean.fee:
        audit.record(s, actor, "payment.counter", f"application:{app_id}", amount=clean.fee,
                     receipt=clean.receipt_no)
    return app_id, app.id, app.status


# --- 受付票 -----------------------------------------------------------------------------------


def slip_pdf(*, app_id: str, procedure: Procedure, name: str, received: datetime, delivery_method: str,
             fee: int, receipt_no: str, copies: object, due: date | None, city: str = "") -> bytes:
    """The reception slip handed to the citizen: the application id in large type and as a
    QR code (plain text, so any reader and the counter's scanner read it), what was applied
    for, the fee and its receipt number, how the document will come and when."""
    buf = io.BytesIO()
    c = pdf_canvas(buf)
    c.setTitle(f"受付票 {app_id}")
    left, top = 25 * mm, PAGE_H - 30 * mm
    draw_text(c, PAGE_W / 2, top, "受　付　票", "gothic", 20, align="center")
    if city:
        draw_text(c, PAGE_W - 25 * mm, top - 10 * mm, city, "gothic", 10, align="right")
    draw_text(c, left, top - 24 * mm, "受付番号", "gothic", 10)
    draw_text(c, left, top - 34 * mm, app_id, "gothic", 22)
    _qr(c, app_id, PAGE_W - 25 * mm - 40 * mm, top - 58 * mm, 40 * mm)
    when = to_jst(received)
    rows = [
        ("受付日時", f"{when:%Y年%m月%d日 %H時%M分}"),
        ("手続", procedure.name),
        ("申請者", f"{name} 様"),
        ("部数", f"{copies}通" if copies is not None else "—"),
        ("手数料", f"{fee:,}円（窓口でお支払い済み、領収番号 {receipt_no}）" if fee else "なし"),
        ("受取方法", "窓口でお受け取り" if delivery_method == "counter" else "郵送でお届け"),
        ("お渡しの目安", ("—" if not due or procedure.processing_days is None else
                    f"{due:%Y年%m月%d日}（即日）" if procedure.processing_days == 0 else
                    f"{due:%Y年%m月%d日}まで（開庁日で{procedure.processing_days}日以内）")),
    ]
    y = top - 72 * mm
    for label, value in rows:
        draw_text(c, left, y, label, "gothic", 10.5)
        draw_text(c, left + 32 * mm, y, value, "gothic", 10.5)
        c.setStrokeColorRGB(0.8, 0.8, 0.8)
        c.line(left, y - 2.5 * mm, PAGE_W - 25 * mm, y - 2.5 * mm)
        y -= 10 * mm
    for line in ("お問い合わせやお受け取りの際は、この受付票をお持ちください。",
                 "受付番号は QR コードでも読み取れます。"):
        y -= 4 * mm
        draw_text(c, left, y, line, "gothic", 9.5)
    c.showPage()
    c.save()
    return buf.getvalue()


def _qr(canvas: Canvas, text: str, x0: float, y0: float, size: float) -> None:
    matrix = qr_matrix(text)
    n = len(matrix)
    module = size / n
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(matrix):
        y = y0 + size - (r + 1) * module
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                canvas.rect(x0 + start * module, y, (col - start) * module, module, stroke=0, fill=1)
            else:
                col += 1


ID_DOCUMENT_LABELS = {k: ID_DOCUMENTS[k] for k in ID_DOCUMENTS_ACCEPTED}
