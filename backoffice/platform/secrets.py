"""Secrets in the OS credential store (keyring), never in the config file or logs.

The database password: `database.url` names user and host only; the password is stored
under service "backoffice", user "database:<user>@<host>:<port>/<db>" and joined to the
URL in memory when the engine is made (docs/deployment-postgresql.md)."""

from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError, NoKeyringError
from sqlalchemy.engine import URL, make_url

from backoffice.platform.errors import ConfigError

log = logging.getLogger(__name__)
SERVICE = "backoffice"


def database_secret_name(url: URL) -> str:
    return f"database:{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def set_database_password(url_text: str, password: str) -> str:
    url = make_url(url_text)
    if not url.username or not url.host:
        raise ConfigError("database.url must name a user and a host to store a password for it")
    name = database_secret_name(url)
    try:
        keyring.set_password(SERVICE, name, password)
    except (NoKeyringError, KeyringError) as exc:
        raise ConfigError(f"no OS credential store available to keep the database password: {exc}") from exc
    return name


def with_database_password(url_text: str) -> str | URL:
    """The URL with its password from the keyring (server URLs without a password only)."""
    url = make_url(url_text)
    if url.get_backend_name() == "sqlite" or url.password or not url.username or not url.host:
        return url_text
    try:
        secret = keyring.get_password(SERVICE, database_secret_name(url))
    except (NoKeyringError, KeyringError):
        secret = None  # trust/peer/certificate authentication needs no password
    if secret is None:
        return url_text
    return url.set(password=secret)
