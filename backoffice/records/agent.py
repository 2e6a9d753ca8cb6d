"""The sync agent's part of the register exchange: every cycle it writes the requests not yet
sent and loads the answers that arrived (records-v1 §3: "every cycle of the sync agent")."""

from __future__ import annotations

import logging

from backoffice.accounts.permissions import system_actor
from backoffice.platform.context import Backoffice
from backoffice.records import policy
from backoffice.records.answers import load_answers
from backoffice.records.requests import request_pending

log = logging.getLogger(__name__)


def run_exchange(bo: Backoffice) -> list[str]:
    """One cycle; the lines worth printing (none when nothing happened or no [records])."""
    if not policy.enabled(bo.config):
        return []
    actor = system_actor("records-agent")
    said = []
    requested = request_pending(bo, actor)
    if requested.rows:
        said.append(f"register {requested.line()}")
    loaded = load_answers(bo, actor)
    if loaded.answered or loaded.refused:
        said.append(f"register {loaded.line()}")
    return said
