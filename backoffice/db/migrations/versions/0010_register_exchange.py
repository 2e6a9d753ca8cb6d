"""register exchange (records-v1)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 09:00:00

Issue 15: the batches exchanged with the core systems (record_batches) and one row per
request with the answer it received (record_requests). Only new tables: nothing existing
is rewritten.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.String(length=64), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_batches")),
    )
    with op.batch_alter_table("record_batches", schema=None) as batch_op:
        batch_op.create_index("ix_record_batches_batch", ["batch_id", "direction"], unique=False)
        batch_op.create_index("ix_record_batches_state", ["direction", "state"], unique=False)
    op.create_table(
        "record_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.String(length=64), nullable=False),
        sa.Column("application_pk", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("batch_pk", sa.Integer(), nullable=True),
        sa.Column("line", sa.LargeBinary(), nullable=True),
        sa.Column("result", sa.String(length=16), nullable=True),
        sa.Column("as_of", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answer", sa.LargeBinary(), nullable=True),
        sa.Column("answer_sha256", sa.String(length=64), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answer_batch_pk", sa.Integer(), nullable=True),
        sa.Column("findings", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["application_pk"], ["applications.id"], ondelete="CASCADE",
                                name=op.f("fk_record_requests_application_pk_applications")),
        sa.ForeignKeyConstraint(["batch_pk"], ["record_batches.id"],
                                name=op.f("fk_record_requests_batch_pk_record_batches")),
        sa.ForeignKeyConstraint(["answer_batch_pk"], ["record_batches.id"],
                                name=op.f("fk_record_requests_answer_batch_pk_record_batches")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_requests")),
        sa.UniqueConstraint("request_id", name=op.f("uq_record_requests_request_id")),
    )
    with op.batch_alter_table("record_requests", schema=None) as batch_op:
        batch_op.create_index("ix_record_requests_application", ["application_pk", "revision", "seq"],
                              unique=False)
        batch_op.create_index("ix_record_requests_batch", ["batch_pk"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("record_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_record_requests_batch")
        batch_op.drop_index("ix_record_requests_application")
    op.drop_table("record_requests")
    with op.batch_alter_table("record_batches", schema=None) as batch_op:
        batch_op.drop_index("ix_record_batches_state")
        batch_op.drop_index("ix_record_batches_batch")
    op.drop_table("record_batches")
