"""Issuance and verification throughput against bare baselines, measured in the same run.

    .venv/bin/python benchmarks/bench_issuance.py [--count 1000]

1. Issue N certificates through compose_body + sign_qr + render_pdf (地紋, watermark,
   micro-text, seal, vector QR) vs a bare reportlab page with the same content: the same
   text lines in the same embedded fonts and a QR image (segno PNG from the same signed
   string, same encoder settings), no pattern. Target: product/bare >= 0.7.
2. Verify one scanned page (a 300 dpi PNG of a certificate) through decode_qr_texts +
   verify_qr_text vs a bare pyzbar.decode of the same file. Target: <= 1.3x.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pypdfium2 as pdfium  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from PIL import Image  # noqa: E402
from pyzbar.pyzbar import decode as zbar_decode  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from backoffice.issuance.document import (  # noqa: E402
    DocumentData,
    body_sha256,
    compose_body,
    render_pdf,
)
from backoffice.issuance.era import to_wareki  # noqa: E402
from backoffice.issuance.pattern import font_name, plain_flate_streams  # noqa: E402
from backoffice.issuance.qr import (  # noqa: E402
    decode_qr_texts,
    make_payload,
    qr_png,
    sign_qr,
    verify_qr_text,
)
from backoffice.issuance.templates import load_template  # noqa: E402

KID = "city-2026"
SURNAMES = ["山田", "佐藤", "鈴木", "髙橋", "田中", "渡邊", "伊藤", "中村", "小林", "山﨑"]
GIVEN = ["太郎", "花子", "一郎", "美咲", "翔太", "陽菜", "健一", "さくら"]


def make_data(i: int) -> DocumentData:
    return DocumentData(
        serial=f"2026-JU-{i:08d}", kind="juminhyo-copy", template="juminhyo-copy",
        issued_on=date(2026, 11, 28), application_id=f"OSK-2026-{i:07d}",
        name=f"{SURNAMES[i % 10]} {GIVEN[i % 8]}", name_kana="やまだ たろう",
        birth_date=date(1950 + i % 60, 1 + i % 12, 1 + i % 28),
        address=f"大阪府大阪市北区中之島1丁目{1 + i % 9}番{1 + i % 30}号", postal_code="530-8201",
        form={"purpose": "勤務先へ提出", "copies": 1},
    )


def product(i: int, key: Ed25519PrivateKey) -> bytes:
    data = make_data(i)
    template = load_template("juminhyo-copy")
    lines = compose_body(template, data)
    payload = make_payload(serial=data.serial, kind=data.kind, city_code=data.city_code,
                           issued_on=data.issued_on, application_id=data.application_id,
                           name=data.name, birth=data.birth_date, body_sha256=body_sha256(lines))
    return render_pdf(template, data, lines, sign_qr(payload, key, KID))


def bare(i: int, lines: list[str], token: str) -> bytes:
    """The same words on an A4 page, drawn the plain way: no pattern, seal, watermark."""
    data = make_data(i)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(595.2756, 841.8898), pageCompression=1, invariant=1)
    mincho, gothic = font_name("mincho"), font_name("gothic")
    c.setFont(gothic, 9)
    c.drawRightString(190 * mm, 280 * mm, f"証明番号　{data.serial}")
    c.setFont(mincho, 22)
    c.drawCentredString(297.6, 258 * mm, "住　民　票　の　写　し")
    c.setFont(mincho, 11)
    y = 240 * mm
    for line in lines:
        c.drawString(26 * mm, y, line)
        y -= 10 * mm
    c.drawString(26 * mm, y, "この写しは、住民票の原本と相違ないことを証明する。")
    c.setFont(mincho, 12)
    c.drawString(30 * mm, 96 * mm, to_wareki(data.issued_on))
    c.setFont(mincho, 15)
    c.drawRightString(178 * mm, 78 * mm, data.mayor)
    c.drawImage(ImageReader(io.BytesIO(qr_png(token, scale=4, border=4))), 18 * mm, 17 * mm,
                35 * mm, 35 * mm)
    c.setFont(gothic, 7)
    c.drawString(60 * mm, 32 * mm, f"発行番号 {data.serial}　発行日 {to_wareki(data.issued_on)}")
    c.showPage()
    c.save()
    return buf.getvalue()


def bench_issue(count: int, key: Ed25519PrivateKey) -> None:
    template = load_template("juminhyo-copy")
    product(0, key)  # warm up: font registration, template, pattern cache
    # inputs for the bare page are prepared outside its timing (it does not compose or sign)
    prepared = []
    for i in range(count):
        data = make_data(i)
        lines = compose_body(template, data)
        payload = make_payload(serial=data.serial, kind=data.kind, city_code=data.city_code,
                               issued_on=data.issued_on, application_id=data.application_id,
                               name=data.name, birth=data.birth_date, body_sha256=body_sha256(lines))
        prepared.append((lines, sign_qr(payload, key, KID)))
    bare(0, *prepared[0])
    t0 = time.perf_counter()
    sizes = [len(product(i, key)) for i in range(count)]
    t_product = time.perf_counter() - t0
    t0 = time.perf_counter()
    with plain_flate_streams():  # the same reportlab stream setting as the product
        bare_sizes = [len(bare(i, *prepared[i])) for i in range(count)]
    t_bare = time.perf_counter() - t0
    p_rate, b_rate = count / t_product, count / t_bare
    print(f"issue   product (compose+sign+render_pdf): {p_rate:7.1f}/s  "
          f"({t_product / count * 1000:.2f} ms, {sum(sizes) / count / 1024:.0f} KiB per PDF)")
    print(f"issue   bare reportlab page (render only): {b_rate:7.1f}/s  "
          f"({t_bare / count * 1000:.2f} ms, {sum(bare_sizes) / count / 1024:.0f} KiB per PDF)")
    print(f"issue   ratio product/bare: {p_rate / b_rate:.2f}  (target >= 0.70)")


def bench_verify(key: Ed25519PrivateKey, rounds: int) -> None:
    pdf = product(7, key)
    with tempfile.TemporaryDirectory() as tmp:
        scan = Path(tmp) / "scan-300dpi.png"
        pdfium.PdfDocument(pdf)[0].render(scale=300 / 72).to_pil().convert("L").save(scan)
        keys = {KID: key.public_key()}
        verdict = verify_qr_text(decode_qr_texts(scan)[0], keys, lambda sn: "issued")
        assert verdict.status == "valid", verdict
        assert zbar_decode(Image.open(scan))
        t0 = time.perf_counter()
        for _ in range(rounds):
            [verify_qr_text(t, keys, lambda sn: "issued") for t in decode_qr_texts(scan)]
        t_product = (time.perf_counter() - t0) / rounds
        t0 = time.perf_counter()
        for _ in range(rounds):
            zbar_decode(Image.open(scan))
        t_bare = (time.perf_counter() - t0) / rounds
    print(f"verify  decode_qr_texts+verify_qr_text (300 dpi PNG): {t_product * 1000:7.1f} ms")
    print(f"verify  bare pyzbar.decode on the same file:         {t_bare * 1000:7.1f} ms")
    print(f"verify  ratio product/bare: {t_product / t_bare:.2f}  (target <= 1.30)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--verify-rounds", type=int, default=10)
    args = parser.parse_args()
    key = Ed25519PrivateKey.generate()
    bench_issue(args.count, key)
    bench_verify(key, args.verify_rounds)


if __name__ == "__main__":
    main()
