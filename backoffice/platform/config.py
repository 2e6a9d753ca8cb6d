"""Configuration (cli-v1 "Configuration"): TOML from --config, BACKOFFICE_CONFIG or the
user's config folder; built-in defaults when the file is missing. Relative paths are
relative to the config file (or, for defaults, to the user's data folder)."""

from __future__ import annotations

import difflib
import os
import re
import sys
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date, time
from pathlib import Path
from typing import Any

import platformdirs

from backoffice.platform.errors import ConfigError

# Signing key ids (accounts/keystore.py); a key id is also a safe <kid>.pem file name.
KEY_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")

APP_NAME = "backoffice"
ROLES = ("counter", "reviewer", "supervisor", "admin")


def user_data_dir() -> Path:
    override = os.environ.get("BACKOFFICE_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def site_config_file() -> Path:
    """The machine-wide configuration every account of the PC reads (admin guide 2.3):
    %ProgramData%\\backoffice\\backoffice.toml on Windows, /etc/backoffice/backoffice.toml
    elsewhere. Administrators write it; users and the agent's account only read it."""
    if sys.platform == "win32":
        return Path(os.environ.get("ProgramData") or r"C:\ProgramData") / APP_NAME / "backoffice.toml"
    return Path("/etc") / APP_NAME / "backoffice.toml"


# On Windows a machine-wide file serves several accounts (clerks, the agent's service
# account): it must name what they share, or each account would fall back to its own folder.
# (Elsewhere it is read first too, but not required to: the boundary server's gateway needs
# no database.)
SITE_REQUIRED = (("database", "url"), ("intake", "spool"), ("export", "out"), ("audit", "checkpoint_dir"))
_KEY_ID_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "-", text).strip(".-_")


def expand_key_id(value: Any, key: str, source: str) -> str:
    """A key id with {host} (this computer's name) and {user} (the OS account) replaced, so
    one machine-wide file gives every PC (and account) a key id of its own: the private key
    lives in one account's credential store on one PC (admin guide 4.3)."""
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{source}: {key} must be a non-empty string")

    def one(m: re.Match[str]) -> str:
        if m.group(1) == "host":
            import socket

            return _safe_name(socket.gethostname()) or "host"
        if m.group(1) == "user":
            import getpass

            return _safe_name(getpass.getuser()) or "user"
        raise ConfigError(f"{source}: {key}: unknown placeholder {m.group(0)} (only {{host}} and {{user}})")

    expanded = _KEY_ID_PLACEHOLDER.sub(one, value)
    if not KEY_ID_RE.match(expanded):
        shown = f" ({expanded!r} here)" if expanded != value else ""
        raise ConfigError(f"{source}: {key} must be 1-64 letters, digits, '.', '_' or '-'{shown}")
    return expanded


@dataclass(frozen=True)
class RetentionRule:
    """After `after_days` from the final decision, a closed application of `procedure`
    ("*" = any) with `outcome` (approved | rejected | withdrawn | "*") is anonymized or
    deleted. The first matching rule wins; no rule means keep."""

    procedure: str
    outcome: str
    after_days: int
    action: str  # anonymize | delete


@dataclass(frozen=True)
class Config:
    database_url: str
    spool: Path
    gateway_public_keys: tuple[Path, ...]
    trust_anchors: tuple[Path, ...]
    crl: tuple[Path, ...]
    city_code: str = "271004"
    city_name: str = "大阪市"
    mayor: str = "大阪市長　横山 英幸"
    key_id: str = "city-2026"
    export_out: Path = Path("exports")
    export_time: time | None = None  # daily scheduled export run by the sync agent
    lease_minutes: int = 15
    idle_lock_minutes: int = 15
    sync_interval_seconds: float = 5.0
    closures: tuple[date, ...] = ()  # city closures beyond weekends/holidays/12-29..1-3
    retention: tuple[RetentionRule, ...] = ()
    # [retention] close_after_business_days: delivered/rejected/withdrawn -> closed after
    # this many business days (backoffice/retention/closing.py); retention only touches closed ones.
    close_after_business_days: int = 20
    # [audit] (issue 21): signed checkpoints of the audit chain's head, kept outside the
    # database; None = <base_dir>/audit-checkpoints. The key lives in the OS credential store.
    audit_checkpoint_dir: Path | None = None
    audit_key_id: str | None = None  # None = "audit-<host name>": one key per machine that signs
    # [files] group: the OS group that may share what the application creates (folders
    # 0770, files 0660); None = only the owner (0700 / 0600). See backoffice/platform/fileperms.py.
    files_group: str | None = None
    # [logging] (issue 22): rotating log files, backoffice/platform/logsetup.py; None = the
    # platform's user log folder (or BACKOFFICE_LOG_DIR)
    log_dir: Path | None = None
    log_max_bytes: int = 5_000_000
    log_backups: int = 5
    # [records] (records-v1, issue 15): the exchange folder with the core systems; None = no
    # register exchange configured (certificates as before); public_keys verify answers
    records_exchange: Path | None = None
    records_public_keys: tuple[Path, ...] = ()
    records_max_age_days: int = 3
    # [counter] scan_folder (issue 18): where the office's scanner writes paper applications
    # (backoffice/intake/scans.py: ready/, done/, quarantine/ inside); None = no folder
    scan_folder: Path | None = None
    # portal-v1 (issue 17, backoffice/portal/): [outbox] key_id (None = issuance.key_id) and
    # alert_hours (the dashboard's unacknowledged figure turns red past it); [inquiries]
    # answer_days (business days to answer); [appointments] publish_days (slots/1 horizon)
    outbox_key_id: str | None = None
    outbox_alert_hours: int = 24
    inquiry_answer_days: int = 3
    publish_days: int = 14
    # [database] per_person (issue 19, PostgreSQL only): the desktop connects as the person who
    # logs in (login role bo_<code>, the typed password checked by the server), never with a
    # stored credential; the agent and the command line keep the user of database.url.
    per_person: bool = False
    base_dir: Path = field(default_factory=Path.cwd)
    source: str = "<defaults>"

    def with_db(self, url: str | None) -> Config:
        if not url:
            return self
        return replace(self, database_url=url, per_person=self.per_person and url.startswith("postgresql"))

    @property
    def checkpoint_dir(self) -> Path:
        return self.audit_checkpoint_dir or self.base_dir / "audit-checkpoints"

    @property
    def outbox_kid(self) -> str:
        """The outbox key's id (portal-v1 §1): [outbox] key_id, by default the issuing key's."""
        return self.outbox_key_id or self.key_id

    @property
    def checkpoint_key_id(self) -> str:
        """Every machine that makes checkpoints (sync agent, exporting PCs) has its own key in
        its own credential store, so by default its own key id."""
        if self.audit_key_id:
            return self.audit_key_id
        import re
        import socket

        host = re.sub(r"[^A-Za-z0-9._-]", "-", socket.gethostname()).strip(".-_") or "host"
        return f"audit-{host[:58]}"


def _default_config(base: Path) -> Config:
    return Config(
        database_url=f"sqlite:///{base / 'backoffice.db'}",
        spool=base / "spool",
        gateway_public_keys=(base / "keys" / "gateway.pub.pem",),
        trust_anchors=(base / "keys" / "jpki-root.pem",),
        crl=(base / "keys" / "jpki.crl",),
        export_out=base / "exports",
        audit_checkpoint_dir=base / "audit-checkpoints",
        base_dir=base,
    )


def _paths(value: Any, key: str, base: Path, source: str) -> tuple[Path, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: '{key}' must be a path or a list of paths")
    return tuple((base / v) if not Path(v).is_absolute() else Path(v) for v in value)


def _path(value: Any, key: str, base: Path, source: str) -> Path:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{source}: '{key}' must be a path")
    p = Path(value)
    return p if p.is_absolute() else base / p


def _sqlite_relative(url: str, base: Path) -> str:
    # sqlite:///relative.db is relative to the config file like every other path.
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith("sqlite:////") and url != "sqlite:///:memory:":
        return prefix + str(base / url[len(prefix):])
    return url


# Every key of every section: a typo ([database] URL = ...) must not pass silently and
# leave a default in force (issue 21). docs/configuration.md describes each.
KNOWN_KEYS: dict[str, frozenset[str]] = {
    "database": frozenset({"url", "per_person"}),
    "intake": frozenset({"spool", "gateway_public_keys", "trust_anchors", "crl", "sync_interval_seconds"}),
    "issuance": frozenset({"city_code", "key_id", "city_name", "mayor"}),
    "export": frozenset({"out", "time"}),
    "review": frozenset({"lease_minutes"}),
    "security": frozenset({"idle_lock_minutes"}),
    "calendar": frozenset({"closures"}),
    "retention": frozenset({"rule", "close_after_business_days"}),
    "audit": frozenset({"checkpoint_dir", "key_id"}),
    "files": frozenset({"group"}),
    "logging": frozenset({"dir", "max_bytes", "backups"}),
    "outbox": frozenset({"key_id", "alert_hours"}),
    "inquiries": frozenset({"answer_days"}),
    "appointments": frozenset({"publish_days"}),
    "records": frozenset({"exchange", "public_keys", "max_age_days"}),
    "counter": frozenset({"scan_folder"}),
}


class UnknownConfigKey(ConfigError):
    """A section or key the configuration does not have (the desktop words it in Japanese)."""

    def __init__(self, source: str, section: str, key: str | None) -> None:
        where = f"unknown section [{section}]" if key is None else f"unknown key '{key}' in [{section}]"
        known = KNOWN_KEYS if key is None else KNOWN_KEYS.get(section, frozenset())
        close = difflib.get_close_matches((key or section).lower(), sorted(known), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        super().__init__(f"{source}: {where}{hint}")
        self.source, self.section, self.key = source, section, key


def _check_known(data: dict[str, Any], source: str) -> None:
    for section, value in data.items():
        if section not in KNOWN_KEYS:
            raise UnknownConfigKey(source, section, None)
        if not isinstance(value, dict):
            raise ConfigError(f"{source}: [{section}] must be a table of keys")
        for key in value:
            if key not in KNOWN_KEYS[section]:
                raise UnknownConfigKey(source, section, key)


def parse_config(data: dict[str, Any], base: Path, source: str, *, defaults: Path | None = None) -> Config:
    """`defaults`: the folder below which unnamed paths lie (the user's data folder unless
    given; the machine-wide file's own folder for it)."""
    cfg = _default_config(defaults or user_data_dir())
    _check_known(data, source)
    db = data.get("database", {})
    intake = data.get("intake", {})
    issuance = data.get("issuance", {})
    export = data.get("export", {})
    review = data.get("review", {})
    security = data.get("security", {})
    calendar = data.get("calendar", {})
    changes: dict[str, Any] = {"base_dir": base, "source": source}
    if "url" in db:
        if not isinstance(db["url"], str) or "://" not in db["url"]:
            raise ConfigError(f"{source}: database.url must be a SQLAlchemy URL")
        changes["database_url"] = _sqlite_relative(db["url"], base)
    if "per_person" in db:
        if not isinstance(db["per_person"], bool):
            raise ConfigError(f"{source}: database.per_person must be true or false")
        url = str(changes.get("database_url", cfg.database_url))
        if db["per_person"] and not url.startswith("postgresql"):
            raise ConfigError(f"{source}: database.per_person needs a PostgreSQL database.url "
                              "(SQLite has no login roles; docs/deployment-postgresql.md section 9)")
        changes["per_person"] = db["per_person"]
    if "sync_interval_seconds" in intake:
        v = intake["sync_interval_seconds"]
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v <= 0:
            raise ConfigError(f"{source}: intake.sync_interval_seconds must be a positive number")
        changes["sync_interval_seconds"] = float(v)
    if "spool" in intake:
        changes["spool"] = _path(intake["spool"], "intake.spool", base, source)
    for key in ("gateway_public_keys", "trust_anchors", "crl"):
        if key in intake:
            changes[key] = _paths(intake[key], f"intake.{key}", base, source)
    if "city_code" in issuance:
        code = issuance["city_code"]
        if not isinstance(code, str) or len(code) != 6 or not code.isdigit():
            raise ConfigError(f"{source}: issuance.city_code must be 6 digits as a string")
        changes["city_code"] = code
    for key in ("key_id", "city_name", "mayor"):
        if key in issuance:
            if not isinstance(issuance[key], str) or not issuance[key]:
                raise ConfigError(f"{source}: issuance.{key} must be a non-empty string")
            changes[key] = issuance[key]
    if "key_id" in changes:
        changes["key_id"] = expand_key_id(changes["key_id"], "issuance.key_id", source)
    if str(changes.get("key_id", "")).startswith("demo-"):  # see demo_mode.py
        raise ConfigError(f"{source}: issuance.key_id may not start with 'demo-' (reserved for "
                          "the demo's own keys, whose papers say DEMO)")
    if "out" in export:
        changes["export_out"] = _path(export["out"], "export.out", base, source)
    if "time" in export:
        t = export["time"]
        if isinstance(t, str):
            try:
                t = time.fromisoformat(t)
            except ValueError:
                raise ConfigError(f"{source}: export.time must be HH:MM") from None
        if not isinstance(t, time):
            raise ConfigError(f"{source}: export.time must be HH:MM")
        changes["export_time"] = t
    for section, key, attr in (
        (review, "lease_minutes", "lease_minutes"),
        (security, "idle_lock_minutes", "idle_lock_minutes"),
    ):
        if key in section:
            v = section[key]
            if not isinstance(v, int) or isinstance(v, bool) or v < 1:
                raise ConfigError(f"{source}: {key} must be a positive integer")
            changes[attr] = v
    if "closures" in calendar:
        days = calendar["closures"]
        if not isinstance(days, list) or not all(isinstance(d, date) for d in days):
            raise ConfigError(f"{source}: calendar.closures must be a list of dates (2026-12-28)")
        changes["closures"] = tuple(days)
    if "retention" in data:
        changes["retention"] = _retention(data["retention"], source)
        if "close_after_business_days" in data["retention"]:
            v = data["retention"]["close_after_business_days"]
            if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= 3650:
                raise ConfigError(f"{source}: retention.close_after_business_days must be a whole "
                                  "number of business days (0-3650)")
            changes["close_after_business_days"] = v
    changes.update(_audit_and_files(data.get("audit", {}), data.get("files", {}), base, source))
    changes.update(_logging(data.get("logging", {}), base, source))
    changes.update(_portal(data, source))
    changes.update(_records(data.get("records"), base, source))
    counter = data.get("counter", {})
    if "scan_folder" in counter:
        changes["scan_folder"] = _path(counter["scan_folder"], "counter.scan_folder", base, source)
    return replace(cfg, **changes)


def _records(section: Any, base: Path, source: str) -> dict[str, Any]:
    """[records] exchange, public_keys, max_age_days (records-v1 §2, issue 15). The section
    switches the register exchange on; exchange defaults to "records" beside the file."""
    if section is None:
        return {}
    changes: dict[str, Any] = {"records_exchange": _path(section.get("exchange", "records"),
                                                         "records.exchange", base, source)}
    if "public_keys" in section:
        changes["records_public_keys"] = _paths(section["public_keys"], "records.public_keys", base, source)
    if "max_age_days" in section:
        v = section["max_age_days"]
        if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 365:
            raise ConfigError(f"{source}: records.max_age_days must be a whole number from 1 to 365")
        changes["records_max_age_days"] = v
    return changes


def _portal(data: dict[str, Any], source: str) -> dict[str, Any]:
    """[outbox] key_id, alert_hours; [inquiries] answer_days; [appointments] publish_days
    (portal-v1, issue 17)."""
    changes: dict[str, Any] = {}
    outbox = data.get("outbox", {})
    if "key_id" in outbox:
        if not isinstance(outbox["key_id"], str) or not KEY_ID_RE.match(outbox["key_id"]):
            raise ConfigError(f"{source}: outbox.key_id must be 1-64 letters, digits, '.', '_' or '-'")
        if outbox["key_id"].startswith("demo-"):
            raise ConfigError(f"{source}: outbox.key_id may not start with 'demo-' (reserved for the demo)")
        changes["outbox_key_id"] = outbox["key_id"]
    for section, key, attr, low, high in (
        (outbox, "alert_hours", "outbox_alert_hours", 1, 24 * 365),
        (data.get("inquiries", {}), "answer_days", "inquiry_answer_days", 1, 365),
        (data.get("appointments", {}), "publish_days", "publish_days", 1, 366),
    ):
        if key in section:
            v = section[key]
            if not isinstance(v, int) or isinstance(v, bool) or not low <= v <= high:
                raise ConfigError(f"{source}: {key} must be a whole number from {low} to {high}")
            changes[attr] = v
    return changes


def _audit_and_files(audit: Any, files: Any, base: Path, source: str) -> dict[str, Any]:
    """[audit] checkpoint_dir, key_id and [files] group (issue 21)."""
    changes: dict[str, Any] = {}
    if "checkpoint_dir" in audit:
        changes["audit_checkpoint_dir"] = _path(audit["checkpoint_dir"], "audit.checkpoint_dir", base, source)
    if "key_id" in audit:
        changes["audit_key_id"] = expand_key_id(audit["key_id"], "audit.key_id", source)
    if "group" in files:
        group = files["group"]
        if not isinstance(group, str) or not group.strip():
            raise ConfigError(f"{source}: files.group must be the name of an OS group")
        if sys.platform != "win32":  # Windows: NTFS permissions of the folders decide instead
            import grp

            try:
                grp.getgrnam(group.strip())
            except KeyError:
                raise ConfigError(f"{source}: files.group {group!r} is not a group on this machine") from None
        changes["files_group"] = group.strip()
    return changes


def _logging(section: dict[str, Any], base: Path, source: str) -> dict[str, Any]:
    """[logging] dir, max_bytes, backups (issue 22, backoffice/platform/logsetup.py)."""
    changes: dict[str, Any] = {}
    if "dir" in section:
        changes["log_dir"] = _path(section["dir"], "logging.dir", base, source)
    for key, attr, low in (("max_bytes", "log_max_bytes", 10_000), ("backups", "log_backups", 1)):
        if key in section:
            v = section[key]
            if not isinstance(v, int) or isinstance(v, bool) or v < low:
                raise ConfigError(f"{source}: logging.{key} must be a whole number of at least {low}")
            changes[attr] = v
    return changes


def _retention(section: Any, source: str) -> tuple[RetentionRule, ...]:
    rules = section.get("rule", []) if isinstance(section, dict) else None
    if not isinstance(rules, list):
        raise ConfigError(f"{source}: retention rules are [[retention.rule]] tables")
    out = []
    for i, r in enumerate(rules, 1):
        where = f"{source}: retention.rule #{i}"
        if not isinstance(r, dict) or set(r) - {"procedure", "outcome", "after_days", "action"}:
            raise ConfigError(f"{where}: keys are procedure, outcome, after_days, action")
        outcome, action, days = r.get("outcome", "*"), r.get("action"), r.get("after_days")
        if outcome not in ("*", "approved", "rejected", "withdrawn"):
            raise ConfigError(f"{where}: outcome must be approved, rejected, withdrawn or *")
        if action not in ("anonymize", "delete"):
            raise ConfigError(f"{where}: action must be anonymize or delete")
        if not isinstance(days, int) or isinstance(days, bool) or days < 1:
            raise ConfigError(f"{where}: after_days must be a positive integer")
        out.append(RetentionRule(str(r.get("procedure", "*")), outcome, days, action))
    return tuple(out)


def load_config(path: str | os.PathLike[str] | None = None, db_url: str | None = None) -> Config:
    """--config FILE, else BACKOFFICE_CONFIG, else the machine-wide file when it exists
    (a user's own file is then not read), else the user's config file, else defaults."""
    explicit = path or os.environ.get("BACKOFFICE_CONFIG")
    site = site_config_file()
    file = Path(explicit) if explicit else site if site.is_file() else user_config_file()
    if not file.exists():
        if explicit:
            raise ConfigError(f"configuration file not found: {file}")
        return _default_config(user_data_dir()).with_db(db_url)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration {file}: {exc}") from exc
    if _same_file(file, site):
        missing = [f"{section}.{key}" for section, key in SITE_REQUIRED
                   if not isinstance(data.get(section), dict) or key not in data[section]]
        if not site_shared_by_accounts():
            missing = []
        if missing:
            raise ConfigError(f"{file}: the machine-wide configuration must name {', '.join(missing)} "
                              "(shared by every account of the PC: PostgreSQL and shared folders; "
                              "SQLite without a machine-wide file is for a single-PC trial only)")
        return parse_config(data, file.resolve().parent, str(file),
                            defaults=file.resolve().parent).with_db(db_url)
    return parse_config(data, file.resolve().parent, str(file)).with_db(db_url)


def site_shared_by_accounts() -> bool:
    """The Windows model (admin guide 2.3): the machine-wide file must name what accounts share."""
    return sys.platform == "win32"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
