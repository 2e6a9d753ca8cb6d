"""CountersPage (窓口と休止日, supervisors and administrators; issue 16 item 4): every counter
that takes reservations with its opening hours, slot length, seats per slot and coming
closures. A change is checked first (影響を確認): the bookings it would leave outside the
hours, off the slot grid, over the seats or on a closed day are listed — with name,
application and contact for a supervisor, slot and reason only for an administrator (no
applicant data, separation of duties) — and can be saved as a CSV list for contacting
them. Only then can it be saved; saving is one audited transaction in the core
(backoffice.supervision.counters), refused when more bookings would be affected than were
shown. Bookings are not cancelled here: staff contact the applicants and move or cancel
them on the appointments page, which reloads from the broadcast."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backoffice.accounts.permissions import Actor
from backoffice.platform import fileperms
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import today_jst
from backoffice.supervision import counter_closures, counters
from backoffice.supervision.counters import ClosureRange, CounterOverview, Impact, Setup

from .. import file_dialogs, labels
from ..errors import error_message
from ..named import named
from ..operations import Changes, Operation, listen
from ..qtcompat import emit
from ..table_fit import fit_columns
from ..workers import Workers
from .new_counter_dialog import NewCounterDialog, qtime_value

log = logging.getLogger(__name__)

FIT_ROWS = 6  # counters the table shows without scrolling; more scroll


def reason_label(reason: str) -> str:
    names = {
        counters.CLOSED_DAY: QCoreApplication.translate("CountersPage", "Closed day"),
        counters.OUTSIDE_HOURS: QCoreApplication.translate("CountersPage", "Outside the opening hours"),
        counters.NOT_A_SLOT: QCoreApplication.translate("CountersPage", "Not a start time any more"),
        counters.OVER_CAPACITY: QCoreApplication.translate("CountersPage", "More bookings than seats"),
    }
    return names.get(reason, QCoreApplication.translate("CountersPage", "Does not fit"))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _hours(c: counters.CounterInfo) -> str:
    return f"{c.opens:%H:%M}–{c.closes:%H:%M}"


class CountersPage(QWidget):
    loaded = Signal()
    previewed = Signal()
    saved = Signal()

    def __init__(self, bo: Backoffice, actor: Actor, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bo, self.actor, self.workers = bo, actor, workers
        self.rows: list[CounterOverview] = []
        self.impact: Impact | None = None
        # what the impact list was made for: ("setup", Setup) or ("closure", (code, first, last));
        # saving is possible only while the form still says exactly that
        self.previewed_for: tuple[str, object] | None = None
        self._loaded_setup: Setup | None = None  # the selected counter as the database has it
        self._note = ""

        self.table = named(QTableWidget(0, 5), "countersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Counter"), self.tr("Opening hours"), self.tr("Slot length"),
                                              self.tr("Seats per slot"), self.tr("Coming closures")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.new_button = named(QPushButton(self.tr("New counter…")), "newCounter")
        self._shortcut(self.new_button, "Ctrl+N")
        self.new_button.clicked.connect(lambda _c=False: self.new_counter())

        # hours, slot length, seats
        self.name = named(QLineEdit(), "counterName")
        self.name.setMaxLength(100)
        self.opens = named(QTimeEdit(), "opensEdit")
        self.closes = named(QTimeEdit(), "closesEdit")
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        self.slot = named(QSpinBox(), "slotMinutes")
        self.slot.setRange(5, counters.MAX_SLOT_MINUTES)
        self.slot.setSuffix(self.tr(" min"))
        self.capacity = named(QSpinBox(), "capacity")
        self.capacity.setRange(1, counters.MAX_CAPACITY)
        self.capacity.setSuffix(self.tr(" seat(s)"))
        self.check_setup_button = named(QPushButton(self.tr("Check the effect")), "checkSetup")
        self._shortcut(self.check_setup_button, "Ctrl+E")
        self.check_setup_button.clicked.connect(lambda _c=False: self.check_setup())
        self.save_setup_button = named(QPushButton(self.tr("Save hours and seats")), "saveSetup")
        self._shortcut(self.save_setup_button, "Ctrl+S")
        self.save_setup_button.clicked.connect(lambda _c=False: self.save_setup())
        hours_box = named(QGroupBox(self.tr("Opening hours and seats")), "hoursBox")
        form = QFormLayout(hours_box)
        form.addRow(self.tr("Name"), self.name)
        times = QHBoxLayout()
        times.addWidget(self.opens)
        times.addWidget(QLabel("–"))
        times.addWidget(self.closes)
        times.addStretch(1)
        form.addRow(self.tr("Opening hours"), times)
        form.addRow(self.tr("Slot length"), self.slot)
        form.addRow(self.tr("Seats per slot"), self.capacity)
        row = QHBoxLayout()
        row.addWidget(self.check_setup_button)
        row.addWidget(self.save_setup_button)
        row.addStretch(1)
        form.addRow(row)

        # closures
        self.closures = named(QListWidget(), "closuresList")
        self.closures.setMinimumHeight(4 * self.closures.fontMetrics().height())
        # grows only with room to spare (its default size hint took the counters table's height)
        self.closures.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.closures.itemSelectionChanged.connect(self._update_buttons)
        self.first = named(QDateEdit(), "closeFrom")
        self.last = named(QDateEdit(), "closeTo")
        t = today_jst()
        for day_edit in (self.first, self.last):
            day_edit.setCalendarPopup(True)
            day_edit.setDisplayFormat("yyyy/MM/dd")
            day_edit.setMinimumDate(_qdate(t))
            day_edit.setDate(_qdate(t))
        self.first.dateChanged.connect(self._first_changed)
        self.close_note = named(QLineEdit(), "closeNote")
        self.close_note.setMaxLength(200)
        self.close_note.setPlaceholderText(self.tr("e.g. 庁舎の電気設備点検"))
        self.check_closure_button = named(QPushButton(self.tr("Check the effect")), "checkClosure")
        self._shortcut(self.check_closure_button, "Ctrl+Shift+E")
        self.check_closure_button.clicked.connect(lambda _c=False: self.check_closure())
        self.save_closure_button = named(QPushButton(self.tr("Close on these days")), "saveClosure")
        self._shortcut(self.save_closure_button, "Ctrl+Shift+S")
        self.save_closure_button.clicked.connect(lambda _c=False: self.save_closure())
        self.reopen_button = named(QPushButton(self.tr("Reopen the selected days")), "reopenClosure")
        self._shortcut(self.reopen_button, "Ctrl+Shift+O")
        self.reopen_button.clicked.connect(lambda _c=False: self.reopen_selected())
        closures_box = named(QGroupBox(self.tr("Closures (on top of weekends and holidays)")), "closuresBox")
        cl = QVBoxLayout(closures_box)
        cl.addWidget(self.closures, 1)
        cl.addWidget(self.reopen_button)
        cform = QFormLayout()
        span = QHBoxLayout()
        span.addWidget(self.first)
        span.addWidget(QLabel(self.tr("to")))
        span.addWidget(self.last)
        span.addStretch(1)
        cform.addRow(self.tr("Days"), span)
        cform.addRow(self.tr("Reason"), self.close_note)
        cl.addLayout(cform)
        crow = QHBoxLayout()
        crow.addWidget(self.check_closure_button)
        crow.addWidget(self.save_closure_button)
        crow.addStretch(1)
        cl.addLayout(crow)

        # what the change does to the bookings
        self.names = actor.has("appointment.view")
        headers = [self.tr("Booked time"), self.tr("Why it no longer fits")]
        if self.names:
            headers += [self.tr("Visitor"), self.tr("Application"), self.tr("Contact")]
        self.impact_table = named(QTableWidget(0, len(headers)), "impactTable")
        self.impact_table.setHorizontalHeaderLabels(headers)
        self.impact_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.impact_table.verticalHeader().hide()
        self.impact_table.horizontalHeader().setStretchLastSection(True)
        self.impact_summary = named(QLabel(), "impactSummary")
        self.impact_summary.setWordWrap(True)
        self.export_button = named(QPushButton(self.tr("Save the list for contacting (CSV)…") if self.names
                                               else self.tr("Save the list (CSV)…")), "exportContacts")
        self._shortcut(self.export_button, "Ctrl+Shift+X")
        self.export_button.clicked.connect(lambda _c=False: self.export_contacts())
        impact_box = named(QGroupBox(self.tr("Bookings the change affects")), "impactBox")
        il = QVBoxLayout(impact_box)
        il.addWidget(self.impact_summary)
        il.addWidget(self.impact_table, 1)
        erow = QHBoxLayout()
        erow.addWidget(self.export_button)
        erow.addStretch(1)
        il.addLayout(erow)

        self.message = named(QLabel(), "countersMessage")
        self.message.setWordWrap(True)
        intro = QLabel(self.tr(
            "Counters that take reservations. Check what a change does to the bookings already made "
            "before saving it; the bookings stay and are listed so that the applicants can be contacted "
            "and moved on the appointments page. Every change is recorded in the audit log.")
            if self.names else self.tr(
            "Counters that take reservations. Check what a change does to the bookings already made "
            "before saving it (the times and counts; the supervisors see the names for contacting "
            "the applicants). Every change is recorded in the audit log."), wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(self.table, 3)
        side = QVBoxLayout()
        side.addWidget(self.new_button)
        side.addStretch(1)
        top.addLayout(side)
        middle = QHBoxLayout()
        middle.addWidget(hours_box, 1)
        middle.addWidget(closures_box, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(top, 2)
        lay.addLayout(middle, 1)
        lay.addWidget(impact_box, 2)
        lay.addWidget(self.message)

        for w in (self.name, self.close_note):
            w.textChanged.connect(self._form_changed)
        for t_edit in (self.opens, self.closes):
            t_edit.timeChanged.connect(self._form_changed)
        for spin in (self.slot, self.capacity):
            spin.valueChanged.connect(self._form_changed)
        for d_edit in (self.first, self.last):
            d_edit.dateChanged.connect(self._form_changed)
        self._show_impact(None)
        # bookings and closures change from other workstations too: reload when chosen
        listen(self, workers, Changes(appointments=True), self.refresh, on_show=True)

    def _shortcut(self, button: QPushButton, keys: str) -> None:
        button.setShortcut(QKeySequence(keys))
        button.setToolTip(f"{button.text()} ({keys})")

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        bo, actor = self.bo, self.actor
        self.workers.db(lambda: counters.setup_overview(bo, actor), self._loaded, self._failed, owner=self)

    def _closures_text(self, closures: tuple[ClosureRange, ...]) -> str:
        if not closures:
            return self.tr("None")
        shown = [self._range_text(c) for c in closures[:3]]
        more = self.tr(" and %n more", "", len(closures) - 3) if len(closures) > 3 else ""
        return "、".join(shown) + more

    def _range_text(self, c: ClosureRange) -> str:
        text = labels.day(c.first) if c.first == c.last else \
            self.tr("%1 to %2").replace("%1", labels.day(c.first)).replace("%2", labels.day(c.last))
        return f"{text}（{c.note}）" if c.note else text

    def _loaded(self, rows: list[CounterOverview]) -> None:
        code = self.code
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for i, o in enumerate(rows):
            c = o.counter
            cells = (c.name, _hours(c), self.tr("%n min", "", c.slot_minutes), self.tr("%n seat(s)", "", c.capacity),
                     self._closures_text(o.closures))
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
        fit_columns(self.table)
        self._fit_rows()
        self.table.blockSignals(False)
        index = next((i for i, o in enumerate(rows) if o.counter.code == code), 0 if rows else -1)
        if index >= 0:
            self.table.selectRow(index)
        self._selection_changed()
        self.message.setText(self._note)
        self._note = ""
        emit(self.loaded)

    def _fit_rows(self) -> None:
        """The table at least as tall as its counters (up to FIT_ROWS of them; more scroll): at
        1280×800 it showed one and a half rows while the closures list took the height."""
        shown = min(max(self.table.rowCount(), 2), FIT_ROWS)
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + shown * row
                                    + 2 * self.table.frameWidth() + 2)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_message(exc))
        self.message.setStyleSheet("color: #b00020")

    def _said(self, text: str) -> None:
        self._note = text  # the reload the change broadcasts keeps it
        self.message.setText(text)
        self.message.setStyleSheet("")

    @property
    def selected(self) -> CounterOverview | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    @property
    def code(self) -> str | None:
        o = self.selected
        return o.counter.code if o is not None else None

    def select_counter(self, code: str) -> None:
        for i, o in enumerate(self.rows):
            if o.counter.code == code:
                self.table.selectRow(i)

    def _selection_changed(self) -> None:
        o = self.selected
        if o is None:
            self._loaded_setup = None
        else:
            c = o.counter
            db_setup = Setup(c.code, c.name, c.opens, c.closes, c.slot_minutes, c.capacity)
            # keep what the person is typing when the same counter reloads (a booking elsewhere)
            if self._loaded_setup is None or self._loaded_setup.code != c.code or self.form_setup() == self._loaded_setup:
                for w in (self.name, self.opens, self.closes, self.slot, self.capacity):
                    w.blockSignals(True)
                self.name.setText(c.name)
                self.opens.setTime(QTime(c.opens.hour, c.opens.minute))
                self.closes.setTime(QTime(c.closes.hour, c.closes.minute))
                self.slot.setValue(c.slot_minutes)
                self.capacity.setValue(c.capacity)
                for w in (self.name, self.opens, self.closes, self.slot, self.capacity):
                    w.blockSignals(False)
            if self._loaded_setup is not None and self._loaded_setup.code != c.code:
                self._show_impact(None)
            self._loaded_setup = db_setup
            self.closures.clear()
            for r in o.closures:
                item = QListWidgetItem(self._range_text(r))
                item.setData(Qt.ItemDataRole.UserRole, (r.first, r.last))
                self.closures.addItem(item)
        self._update_buttons()

    # -- the form --------------------------------------------------------------------------
    def form_setup(self) -> Setup | None:
        code = self.code
        if code is None:
            return None
        return Setup(code, self.name.text().strip(), qtime_value(self.opens.time()), qtime_value(self.closes.time()),
                     self.slot.value(), self.capacity.value())

    def closure_span(self) -> tuple[str, date, date] | None:
        code = self.code
        return None if code is None else (code, _date(self.first.date()), _date(self.last.date()))

    def _first_changed(self, d: QDate) -> None:
        if self.last.date() < d:
            self.last.setDate(d)  # a single day by default; an earlier end is still refused by the core

    def _form_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.code is not None
        setup = self.form_setup()
        changed = setup is not None and setup != self._loaded_setup
        self.check_setup_button.setEnabled(changed)
        self.save_setup_button.setEnabled(changed and self.previewed_for == ("setup", setup))
        self.check_closure_button.setEnabled(has)
        self.save_closure_button.setEnabled(has and self.previewed_for == ("closure", self.closure_span()))
        self.reopen_button.setEnabled(has and bool(self.closures.selectedItems()))
        self.export_button.setEnabled(self.impact is not None and bool(self.impact.affected))
        for w in (self.name, self.opens, self.closes, self.slot, self.capacity, self.first, self.last,
                  self.close_note):
            w.setEnabled(has)

    # -- the effect on bookings --------------------------------------------------------------
    def _show_impact(self, impact: Impact | None, *, saved: bool = False) -> None:
        self.impact = impact
        self.impact_table.setRowCount(0)
        if impact is None:
            self.impact_summary.setText(self.tr("Change the hours, seats or closures and press "
                                                "「Check the effect」 to see which bookings it affects."))
            self._update_buttons()
            return
        self.impact_table.setRowCount(len(impact.affected))
        for i, a in enumerate(impact.affected):
            cells = [labels.when(a.starts_at), reason_label(a.reason)]
            if self.names:
                if a.other_department:
                    cells += [self.tr("(an application of another department)"), "", ""]
                elif a.restricted:  # 支援措置: masked in every list; the application screen, for those who may
                    cells += [labels.restricted_person(), a.application_id or "", ""]
                else:
                    cells += [a.visitor_name or "", a.application_id or "",
                              a.contact or self.tr("Not known")]
            for col, text in enumerate(cells):
                self.impact_table.setItem(i, col, QTableWidgetItem(text))
        fit_columns(self.impact_table)
        n = len(impact.affected)
        if not n:
            text = (self.tr("Saved. No booking was affected.") if saved else
                    self.tr("No booking is affected. You can save the change."))
        else:
            parts = [self.tr("%1: %2").replace("%1", reason_label(r)).replace("%2", self.tr("%n booking(s)", "", impact.count(r)))
                     for r in counters.REASONS if impact.count(r)]
            if not self.names:  # an administrator: no names here, a supervisor contacts them
                text = (self.tr("Saved. %n booking(s) in %1 slot(s) no longer fit and stay booked: tell a "
                                "supervisor, who sees the applicants here and contacts them.", "", n)
                        if saved else
                        self.tr("%n booking(s) in %1 slot(s) would no longer fit. They stay booked; after saving, "
                                "tell a supervisor, who sees the applicants here and contacts them.", "", n))
            else:
                text = (self.tr("Saved. %n booking(s) in %1 slot(s) no longer fit and stay booked: contact the "
                                "applicants and move or cancel them on the appointments page.", "", n)
                        if saved else
                        self.tr("%n booking(s) in %1 slot(s) would no longer fit. They stay booked; contact the "
                                "applicants and move or cancel them on the appointments page.", "", n))
            text = text.replace("%1", str(impact.slots)) + " " + " ／ ".join(parts)
        self.impact_summary.setText(text)
        self._update_buttons()

    def _previewed(self, key: tuple[str, object], impact: Impact) -> None:
        self.previewed_for = key
        self.message.clear()
        self.message.setStyleSheet("")
        self._show_impact(impact)
        emit(self.previewed)

    def check_setup(self) -> None:
        setup = self.form_setup()
        if setup is None:
            return
        bo, actor = self.bo, self.actor
        self.workers.db(lambda: counters.preview_setup(bo, actor, setup),
                        lambda impact: self._previewed(("setup", setup), impact), self._failed, owner=self)

    def check_closure(self) -> None:
        span = self.closure_span()
        if span is None:
            return
        code, first, last = span
        bo, actor = self.bo, self.actor
        self.workers.db(lambda: counter_closures.preview_closure(bo, actor, code, first, last),
                        lambda impact: self._previewed(("closure", span), impact), self._failed, owner=self)

    # -- saving ------------------------------------------------------------------------------
    def _after_save(self, impact: Impact, text: str) -> None:
        self.previewed_for = None
        self._show_impact(impact, saved=True)
        self._said(text)
        emit(self.saved)

    def save_setup(self) -> None:
        setup = self.form_setup()
        if setup is None or self.impact is None or self.previewed_for != ("setup", setup):
            self.message.setText(self.tr("Check the effect of the change first."))
            return
        bo, actor, seen = self.bo, self.actor, self.impact.ids
        (Operation(self, self.workers, lambda: counters.save_setup(bo, actor, setup, seen=seen),
                   Changes(appointments=True))
         .success(lambda impact: self._after_save(impact, self.tr("%1: the hours and seats are saved.")
                                                  .replace("%1", setup.name)))
         .failure(self._failed).run())

    def save_closure(self) -> None:
        span = self.closure_span()
        if span is None or self.impact is None or self.previewed_for != ("closure", span):
            self.message.setText(self.tr("Check the effect of the change first."))
            return
        code, first, last = span
        note = self.close_note.text().strip()
        bo, actor, seen = self.bo, self.actor, self.impact.ids
        name = self.selected.counter.name if self.selected is not None else ""

        def said(impact: Impact) -> str:
            if not impact.changed:
                return self.tr("%1 was already closed on these days.").replace("%1", name)
            days = labels.day(first) if first == last else \
                self.tr("%1 to %2").replace("%1", labels.day(first)).replace("%2", labels.day(last))
            return self.tr("%1 is closed: %2.").replace("%1", name).replace("%2", days)

        (Operation(self, self.workers, lambda: counter_closures.close_days(bo, actor, code, first, last, note, seen=seen),
                   Changes(appointments=True))
         .success(lambda impact: self._after_save(impact, said(impact)))
         .failure(self._failed).run())

    def reopen_selected(self) -> None:
        items = self.closures.selectedItems()
        code = self.code
        if not items or code is None:
            self.message.setText(self.tr("Select closed days first."))
            return
        first, last = items[0].data(Qt.ItemDataRole.UserRole)
        bo, actor = self.bo, self.actor
        (Operation(self, self.workers, lambda: counter_closures.reopen_days(bo, actor, code, first, last),
                   Changes(appointments=True))
         .success(lambda n: self._said(self.tr("%n day(s) reopened.", "", n)))
         .failure(self._failed).run())

    def new_counter(self, dialog: NewCounterDialog | None = None) -> None:
        dialog = dialog or NewCounterDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        setup = dialog.setup()
        bo, actor = self.bo, self.actor
        self._loaded_setup = None
        (Operation(self, self.workers, lambda: counters.save_setup(bo, actor, setup),
                   Changes(appointments=True))
         .success(lambda _i: self._added(setup))
         .failure(self._failed).run())

    def _added(self, setup: Setup) -> None:
        """Say so, and select the new counter once the broadcast's reload has it."""
        self._said(self.tr("%1 is added.").replace("%1", setup.name))
        code = setup.code

        def pick() -> None:
            self.loaded.disconnect(pick)
            self.select_counter(code)
        self.loaded.connect(pick)

    # -- the list for contacting the applicants ------------------------------------------------
    def export_contacts(self, path: str | None = None) -> None:
        impact = self.impact
        if impact is None or not impact.affected:
            return
        if path is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M")
            path = file_dialogs.save_file(self, self.tr("Save the list for contacting"),
                                          f"contacts-{impact.counter_code}-{stamp}.csv", self.tr("CSV (*.csv)"))
            if not path:
                return
        header = [self.tr("Booked time"), self.tr("Why it no longer fits"), self.tr("Visitor"),
                  self.tr("Application"), self.tr("Contact")]
        other = self.tr("(an application of another department)")
        bo, actor, target = self.bo, self.actor, path

        def done(data: bytes) -> None:
            try:
                fileperms.write_file(target, data)
            except OSError as exc:
                self._failed(exc)
                return
            self.message.setText(self.tr("Saved %1.").replace("%1", target))
            self.message.setStyleSheet("")

        masked = labels.restricted_person()
        self.workers.db(lambda: counters.contact_csv(bo, actor, impact, header, reason_label, labels.when,
                                                     other_department=other, restricted=masked),
                        done, self._failed, owner=self)
