"""ui/labels.py, ui/sanitize_text.py, ui/audit_text.py (issue 13 defect 6): dates as staff
read them in each language, birth dates in 和暦, and every sentence the real sanitizer
writes said in Japanese (real images and PDFs through the real sanitizer, in its sandbox)."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from PIL import Image

from backoffice.gateway.sanitize import FileRejected, sanitize_file
from backoffice.platform.timeutil import JST
from tests.ui.visible_text import Seen, problems


@pytest.fixture(params=["ja", "en"])
def lang(qapp, request):
    from ui import i18n
    from ui.build_translations import build

    build()
    t = i18n.Translation(qapp)
    assert t.install(request.param) or request.param == "en"
    yield request.param
    t.install("en")


def test_dates_in_each_language(lang):
    from ui import labels

    at = datetime(2026, 12, 6, 10, 0, tzinfo=JST)
    if lang == "ja":
        assert labels.when(at) == "2026年12月6日 10:00"
        assert labels.day(date(2026, 12, 6)) == "2026年12月6日"
        assert labels.birth_day(date(1985, 1, 5)) == "昭和60年1月5日（1985年）"
        assert labels.birth_day(date(2019, 5, 1)) == "令和元年5月1日（2019年）"
        assert labels.when_text("2026-12-06T10:00:00+09:00") == "2026年12月6日 10:00"
    else:
        assert labels.when(at) == "2026-12-06 10:00"
        assert labels.day(date(2026, 12, 6)) == "2026-12-06"
        assert labels.birth_day(date(1985, 1, 5)) == "1985-01-05"
    assert labels.when_text("not a time") == "not a time"  # never an exception on odd data
    assert labels.value_text("2026-11-20") == labels.day(date(2026, 11, 20))  # form dates


def test_codes_have_labels_and_unknown_codes_never_show(lang, bo_sqlite):
    from ui import labels
    from ui.audit_text import detail_text, target_text

    cat = bo_sqlite.catalog
    name = labels.procedure_name(cat, "juminhyo-copy")
    assert name == (cat.get("juminhyo-copy").name if lang == "ja" else cat.get("juminhyo-copy").name_en)
    shown = [name, labels.procedure_name(cat, "no-such-procedure"), labels.payment_method_label("credit_card"),
             labels.payment_method_label("brand_new_method"), labels.quarantine_reason_label("gateway_signature_invalid"),
             labels.quarantine_reason_label("future_reason"), labels.audit_action_label("document.view"),
             labels.audit_action_label("application.start_review"), labels.audit_action_label("brand.new"),
             labels.actor_label("sync"), labels.signature_check_label("chain", False),
             detail_text({"from_status": "new", "to_status": "received", "revision": 1,
                          "attention": ["signature_missing"], "after_seq": 5}, cat),
             detail_text({"kind": "juminhyo-copy", "kid": "city-2026", "starts_at": "2026-12-01T09:00:00+09:00"}, cat),
             target_text("application:OSK-2026-0000001"), target_text("counter:shimin-1f")]
    found = problems([Seen(str(i), t) for i, t in enumerate(shown)], cat.codes(), japanese=lang == "ja")
    assert not found, found
    assert "brand" not in labels.audit_action_label("brand.new")


def _jpeg_with_gps_and_icc() -> bytes:
    img = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotated
    exif[0x8825] = {1: "N", 2: (34.0, 41.0, 0.0)}  # GPS latitude
    from PIL import ImageCms

    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif, icc_profile=icc)
    return buf.getvalue()


def _tiff_pages(n: int) -> bytes:
    frames = [Image.new("RGB", (40, 40), (i * 40, 0, 0)) for i in range(n)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    return buf.getvalue()


def _pdf_with_javascript() -> bytes:
    from tests.ui.factories import image_pdf

    pdf = image_pdf(2)
    # an OpenAction with JavaScript in the catalog, as hostile PDFs carry
    return pdf.replace(b"/Type /Catalog", b"/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>", 1)


def test_every_sentence_of_the_real_sanitizer_is_said_in_japanese(lang):
    from ui import sanitize_text

    fallback = sanitize_text.action_text("a sentence no gateway writes")
    actions: list[str] = []
    for data in (_jpeg_with_gps_and_icc(), _tiff_pages(3), _pdf_with_javascript()):
        actions += sanitize_text_actions(data)
    assert any("GPS" in a for a in actions) and any("TIFF" in a for a in actions), actions
    assert any("PDF page" in a for a in actions), actions
    texts = [sanitize_text.action_text(a) for a in actions]
    assert fallback not in texts, list(zip(actions, texts, strict=True))
    if lang == "ja":
        assert not problems([Seen(a, t) for a, t in zip(actions, texts, strict=True)], [], japanese=True)
    refusals = []
    for bad in (b"MZ\x90\x00 not a document", b"%PDF-1.4\n garbage"):
        with pytest.raises(FileRejected) as info:
            sanitize_file(bad)
        refusals.append(str(info.value))
    said = [sanitize_text.refusal_text(r) for r in refusals]
    assert sanitize_text.refusal_text("unheard of") not in said, list(zip(refusals, said, strict=True))


def sanitize_text_actions(data: bytes) -> list[str]:
    return list(sanitize_file(data).actions)
