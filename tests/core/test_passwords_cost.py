"""The application hashes passwords with argon2id at RFC 9106's low-memory parameters
(64 MiB, 3 passes, 4 lanes). The test session swaps in the cheapest parameters
(tests/conftest.py), so this checks the real ones in a fresh interpreter that never loaded
the tests' conftest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
from backoffice.accounts import passwords
stored = passwords.hash_password("a long enough pass phrase")
print(stored)
print(passwords.verify_password(stored, "a long enough pass phrase"),
      passwords.verify_password(stored, "another pass phrase!"),
      passwords.needs_rehash("$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$cGpXWk9oUVk1VEFwUU1JbEpoMENyUQ"))
"""


def test_the_application_hashes_with_rfc_9106_parameters():
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    stored, checks = out.stdout.splitlines()
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$"), stored
    # the right password only; a hash made cheaper (as the tests make them) is rehashed at login
    assert checks.split() == ["True", "False", "True"]


def test_the_tests_hash_cheaply_but_really():
    from backoffice.accounts import passwords

    stored = passwords.hash_password("a long enough pass phrase")
    assert stored.startswith("$argon2id$v=19$m=1024,t=1,p=1$")
    assert passwords.verify_password(stored, "a long enough pass phrase")
    assert not passwords.verify_password(stored, "a long enough pass phrasE")
