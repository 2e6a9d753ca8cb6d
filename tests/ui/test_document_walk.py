"""次へ (Ctrl+N) through a mixed queue, as a fast reviewer works (issue 13 defect 1): decide,
press Ctrl+N at once, repeat. After every step the document viewer may show only a
document of the application on screen (nothing at all for one without attachments), and
the audit log's document.view entries since the previous step may name only that
application's documents."""

from __future__ import annotations

from sqlalchemy import select

from backoffice.db.models import Application, AuditEntry, Document, Revision
from tests.ui.conftest import wait_idle
from tests.ui.factories import make_applications
from tests.ui.test_review_session import _window


def _documents(bo) -> dict[int, dict[int, bytes]]:
    """application pk -> {document id: bytes} of its current revision."""
    with bo.db.read() as s:
        rows = s.execute(select(Application.id, Document.id, Document.data)
                         .join(Revision, Revision.application_pk == Application.id)
                         .join(Document, Document.revision_pk == Revision.id)
                         .where(Revision.revision == Application.revision)).all()
    out: dict[int, dict[int, bytes]] = {}
    for pk, doc_id, data in rows:
        out.setdefault(pk, {})[doc_id] = bytes(data)
    return out


def _views_since(bo, seq: int) -> tuple[list[AuditEntry], int]:
    with bo.db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.seq > seq, AuditEntry.action == "document.view")
                         .order_by(AuditEntry.seq)).all()
        head = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)) or 0
        s.expunge_all()
    return list(rows), head


def _settled(qtbot, workers, page, docs) -> None:
    """Wait until nothing is in flight and, for an application with documents, its first
    page is drawn."""
    def ready() -> bool:
        if not workers.idle or page.loading_pk is not None or page.current is None:
            return False
        if docs.get(page.current.pk):
            pm = page.viewer.image.pixmap()
            return pm is not None and not pm.isNull()
        return True
    qtbot.waitUntil(ready, timeout=15000)
    wait_idle(qtbot, workers)


def _assert_viewer_shows_only_current(page, docs) -> None:
    current = page.current
    own = docs.get(current.pk, {})
    viewer = page.viewer
    if not own:
        assert viewer.data == b"" and viewer.page_count == 0, current.application_id
        pm = viewer.image.pixmap()
        assert pm is None or pm.isNull(), f"{current.application_id} shows someone else's document"
        assert page.detail_view.documents.count() == 0
    else:
        assert viewer.data in own.values(), f"{current.application_id} shows a document that is not its own"
        assert viewer.shown is not None and viewer.shown[0] == current.pk and viewer.shown[1] in own


def test_ctrl_n_walk_through_mixed_queue_shows_only_own_documents(qtbot, ui_bo, people, workers):
    bo = ui_bo
    # one procedure, so that the deadlines (and 次へ) follow the order made: with, without, with, …
    made = make_applications(bo, 6, procedures=("juminhyo-copy",), with_documents=lambda i: i % 2 == 0)
    docs = _documents(bo)
    assert sum(1 for m in made if docs.get(m.pk)) == 3 and len(docs) == 3
    ids = {m.pk: m.application_id for m in made}
    win = _window(qtbot, bo, workers, "rev1")
    queue, page = win.queue_page, win.application_page
    with qtbot.waitSignal(page.application_loaded, timeout=10000):
        queue.next_action.trigger()
    _settled(qtbot, workers, page, docs)
    _, seq = _views_since(bo, 0)
    seen = [page.current.pk]
    _assert_viewer_shows_only_current(page, docs)
    for _step in range(len(made) - 1):
        previous = page.current.pk
        assert page.claimed and page.decision.approve_action.isEnabled()
        page.decision.approve_action.trigger()   # Ctrl+Enter
        queue.next_action.trigger()              # Ctrl+N at once, before the decision is back
        qtbot.waitUntil(lambda p=previous: page.current is not None and page.current.pk != p
                        and page.loading_pk is None, timeout=15000)
        _settled(qtbot, workers, page, docs)
        assert page.current.pk not in seen
        seen.append(page.current.pk)
        _assert_viewer_shows_only_current(page, docs)
        views, seq_now = _views_since(bo, seq)
        current_id = ids[page.current.pk]
        for v in views:
            assert v.target == f"application:{current_id}", (
                f"document.view of {v.target} while {current_id} opened")
            assert v.detail["document"] in docs[page.current.pk]
        assert bool(views) == bool(docs.get(page.current.pk))  # what is shown is audited
        seq = seq_now
    assert seen == [m.pk for m in made]  # with, without, with, … as made
    win.close()
    wait_idle(qtbot, workers)
