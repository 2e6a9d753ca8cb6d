"""row-level security for refunds and settlements (PostgreSQL)

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-30 13:30:00

Issue 19 item 2, payments: the persons' row policies of backoffice/accounts/rls.py
(ROW_RULES, PAYMENT_TABLES) on `refunds` and `settlements` — payment.reconcile, rows of the
person's departments through the application (counter_payments has had its policy since 0013).
Persons may then read settlements (backoffice/db/roles.py no longer keeps them from the
table). A new installation already got these policies from 0013 (which reads ROW_RULES as it
is now), so they are replaced here. PostgreSQL only; nothing on SQLite.
"""

from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.accounts import rls

    for statement in rls.tables_sql(rls.PAYMENT_TABLES):
        bind.exec_driver_sql(statement.replace("%", "%%"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.accounts import rls

    for statement in rls.tables_uninstall_sql(rls.PAYMENT_TABLES):
        bind.exec_driver_sql(statement)
