"""FAQ and announcements by staff connected as their own role (PostgreSQL)

Revision ID: 0024
Revises: 0023
Create Date: 2026-11-30 17:40:00

Issue 19 item 3. Reserved; the functions follow.
"""

from __future__ import annotations

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
