"""register answers in a table of their own

Revision ID: 0023
Revises: 0022
Create Date: 2026-11-30 15:20:00

Issue 15, speed of `records load`: the answers a request received move from columns of
`record_requests` (filled by an UPDATE that made every request row grow, so on PostgreSQL
never a HOT update and a new version of every row and its index entries) to
`record_answers`, one row per answered request, appended by the load (COPY on PostgreSQL,
executemany on SQLite). The answers already loaded are copied over, then the columns
dropped. On PostgreSQL the new table gets the persons' row policy of
backoffice/accounts/rls.py (the same rule as record_requests: the department's reviewers and
supervisors); the grants follow from `backoffice db upgrade` as for every table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

_COLUMNS = ("result", "as_of", "answer", "answer_sha256", "answered_at", "findings")


def upgrade() -> None:
    op.create_table(
        "record_answers",
        sa.Column("request_pk", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("as_of", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answer", sa.LargeBinary(), nullable=True),
        sa.Column("answer_sha256", sa.String(length=64), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("batch_pk", sa.Integer(), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["request_pk"], ["record_requests.id"], ondelete="CASCADE",
                                name=op.f("fk_record_answers_request_pk_record_requests")),
        sa.ForeignKeyConstraint(["batch_pk"], ["record_batches.id"],
                                name=op.f("fk_record_answers_batch_pk_record_batches")),
        sa.PrimaryKeyConstraint("request_pk", name=op.f("pk_record_answers")),
    )
    op.execute("INSERT INTO record_answers (request_pk, result, as_of, answer, answer_sha256, answered_at, "
               "batch_pk, findings) SELECT id, result, as_of, answer, answer_sha256, answered_at, "
               "answer_batch_pk, findings FROM record_requests WHERE result IS NOT NULL")
    with op.batch_alter_table("record_requests", schema=None) as batch_op:
        batch_op.drop_constraint("fk_record_requests_answer_batch_pk_record_batches", type_="foreignkey")
        batch_op.drop_column("answer_batch_pk")
        for column in _COLUMNS:
            batch_op.drop_column(column)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from backoffice.accounts import rls

        for statement in rls.tables_sql(("record_answers",)):
            bind.exec_driver_sql(statement.replace("%", "%%"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from backoffice.accounts import rls

        for statement in rls.tables_uninstall_sql(("record_answers",)):
            bind.exec_driver_sql(statement)
    with op.batch_alter_table("record_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("result", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("as_of", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("answer", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("answer_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("answer_batch_pk", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("findings", sa.JSON(), nullable=True))
        batch_op.create_foreign_key("fk_record_requests_answer_batch_pk_record_batches", "record_batches",
                                    ["answer_batch_pk"], ["id"])
    sets = ", ".join(f"{c} = (SELECT a.{c} FROM record_answers a WHERE a.request_pk = record_requests.id)"
                     for c in _COLUMNS)
    op.execute(f"UPDATE record_requests SET {sets}, answer_batch_pk = (SELECT a.batch_pk FROM record_answers a "
               "WHERE a.request_pk = record_requests.id) WHERE id IN (SELECT request_pk FROM record_answers)")
    op.drop_table("record_answers")
