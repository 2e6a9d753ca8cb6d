"""Issue 22 item 3: docs/deployment-postgresql.md works as written, from an empty cluster.

A throwaway cluster of its own (initdb, a free port; tests/pgcluster.py's helpers) with a
throwaway CA and server certificate made here, the server settings and pg_hba.conf lines
taken from the guide (TLS and SCRAM only), then the guide's commands in the guide's order,
through the real command line, with the passwords typed at the prompts. Afterwards the
application's role works over sslmode=verify-full (a decision through `backoffice decide`),
a connection without TLS or to a name the certificate does not carry is refused, no password
is in the server's statement log or ours, and the steps in the wrong order stop with one line
and exit 2. Always its own cluster (a shared BACKOFFICE_TEST_PG server cannot be switched to
TLS); needs the server binaries like tests/core/test_pgcluster.py."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from backoffice.cli.main import main
from tests import pgcluster

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "deployment-postgresql.md"
SUPERUSER_PASSWORD = "superuser pass phrase 1"
PASSWORDS = {"backoffice_owner": "owner pass phrase 22", "backoffice_app": "app pass phrase 333",
             "backoffice_auditor": "auditor pass phrase 4444"}
STAFF_PASSWORD = "correct horse battery staple"


def guide_block(marker: str) -> str:
    """The fenced block right after `<!-- setup: marker -->` in the guide."""
    text = GUIDE.read_text(encoding="utf-8")
    m = re.search(rf"<!-- setup: {re.escape(marker)} -->\s*```[a-z]*\n(.*?)^```", text, re.S | re.M)
    assert m, f"docs/deployment-postgresql.md has no block after <!-- setup: {marker} -->"
    return m.group(1)


def guide_commands() -> list[list[str]]:
    return [shlex.split(line)[1:] for line in guide_block("commands").splitlines()
            if line.startswith("backoffice ")]


# ------------------------------------------------------------------ a TLS cluster

def _make_ca_and_server(folder: Path) -> tuple[Path, bytes, bytes]:
    """(CA certificate file, server certificate PEM, server key PEM) for the name localhost."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test City internal CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False,
                                       encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_file = folder / "city-ca.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return ca_file, cert.public_bytes(serialization.Encoding.PEM), key_pem


def _server_file(path: Path, data: bytes | str, mode: int = 0o600) -> None:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    path.chmod(mode)
    if os.geteuid() == 0:
        shutil.chown(path, "postgres", "postgres")


@pytest.fixture
def tls_cluster(tmp_path: Path) -> Iterator[tuple[int, Path, Path]]:
    """(port, CA file, server log) of a new cluster set up with the guide's settings."""
    bindir = pgcluster.find_bindir()
    if bindir is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true requires the PostgreSQL server binaries")
        pytest.skip("no PostgreSQL server binaries (initdb)")
    folder = Path(tempfile.mkdtemp(prefix="backoffice-pg-tls-"))
    watchdog = None
    try:
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        folder.chmod(0o700)
        data = folder / "data"
        _server_file(folder / "pw", SUPERUSER_PASSWORD + "\n")
        pgcluster._run(pgcluster._as_server_user([
            str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--pwfile", str(folder / "pw"),
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C",
            "--no-sync"]), "initdb")
        ca_file, cert_pem, key_pem = _make_ca_and_server(tmp_path)
        _server_file(data / "server.crt", cert_pem, 0o644)
        _server_file(data / "server.key", key_pem)
        conf = guide_block("postgresql.conf")
        with (data / "postgresql.conf").open("a", encoding="utf-8") as f:
            f.write("\n" + conf + "\nlog_statement = 'all'\n")  # to prove no password reaches it
        # The guide's addresses are examples: here everything comes from 127.0.0.1.
        hba = re.sub(r"\b\d+\.\d+\.\d+\.\d+/\d+\b", "127.0.0.1/32", guide_block("pg_hba.conf"))
        assert "\nhost " not in hba and "hostssl" in hba
        _server_file(data / "pg_hba.conf", hba)
        port = pgcluster._start_server(bindir, data, folder)
        watchdog = subprocess.Popen(
            [sys.executable, "-c", pgcluster._WATCHDOG, str(bindir / "pg_ctl"), str(data), str(folder),
             *(["postgres"] if os.geteuid() == 0 else [])], stdin=subprocess.PIPE, start_new_session=True)
        yield port, ca_file, folder / "server.log"
    finally:
        if watchdog is not None and watchdog.stdin is not None:
            watchdog.stdin.close()
            watchdog.wait(timeout=120)
        else:
            shutil.rmtree(folder, ignore_errors=True)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _typing(monkeypatch, asked: list[str]) -> None:
    """The person at the terminal: answers each password prompt; records the prompts."""
    def getpass(prompt: str = "Password: ") -> str:
        asked.append(prompt)
        if "postgres " in prompt:
            return SUPERUSER_PASSWORD
        for role, password in PASSWORDS.items():
            if role in prompt:
                return password
        if prompt.startswith("Database password"):
            return PASSWORDS["backoffice_app"]
        return STAFF_PASSWORD

    monkeypatch.setattr("getpass.getpass", getpass)
    monkeypatch.setattr("sys.stdin", _Terminal())


def _config(tmp_path: Path, port: int, ca_file: Path, host: str = "localhost") -> Path:
    conf = tmp_path / f"backoffice-{host}.toml"
    data = tmp_path / "data"
    conf.write_text(
        "[database]\n"
        f'url = "postgresql+psycopg://backoffice_app@{host}:{port}/backoffice'
        f'?sslmode=verify-full&sslrootcert={ca_file.as_posix()}"\n'
        f'[intake]\nspool = "{(data / "spool").as_posix()}"\n'
        f'[audit]\ncheckpoint_dir = "{(data / "checkpoints").as_posix()}"\n', encoding="utf-8")
    return conf


@pytest.mark.postgres
def test_the_guide_from_an_empty_cluster_with_tls(tls_cluster, tmp_path, monkeypatch, capsys, memory_keyring):
    import psycopg

    port, ca_file, server_log = tls_cluster
    conf = _config(tmp_path, port, ca_file)
    monkeypatch.setenv("BACKOFFICE_CONFIG", str(conf))
    asked: list[str] = []
    _typing(monkeypatch, asked)
    steps = guide_commands()
    assert [s[:2] for s in steps[:3]] == [["db", "setup-roles"], ["db", "upgrade"],
                                          ["secrets", "set-db-password"]]

    # In the wrong order first: each stops with one line naming the step to run first.
    assert main(["db", "upgrade"]) == 2
    err = capsys.readouterr().err
    assert "run 'backoffice db setup-roles' first" in err and err.count("\n") == 1, err
    asked.clear()

    outputs = []
    for argv in steps:  # the guide, in its order, from this (any) folder
        code = main(argv)
        out, err = capsys.readouterr()
        assert code == 0, f"backoffice {' '.join(argv)}: exit {code}: {err}"
        outputs.append(out)
    assert "role backoffice_owner created (SCRAM-SHA-256)" in outputs[0]
    assert "database backoffice created, owned by backoffice_owner" in outputs[0]
    assert re.search(r"database migrated from empty to \w+; grants applied", outputs[1])
    assert "database is up to date" in outputs[3]
    # New passwords were asked twice; nothing else was asked twice.
    assert sum("backoffice_owner" in p for p in asked) == 3  # new (2x) and at db upgrade

    # Run again: nothing changes, nothing is asked but the superuser's password.
    asked.clear()
    assert main(["db", "setup-roles"]) == 0
    assert "role backoffice_app exists; unchanged" in capsys.readouterr().out
    assert all("postgres " in p for p in asked)

    # The application's role, over verify-full, with the password from the credential store.
    from backoffice.platform.config import load_config
    from backoffice.platform.context import Backoffice
    from tests.ui.factories import PASSWORD, make_applications, make_staff

    bo = Backoffice.open(load_config(conf))
    try:
        make_staff(bo, "rev1", ["reviewer"])
        made = make_applications(bo, 1, procedures=("juminhyo-copy",))[0]
    finally:
        bo.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["decide", made.application_id, "--as", "rev1", "--password-stdin", "--return",
                 "--reason", "住民票の写しを添付して再提出してください。"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["audit", "verify"]) == 0, capsys.readouterr().err
    assert "audit chain intact" in capsys.readouterr().out

    def plain(user: str, password: str, **extra: str) -> None:
        psycopg.connect(host=extra.pop("host", "localhost"), port=port, user=user, password=password,
                        dbname="backoffice", connect_timeout=10, **extra).close()

    plain("backoffice_app", PASSWORDS["backoffice_app"], sslmode="verify-full", sslrootcert=str(ca_file))
    with pytest.raises(psycopg.OperationalError, match="no pg_hba.conf entry|no encryption"):
        plain("backoffice_app", PASSWORDS["backoffice_app"], sslmode="disable")
    with pytest.raises(psycopg.OperationalError, match="does not match host name"):
        plain("backoffice_app", PASSWORDS["backoffice_app"], host="127.0.0.1",
              sslmode="verify-full", sslrootcert=str(ca_file))
    # The application's role cannot touch the audit log or the schema; the auditor reads only it.
    with psycopg.connect(host="localhost", port=port, user="backoffice_app", dbname="backoffice",
                         password=PASSWORDS["backoffice_app"], sslmode="verify-full",
                         sslrootcert=str(ca_file), autocommit=True) as c:
        for statement in ("UPDATE audit_log SET target = 'x'", "DELETE FROM audit_log",
                          "DELETE FROM audit_checkpoints", "CREATE TABLE evil (id int)",
                          "DELETE FROM alembic_version"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                c.execute(statement)
    with psycopg.connect(host="localhost", port=port, user="backoffice_auditor", dbname="backoffice",
                         password=PASSWORDS["backoffice_auditor"], sslmode="verify-full",
                         sslrootcert=str(ca_file), autocommit=True) as c:
        assert c.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
        for statement in ("SELECT count(*) FROM applications", "SELECT count(*) FROM staff",
                          "UPDATE audit_log SET target = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                c.execute(statement)
    # Information security's own check, as the guide writes it (section 1), with its own role.
    auditor_lines = [shlex.split(line)[1:] for line in GUIDE.read_text(encoding="utf-8").splitlines()
                     if line.startswith("backoffice --db ") and "backoffice_auditor@" in line]
    assert [argv[2:] for argv in auditor_lines] == [["secrets", "set-db-password"], ["audit", "verify"]]
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORDS["backoffice_auditor"])
    for argv in auditor_lines:
        url = argv[1].replace("db.city.lg.jp:5432", f"localhost:{port}").replace(
            "C:/ProgramData/backoffice/city-ca.pem", ca_file.as_posix())
        assert main(["--db", url, *argv[2:]]) == 0, capsys.readouterr().err
    assert "audit chain intact" in capsys.readouterr().out

    # Changing the application's password (section 4.1): reset, then stored again on "every PC".
    old_password = PASSWORDS["backoffice_app"]
    monkeypatch.setitem(PASSWORDS, "backoffice_app", "the new app pass phrase 5")
    _typing(monkeypatch, asked)  # at the terminal again (decide read its password from stdin)
    assert main(["db", "setup-roles", "--reset-password", "backoffice_app"]) == 0, capsys.readouterr().err
    assert "role backoffice_app password changed" in capsys.readouterr().out
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        plain("backoffice_app", old_password, sslmode="verify-full", sslrootcert=str(ca_file))
    assert main(["init"]) == 2  # this PC still holds the old one
    assert "password authentication failed" in capsys.readouterr().err
    assert main(["secrets", "set-db-password"]) == 0 and main(["init"]) == 0
    assert "database is up to date" in capsys.readouterr().out

    # No password in the server's statement log, our log files or anything printed.
    logs = server_log.read_text(errors="replace")
    logs += "".join(p.read_text(errors="replace") for p in Path(os.environ["BACKOFFICE_LOG_DIR"]).rglob("*.log*"))
    assert "CREATE ROLE" in logs or "ALTER ROLE" in logs  # the statement log is on
    for secret in (SUPERUSER_PASSWORD, old_password, *PASSWORDS.values()):
        assert secret not in logs
        assert secret not in "".join(outputs)


@pytest.mark.postgres
def test_app_role_before_the_owner_migrated_says_what_to_run(tls_cluster, tmp_path, monkeypatch, capsys,
                                                            memory_keyring):
    port, ca_file, _log = tls_cluster
    monkeypatch.setenv("BACKOFFICE_CONFIG", str(_config(tmp_path, port, ca_file)))
    _typing(monkeypatch, [])
    assert main(["init"]) == 2  # no roles at all yet: the app's password does not work
    assert re.search(r"cannot (reach|open) the database .*no password supplied", capsys.readouterr().err)
    assert main(["db", "setup-roles"]) == 0
    assert main(["secrets", "set-db-password"]) == 0
    capsys.readouterr()
    assert main(["init"]) == 2  # roles, but `db upgrade` not run: the app may not make the schema
    err = capsys.readouterr().err
    assert "may not create or migrate the schema: run 'backoffice db upgrade'" in err, err
    assert err.count("\n") == 1


def test_the_japanese_guide_has_the_same_setup():
    """The Japanese guide is complete on its own: the same settings and commands, in order."""
    ja = (ROOT / "docs" / "admin-guide-ja.md").read_text(encoding="utf-8")
    chapter = ja.split("\n## 8.")[1].split("\n## 9.")[0]
    for marker in ("postgresql.conf", "pg_hba.conf", "commands"):  # the commands block keeps the order
        assert guide_block(marker) in chapter, f"admin-guide-ja.md 8 lacks the {marker} block"
    assert "sslmode=verify-full" in chapter and "英語版" not in chapter
    for topic in ("--reset-password", "pg_reload_conf", "city-ca.pem", "pg_restore"):
        assert topic in chapter  # password change, certificate renewal, restore: there too
