"""The select of an export batch's rows (export-v1 columns, in decision order), as
SQLAlchemy Core expressions for SQLite and PostgreSQL alike: as 14 columns, or as one
unquoted CSV line per row that BatchEncoder.encode_lines checks and completes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, cast, func, literal_column, or_, select, text, type_coerce
from sqlalchemy.orm import aliased

from backoffice.db.models import Application, ApplicationEvent, ExportItem, ExportRange, Staff


def _jst_text(col: Any, dialect: str) -> Any:
    """decided_at as `YYYY-MM-DD HH:MM:SS` Japan time (stored UTC; JST has no DST)."""
    if dialect == "sqlite":
        return func.strftime("%Y-%m-%d %H:%M:%S", col, "+9 hours")
    return func.to_char(func.timezone("UTC", col) + text("interval '9 hours'"), "YYYY-MM-DD HH24:MI:SS")


def _ymd(col: Any, dialect: str) -> Any:
    if dialect == "sqlite":
        return func.replace(col, "-", "")
    return func.to_char(col, "YYYYMMDD")


def deciding_staff(application_pk: Any, decision: Any, code: bool = False) -> Any:
    """The staff member (id, or with `code` the code) of a decision: the actor of the
    application's first event into that status (an approval later withdrawn keeps its
    approver), or no row. Decisions store it with their export item (review._final,
    migration 0008); the export asks it only for items stored before that (decided_by NULL)."""
    ev, actor = aliased(ApplicationEvent), aliased(Staff)
    return (select(actor.code if code else actor.id).select_from(ev).join(actor, actor.id == ev.actor_id)
            .where(ev.application_pk == application_pk, ev.to_status == decision)
            .order_by(ev.at, ev.id).limit(1))


def _decided_by() -> Any:
    """The decided_by code: of the staff member stored with the item (joined in `_joined`);
    for items stored before migration 0008, the deciding event's staff member, else the
    application's deciding staff. COALESCE evaluates its arguments in order and stops at the
    first that is not NULL (both engines), so the subqueries run only for those older items."""
    event_code = (deciding_staff(ExportItem.application_pk, ExportItem.decision, code=True)
                  .correlate(ExportItem).scalar_subquery())
    decider = aliased(Staff, name="decider")
    app_code = (select(decider.code).where(decider.id == Application.decided_by)
                .correlate(Application).scalar_subquery())
    return func.coalesce(_ITEM_STAFF.code, event_code, app_code)


def _columns(dialect: str) -> list[Any]:
    """The data columns (after batch_id, seq) in spec order, as expressions over ExportItem,
    Application and the staff member stored with the item (`_joined`)."""
    a = Application
    return [a.application_id, a.revision, ExportItem.procedure, ExportItem.decision,
            _jst_text(ExportItem.decided_at, dialect), _decided_by(),
            a.applicant_name, a.applicant_kana, _ymd(a.birth_date, dialect), a.postal_code,
            a.address, a.fee_due, a.payment_transaction_id, a.certificate_serial]


_ITEM_STAFF = aliased(Staff, name="item_staff")
# Columns the schema declares NOT NULL (the others may be NULL, written as "").
_NOT_NULL = frozenset({0, 1, 2, 3, 6, 7, 9, 10, 11})


def _joined(q: Any) -> Any:
    return q.join(Application, Application.id == ExportItem.application_pk) \
        .outerjoin(_ITEM_STAFF, _ITEM_STAFF.id == ExportItem.decided_by)


def csv_line(dialect: str) -> Any:
    """The data columns as one text: each as text (integers cast, NULL as ""), joined with
    "," and not quoted. It is the csv.writer line of the row whenever no value holds a
    comma, quote or line break, which BatchEncoder.encode_lines checks; the same expression
    on SQLite and PostgreSQL (`||` keeps every character, where SQLite's format() would
    stop at a NUL)."""
    parts = []
    for i, col in enumerate(_columns(dialect)):
        if i in (1, 11):  # revision, fee: integers
            col = cast(col, String)
        parts.append(col if i in _NOT_NULL else func.coalesce(col, ""))
    line: Any = type_coerce(parts[0], String)
    for col in parts[1:]:
        line = line.concat(literal_column("','")).concat(col)
    return line


def rows_query(dialect: str, source_pk: int, ranges: list[tuple[str, int, int]] | None,
               lines: bool = False) -> Any:
    """The data columns (after batch_id, seq) of the items of batch `source_pk`, in decision
    order; with `lines`, (export_items.id, csv_line) instead. `ranges` (procedure, lo, hi):
    the batch's items, read along ix_export_items_pending between the first and last
    decided_at of the batch (`_window`), so the rows come in order without a sort and no
    older decision is visited; else its batch_pk marks (batches written before migration
    0007)."""
    q = (select(ExportItem.id, csv_line(dialect)) if lines else select(*_columns(dialect))).select_from(ExportItem)
    if ranges is not None:
        # The ranges as a filter (a few comparisons per row), not a join (an index probe per row).
        first, last = _window(source_pk)
        q = q.where(ExportItem.batch_pk.is_(None), ExportItem.decided_at >= first, ExportItem.decided_at <= last,
                    or_(*[(ExportItem.procedure == p) & (ExportItem.id > lo) & (ExportItem.id <= hi)
                          for p, lo, hi in ranges]))
    else:
        q = q.where(ExportItem.batch_pk == source_pk)
    # batch_pk leads the order (it is the same for every row): PostgreSQL does not take
    # `batch_pk IS NULL` as an equality, and would sort what the index already orders.
    return _joined(q).order_by(ExportItem.batch_pk, ExportItem.decided_at, ExportItem.id)


def fields_query(dialect: str, keys: list[int]) -> Any:
    """(export_items.id, data columns...) of the given items (the rare rows whose csv_line
    is ambiguous)."""
    return _joined(select(ExportItem.id, *_columns(dialect)).select_from(ExportItem)
                   .where(ExportItem.id.in_(keys)))


def _window(source_pk: int) -> tuple[Any, Any]:
    """First and last decided_at of the batch's items, from one pass over them (a CTE that
    both scalar subqueries read: PostgreSQL and SQLite compute a CTE used twice once; two
    aggregate subqueries made two passes, ~10 % of the export's server time on PostgreSQL).
    The covering index ix_export_items_sequence answers it from the ranges. Written so no
    index serves the legacy-mark test there: the ranges lead."""
    item, rng = aliased(ExportItem), aliased(ExportRange)
    window = (select(func.min(item.decided_at).label("first"), func.max(item.decided_at).label("last"))
              .join(rng, (rng.batch_pk == source_pk) & (rng.procedure == item.procedure)
                    & (item.id > rng.lo) & (item.id <= rng.hi))
              .where(func.coalesce(item.batch_pk, 0) == 0)
              .cte("batch_window"))
    return select(window.c.first).scalar_subquery(), select(window.c.last).scalar_subquery()
