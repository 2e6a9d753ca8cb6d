"""export ranges

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 06:00:00

An export batch records, per procedure, the range of the decision sequence
(export_items.id) it holds, instead of one UPDATE of export_items.batch_pk per decision.
Batches written before this migration keep their batch_pk marks (nothing is rewritten).
On SQLite export_items becomes AUTOINCREMENT (a table rebuild keeping every row and id),
so an id deleted by retention is never handed out again below a range's end.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_ranges",
        sa.Column("batch_pk", sa.Integer(), nullable=False),
        sa.Column("procedure", sa.String(length=64), nullable=False),
        sa.Column("lo", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("hi", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["batch_pk"], ["export_batches.id"],
                                name=op.f("fk_export_ranges_batch_pk_export_batches")),
        sa.PrimaryKeyConstraint("batch_pk", "procedure", name=op.f("pk_export_ranges")),
    )
    with op.batch_alter_table("export_ranges", schema=None) as batch_op:
        batch_op.create_index("ix_export_ranges_procedure_hi", ["procedure", "hi"], unique=False)
    sqlite = op.get_bind().dialect.name == "sqlite"
    # SQLite: rebuild as AUTOINCREMENT (the copy keeps the ids; sqlite_sequence starts at max(id))
    with op.batch_alter_table("export_items", schema=None, recreate="always" if sqlite else "auto",
                              table_kwargs={"sqlite_autoincrement": True} if sqlite else {}) as batch_op:
        batch_op.create_index("ix_export_items_sequence", ["procedure", "id", "batch_pk", "decided_at"], unique=False)


def downgrade() -> None:
    # back to one mark per decision, so the older code still sees every batch's items
    op.execute(sa.text(
        "UPDATE export_items SET batch_pk = (SELECT r.batch_pk FROM export_ranges r"
        " WHERE r.procedure = export_items.procedure AND export_items.id > r.lo"
        " AND export_items.id <= r.hi) WHERE batch_pk IS NULL"))
    with op.batch_alter_table("export_items", schema=None) as batch_op:
        batch_op.drop_index("ix_export_items_sequence")
    with op.batch_alter_table("export_ranges", schema=None) as batch_op:
        batch_op.drop_index("ix_export_ranges_procedure_hi")
    op.drop_table("export_ranges")
