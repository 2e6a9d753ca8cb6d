"""Two workstations share one database: what one issues, the other verifies (public keys
in the registry), and a kid already registered to another key is refused."""

import json

import keyring
import pytest

from backoffice.cli.main import main
from tests.memkeyring import MemoryKeyring
from tests.ui.factories import make_applications


@pytest.fixture
def two_pcs():
    previous = keyring.get_keyring()
    pcs = {"pc1": MemoryKeyring(), "pc2": MemoryKeyring()}
    yield lambda name: keyring.set_keyring(pcs[name])
    keyring.set_keyring(previous)


def test_other_workstation_verifies_and_cannot_reuse_the_kid(bo_sqlite, tmp_path, two_pcs, capsys):
    url = bo_sqlite.config.database_url
    make_applications(bo_sqlite, 1, statuses=("approved",), pdf_pages=1)
    two_pcs("pc1")
    assert main(["--db", url, "keys", "init"]) == 0
    assert main(["--db", url, "issue", "--out", str(tmp_path / "out")]) == 0
    pdf = next((tmp_path / "out").glob("*.pdf"))
    two_pcs("pc2")  # a counter PC without any issuing key
    capsys.readouterr()
    assert main(["--db", url, "verify", str(pdf)]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "valid"
    # the same key id on pc2 would be a different key under the same kid: refused
    assert main(["--db", url, "keys", "init"]) == 2
    assert "own issuance.key_id" in capsys.readouterr().err
    conf = tmp_path / "pc2.toml"
    conf.write_text(f'[database]\nurl = "{url}"\n[issuance]\nkey_id = "city-2026-pc2"\n', encoding="utf-8")
    assert main(["--config", str(conf), "keys", "init"]) == 0
    capsys.readouterr()
    assert main(["--config", str(conf), "verify", str(pdf)]) == 0
