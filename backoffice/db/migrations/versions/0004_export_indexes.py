"""export indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 11:30:00.000000

The export reads, for every exported decision, the first event of the application that
reached the decided status (decided_by). This index answers that lookup directly
(application_pk, to_status) in (at, id) order, without sorting the events of each
application.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("application_events", schema=None) as batch_op:
        batch_op.create_index("ix_application_events_decision", ["application_pk", "to_status", "at", "id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("application_events", schema=None) as batch_op:
        batch_op.drop_index("ix_application_events_decision")
