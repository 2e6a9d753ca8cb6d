"""a provider payment of no application is seen by a person who works for every department (PostgreSQL)

Revision ID: 0026
Revises: 0025
Create Date: 2026-11-30 18:30:00

Issue 19: the row policy of `settlements` (backoffice/accounts/rls.py SETTLEMENTS_VIA) lets a
person connected as their own role see a settlement that no application carries or names when
they read applications (application.view) and work for every department of today's catalog,
as the core shows it (supervision/payments.py mismatches, scope.covers_all). Before, such a
payment was seen by no person, so the reconciliation list of a per-person workstation missed
it. The downgrade puts back the earlier policy. PostgreSQL only.
"""

from __future__ import annotations

from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.accounts import rls

    for statement in rls.tables_sql(("settlements",)):
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.accounts import rls

    before = rls.RowRule("settlements", "payment.reconcile", "a.department", via=rls.SETTLEMENTS_VIA_0018)
    for statement in rls.tables_sql(("settlements",), rules=(before,)):
        bind.exec_driver_sql(statement)
