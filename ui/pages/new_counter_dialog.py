"""The new-counter dialog of 窓口と休止日 (ui/pages/counters_page.py): the code by which the
portal and online applications name the counter, its name, opening hours, slot length and
seats. The page saves what it returns through backoffice.supervision.counters.save_setup,
which checks it (codes, hours dividing into whole slots, limits)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backoffice.supervision import counters
from backoffice.supervision.counters import Setup

from ..named import named


def qtime_value(q: QTime) -> time:
    """A time edit's value as the core takes it (hours and minutes)."""
    return time(q.hour(), q.minute())


class NewCounterDialog(QDialog):
    """A new counter: its code (how the portal and the bundles name it), name, hours, seats."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New counter"))
        self.code = named(QLineEdit(), "newCounterCode")
        self.code.setMaxLength(32)
        self.code.setToolTip(self.tr("Lower-case letters, digits and hyphens; the portal and online "
                                     "applications name the counter by it. It cannot be changed later."))
        self.name = named(QLineEdit(), "newCounterName")
        self.name.setMaxLength(100)
        self.opens = named(QTimeEdit(QTime(9, 0)), "newCounterOpens")
        self.closes = named(QTimeEdit(QTime(17, 0)), "newCounterCloses")
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        self.slot = named(QSpinBox(), "newCounterSlot")
        self.slot.setRange(5, counters.MAX_SLOT_MINUTES)
        self.slot.setValue(30)
        self.slot.setSuffix(self.tr(" min"))
        self.capacity = named(QSpinBox(), "newCounterCapacity")
        self.capacity.setRange(1, counters.MAX_CAPACITY)
        self.capacity.setSuffix(self.tr(" seat(s)"))
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Opens"), self.opens)
        form.addRow(self.tr("Closes"), self.closes)
        form.addRow(self.tr("Slot length"), self.slot)
        form.addRow(self.tr("Seats per slot"), self.capacity)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def setup(self) -> Setup:
        return Setup(self.code.text().strip(), self.name.text().strip(), qtime_value(self.opens.time()),
                     qtime_value(self.closes.time()), self.slot.value(), self.capacity.value())
