"""counter channel and figures

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 09:00:00

Reserved for issue 18; empty until that work lands (an empty step is harmless).
"""

from __future__ import annotations

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
