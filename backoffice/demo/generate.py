"""`backoffice demo --count N`: realistic submissions pushed through the real gateway and
sync, with a demo certificate authority and gateway key in the user's data folder."""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import random
import shutil
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from backoffice.accounts.permissions import ADMIN, Actor, system_actor
from backoffice.administration import staff
from backoffice.db.models import Application, Staff
from backoffice.demo.data import (
    attachment_entry,
    base_application,
    hostile_pdf,
    id_card_jpeg,
    multipage_pdf,
    write_raw,
)
from backoffice.demo.pki import DemoPKI, sign_application
from backoffice.gateway import keys as gatewaykeys
from backoffice.gateway.bundler import run_gateway
from backoffice.intake.ingest import SyncSummary, sync_once
from backoffice.platform import demo_mode as demo_mode
from backoffice.platform import fileperms
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import now_jst

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo passphrase 2026"
DEMO_ADMIN = Actor(code="demo", name="demo set-up", roles=frozenset({ADMIN}))
DEMO_STAFF = [
    ("r001", "審査 花子", ["reviewer"]),
    ("r002", "審査 次郎", ["reviewer"]),
    ("s001", "係長 一郎", ["supervisor", "reviewer"]),
    ("s002", "課長 桜", ["supervisor"]),
    ("c001", "窓口 優子", ["counter"]),
    ("a001", "管理 太郎", ["admin"]),
]


@dataclass
class DemoResult:
    raw: int
    gateway_failed: int
    summary: SyncSummary

    def line(self) -> str:
        return f"demo: {self.raw} raw submissions; {self.summary.line()}"


def ensure_gateway_key(bo: Backoffice) -> Path:
    """The demo gateway key pair where the configuration expects the public half. (A real
    gateway key lives on the boundary server; cli-v1 hands it to `gateway --key FILE`.)"""
    public = bo.config.gateway_public_keys[0]
    private = public.with_name("gateway.pem")
    if not private.exists() or not public.exists():
        key = gatewaykeys.generate_private_key()
        gatewaykeys.write_private_key(key, private)
        gatewaykeys.write_public_key(key, public)
    return private


def ensure_staff(bo: Backoffice) -> None:
    with bo.db.write() as s:
        for code, name, roles in DEMO_STAFF:
            if s.scalar(select(Staff.id).where(Staff.code == code)) is None:
                staff.create_staff(s, DEMO_ADMIN, code, name, roles, DEMO_PASSWORD)


def _make_raw(folder: Path, rng: random.Random, bo: Backoffice, pki: DemoPKI, seq: int,
              procedure: str, problem: str, signer_keys: list) -> None:  # type: ignore[type-arg]
    app = base_application(rng, bo.catalog, seq, procedure, now_jst())
    proc = bo.catalog.get(procedure)
    assert proc is not None
    files: dict[str, bytes] = {}
    birth = date.fromisoformat(app["applicant"]["birth_date"])
    kinds = list(proc.required_attachments)
    if proc.signature_required and "identity_document" not in kinds and rng.random() < 0.5:
        kinds.append("identity_document")
    for i, kind in enumerate(kinds, 1):
        if kind == "identity_document" and problem != "attachment_missing":
            data = id_card_jpeg(app["applicant"]["name"], birth, app["applicant"]["address"], rng)
            name = f"menkyo_{i}.jpg"
        elif kind == "identity_document":
            continue
        else:
            data = multipage_pdf("添付書類", app["applicant"]["name"], rng.randrange(2, 5))
            name = f"shorui_{i}.pdf"
        files[name] = data
        app["attachments"].append(attachment_entry(f"a{i}", name, kind, data))
    if problem == "hostile_pdf":
        data = hostile_pdf()
        files["sanko.pdf"] = data
        app["attachments"].append(attachment_entry("a9", "sanko.pdf", "other", data))
    if problem == "executable":
        data = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(rng.randrange(256) for _ in range(2000))
        files["setsumei.pdf.exe"] = data
        app["attachments"].append(attachment_entry("a8", "setsumei.pdf.exe", "other", data))
    if problem == "unpaid" and app["payment"]:
        app["payment"] = None
        app["delivery"]["method"] = "mail"
    if problem == "wrong_amount" and app["payment"]:
        app["payment"]["amount"] -= 100
    if problem == "unknown_procedure":
        app["procedure"] = "parking-permit"
    app_bytes = json.dumps(app, ensure_ascii=False, indent=2).encode("utf-8")
    signature: dict[str, Any] | None = None
    if proc.signature_required and problem != "signature_missing":
        cn = app["applicant"]["name"] if problem != "signer_name_mismatch" else "別人 太郎"
        key, cert = pki.issue_signer(cn, expired=problem == "certificate_expired", key=rng.choice(signer_keys))
        if problem == "certificate_revoked":
            pki.revoke(cert)
        signature = sign_application(app_bytes, key, cert, [pki.inter])
        if problem == "signature_invalid":
            signature["signature"] = signature["signature"][:-8] + "AAAAAAA="
    write_raw(folder, app, files, signature, app_bytes)


PROBLEMS = ["signature_missing", "signature_invalid", "signer_name_mismatch", "certificate_expired",
            "certificate_revoked", "unpaid", "wrong_amount", "attachment_missing", "hostile_pdf",
            "executable"]


def _tamper_bundles(inbox: Path, out_tmp: Path, rng: random.Random) -> None:
    """A few refused bundles so supervisors see the quarantine screen at work."""
    members: dict[str, bytes] = {}
    src, victim = b"", None
    for victim in sorted(inbox.glob("*.zip")):  # prefer a bundle that carries files
        src = victim.read_bytes()
        with zipfile.ZipFile(io.BytesIO(src)) as z:
            members = {i.filename: z.read(i) for i in z.infolist()}
        if any(m.startswith("files/") for m in members):
            break
    if not members or victim is None:
        return
    # 1. a sanitized file corrupted in transit (same bundle name) -> file_hash_mismatch
    files = [m for m in members if m.startswith("files/")]
    if files:
        altered = dict(members)
        altered[files[0]] = altered[files[0]][:-10] + b"0123456789"
        _write_zip(victim, altered, out_tmp)
    # 2. signed by a key this office does not trust -> gateway_signature_invalid
    resigned = dict(members)
    resigned["gateway.sig"] = base64.b64encode(Ed25519PrivateKey.generate().sign(members["gateway.json"]))
    _write_zip(inbox / f"{uuid.uuid4()}.zip", resigned, out_tmp)
    # 3. not a zip at all (a truncated transfer)
    fileperms.write_file(out_tmp / "trunc", src[: len(src) // 3])
    (out_tmp / "trunc").replace(inbox / f"{uuid.uuid4()}.zip")


def _write_zip(path: Path, members: dict[str, bytes], tmp: Path) -> None:
    t = tmp / (path.name + ".part")
    with os.fdopen(fileperms.create(t), "wb") as f, zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    t.replace(path)


def run_demo(bo: Backoffice, count: int = 40, seed: int | None = None,
             progress: Callable[[str], None] | None = None) -> DemoResult:
    say = progress or (lambda _m: None)
    bo.init_schema()
    with bo.db.read() as s:
        empty = not s.scalar(select(func.count(Application.id)))
    # A fresh database becomes the demo's: its own demo- key id, papers that say 見本 DEMO,
    # and its keys in a protected file when there is no OS credential store (demo_mode.py).
    bo.config = demo_mode.mark(bo.config, database_is_empty=empty)
    if bo.config.records_exchange is None and demo_mode.is_demo(bo.config):
        bo.config = demo_mode.with_demo_register(bo.config)  # its own core systems (records-v1)
    ensure_staff(bo)
    private = ensure_gateway_key(bo)
    # A fresh demo CA per run: earlier demo applications were checked when they arrived.
    pki = DemoPKI.create()
    rng = random.Random(seed)
    with bo.db.read() as s:
        start = (s.scalar(select(func.count(Application.id))) or 0) + 1
    raw_dir = bo.config.base_dir / "demo" / f"raw-{now_jst():%Y%m%d-%H%M%S}-{rng.randrange(10**6):06d}"
    fileperms.ensure_dir(raw_dir)
    say(f"demo: making {count} raw submissions in {raw_dir}")
    from cryptography.hazmat.primitives.asymmetric import rsa

    signer_keys = [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(4)]
    codes = bo.catalog.codes()
    for i in range(count):
        seq = start + i
        procedure = codes[i % len(codes)] if i < len(codes) else rng.choice(codes)
        problem = rng.choice(PROBLEMS) if rng.random() < 0.3 else ""
        if i == count - 1 and count >= 10:
            problem = "unknown_procedure"
        _make_raw(raw_dir / f"sub-{seq:05d}", rng, bo, pki, seq, procedure, problem, signer_keys)
    pki.write_trust_files(bo.config.trust_anchors[0],
                          bo.config.crl[0] if bo.config.crl else bo.config.base_dir / "keys" / "jpki.crl")
    say("demo: sanitizing through the gateway")
    report = run_gateway(raw_dir, private, bo.spool)
    if count >= 10:
        _tamper_bundles(bo.spool.inbox, bo.spool.tmp, rng)
    from backoffice.demo import portal as demo_portal

    say("demo: syncing the spool inbox")
    summary = sync_once(bo, system_actor("sync"))
    # the portal's inquiries, through the gateway, after the applications are in: the first
    # one names an application, which a fresh database has only now (then a second sync)
    with bo.db.read() as s:
        app_ids = list(s.scalars(select(Application.application_id).order_by(Application.id).limit(4)))
    demo_portal.put_inquiries(bo, private, rng, app_ids)
    summary.inquiries += sync_once(bo, system_actor("sync")).inquiries
    if bo.config.records_exchange is not None:  # the demo's core systems answer (records-v1)
        from backoffice.demo import register as demo_register
        from backoffice.records.answers import load_answers
        from backoffice.records.requests import request_pending

        agent = system_actor("records-agent")
        asked = request_pending(bo, agent).rows
        demo_register.core_key(bo.config)
        demo_register.answer_requests(bo.config, rng)
        loaded = load_answers(bo, agent)
        say(f"demo: register requested {asked}, {loaded.line()}")
    shutil.rmtree(raw_dir / "done", ignore_errors=True)
    say(simulate_workday(bo, rng))
    say(demo_portal.staff_work(bo, DEMO_PASSWORD))  # FAQ, an announcement, answers (issue 17)
    return DemoResult(count, len(report.failed), summary)


def simulate_workday(bo: Backoffice, rng: random.Random) -> str:
    """Some staff work through the real services, so every queue has something in it."""
    from backoffice.casework import review
    from backoffice.platform.errors import BackofficeError

    def actor(code: str):  # type: ignore[no-untyped-def]
        return staff.login(bo.db, code, DEMO_PASSWORD, "demo").actor

    r1, r2, s1 = actor("r001"), actor("r002"), actor("s001")
    with bo.db.read() as s:
        ready = s.execute(select(Application.id, Application.procedure)
                          .where(Application.status == "ready_for_review")
                          .order_by(Application.id)).all()
    one_step = [pk for pk, proc in ready if not bo.catalog.get(proc).two_step]  # type: ignore[union-attr]
    two_step = [pk for pk, proc in ready if bo.catalog.get(proc).two_step]  # type: ignore[union-attr]
    done = 0
    plan: list[tuple[Any, int, str, str | None]] = [(r1, pk, "approve", None) for pk in one_step[:4]]
    plan += [(r1, pk, "return", "本人確認書類の画像が不鮮明です。鮮明な画像で再提出してください。") for pk in one_step[4:5]]
    plan += [(r2, pk, "approve", None) for pk in two_step[:2]]
    for who, pk, decision, reason in plan:
        try:
            review.claim(bo, who, pk)
            review.decide(bo, who, pk, decision, reason)
            done += 1
        except BackofficeError as exc:
            log.info("demo decision skipped: %s", exc)
    for pk in one_step[5:6]:  # someone is working on one right now
        review.claim(bo, s1, pk)
    try:
        from backoffice.accounts.keystore import create_issuing_key
        from backoffice.issuance.service import issue_pending

        create_issuing_key(bo.config.key_id, demo_keys=demo_mode.key_folder(bo.config))
        result = issue_pending(bo, r1)
    except BackofficeError as exc:  # not the demo's data folder, and no OS credential store
        return f"demo: {done} decisions recorded; certificates not issued ({exc})"
    out = bo.config.export_out / "certificates"  # as `backoffice issue` writes them
    fileperms.ensure_dir(out)
    for info in result.issued:
        if info.pdf is not None and info.serial is not None:
            fileperms.write_file(out / f"{info.serial}.pdf", info.pdf)
    return f"demo: {done} decisions recorded, {len(result.issued)} documents issued (PDFs in {out})"
