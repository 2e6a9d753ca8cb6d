"""quarantine department

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 12:10:00

Issue 16 (need-to-know): `intake_records.department`, the department of a refused bundle
when its procedure could be read from content the gateway signed (docs/departments.md,
"Refused bundles"); NULL when it could not (and for the records written before). The
quarantine list and its actions use it to keep to the person's departments.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("intake_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("department", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("intake_records", schema=None) as batch_op:
        batch_op.drop_column("department")
