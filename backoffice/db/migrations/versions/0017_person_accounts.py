"""staff accounts managed by an administrator connected as their own role (PostgreSQL)

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30 13:20:00

Issue 19, the staff screen with `[database] per_person = true`: bo_staff_add,
bo_staff_set_disabled, bo_staff_reset, bo_staff_set_roles and bo_staff_set_departments
(backoffice/administration/server_accounts.py) change an account and its login role bo_<code>
together, after checking on the server that the caller holds staff.manage, and audit it in the
caller's name. PostgreSQL only; nothing on SQLite. The persons' group gets EXECUTE through the
grants `db upgrade` applies (backoffice/db/roles.py PERSON_FUNCTIONS).
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.administration import server_accounts

    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for statement in server_accounts.install_sql(schema):
        bind.exec_driver_sql(statement.replace("%", "%%"))  # no parameters: a % is a %


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.administration import server_accounts

    for statement in server_accounts.uninstall_sql():
        bind.exec_driver_sql(statement)
