"""Every font of every PDF the back office writes is embedded (issue 13 defect 11): a
certificate and a notice issued through the service, the rejection/return/receipt
notices, the address sheets for window envelopes and the demo's attachment PDFs. Checked
with poppler's pdffonts (poppler-utils, installed by setup.sh), which lists every font a
page's resources declare, used or not: reportlab's default Helvetica was declared on every
page without being embedded."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from sqlalchemy import select

from backoffice.accounts import keystore
from backoffice.db.models import Application, Certificate
from backoffice.demo.data import multipage_pdf
from backoffice.issuance import delivery, service
from backoffice.issuance.document import compose_body, render_pdf
from backoffice.issuance.templates import load_template
from tests.issuance.test_document import data
from tests.ui.factories import GOD, make_applications


def pdf_fonts(pdf: bytes, tmp_path, name: str) -> list[tuple[str, str, str]]:
    """(name, type, emb) of every font pdffonts lists."""
    exe = shutil.which("pdffonts")
    assert exe, "pdffonts (poppler-utils) is needed: ./setup.sh installs it"
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["name", "type", "encoding"], out
    fonts = []
    for line in lines[2:]:
        cols = line.split()
        # name, type (one or more words), encoding, emb, sub, uni, object id, generation
        fonts.append((cols[0], " ".join(cols[1:-6]), cols[-5]))
    return fonts


@pytest.fixture
def kbo(bo_sqlite, memory_keyring):
    keystore.create_issuing_key(bo_sqlite.config.key_id)
    return bo_sqlite


def test_every_pdf_the_back_office_writes_embeds_every_font(kbo, tmp_path):
    made = make_applications(kbo, 2, statuses=("approved",), procedures=("juminhyo-copy", "facility-use"))
    for m in made:
        service.issue_document(kbo, GOD, m.pk)
    with kbo.db.read() as s:
        issued = {c.kind: c.pdf for c in s.scalars(select(Certificate))}
        pks = list(s.scalars(select(Application.id)))
    assert set(issued) == {"juminhyo-copy", "facility-use"}  # a certificate and a notice
    pdfs = {f"issued-{kind}": pdf for kind, pdf in issued.items()}
    for name in ("rejected", "returned", "receipt", "inkan-certificate"):
        t = load_template(name)
        d = data(template=name)
        pdfs[f"template-{name}"] = render_pdf(t, d, compose_body(t, d), "QR" if t.show_qr else None)
    pdfs["address-sheets"] = delivery.address_sheet_pdf(kbo, GOD, pks)
    pdfs["demo-attachment"] = multipage_pdf("住民票", "山田 太郎", 2)
    for name, pdf in pdfs.items():
        fonts = pdf_fonts(pdf, tmp_path, name)
        assert fonts, f"{name}: no fonts at all?"
        missing = [f for f in fonts if f[2] != "yes"]
        assert not missing, f"{name}: fonts not embedded: {missing}"
    names = {f[0].split("+")[-1] for f in pdf_fonts(pdfs["issued-juminhyo-copy"], tmp_path, "cert")}
    assert "Helvetica" not in names and "IPAexGothic" in names
