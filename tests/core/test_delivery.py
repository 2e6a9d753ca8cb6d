"""Delivery: counter handover (receipt QR, identity document), mail (address sheets),
electronic (PDF with the issued notice in the outbox); each status change notifies once."""

from __future__ import annotations

import json

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from backoffice.accounts import keystore
from backoffice.db.models import Application, Delivery, Notice
from backoffice.issuance import delivery, service
from backoffice.issuance.qr import qr_png
from backoffice.platform.errors import NotFound, TransitionError
from tests.ui.factories import GOD, make_applications, make_staff


@pytest.fixture
def kbo(bo, memory_keyring):
    keystore.create_issuing_key(bo.config.key_id)
    keystore.create_issuing_key(bo.config.outbox_kid, kind="outbox")  # the signed outbox (portal-v1 §1)
    return bo


def flush_outbox(bo) -> int:
    from backoffice.portal import outbox

    return outbox.flush(bo).written


def _issued(bo, n: int, method: str) -> list:
    made = make_applications(bo, n, statuses=("approved",), procedures=("juminhyo-copy",))
    with bo.db.write() as s:
        for m in made:
            s.get(Application, m.pk).delivery_method = method
    for m in made:
        service.issue_document(bo, GOD, m.pk)
    return made


def _outbox(bo) -> tuple[list[dict], list[str]]:
    box = bo.spool.outbox
    return ([json.loads(p.read_text(encoding="utf-8")) for p in sorted(box.glob("*.json"))],
            sorted(p.name for p in box.glob("*.pdf")))


def test_electronic_delivery_puts_one_notice_with_the_pdf_in_the_outbox(kbo):
    made = _issued(kbo, 1, "electronic")
    flush_outbox(kbo)
    notices, pdfs = _outbox(kbo)
    issued = [n for n in notices if n["event"] == "issued"]
    assert len(issued) == 1 and pdfs == [f"{issued[0]['message_id']}.pdf"]
    assert issued[0]["attachment"] == pdfs[0]
    pdf = (kbo.spool.outbox / pdfs[0]).read_bytes()
    with kbo.db.read() as s:
        serial = s.get(Application, made[0].pk).certificate_serial
    assert pdf == service.certificate_pdf(kbo, GOD, serial)

    assert delivery.deliver_electronic(kbo, GOD, made[0].pk) == "delivered"
    assert flush_outbox(kbo) == 1
    assert flush_outbox(kbo) == 0  # nothing twice
    notices, pdfs = _outbox(kbo)
    assert [n["event"] for n in notices].count("delivered") == 1 and len(pdfs) == 1
    assert [n["event"] for n in notices].count("issued") == 1
    with pytest.raises(TransitionError):
        delivery.deliver_electronic(kbo, GOD, made[0].pk)


def test_counter_handover_from_receipt_qr(kbo, tmp_path):
    made = _issued(kbo, 2, "counter")
    clerk = make_staff(kbo, "cnt1", ["counter"])
    receipt = tmp_path / "receipt.png"
    receipt.write_bytes(qr_png(f"https://portal.example/receipt?id={made[1].application_id}&lang=ja"))
    rows = delivery.find_by_receipt_qr(kbo, clerk, receipt)
    assert [r.application_id for r in rows] == [made[1].application_id]
    assert rows[0].status == "issued" and rows[0].certificate_serial

    with pytest.raises(ValueError):
        delivery.record_counter_handover(kbo, clerk, rows[0].pk, "library_card")
    with pytest.raises(TransitionError):
        delivery.record_counter_handover(kbo, clerk, rows[0].pk, "other", "")
    assert delivery.record_counter_handover(kbo, clerk, rows[0].pk, "my_number_card", "本人") == "delivered"
    with pytest.raises(TransitionError):  # handed over once only
        delivery.record_counter_handover(kbo, clerk, rows[0].pk, "passport")
    with kbo.db.read() as s:
        d = s.scalars(select(Delivery).where(Delivery.application_pk == rows[0].pk)).one()
        assert (d.method, d.id_document, d.staff_id, d.certificate_serial) == (
            "counter", "my_number_card", clerk.id, rows[0].certificate_serial)
        events = list(s.scalars(select(Notice.event).where(Notice.application_pk == rows[0].pk)))
    assert events.count("ready_for_pickup") == 1 and events.count("delivered") == 1


def test_receipt_qr_forms_and_failures(kbo, tmp_path):
    made = _issued(kbo, 1, "counter")
    app_id = made[0].application_id
    assert delivery.receipt_ids([app_id, f"受付番号:{app_id}", "2026-JU-00000001"]) == [app_id]
    assert delivery.find_by_receipt_qr(kbo, GOD, qr_png(app_id))[0].pk == made[0].pk
    with pytest.raises(NotFound, match="no application id"):
        delivery.find_by_receipt_qr(kbo, GOD, qr_png("hello"))
    with pytest.raises(NotFound, match="no application OSK-2099-0000001"):
        delivery.find_by_receipt_qr(kbo, GOD, qr_png("OSK-2099-0000001"))
    from tests import builders

    with pytest.raises(NotFound, match="no QR code"):
        delivery.find_by_receipt_qr(kbo, GOD, builders.tiny_png())
    assert [r.pk for r in delivery.counter_search(kbo, GOD, app_id)] == [made[0].pk]


def test_address_sheets_and_mailing(kbo):
    made = _issued(kbo, 3, "mail")
    pks = [m.pk for m in made]
    pdf = delivery.address_sheet_pdf(kbo, GOD, pks)
    doc = pdfium.PdfDocument(pdf)
    try:
        assert len(doc) == 3
        texts = [doc[i].get_textpage().get_text_range() for i in range(3)]
    finally:
        doc.close()
    with kbo.db.read() as s:
        apps = [s.get(Application, pk) for pk in pks]
    for text, app in zip(texts, apps, strict=True):
        assert "〒530-8201" in text and f"{app.applicant_name}" in text and "様" in text
        assert app.address in text and "市民課" in text and app.certificate_serial in text
    assert [r.pk for r in delivery.list_rows(kbo, GOD, "issued", "mail")] == pks
    assert delivery.record_mailed(kbo, GOD, pks) == 3
    with kbo.db.read() as s:
        assert {s.get(Application, pk).status for pk in pks} == {"delivered"}
        assert len(s.scalars(select(Delivery).where(Delivery.method == "mail")).all()) == 3
        events = list(s.scalars(select(Notice.event).where(Notice.application_pk.in_(pks))))
    assert events.count("delivered") == 3
    with pytest.raises(TransitionError):
        delivery.record_mailed(kbo, GOD, pks[:1])


def test_identity_documents_of_2026(kbo):
    """The paper health insurance card expired on 2025-12-01: a handover cannot be recorded
    with it any more; the 資格確認書 that replaced it can. Old records keep their label."""
    assert "health_insurance_card" not in delivery.ID_DOCUMENTS_ACCEPTED
    assert {"my_number_card", "eligibility_certificate"} <= set(delivery.ID_DOCUMENTS_ACCEPTED)
    assert "マイナ保険証" in delivery.ID_DOCUMENTS["my_number_card"]
    assert delivery.ID_DOCUMENTS["health_insurance_card"] == "健康保険証"  # for deliveries recorded before
    clerk = make_staff(kbo, "c-2026", ["counter"])
    made = _issued(kbo, 2, "counter")
    with pytest.raises(ValueError, match="identity document must be one of"):
        delivery.record_counter_handover(kbo, clerk, made[0].pk, "health_insurance_card")
    assert delivery.record_counter_handover(kbo, clerk, made[0].pk, "eligibility_certificate") == "delivered"
    with kbo.db.read() as s:
        d = s.scalars(select(Delivery).where(Delivery.application_pk == made[0].pk)).one()
    assert d.id_document == "eligibility_certificate"
