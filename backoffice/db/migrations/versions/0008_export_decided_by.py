"""export: who decided, stored with the export item

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 09:00:00

Reserved for issue 20 item 4 (export_items.decided_by); empty until that work lands (an empty step is harmless).
"""

from __future__ import annotations

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
