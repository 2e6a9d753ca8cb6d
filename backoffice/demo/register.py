"""The demo's core systems (records-v1): a generated register that answers the back office's
requests through the same exchange folder, files and signatures as the real core systems.

For each request it makes up the person's register entry from the request itself
(households, seal impressions, tax figures, family registers), writing addresses the way a
register does (「一丁目3番20号」) so the comparison's folding shows. Fixed cases make every
`record_*` outcome appear: the second request of a batch differs (the house number), the
fifth is not found, the seventh is ambiguous and the ninth person is protected
(restricted). Request batches it has answered move to `demo-core/`.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import random
import re
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from backoffice.gateway import keys as gatewaykeys
from backoffice.issuance.era import kanji_number
from backoffice.platform import fileperms
from backoffice.platform.config import Config
from backoffice.platform.spool import fsync_dir
from backoffice.platform.timeutil import now_jst

log = logging.getLogger(__name__)

DIFFERS, NOT_FOUND, AMBIGUOUS, RESTRICTED = 2, 5, 7, 9  # 1-based positions in a batch
GIVEN = ("花子", "一郎", "陽向", "結衣", "蓮", "美咲", "大翔", "さくら")


def core_key(config: Config) -> Ed25519PrivateKey:
    """The demo core systems' signing key; its public half is the demo's [records] public_keys."""
    assert config.records_public_keys, "the demo's [records] public_keys"
    public = config.records_public_keys[0]
    private = public.with_name("demo-core.pem")
    if private.exists() and public.exists():
        return gatewaykeys.load_private_key(private)
    key = Ed25519PrivateKey.generate()
    gatewaykeys.write_private_key(key, private)
    gatewaykeys.write_public_key(key, public)
    return key


def register_address(address: str) -> str:
    """「…中之島1-3-20」 as a register writes it: 「…中之島一丁目3番20号」."""
    m = re.search(r"(\d+)-(\d+)-(\d+)$", address or "")
    if not m:
        return address
    chome = int(m.group(1))
    town = kanji_number(chome) if 0 < chome < 100 else str(chome)
    return f"{address[:m.start()]}{town}丁目{m.group(2)}番{m.group(3)}号"


def _seal_png(rng: random.Random) -> str:
    from PIL import Image, ImageDraw

    size = 300
    im = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(im)
    red = (196, 32, 38, 255)
    draw.ellipse((8, 8, size - 8, size - 8), outline=red, width=18)
    for _ in range(5):  # a few strokes: no font needed, every impression differs
        x0, y0 = rng.randint(70, 150), rng.randint(70, 150)
        draw.line((x0, y0, x0 + rng.randint(30, 90), y0 + rng.randint(30, 90)), fill=red, width=16)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _person(subject: dict[str, Any], sex: str) -> dict[str, Any]:
    return {"name": subject.get("name") or "", "name_kana": subject.get("name_kana") or "",
            "birth": subject.get("birth") or "1980-01-01", "sex": sex,
            "address": register_address(subject.get("address") or ""),
            "postal_code": subject.get("postal_code") or ""}


def _record(req: dict[str, Any], rng: random.Random, differs: bool) -> dict[str, Any]:
    subject = req.get("subject") or {}
    jpki = req.get("jpki") or {}
    sex = str(jpki["sex"]) if jpki.get("sex") in ("1", "2") else rng.choice("12")
    p = _person(subject, sex)
    if differs:  # the register has another house number
        p["address"] = re.sub(r"(\d+)号$", lambda m: f"{int(m.group(1)) + 1}号", p["address"]) or p["address"] + "1"
    family = p["name"].split(" ")[0] if " " in p["name"] else p["name"][:2]
    kind = req.get("kind")
    if kind == "resident":
        since = f"{rng.randint(1995, 2022)}-04-01"
        spouse = {**p, "name": f"{family} {rng.choice(GIVEN)}", "name_kana": "", "sex": "2" if sex == "1" else "1",
                  "birth": f"{int(p['birth'][:4]) + rng.randint(-3, 3)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"}
        child = {**p, "name": f"{family} {rng.choice(GIVEN)}", "name_kana": "", "sex": rng.choice("12"),
                 "birth": f"{rng.randint(2010, 2022)}-05-01"}
        household = [{**p, "relationship": "世帯主", "resident_since": since},
                     {**spouse, "relationship": "妻" if sex == "1" else "夫", "resident_since": since},
                     {**child, "relationship": "子", "resident_since": child["birth"]}]
        return {"person": p, "householder": p["name"], "relationship": "世帯主", "resident_since": since,
                "honseki": p["address"].split("丁目")[0] + "丁目" if "丁目" in p["address"] else p["address"],
                "hittousha": p["name"], "household": household}
    if kind == "seal":
        number = (req.get("options") or {}).get("registration_number") or f"{rng.randint(10000, 99999)}"
        return {"person": p, "registration_number": str(number), "registered_on": f"{rng.randint(2000, 2020)}-06-15",
                "seal_png": _seal_png(rng), "seal_mm": rng.choice((12, 13.5, 15, 18))}
    if kind == "tax":
        year = (req.get("options") or {}).get("fiscal_year") or now_jst().year
        income = rng.randint(150, 900) * 10_000
        taxable = max(0, income - 1_200_000)
        return {"person": p, "fiscal_year": int(year), "income_total": income, "taxable_income": taxable,
                "municipal_tax": taxable * 6 // 100 // 100 * 100, "prefectural_tax": taxable * 4 // 100 // 100 * 100,
                "taxable": taxable > 0}
    born = date.fromisoformat(p["birth"]) if re.fullmatch(r"\d{4}-\d\d-\d\d", p["birth"]) else date(1980, 1, 1)
    father = {"name": f"{family} {rng.choice(GIVEN)}", "birth": f"{born.year - 30}-02-02", "sex": "1",
              "relationship": "筆頭者", "events": ["【出生日】昭和" + str(born.year - 30 - 1925) + "年2月2日"]}
    return {"honseki": p["address"], "hittousha": father["name"],
            "members": [father, {"name": p["name"], "birth": p["birth"], "sex": sex,
                                 "relationship": "長男" if sex == "1" else "長女",
                                 "events": [f"【出生日】{born.year}年{born.month}月{born.day}日（西暦）"]}]}


def answer_requests(config: Config, rng: random.Random | None = None) -> int:
    """Answer every whole request batch in requests/; returns the answers written."""
    assert config.records_exchange is not None
    rng = rng or random.Random(20261130)
    root = config.records_exchange
    key = core_key(config)
    taken = fileperms.ensure_dir(root / "demo-core")
    answers = fileperms.ensure_dir(root / "answers")
    tmp = fileperms.ensure_dir(root / "tmp")
    written = 0
    for manifest in sorted((root / "requests").glob("*.manifest.json")):
        m = json.loads(manifest.read_bytes())
        data = (root / "requests" / m["file"]).read_bytes()
        lines = []
        for no, raw in enumerate(data.splitlines(), 1):
            req = json.loads(raw)
            answer: dict[str, Any] = {"request_id": req["request_id"], "as_of": now_jst().replace(microsecond=0).isoformat()}
            if no == NOT_FOUND:
                answer["result"] = "not_found"
            elif no == AMBIGUOUS:
                answer["result"] = "ambiguous"
            elif no == RESTRICTED:
                answer["result"] = "restricted"
            else:
                answer.update(result="found", record=_record(req, rng, differs=no == DIFFERS))
            lines.append(json.dumps(answer, ensure_ascii=False).encode("utf-8"))
        body = b"".join(line + b"\n" for line in lines)
        aid = str(uuid.uuid4())
        man = json.dumps({"spec": "records/1", "batch_id": aid, "direction": "answer",
                          "created_at": now_jst().replace(microsecond=0).isoformat(), "file": f"{aid}.jsonl",
                          "rows": len(lines), "sha256": hashlib.sha256(body).hexdigest()}).encode()
        for name, content in ((f"{aid}.jsonl", body), (f"{aid}.manifest.sig", base64.b64encode(key.sign(man))),
                              (f"{aid}.manifest.json", man)):  # the manifest last: then the batch is whole
            part = tmp / f"{name}.demo.part"
            fileperms.write_file(part, content)
            part.replace(answers / name)
        fsync_dir(answers)
        for p in (manifest, root / "requests" / m["file"]):
            p.replace(taken / p.name)
        written += len(lines)
        log.info("demo core systems: answered %d requests of batch %s", len(lines), m["batch_id"])
    return written


def demo_records_paths(base: Path) -> tuple[Path, tuple[Path, ...]]:
    return base / "records", (base / "keys" / "demo-core.pub.pem",)
