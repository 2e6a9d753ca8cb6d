"""records-v1 §5: certificates print the register's answer, not the form: a 住民票の写し with
its household, an 印鑑登録証明書 with the impression at its real size, a 税証明書 with 和暦
年度 and amounts, a 戸籍 with members and events; a stale answer is asked again, never
printed. Real bundles, real keys (memory keyring), real PDFs (text read back with pypdfium2)."""

from __future__ import annotations

import base64
import io
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from backoffice.accounts import keystore
from backoffice.accounts.permissions import system_actor
from backoffice.casework import review
from backoffice.db.models import Application
from backoffice.db.models_records import RecordRequest
from backoffice.issuance import service
from backoffice.records.answers import load_answers
from backoffice.records.issue import RecordStale
from backoffice.records.requests import request_pending
from tests import builders
from tests.persons import acting_if_person
from tests.records.conftest import make_records_env, person, resident_record
from tests.ui.factories import make_staff

AGENT = system_actor("records-test")
OUT = os.environ.get("RECORDS_PDF_OUT")  # a folder to keep the PDFs in (for looking at them)


@pytest.fixture
def kenv(request, db_url, tmp_path, memory_keyring):
    e = make_records_env(db_url, tmp_path)
    acting_if_person(request, e.bo)
    keystore.create_issuing_key(e.bo.config.key_id)
    yield e
    e.bo.close()


def _approved(renv, app: dict, record: dict, *, as_of: str | None = None) -> int:
    renv.intake.put(renv.intake.bundle(app))
    renv.intake.sync()
    request_pending(renv.bo, AGENT)
    as_of = as_of or datetime.now(UTC).isoformat(timespec="seconds")
    renv.answer_batch([{"request_id": f"{app['application_id']}.r1", "result": "found", "as_of": as_of,
                        "record": record}])
    assert load_answers(renv.bo, AGENT).answered == 1
    pk = review.find_pk(renv.bo, app["application_id"])
    reviewer = make_staff(renv.bo, f"r{pk}", ["reviewer"])
    review.claim(renv.bo, reviewer, pk)
    assert review.decide(renv.bo, reviewer, pk, "approve") == "approved"
    return pk


def _text(pdf: bytes) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def _keep(name: str, pdf: bytes) -> None:
    if OUT:
        Path(OUT).mkdir(parents=True, exist_ok=True)
        (Path(OUT) / name).write_bytes(pdf)


def test_juminhyo_prints_the_register_and_its_household(kenv):
    record = resident_record(name="𠮷田 太郎")
    record["household"].append({**person(name="𠮷田 一郎", birth="2019-05-01"), "relationship": "子",
                                "resident_since": "2019-05-01"})
    app = builders.sample_application(applicant__name="𠮷田 太郎")
    pk = _approved(kenv, app, record)
    info = service.issue_document(kenv.bo, make_staff(kenv.bo, "c1", ["counter"]), pk)
    _keep("juminhyo.pdf", info.pdf)
    text = _text(info.pdf)
    for expected in ("𠮷田 太郎", "世帯主", "平成22年4月1日", "中之島一丁目3番20号", "山田 花子",
                     "妻　平成24年5月1日住民", "令和元年5月1日生", "男　子", "男"):
        assert expected in text, expected
    assert "1-3-20" not in text  # the register's address, not what was typed
    assert "本籍" not in text  # only when asked (include_honseki)


def test_seal_certificate_prints_the_impression(kenv):
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (300, 300), (255, 255, 255, 0))  # a round impression: ring and cross
    draw = ImageDraw.Draw(im)
    draw.ellipse((6, 6, 294, 294), outline=(200, 30, 30, 255), width=16)
    draw.line((150, 40, 150, 260), fill=(200, 30, 30, 255), width=14)
    draw.line((60, 150, 240, 150), fill=(200, 30, 30, 255), width=14)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    record = {"person": person(), "registration_number": "第12345号", "registered_on": "2015-01-05",
              "seal_png": base64.b64encode(buf.getvalue()).decode(), "seal_mm": 15}
    app = builders.sample_application(procedure="inkan-certificate",
                                      form={"copies": 2, "registration_number": "12345", "purpose": "不動産登記"})
    pk = _approved(kenv, app, record)
    info = service.issue_document(kenv.bo, make_staff(kenv.bo, "c1", ["counter"]), pk)
    _keep("inkan.pdf", info.pdf)
    text = _text(info.pdf)
    assert "第12345号" in text and "平成27年1月5日" in text
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(info.pdf)[0]
    images = [o for o in page.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
    sizes = []
    for im in images:
        left, bottom, right, top = im.get_bounds()
        sizes.append(round((right - left) / 72 * 25.4, 1))
    assert 15.0 in sizes, sizes  # the impression at its real size in millimetres


def test_tax_certificate_has_wareki_year_and_separators(kenv):
    record = {"person": person(), "fiscal_year": 2026, "income_total": 3500000, "taxable_income": 2300000,
              "municipal_tax": 138000, "prefectural_tax": 92000, "taxable": True}
    app = builders.sample_application(procedure="tax-certificate",
                                      form={"copies": 2, "fiscal_year": 2026, "certificate_type": "所得証明",
                                            "purpose": "保育園"})
    pk = _approved(kenv, app, record)
    info = service.issue_document(kenv.bo, make_staff(kenv.bo, "c1", ["counter"]), pk)
    _keep("tax.pdf", info.pdf)
    text = _text(info.pdf)
    for expected in ("令和8年度", "3,500,000円", "138,000円", "92,000円", "230,000円", "課税"):
        assert expected in text, expected


def test_stale_answer_is_asked_again_never_printed(kenv):
    old = (datetime.now(UTC) - timedelta(days=4)).isoformat(timespec="seconds")
    pk = _approved(kenv, builders.sample_application(), resident_record(), as_of=old)
    counter = make_staff(kenv.bo, "c1", ["counter"])
    with pytest.raises(RecordStale):
        service.issue_document(kenv.bo, counter, pk)
    with kenv.bo.db.read() as s:
        app = s.get(Application, pk)
        assert app.status == "approved" and "record_stale" in app.attention
        assert sorted(s.scalars(select(RecordRequest.request_id))) == ["OSK-2026-0001234.r1",
                                                                         "OSK-2026-0001234.r1.2"]
    assert request_pending(kenv.bo, AGENT).rows == 1
    with pytest.raises(RecordStale):  # still waiting: no third request
        service.issue_document(kenv.bo, counter, pk)
    fresh = datetime.now(UTC).isoformat(timespec="seconds")
    kenv.answer_batch([{"request_id": "OSK-2026-0001234.r1.2", "result": "found", "as_of": fresh,
                        "record": resident_record()}])
    assert load_answers(kenv.bo, AGENT).answered == 1
    with kenv.bo.db.read() as s:
        assert "record_stale" not in s.get(Application, pk).attention
    assert service.issue_document(kenv.bo, counter, pk).serial
    _ = update


def test_koseki_prints_members_and_events(kenv):
    record = {"honseki": "大阪府大阪市北区中之島一丁目1番地", "hittousha": "山田 一郎",
              "members": [{"name": "山田 一郎", "birth": "1955-03-03", "sex": "1", "relationship": "筆頭者",
                           "events": ["【出生日】昭和30年3月3日", "【婚姻日】昭和58年6月1日"]},
                          {"name": "山田 太郎", "birth": "1985-04-01", "sex": "1", "relationship": "長男",
                           "events": ["【出生日】昭和60年4月1日"]}]}
    app = builders.sample_application(procedure="koseki-copy", form={"copies": 1, "kind": "謄本", "purpose": "相続"})
    pk = _approved(kenv, app, record)
    info = service.issue_document(kenv.bo, make_staff(kenv.bo, "c1", ["counter"]), pk)
    _keep("koseki.pdf", info.pdf)
    text = _text(info.pdf)
    for expected in ("大阪府大阪市北区中之島一丁目1番地", "筆頭者", "【婚姻日】昭和58年6月1日", "長男",
                     "昭和30年3月3日生"):
        assert expected in text, expected


def test_a_long_koseki_continues_on_further_pages(kenv):
    import pypdfium2 as pdfium

    from backoffice.issuance.verify import verify_file

    members = [{"name": "山田 一郎", "birth": "1955-03-03", "sex": "1", "relationship": "筆頭者",
                "events": ["【出生日】昭和30年3月3日", "【婚姻日】昭和58年6月1日"]},
               {"name": "山田 太郎", "birth": "1985-04-01", "sex": "1", "relationship": "長男",
                "events": ["【出生日】昭和60年4月1日"]}]
    members += [{"name": f"山田 {k}", "birth": "1990-01-01", "sex": "2", "relationship": "孫",
                 "events": [f"【出生日】平成2年1月{k}日", "【届出日】平成2年1月10日", "【入籍日】平成3年2月1日"]}
                for k in range(1, 12)]
    record = {"honseki": "大阪府大阪市北区中之島一丁目1番地", "hittousha": "山田 一郎", "members": members}
    app = builders.sample_application(procedure="koseki-copy", form={"copies": 1, "kind": "謄本", "purpose": "相続"})
    pk = _approved(kenv, app, record)
    info = service.issue_document(kenv.bo, make_staff(kenv.bo, "c1", ["counter"]), pk)
    _keep("koseki-long.pdf", info.pdf)
    doc = pdfium.PdfDocument(info.pdf)
    n = len(doc)
    assert n >= 2
    texts = [doc[i].get_textpage().get_text_range() for i in range(n)]
    for i, text in enumerate(texts, 1):
        assert info.serial in text and f"{i} / {n}" in text
    assert any("【出生日】平成2年1月11日" in t for t in texts)
    assert "大阪市長" in texts[-1] and all("大阪市長" not in t for t in texts[:-1])
    assert verify_file(kenv.bo, info.pdf).verdict.status == "valid"  # the QR covers every page's lines


def test_approved_before_the_exchange_is_asked_at_issuance(kenv):
    from dataclasses import replace

    from backoffice.records.requests import request_id

    exchange = kenv.bo.config.records_exchange
    kenv.bo.config = replace(kenv.bo.config, records_exchange=None)  # not yet switched on
    kenv.intake.put(kenv.intake.bundle(builders.sample_application()))
    kenv.intake.sync()
    pk = review.find_pk(kenv.bo, "OSK-2026-0001234")
    reviewer = make_staff(kenv.bo, "r1", ["reviewer"])
    review.claim(kenv.bo, reviewer, pk)
    assert review.decide(kenv.bo, reviewer, pk, "approve") == "approved"
    kenv.bo.config = replace(kenv.bo.config, records_exchange=exchange)  # switched on now
    counter = make_staff(kenv.bo, "c1", ["counter"])
    with pytest.raises(RecordStale) as err:
        service.issue_document(kenv.bo, counter, pk)
    assert err.value.code == "record_waiting"
    assert request_pending(kenv.bo, AGENT).rows == 1
    kenv.answer_batch([{"request_id": request_id("OSK-2026-0001234", 1, 1), "result": "found",
                        "as_of": datetime.now(UTC).isoformat(timespec="seconds"), "record": resident_record()}])
    assert load_answers(kenv.bo, AGENT).answered == 1
    assert service.issue_document(kenv.bo, counter, pk).serial
