"""AppointmentsPage (counter): the day's appointments per counter, check-in / no-show /
cancel, booking by hand or from an application's requested appointment, and linking an
appointment to an application. Every call runs on the database worker."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.casework import review
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import to_jst, today_jst
from backoffice.supervision import appointments, counters

from .. import labels
from ..errors import error_message
from ..models.rows_model import Column, RowsModel
from ..named import named
from ..operations import Changes, Operation, listen
from ..qtcompat import emit
from ..table_fit import keep_fitted
from ..workers import Workers

log = logging.getLogger(__name__)


class AppointmentsPage(QWidget):
    application_opened = Signal(int)
    day_loaded = Signal()
    changed = Signal()

    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.counter = named(QComboBox(), "counterCombo")
        self.day = named(QDateEdit(), "dayEdit")
        self.day.setCalendarPopup(True)
        today = today_jst()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.counter.currentIndexChanged.connect(lambda _i: self.refresh_day())
        self.day.dateChanged.connect(lambda _d: self.refresh_day())
        self.model = RowsModel([
            Column(self.tr("Time"), lambda r: f"{to_jst(r.starts_at):%H:%M}", lambda r: r.starts_at),
            Column(self.tr("Seat"), lambda r: str(r.seat or ""), align_right=True),
            Column(self.tr("Visitor"), lambda r: labels.person_name(r.visitor_name, r.restricted)),
            Column(self.tr("Purpose"), lambda r: r.purpose),
            Column(self.tr("Application"), lambda r: r.application_id or ""),
            Column(self.tr("Status"), lambda r: labels.appointment_status_label(r.status)),
        ], self)
        self.table = named(QTableView(), "appointmentsTable")
        self.table.setModel(self.model)
        keep_fitted(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_selected)
        self.buttons = {}
        for key, text in (("check_in", self.tr("Check in")), ("no_show", self.tr("No-show")),
                          ("cancel", self.tr("Cancel appointment")), ("open", self.tr("Open application"))):
            self.buttons[key] = named(QPushButton(text), f"{key}Button")
        self.buttons["check_in"].clicked.connect(lambda: self._change(appointments.check_in))
        self.buttons["no_show"].clicked.connect(lambda: self._change(appointments.no_show))
        self.buttons["cancel"].clicked.connect(lambda: self._change(appointments.cancel))
        self.buttons["open"].clicked.connect(self._open_selected)
        self.slot = named(QComboBox(), "slotCombo")
        self.visitor = named(QLineEdit(), "visitorEdit")
        self.purpose = named(QLineEdit(), "purposeEdit")
        self.app_id = named(QLineEdit(placeholderText="OSK-2026-0001234"), "applicationIdEdit")
        self.book_button = named(QPushButton(self.tr("Book")), "bookButton")
        self.book_button.clicked.connect(self.book_by_hand)
        self.from_app_button = named(QPushButton(self.tr("Book the applicant's requested time")), "bookFromAppButton")
        self.from_app_button.clicked.connect(self.book_from_application)
        self.link_button = named(QPushButton(self.tr("Link selected to application")), "linkButton")
        self.link_button.clicked.connect(self.link_selected)
        self.message = named(QLabel(), "appointmentsMessage")
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Counter")))
        head.addWidget(self.counter, 1)
        head.addWidget(QLabel(self.tr("Day")))
        head.addWidget(self.day)
        row = QHBoxLayout()
        for b in self.buttons.values():
            row.addWidget(b)
        row.addStretch(1)
        form_box = QGroupBox(self.tr("Book by hand"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Time"), self.slot)
        form.addRow(self.tr("Visitor"), self.visitor)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Application"), self.app_id)
        form_buttons = QHBoxLayout()
        for b in (self.book_button, self.from_app_button, self.link_button):
            form_buttons.addWidget(b)
        form.addRow(form_buttons)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(form_box)
        lay.addWidget(self.message)
        manage = actor.has("appointment.manage")
        for w in (*self.buttons.values(), self.book_button, self.from_app_button, self.link_button):
            w.setEnabled(manage)
        self.buttons["open"].setEnabled(actor.has("application.view"))
        # each button only when it can act on the chosen appointment (never a silent click)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        # reloaded each time it is chosen (bookings come from other counters and the portal
        # too) and on a booking change in this window
        listen(self, workers, Changes(appointments=True), self.refresh, on_show=True)

    def _update_buttons(self, *_args: object) -> None:
        appt, manage = self._selected(), self.actor.has("appointment.manage")
        status = appt.status if appt is not None else None
        self.buttons["check_in"].setEnabled(manage and status in (appointments.BOOKED, appointments.NO_SHOW))
        self.buttons["no_show"].setEnabled(manage and status == appointments.BOOKED)
        self.buttons["cancel"].setEnabled(manage and status == appointments.BOOKED)
        self.buttons["open"].setEnabled(self.actor.has("application.view") and appt is not None
                                        and appt.application_pk is not None)

    @property
    def code(self) -> str | None:
        return self.counter.currentData()

    @property
    def selected_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        """Load the counters (seeding them on first use), then the day."""
        self.workers.db(lambda: counters.locations(self.bo, self.actor), self._counters_loaded,
                        self._failed, owner=self)

    def _counters_loaded(self, locs: list[counters.CounterInfo]) -> None:
        current = self.code
        self.counter.blockSignals(True)
        self.counter.clear()
        for c in locs:
            self.counter.addItem(c.name, c.code)
        if current and (i := self.counter.findData(current)) >= 0:
            self.counter.setCurrentIndex(i)
        self.counter.blockSignals(False)
        self.refresh_day()

    def refresh_day(self) -> None:
        code, day = self.code, self.selected_day
        if not code:
            return
        self.workers.db(lambda: (appointments.day_list(self.bo, self.actor, code, day),
                                 appointments.slots_for_day(self.bo, self.actor, code, day)),
                        self._day_loaded, self._failed, owner=self)

    def _day_loaded(self, result: tuple[list[appointments.AppointmentInfo], list[appointments.SlotInfo]]) -> None:
        rows, slots = result
        self.model.set_rows(rows)
        self.slot.clear()
        for s in slots:
            if s.free:
                free = self.tr("%n free", "", s.free)  # outside the f-string so that lupdate finds it
                self.slot.addItem(f"{to_jst(s.starts_at):%H:%M}  ({free})", s.starts_at)
        if not slots:
            self.message.setText(self.tr("The counter is closed on this day."))
        elif self.message.text() == self.tr("The counter is closed on this day."):
            self.message.clear()  # an open day: the previous day's notice no longer applies
        emit(self.day_loaded)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_message(exc))
        self.message.setStyleSheet("color: #b00020")

    def _ok(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("")
        emit(self.changed)  # the day reloads on the broadcast (ui/operations.py)

    def _operation(self, fn: Callable[[], appointments.AppointmentInfo],
                   said: Callable[[appointments.AppointmentInfo], str]) -> None:
        """A booking change on the database thread; the day (and any other page showing
        appointments or the application) reloads from the broadcast."""
        def changes(r: appointments.AppointmentInfo) -> Changes:
            linked = frozenset({r.application_pk}) if r.application_pk is not None else frozenset()
            return Changes(appointments=True, applications=linked)

        (Operation(self, self.workers, fn, changes)
         .success(lambda r: self._ok(said(r))).failure(self._failed).run())

    def _selected(self) -> appointments.AppointmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _change(self, fn: Callable[[Backoffice, Actor, int], appointments.AppointmentInfo]) -> None:
        appt = self._selected()
        if appt is None:
            self.message.setText(self.tr("Choose an appointment first."))
            return
        bo, actor = self.bo, self.actor
        self._operation(lambda: fn(bo, actor, appt.id),
                        lambda r: self.tr("%1: %2").replace("%1", labels.person_name(r.visitor_name, r.restricted))
                        .replace("%2", labels.appointment_status_label(r.status)))

    def book_by_hand(self) -> None:
        code, start, name = self.code, self.slot.currentData(), self.visitor.text()
        purpose, app_id = self.purpose.text(), self.app_id.text().strip()
        if code is None or start is None:
            self.message.setText(self.tr("Choose a free time first."))
            return

        bo, actor = self.bo, self.actor

        def work() -> appointments.AppointmentInfo:
            pk = review.find_pk(bo, app_id) if app_id else None
            return appointments.book(bo, actor, code, start, name, purpose=purpose, application_pk=pk)

        self._operation(work, lambda r: self.tr("Booked %1 at %2").replace("%1", labels.person_name(r.visitor_name, r.restricted))
                        .replace("%2", f"{to_jst(r.starts_at):%H:%M}"))

    def book_from_application(self) -> None:
        app_id = self.app_id.text().strip()
        bo, actor = self.bo, self.actor
        self._operation(lambda: appointments.book_from_application(bo, actor, review.find_pk(bo, app_id)),
                        lambda r: self.tr("Booked %1 at %2").replace("%1", labels.person_name(r.visitor_name, r.restricted))
                        .replace("%2", labels.when(r.starts_at)))

    def link_selected(self) -> None:
        appt, app_id = self._selected(), self.app_id.text().strip()
        if appt is None or not app_id:
            self.message.setText(self.tr("Choose an appointment and enter an application number."))
            return
        bo, actor = self.bo, self.actor
        self._operation(lambda: appointments.link_application(bo, actor, appt.id, app_id),
                        lambda r: self.tr("Linked to %1").replace("%1", app_id))

    def _open_selected(self, *_args: object) -> None:
        appt = self._selected()
        if appt is not None and appt.application_pk is not None:
            emit(self.application_opened, appt.application_pk)
