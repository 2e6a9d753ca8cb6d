"""export: who decided, stored with the export item

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 09:00:00

export_items.decided_by (staff.id, nullable): the staff member of the decision, written
when the decision queues its export item, so the export no longer looks it up with a
correlated subquery per row (issue 20 item 4). No backfill: items queued before this
migration keep NULL and the export falls back to the lookup for them (the same rule, so the
bytes are those it wrote before). That keeps the upgrade from rewriting every historical
row on PostgreSQL (a nullable column without default is a catalog change there); only the
items pending at the upgrade and re-exports of older batches take the slower path.
On SQLite the table is rebuilt for the foreign key (kept AUTOINCREMENT, as in 0007).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _export_items() -> Any:
    """batch_alter_table of export_items; SQLite rebuilds it and must keep AUTOINCREMENT."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    return op.batch_alter_table("export_items", schema=None, recreate="always" if sqlite else "auto",
                                table_kwargs={"sqlite_autoincrement": True} if sqlite else {})


def upgrade() -> None:
    with _export_items() as batch_op:
        batch_op.add_column(sa.Column("decided_by", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f("fk_export_items_decided_by_staff"), "staff", ["decided_by"], ["id"])


def downgrade() -> None:
    with _export_items() as batch_op:
        batch_op.drop_constraint(op.f("fk_export_items_decided_by_staff"), type_="foreignkey")
        batch_op.drop_column("decided_by")
