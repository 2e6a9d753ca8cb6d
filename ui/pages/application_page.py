"""ApplicationPage (申請): the form beside the document viewer, and the decision panel.

Opening claims the application (a lease, review.claim) when the actor may work on it,
renews the lease on a timer while the page is open, and releases it when leaving. Every
database call runs on the database worker; the page only ever holds frozen dataclasses.

When the database connection drops, a decision or comment keeps its text on screen and is
sent again with back-off (ui/pending_write.py) until it is recorded or the user stops
retrying; backoffice.intake.retry makes sure a try that did commit is not repeated.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.casework import detail, placeholders, review, workflow
from backoffice.casework.detail import ApplicationDetail, DocumentInfo, FieldChange
from backoffice.intake import retry
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError, ClaimError
from backoffice.records.view import RecordComparison, record_comparison

from .. import confirm, labels
from ..connection_monitor import ConnectionMonitor
from ..errors import error_message
from ..named import named
from ..operations import Changes, Operation, broadcast, follow_screen, listen
from ..pending_write import BACKOFF_SECONDS, PendingWrite
from ..qtcompat import emit
from ..widgets.decision_widget import DecisionWidget
from ..widgets.detail_widget import ApplicationDetailWidget, inquiry_line
from ..widgets.document_viewer import DocumentViewerWidget
from ..widgets.record_widget import RecordWidget
from ..workers import Workers

log = logging.getLogger(__name__)

RECORD_SHARE = 0.45  # the most of the form column the register's answer takes before it scrolls


@dataclass(frozen=True)
class Opened:
    detail: ApplicationDetail
    changes: list[FieldChange] | None
    claimed: bool
    claim_problem: str | None
    record: RecordComparison | None = None  # the register's answer beside the form (records-v1)


def open_application(bo: Backoffice, actor: Actor, pk: int, claim: bool) -> Opened:
    """Runs on the database worker: claim if possible, then read (audited)."""
    claimed, problem = False, None
    if claim:
        try:
            review.claim(bo, actor, pk)
            claimed = True
        except ClaimError as exc:
            problem = error_message(exc)
        except BackofficeError as exc:  # not claimable in this status / role: read only
            log.info("opened read-only: %s", exc)
    d = detail.application_detail(bo, actor, pk)
    changes = detail.revision_diff(bo, actor, pk, d.revision - 1, d.revision) \
        if d.revision > 1 and not d.withheld else None
    claimed = claimed and d.claimed_by == actor.id
    return Opened(d, changes, claimed, problem, record_comparison(bo, actor, pk))


class _Wanted:
    """The document the screen wants now, as (application pk, document id); read by the
    database worker too, so that a request the reviewer has moved away from is neither
    fetched nor audited. A plain object: the worker must not touch the widget."""

    def __init__(self) -> None:
        self.tag: tuple[int, int] | None = None


class ApplicationPage(QWidget):
    decision_recorded = Signal(int, str)  # pk, new status
    message_posted = Signal(str)
    application_loaded = Signal(int)
    inquiry_opened = Signal(str)  # a linked inquiry to show on the inquiries page (issue 17)

    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None,
                 monitor: ConnectionMonitor | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.monitor = monitor or ConnectionMonitor(bo, workers, parent=self)
        self.backoff: tuple[float, ...] = BACKOFF_SECONDS
        self.pending: PendingWrite | None = None  # a decision or comment waiting for the database
        self.current: ApplicationDetail | None = None
        self.claimed = False
        self.loading_pk: int | None = None  # an open() on its way
        self._open_seq = 0  # the newest open(); an older one's result is not shown
        self._wanted = _Wanted()
        self.banner = named(QLabel(wordWrap=True), "banner")
        self.banner.hide()
        self.stop_button = named(QPushButton(self.tr("Stop retrying")), "stopRetrying")
        self.stop_button.setToolTip(self.tr("Stop sending it again; what you typed stays here"))
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.stop_retrying)
        self.detail_view = ApplicationDetailWidget()
        self.viewer = DocumentViewerWidget(workers)
        self.decision = DecisionWidget()
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        self.record_view = RecordWidget()
        # the register's answer (and its household) scrolls in its own area under the form, so
        # a long answer never makes the page, and so the window, taller; the decision stays below
        self.record_area = named(QScrollArea(), "recordArea")
        self.record_area.setWidget(self.record_view)
        self.record_area.setWidgetResizable(True)
        self.record_area.setFrameShape(QFrame.Shape.NoFrame)
        self.record_area.setMinimumHeight(2 * self.fontMetrics().height() + 8)
        self.record_area.hide()
        self.left_split = left_split = QSplitter(Qt.Orientation.Vertical)
        left_split.addWidget(self.detail_view)
        left_split.addWidget(self.record_area)
        left_split.setStretchFactor(0, 1)
        left_split.setStretchFactor(1, 0)
        left_split.setChildrenCollapsible(False)
        lay.addWidget(left_split, 1)
        lay.addWidget(self.decision)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.viewer)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.stop_button)
        outer.addLayout(top)
        outer.addWidget(split, 1)
        self.placeholder = self.tr("Open an application from a queue (Enter) or take the next one (Ctrl+N).")
        self._say(self.placeholder)
        for a in self.viewer.viewer_actions():
            self.addAction(a)  # page-wide paging/zoom, whichever child has focus
        self.detail_view.document_chosen.connect(self._show_document)
        self.detail_view.inquiry_chosen.connect(self.open_inquiry)
        self.decision.decision_requested.connect(self.decide)
        self.decision.withdraw_requested.connect(self.withdraw)
        self.decision.comment_requested.connect(self.comment)
        lease_ms = max(30, bo.config.lease_minutes * 60 // 3) * 1000
        self.renew_timer = QTimer(self, interval=lease_ms)
        self.renew_timer.timeout.connect(self._renew)
        # the lease is given back when another page is chosen, taken again on coming back
        follow_screen(self, workers, chosen=self.resume, left=self.leave)
        # another workstation changed the catalog: the form's labels as the reloaded catalog says
        listen(self, workers, Changes(catalog=True), self._catalog_changed)
        self._shown_changes: list[FieldChange] | None = None

    def menu_actions(self) -> list[QAction]:
        return self.decision.decision_actions()

    def viewer_actions(self) -> list[QAction]:
        return self.viewer.viewer_actions()

    def _say(self, text: str, error: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(
            f"padding:6px; background:{'#fde0e0' if error else '#eef3fb'}; border-radius:3px")
        self.banner.setVisible(bool(text))

    # -- open / leave ----------------------------------------------------------------
    def open(self, pk: int) -> None:
        if self.current is not None and self.current.pk != pk:
            self.leave()
            self._clear_screen()  # the previous applicant's data never stays beside the next
        self._say(self.tr("Loading…"))
        self.loading_pk = pk
        self._open_seq += 1
        seq, bo, actor = self._open_seq, self.bo, self.actor
        claim = actor.has("application.claim")
        self.workers.db(lambda: open_application(bo, actor, pk, claim), lambda o: self._opened(seq, o),
                        lambda exc: self._open_failed(seq, exc), owner=self)

    def _opened(self, seq: int, o: Opened) -> None:
        if seq != self._open_seq:  # another application was asked for meanwhile
            if o.claimed:  # taken for nobody: give it back to its queue
                self._release(o.detail.pk)
            return
        self.loading_pk = None
        if self.current is not None and self.current.pk != o.detail.pk:
            self._clear_screen()
        self.current, self.claimed = o.detail, o.claimed
        self._shown_changes = o.changes
        self.detail_view.show_detail(o.detail, o.changes)
        self._show_record(o.record)
        self.decision.clear_inputs()
        self.decision.set_state(o.detail, self.actor, o.claimed)
        if o.claim_problem:
            self._say(self.tr("Read only: %1").replace("%1", o.claim_problem), error=True)
        elif o.claimed:
            self._say(self.tr("You are working on this application (%1).").replace(
                "%1", labels.status_label(o.detail.status)))
        else:
            self._say(self.tr("Read only (%1).").replace("%1", labels.status_label(o.detail.status)))
        if o.claimed:
            self.renew_timer.start()
        viewable = [d for d in o.detail.documents if not d.rejected_reason]
        # e.g. counter staff: no request, no error; said whether or not they see the list (connected
        # as themselves, the server hides the documents from them: issue 19)
        if not self.actor.has("document.view"):
            self._wanted.tag = None
            self.viewer.clear(self.tr("Attachments are shown to reviewers and supervisors only."))
        elif viewable:
            self.detail_view.documents.setCurrentRow(o.detail.documents.index(viewable[0]))
            self._show_document(viewable[0])  # when the row was current already
        else:
            self._wanted.tag = None
            self.viewer.clear(self.tr("No attachment to show"))
        emit(self.application_loaded, o.detail.pk)

    def _show_record(self, c: RecordComparison | None) -> None:
        """The register's answer, its scroll area shown only when there is one to show and
        as tall as the answer up to RECORD_SHARE of the column (the rest scrolls)."""
        self.record_view.show_comparison(c)
        self.record_area.setVisible(not self.record_view.isHidden())
        if self.record_area.isVisibleTo(self):
            QTimer.singleShot(0, self, self._fit_record)  # once the layout has the new contents

    def _fit_record(self) -> None:
        total = sum(self.left_split.sizes())
        if total <= 0 or not self.record_area.isVisibleTo(self):
            return
        wanted = self.record_view.sizeHint().height() + 2 * self.record_area.frameWidth()
        shown = max(self.record_area.minimumHeight(), min(wanted, int(total * RECORD_SHARE)))
        self.left_split.setSizes([total - shown, shown])

    def _catalog_changed(self) -> None:
        """The labels of the version the application is judged by, from the reloaded
        catalog (no database call, nothing typed is lost)."""
        if self.current is not None:
            self.current = detail.relabelled(self.current, self.bo.catalog)
            self.detail_view.show_detail(self.current, self._shown_changes)

    def open_inquiry(self, inquiry_id: str) -> None:
        """A linked inquiry, shown on the inquiries page; a person who may not see inquiries
        is told so here (the inquiries page checks the department when it loads it)."""
        if not self.actor.has("inquiry.view"):
            linked = [i for i in (self.current.inquiries if self.current else ()) if i.inquiry_id == inquiry_id]
            text = self.tr("Your role may not see inquiries. Ask a colleague who handles inquiries "
                           "(inquiry %1).").replace("%1", inquiry_line(linked[0]) if linked else "")
            self._say(text, error=True)
            emit(self.message_posted, text)
            return
        emit(self.inquiry_opened, inquiry_id)

    def _open_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._open_seq:
            self.loading_pk = None
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        log.warning("application action failed: %s", exc)
        text = error_message(exc)
        self._say(text, error=True)
        emit(self.message_posted, text)

    def leave(self) -> None:
        """Give the lease back (when navigating away, opening another, logging out)."""
        self.renew_timer.stop()
        if self.current is not None and self.claimed:
            self._release(self.current.pk)
        self.claimed = False
        if self.current is not None:
            self.decision.set_state(self.current, self.actor, False)

    def resume(self) -> None:
        """Coming back to the page: take the application shown again if it was given back
        on leaving (another page was chosen meanwhile) and no open() is on its way."""
        if self.current is not None and not self.claimed and self.loading_pk is None:
            self.open(self.current.pk)

    def _release(self, pk: int) -> None:
        """Give the lease back: an operation of its own, saying only that this application
        changed (not the queues: leaving the page must not reload the queue it goes to)."""
        bo, actor = self.bo, self.actor
        (Operation(self, self.workers, lambda: review.release(bo, actor, pk), Changes(applications=frozenset({pk})))
         .failure(lambda exc: log.warning("release failed: %s", exc)).run())

    def _clear_screen(self) -> None:
        """Nothing of the application shown so far stays: form, attachments, document, inputs."""
        self.current = None
        self.claimed = False
        self._wanted.tag = None
        self.detail_view.clear()
        self._show_record(None)
        self.viewer.clear()
        self.decision.clear_inputs()
        self.decision.set_state(None, None, False)

    def forget(self) -> None:
        """Leave and hide the personal data on screen."""
        self.leave()
        self._open_seq += 1  # an open() on its way is not shown either
        self.loading_pk = None
        self._clear_screen()
        self._say(self.placeholder)

    def _renew(self) -> None:
        if self.current is None or not self.claimed:
            self.renew_timer.stop()
            return
        pk = self.current.pk
        bo, actor = self.bo, self.actor
        self.workers.db(lambda: review.renew(bo, actor, pk), None, self._lease_lost, owner=self)

    def _lease_lost(self, exc: BaseException) -> None:
        if retry.is_connection_error(exc):  # not a lost lease: the next renewal tries again
            self.monitor.report_failure(exc)
            return
        self.renew_timer.stop()
        self.claimed = False
        if self.current is not None:
            self.decision.set_state(self.current, self.actor, False)
        self._say(self.tr("The lease was lost: %1").replace("%1", error_message(exc)), error=True)

    # -- documents -------------------------------------------------------------------
    def _show_document(self, doc: DocumentInfo) -> None:
        """Fetch and show one document of the application on screen. The request is tagged
        (application pk, document id); the worker skips it (no read, no document.view audit)
        when the screen has moved on before its turn, and a result that no longer matches
        the screen is dropped."""
        if self.current is None or doc not in self.current.documents or not self.actor.has("document.view"):
            return
        tag = (self.current.pk, doc.id)
        if tag == self._wanted.tag:
            return  # shown already, or on its way
        self._wanted.tag = tag
        self.viewer.clear(self.tr("Loading…"))
        bo, actor, wanted = self.bo, self.actor, self._wanted

        def fetch() -> tuple[str, bytes] | None:
            if wanted.tag != tag:
                return None
            return detail.document_bytes(bo, actor, doc.id, application_pk=tag[0])

        self.workers.db(fetch, lambda r: self._document_arrived(tag, r),
                        lambda exc: self._document_failed(tag, exc), owner=self)

    def _on_screen(self, tag: tuple[int, int]) -> bool:
        return tag == self._wanted.tag and self.current is not None and self.current.pk == tag[0]

    def _document_arrived(self, tag: tuple[int, int], result: tuple[str, bytes] | None) -> None:
        if result is not None and self._on_screen(tag):
            self.viewer.load(result[0], result[1], tag)

    def _document_failed(self, tag: tuple[int, int], exc: BaseException) -> None:
        if self._on_screen(tag):
            self._wanted.tag = None
            self.viewer.clear(self.tr("This document cannot be shown: %1").replace("%1", error_message(exc)))

    # -- decisions (retried when the connection drops) ------------------------------
    def decide(self, decision: str, reason: str) -> None:
        if self.current is None or self.pending is not None:
            return
        if decision in ("reject", "return") and not reason:
            self._say(self.tr("Enter a reason: it is sent to the applicant."), error=True)
            self.decision.reason.setFocus()
            return
        if not self._ready_to_send(decision, reason):
            return
        pk, bo, actor = self.current.pk, self.bo, self.actor
        attempt = retry.DecisionAttempt(pk, decision, reason or None)
        self._send(lambda: retry.decide_safely(bo, actor, attempt), lambda status: self._decided(pk, status))

    def withdraw(self, reason: str) -> None:
        if self.current is None or self.pending is not None:
            return
        if not reason:
            self._say(self.tr("Enter the reason for the withdrawal."), error=True)
            return
        if not self._ready_to_send("withdraw", reason):
            return
        pk, bo, actor = self.current.pk, self.bo, self.actor
        attempt = retry.DecisionAttempt(pk, "withdraw", reason)
        self._send(lambda: retry.decide_safely(bo, actor, attempt), lambda status: self._decided(pk, status))

    def _notifies(self, decision: str) -> bool:
        """Does this decision send the applicant a notice (workflow table)? A two-step
        reviewer's approve/reject is a recommendation and a supervisor's return sends it
        back to the reviewer: neither reaches the applicant."""
        d = self.current
        if d is None:
            return False
        pending = d.status == workflow.PENDING
        if decision == "withdraw":
            return True
        if decision == "return":
            return not pending
        return pending or not d.two_step

    def _ready_to_send(self, decision: str, reason: str) -> bool:
        """No placeholder left, and the user confirms when the applicant is notified."""
        if placeholders.found(reason):
            self.decision.select_first_placeholder()
            self.decision.reason.setFocus()
            self._say(self.tr("The reason still holds a template placeholder (highlighted): replace it "
                              "before sending."), error=True)
            return False
        if not self._notifies(decision) or self.current is None:
            return True
        app_id = self.current.application_id
        questions = {
            "approve": self.tr("Approve %1? The applicant is notified that it is approved."),
            "reject": self.tr("Reject %1? The applicant is notified, with the reason below."),
            "return": self.tr("Return %1 for correction? The applicant is notified, with the reason below."),
            "withdraw": self.tr("Record that %1 is withdrawn? The applicant is notified."),
        }
        return confirm.ask(self, self.tr("Send to the applicant"), questions[decision].replace("%1", app_id),
                           reason if decision != "approve" else "")

    def comment(self, text: str) -> None:
        if self.current is None or self.pending is not None:
            return
        pk, bo, actor = self.current.pk, self.bo, self.actor
        attempt = retry.CommentAttempt(pk, text)

        def done(_r: object) -> None:
            self.decision.setEnabled(True)
            self.decision.comment.clear()
            broadcast(self.workers, Changes(applications=frozenset({pk})), self)
            self.workers.db(lambda: open_application(bo, actor, pk, False),
                            lambda o: self._refresh_keep_claim(o), self._failed, owner=self)

        self._send(lambda: retry.comment_safely(bo, actor, attempt), done)

    def _send(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run one write; the decision panel (and what was typed in it) waits meanwhile."""
        self.decision.setEnabled(False)
        self.pending = p = PendingWrite(self.workers, fn, self.monitor, self.backoff, parent=self)
        p.succeeded.connect(lambda result: self._write_finished(p, on_done, result))
        p.failed.connect(lambda exc: self._write_failed(p, exc))
        p.waiting.connect(self._waiting)
        p.abandoned.connect(lambda: self._end_pending() if self.pending is p else None)
        p.start()

    def _waiting(self, failures: int, seconds: float) -> None:
        self._say(self.tr("Cannot reach the database. Your input is kept. Trying to reconnect… "
                          "(attempt %1 failed; next try in %2 s)")
                  .replace("%1", str(failures)).replace("%2", f"{seconds:g}"), error=True)
        self.stop_button.setVisible(self.pending is not None and not self.pending.cancelled)

    def stop_retrying(self) -> None:
        if self.pending is None:
            return
        self.pending.cancel()
        if not self.pending.running:
            self._end_pending()
        self.decision.setEnabled(True)
        self._say(self.tr("Not recorded. What you typed is still here; send it again when the "
                          "database is back."), error=True)

    def _end_pending(self) -> None:
        p, self.pending = self.pending, None
        self.stop_button.hide()
        if p is not None:
            p.deleteLater()

    def _write_finished(self, p: PendingWrite, on_done: Callable[[Any], None], result: object) -> None:
        retried = p.failures > 0
        if self.pending is p:
            self._end_pending()
        on_done(result)
        if retried:
            emit(self.message_posted, self.tr("The database is back; your input was recorded once."))

    def _write_failed(self, p: PendingWrite, exc: BaseException) -> None:
        if self.pending is p:
            self._end_pending()
        self.decision.setEnabled(True)  # the text stays for another try
        self._failed(exc)

    def _decided(self, pk: int, status: str) -> None:
        self.decision.setEnabled(True)
        self.renew_timer.stop()
        self.claimed = False
        emit(self.decision_recorded, pk, status)
        # the queues, the dashboard, the issue list (when approved) follow without being told
        broadcast(self.workers, Changes.of_applications(pk, issued=True, payments=True), self)
        emit(self.message_posted, self.tr("Recorded: %1").replace("%1", labels.status_label(status)))
        if self.loading_pk is None and self.current is not None and self.current.pk == pk:
            self.open(pk)  # show the new state (read only unless it came back to us)

    def _refresh_keep_claim(self, o: Opened) -> None:
        if self.loading_pk is not None or self.current is None or self.current.pk != o.detail.pk:
            return  # the reviewer has moved on to another application
        self.current = o.detail
        self.detail_view.browser.setHtml("")
        self.detail_view.show_detail(o.detail, o.changes)
        self._show_record(o.record)
        self.decision.set_state(o.detail, self.actor, self.claimed)
