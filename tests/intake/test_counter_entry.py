"""Walk-in applications entered at the counter (issue 18 item 1): refused field by field
with nothing written, recorded like an online application with channel counter, the
counter payment and its receipt number, the 受付票 whose QR code decodes (pyzbar) to the
application id, and the figures counting it as a counter application; both engines."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from backoffice.accounts.permissions import Actor
from backoffice.casework import review
from backoffice.db.models import Application, ApplicationEvent, Revision
from backoffice.db.models_figures import CounterEntry
from backoffice.db.models_supervision import CounterPayment
from backoffice.intake import counter_entry
from backoffice.intake.counter_entry import CounterEntryRefused, CounterForm
from backoffice.platform.catalog import CatalogError, parse_catalog
from backoffice.platform.errors import PermissionDenied
from backoffice.platform.timeutil import today_jst
from backoffice.supervision import figures
from tests.ui.factories import make_staff

GOOD = CounterForm(procedure="juminhyo-copy", name="山田 花子", kana="やまだ　はなこ", birth_date="1985-04-01",
                   postal_code="530-0001", address="大阪市北区梅田1-1-1", delivery_method="counter",
                   fields={"copies": "2", "include_household": False, "purpose": "年金手続"},
                   id_document="my_number_card", receipt_no="R-2026-000123", paper_documents=1)


def _count(bo) -> int:
    with bo.db.read() as s:
        return s.scalar(select(func.count()).select_from(Application))


def test_refused_field_by_field_and_nothing_written(bo):
    clerk = make_staff(bo, "c1", ["counter"])
    bad = replace(GOOD, kana="Yamada Hanako", birth_date="2999-01-01", postal_code="53-0001", address=" ",
                  fields={"copies": "二", "purpose": "旅行"}, receipt_no="", id_document="")
    with pytest.raises(CounterEntryRefused) as exc:
        counter_entry.enter(bo, clerk, bad)
    assert exc.value.errors == {
        "kana": "kana", "birth_date": "future", "postal_code": "postal_code", "address": "required",
        "id_document": "required", "field.copies": "number", "field.purpose": "choice", "receipt_no": "required"}
    assert bad.kana == "Yamada Hanako" and bad.fields["copies"] == "二"  # the entry is kept as typed
    assert _count(bo) == 0
    missing = CounterForm(procedure="koseki-copy")
    with pytest.raises(CounterEntryRefused) as exc:
        counter_entry.validate(bo, missing)
    assert {k for k, v in exc.value.errors.items() if v == "required"} >= {
        "name", "kana", "birth_date", "postal_code", "address", "field.copies", "field.honseki",
        "field.hittousha", "field.kind"}
    with pytest.raises(CounterEntryRefused) as exc:
        counter_entry.validate(bo, replace(GOOD, procedure="no-such", birth_date="1985-02-30"))
    assert exc.value.errors == {"procedure": "unknown_procedure", "birth_date": "date"}
    assert counter_entry.validate(bo, replace(GOOD, birth_date=today_jst().isoformat())).birth_date == today_jst()


def test_a_walk_in_application_is_recorded_like_an_online_one(bo):
    clerk = make_staff(bo, "c1", ["counter"])
    got = counter_entry.enter(bo, clerk, replace(GOOD, postal_code="５３００００１", birth_date="19850401"))
    assert got.application_id.startswith(f"CTR-{today_jst().year}-") and got.fee == 600
    with bo.db.read() as s:
        app = s.scalar(select(Application).where(Application.application_id == got.application_id))
        assert (app.applicant_kana, app.postal_code, app.birth_date, app.fee_due) == (
            "ヤマダ　ハナコ", "530-0001", date(1985, 4, 1), 600)
        assert app.due_date is not None and app.department == "市民課"
        entry = s.scalar(select(CounterEntry).where(CounterEntry.application_pk == app.id))
        assert (entry.entered_by, entry.id_document, entry.paper_documents) == (clerk.id, "my_number_card", 1)
        pay = s.scalar(select(CounterPayment).where(CounterPayment.application_pk == app.id))
        assert (pay.receipt_no, pay.amount) == ("R-2026-000123", 600)
        rev = s.scalar(select(Revision).where(Revision.application_pk == app.id))
        aj = json.loads(rev.application_json)
        assert aj["form"] == {"copies": 2, "include_household": False, "purpose": "年金手続"}
        assert aj["channel"] == "counter" and aj["applicant"]["name"] == "山田 花子"
        actions = [e.action for e in s.scalars(select(ApplicationEvent).where(
            ApplicationEvent.application_pk == app.id).order_by(ApplicationEvent.id))]
    assert actions[0] == "counter_receive"
    # the same receipt number twice is refused
    with pytest.raises(CounterEntryRefused) as exc:
        counter_entry.enter(bo, clerk, GOOD)
    assert exc.value.errors == {"receipt_no": "receipt_used"}
    # a second entry gets the next number; no fee, no receipt needed
    other = counter_entry.enter(bo, clerk, replace(GOOD, procedure="dog-death", fields={}, receipt_no=""))
    assert int(other.application_id[-7:]) == int(got.application_id[-7:]) + 1 and other.fee == 0
    # the figures count them as counter applications with paper
    month = figures.month_figures(bo, Actor(code="sv", name="sv", roles=frozenset({"supervisor"})),
                                  f"{today_jst():%Y-%m}")
    by_code = {p.procedure: p for p in month.procedures}
    assert by_code["juminhyo-copy"].received_counter == 1 and by_code["juminhyo-copy"].paper_attachment_rate == 1.0
    assert by_code["dog-death"].received_online == 0
    # and the reviewers find it in their queue like any other
    reviewer = make_staff(bo, "r1", ["reviewer"])
    if got.status == "ready_for_review":
        review.claim(bo, reviewer, got.pk)


def test_only_counter_staff_and_supervisors_enter(bo):
    reviewer = make_staff(bo, "r1", ["reviewer"])
    with pytest.raises(PermissionDenied):
        counter_entry.enter(bo, reviewer, GOOD)


def test_the_slip_carries_the_application_id_as_a_qr_code(bo):
    import pypdfium2
    from pyzbar.pyzbar import decode

    clerk = make_staff(bo, "c1", ["counter"])
    got = counter_entry.enter(bo, clerk, GOOD)
    pdf = pypdfium2.PdfDocument(got.slip_pdf)
    page = pdf[0]
    text = page.get_textpage().get_text_range()
    assert "受" in text and got.application_id in text and "R-2026-000123" in text and "1,200円" not in text
    image = page.render(scale=150 / 72).to_pil()
    found = [d.data.decode() for d in decode(image)]
    assert found == [got.application_id]


def test_the_catalog_form_keys_are_checked():
    base = ('schema = "catalog/1"\n[procedures.x]\nname = "x"\ndepartment = "d"\nfee_per_copy = 0\n'
            'signature = "none"\noutput = "none"\napproval_steps = 1\nrequired_attachments = []\n'
            'fields = { a = "A", b = "B" }\n')
    ok = parse_catalog(base + 'field_types = { a = "date", b = "choice" }\nrequired_fields = ["a"]\n'
                              'field_choices = { b = ["甲", "乙"] }\n')
    assert [(f.name, f.type, f.required, f.choices) for f in ok.get("x").form] == [
        ("a", "date", True, ()), ("b", "choice", False, ("甲", "乙"))]
    assert [f.type for f in parse_catalog(base).get("x").form] == ["text", "text"]
    for extra, words in (('field_types = { a = "colour" }\n', "type must be one of"),
                         ('field_types = { c = "text" }\n', "has no label"),
                         ('field_types = { b = "choice" }\n', "needs field_choices"),
                         ('required_fields = "a"\n', "must be a list")):
        with pytest.raises(CatalogError, match=words):
            parse_catalog(base + extra)


def test_the_slip_finds_the_application_at_the_handover_counter(bo):
    """The 受付票 handed to a walk-in citizen is scanned at handover like a portal receipt
    (delivery.find_by_receipt_qr): the counter's CTR- id must be recognised too."""
    from backoffice.issuance import delivery

    clerk = make_staff(bo, "c1", ["counter"])
    got = counter_entry.enter(bo, clerk, GOOD)
    rows = delivery.find_by_receipt_qr(bo, clerk, got.slip_pdf)
    assert [r.application_id for r in rows] == [got.application_id]
