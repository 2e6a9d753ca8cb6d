"""Spool directory (bundle-v1 §2): atomic writes through tmp/, inbox listing, moves."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backoffice.platform.spool import Spool, move_unique


@pytest.fixture
def spool(tmp_path: Path) -> Spool:
    s = Spool(tmp_path / "spool")
    s.ensure()
    return s


def test_ensure_creates_every_directory(tmp_path: Path) -> None:
    s = Spool(tmp_path / "new")
    s.ensure()
    for d in (s.inbox, s.outbox, s.tmp, s.archive, s.quarantine):
        assert d.is_dir()
    assert s.inbox == tmp_path / "new" / "inbox"


def test_write_atomic_lands_complete_and_leaves_nothing_in_tmp(spool: Spool) -> None:
    data = os.urandom(300_000)
    path = spool.write_atomic("inbox", "b1.zip", data)
    assert path == spool.inbox / "b1.zip"
    assert path.read_bytes() == data
    assert list(spool.tmp.iterdir()) == []
    # overwriting the same name replaces it atomically (redelivery)
    spool.write_atomic("inbox", "b1.zip", b"second")
    assert path.read_bytes() == b"second"
    assert spool.write_atomic("outbox", "m.json", b"{}").parent == spool.outbox


@pytest.mark.parametrize("subdir,name", [("inbox", "../x.zip"), ("inbox", "a/b.zip"),
                                         ("inbox", ""), ("tmp", "x.zip"), ("nope", "x.zip")])
def test_write_atomic_refuses_bad_names(spool: Spool, subdir: str, name: str) -> None:
    with pytest.raises(ValueError):
        spool.write_atomic(subdir, name, b"x")
    assert not (spool.root.parent / "x.zip").exists()


def test_write_atomic_cleans_tmp_when_the_write_fails(spool: Spool) -> None:
    with pytest.raises(TypeError):
        spool.write_atomic("inbox", "bad.zip", "not bytes")  # type: ignore[arg-type]
    assert list(spool.tmp.iterdir()) == []
    assert not (spool.inbox / "bad.zip").exists()


def test_inbox_lists_only_regular_zip_files_oldest_first(spool: Spool) -> None:
    for name, mtime in [("c.zip", 100), ("a.zip", 300), ("b.zip", 100)]:
        p = spool.write_atomic("inbox", name, b"PK")
        os.utime(p, (mtime, mtime))
    (spool.inbox / "notes.txt").write_bytes(b"x")
    (spool.inbox / "partial.zip.part").write_bytes(b"x")
    (spool.inbox / "dir.zip").mkdir()
    (spool.inbox / "link.zip").symlink_to(spool.inbox / "a.zip")
    (spool.tmp / "in-progress.zip").write_bytes(b"x")
    assert [p.name for p in spool.inbox_bundles()] == ["b.zip", "c.zip", "a.zip"]


def test_inbox_of_a_missing_spool_is_empty(tmp_path: Path) -> None:
    assert Spool(tmp_path / "absent").inbox_bundles() == []


def test_move_keeps_name_and_never_overwrites(spool: Spool) -> None:
    first = spool.write_atomic("inbox", "b.zip", b"one")
    moved = spool.move(first, "archive")
    assert moved == spool.archive / "b.zip" and moved.read_bytes() == b"one"
    assert not first.exists()
    second = spool.write_atomic("inbox", "b.zip", b"two")
    moved2 = spool.move(second, "archive")
    assert moved2 == spool.archive / "b.1.zip" and moved2.read_bytes() == b"two"
    assert (spool.archive / "b.zip").read_bytes() == b"one"
    third = spool.move(spool.write_atomic("inbox", "b.zip", b"3"), "quarantine")
    assert third == spool.quarantine / "b.zip"


def test_move_unique_moves_folders_too(tmp_path: Path) -> None:
    for n in range(2):
        src = tmp_path / "raw" / "sub"
        src.mkdir(parents=True)
        (src / "f").write_text(str(n))
        move_unique(src, tmp_path / "done")
    assert (tmp_path / "done" / "sub" / "f").read_text() == "0"
    assert (tmp_path / "done" / "sub.1" / "f").read_text() == "1"


@pytest.mark.parametrize("batch_sync", [True, False], ids=["syncfs", "fsync-per-file"])
def test_write_many_atomic_lands_every_file_in_order(spool: Spool, monkeypatch, batch_sync: bool) -> None:
    from backoffice.platform import spool as spool_mod

    if not batch_sync:  # the path taken where syncfs(2) does not exist (Windows, macOS)
        monkeypatch.setattr(spool_mod, "_syncfs", None)
    elif spool_mod._syncfs is None:
        pytest.skip("syncfs(2) is Linux only")
    elif spool_mod.filesystem_type(spool.tmp) not in spool_mod.SYNCFS_FILESYSTEMS:
        pytest.skip(f"{spool.tmp} is on {spool_mod.filesystem_type(spool.tmp)}, not a local disk file system")
    synced: list[Path] = []
    real_sync = spool_mod._sync_filesystem
    monkeypatch.setattr(spool_mod, "_sync_filesystem", lambda p: (synced.append(p), real_sync(p)))
    files = [(f"{i:03d}.json", os.urandom(100 + i)) for i in range(40)]
    files.insert(0, ("000.pdf", b"%PDF-1.7 first"))
    paths = spool.write_many_atomic("outbox", files)
    assert paths == [spool.outbox / name for name, _ in files]
    assert all(p.read_bytes() == data for p, (_, data) in zip(paths, files, strict=True))
    assert list(spool.tmp.iterdir()) == []
    assert synced == ([spool.tmp] if batch_sync else [])
    assert spool.write_many_atomic("outbox", []) == []


def test_write_many_atomic_writes_nothing_when_one_file_fails(spool: Spool, monkeypatch) -> None:
    real = Spool._write_tmp

    def failing(self, name, data, *, fsync=True):  # type: ignore[no-untyped-def]
        if name == "07.json":
            raise OSError(28, "No space left on device")
        return real(self, name, data, fsync=fsync)

    monkeypatch.setattr(Spool, "_write_tmp", failing)
    with pytest.raises(OSError, match="No space"):
        spool.write_many_atomic("outbox", [(f"{i:02d}.json", b"{}") for i in range(12)])
    assert list(spool.outbox.iterdir()) == []  # none renamed: the rows stay unwritten
    assert list(spool.tmp.iterdir()) == []
    with pytest.raises(ValueError):
        spool.write_many_atomic("outbox", [("ok.json", b"{}"), ("../escape.json", b"{}")])
    assert list(spool.outbox.iterdir()) == []


def test_network_shares_get_a_fsync_per_file(spool: Spool, monkeypatch) -> None:
    """syncfs(2) is only trusted on local disk file systems; on a share such as cifs or nfs
    every file is fsynced (that reaches the server's disk)."""
    from backoffice.platform import spool as spool_mod

    if spool_mod._syncfs is None:
        pytest.skip("syncfs(2) is Linux only")
    assert spool_mod.filesystem_type(Path("/proc")) == "proc"  # read from the real mount table
    monkeypatch.setattr(spool_mod, "filesystem_type", lambda p: "cifs")
    monkeypatch.setattr(spool_mod, "_sync_filesystem", lambda p: pytest.fail("syncfs on a share"))
    fsynced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(spool_mod.os, "fsync", lambda fd: (fsynced.append(fd), real_fsync(fd))[1])
    spool.write_many_atomic("outbox", [(f"{i}.json", b"{}") for i in range(5)])
    assert len(fsynced) >= 5 + 1  # every file, then the folder
    assert sorted(p.name for p in spool.outbox.iterdir()) == [f"{i}.json" for i in range(5)]
