"""protected persons (支援措置) marked on the application

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30 13:00:00

Issue 15 leftovers: `applications.restricted` is true once a register answer to the
application said `restricted` (records-v1 §2.2; backoffice/records/restriction.py). Lists,
searches and the counter mask such a person by this column, which every reader of the
application row sees (on PostgreSQL a person connected as their own role may not read the
register answers of record_requests, e.g. counter staff, but reads the row). Filled from the
answers already loaded.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("restricted", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute("UPDATE applications SET restricted = true WHERE id IN "
               "(SELECT application_pk FROM record_requests WHERE result = 'restricted')")


def downgrade() -> None:
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_column("restricted")
