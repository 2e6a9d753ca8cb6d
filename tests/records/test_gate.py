"""records-v1 §4 at decision time: approval needs a found record, a mismatch a written
(audited) reason, a restricted person's application only a supervisor."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.accounts.permissions import Actor, system_actor
from backoffice.administration import staff
from backoffice.casework import review
from backoffice.db.models import AuditEntry
from backoffice.platform.errors import ClaimError, PermissionDenied, TransitionError
from backoffice.records.answers import load_answers
from backoffice.records.requests import request_pending
from tests import builders
from tests.conftest import ADMIN_SETUP
from tests.records.conftest import found, resident_record

AGENT = system_actor("records-test")


def _person(bo, code: str, roles: list[str]) -> Actor:
    with bo.db.write() as s:
        info = staff.create_staff(s, ADMIN_SETUP, code, f"職員 {code}", roles, "a long passphrase 2026")
    return Actor(code=info.code, name=info.name, roles=frozenset(info.roles), id=info.id)


def _answered(renv, answer: dict | None):
    renv.intake.put(renv.intake.bundle(builders.sample_application()))
    renv.intake.sync()
    request_pending(renv.bo, AGENT)
    if answer is not None:
        renv.answer_batch([{"request_id": "OSK-2026-0001234.r1", "as_of": "2026-11-30T10:00:00+09:00", **answer}])
        load_answers(renv.bo, AGENT)
    return review.find_pk(renv.bo, "OSK-2026-0001234")


def test_approval_needs_a_found_record(renv):
    pk = _answered(renv, {"result": "not_found"})
    rev = _person(renv.bo, "rev1", ["reviewer"])
    review.claim(renv.bo, rev, pk)
    with pytest.raises(TransitionError) as err:
        review.decide(renv.bo, rev, pk, "approve")
    assert err.value.code == "record_required"
    assert review.decide(renv.bo, rev, pk, "reject", reason="住民登録が確認できないため") == "rejected"


def test_mismatch_needs_a_written_reason_which_is_audited(renv):
    pk = _answered(renv, {"result": "found", "record": resident_record(name="山田 太朗")})
    rev = _person(renv.bo, "rev1", ["reviewer"])
    review.claim(renv.bo, rev, pk)
    with pytest.raises(TransitionError) as err:
        review.decide(renv.bo, rev, pk, "approve")
    assert err.value.code == "record_reason_required"
    assert review.decide(renv.bo, rev, pk, "approve", reason="旧字体の届出を本人確認書類で確認") == "approved"
    with renv.bo.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "records.mismatch_accepted")).one()
    assert entry.detail["findings"] == ["name", "jpki.name"] and entry.actor == "rev1"


def test_found_and_equal_approves(renv):
    pk = _answered(renv, found("OSK-2026-0001234.r1"))
    rev = _person(renv.bo, "rev1", ["reviewer"])
    review.claim(renv.bo, rev, pk)
    assert review.decide(renv.bo, rev, pk, "approve") == "approved"


def test_restricted_is_decided_by_a_supervisor_only(renv):
    pk = _answered(renv, {"result": "restricted"})
    rev = _person(renv.bo, "rev1", ["reviewer"])
    sup = _person(renv.bo, "sup1", ["supervisor"])
    with pytest.raises(PermissionDenied) as exc:  # a reviewer may not even take it (records/restriction.py)
        review.claim(renv.bo, rev, pk)
    assert exc.value.code == "record_restricted"
    with pytest.raises((PermissionDenied, ClaimError)):  # no claim, and the gate would refuse too
        review.decide(renv.bo, rev, pk, "reject", reason="支援措置のため窓口で対応")
    review.claim(renv.bo, sup, pk)
    assert review.decide(renv.bo, sup, pk, "reject", reason="支援措置のため窓口で対応") == "rejected"
