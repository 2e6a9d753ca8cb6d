"""Realistic raw submissions for the demo (bundle-v1 §1 raw folders): Japanese names
including characters outside JIS X 0208, Osaka addresses, every procedure, scanned ID
images, multi-page PDFs and a realistic share of problems."""

from __future__ import annotations

import hashlib
import io
import json
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from backoffice.platform import fileperms
from backoffice.platform.catalog import Catalog
from backoffice.platform.timeutil import JST

SURNAMES = [("山田", "ヤマダ"), ("𠮷田", "ヨシダ"), ("髙橋", "タカハシ"), ("山﨑", "ヤマザキ"),
            ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
            ("渡邊", "ワタナベ"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
            ("齋藤", "サイトウ"), ("松本", "マツモト"), ("井上", "イノウエ"), ("木村", "キムラ")]
GIVEN = [("太郎", "タロウ"), ("花子", "ハナコ"), ("一郎", "イチロウ"), ("美咲", "ミサキ"),
         ("翔太", "ショウタ"), ("陽菜", "ヒナ"), ("健二", "ケンジ"), ("由美子", "ユミコ"),
         ("大輔", "ダイスケ"), ("さくら", "サクラ"), ("蓮", "レン"), ("結衣", "ユイ")]
WARDS = [("北区", "530"), ("中央区", "541"), ("西区", "550"), ("天王寺区", "543"),
         ("浪速区", "556"), ("阿倍野区", "545"), ("住吉区", "558"), ("淀川区", "532")]
TOWNS = ["中之島", "梅田", "本町", "難波", "天満", "福島", "西天満", "阿倍野筋", "十三東"]
PURPOSES = ["勤務先への提出", "金融機関への提出", "年金の手続き", "自動車の登録", "不動産登記"]

FONT_PATHS = ["/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
              "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"]


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    for p in FONT_PATHS:
        if Path(p).exists():
            return ImageFont.truetype(p, size)
    return ImageFont.load_default()


def id_card_jpeg(name: str, birth: date, address: str, rng: random.Random) -> bytes:
    """A scanned-looking ID card (運転免許証 style), JPEG with EXIF like a phone photo."""
    img = Image.new("RGB", (1011, 638), (236, 241, 236))
    d = ImageDraw.Draw(img)
    d.rectangle((20, 20, 990, 618), outline=(60, 120, 60), width=6)
    d.text((50, 40), "運転免許証（見本）", fill=(20, 80, 20), font=_font(40))
    d.text((50, 130), f"氏名　{name}", fill=(0, 0, 0), font=_font(44))
    d.text((50, 210), f"生年月日　{birth.year}年{birth.month}月{birth.day}日", fill=(0, 0, 0), font=_font(34))
    d.text((50, 280), f"住所　{address[:22]}", fill=(0, 0, 0), font=_font(30))
    d.text((50, 540), f"番号　第{rng.randrange(10**11, 10**12)}号", fill=(0, 0, 0), font=_font(30))
    d.rectangle((720, 150, 950, 450), fill=(200, 205, 215))
    d.ellipse((770, 190, 900, 320), fill=(150, 150, 160))
    exif = Image.Exif()
    exif[0x010F] = "DemoPhone"  # Make
    exif[0x0132] = "2026:11:28 09:00:00"  # DateTime
    buf = io.BytesIO()
    img.rotate(rng.uniform(-2, 2), expand=True, fillcolor=(250, 250, 250)).save(buf, "JPEG", quality=85, exif=exif)
    return buf.getvalue()


def multipage_pdf(title: str, name: str, pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    for p in FONT_PATHS:
        if Path(p).exists():
            if "IPAexGothic" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("IPAexGothic", p))
            font = "IPAexGothic"
            break
    buf = io.BytesIO()
    # the initial font too, or reportlab declares a non-embedded Helvetica on every page
    c = canvas.Canvas(buf, pagesize=A4, initialFontName=font)
    for i in range(pages):
        c.setFont(font, 18)
        c.drawString(72, 770, f"{title}（{i + 1}/{pages}）")
        c.setFont(font, 12)
        for j in range(20):
            c.drawString(72, 720 - j * 24, f"{name} 様に関する書類　第{j + 1}項　記載事項の確認")
        c.showPage()
    c.save()
    return buf.getvalue()


def hostile_pdf() -> bytes:
    """A PDF that runs JavaScript on open and carries an embedded file: the gateway must
    rebuild it as page images only."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /EmbeddedFiles << /Names [(x.exe) 6 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 7 0 R >> >> >>",
        None,
        b"<< /S /JavaScript /JS (app.alert\\('pwned'\\);) >>",
        b"<< /Type /Filespec /F (x.exe) /EF << /F 8 0 R >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        None,
    ]
    content = b"BT /F1 24 Tf 72 760 Td (Supporting document) Tj ET"
    payload = b"MZ\x90\x00fake executable"
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        if i == 4:
            out.write(b"4 0 obj\n<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream\nendobj\n")
        elif i == 8:
            out.write(b"8 0 obj\n<< /Length %d >>\nstream\n" % len(payload) + payload + b"\nendstream\nendobj\n")
        else:
            out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")  # type: ignore[operator]
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


FORMS: dict[str, Any] = {
    "juminhyo-copy": lambda r: {"copies": r.choice([1, 1, 2, 3]), "include_household": r.random() < 0.4,
                                "purpose": r.choice(PURPOSES)},
    "inkan-certificate": lambda r: {"copies": r.choice([1, 2]), "registration_number": f"{r.randrange(10**7):07d}",
                                    "purpose": r.choice(PURPOSES)},
    "koseki-copy": lambda r: {"copies": 1, "honseki": "大阪市北区中之島1丁目", "hittousha": "山田 一郎",
                              "kind": r.choice(["謄本", "抄本"]), "purpose": r.choice(PURPOSES)},
    "tax-certificate": lambda r: {"copies": r.choice([1, 2]), "fiscal_year": "令和8年度",
                                  "certificate_type": r.choice(["所得証明", "課税証明", "納税証明"]),
                                  "purpose": r.choice(PURPOSES)},
    "medical-card-reissue": lambda r: {"card_type": r.choice(["こども医療証", "ひとり親医療証"]),
                                       "reason": r.choice(["紛失", "破損"]), "insured_number": f"{r.randrange(10**8):08d}"},
    "facility-use": lambda r: {"facility": r.choice(["中央公会堂 小集会室", "市民体育館 第1競技場"]),
                               "date": "2026-12-20", "time_slot": "午後", "attendees": r.randrange(5, 80),
                               "purpose": "地域の会合"},
    "dog-death": lambda r: {"dog_name": r.choice(["ポチ", "ハナ", "コタロウ"]),
                            "registration_number": f"大阪市第{r.randrange(10**5)}号", "date_of_death": "2026-11-20"},
    "event-entry": lambda r: {"event": "市民マラソン2027", "participants": r.randrange(1, 4)},
    "health-checkup": lambda r: {"course": r.choice(["特定健診", "がん検診"]), "preferred_date": "2026-12-10",
                                 "clinic": "北区医師会診療所"},
    "info-disclosure": lambda r: {"subject": "令和7年度 道路補修工事の契約書", "method": r.choice(["閲覧", "写しの交付"])},
    "address-change": lambda r: {"new_address": "大阪市西区本町2-3-4", "moved_on": "2026-11-25",
                                 "household_members": r.randrange(1, 5)},
    "child-allowance-change": lambda r: {"change_type": "振込口座の変更", "effective_date": "2026-12-01",
                                         "bank_account": "○○銀行 本店 普通 1234567"},
    "nhi-withdrawal": lambda r: {"insured_number": f"{r.randrange(10**8):08d}", "reason": "社会保険加入",
                                 "lost_on": "2026-11-01"},
}


@dataclass
class RawSubmission:
    folder: Path
    application: dict[str, Any]
    problem: str  # "" or what is wrong with it on purpose


def write_raw(folder: Path, application: dict[str, Any], files: dict[str, bytes],
              signature: dict[str, Any] | None, app_bytes: bytes | None = None) -> bytes:
    fileperms.ensure_dir(folder)
    for name, data in files.items():
        fileperms.write_file(folder / name, data)
    data = app_bytes or json.dumps(application, ensure_ascii=False, indent=2).encode("utf-8")
    fileperms.write_file(folder / "application.json", data)
    if signature is not None:
        fileperms.write_file(folder / "application.sig.json", json.dumps(signature, indent=2).encode("utf-8"))
    return data


def attachment_entry(att_id: str, file: str, kind: str, data: bytes) -> dict[str, Any]:
    return {"id": att_id, "file": file, "kind": kind, "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data)}


def base_application(rng: random.Random, catalog: Catalog, seq: int, procedure: str,
                     now: datetime) -> dict[str, Any]:
    sur, given = rng.choice(SURNAMES), rng.choice(GIVEN)
    ward, zip3 = rng.choice(WARDS)
    birth = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 65))
    proc = catalog.get(procedure)
    assert proc is not None
    form = FORMS[procedure](rng)
    delivery = rng.choice(["mail", "mail", "counter", "electronic"]) if proc.output != "none" else "electronic"
    fee = proc.fee_due(form)
    submitted = now - timedelta(minutes=rng.randrange(5, 60 * 24 * 6))
    app: dict[str, Any] = {
        "schema": "application/1",
        "application_id": f"OSK-{now.year}-{seq:07d}",
        "revision": 1,
        "procedure": procedure,
        "submitted_at": submitted.astimezone(JST).replace(microsecond=0).isoformat(),
        "applicant": {
            "name": f"{sur[0]} {given[0]}", "name_kana": f"{sur[1]} {given[1]}",
            "birth_date": birth.isoformat(), "postal_code": f"{zip3}-{rng.randrange(10**4):04d}",
            "address": f"大阪府大阪市{ward}{rng.choice(TOWNS)}{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}",
            "phone": f"06-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
            "email": f"user{seq}@example.jp",
        },
        "form": form,
        "attachments": [],
        "payment": None,
        "delivery": {"method": delivery},
        "appointment": None,
    }
    if fee and delivery != "counter":
        app["payment"] = {"method": rng.choice(["credit_card", "pay_easy", "convenience_store"]),
                          "amount": fee, "currency": "JPY",
                          "transaction_id": f"PG-{now:%Y%m%d}-{seq:06d}",
                          "paid_at": submitted.astimezone(JST).replace(microsecond=0).isoformat()}
    if delivery == "counter" and rng.random() < 0.5:
        start = (now + timedelta(days=rng.randrange(2, 10))).astimezone(JST).replace(hour=10, minute=0, second=0, microsecond=0)
        app["appointment"] = {"start": start.isoformat(), "end": (start + timedelta(minutes=15)).isoformat(),
                              "location": "北区役所 市民課窓口"}
    return app
