import io
import json

from backoffice.cli.main import main
from tests.ui.factories import PASSWORD, make_applications, make_staff


def test_reprint_and_revoke_from_the_command_line(bo_sqlite, tmp_path, memory_keyring, capsys, monkeypatch):
    url = bo_sqlite.config.database_url
    # a person's acts (issue 16 item 5): logged in like decide --as, checked like the desktop
    make_staff(bo_sqlite, "c010", ["counter"])
    make_staff(bo_sqlite, "s010", ["supervisor"])
    made = make_applications(bo_sqlite, 2, statuses=("approved",), pdf_pages=1)
    assert main(["--db", url, "keys", "init"]) == 0
    assert main(["--db", url, "issue", "--out", str(tmp_path / "out")]) == 0
    pdfs = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(pdfs) == 2
    capsys.readouterr()
    first = pdfs[0]
    serial = first.stem
    # reprint: the old paper verifies as revoked (superseded), the new one as valid
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--db", url, "certificates", "reprint", serial, "--reason", "汚損",
                 "--out", str(tmp_path / "re"), "--as", "c010", "--password-stdin"]) == 0
    new_pdf = next((tmp_path / "re").glob("*.pdf"))
    capsys.readouterr()
    assert main(["--db", url, "verify", str(first)]) == 1
    old = json.loads(capsys.readouterr().out)
    assert old["status"] == "revoked" and new_pdf.stem in old["detail"]
    assert main(["--db", url, "verify", str(new_pdf)]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "valid"
    # revoke the other one
    other = pdfs[1].stem
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))  # a counter clerk may not revoke
    assert main(["--db", url, "certificates", "revoke", other, "--reason", "誤交付", "--as", "c010",
                 "--password-stdin"]) != 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--db", url, "certificates", "revoke", other, "--reason", "誤交付", "--as", "s010",
                 "--password-stdin"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "verify", str(pdfs[1])]) == 1
    assert json.loads(capsys.readouterr().out)["status"] == "revoked"
    assert main(["--db", url, "certificates", "list", made[1].application_id]) == 0
    assert "revoked" in capsys.readouterr().out
