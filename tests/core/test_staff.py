import pytest

from backoffice.accounts import passwords
from backoffice.accounts.permissions import Actor, system_actor
from backoffice.administration import staff
from backoffice.cli.main import main
from backoffice.platform.errors import AuthenticationError, BackofficeError, PermissionDenied

ADMIN = Actor(code="admin1", name="管理者", roles=frozenset({"admin"}))
PW = "correct horse battery staple 2026"


def _add(bo, code="r001", roles=("reviewer",), pw=PW):
    with bo.db.write() as s:
        return staff.create_staff(s, ADMIN, code, "審査 花子", list(roles), pw)


def test_create_and_login(bo):
    info = _add(bo, roles=("reviewer", "supervisor"))
    assert info.roles == ("reviewer", "supervisor")
    sess = staff.login(bo.db, "r001", PW, "pc-1")
    assert sess.actor.roles == {"reviewer", "supervisor"}
    assert staff.session_valid(bo.db, sess)


def test_password_policy():
    for bad in ("short", "password1234", "aaaaaaaaaaaaaaaa"):
        with pytest.raises(passwords.WeakPassword):
            passwords.check_policy(bad)
    passwords.check_policy("みんなで行こう大阪城の公園")  # a long Japanese passphrase is fine
    passwords.check_policy("x" * 3 + "long enough passphrase")
    with pytest.raises(passwords.WeakPassword):
        passwords.check_policy("r001 my own code inside", context=("r001",))


def test_only_admin_manages_staff(bo):
    with pytest.raises(PermissionDenied):
        with bo.db.write() as s:
            staff.create_staff(s, Actor(code="x", name="x", roles=frozenset({"supervisor"})), "a", "a", ["reviewer"], PW)


def test_unknown_role_refused(bo):
    with pytest.raises(BackofficeError, match="unknown role"):
        _add(bo, roles=("boss",))


def test_wrong_password_same_message_as_unknown_code(bo):
    _add(bo)
    msgs = []
    for code in ("r001", "nobody"):
        with pytest.raises(AuthenticationError) as e:
            staff.login(bo.db, code, "wrong password here", "pc-1")
        msgs.append(str(e.value))
    assert msgs[0] == msgs[1] == "wrong staff code or password"


def test_lockout_is_per_workstation(bo):
    _add(bo)
    for _ in range(staff.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationError):
            staff.login(bo.db, "r001", "wrong password here", "attacker-pc")
    with pytest.raises(AuthenticationError, match="too many failed attempts"):
        staff.login(bo.db, "r001", PW, "attacker-pc")
    # the real user at their own PC is not locked out
    assert staff.login(bo.db, "r001", PW, "own-pc").actor.code == "r001"


def test_disabled_account_cannot_login_and_sessions_end(bo):
    _add(bo)
    sess = staff.login(bo.db, "r001", PW, "pc-1")
    with bo.db.write() as s:
        staff.set_disabled(s, ADMIN, "r001", True)
    assert not staff.session_valid(bo.db, sess)
    with pytest.raises(AuthenticationError, match="disabled"):
        staff.login(bo.db, "r001", PW, "pc-1")


def test_cli_users_add(bo, monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(PW + "\n"))
    rc = main(["--db", bo.config.database_url, "users", "add", "c001", "--name", "窓口 一郎",
               "--role", "counter", "--role", "reviewer", "--password-stdin"])
    assert rc == 0
    assert "created c001" in capsys.readouterr().out
    assert staff.login(bo.db, "c001", PW, "pc").actor.roles == {"counter", "reviewer"}
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    rc = main(["--db", bo.config.database_url, "users", "add", "c002", "--name", "x", "--role", "counter", "--password-stdin"])
    assert rc == 1
    assert "at least 12" in capsys.readouterr().err
    rc = main(["--db", bo.config.database_url, "users", "add", "c003", "--name", "x", "--role", "boss", "--password-stdin"])
    assert rc == 2


_ = system_actor


def test_admin_resets_a_password_and_sessions_end(bo, monkeypatch, capsys):
    import io

    _add(bo)
    sess = staff.login(bo.db, "r001", PW, "pc-1")
    for _ in range(staff.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationError):
            staff.login(bo.db, "r001", "wrong password here", "pc-1")
    monkeypatch.setattr("sys.stdin", io.StringIO("a brand new passphrase 2027\n"))
    assert main(["--db", bo.config.database_url, "users", "passwd", "r001", "--password-stdin"]) == 0
    assert not staff.session_valid(bo.db, sess)
    # the person chooses their own password at the next login (issue 16)
    with pytest.raises(staff.PasswordChangeRequired):
        staff.login(bo.db, "r001", "a brand new passphrase 2027", "pc-1")
    assert staff.login(bo.db, "r001", "a brand new passphrase 2027", "pc-1",
                       new_password="my own passphrase for 2027").actor.code == "r001"
    with pytest.raises(AuthenticationError):
        staff.login(bo.db, "r001", PW, "pc-2")


def test_audit_verify_prints_the_head_hash(bo, capsys):
    _add(bo)
    assert main(["--db", bo.config.database_url, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "head 1 " in out and len(out.split()[-1]) == 64
