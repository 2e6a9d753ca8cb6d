"""row-level security (PostgreSQL)

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 10:30:00

Issue 19: the functions and policies of backoffice/accounts/rls.py on every table holding
personal data, and the write functions of backoffice/casework/server_writes.py (audit
entries and status changes by persons). PostgreSQL only; on SQLite nothing (SQLite protects nothing beyond the
file's permissions). Roles that are not persons (`bo_…`) are not limited, so the shared
application role keeps working until an installation moves to per-person roles.
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.accounts import rls
    from backoffice.casework import server_writes

    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for statement in (*rls.install_sql(schema), *server_writes.install_sql(schema)):
        bind.exec_driver_sql(statement.replace("%", "%%"))  # no parameters: a % is a %


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.accounts import rls
    from backoffice.casework import server_writes

    for statement in (*server_writes.uninstall_sql(), *rls.uninstall_sql()):
        bind.exec_driver_sql(statement.replace("%", "%%"))  # no parameters: a % is a %
