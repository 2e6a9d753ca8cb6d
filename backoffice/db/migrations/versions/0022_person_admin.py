"""catalog administration, quarantine, exports and the audit check by staff connected as their own role (PostgreSQL)

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-30 15:10:00

Issue 19 item 3, administration as the person: bo_catalog_change, bo_counter_save,
bo_counter_close_days, bo_counter_reopen_days, bo_quarantine_resolve, bo_export_open,
bo_export_reexport, bo_export_written and bo_audit_checkpoint
(backoffice/administration/server_admin.py; the export and checkpoint functions are in
backoffice/export/server_export.py, which server_admin.install_sql includes) make those writes
in the caller's name after checking on the server the permission of the core's matrix and the
caller's departments, and write their audit entries through bo_audit. Needs only what 0013/0015 installed (bo_rule,
bo_audit), nothing of 0020/0021. PostgreSQL only; nothing on SQLite. The persons' group gets
EXECUTE through the grants `db upgrade` applies (backoffice/db/roles.py PERSON_FUNCTIONS).
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
    from backoffice.administration import server_admin

    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for statement in server_admin.install_sql(schema):
        bind.exec_driver_sql(statement.replace("%", "%%"))  # no parameters: a % is a %


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.administration import server_admin

    for statement in server_admin.uninstall_sql():
        bind.exec_driver_sql(statement)
