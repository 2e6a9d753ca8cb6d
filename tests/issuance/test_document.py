"""Templates, body text and hash, and the rendered PDF (fonts, anti-forgery features)."""

import base64
import hashlib
import shutil
import subprocess
from datetime import date

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageStat

from backoffice.issuance import pattern
from backoffice.issuance.document import (
    DocumentData,
    body_sha256,
    compose_body,
    render_pdf,
    wrap_line,
)
from backoffice.issuance.templates import load_template, template_names
from backoffice.platform.errors import ConfigError

ALL_TEMPLATES = [
    "juminhyo-copy", "inkan-certificate", "koseki-copy", "tax-certificate",
    "medical-card-reissue", "facility-use", "health-checkup", "info-disclosure",
    "address-change", "child-allowance-change", "nhi-withdrawal", "receipt", "returned",
    "rejected",
]


def data(**overrides) -> DocumentData:
    values = dict(
        serial="2026-JU-00001234", kind="juminhyo-copy", template="juminhyo-copy",
        issued_on=date(2026, 11, 28), application_id="OSK-2026-0001234", name="𠮷田 髙﨑",
        name_kana="よしだ たかさき", birth_date=date(1985, 4, 1),
        address="大阪府大阪市北区中之島1丁目3番20号", postal_code="530-8201",
        form={"purpose": "勤務先へ提出", "copies": 2, "include_household": True},
        reason="添付された本人確認書類の画像が不鮮明です。",
    )
    values.update(overrides)
    return DocumentData(**values)


def test_every_template_loads_and_renders():
    assert sorted(template_names()) == sorted(ALL_TEMPLATES)
    for name in ALL_TEMPLATES:
        t = load_template(name)
        assert t.name == name and t.kind in ("certificate", "notice")
        lines = compose_body(t, data(template=name))
        assert lines, name
        pdf = render_pdf(t, data(template=name), lines, "TEST-QR")
        assert pdf.startswith(b"%PDF-") and b"/FontFile2" in pdf


def test_broken_template_names_file_and_reason(tmp_path):
    (tmp_path / "x.toml").write_text('title = "t"\nkind = "letter"\nbody = ["a"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"x\.toml.*kind"):
        load_template("x", tmp_path)
    (tmp_path / "y.toml").write_text('title = "t"\nkind = "notice"\nbody = ["{nmae}"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"y\.toml.*unknown placeholder \{nmae\}"):
        load_template("y", tmp_path)
    (tmp_path / "z.toml").write_text('title = "t\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"z\.toml.*TOML"):
        load_template("z", tmp_path)
    with pytest.raises(ConfigError, match="not found"):
        load_template("missing", tmp_path)


def test_compose_body_fills_and_drops_optional_lines():
    lines = compose_body(load_template("juminhyo-copy"), data())
    assert lines[0] == "氏　　　　名　𠮷田 髙﨑"
    assert "生 年 月 日　昭和60年4月1日" in lines
    assert "世帯全員の写し　あり" in lines
    assert "交 付 部 数　2部" in lines
    assert not any("世　帯　主" in line for line in lines)  # optional, no extra.householder
    with_extra = compose_body(load_template("juminhyo-copy"), data(extra={"householder": "𠮷田 一郎"}))
    assert "世　帯　主　𠮷田 一郎" in with_extra


def test_returned_notice_needs_a_reason():
    t = load_template("returned")
    with pytest.raises(ValueError, match="reason"):
        compose_body(t, data(template="returned", reason=None))
    lines = compose_body(t, data(template="returned"))
    assert any("本人確認書類" in line for line in lines)
    assert any("住民票の写し交付" in line for line in lines)  # procedure name from the catalog


def test_long_lines_wrap_to_the_printed_width():
    long = "補正を求める事項　" + "添付書類が不足しています。" * 8
    parts = wrap_line(long, "mincho")
    assert len(parts) > 1
    assert "".join(p.lstrip("　") for p in parts[1:]) in long
    assert parts[1].startswith("　" * 8)  # continues under the value, not the label
    assert not any(p.startswith(("。", "、")) for p in parts)  # 行頭禁則


def test_body_hash_per_spec():
    # NFC (か + combining dakuten -> が), trailing whitespace removed, LF-joined, unpadded b64url
    lines = ["氏名　山田 太郎  ", "ふりがな　やまだ たろうか\u3099\t", ""]
    expected_text = "氏名　山田 太郎\nふりがな　やまだ たろうが\n"
    digest = hashlib.sha256(expected_text.encode("utf-8")).digest()
    assert body_sha256(lines) == base64.urlsafe_b64encode(digest).decode().rstrip("=")
    assert body_sha256(["a", "b"]) == "fhj3NzEbLcOy8mndeDlrA1HxT7Zu-oefdoyyMYGIPHg"
    assert "=" not in body_sha256(lines) and len(body_sha256(lines)) == 43


@pytest.fixture(scope="module")
def certificate_pdf() -> bytes:
    t = load_template("juminhyo-copy")
    d = data()
    return render_pdf(t, d, compose_body(t, d), "QR-PLACEHOLDER-TEXT")


def test_pdf_is_a4_and_embeds_fonts(certificate_pdf):
    page = pdfium.PdfDocument(certificate_pdf)[0]
    w, h = page.get_size()
    assert (round(w), round(h)) == (595, 842)
    assert certificate_pdf.count(b"/FontFile2") >= 2  # IPAex + the fallback for 𠮷
    assert b"IPAmjMincho" in certificate_pdf and b"IPAexMincho" in certificate_pdf
    assert b"/Pattern" in certificate_pdf and b"/SMask" in certificate_pdf  # 地紋, seal


def test_pdf_text_extracts_japanese_name_with_rare_kanji(certificate_pdf, tmp_path):
    text = pdfium.PdfDocument(certificate_pdf)[0].get_textpage().get_text_range()
    for needle in ("𠮷田 髙﨑", "住", "令和8年11月28日", "2026-JU-00001234", "昭和60年4月1日",
                   "この写しは、住民票の原本と相違ないことを証明する。", "大阪市長"):
        assert needle in text, needle
    if shutil.which("pdftotext"):
        (tmp_path / "c.pdf").write_bytes(certificate_pdf)
        out = subprocess.run(["pdftotext", "-layout", str(tmp_path / "c.pdf"), "-"],
                             capture_output=True, text=True, check=True).stdout
        assert "𠮷田" in out and "髙﨑" in out


def test_notice_without_qr_has_no_code():
    t = load_template("receipt")
    d = data(template="receipt")
    pdf = render_pdf(t, d, compose_body(t, d), None)
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    assert "申請受理通知書".replace("", " ").strip().split(" ")[0] in text
    assert "電子署名付き二次元コード" not in text


def test_missing_glyph_is_refused_not_printed_blank():
    t = load_template("juminhyo-copy")
    with pytest.raises(ConfigError, match=r"U\+E000"):
        compose_body(t, data(name="\ue000田"))


def _latent_mask(size, dpi, x0_pt, y0_pt, height_pt):
    """Where the latent word's coarse screen is, in image pixels."""
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    s = dpi / 72
    for x, y, w, h in pattern._latent_rects(str(pattern.font_path("gothic")), 500.0, height_pt):
        top = (pattern.PAGE_H - (y0_pt + y + h)) * s
        draw.rectangle((int((x0_pt + x) * s) + 2, int(top) + 2,
                        int((x0_pt + x + w) * s) - 2, int(top + h * s) - 2), fill=255)
    return mask


def _ink_fraction(img, mask):
    hist = img.histogram(mask)
    return sum(hist[:128]) / max(1, sum(hist))


def test_copy_evident_pattern_reveals_latent_word_only_on_a_copy():
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    buf = BytesIO()
    c = Canvas(buf, pagesize=(pattern.PAGE_W, pattern.PAGE_H))
    pattern.draw_copy_evident_pattern(c, str(pattern.font_path("gothic")), 40, 40, 500.0, 700.0)
    c.showPage()
    c.save()
    dpi = 300
    page = pdfium.PdfDocument(buf.getvalue())[0].render(scale=dpi / 72).to_pil().convert("L")
    inside = _latent_mask(page.size, dpi, 40, 40, 700.0)
    outside = Image.new("L", page.size, 0)
    ImageDraw.Draw(outside).rectangle((200, 200, page.width - 200, page.height - 200), fill=255)
    outside.paste(0, mask=inside.point(lambda v: 255 if v else 0))
    # original: the same mean tint inside and outside the word
    orig_in = ImageStat.Stat(page, inside).mean[0]
    orig_out = ImageStat.Stat(page, outside).mean[0]
    # copy: fine screen gone, coarse screen kept -> ink remains only inside the word
    copy = pattern.simulate_photocopy(page, dpi=dpi)
    ink_in = _ink_fraction(copy, inside)
    ink_out = _ink_fraction(copy, outside)
    print(f"original mean gray in/out {orig_in:.1f}/{orig_out:.1f}; "
          f"copy ink in/out {ink_in:.2%}/{ink_out:.2%}")
    assert abs(orig_in - orig_out) < 1.5  # nearly invisible on the original
    assert ink_out < 0.005  # the background drops out (what remains: edges of the word)
    assert ink_in > 0.02 and ink_in > 8 * ink_out  # the coarse screen survives: the word appears
