"""Kerberos/GSSAPI single sign-on against a real KDC (issue 19 item 1, docs/deployment-postgresql.md 9.6).

A realm of its own in a temporary folder (its own KRB5_CONFIG, KRB5_KDC_PROFILE and
KRB5CCNAME; no system file is read or written): `kdb5_util create -s`, principals made with
`kadmin.local` (a person per test, the service `postgres/127.0.0.1` with its keytab), `krb5kdc`
on a free port, `kinit` with the password on stdin. The PostgreSQL server is this process's
SCRAM server (tests/conftest.py `scram_server`, a database of this module's own copied from the
migrated template, as in tests/core/test_per_person.py), given for this module what 9.6 tells an
administrator to set: `krb_server_keyfile`, a `hostgssenc … gss include_realm=1 krb_realm=…
map=persons` line for the persons' group before the SCRAM line, and the pg_ident.conf map
`person@REALM -> bo_person`. Both are put back afterwards; the extra line matches only
GSSAPI-encrypted connections, which no other test makes.

- With a ticket and no password, psycopg (its bundled libpq, and Debian's libpq through
  psycopg's pure-Python implementation) connects as the person's role over an encrypted GSSAPI
  connection, and row-level security applies: a 税務課 reviewer sees no 市民課 application.
- The desktop's per-person login (`[database] per_person = true`, the URL with
  `gssencmode=require&krbsrvname=postgres`) signs in with the staff code and no password.
- Without a ticket the server asks for a password and refuses; a ticket for person A does not
  log in as person B's role (the map refuses), neither by hand nor through the login.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from backoffice.accounts import rls, scope
from backoffice.administration import staff
from backoffice.casework import queues
from backoffice.db.models import AuditEntry
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import AuthenticationError
from tests.core.test_per_person import (  # noqa: F401 (fixtures)
    CITIZEN,
    PW,
    TAX,
    _person,
    scram_cluster,
    shared,
)
from tests.ui.factories import make_applications

pytestmark = pytest.mark.postgres

REALM = "BO.TEST"
SERVICE = "postgres/127.0.0.1"  # libpq asks for krbsrvname/host: the host as the URL names it
TOOLS = ("kdb5_util", "kadmin.local", "krb5kdc", "kinit", "kdestroy")
SBIN = os.pathsep.join((os.environ.get("PATH", ""), "/usr/sbin", "/usr/local/sbin", "/sbin"))


def _require_kerberos() -> None:
    """Skip (fail under CI=true, as require_pg does) without the MIT Kerberos programs
    (Debian: krb5-kdc, krb5-admin-server, krb5-user; ./setup.sh installs them as root)."""
    missing = [t for t in TOOLS if shutil.which(t, path=SBIN) is None]
    if missing:
        problem = (f"no Kerberos programs ({', '.join(missing)}): ./setup.sh as root installs "
                   "krb5-kdc, krb5-admin-server and krb5-user")
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true requires Kerberos: {problem}")
        pytest.skip(problem)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Realm:
    folder: Path
    env: dict[str, str]  # KRB5_CONFIG, KRB5_KDC_PROFILE, KRB5CCNAME and a PATH with sbin
    kdc: subprocess.Popen[bytes] | None = None

    def run(self, *cmd: str, stdin: str = "") -> str:
        proc = subprocess.run(list(cmd), input=stdin, capture_output=True, text=True, env=self.env, timeout=30)
        if proc.returncode != 0:
            raise RuntimeError(f"{cmd[0]} failed (exit {proc.returncode}): {proc.stderr.strip()}")
        return proc.stdout

    def admin(self, *queries: str) -> None:
        """kadmin.local reads its commands from stdin (one -q only would take the last); it
        exits 0 even when a command fails, so anything on stderr but the note that no password
        policy applies is a failure."""
        proc = subprocess.run([shutil.which("kadmin.local", path=SBIN) or "kadmin.local", "-r", REALM],
                              input="".join(f"{q}\n" for q in queries), capture_output=True, text=True,
                              env=self.env, timeout=30)
        problems = [line for line in proc.stderr.splitlines() if line and not line.startswith("No policy specified")]
        if proc.returncode != 0 or problems:
            raise RuntimeError(f"kadmin.local failed (exit {proc.returncode}): {' | '.join(problems)}")

    def add_person(self, name: str, password: str) -> None:
        self.admin(f"addprinc -pw {password} {name}")

    def kinit(self, name: str, password: str) -> None:
        self.run("kinit", f"{name}@{REALM}", stdin=password + "\n")

    def kdestroy(self) -> None:
        subprocess.run(["kdestroy"], env=self.env, capture_output=True, check=False, timeout=30)

    def start_kdc(self) -> None:
        """krb5kdc in the foreground on a free port (tried again if someone takes it first)."""
        for _attempt in range(3):
            port = _free_port()
            (self.folder / "krb5.conf").write_text(
                "[libdefaults]\n"
                f" default_realm = {REALM}\n dns_lookup_realm = false\n dns_lookup_kdc = false\n"
                " dns_canonicalize_hostname = false\n rdns = false\n udp_preference_limit = 1\n"
                f"[realms]\n {REALM} = {{\n  kdc = 127.0.0.1:{port}\n }}\n")
            (self.folder / "kdc.conf").write_text(
                f"[kdcdefaults]\n kdc_ports = {port}\n kdc_tcp_ports = {port}\n"
                f"[realms]\n {REALM} = {{\n  database_name = {self.folder / 'principal'}\n"
                f"  key_stash_file = {self.folder / 'stash'}\n  acl_file = {self.folder / 'kadm5.acl'}\n"
                f"  kdc_listen = 127.0.0.1:{port}\n  kdc_tcp_listen = 127.0.0.1:{port}\n }}\n"
                f"[logging]\n kdc = FILE:{self.folder / 'kdc.log'}\n")
            if not (self.folder / "principal").exists():
                self.run(shutil.which("kdb5_util", path=SBIN) or "kdb5_util", "create", "-s", "-r", REALM,
                         "-P", f"master {uuid.uuid4().hex}")
            kdc = subprocess.Popen([shutil.which("krb5kdc", path=SBIN) or "krb5kdc", "-n", "-r", REALM],
                                   env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            deadline = time.monotonic() + 10
            while kdc.poll() is None and time.monotonic() < deadline:
                with socket.socket() as probe:
                    if probe.connect_ex(("127.0.0.1", port)) == 0:
                        self.kdc = kdc
                        return
                time.sleep(0.05)
            kdc.kill()
            kdc.wait(timeout=10)
        raise RuntimeError(f"krb5kdc did not start: {(self.folder / 'kdc.log').read_text(errors='replace')[-300:]}")

    def stop(self) -> None:
        if self.kdc is not None:
            self.kdc.terminate()
            self.kdc.wait(timeout=10)


@pytest.fixture(scope="module")
def realm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Realm]:
    """The KDC of realm BO.TEST, the service principal's keytab in `folder/postgres.keytab`;
    this process's KRB5_CONFIG and KRB5CCNAME point into the folder for the module."""
    _require_kerberos()
    folder = tmp_path_factory.mktemp("kerberos")
    env = {**os.environ, "PATH": SBIN, "KRB5_CONFIG": str(folder / "krb5.conf"),
           "KRB5_KDC_PROFILE": str(folder / "kdc.conf"), "KRB5CCNAME": f"FILE:{folder / 'ccache'}"}
    found = Realm(folder, env)
    found.start_kdc()
    try:
        found.admin(f"addprinc -randkey {SERVICE}", f"ktadd -k {folder / 'postgres.keytab'} {SERVICE}")
        with pytest.MonkeyPatch.context() as mp:  # libpq's GSSAPI (in this process) reads these
            mp.setenv("KRB5_CONFIG", env["KRB5_CONFIG"])
            mp.setenv("KRB5CCNAME", env["KRB5CCNAME"])
            yield found
    finally:
        found.stop()


@pytest.fixture(scope="module")
def gss_server(shared: Backoffice, scram_cluster: str, realm: Realm) -> Iterator[str]:  # noqa: F811
    """The module's database on a server that admits the persons' group by Kerberos ticket
    (9.6's configuration, realm BO.TEST); its superuser's URL. Put back afterwards."""
    plain = scram_cluster.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        row = conn.execute("SELECT current_setting('hba_file'), current_setting('ident_file'), "
                           "current_setting('data_directory')").fetchone()
        assert row is not None
        hba, ident, data = Path(row[0]), Path(row[1]), Path(row[2])
        keytab = data / "backoffice-test.keytab"  # readable by the server's OS user
        shutil.copyfile(realm.folder / "postgres.keytab", keytab)
        if os.geteuid() == 0:
            shutil.chown(keytab, "postgres", "postgres")
        keytab.chmod(0o600)
        old_hba, old_ident = hba.read_text(), ident.read_text()
        gss = (f"hostgssenc all +{rls.PERSON_GROUP} 127.0.0.1/32 gss include_realm=1 "
               f"krb_realm={REALM} map=persons\n")
        lines = old_hba.splitlines(keepends=True)
        first_password = next(i for i, line in enumerate(lines) if line.startswith("host all all"))
        hba.write_text("".join(lines[:first_password]) + gss + "".join(lines[first_password:]))
        ident.write_text(old_ident + f"persons /^([a-z0-9_]+)@{REALM.replace('.', chr(92) + '.')}$ bo_\\1\n")
        try:
            conn.execute(f"ALTER SYSTEM SET krb_server_keyfile = '{keytab}'")
            conn.execute("SELECT pg_reload_conf()")
            _wait_for_reload(conn, str(keytab))
            yield scram_cluster
        finally:
            hba.write_text(old_hba)
            ident.write_text(old_ident)
            conn.execute("ALTER SYSTEM RESET krb_server_keyfile")
            conn.execute("SELECT pg_reload_conf()")
            keytab.unlink()


def _wait_for_reload(conn: psycopg.Connection, keytab: str) -> None:
    """pg_reload_conf() only signals the postmaster; new connections read the files after it."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        rules = conn.execute("SELECT count(*) FROM pg_hba_file_rules WHERE type = 'hostgssenc'").fetchone()
        if conn.execute("SELECT current_setting('krb_server_keyfile')").fetchone() == (keytab,) \
                and rules is not None and rules[0] == 1:
            return
        time.sleep(0.05)
    raise RuntimeError("the server did not reload pg_hba.conf")


def _kerberos_person(bo: Backoffice, url: str, realm: Realm, departments: list[str]) -> str:
    """A reviewer's staff account and login role (tests/core/test_per_person.py `_person`, with
    a SCRAM password of its own that the Kerberos line never asks for) and their principal,
    `code@BO.TEST`, with a Kerberos password of its own."""
    code = _person(bo, url, ["reviewer"], departments)
    realm.add_person(code, f"kerberos-{code}")
    return code


def _connect(url: str, role: str, **params: Any) -> psycopg.Connection:
    """psycopg as a person would from psql: no password given."""
    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=role, connect_timeout=10,
                           autocommit=True, **params)


def test_a_ticket_connects_as_the_person_without_a_password(gss_server: str, shared: Backoffice,  # noqa: F811
                                                             realm: Realm) -> None:
    code = _kerberos_person(shared, gss_server, realm, [TAX])
    tag = uuid.uuid4().hex[:6].upper()
    citizen = make_applications(shared, 1, procedures=("juminhyo-copy",), prefix=f"K{tag}-C-")[0]
    tax = make_applications(shared, 1, procedures=("tax-certificate",), prefix=f"K{tag}-T-")[0]
    realm.kinit(code, f"kerberos-{code}")
    role = rls.person_role(code)
    with _connect(gss_server, role, gssencmode="require") as conn:
        assert not conn.pgconn.used_password
        assert conn.execute("SELECT current_user, principal, encrypted FROM pg_stat_gssapi "
                            "WHERE pid = pg_backend_pid()").fetchone() == (role, f"{code}@{REALM}", True)
        seen = {r[0] for r in conn.execute("SELECT application_id FROM applications WHERE application_id "
                                           "LIKE %s", (f"K{tag}-%",))}
        assert seen == {tax.application_id}  # row-level security: the 市民課 one is not there
        assert citizen.application_id not in seen
    # the same with Debian's libpq (psycopg's pure-Python implementation): also GSSAPI-enabled
    probe = ("import psycopg, sys; c = psycopg.connect(sys.argv[1], gssencmode='require'); "
             "print(psycopg.pq.__impl__, c.execute('SELECT current_user').fetchone()[0])")
    u = make_url(gss_server)
    result = subprocess.run(
        [sys.executable, "-c", probe, f"host={u.host} port={u.port} dbname={u.database} user={role}"],
        capture_output=True, text=True, timeout=60, env={**os.environ, "PSYCOPG_IMPL": "python"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["python", role]
    # with the ticket but without GSSAPI encryption the 9.6 line does not apply: a password is asked
    with pytest.raises(psycopg.OperationalError, match="no password supplied"):
        _connect(gss_server, role, gssencmode="disable")


def test_the_desktop_signs_in_with_the_ticket(gss_server: str, shared: Backoffice, realm: Realm,  # noqa: F811
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    code = _kerberos_person(shared, gss_server, realm, [TAX])
    tag = uuid.uuid4().hex[:6].upper()
    citizen = make_applications(shared, 1, procedures=("juminhyo-copy",), prefix=f"D{tag}-C-")[0]
    tax = make_applications(shared, 1, procedures=("tax-certificate",), prefix=f"D{tag}-T-")[0]
    realm.kinit(code, f"kerberos-{code}")
    desktop = Backoffice.open(replace(shared.config, per_person=True,
                                      database_url=f"{gss_server}?gssencmode=require&krbsrvname=postgres"))
    session = staff.sign_in(desktop, code.upper(), "", "pc-krb")  # the code as typed, no password
    assert session.bo is not None and session.bo.db.person is not None
    try:
        role = rls.person_role(code)
        assert session.bo.db.person.role == role
        assert session.actor.code == code and session.actor.departments == {TAX}
        with session.bo.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT current_user, principal FROM pg_stat_gssapi "
                                        "WHERE pid = pg_backend_pid()").one() == (role, f"{code}@{REALM}")
        monkeypatch.setattr(scope, "condition", lambda *_a, **_k: None)  # the core's filter off
        mine = queues.QueueFilter(search=f"D{tag}")
        assert {r.application_id for r in queues.load_page(shared, session.actor, mine)} == {
            citizen.application_id, tax.application_id}  # the shared role sees both
        assert {r.application_id for r in queues.load_page(session.bo, session.actor, mine)} == {
            tax.application_id}  # the server refused the 市民課 row
        staff.logout(session.bo.db, session)
    finally:
        session.bo.close()
    with shared.db.read() as s:  # written by the server in the person's name
        actions = [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.actor == code)
                                               .order_by(AuditEntry.seq))]
    assert actions[0] == "login" and actions[-1] == "logout" and "application.search" in actions


def test_without_a_ticket_the_server_refuses(gss_server: str, shared: Backoffice, realm: Realm) -> None:  # noqa: F811
    code = _kerberos_person(shared, gss_server, realm, [TAX])
    role = rls.person_role(code)
    realm.kinit(code, f"kerberos-{code}")
    with _connect(gss_server, role, gssencmode="require") as conn:  # the ticket works …
        assert conn.execute("SELECT current_user").fetchone() == (role,)
    realm.kdestroy()  # … and is gone
    # libpq tries GSSAPI, has no ticket, connects unencrypted: the server asks for a password
    with pytest.raises(psycopg.OperationalError, match="no password supplied"):
        _connect(gss_server, role, gssencmode="prefer")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _connect(gss_server, role, gssencmode="prefer", password="not the password")
    with pytest.raises(psycopg.OperationalError, match="GSSAPI encryption required"):
        _connect(gss_server, role, gssencmode="require")  # libpq will not go on without one
    desktop = Backoffice.open(replace(shared.config, per_person=True,
                                      database_url=f"{gss_server}?gssencmode=require&krbsrvname=postgres"))
    with pytest.raises(AuthenticationError, match="wrong staff code or password"):
        staff.sign_in(desktop, code, "", "pc-krb")
    desktop.close()


def test_a_ticket_for_one_person_does_not_log_in_as_another(gss_server: str, shared: Backoffice,  # noqa: F811
                                                            realm: Realm) -> None:
    alice = _kerberos_person(shared, gss_server, realm, [TAX])
    bob = _kerberos_person(shared, gss_server, realm, [CITIZEN])
    realm.kinit(alice, f"kerberos-{alice}")
    with pytest.raises(psycopg.OperationalError, match=f'GSSAPI authentication failed for user "bo_{bob}"'):
        _connect(gss_server, rls.person_role(bob), gssencmode="require")
    with _connect(gss_server, rls.person_role(alice), gssencmode="require") as conn:
        assert conn.execute("SELECT current_user").fetchone() == (rls.person_role(alice),)
    desktop = Backoffice.open(replace(shared.config, per_person=True,
                                      database_url=f"{gss_server}?gssencmode=require&krbsrvname=postgres"))
    for password in ("", PW):  # Bob's code with Alice's ticket: refused, with or without Bob's password
        with pytest.raises(AuthenticationError, match="wrong staff code or password"):
            staff.sign_in(desktop, bob, password, "pc-krb")
    desktop.close()
