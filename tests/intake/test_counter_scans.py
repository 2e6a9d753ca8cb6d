"""Paper applications scanned or taken from the scan folder (issue 18 item 1) and the
postal-code lookup of the walk-in form: real PDFs made by reportlab, real PNG and JPEG
images made by Pillow, files that are not what they say, over the limits, encrypted,
truncated; each refused file quarantined with its reason while the others are taken in;
a waiting scan attached to a walk-in application (shown like any attachment), never twice;
a crash between the commit and the move repaired by the next run; both engines."""

from __future__ import annotations

import io
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select

from backoffice.casework import detail
from backoffice.db.models import Application, AuditEntry, Document, Revision
from backoffice.db.models_figures import CounterEntry
from backoffice.intake import counter_entry, scans
from backoffice.intake.counter_entry import CounterEntryRefused, CounterForm
from backoffice.intake.scans import ScanRejected
from backoffice.platform import postal
from backoffice.platform.errors import ConfigError, PermissionDenied
from tests.ui.factories import make_staff

GOOD = CounterForm(procedure="juminhyo-copy", name="山田 花子", kana="ヤマダ ハナコ", birth_date="1985-04-01",
                   postal_code="530-0001", address="大阪府大阪市北区梅田1-1-1", delivery_method="counter",
                   fields={"copies": "1", "include_household": False, "purpose": "年金手続"},
                   id_document="my_number_card", receipt_no="R-1")


def pdf_bytes(pages: int = 2, *, encrypt: str | None = None) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, encrypt=encrypt)
    for n in range(pages):
        c.drawString(72, 720, f"Application form page {n + 1}")
        c.rect(72, 600, 300, 80)
        c.showPage()
    c.save()
    return buf.getvalue()


def image_bytes(fmt: str, size: tuple[int, int] = (400, 300)) -> bytes:
    im = Image.new("RGB", size, (250, 250, 245))
    for x in range(50, 350):
        im.putpixel((x, 150), (0, 0, 0))
    buf = io.BytesIO()
    im.save(buf, fmt)
    return buf.getvalue()


@pytest.fixture
def scan_bo(bo, tmp_path):
    bo.config = replace(bo.config, scan_folder=tmp_path / "scans")
    (tmp_path / "scans").mkdir()
    return bo


def _put(folder: Path, name: str, data: bytes) -> Path:
    p = folder / name
    p.write_bytes(data)
    return p


def test_the_limits_are_the_gateways():
    from backoffice.gateway.limits import SanitizeLimits

    g = SanitizeLimits()
    s = scans.SCAN_LIMITS
    assert (s.max_pixels, s.max_pages, s.dpi, s.max_input_bytes, s.seconds) == (
        g.max_pixels, g.max_pages, g.dpi, g.max_input_bytes, g.timeout_seconds)


def test_checked_and_rebuilt_from_pixels():
    pdf = scans.check(pdf_bytes(3), "申請書.pdf")
    assert (pdf.media_type, pdf.pages, pdf.original_name) == ("application/pdf", 3, "申請書.pdf")
    assert pdf.data.startswith(b"%PDF") and b"Application form page" not in pdf.data  # no text layer
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf.data)
    assert len(doc) == 3 and doc[0].get_textpage().get_text_range() == ""
    png = scans.check(image_bytes("PNG"), "photo.PNG")
    assert png.media_type == "image/png" and Image.open(io.BytesIO(png.data)).size == (400, 300)
    jpg = scans.check(image_bytes("JPEG"), "scan.jpeg")
    assert jpg.media_type == "image/jpeg" and jpg.data[:3] == b"\xff\xd8\xff"
    refused = {
        "text.pdf": (b"hello, not a pdf", "media_type_not_allowed"),
        "photo.pdf": (image_bytes("PNG"), "media_type_mismatch"),
        "scan.gif": (b"GIF89a" + b"\0" * 20, "media_type_not_allowed"),
        "cut.png": (image_bytes("PNG")[:60], "unreadable"),
        "broken.pdf": (b"%PDF-1.7\n garbage", "unreadable"),
        "locked.pdf": (pdf_bytes(1, encrypt="secret"), "encrypted"),
        "empty.png": (b"", "unreadable"),
    }
    for name, (data, reason) in refused.items():
        with pytest.raises(ScanRejected) as exc:
            scans.check(data, name)
        assert exc.value.reason == reason, name
    small = scans.ScanLimits(max_pages=2, max_pixels=100_000, max_input_bytes=20_000)
    for data, name, detail_text in ((pdf_bytes(3), "a.pdf", "3 pages"), (image_bytes("PNG", (400, 300)), "b.png",
                                                                         "400x300"),
                                    (b"%PDF" + b"0" * 30_000, "c.pdf", "30,004 bytes")):
        with pytest.raises(ScanRejected) as exc:
            scans.check(data, name, limits=small)
        assert exc.value.reason == "too_large" and detail_text in exc.value.detail


def test_the_folder_import_takes_the_good_and_quarantines_the_bad(scan_bo, monkeypatch):
    clerk = make_staff(scan_bo, "c1", ["counter"])
    root = scan_bo.config.scan_folder
    _put(root, "001.pdf", pdf_bytes(2))
    _put(root, "002.png", image_bytes("PNG"))
    _put(root, "003.jpg", image_bytes("JPEG"))
    _put(root, "004.pdf", b"MZ\x90\x00 an executable named pdf")
    _put(root, "005.png", image_bytes("PNG")[:80])
    _put(root, "006.pdf", pdf_bytes(1))  # the decoder surprises us on this one
    _put(root, ".007.pdf.part", b"%PDF being written")
    real_read = scans.read_file

    def flaky(path, **kw):
        if Path(path).name == "006.pdf":
            raise RuntimeError("decoder crashed")
        return real_read(path, **kw)

    monkeypatch.setattr(scans, "read_file", flaky)
    report = scans.import_folder(scan_bo, clerk, settle=False)
    assert report.imported == ("001.pdf", "002.png", "003.jpg")
    assert report.quarantined == (("004.pdf", "media_type_not_allowed"), ("005.png", "unreadable"),
                                  ("006.pdf", "unreadable"))
    assert sorted(p.name for p in root.iterdir() if p.is_file()) == [".007.pdf.part"]
    assert sorted(p.name for p in (root / "done").iterdir()) == ["001.pdf", "002.png", "003.jpg"]
    assert sorted(p.name for p in (root / "quarantine").iterdir()) == [
        "004.pdf", "004.pdf.reason.txt", "005.png", "005.png.reason.txt", "006.pdf", "006.pdf.reason.txt"]
    assert (root / "quarantine" / "004.pdf.reason.txt").read_text().startswith("media_type_not_allowed: ")
    waiting = scans.waiting(scan_bo)
    assert [(w.original_name, w.media_type, w.pages) for w in waiting] == [
        ("001.pdf", "application/pdf", 2), ("002.png", "image/png", 1), ("003.jpg", "image/jpeg", 1)]
    assert all(w.data == b"" for w in waiting)
    with scan_bo.db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert actions.count("counter.scan_import") == 3 and actions.count("counter.scan_quarantine") == 3
    # the same paper scanned again: recognised, not a second draft
    _put(root, "001-again.pdf", (root / "done" / "001.pdf").read_bytes())
    again = scans.import_folder(scan_bo, clerk, settle=False)
    assert (again.imported, again.already) == ((), ("001-again.pdf",))
    assert len(scans.waiting(scan_bo)) == 3


def test_a_file_still_being_written_waits(scan_bo):
    clerk = make_staff(scan_bo, "c1", ["counter"])
    p = _put(scan_bo.config.scan_folder, "new.pdf", pdf_bytes(1))
    assert scans.import_folder(scan_bo, clerk).left == ("new.pdf",)
    old = p.stat().st_mtime - 60
    os.utime(p, (old, old))
    assert scans.import_folder(scan_bo, clerk).imported == ("new.pdf",)


def test_refused_without_a_folder_or_the_permission(bo):
    clerk = make_staff(bo, "c1", ["counter"])
    reviewer = make_staff(bo, "r1", ["reviewer"])
    with pytest.raises(ConfigError):
        scans.import_folder(bo, clerk)
    assert scans.waiting(bo) == []
    with pytest.raises(PermissionDenied):
        scans.import_folder(bo, reviewer)


def test_a_waiting_scan_is_attached_to_the_walk_in_application_once(scan_bo, monkeypatch):
    clerk = make_staff(scan_bo, "c1", ["counter"])
    reviewer = make_staff(scan_bo, "r1", ["reviewer"])
    root = scan_bo.config.scan_folder
    _put(root, "paper.pdf", pdf_bytes(2))
    scans.import_folder(scan_bo, clerk, settle=False)
    (waiting,) = scans.waiting(scan_bo)
    scan = scans.load_ready(scan_bo, waiting.key)
    got = counter_entry.enter(scan_bo, clerk, replace(GOOD, scan=scan))
    assert scans.waiting(scan_bo) == []
    assert sorted(p.name for p in (root / "done").iterdir()) == sorted(
        ["paper.pdf", f"{scan.key}.pdf", f"{scan.key}.json"])
    with scan_bo.db.read() as s:
        app = s.scalar(select(Application).where(Application.application_id == got.application_id))
        assert s.scalar(select(CounterEntry.paper_documents).where(CounterEntry.application_pk == app.id)) == 2
    shown = detail.application_detail(scan_bo, reviewer, got.pk)
    (doc,) = shown.documents
    assert (doc.kind, doc.original_file, doc.media_type, doc.pages) == ("paper_scan", "paper.pdf",
                                                                       "application/pdf", 2)
    media_type, data = detail.document_bytes(scan_bo, reviewer, doc.id, application_pk=got.pk)
    assert (media_type, data) == ("application/pdf", scan.data)
    # the same scan a second time (another clerk had it open): refused, nothing written
    with pytest.raises(ScanRejected) as exc:
        counter_entry.enter(scan_bo, clerk, replace(GOOD, scan=scan, receipt_no="R-2"))
    assert exc.value.reason == "scan_used"
    with scan_bo.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 1
        assert s.scalar(select(func.count()).select_from(Document)) == 1


def test_a_crash_between_the_commit_and_the_move_is_repaired(scan_bo, monkeypatch):
    clerk = make_staff(scan_bo, "c1", ["counter"])
    _put(scan_bo.config.scan_folder, "paper.png", image_bytes("PNG"))
    scans.import_folder(scan_bo, clerk, settle=False)
    scan = scans.load_ready(scan_bo, scans.waiting(scan_bo)[0].key)
    monkeypatch.setattr(scans, "finish_ready", lambda bo, key: None)  # the PC died after the commit
    counter_entry.enter(scan_bo, clerk, replace(GOOD, scan=scan))
    assert len(scans.waiting(scan_bo)) == 1
    monkeypatch.undo()
    scans.import_folder(scan_bo, clerk, settle=False)  # the next run finds it attached
    assert scans.waiting(scan_bo) == []


def test_a_chosen_file_is_checked_and_attached(bo, tmp_path):
    clerk = make_staff(bo, "c1", ["counter"])
    path = _put(tmp_path, "持参書類.jpg", image_bytes("JPEG"))
    scan = scans.read_file(path)
    got = counter_entry.enter(bo, clerk, replace(GOOD, scan=scan))
    assert path.exists()  # a chosen file stays where it was
    with bo.db.read() as s:
        doc = s.scalars(select(Document)).one()
        assert (doc.original_file, doc.media_type, doc.path) == ("持参書類.jpg", "image/jpeg", f"scans/{scan.key}")
        rev = s.scalar(select(Revision).where(Revision.application_pk == got.pk))
        assert json.loads(rev.application_json)["attachments"] == [
            {"id": "scan-1", "kind": "paper_scan", "file": "持参書類.jpg", "sha256": scan.key}]
    with pytest.raises(ScanRejected):
        scans.read_file(tmp_path)  # a folder


def test_postal_codes_from_the_bundled_table(bo):
    assert postal.available()
    hit = postal.lookup("100-0001")
    assert hit is not None and hit.text == "東京都千代田区千代田"
    assert postal.lookup("〒５３０－０００１").text == "大阪府大阪市北区梅田"
    assert postal.lookup("0600000").text == "北海道札幌市中央区"  # the whole ward: no town
    assert postal.lookup("999-9999") is None and postal.lookup("12345") is None
    with pytest.raises(CounterEntryRefused) as exc:
        counter_entry.validate(bo, replace(GOOD, postal_code="999-9999"))
    assert exc.value.errors == {"postal_code": "postal_code_unknown"}
    assert counter_entry.validate(bo, replace(GOOD, postal_code="1000001")).postal_code == "100-0001"


def test_the_command_takes_the_folder_in(bo, tmp_path, capsys):
    from backoffice.cli.main import main

    folder = tmp_path / "office-scans"
    folder.mkdir()
    _put(folder, "a.pdf", pdf_bytes(1))
    _put(folder, "b.jpg", b"\xff\xd8\xff but not a real jpeg")
    for p in folder.iterdir():
        os.utime(p, (p.stat().st_mtime - 60,) * 2)
    conf = tmp_path / "backoffice.toml"
    conf.write_text(f'[database]\nurl = "{bo.config.database_url}"\n\n[counter]\nscan_folder = "{folder}"\n',
                    encoding="utf-8")
    assert main(["--config", str(conf), "scans", "import"]) == 1  # a file was refused
    out = capsys.readouterr().out.splitlines()
    assert out == ["imported\ta.pdf", "quarantined\tb.jpg\tunreadable"]
    assert main(["--config", str(conf), "scans", "import"]) == 0  # nothing left
    assert capsys.readouterr().out == ""
    assert [p.name for p in (folder / "ready").glob("*.json")] != []
