"""DecisionWidget: approve / reject / return for correction with reason templates, an
internal comment and withdrawal. It only asks; the page calls review.* which checks roles
and the workflow. Two-step procedures say "recommend"; a supervisor sees the final words."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.casework import placeholders, workflow
from backoffice.casework.detail import ApplicationDetail

from ..named import named
from ..qtcompat import emit
from ..reasons import KINDS, ReasonTemplate, load_templates

log = logging.getLogger(__name__)


class DecisionWidget(QWidget):
    decision_requested = Signal(str, str)   # approve|reject|return, reason
    withdraw_requested = Signal(str)        # reason
    comment_requested = Signal(str)

    def __init__(self, templates: dict[str, tuple[ReasonTemplate, ...]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.templates = templates if templates is not None else load_templates()
        self.note = named(QLabel(wordWrap=True), "decisionNote")
        self.template = named(QComboBox(), "reasonTemplate")
        self.template.addItem(self.tr("Reason template…"), None)
        kind_names = {"approve": self.tr("Approve"), "return": self.tr("Return"),
                      "reject": self.tr("Reject"), "withdraw": self.tr("Withdraw")}
        for kind in KINDS:
            for t in self.templates.get(kind, ()):
                self.template.addItem(f"{kind_names[kind]}: {t.title}", t.text)
        self.template.activated.connect(self._use_template)
        self.reason = named(QPlainTextEdit(), "reason")
        self.reason.setPlaceholderText(self.tr("Reason (sent to the applicant for a return or rejection)"))
        self.reason.setMaximumHeight(90)
        # a template's {書類名} must be replaced before anything is sent (the core refuses it too)
        self.unfilled = named(QLabel(wordWrap=True), "unfilledPlaceholders")
        self.unfilled.setStyleSheet("color: #b00020")
        self.unfilled.hide()
        self._can_decide = self._can_withdraw = False
        self.reason.textChanged.connect(self._check_placeholders)
        self.approve_button = named(QPushButton(), "approve")
        self.return_button = named(QPushButton(), "return")
        self.reject_button = named(QPushButton(), "reject")
        self.withdraw_button = named(QPushButton(self.tr("Withdraw")), "withdraw")
        self.comment = named(QLineEdit(placeholderText=self.tr("Internal comment (never sent)")), "comment")
        self.comment_button = named(QPushButton(self.tr("Add comment")), "addComment")
        self._build_actions()
        self._layout()
        self.set_state(None, None, False)

    def _action(self, keys: list[str], slot: Callable[[], object], name: str) -> QAction:
        a = named(QAction(self), name)
        a.setShortcuts([QKeySequence(k) for k in keys])
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.triggered.connect(slot)
        return a

    def _build_actions(self) -> None:
        self.approve_action = self._action(["Ctrl+Enter", "Ctrl+Return"], lambda: self._decide("approve"), "approveAction")
        self.return_action = self._action(["Ctrl+R"], lambda: self._decide("return"), "returnAction")
        self.reject_action = self._action(["Ctrl+J"], lambda: self._decide("reject"), "rejectAction")
        self.withdraw_action = self._action([], self._withdraw, "withdrawAction")
        self.comment_action = self._action(["Ctrl+M"], self._comment, "commentAction")
        for button, action in ((self.approve_button, self.approve_action), (self.return_button, self.return_action),
                               (self.reject_button, self.reject_action), (self.withdraw_button, self.withdraw_action),
                               (self.comment_button, self.comment_action)):
            button.clicked.connect(action.trigger)
        self.comment.returnPressed.connect(self.comment_action.trigger)

    def decision_actions(self) -> list[QAction]:
        return [self.approve_action, self.return_action, self.reject_action, self.comment_action, self.withdraw_action]

    def _layout(self) -> None:
        box = QGroupBox(self.tr("Decision"))
        grid = QGridLayout(box)
        grid.addWidget(self.note, 0, 0, 1, 3)
        grid.addWidget(self.template, 1, 0, 1, 3)
        reason_box = QVBoxLayout()
        reason_box.addWidget(self.reason)
        reason_box.addWidget(self.unfilled)
        grid.addLayout(reason_box, 2, 0, 1, 3)
        grid.addWidget(self.approve_button, 3, 0)
        grid.addWidget(self.return_button, 3, 1)
        grid.addWidget(self.reject_button, 3, 2)
        # the comment box on a line of its own: beside its buttons it was too narrow for
        # 「内部コメント（申請者には送られません）」 and cut before "never sent"
        grid.addWidget(self.comment, 4, 0, 1, 3)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.comment_button)
        row.addWidget(self.withdraw_button)
        grid.addLayout(row, 5, 0, 1, 3)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(box)

    def _label(self, button: QPushButton, action: QAction, text: str) -> None:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setText(text)
        button.setText(f"{text}  ({keys})" if keys else text)
        button.setToolTip(f"{text} ({keys})" if keys else text)

    def set_state(self, d: ApplicationDetail | None, actor: Actor | None, claimed: bool) -> None:
        """Words and enabled buttons for this application, this actor and this claim."""
        pending = d is not None and d.status == workflow.PENDING
        # a claim does not change the status: the review starts with the decision itself
        reviewable = d is not None and d.status in (workflow.READY, workflow.ATTENTION, workflow.IN_REVIEW)
        recommend = d is not None and d.two_step and reviewable
        if pending:
            texts = (self.tr("Approve (final)"), self.tr("Send back"), self.tr("Reject (final)"))
        elif recommend:
            texts = (self.tr("Recommend approval"), self.tr("Return for correction"), self.tr("Recommend rejection"))
        else:
            texts = (self.tr("Approve"), self.tr("Return for correction"), self.tr("Reject"))
        for (button, action), text in zip(((self.approve_button, self.approve_action),
                                           (self.return_button, self.return_action),
                                           (self.reject_button, self.reject_action)), texts, strict=True):
            self._label(button, action, text)
        self._label(self.comment_button, self.comment_action, self.tr("Add comment"))
        self._label(self.withdraw_button, self.withdraw_action, self.tr("Withdraw"))
        can_decide = bool(d and actor and claimed and (reviewable or pending)
                          and actor.has("application.approve_second" if pending else "application.decide")
                          and not (pending and d.recommended_by == actor.id))
        self._can_decide = can_decide
        can_comment = bool(d and actor and actor.has("application.comment"))
        for c in (self.comment, self.comment_button, self.comment_action):
            c.setEnabled(can_comment)
        can_withdraw = bool(d and actor and actor.has("application.withdraw") and d.status in workflow.OPEN_STATUSES
                            and (claimed or d.claimed_by is None))
        self._can_withdraw = can_withdraw
        self._apply_enabled()
        self.template.setEnabled(can_decide or can_withdraw)
        self.reason.setEnabled(can_decide or can_withdraw)
        self.note.setText(self._note(d, actor, claimed, pending, recommend))

    def _apply_enabled(self) -> None:
        """Sending needs the right state and a reason without placeholders left in it."""
        filled = not placeholders.found(self.reason.toPlainText())
        for w in (self.approve_button, self.return_button, self.reject_button, self.approve_action,
                  self.return_action, self.reject_action):
            w.setEnabled(self._can_decide and filled)
        self.withdraw_button.setEnabled(self._can_withdraw and filled)
        self.withdraw_action.setEnabled(self._can_withdraw and filled)

    def _check_placeholders(self) -> None:
        """Highlight every {…} left in the reason, say which, and hold the send buttons."""
        text = self.reason.toPlainText()
        spans = placeholders.spans(text)
        marks = []
        for start, end in spans:
            cursor = QTextCursor(self.reason.document())
            cursor.setPosition(_utf16(text, start))
            cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffd54f"))
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            mark.format = fmt
            marks.append(mark)
        self.reason.setExtraSelections(marks)
        found = [text[a:b] for a, b in spans]
        self.unfilled.setText(self.tr("Replace %1 with the real text: nothing is sent while a placeholder "
                                      "is left.").replace("%1", "、".join(found)))
        self.unfilled.setVisible(bool(found))
        self._apply_enabled()

    def select_first_placeholder(self) -> bool:
        """Select the first {…} so that typing replaces it; False when there is none."""
        text = self.reason.toPlainText()
        spans = placeholders.spans(text)
        if not spans:
            return False
        cursor = self.reason.textCursor()
        cursor.setPosition(_utf16(text, spans[0][0]))
        cursor.setPosition(_utf16(text, spans[0][1]), QTextCursor.MoveMode.KeepAnchor)
        self.reason.setTextCursor(cursor)
        return True

    def _note(self, d: ApplicationDetail | None, actor: Actor | None, claimed: bool, pending: bool,
              recommend: bool) -> str:
        if d is None:
            return ""
        if pending and d.recommended_by == getattr(actor, "id", None):
            return self.tr("You recommended this application; another supervisor makes the final decision.")
        if pending:
            return self.tr("The reviewer recommends: %1. Your decision is final.").replace(
                "%1", self.tr("approve") if d.recommendation == "approve" else self.tr("reject"))
        if recommend:
            return self.tr("Two-step procedure: your decision is a recommendation to a supervisor.")
        if not claimed and d.status in (workflow.IN_REVIEW, workflow.READY, workflow.ATTENTION):
            return self.tr("Read only: you do not hold this application.")
        return ""

    def clear_inputs(self) -> None:
        self.reason.clear()
        self.comment.clear()
        self.template.setCurrentIndex(0)

    def _use_template(self, index: int) -> None:
        text = self.template.itemData(index)
        if text:
            self.reason.setPlainText(text)
            self.reason.setFocus()
            self.select_first_placeholder()

    def _decide(self, decision: str) -> None:
        if not self.approve_button.isEnabled():
            return
        emit(self.decision_requested, decision, self.reason.toPlainText().strip())

    def _withdraw(self) -> None:
        if self.withdraw_button.isEnabled():
            emit(self.withdraw_requested, self.reason.toPlainText().strip())

    def _comment(self) -> None:
        text = self.comment.text().strip()
        if text and self.comment_button.isEnabled():
            emit(self.comment_requested, text)


def _utf16(text: str, index: int) -> int:
    """A str index as a QTextDocument position (UTF-16 units: 𠮷 counts twice)."""
    return len(text[:index].encode("utf-16-le")) // 2
