"""Issuance services end to end: real bundles ingested, real keys (memory keyring), real
PDFs rendered with pypdfium2 and QR codes decoded with pyzbar; both database engines."""

from __future__ import annotations

import multiprocessing
import re
from collections import Counter
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from backoffice.accounts import keystore
from backoffice.casework import review
from backoffice.db.models import Application, AuditEntry, Certificate, Notice, SerialCounter
from backoffice.issuance import service
from backoffice.issuance.qr import (
    b64url,
    b64url_decode,
    decode_qr_texts,
    make_payload,
    qr_png,
    sign_qr,
)
from backoffice.issuance.verify import verify_file
from backoffice.platform.errors import PermissionDenied, TransitionError
from tests import builders
from tests.intake.conftest import make_env
from tests.persons import acting_if_person
from tests.ui.factories import GOD, make_applications, make_staff

SERIAL_RE = re.compile(r"^\d{4}-[A-Z]{2,3}-\d{8}$")


@pytest.fixture
def env(request, db_url, tmp_path, memory_keyring):
    e = make_env(db_url, tmp_path)
    acting_if_person(request, e.bo)
    keystore.create_issuing_key(e.bo.config.key_id)
    yield e
    e.bo.close()


@pytest.fixture
def sbo(bo_sqlite, memory_keyring):
    keystore.create_issuing_key(bo_sqlite.config.key_id)
    return bo_sqlite


def approved_via_bundle(env, **overrides) -> int:
    """Ingest a real signed bundle, then a reviewer claims and approves it."""
    env.put(env.bundle(builders.sample_application(**overrides)))
    env.sync()
    bo = env.bo
    app_id = overrides.get("application_id", "OSK-2026-0001234")
    pk = review.find_pk(bo, app_id)
    reviewer = make_staff(bo, f"r{pk}", ["reviewer"])
    review.claim(bo, reviewer, pk)
    assert review.decide(bo, reviewer, pk, "approve") == "approved"
    return pk


def test_issue_renders_a_pdf_whose_qr_verifies_valid(env):
    bo = env.bo
    pk = approved_via_bundle(env)
    clerk = make_staff(bo, "cnt1", ["counter"])
    info = service.issue_document(bo, clerk, pk)
    assert SERIAL_RE.match(info.serial) and info.serial.split("-")[1] == "JU"
    assert info.status == "issued" and info.notice_event == "issued" and info.kid == "city-2026"

    texts = decode_qr_texts(info.pdf)  # pypdfium2 render + pyzbar
    assert len(texts) == 1
    result = verify_file(bo, info.pdf, actor=clerk)
    assert result.status == "valid", result.to_json()
    assert result.verdict.payload["sn"] == info.serial
    assert result.verdict.payload["name"] == "山田 太郎"
    assert result.verdict.payload["app"] == "OSK-2026-0001234"
    assert result.serial_status == "valid" and result.record_matches is True

    with bo.db.read() as s:
        app = s.get(Application, pk)
        cert = s.scalar(select(Certificate).where(Certificate.serial == info.serial))
        assert app.certificate_serial == info.serial and app.status == "issued"
        assert cert.qr_text == texts[0] and cert.pdf == info.pdf and "山田 太郎" in cert.body_text
        events = [n.event for n in s.scalars(select(Notice).where(Notice.application_pk == pk))]
        assert events.count("issued") == 1
        actions = set(s.scalars(select(AuditEntry.action)))
        assert {"certificate.issue", "application.issue", "certificate.verify"} <= actions


def test_issue_needs_an_approved_application(sbo):
    made = make_applications(sbo, 1, statuses=("in_review",))
    with pytest.raises(TransitionError):
        service.issue_document(sbo, GOD, made[0].pk)
    with sbo.db.read() as s:
        assert s.scalar(select(Certificate.id)) is None


def test_flipped_bit_in_signature_is_bad_signature(sbo):
    made = make_applications(sbo, 1, statuses=("approved",))
    info = service.issue_document(sbo, GOD, made[0].pk)
    with sbo.db.read() as s:
        token = s.scalar(select(Certificate.qr_text).where(Certificate.serial == info.serial))
    h, p, sig = token.split(".")
    raw = bytearray(b64url_decode(sig))
    raw[10] ^= 0x01
    forged = f"{h}.{p}.{b64url(bytes(raw))}"
    result = verify_file(sbo, qr_png(forged))
    assert result.status == "bad_signature" and result.verdict.payload is None


def test_revoked_serial_verifies_as_revoked_and_only_supervisors_revoke(sbo):
    made = make_applications(sbo, 1, statuses=("approved",))
    info = service.issue_document(sbo, GOD, made[0].pk)
    clerk = make_staff(sbo, "c1", ["counter"])
    boss = make_staff(sbo, "s1", ["supervisor"])
    with pytest.raises(PermissionDenied):
        service.revoke(sbo, clerk, info.serial, "誤発行")
    revoked = service.revoke(sbo, boss, info.serial, "誤発行")
    assert revoked.status == "revoked"
    result = verify_file(sbo, info.pdf)
    assert result.status == "revoked" and "誤発行" in result.verdict.detail
    with sbo.db.read() as s:
        assert service.serial_status(s, info.serial) == "revoked"
        assert service.serial_status(s, "2026-JU-99999999") is None


def test_another_key_is_unknown_key_and_a_plain_qr_is_not_a_certificate(sbo):
    other = Ed25519PrivateKey.generate()
    payload = make_payload(serial="2026-JU-00000001", kind="juminhyo-copy", city_code="271004",
                           issued_on=date(2026, 11, 28),
                           application_id="OSK-2026-0000001", name="山田 太郎", birth=None,
                           body_sha256=b64url(b"x" * 32))
    assert verify_file(sbo, qr_png(sign_qr(payload, other, "rogue-1"))).status == "unknown_key"
    plain = verify_file(sbo, qr_png("https://portal.example/receipt?id=OSK-2026-0000001"))
    assert plain.status == "not_a_certificate"
    blank = verify_file(sbo, builders.tiny_png())
    assert blank.status == "not_a_certificate" and blank.codes_found == 0


def test_reprint_supersedes_the_old_serial(sbo):
    made = make_applications(sbo, 1, statuses=("approved",))
    first = service.issue_document(sbo, GOD, made[0].pk)
    second = service.reprint(sbo, GOD, first.serial, "用紙詰まり")
    assert second.serial != first.serial and second.status == "issued" and second.notice_event is None
    old = verify_file(sbo, first.pdf)
    assert old.status == "revoked" and old.serial_status == "superseded"
    assert old.superseded_by == second.serial and f"superseded by {second.serial}" in old.verdict.detail
    assert verify_file(sbo, second.pdf).status == "valid"
    with pytest.raises(TransitionError):
        service.reprint(sbo, GOD, first.serial)
    infos = service.certificates_of(sbo, GOD, made[0].pk)
    assert [(i.serial, i.status) for i in infos] == [(second.serial, "valid"), (first.serial, "superseded")]
    with sbo.db.read() as s:
        assert s.get(Application, made[0].pk).certificate_serial == second.serial


def test_output_none_closes_without_a_document_and_counter_gets_ready_for_pickup(sbo):
    made = make_applications(sbo, 2, statuses=("approved",), procedures=("dog-death", "juminhyo-copy"))
    with sbo.db.write() as s:
        s.get(Application, made[1].pk).delivery_method = "counter"
    result = service.issue_pending(sbo, GOD)
    assert result.failed == ()
    closed, counter = result.issued
    assert closed.serial is None and closed.status == "closed" and closed.pdf is None
    assert counter.notice_event == "ready_for_pickup"
    with sbo.db.read() as s:
        assert s.scalar(select(Certificate.id).where(Certificate.application_pk == made[0].pk)) is None
        events = list(s.scalars(select(Notice.event).where(Notice.application_pk == made[1].pk)))
        assert events.count("ready_for_pickup") == 1 and "issued" not in events
    assert service.issue_pending(sbo, GOD).issued == ()  # nothing left


def test_issue_pending_reports_a_name_too_long_for_the_qr_and_goes_on(sbo):
    made = make_applications(sbo, 2, statuses=("approved",), procedures=("juminhyo-copy",))
    with sbo.db.write() as s:
        s.get(Application, made[0].pk).applicant_name = "𠮷" * 60
    result = service.issue_pending(sbo, GOD)
    assert [i.application_id for i in result.issued] == [made[1].application_id]
    assert result.failed[0][0] == made[0].application_id and "600" in result.failed[0][1]
    with sbo.db.read() as s:
        assert s.get(Application, made[0].pk).status == "approved"  # rolled back whole


def _issue_worker(url: str, key_b64: str, key_id: str, pks: list[int], out) -> None:  # type: ignore[no-untyped-def]
    import keyring

    from backoffice.platform.catalog import default_catalog
    from backoffice.platform.config import Config
    from backoffice.platform.context import Backoffice
    from tests.memkeyring import MemoryKeyring

    ring = MemoryKeyring()
    ring.set_password("backoffice", f"issuance:{key_id}", key_b64)
    keyring.set_keyring(ring)
    from pathlib import Path

    cfg = Config(database_url=url, spool=Path("/nonexistent"), gateway_public_keys=(), trust_anchors=(), crl=())
    bo = Backoffice.open(cfg, default_catalog())
    try:
        out.put([service.issue_document(bo, GOD, pk).serial for pk in pks])
    finally:
        bo.close()


def test_concurrent_issuing_never_duplicates_a_serial(db_url, tmp_path, memory_keyring):
    procs = ("juminhyo-copy", "koseki-copy")
    from tests.conftest import make_backoffice

    bo = make_backoffice(db_url, tmp_path)
    try:
        keystore.create_issuing_key(bo.config.key_id)
        key_b64 = memory_keyring.get_password("backoffice", f"issuance:{bo.config.key_id}")
        made = make_applications(bo, 100, statuses=("approved",), procedures=procs)
        pks = [m.pk for m in made]
        ctx = multiprocessing.get_context("spawn")
        out = ctx.Queue()
        procs_ = [ctx.Process(target=_issue_worker, args=(db_url, key_b64, bo.config.key_id, pks[i::4], out))
                  for i in range(4)]
        for p in procs_:
            p.start()
        serials = [sn for _ in procs_ for sn in out.get(timeout=300)]
        for p in procs_:
            p.join(60)
            assert p.exitcode == 0
        assert len(serials) == 100 and len(set(serials)) == 100
        by_prefix = Counter(sn.rsplit("-", 1)[0] for sn in serials)
        with bo.db.read() as s:
            counters = {c.prefix: c.last for c in s.scalars(select(SerialCounter))}
            stored = set(s.scalars(select(Certificate.serial)))
        assert counters == dict(by_prefix) and stored == set(serials)
        for prefix, n in by_prefix.items():  # gap-free numbering per prefix
            assert sorted(int(sn.rsplit("-", 1)[1]) for sn in serials if sn.startswith(prefix)) == list(range(1, n + 1))
    finally:
        bo.close()


def test_kind_codes_are_distinct_per_procedure():
    """The kind codes are catalog data (serial_code), not code (issue 14 item 4)."""
    from backoffice.platform.catalog import default_catalog

    catalog = default_catalog()
    codes = [catalog.kind_code(p.code) for p in catalog if p.output != "none"]
    assert len(codes) == len(set(codes))
    assert all(p.serial_code for p in catalog if p.output != "none")  # the shipped catalog names each
    assert catalog.kind_code("juminhyo-copy") == "JU" and catalog.kind_code("nhi-withdrawal") == "NN"
    assert catalog.kind_code("new-thing") == "XNE"  # not (or no longer) in the catalog
    assert not hasattr(service, "KIND_CODES")
