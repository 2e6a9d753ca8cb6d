"""Retention: closed applications are anonymized or deleted after the period their rule
sets (config [[retention.rule]], first match wins), statistics are kept in
retention_stats and the figures of what goes in figure_aggregates (issue 18), and every run
is audited. A run first closes what is due to be closed by
rule (backoffice/retention/closing.py; a dry run counts those as if closed), so the dry run says what
the real run does. The sync agent runs it daily (backoffice/retention/housekeeping.py). Certificates keep their serial and status so a
presented paper can still be checked as issued/revoked; their PDF and body text go."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from backoffice.accounts.permissions import Actor, require
from backoffice.audit import log as audit
from backoffice.casework import workflow
from backoffice.db.models import (
    Application,
    ApplicationEvent,
    Certificate,
    Comment,
    Delivery,
    Document,
    Notice,
    Revision,
)
from backoffice.db.models_records import RecordAnswer, RecordRequest
from backoffice.db.models_retention import RetentionStat
from backoffice.db.models_supervision import Appointment
from backoffice.platform.config import RetentionRule
from backoffice.platform.context import Backoffice
from backoffice.platform.timeutil import to_jst, utcnow
from backoffice.portal import retention as inquiry_retention
from backoffice.retention import closing
from backoffice.supervision import figures

log = logging.getLogger(__name__)

OUTCOME_OF_ACTION = {"approve": "approved", "final_approve": "approved", "reject": "rejected",
                     "final_reject": "rejected", "withdraw": "withdrawn"}
ANONYMIZED = "（匿名化済み）"


@dataclass(frozen=True)
class RetentionReport:
    anonymized: int
    deleted: int
    by_group: tuple[tuple[str, str, str, str, int], ...]  # procedure, outcome, month, action, n
    dry_run: bool
    closed: int = 0  # closed by rule first (backoffice/retention/closing.py)

    def line(self) -> str:
        mode = " (dry run)" if self.dry_run else ""
        return f"anonymized {self.anonymized}, deleted {self.deleted}{mode}"


def _rule_for(rules: tuple[RetentionRule, ...], procedure: str, outcome: str) -> RetentionRule | None:
    for r in rules:
        if r.procedure in ("*", procedure) and r.outcome in ("*", outcome):
            return r
    return None


def _outcome(s: Session, app: Application) -> tuple[str, datetime]:
    """The final decision or withdrawal and its moment: the period counts from there (not
    from closing, which comes some business days later)."""
    row = s.execute(select(ApplicationEvent.action, ApplicationEvent.at).where(
        ApplicationEvent.application_pk == app.id, ApplicationEvent.action.in_(OUTCOME_OF_ACTION))
        .order_by(ApplicationEvent.id.desc()).limit(1)).first()
    if row is None:
        return "unknown", app.decided_at or app.updated_at
    return OUTCOME_OF_ACTION[row[0]], app.decided_at or row[1]


def _anonymize(s: Session, apps: list[Application]) -> None:
    """Remove the personal data of these applications: a few statements for the whole
    list (one set per application took 10 ms each, minutes for a backlog of years)."""
    now = utcnow()
    for app in apps:
        app.applicant_name = ANONYMIZED
        app.applicant_kana = ANONYMIZED
        app.search_key = ""
        app.birth_date = None
        app.postal_code = ""
        app.address = ""
        app.payment_transaction_id = None
        app.anonymized_at = now
    ids = [app.id for app in apps]
    rev_ids = select(Revision.id).where(Revision.application_pk.in_(ids)).scalar_subquery()
    for stmt in (
        update(Revision).where(Revision.application_pk.in_(ids))
        .values(application_json=b"{}", signature_json=None, signature_checks=[]),
        update(Document).where(Document.revision_pk.in_(rev_ids)).values(data=None, original_file="", actions=[]),
        update(Certificate).where(Certificate.application_pk.in_(ids)).values(pdf=b"", body_text=""),
        update(Comment).where(Comment.application_pk.in_(ids)).values(text=ANONYMIZED),
        update(Notice).where(Notice.application_pk.in_(ids)).values(reason=None, attachment=None),
        update(Delivery).where(Delivery.application_pk.in_(ids)).values(note=None),
        update(ApplicationEvent).where(ApplicationEvent.application_pk.in_(ids)).values(reason=None),
        update(Appointment).where(Appointment.application_pk.in_(ids)).values(visitor_name=ANONYMIZED),
        # the register's answers and the requests that named the person (records-v1, issue 15)
        update(RecordRequest).where(RecordRequest.application_pk.in_(ids)).values(line=None),
        update(RecordAnswer).where(RecordAnswer.request_pk.in_(
            select(RecordRequest.id).where(RecordRequest.application_pk.in_(ids)))).values(answer=None, findings=None),
    ):
        # none of these rows is loaded in this session: nothing to synchronize
        s.execute(stmt, execution_options={"synchronize_session": False})


def run_retention(bo: Backoffice, actor: Actor, *, today: date | None = None,
                  dry_run: bool = False, **audit_detail: object) -> RetentionReport:
    require(actor, "retention.run")
    rules = bo.config.retention
    today = today or to_jst(utcnow()).date()
    closed = closing.close_due(bo, actor, today=today, dry_run=dry_run)
    would_close = [c.pk for c in closed] if dry_run else []
    groups: Counter[tuple[str, str, str, str]] = Counter()
    doomed: list[int] = []
    hidden: list[Application] = []
    with bo.db.write() as s:
        apps = s.scalars(select(Application).where(
            (Application.status == workflow.CLOSED) | Application.id.in_(would_close))).all()
        for app in apps:
            outcome, decided = _outcome(s, app)
            rule = _rule_for(rules, app.procedure, outcome)
            if rule is None or to_jst(decided).date() + timedelta(days=rule.after_days) > today:
                continue
            if rule.action == "anonymize" and app.anonymized_at is not None:
                continue
            groups[(app.procedure, outcome, f"{to_jst(app.received_at):%Y-%m}", rule.action)] += 1
            if dry_run:
                continue
            if rule.action == "delete":
                doomed.append(app.id)
            else:
                hidden.append(app)
        if not dry_run and (doomed or hidden):
            # the figures of what goes (issue 18; backoffice/supervision/figures.py), read
            # before the rows and reason texts are removed, in the same unit of work
            s.add_all(figures.retained_rows(s, bo.catalog, bo.calendar, deleted=doomed,
                                            anonymized=[app.id for app in hidden], now=utcnow()))
            s.flush()
        # inquiries (issue 17): those of these applications share their fate, closed ones
        # without an application follow the rules on their own (backoffice/portal/retention.py)
        inq_doomed, inq_hidden = inquiry_retention.due(s, lambda p, o: _rule_for(rules, p, o), today)
        if not dry_run:
            linked = inquiry_retention.of_applications(s, deleted=doomed, anonymized=[a.id for a in hidden])
            inquiry_retention.remove(s, inq_doomed)
            inquiry_retention.anonymize(s, inq_hidden)
            inquiries_done = {"inquiries_deleted": linked[0] + len(inq_doomed),
                              "inquiries_anonymized": linked[1] + len(inq_hidden)}
        else:
            inquiries_done = {}
        for start in range(0, len(doomed), 500):  # one statement per 500: the cascades in bulk
            s.execute(delete(Application).where(Application.id.in_(doomed[start:start + 500])))
        for start in range(0, len(hidden), 500):
            _anonymize(s, hidden[start:start + 500])
        if not dry_run:  # a dry run changes nothing and reads no personal data
            now = utcnow()
            for (proc, outcome, month, action), n in groups.items():
                s.add(RetentionStat(procedure=proc, outcome=outcome, received_month=month,
                                    action=action, count=n, run_at=now))
            audit.record(s, actor, "retention.run", "applications", closed=len(closed),
                         counts={f"{k[0]}/{k[1]}/{k[2]}/{k[3]}": v for k, v in groups.items()},
                         **inquiries_done, **audit_detail)
    if groups and not dry_run:
        log.info("retention: %s", ", ".join(f"{k[3]} {k[0]}/{k[1]}/{k[2]}: {n}" for k, n in sorted(groups.items())))
    return RetentionReport(
        closed=len(closed),
        anonymized=sum(n for k, n in groups.items() if k[3] == "anonymize"),
        deleted=sum(n for k, n in groups.items() if k[3] == "delete"),
        by_group=tuple((*k, n) for k, n in sorted(groups.items())), dry_run=dry_run)
