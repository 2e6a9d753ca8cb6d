"""counter channel and figures

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 09:00:00

Issue 18: `counter_entries` (applications entered at the counter, channel `counter`) and
`figure_aggregates` (the monthly figures the retention run keeps for what it deletes).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "counter_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_pk", sa.Integer(), nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("entered_by", sa.Integer(), nullable=True),
        sa.Column("id_document", sa.String(length=64), nullable=True),
        sa.Column("paper_documents", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["application_pk"], ["applications.id"], ondelete="CASCADE",
                                name=op.f("fk_counter_entries_application_pk_applications")),
        sa.ForeignKeyConstraint(["entered_by"], ["staff.id"],
                                name=op.f("fk_counter_entries_entered_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counter_entries")),
        sa.UniqueConstraint("application_pk", name=op.f("uq_counter_entries_application_pk")),
    )
    op.create_table(
        "figure_aggregates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("procedure", sa.String(length=64), nullable=False),
        sa.Column("department", sa.String(length=64), nullable=False),
        sa.Column("received_month", sa.String(length=7), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in (
            "received_online", "received_counter", "completed", "online_complete", "ended",
            "rejected", "withdrawn", "returned", "paper", "touches", "with_standard",
            "within_standard")),
        sa.Column("days", sa.JSON(), nullable=False),
        sa.Column("return_reasons", sa.JSON(), nullable=False),
        sa.Column("run_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_figure_aggregates")),
    )
    with op.batch_alter_table("figure_aggregates", schema=None) as batch_op:
        batch_op.create_index("ix_figure_aggregates_month", ["received_month", "procedure"], unique=False)
    with op.batch_alter_table("application_events", schema=None) as batch_op:
        batch_op.create_index("ix_application_events_action", ["action", "application_pk"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("application_events", schema=None) as batch_op:
        batch_op.drop_index("ix_application_events_action")
    with op.batch_alter_table("figure_aggregates", schema=None) as batch_op:
        batch_op.drop_index("ix_figure_aggregates_month")
    op.drop_table("figure_aggregates")
    op.drop_table("counter_entries")
