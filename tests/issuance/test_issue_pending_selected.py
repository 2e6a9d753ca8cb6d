"""issue_pending for the desktop's issue page: only the applications chosen, a Cancel
asked before each one, and the errors behind `failed` for the staff's own words."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice.accounts import keystore
from backoffice.db.models import Application
from backoffice.issuance import service
from backoffice.platform.errors import TransitionError
from tests.ui.factories import GOD, make_applications


@pytest.fixture
def sbo(bo_sqlite, memory_keyring):
    keystore.create_issuing_key(bo_sqlite.config.key_id)
    return bo_sqlite


def _statuses(bo) -> dict[int, str]:
    with bo.db.read() as s:
        return dict(s.execute(select(Application.id, Application.status)).all())


def test_only_the_chosen_applications_are_issued_with_progress(sbo):
    made = make_applications(sbo, 3, statuses=("approved",), procedures=("juminhyo-copy",))
    steps: list[tuple[int, int]] = []
    result = service.issue_pending(sbo, GOD, pks=[made[2].pk, made[0].pk],
                                   progress=lambda n, total, _info: steps.append((n, total)))
    assert [i.application_pk for i in result.issued] == [made[2].pk, made[0].pk]
    assert steps == [(1, 2), (2, 2)] and result.failed == () and result.errors == ()
    assert _statuses(sbo)[made[1].pk] == "approved"


def test_cancel_stops_before_the_next_application(sbo):
    made = make_applications(sbo, 3, statuses=("approved",), procedures=("juminhyo-copy",))
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # Cancel pressed while the first one was issued

    result = service.issue_pending(sbo, GOD, pks=[m.pk for m in made], cancelled=cancelled)
    assert len(result.issued) == 1
    assert sorted(_statuses(sbo).values()).count("approved") == 2


def test_errors_stand_beside_failed_in_order(sbo):
    made = make_applications(sbo, 2, statuses=("approved", "ready_for_review"), procedures=("juminhyo-copy",))
    not_approved = next(m for m in made if _statuses(sbo)[m.pk] != "approved")
    result = service.issue_pending(sbo, GOD, pks=[not_approved.pk])
    assert result.issued == () and len(result.failed) == len(result.errors) == 1
    assert isinstance(result.errors[0], TransitionError)
    assert result.failed[0][0] == not_approved.application_id
