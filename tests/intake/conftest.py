"""Fixtures for sync tests: a Backoffice with real gateway and JPKI trust files."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from backoffice.gateway import keys as gatewaykeys
from tests import builders
from tests.conftest import make_backoffice
from tests.persons import acting_if_person


@dataclasses.dataclass
class IntakeEnv:
    bo: object
    gateway_key: object
    pki: builders.TestPKI
    signer_key: object
    signer_cert: object

    def bundle(self, app: dict | None = None, *, sign: bool = True, files=None, **kw) -> tuple[str, bytes]:
        app = app if app is not None else builders.sample_application()
        app_bytes = builders.application_bytes(app)
        signature = kw.pop("signature", None)
        if signature is None and sign:
            key, cert = self.pki.issue_signer(app["applicant"]["name"])
            signature = builders.sign_application(app_bytes, key, cert, self.pki.chain)
        if files is None:
            files = {a["id"]: (builders.tiny_png(), "image/png") for a in app.get("attachments", [])}
        return builders.build_bundle(app_bytes, files, gateway_key=self.gateway_key,
                                     signature=signature, **kw)

    def put(self, bundle: tuple[str, bytes]) -> Path:
        bundle_id, data = bundle
        return self.bo.spool.write_atomic("inbox", f"{bundle_id}.zip", data)

    def sync(self):
        from backoffice.intake.ingest import sync_once

        return sync_once(self.bo)

    def outbox(self, schema: str = "notice/1") -> list[dict]:
        """The outbox's messages of one schema (catalog/1 and slots/1 are there too)."""
        found = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(self.bo.spool.outbox.glob("*.json"))]
        return [m for m in found if m["schema"] == schema]


def make_env(url: str, tmp_path: Path) -> IntakeEnv:
    keys = tmp_path / "data" / "keys"
    keys.mkdir(parents=True, exist_ok=True)
    gw = builders.make_gateway_key()
    gatewaykeys.write_public_key(gw, keys / "gateway.pub.pem")
    pki = builders.TestPKI()
    key, cert = pki.issue_signer("山田 太郎")
    anchor, crl = pki.write_files(keys)
    bo = make_backoffice(url, tmp_path, trust_anchors=(anchor,), crl=(crl,))
    return IntakeEnv(bo, gw, pki, key, cert)


@pytest.fixture
def outbox_keyring(tmp_path, monkeypatch, memory_keyring):
    """An OS credential store for the outbox key (portal-v1 §1: unsigned messages wait in
    the database): in memory for this process, and the same entries in the file store of
    tests/keyring_file_backend.py for the commands a test runs as subprocesses. (That
    module is never imported here: a loaded backend class joins keyring's chainer.)"""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_file_backend.Backend")
    monkeypatch.setenv("BACKOFFICE_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    return memory_keyring


def with_outbox_key(e: IntakeEnv, store) -> IntakeEnv:
    import os

    from backoffice.accounts import keystore

    keystore.create_issuing_key(e.bo.config.outbox_kid, kind="outbox")
    Path(os.environ["BACKOFFICE_TEST_KEYRING_FILE"]).write_text(
        json.dumps({f"{svc}\x1f{user}": pw for (svc, user), pw in store.store.items()}), encoding="utf-8")
    return e


@pytest.fixture
def env(request, db_url, tmp_path, outbox_keyring):
    e = with_outbox_key(make_env(db_url, tmp_path), outbox_keyring)
    acting_if_person(request, e.bo)
    yield e
    e.bo.close()


@pytest.fixture
def env_sqlite(sqlite_url, tmp_path, outbox_keyring):
    e = with_outbox_key(make_env(sqlite_url, tmp_path), outbox_keyring)
    yield e
    e.bo.close()
