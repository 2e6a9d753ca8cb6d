"""Queue pages (keyset), search normalization, counts and the search audit."""

import pytest
from sqlalchemy import select, update

from backoffice.accounts.permissions import Actor
from backoffice.casework import queues, workflow
from backoffice.db.models import Application, AuditEntry
from backoffice.platform.errors import PermissionDenied
from tests.ui.factories import make_applications, make_staff

STATUSES = (workflow.READY, workflow.ATTENTION, workflow.IN_REVIEW, workflow.RETURNED)


@pytest.fixture
def filled(bo):
    reviewer = make_staff(bo, "rev1", ["reviewer"])
    make_applications(bo, 41, statuses=STATUSES, procedures=("juminhyo-copy", "koseki-copy", "dog-death"),
                      claimer=reviewer)
    with bo.db.write() as s:  # some without a processing period: due_date NULL sorts last
        s.execute(update(Application).where(Application.id % 5 == 0).values(due_date=None))
    return bo, reviewer


def _all_pages(bo, actor, f, sort, descending, limit=7):
    seen, key = [], None
    with bo.db.read() as s:
        while True:
            rows = queues.page(s, actor, f, sort, key, limit, descending=descending)
            seen += rows
            if len(rows) < limit:
                return seen
            key = queues.sort_key(rows[-1], sort)


def _expected(rows, sort, descending):
    def k(r):
        v = getattr(r, sort)
        return ((v is None), v if v is not None else 0, r.pk)
    out = sorted(rows, key=k)
    return list(reversed(out)) if descending else out


@pytest.mark.parametrize("sort", queues.SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_visit_every_row_exactly_once_in_order(filled, sort, descending):
    bo, reviewer = filled
    rows = _all_pages(bo, reviewer, queues.QueueFilter(), sort, descending)
    assert len(rows) == 41 and len({r.pk for r in rows}) == 41
    assert [r.pk for r in rows] == [r.pk for r in _expected(rows, sort, descending)]


def test_keyset_with_filter(filled):
    bo, reviewer = filled
    f = queues.QueueFilter(statuses=(workflow.READY, workflow.RETURNED), procedure="koseki-copy")
    rows = _all_pages(bo, reviewer, f, "due_date", False, limit=3)
    with bo.db.read() as s:
        want = len(s.scalars(select(Application.id).where(
            Application.status.in_(f.statuses), Application.procedure == "koseki-copy")).all())
    assert len(rows) == want > 0
    assert all(r.status in f.statuses and r.procedure == "koseki-copy" for r in rows)


def test_the_page_query_never_uses_offset(filled):
    bo, reviewer = filled
    sql = str(queues.page_query(reviewer, queues.QueueFilter(), "applicant_kana", ("ヤ", 3)))
    assert "OFFSET" not in sql.upper()


@pytest.mark.parametrize("text", ["ﾔﾏﾀﾞ", "やまだ", "ヤマダ", "山田", "ﾔﾏﾀﾞ ﾀﾛｳ", "山田　太郎"])
def test_search_is_width_and_kana_insensitive(filled, text):
    bo, reviewer = filled
    rows = queues.load_page(bo, reviewer, queues.QueueFilter(search=text))
    assert rows and all(r.applicant_name == "山田 太郎" for r in rows)


def test_search_by_id_prefix_and_birth_date(filled):
    bo, reviewer = filled
    rows = queues.load_page(bo, reviewer, queues.QueueFilter(search="osk-2026-000001"))
    assert {r.application_id for r in rows} == {f"OSK-2026-00000{i}" for i in range(10, 20)}
    with bo.db.read() as s:
        born = s.scalar(select(Application.birth_date).where(Application.id == 7))
    for text in (born.isoformat(), born.strftime("%Y%m%d")):
        rows = queues.load_page(bo, reviewer, queues.QueueFilter(search=text))
        assert rows and all(r.birth_date == born for r in rows)


def test_like_wildcards_are_literal(filled):
    bo, reviewer = filled
    assert queues.load_page(bo, reviewer, queues.QueueFilter(search="%")) == []


def test_a_search_is_audited_once_with_its_query(filled):
    bo, reviewer = filled
    rows = queues.load_page(bo, reviewer, queues.QueueFilter(search="ﾔﾏﾀﾞ"), limit=1)
    queues.load_page(bo, reviewer, queues.QueueFilter(search="ﾔﾏﾀﾞ"), after_key=queues.sort_key(rows[0], "due_date"))
    queues.load_page(bo, reviewer, queues.QueueFilter())  # plain queue: not a search
    with bo.db.read() as s:
        entries = s.execute(select(AuditEntry.actor, AuditEntry.detail)
                            .where(AuditEntry.action == "application.search")).all()
    assert len(entries) == 1
    assert entries[0].actor == "rev1" and entries[0].detail["query"] == "ﾔﾏﾀﾞ"


def test_mine_and_attention_filters(filled):
    bo, reviewer = filled
    mine = queues.load_page(bo, reviewer, queues.QueueFilter(mine=True))
    assert mine and all(r.claimed_by == reviewer.id for r in mine)
    att = queues.load_page(bo, reviewer, queues.QueueFilter(attention_only=True))
    assert att and all(r.status == workflow.ATTENTION for r in att)


def test_counts_match_the_pages(filled):
    bo, reviewer = filled
    with bo.db.read() as s:
        c = queues.counts(s, reviewer)
    for status in STATUSES:
        assert c[f"status:{status}"] == len(queues.load_page(bo, reviewer, queues.QueueFilter(statuses=(status,))))
    assert c["attention"] == c["status:needs_attention"]
    assert c["returned"] == c["status:returned"]
    assert c["mine"] == len(queues.load_page(bo, reviewer, queues.QueueFilter(mine=True)))
    assert c["procedure:dog-death"] + c["procedure:koseki-copy"] + c["procedure:juminhyo-copy"] == c["open"] == 41


def test_queue_needs_the_search_permission(filled):
    bo, _ = filled
    admin = Actor(code="adm", name="adm", roles=frozenset({"admin"}), id=999)
    with pytest.raises(PermissionDenied):
        queues.load_page(bo, admin, queues.QueueFilter())
    with pytest.raises(PermissionDenied), bo.db.read() as s:
        queues.counts(s, admin)
