"""Fixtures for the register exchange (records-v1): the intake environment with a [records]
exchange folder and a core-system key, and an independent maker of answer batches (written
from the spec text, not with product code)."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests import builders
from tests.intake.conftest import IntakeEnv, make_env
from tests.persons import acting_if_person


@dataclasses.dataclass
class RecordsEnv:
    intake: IntakeEnv
    core_key: Ed25519PrivateKey
    exchange: Path

    @property
    def bo(self):
        return self.intake.bo

    def requests(self) -> list[dict[str, Any]]:
        """Every request line in requests/ (whole batches only), checked against its manifest."""
        out = []
        for m in sorted((self.exchange / "requests").glob("*.manifest.json")):
            man = json.loads(m.read_bytes())
            data = (self.exchange / "requests" / man["file"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == man["sha256"]
            lines = data.split(b"\n")
            assert lines[-1] == b""
            assert len(lines) - 1 == man["rows"]
            assert man["spec"] == "records/1" and man["direction"] == "request"
            out += [json.loads(line) for line in lines[:-1]]
        return out

    def answer_batch(self, answers: list[dict[str, Any]] | None = None, *, raw: bytes | None = None,
                     answer_id: str | None = None, manifest: dict | None = None, sign: bool = True,
                     key: Ed25519PrivateKey | None = None, sig: bytes | None = None,
                     manifest_bytes: bytes | None = None) -> str:
        answer_id = answer_id or str(uuid.uuid4())
        if raw is None:
            raw = b"".join(json.dumps(a, ensure_ascii=False).encode() + b"\n" for a in answers or [])
        folder = self.exchange / "answers"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{answer_id}.jsonl").write_bytes(raw)
        man = {"spec": "records/1", "batch_id": answer_id, "direction": "answer",
               "created_at": "2026-11-30T10:00:00+09:00", "file": f"{answer_id}.jsonl",
               "rows": raw.count(b"\n"), "sha256": hashlib.sha256(raw).hexdigest()}
        man.update(manifest or {})
        mb = manifest_bytes if manifest_bytes is not None else json.dumps(man).encode()
        if sign:
            signature = sig if sig is not None else base64.b64encode((key or self.core_key).sign(mb))
            (folder / f"{answer_id}.manifest.sig").write_bytes(signature)
        (folder / f"{answer_id}.manifest.json").write_bytes(mb)
        return answer_id

    def reason(self, answer_id: str) -> dict[str, Any]:
        return json.loads((self.exchange / "refused" / f"{answer_id}.reason.json").read_bytes())


def person(name="山田 太郎", birth="1985-04-01", address="大阪府大阪市北区中之島一丁目3番20号", **kw) -> dict:
    return {"name": name, "name_kana": "ヤマダ タロウ", "birth": birth, "sex": "1", "address": address,
            "postal_code": "530-8201", **kw}


def resident_record(**kw) -> dict:
    p = person(**kw)
    return {"person": p, "householder": p["name"], "relationship": "世帯主", "resident_since": "2010-04-01",
            "honseki": "大阪府大阪市北区中之島一丁目", "hittousha": p["name"],
            "household": [{**p, "relationship": "世帯主", "resident_since": "2010-04-01"},
                          {**person(name="山田 花子", birth="1987-06-15"), "sex": "2", "relationship": "妻",
                           "resident_since": "2012-05-01"}]}


def found(request_id: str, record: dict | None = None, as_of="2026-11-30T10:00:00+09:00") -> dict:
    return {"request_id": request_id, "result": "found", "as_of": as_of,
            "record": record if record is not None else resident_record()}


def make_records_env(url: str, tmp_path: Path) -> RecordsEnv:
    from dataclasses import replace

    intake = make_env(url, tmp_path)
    core = Ed25519PrivateKey.generate()
    keyfile = tmp_path / "data" / "keys" / "core.pub.pem"
    keyfile.write_bytes(builders.public_pem(core))
    exchange = tmp_path / "data" / "records"
    intake.bo.config = replace(intake.bo.config, records_exchange=exchange, records_public_keys=(keyfile,))
    return RecordsEnv(intake, core, exchange)


@pytest.fixture
def renv(request, db_url, tmp_path):
    e = make_records_env(db_url, tmp_path)
    acting_if_person(request, e.bo)
    yield e
    e.bo.close()


from tests.ui.conftest import japanese  # noqa: E402, F401  (fixture for the widget test)
