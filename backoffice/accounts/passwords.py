"""Password hashing (argon2id) and policy per OWASP ASVS v4 2.1: length over complexity
(12 to 128 characters, any Unicode, spaces allowed), no composition rules, and common or
context-specific passwords refused."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from backoffice.platform.errors import BackofficeError
from backoffice.platform.resources import resource_path

MIN_LENGTH = 12
MAX_LENGTH = 128

_hasher = PasswordHasher()  # argon2id with the library's RFC 9106 low-memory defaults


class WeakPassword(BackofficeError):
    """The policy refused a new password; `params["rule"]` says which rule (short, long,
    common, personal) so the desktop can say it in the staff's words."""

    default_code = "weak_password"


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    path = resource_path("common-passwords.txt")
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def normalize(password: str) -> str:
    return unicodedata.normalize("NFKC", password)


def check_policy(password: str, *, context: tuple[str, ...] = ()) -> None:
    pw = normalize(password)
    if len(pw) < MIN_LENGTH:
        raise WeakPassword(f"password must be at least {MIN_LENGTH} characters (a passphrase is fine)",
                           rule="short", min=MIN_LENGTH)
    if len(pw) > MAX_LENGTH:
        raise WeakPassword(f"password must be at most {MAX_LENGTH} characters", rule="long", max=MAX_LENGTH)
    low = pw.lower()
    if low in _common() or len(set(low)) < 4:
        raise WeakPassword("this password is too common; choose a longer passphrase", rule="common")
    for word in context:
        if word and len(word) >= 3 and word.lower() in low:
            raise WeakPassword("the password must not contain your staff code or name", rule="personal")


def hash_password(password: str) -> str:
    return _hasher.hash(normalize(password))


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, normalize(password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


@lru_cache(maxsize=1)
def dummy_hash() -> str:
    """A fixed hash verified for unknown accounts so a wrong code costs the same time as a
    wrong password (no account enumeration by timing). Made on first use, not at import."""
    return _hasher.hash("not-a-real-password-for-timing")
