"""The application screen's read side: plain data, labels, documents, diff, audit."""

import pytest
from sqlalchemy import select

from backoffice.casework import detail
from backoffice.db.models import AuditEntry
from backoffice.platform.errors import NotFound, PermissionDenied
from tests.ui.factories import make_applications, make_staff


def _audit(bo, action):
    with bo.db.read() as s:
        return s.execute(select(AuditEntry.actor, AuditEntry.target, AuditEntry.detail)
                         .where(AuditEntry.action == action)).all()


def test_detail_is_plain_data_with_catalog_labels_and_is_audited(bo_sqlite):
    bo = bo_sqlite
    rev = make_staff(bo, "rev1", ["reviewer"])
    app = make_applications(bo, 1, procedures=("juminhyo-copy",))[0]
    d = detail.application_detail(bo, rev, app.pk)
    assert d.application_id == app.application_id and d.procedure_name == "住民票の写し交付"
    assert [(f.key, f.label) for f in d.form] == [("copies", "部数"), ("include_household", "世帯全員"),
                                                  ("purpose", "使用目的")]
    assert d.applicant.name == "山田 太郎" and d.applicant.address.startswith("大阪府")
    assert d.payment.fee_due == 600 and d.payment.settled
    assert [doc.kind for doc in d.documents] == ["identity_document", "supporting_document"]
    assert d.documents[1].pages == 3 and d.documents[1].actions
    assert all(c.passed for c in d.signature_checks)
    assert [e.to_status for e in d.events] == ["received", "ready_for_review"]
    assert not hasattr(d.documents[0], "data")
    hash(d.documents)  # frozen all the way down: safe to hand across threads
    assert _audit(bo, "application.view") == [("rev1", f"application:{app.application_id}", {"revision": 1})]


def test_document_bytes_are_audited_and_need_document_view(bo_sqlite):
    bo = bo_sqlite
    rev = make_staff(bo, "rev1", ["reviewer"])
    counter = make_staff(bo, "cnt1", ["counter"])
    app = make_applications(bo, 1)[0]
    d = detail.application_detail(bo, rev, app.pk)
    media, data = detail.document_bytes(bo, rev, d.documents[1].id)
    assert media == "application/pdf" and data.startswith(b"%PDF")
    assert len(_audit(bo, "document.view")) == 1
    with pytest.raises(PermissionDenied):
        detail.document_bytes(bo, counter, d.documents[1].id)
    with pytest.raises(NotFound):
        detail.document_bytes(bo, rev, 99999)


def test_revision_diff_names_changed_fields_and_attachments(bo_sqlite):
    bo = bo_sqlite
    rev = make_staff(bo, "rev1", ["reviewer"])
    app = make_applications(bo, 1, revisions=2)[0]
    d = detail.application_detail(bo, rev, app.pk)
    assert d.revision == 2 and [r.revision for r in d.revisions] == [1, 2]
    changes = detail.revision_diff(bo, rev, app.pk, 1, 2)
    assert [(c.path, c.kind) for c in changes] == [("applicant.address", "changed"),
                                                   ("attachments.a2", "changed")]
    assert changes[0].new == "大阪府大阪市北区梅田2-1-1"
    assert len(_audit(bo, "application.diff")) == 1


def test_diff_of_json_added_and_removed():
    a = {"applicant": {"name": "山田"}, "form": {"copies": 1, "purpose": "x"},
         "attachments": [{"id": "a1", "file": "f.jpg", "sha256": "1"}], "appointment": None}
    b = {"applicant": {"name": "山田"}, "form": {"copies": 2, "kind": "謄本"},
         "attachments": [{"id": "a2", "file": "g.jpg", "sha256": "2"}],
         "appointment": {"start": "2026-12-01T10:00:00+09:00", "location": "本庁"}}
    got = {(c.path, c.kind, c.old, c.new) for c in detail.diff_application_json(a, b)}
    assert got == {("form.copies", "changed", 1, 2), ("form.purpose", "removed", "x", None),
                   ("form.kind", "added", None, "謄本"),
                   ("appointment.start", "added", None, "2026-12-01T10:00:00+09:00"),
                   ("appointment.location", "added", None, "本庁"),
                   ("attachments.a1", "removed", "f.jpg", None), ("attachments.a2", "added", None, "g.jpg")}


def test_admin_cannot_view_applications(bo_sqlite):
    bo = bo_sqlite
    admin = make_staff(bo, "adm1", ["admin"])
    app = make_applications(bo, 1)[0]
    with pytest.raises(PermissionDenied):
        detail.application_detail(bo, admin, app.pk)


def test_document_of_another_application_is_refused_unread_and_unaudited(bo_sqlite):
    """The viewer asks for (application, document): a document of any other application is
    refused before it is read or audited (issue 13 defect 1)."""
    bo = bo_sqlite
    rev = make_staff(bo, "rev1", ["reviewer"])
    a, b = make_applications(bo, 2)
    doc_of_a = detail.application_detail(bo, rev, a.pk).documents[0].id
    with pytest.raises(NotFound):
        detail.document_bytes(bo, rev, doc_of_a, application_pk=b.pk)
    assert _audit(bo, "document.view") == []
    media, data = detail.document_bytes(bo, rev, doc_of_a, application_pk=a.pk)
    assert media == "image/png" and data.startswith(b"\x89PNG")
    assert [t for _a, t, _d in _audit(bo, "document.view")] == [f"application:{a.application_id}"]
