"""ApplicationDetailWidget: the form side of the application screen, drawn from a frozen
ApplicationDetail (and the revision diff, shown first when there is one), plus the list
of attachments that chooses what the document viewer shows."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backoffice.casework.detail import ApplicationDetail, DocumentInfo, FieldChange, LinkedInquiry

from .. import labels, sanitize_text
from ..named import named
from ..qtcompat import emit

log = logging.getLogger(__name__)

def _texts() -> dict[str, str]:
    # literal calls so that lupdate finds every string
    return {
        "After": QCoreApplication.translate("ApplicationDetailWidget", "After"),
        "Applicant": QCoreApplication.translate("ApplicationDetailWidget", "Applicant"),
        "Before": QCoreApplication.translate("ApplicationDetailWidget", "Before"),
        "Claimed by": QCoreApplication.translate("ApplicationDetailWidget", "Claimed by"),
        "Delivery": QCoreApplication.translate("ApplicationDetailWidget", "Delivery"),
        "Due": QCoreApplication.translate("ApplicationDetailWidget", "Due"),
        "Field": QCoreApplication.translate("ApplicationDetailWidget", "Field"),
        "Form": QCoreApplication.translate("ApplicationDetailWidget", "Form"),
        "History": QCoreApplication.translate("ApplicationDetailWidget", "History"),
        "Internal comments": QCoreApplication.translate("ApplicationDetailWidget", "Internal comments"),
        "Needs attention": QCoreApplication.translate("ApplicationDetailWidget", "Needs attention"),
        "No changes": QCoreApplication.translate("ApplicationDetailWidget", "No changes"),
        "No e-signature": QCoreApplication.translate("ApplicationDetailWidget", "No e-signature"),
        "Payment": QCoreApplication.translate("ApplicationDetailWidget", "Payment"),
        "Received": QCoreApplication.translate("ApplicationDetailWidget", "Received"),
        "Recommendation": QCoreApplication.translate("ApplicationDetailWidget", "Recommendation"),
        "Sanitization": QCoreApplication.translate("ApplicationDetailWidget", "Sanitization"),
        "Signature": QCoreApplication.translate("ApplicationDetailWidget", "Signature"),
        "Status": QCoreApplication.translate("ApplicationDetailWidget", "Status"),
        "refused": QCoreApplication.translate("ApplicationDetailWidget", "refused"),
        "refused by the gateway": QCoreApplication.translate("ApplicationDetailWidget", "refused by the gateway"),
        "two-step approval": QCoreApplication.translate("ApplicationDetailWidget", "two-step approval"),
        # issue 17: notices to the applicant and their delivery to the portal
        "Notices to the applicant": QCoreApplication.translate("ApplicationDetailWidget", "Notices to the applicant"),
        "written %1": QCoreApplication.translate("ApplicationDetailWidget", "written %1"),
        "not written yet": QCoreApplication.translate("ApplicationDetailWidget", "not written yet"),
        "acknowledged %1": QCoreApplication.translate("ApplicationDetailWidget", "acknowledged %1"),
        "not acknowledged yet": QCoreApplication.translate("ApplicationDetailWidget", "not acknowledged yet"),
        "Inquiries": QCoreApplication.translate("ApplicationDetailWidget", "Inquiries"),
        "notice.received": QCoreApplication.translate("ApplicationDetailWidget", "Received notice"),
        "notice.returned_for_correction": QCoreApplication.translate("ApplicationDetailWidget", "Correction request"),
        "notice.approved": QCoreApplication.translate("ApplicationDetailWidget", "Approval"),
        "notice.rejected": QCoreApplication.translate("ApplicationDetailWidget", "Rejection"),
        "notice.issued": QCoreApplication.translate("ApplicationDetailWidget", "Issued notice"),
        "notice.ready_for_pickup": QCoreApplication.translate("ApplicationDetailWidget", "Ready for pickup"),
        "notice.delivered": QCoreApplication.translate("ApplicationDetailWidget", "Handed over"),
        "notice.withdrawn": QCoreApplication.translate("ApplicationDetailWidget", "Withdrawal"),
        "notice.appointment_booked": QCoreApplication.translate("ApplicationDetailWidget", "Appointment booked"),
        "notice.appointment_cancelled": QCoreApplication.translate("ApplicationDetailWidget", "Appointment cancelled"),
    }


class _Texts:
    def __getitem__(self, key: str) -> str:
        return _texts()[key]


T = _Texts()

OK, FAIL = '<span style="color:#1b7f2a">✔</span>', '<span style="color:#b00020">✘</span>'


def _keep(text: str) -> str:
    """A date or time that no line break may cut: Qt breaks Japanese between any two
    characters (「2026年11月」「29日」 in a narrow pane), so the characters are joined by
    invisible word joiners (U+2060) and spaces become no-break spaces."""
    return "\u2060".join(text.replace(" ", "\u00a0"))


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><th align='left' width='30%'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in pairs)
    return f"<table cellspacing='0' cellpadding='3' width='100%'>{cells}</table>"


def inquiry_line(i: LinkedInquiry) -> str:
    """「2026年11月30日 10:00　電話　新規　印鑑登録証明書を代理人が…」: no id."""
    parts = [labels.when(i.received_at), labels.inquiry_channel_label(i.channel), labels.inquiry_status_label(i.status)]
    if i.opening:
        parts.append(QCoreApplication.translate("ApplicationDetailWidget", "“%1”").replace("%1", i.opening))
    return "　".join(parts)


class ApplicationDetailWidget(QWidget):
    document_chosen = Signal(object)  # DocumentInfo
    inquiry_chosen = Signal(str)      # inquiry id: open it on the inquiries page (issue 17)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = named(QTextBrowser(), "detailText")
        self.browser.setOpenLinks(False)
        self.documents = named(QListWidget(), "attachments")
        self.documents.currentItemChanged.connect(self._chosen)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.browser)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(self.tr("Attachments")))
        lay.addWidget(self.documents)
        # the inquiries linked to this application: Enter, a double-click or the button opens one
        self.inquiries = named(QListWidget(), "linkedInquiries")
        self.inquiries.setMaximumHeight(72)
        self.inquiries.itemActivated.connect(lambda item: self._inquiry_chosen(item))
        self.open_inquiry_button = named(QPushButton(self.tr("Open inquiry")), "openInquiryButton")
        self.open_inquiry_button.setToolTip(self.tr("Show the chosen inquiry on the inquiries page "
                                                    "(Enter or double-click on it)"))
        self.open_inquiry_button.clicked.connect(lambda: self._inquiry_chosen(self.inquiries.currentItem()))
        self.inquiries_title = QLabel(self.tr("Inquiries about this application"))
        head = QHBoxLayout()
        head.addWidget(self.inquiries_title, 1)
        head.addWidget(self.open_inquiry_button)
        lay.addLayout(head)
        lay.addWidget(self.inquiries)
        self._fill_inquiries(())
        split.addWidget(box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(split)

    def clear(self) -> None:
        self.browser.clear()
        self.documents.clear()
        self._fill_inquiries(())

    def show_detail(self, d: ApplicationDetail, changes: list[FieldChange] | None) -> None:
        parts = [self._header(d)]
        if changes is not None and d.revision > 1:
            parts.append(self._diff(d, changes))
        if d.attention:
            items = "".join(f"<li>{escape(labels.attention_label(a))}</li>" for a in d.attention)
            parts.append(f"<h3 style='color:#b00020'>{T['Needs attention']}</h3><ul>{items}</ul>")
        if d.recommendation:
            who = escape(d.recommended_by_name or "")
            what = self.tr("approve") if d.recommendation == "approve" else self.tr("reject")
            parts.append(f"<p style='background:#e8f0fe;padding:4px'><b>{T['Recommendation']}:</b> "
                         f"{escape(what)} ({who})</p>")
        a = d.applicant
        if d.withheld:  # 支援措置: the person, the form and the attachments only for supervisors
            parts.append(f"<h3>{T['Applicant']}</h3><p style='background:#fde7b0;padding:4px'>"
                         f"<b>{escape(labels.restricted_person())}</b><br>"
                         + escape(self.tr("This person is protected by support measures. Only a supervisor may see "
                                          "the applicant, the form and the attachments, and decide; hand it to "
                                          "a supervisor.")) + "</p>")
        else:
            if d.restricted:
                parts.append("<p style='background:#fde7b0;padding:4px'>" + escape(self.tr(
                    "This person is protected by support measures: never tell anyone their address or "
                    "whereabouts. Your view is recorded in the audit log.")) + "</p>")
            parts.append(f"<h3>{T['Applicant']}</h3>" + _rows([
                (self.tr("Name"), a.name), (self.tr("Kana"), a.name_kana),
                (self.tr("Birth date"), _keep(labels.birth_day(a.birth_date))), (self.tr("Postal code"), a.postal_code),
                (self.tr("Address"), a.address), (self.tr("Phone"), a.phone), (self.tr("E-mail"), a.email)]))
            parts.append(f"<h3>{T['Form']}</h3>" + _rows([(f.label, labels.value_text(f.value)) for f in d.form]))
        p = d.payment
        settled = OK if p.settled else FAIL
        parts.append(f"<h3>{T['Payment']} {settled}</h3>" + _rows([
            (self.tr("Fee due"), labels.yen(p.fee_due)), (self.tr("Paid"), labels.yen(p.amount)),
            (self.tr("Method"), labels.payment_method_label(p.method)), (self.tr("Transaction"), p.transaction_id or "—"),
            (self.tr("Paid at"), _keep(labels.when_text(p.paid_at)))]))
        appt = d.appointment
        parts.append(f"<h3>{T['Delivery']}</h3>" + _rows([
            (self.tr("Method"), labels.delivery_label(d.delivery_method)),
            (self.tr("Appointment"), f"{_keep(labels.when_text(appt.get('start')))} {appt.get('location', '')}" if appt else "—")]))
        parts.append(self._signature(d))
        parts.append(self._sanitization(d))
        parts.append(self._history(d))
        self.browser.setHtml("".join(parts))
        self._fill_documents(d.documents)
        self._fill_inquiries(d.inquiries)

    def _header(self, d: ApplicationDetail) -> str:
        holder = d.claimed_by_name or "—"
        return (f"<h2>{escape(d.application_id)} <small>#{d.revision}</small></h2>"
                f"<p><b>{escape(d.procedure_name)}</b>（{escape(d.department)}）"
                f"{' ・ ' + escape(T['two-step approval']) if d.two_step else ''}<br>"
                f"{T['Status']}: <b>{escape(labels.status_label(d.status))}</b> ・ "
                f"{T['Due']}: {_keep(labels.day(d.due_date))} ・ {T['Received']}: {_keep(labels.when(d.received_at))} ・ "
                f"{T['Claimed by']}: {escape(holder)}</p>")

    def _diff(self, d: ApplicationDetail, changes: list[FieldChange]) -> str:
        title = self.tr("What changed since revision %1").replace("%1", str(d.revision - 1))
        if not changes:
            return f"<div style='background:#fff4d6;padding:4px'><h3>{escape(title)}</h3>{T['No changes']}</div>"
        rows = "".join(
            f"<tr><td>{escape(self._field_name(d, c.path))}</td><td style='color:#8a1c1c'><s>{escape(self._field_value(c.path, c.old))}</s></td>"
            f"<td style='color:#1b5e20'>{escape(self._field_value(c.path, c.new))}</td></tr>" for c in changes)
        head = f"<tr><th align='left'>{T['Field']}</th><th align='left'>{T['Before']}</th><th align='left'>{T['After']}</th></tr>"
        return (f"<div style='background:#fff4d6;padding:4px'><h3>{escape(title)}</h3>"
                f"<table cellpadding='3' width='100%'>{head}{rows}</table></div>")

    def _signature(self, d: ApplicationDetail) -> str:
        if not d.signature_checks:
            return f"<h3>{T['Signature']}</h3><p>{T['No e-signature']}</p>"
        # one sentence per check in the UI language; the core's English detail is a tooltip
        rows = "".join(f"<tr><td>{OK if c.passed else FAIL}</td><td title='{escape(c.detail, quote=True)}'>"
                       f"{escape(labels.signature_check_label(c.name, c.passed))}</td></tr>"
                       for c in d.signature_checks)
        return f"<h3>{T['Signature']}</h3><table cellpadding='3'>{rows}</table>"

    def _sanitization(self, d: ApplicationDetail) -> str:
        when = _keep(labels.when_text(d.sanitized_at)) if d.sanitized_at else "—"
        done = self.tr("Sanitized %1").replace("%1", when)
        out = [f"<h3>{T['Sanitization']}</h3><p title='{escape(d.gateway_engine, quote=True)}'>{escape(done)}</p><ul>"]
        for doc in d.documents:
            if doc.rejected_reason:
                what = (f"<span style='color:#b00020' title='{escape(doc.rejected_reason, quote=True)}'>"
                        f"{T['refused']}: {escape(sanitize_text.refusal_text(doc.rejected_reason))}</span>")
            else:
                what = "、".join(escape(sanitize_text.action_text(a)) for a in doc.actions)
            out.append(f"<li><b>{escape(doc.original_file)}</b> ({escape(labels.kind_label(doc.kind))}): {what}</li>")
        return "".join(out) + "</ul>"

    @staticmethod
    def _field_value(path: str, value: object) -> str:
        if value is None:
            return "—"
        if path == "payment.method":
            return labels.payment_method_label(str(value))
        if path == "delivery.method":
            return labels.delivery_label(str(value))
        if path == "payment.paid_at":
            return labels.when_text(str(value))
        return labels.value_text(value)

    def _field_name(self, d: ApplicationDetail, path: str) -> str:
        """A changed field's name as on the form ("applicant.address" -> 住所)."""
        section, _, key = path.partition(".")
        if section == "form":
            return next((f.label for f in d.form if f.key == key), self.tr("Form item"))
        if section == "attachments":
            return self.tr("Attachment %1").replace("%1", key)
        names = {"applicant.name": self.tr("Name"), "applicant.name_kana": self.tr("Kana"),
                 "applicant.birth_date": self.tr("Birth date"), "applicant.postal_code": self.tr("Postal code"),
                 "applicant.address": self.tr("Address"), "applicant.phone": self.tr("Phone"),
                 "applicant.email": self.tr("E-mail"), "payment.method": self.tr("Payment method"),
                 "payment.amount": self.tr("Paid"), "payment.transaction_id": self.tr("Transaction"),
                 "payment.paid_at": self.tr("Paid at"), "delivery.method": self.tr("Delivery method")}
        return names.get(path, self.tr("Other item"))

    def _history(self, d: ApplicationDetail) -> str:
        # one paragraph per event, not a table: a narrow pane squeezes table columns below
        # their dates and Qt then breaks them anywhere
        rows = "".join(f"<p style='margin:2px 0'>{_keep(labels.when(e.at))}　#{e.revision}　"
                       f"<b>{escape(labels.action_label(e.action))}</b>　{escape(labels.actor_label(e.actor))}"
                       f"{'<br>' + escape(e.reason) if e.reason else ''}</p>" for e in d.events)
        comments = "".join(f"<p><b>{escape(c.staff)}</b> {_keep(labels.when(c.at))}<br>{escape(c.text)}</p>" for c in d.comments)
        return (f"<h3>{T['History']}</h3>{rows}"
                f"<h3>{T['Internal comments']}</h3>{comments or '—'}" + self._notices(d))

    def _notices(self, d: ApplicationDetail) -> str:
        """Per notice: made, written to the outbox, acknowledged by the portal (issue 17)."""
        texts = _texts()
        lines = []
        for n in d.notices:
            written = (texts["written %1"].replace("%1", _keep(labels.when(n.written_at))) if n.written_at
                       else texts["not written yet"])
            acked = (texts["acknowledged %1"].replace("%1", _keep(labels.when(n.acknowledged_at)))
                     if n.acknowledged_at else texts["not acknowledged yet"])
            lines.append(f"<p style='margin:2px 0'>{_keep(labels.when(n.at))}　"
                         f"<b>{escape(texts.get('notice.' + n.event, n.event))}</b>　{written}　{acked}</p>")
        inquiries = "".join(f"<p style='margin:2px 0'>{escape(inquiry_line(i))}</p>" for i in d.inquiries)
        return (f"<h3>{T['Notices to the applicant']}</h3>{''.join(lines) or '—'}"
                + (f"<h3>{T['Inquiries']}</h3>{inquiries}" if d.inquiries else ""))

    def _fill_documents(self, docs: tuple[DocumentInfo, ...]) -> None:
        self.documents.clear()
        for doc in docs:
            pages = self.tr("%n page(s)", "", doc.pages)
            text = f"{labels.kind_label(doc.kind)} — {doc.original_file} ({pages})"
            if doc.rejected_reason:
                text = f"{labels.kind_label(doc.kind)} — {doc.original_file} ({T['refused by the gateway']})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, doc)
            if doc.rejected_reason:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.documents.addItem(item)

    def _fill_inquiries(self, linked: tuple[LinkedInquiry, ...]) -> None:
        """One line a linked inquiry as a clerk knows it (received, channel, status, the
        question's first words); the id only in the tooltip and the item's data."""
        self.inquiries.clear()
        for i in linked:
            line = inquiry_line(i)
            item = QListWidgetItem(line)
            # the whole line (a narrow list cuts it) and, for the support desk, the number
            item.setToolTip(line + "\n" + self.tr("Inquiry number: %1").replace("%1", i.inquiry_id))
            item.setData(Qt.ItemDataRole.UserRole, i.inquiry_id)
            self.inquiries.addItem(item)
        if linked:
            self.inquiries.setCurrentRow(0)
        for w in (self.inquiries_title, self.inquiries, self.open_inquiry_button):
            w.setVisible(bool(linked))

    def _inquiry_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            emit(self.inquiry_chosen, str(item.data(Qt.ItemDataRole.UserRole)))

    def _chosen(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is not None:
            doc = item.data(Qt.ItemDataRole.UserRole)
            if doc is not None and not doc.rejected_reason:
                emit(self.document_chosen, doc)
