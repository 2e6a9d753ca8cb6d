"""Issue 21, defect 4: nothing the application creates is readable by other accounts.
A demo-like run (gateway, sync, a working day with decisions and issued PDFs, an export)
under the common umask 022, then every folder and file under the data folder is checked:
0700/0600 by default, 0770/0660 owned by the group `[files] group` names. Both engines
(on PostgreSQL there is no database file, but spool, exports and PDFs are the same)."""

from __future__ import annotations

import grp
import os
import stat
from pathlib import Path

import pytest

from backoffice.accounts.permissions import system_actor
from backoffice.demo.generate import run_demo
from backoffice.export.batch import export_pending
from backoffice.platform import fileperms
from tests.conftest import make_backoffice


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)
    fileperms.configure(None)


def _demo_run(bo) -> None:
    run_demo(bo, count=12, seed=21)
    batches = export_pending(bo, system_actor("export"))
    assert batches, "the demo's decisions make an export batch"


def _modes(root: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in [*dirnames, *filenames]:
            st = os.lstat(Path(dirpath) / name)
            found[str((Path(dirpath) / name).relative_to(root))] = (stat.S_IMODE(st.st_mode), st.st_gid)
    return found


def test_everything_created_is_private(db_url, tmp_path, memory_keyring, umask_022):
    bo = make_backoffice(db_url, tmp_path)
    try:
        _demo_run(bo)
    finally:
        bo.close()
    data = tmp_path / "data"
    found = _modes(data)
    kinds = {p.split("/")[0] for p in found}
    assert {"spool", "exports"} <= kinds
    assert any(p.endswith(".pdf") for p in found) and any(p.endswith(".manifest.json") for p in found)
    if db_url.startswith("sqlite"):
        db = tmp_path / "test.db"
        for f in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            if f.exists():
                assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    wrong = {p: oct(m) for p, (m, _) in found.items()
             if m != (0o700 if (data / p).is_dir() else 0o600)}
    assert wrong == {}
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


def test_a_named_group_shares_folders_and_files(sqlite_url, tmp_path, memory_keyring, umask_022):
    gid = os.getgroups()[0] if os.getgroups() else os.getgid()
    group = grp.getgrgid(gid).gr_name
    bo = make_backoffice(sqlite_url, tmp_path, files_group=group)
    try:
        _demo_run(bo)
    finally:
        bo.close()
    found = _modes(tmp_path / "data")
    # a private key stays its owner's alone even when the rest is shared (the gateway's, and
    # since issue 15 the demo register's signing key, backoffice/demo/register.py)
    assert found.pop("keys/gateway.pem")[0] == 0o600
    assert found.pop("keys/demo-core.pem")[0] == 0o600
    wrong = {p: (oct(m), g) for p, (m, g) in found.items()
             if m != (0o770 if (tmp_path / "data" / p).is_dir() else 0o660) or g != gid}
    assert wrong == {}
    db = tmp_path / "test.db"
    assert stat.S_IMODE(db.stat().st_mode) == 0o660 and db.stat().st_gid == gid


def test_an_existing_world_readable_data_folder_is_tightened(tmp_path, umask_022):
    """A data folder an older version made 0755 is closed on the next start (the database's
    folder is ensured then); folders above it, not the application's, are left alone."""
    folder = tmp_path / "old-data"
    folder.mkdir()
    os.chmod(folder, 0o755)
    os.chmod(tmp_path, 0o755)
    fileperms.configure(None)
    fileperms.ensure_dir(folder)
    fileperms.ensure_dir(folder / "spool" / "inbox")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "spool").stat().st_mode) == 0o700
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755
