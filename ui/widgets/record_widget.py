"""RecordWidget: the register's answer beside what the applicant wrote (records-v1 §4,
審査前処理), differences marked, with the answer's date (as_of) in the staff's date form.
Drawn from a frozen RecordComparison (backoffice/records/view.py); hidden for procedures
without a register."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backoffice.records.view import ANSWERED, RESTRICTED, WAITING, FieldRow, RecordComparison

from .. import labels
from ..named import named

DIFFERS = QColor(255, 228, 225)  # the rows the register and the applicant disagree on


def field_label(name: str) -> str:
    names = {
        "name": QCoreApplication.translate("RecordWidget", "Name"),
        "name_kana": QCoreApplication.translate("RecordWidget", "Name (kana)"),
        "birth": QCoreApplication.translate("RecordWidget", "Date of birth"),
        "sex": QCoreApplication.translate("RecordWidget", "Sex"),
        "address": QCoreApplication.translate("RecordWidget", "Address"),
        "postal_code": QCoreApplication.translate("RecordWidget", "Postal code"),
        "householder": QCoreApplication.translate("RecordWidget", "Householder"),
        "relationship": QCoreApplication.translate("RecordWidget", "Relationship"),
        "resident_since": QCoreApplication.translate("RecordWidget", "Resident since"),
        "registration_number": QCoreApplication.translate("RecordWidget", "Seal registration number"),
        "registered_on": QCoreApplication.translate("RecordWidget", "Registered on"),
        "fiscal_year": QCoreApplication.translate("RecordWidget", "Fiscal year"),
        "income_total": QCoreApplication.translate("RecordWidget", "Total income"),
        "taxable_income": QCoreApplication.translate("RecordWidget", "Taxable income"),
        "municipal_tax": QCoreApplication.translate("RecordWidget", "Municipal tax"),
        "prefectural_tax": QCoreApplication.translate("RecordWidget", "Prefectural tax"),
        "honseki": QCoreApplication.translate("RecordWidget", "Registered domicile"),
        "hittousha": QCoreApplication.translate("RecordWidget", "Head of the family register"),
    }
    return names.get(name, QCoreApplication.translate("RecordWidget", "Other"))


def result_label(code: str | None) -> str:
    names = {
        "found": QCoreApplication.translate("RecordWidget", "Found in the register"),
        "not_found": QCoreApplication.translate("RecordWidget", "Nobody in the register fits"),
        "ambiguous": QCoreApplication.translate("RecordWidget", "Several people in the register fit"),
        "restricted": QCoreApplication.translate("RecordWidget", "Restricted (support measures)"),
    }
    return names.get(code or "", QCoreApplication.translate("RecordWidget", "Unknown answer"))


def _value(row: FieldRow, value: str | date | None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return labels.birth_day(value) if row.field == "birth" else labels.day(value)
    if row.field == "sex":
        return {"1": QCoreApplication.translate("RecordWidget", "Male"), "2": QCoreApplication.translate("RecordWidget", "Female")}.get(value, value)
    if row.field in ("income_total", "taxable_income", "municipal_tax", "prefectural_tax") and value.isdigit():
        return labels.yen(int(value))
    return value


class RecordWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = named(QLabel(wordWrap=True), "recordTitle")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.table = named(QTableWidget(0, 3), "recordTable")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("RecordWidget", "Item"), QCoreApplication.translate("RecordWidget", "The applicant wrote"), QCoreApplication.translate("RecordWidget", "The register says")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.household = named(QLabel(wordWrap=True), "recordHousehold")
        self.household.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        lay.addWidget(self.title)
        lay.addWidget(self.table)
        lay.addWidget(self.household)
        self.hide()

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.household.clear()
        self.hide()

    def show_comparison(self, c: RecordComparison | None) -> None:
        self.clear()
        if c is None or c.state not in (WAITING, RESTRICTED, ANSWERED):
            return
        self.show()
        if c.state == WAITING:
            self.title.setText(QCoreApplication.translate("RecordWidget", "Register: waiting for the answer of the core systems"))
            self.table.hide()
            return
        when = labels.when(c.as_of)
        if c.state == RESTRICTED:
            self.title.setText(QCoreApplication.translate("RecordWidget", "Register: restricted (support measures) — only a supervisor may "
                                  "see this record and decide (answer of %1)").replace("%1", when))
            self.table.hide()
            return
        differs = sum(1 for r in c.rows if r.differs)
        head = QCoreApplication.translate("RecordWidget", "Register: %1 (answer of %2)").replace("%1", result_label(c.result)).replace("%2", when)
        if differs:
            head += QCoreApplication.translate("RecordWidget", " — %1 item(s) differ").replace("%1", str(differs))
        self.title.setText(head)
        self.table.setVisible(bool(c.rows))
        self.table.setRowCount(len(c.rows))
        for i, row in enumerate(c.rows):
            cells = [field_label(row.field), _value(row, row.applicant), _value(row, row.register)]
            if row.differs:
                cells[2] = "≠ " + cells[2]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.differs:
                    item.setBackground(QBrush(DIFFERS))
                    if j:
                        f = item.font()
                        f.setBold(True)
                        item.setFont(f)
                self.table.setItem(i, j, item)
        self.table.setFixedHeight(self.table.horizontalHeader().height()
                                  + sum(self.table.rowHeight(i) for i in range(len(c.rows))) + 4)
        if c.household:
            members = "\n".join(
                "　".join(x for x in (str(m.get("name", "")), labels.birth_day(_date(m.get("birth"))),
                                      str(m.get("relationship", ""))) if x)
                for m in c.household)
            self.household.setText(QCoreApplication.translate("RecordWidget", "Household (as registered):") + "\n" + members)


def _date(text: object) -> date | None:
    try:
        return date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None
