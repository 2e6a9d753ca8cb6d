"""Test data straight through the ORM and workflow.transition (until `backoffice demo`
exists): staff accounts and applications with revisions and real small documents."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from backoffice.accounts.permissions import Actor
from backoffice.administration import staff
from backoffice.casework import workflow
from backoffice.db.models import Application, Document, Revision
from backoffice.platform.context import Backoffice
from backoffice.platform.textnorm import search_key
from backoffice.platform.timeutil import JST, to_jst, utcnow

PASSWORD = "correct horse battery staple"
GOD = Actor(code="factory", name="factory", roles=frozenset({"system", "reviewer", "supervisor", "counter", "admin"}))
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

NAMES = [("山田 太郎", "ヤマダ タロウ"), ("佐藤 花子", "サトウ ハナコ"), ("鈴木 一郎", "スズキ イチロウ"),
         ("髙橋 美咲", "タカハシ ミサキ"), ("𠮷田 健", "ヨシダ ケン"), ("田中 裕子", "タナカ ユウコ"),
         ("伊藤 翔", "イトウ ショウ"), ("渡辺 直美", "ワタナベ ナオミ"), ("中村 大輔", "ナカムラ ダイスケ"),
         ("小林 さくら", "コバヤシ サクラ"), ("山﨑 誠", "ヤマザキ マコト"), ("加藤 陽菜", "カトウ ヒナ")]
FORMS: dict[str, dict[str, Any]] = {
    "juminhyo-copy": {"copies": 2, "include_household": True, "purpose": "勤務先への提出"},
    "koseki-copy": {"copies": 1, "honseki": "大阪府大阪市北区中之島1丁目", "hittousha": "山田 一郎",
                    "kind": "謄本", "purpose": "相続手続"},
    "address-change": {"moved_on": "2026-11-20", "previous_address": "大阪府堺市堺区南瓦町3-1"},
}


def make_staff(bo: Backoffice, code: str, roles: list[str], name: str | None = None) -> Actor:
    with bo.db.write() as s:
        info = staff.create_staff(s, GOD, code, name or f"職員 {code}", roles, PASSWORD)
    return Actor(code=info.code, name=info.name, roles=frozenset(info.roles), id=info.id)


@cache
def page_png(text: str, size: tuple[int, int] = (620, 877)) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(img)
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont
    try:
        font = ImageFont.truetype(FONT, 28)
    except OSError:
        font = ImageFont.load_default()
    d.rectangle((20, 20, size[0] - 20, size[1] - 20), outline=(40, 40, 40), width=3)
    for i, line in enumerate(text.split("\n")):
        d.text((50, 60 + 44 * i), line, fill=(20, 20, 20), font=font)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


@cache
def image_pdf(pages: int = 3, title: str = "添付書類") -> bytes:
    """A real PDF of page images only, like a sanitized PDF (bundle-v1 §6)."""
    from PIL import Image

    imgs = [Image.open(io.BytesIO(page_png(f"{title}\n{n + 1} / {pages} ページ"))).convert("RGB")
            for n in range(pages)]
    buf = io.BytesIO()
    imgs[0].save(buf, format="PDF", save_all=True, append_images=imgs[1:], resolution=72)
    return buf.getvalue()


def _pages(data: bytes) -> int:
    if not data.startswith(b"%PDF"):
        return 1
    import pypdfium2

    doc = pypdfium2.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()


@dataclass
class Made:
    pk: int
    application_id: str


def application_json(app_id: str, revision: int, procedure: str, name: str, kana: str,
                     birth: date, docs: list[tuple[str, str, bytes]], *, address: str,
                     fee: int) -> bytes:
    aj = {
        "schema": "application/1", "application_id": app_id, "revision": revision,
        "procedure": procedure, "submitted_at": datetime.now(JST).replace(microsecond=0).isoformat(),
        "applicant": {"name": name, "name_kana": kana, "birth_date": birth.isoformat(),
                      "postal_code": "530-8201", "address": address, "phone": "06-0000-0000",
                      "email": "taro@example.jp"},
        "form": FORMS.get(procedure, {"copies": 1, "purpose": "本人確認"}),
        "attachments": [{"id": aid, "file": f"{aid}-{kind}.pdf", "kind": kind,
                         "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                        for aid, kind, data in docs],
        "payment": ({"method": "credit_card", "amount": fee, "currency": "JPY",
                     "transaction_id": f"PG-{app_id}", "paid_at": "2026-11-28T09:16:02+09:00"}
                    if fee else None),
        "delivery": {"method": "mail"}, "appointment": None,
    }
    return json.dumps(aj, ensure_ascii=False).encode()


def _add_revision(s, bo: Backoffice, app: Application, revision: int, docs, address: str) -> None:
    proc = bo.catalog.get(app.procedure)
    fee = proc.fee_due(FORMS.get(app.procedure, {})) if proc else 0
    if app.birth_date is None:  # application/1 requires one; make_applications always sets it
        raise ValueError(f"{app.application_id}: a revision needs the applicant's birth date")
    raw = application_json(app.application_id, revision, app.procedure, app.applicant_name,
                           app.applicant_kana, app.birth_date, docs, address=address, fee=fee)
    gw = json.dumps({"schema": "gateway/1", "engine": "test-gateway/1",
                     "sanitized_at": "2026-11-28T09:16:30+09:00"}).encode()
    rev = Revision(application_pk=app.id, revision=revision, bundle_id=f"b-{app.application_id}-{revision}",
                   application_json=raw, signature_json=None, gateway_json=gw, submitted_at=utcnow(),
                   received_at=utcnow(), attention=list(app.attention),
                   signature_checks=[{"name": "signature", "passed": True, "detail": "RSASSA-PKCS1-v1_5 OK"},
                                     {"name": "chain", "passed": True, "detail": "JPKI test root"},
                                     {"name": "name", "passed": not app.attention,
                                      "detail": "CN matches applicant" if not app.attention else "CN differs"}])
    s.add(rev)
    s.flush()
    for aid, kind, data in docs:
        pdf = data.startswith(b"%PDF")
        s.add(Document(revision_pk=rev.id, attachment_id=aid, kind=kind, original_file=f"{aid}-{kind}.pdf",
                       path=f"files/{aid}", media_type="application/pdf" if pdf else "image/png",
                       sha256=hashlib.sha256(data).hexdigest(), pages=_pages(data),
                       actions=["rasterized every page to an image", "removed metadata"], data=data))
    app.fee_due = fee
    app.payment_amount = fee or None


def _walk(s, app: Application, status: str, claimer: Actor | None) -> None:
    t = lambda action, **kw: workflow.transition(s, GOD, app, action, **kw)  # noqa: E731
    t("receive")
    if status == workflow.RECEIVED:
        return
    if status == workflow.ATTENTION:
        app.attention = ["signer_name_mismatch"]
        t("checks_failed")
        return
    t("checks_passed")
    if status == workflow.READY:
        return
    t("start_review")
    if claimer is not None:
        app.claimed_by, app.claim_expires_at = claimer.id, utcnow() + timedelta(minutes=15)
    if status == workflow.IN_REVIEW:
        return
    path = {workflow.RETURNED: ["return"], workflow.PENDING: ["recommend_approve"],
            workflow.APPROVED: ["approve"], workflow.REJECTED: ["reject"],
            workflow.WITHDRAWN: ["withdraw"]}[status]
    for action in path:
        t(action, reason="テスト")
    if status == workflow.PENDING:
        app.recommendation = "approve"
    app.claimed_by = app.claim_expires_at = None


def make_applications(bo: Backoffice, n: int, *, statuses: tuple[str, ...] = (workflow.READY,),
                      procedures: tuple[str, ...] = ("juminhyo-copy", "koseki-copy"),
                      revisions: int = 1, pdf_pages: int = 3, claimer: Actor | None = None,
                      start: int = 1, prefix: str = "OSK-2026-",
                      with_documents: Callable[[int], bool] = lambda _i: True) -> list[Made]:
    """n applications cycling through statuses, procedures and names; the i-th has no
    attachments when with_documents(i) is false (one revision only)."""
    made: list[Made] = []
    base = utcnow() - timedelta(days=n)
    with bo.db.write() as s:
        for i in range(n):
            no = start + i
            name, kana = NAMES[i % len(NAMES)]
            proc_code = procedures[i % len(procedures)]
            proc = bo.catalog.get(proc_code)
            status = statuses[i % len(statuses)]
            received = base + timedelta(hours=7 * i)
            app = Application(
                application_id=f"{prefix}{no:07d}", revision=1, procedure=proc_code,
                department=proc.department if proc else "市民課", status="", attention=[],
                applicant_name=name, applicant_kana=kana, search_key=search_key(name, kana),
                birth_date=date(1960 + i % 40, 1 + i % 12, 1 + i % 28), postal_code="530-8201",
                address="大阪府大阪市北区中之島1-3-20", delivery_method="mail", submitted_at=received,
                received_at=received, updated_at=received, paused_days=0,
                due_date=bo.calendar.due_date(to_jst(received).date(), proc.processing_days if proc else 3))
            s.add(app)
            s.flush()
            docs = [("a1", "identity_document", page_png(f"本人確認書類\n{name}")),
                    ("a2", "supporting_document", image_pdf(pdf_pages))] if with_documents(i) else []
            _add_revision(s, bo, app, 1, docs, app.address)
            if revisions > 1:
                _walk(s, app, workflow.RETURNED, claimer)
                for r in range(2, revisions + 1):
                    app.revision = r
                    new_docs = [docs[0], ("a2", "supporting_document", image_pdf(pdf_pages + r - 1, f"補正 {r}"))]
                    _add_revision(s, bo, app, r, new_docs, f"大阪府大阪市北区梅田{r}-1-1")
                    workflow.transition(s, GOD, app, "resubmit")
                    if r < revisions:
                        workflow.transition(s, GOD, app, "checks_passed")
                        workflow.transition(s, GOD, app, "start_review")
                        workflow.transition(s, GOD, app, "return", reason="テスト")
                _continue_after_resubmit(s, app, status, claimer)
            else:
                _walk(s, app, status, claimer)
            made.append(Made(app.id, app.application_id))
    return made


def _continue_after_resubmit(s, app: Application, status: str, claimer: Actor | None) -> None:
    if status == workflow.RECEIVED:
        return
    workflow.transition(s, GOD, app, "checks_passed")
    if status == workflow.READY:
        return
    workflow.transition(s, GOD, app, "start_review")
    if claimer is not None:
        app.claimed_by, app.claim_expires_at = claimer.id, utcnow() + timedelta(minutes=15)
