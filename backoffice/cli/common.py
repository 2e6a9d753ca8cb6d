"""Helpers shared by command modules."""

from __future__ import annotations

import getpass
import json
import os
import sys
from typing import Any

from backoffice.accounts.permissions import ADMIN, Actor


def read_password(from_stdin: bool, prompt: str = "Password: ") -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            from backoffice.platform.errors import UsageError

            raise UsageError("--password-stdin given but standard input is empty")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        from backoffice.platform.errors import UsageError

        raise UsageError("no terminal to ask for a password; use --password-stdin")
    return getpass.getpass(prompt)


def operator_actor() -> Actor:
    """The person at the command line (an operator on the server, not a staff login).
    The OS account name is what the audit log records."""
    try:
        user = os.getlogin()
    except OSError:
        user = os.environ.get("USER") or os.environ.get("USERNAME") or "operator"
    return Actor(code=f"os:{user}"[:32], name=user,
                 roles=frozenset({ADMIN, "supervisor", "reviewer", "counter", "system"}))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
