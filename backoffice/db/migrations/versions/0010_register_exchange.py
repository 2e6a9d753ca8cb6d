"""register exchange (records-v1)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 09:00:00

Reserved for issue 15; empty until that work lands (an empty step is harmless).
"""

from __future__ import annotations

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
