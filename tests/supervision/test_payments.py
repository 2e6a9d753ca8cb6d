"""Settlement import and matching: every mismatch kind, refunds owed, counter payments,
idempotent re-import, refused files (line number, nothing imported), CP932 and UTF-8."""

from datetime import date

import pytest
from sqlalchemy import func, select

from backoffice.db.models_supervision import Settlement, SettlementImport
from backoffice.platform.errors import PermissionDenied
from backoffice.supervision import payments
from backoffice.supervision.payments import PaymentError, SettlementFileError
from tests.supervision.helpers import add_app, settlement_csv
from tests.ui.factories import make_staff

T = "2026-11-28T09:16:02+09:00"


@pytest.fixture
def office(bo):
    sup = make_staff(bo, "sup1", ["supervisor"])
    clerk = make_staff(bo, "cnt1", ["counter"])
    with bo.db.write() as s:
        add_app(s, "OK-1", "approved", received=date(2026, 11, 27), fee=600, tx="PG-1", paid=600)
        add_app(s, "AMT-1", "in_review", received=date(2026, 11, 27), fee=600, tx="PG-2", paid=600)
        add_app(s, "REJ-1", "rejected", received=date(2026, 11, 27), fee=300, tx="PG-3", paid=300)
        add_app(s, "GONE-1", "ready_for_review", received=date(2026, 11, 27), fee=450, tx="PG-9", paid=450)
        add_app(s, "LATE-1", "ready_for_review", received=date(2026, 11, 30), fee=300, tx="PG-10", paid=300)
        add_app(s, "CTR-1", "approved", received=date(2026, 11, 27), fee=300)
        add_app(s, "CTR-2", "withdrawn", received=date(2026, 11, 27), fee=450)
    return bo, sup, clerk


ROWS = [("PG-1", "OK-1", 600, T, "credit_card", "paid"),
        ("PG-2", "AMT-1", 300, T, "pay_easy", "paid"),
        ("PG-3", "REJ-1", 300, T, "credit_card", "paid"),
        ("PG-4", "", 1200, T, "convenience_store", "paid"),
        ("PG-5", "OK-1", 300, T, "credit_card", "paid")]


def kinds(bo, sup):
    return sorted((m.kind, m.transaction_id, m.application_id) for m in payments.mismatches(bo, sup))


def test_import_match_mismatches_and_refunds(office):
    bo, sup, _ = office
    res = payments.import_settlement(bo, sup, settlement_csv(ROWS), "settle-20261128.csv")
    assert (res.rows, res.new, res.encoding, res.already_imported) == (5, 5, "utf-8", False)
    assert kinds(bo, sup) == [
        ("amount_differs", "PG-2", "AMT-1"),
        ("paid_without_application", "PG-4", None),
        ("paid_without_application", "PG-5", "OK-1"),
        ("unknown_to_provider", "PG-9", "GONE-1"),  # LATE-1 came after the file's last payment
    ]
    amount = next(m for m in payments.mismatches(bo, sup) if m.kind == "amount_differs")
    assert (amount.fee_due, amount.provider_amount) == (600, 300)
    owed = payments.refunds_owed(bo, sup)
    assert [(r.application_id, r.amount, r.paid_by, r.reference) for r in owed] == [("REJ-1", 300, "provider", "PG-3")]
    payments.record_refund(bo, sup, "REJ-1", 300, "口座振込")
    assert payments.refunds_owed(bo, sup) == []
    with pytest.raises(PaymentError):
        payments.record_refund(bo, sup, "REJ-1", 300)


def test_application_naming_another_application(office):
    bo, sup, _ = office
    payments.import_settlement(bo, sup, settlement_csv([("PG-1", "AMT-1", 600, T, "credit_card", "paid")]), "a.csv")
    assert ("application_differs", "PG-1", "OK-1") in kinds(bo, sup)


def test_same_file_twice_changes_nothing_and_provider_refund_updates(office):
    bo, sup, _ = office
    data = settlement_csv(ROWS)
    payments.import_settlement(bo, sup, data, "a.csv")
    before = kinds(bo, sup)
    again = payments.import_settlement(bo, sup, data, "a-copy.csv")
    assert again.already_imported and again.new == 0
    # a different file repeating known rows adds nothing either
    overlap = payments.import_settlement(bo, sup, settlement_csv(ROWS[:2], bom=True), "b.csv")
    assert (overlap.new, overlap.unchanged, overlap.encoding) == (0, 2, "utf-8-sig")
    with bo.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Settlement)) == 5
        assert s.scalar(select(func.count()).select_from(SettlementImport)) == 2
    assert kinds(bo, sup) == before
    # the provider refunded PG-3 itself: no refund owed any more
    upd = payments.import_settlement(bo, sup, settlement_csv([("PG-3", "REJ-1", 300, T, "credit_card", "refunded")]), "c.csv")
    assert upd.updated == 1
    assert payments.refunds_owed(bo, sup) == []


@pytest.mark.parametrize(("rows", "line", "words"), [
    ([ROWS[0], ("PG-7", "OK-1", "六百", T, "credit_card", "paid")], 3, "amount"),
    ([ROWS[0], ROWS[1], ("PG-7", "OK-1", 600, "2026-11-28 09:00", "credit_card", "paid")], 4, "paid_at"),
    ([("PG-7", "OK-1", 600, T, "credit_card", "paid", "extra")], 2, "expected 6 fields"),
    ([ROWS[0], ("PG-7", "OK-1", 600, T, "credit_card", "pending")], 3, "status"),
    ([ROWS[0], ROWS[0]], 3, "already on line 2"),
])
def test_malformed_file_refused_with_line_and_nothing_imported(office, rows, line, words):
    bo, sup, _ = office
    with pytest.raises(SettlementFileError, match=words) as err:
        payments.import_settlement(bo, sup, settlement_csv(rows), "bad.csv")
    assert err.value.line == line and f"line {line}" in str(err.value)
    with bo.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Settlement)) == 0
        assert s.scalar(select(func.count()).select_from(SettlementImport)) == 0


def test_bad_header_and_conflicting_reimport_refused(office):
    bo, sup, _ = office
    with pytest.raises(SettlementFileError, match="line 1"):
        payments.import_settlement(bo, sup, settlement_csv([ROWS[0]], header="tx,app,amount"), "h.csv")
    payments.import_settlement(bo, sup, settlement_csv([ROWS[0]]), "a.csv")
    changed = [ROWS[1], ("PG-1", "OK-1", 999, T, "credit_card", "paid")]
    with pytest.raises(SettlementFileError, match="line 3: transaction PG-1 was imported before"):
        payments.import_settlement(bo, sup, settlement_csv(changed), "b.csv")
    with bo.db.read() as s:  # PG-2 of the refused file was not kept
        assert s.scalar(select(func.count()).select_from(Settlement)) == 1


def test_cp932_and_utf8_files(office):
    bo, sup, _ = office
    header = "transaction_id,application_id,amount,paid_at,method,status"
    rows = [("PG-1", "OK-1", 600, T, "コンビニ払い", "paid")]
    res = payments.import_settlement(bo, sup, settlement_csv(rows, header=header, encoding="cp932"), "sjis.csv")
    assert res.encoding == "cp932"
    with bo.db.read() as s:
        assert s.scalar(select(Settlement.method)) == "コンビニ払い"
    rows8 = [("PG-2", "AMT-1", 600, T, "ペイジー", "paid")]
    assert payments.import_settlement(bo, sup, settlement_csv(rows8), "u.csv").encoding == "utf-8"
    with pytest.raises(SettlementFileError, match="line 2.*neither UTF-8 nor CP932"):
        payments.import_settlement(bo, sup, b"transaction_id,application_id,amount,paid_at,method,status\r\nPG-1,\x81\x20x\r\n", "x.csv")


def test_counter_payments_and_refund_owed(office):
    bo, sup, clerk = office
    with pytest.raises(PaymentError, match="fee due is 300"):
        payments.record_counter_payment(bo, clerk, "CTR-1", 200, "R-0001")
    payments.record_counter_payment(bo, clerk, "CTR-1", 300, "R-0001")
    with pytest.raises(PaymentError, match="already paid at the counter"):
        payments.record_counter_payment(bo, clerk, "CTR-1", 300, "R-0002")
    with pytest.raises(PaymentError, match="receipt R-0001 is already used"):
        payments.record_counter_payment(bo, clerk, "CTR-2", 450, "R-0001")
    with pytest.raises(PaymentError, match="receipt number"):
        payments.record_counter_payment(bo, clerk, "CTR-2", 450, " ")
    payments.record_counter_payment(bo, clerk, "CTR-2", 450, "R-0002")
    owed = payments.refunds_owed(bo, sup)
    assert [(r.application_id, r.amount, r.paid_by, r.reference) for r in owed] == [("CTR-2", 450, "counter", "R-0002")]
    with pytest.raises(PermissionDenied):
        payments.import_settlement(bo, clerk, settlement_csv(ROWS), "a.csv")
