"""FAQ entries and announcements by staff connected as their own role (PostgreSQL)

Revision ID: 0024
Revises: 0023
Create Date: 2026-11-30 17:40:00

Issue 19 item 3. The SECURITY DEFINER functions of backoffice/portal/server_portal.py
(bo_faq_save, bo_faq_withdraw, bo_announcement_save, bo_announcement_withdraw): a supervisor
connected as their own role creates, changes and withdraws the portal's FAQ entries and
お知らせ, with the version bump, the faq/1 or announcement/1 row of the outbox and the audit
entry in their name, after the server checks portal.edit by the core's matrix. Needs only
what 0013/0015 installed (bo_rule, bo_audit). PostgreSQL only; nothing on SQLite. The persons'
group gets EXECUTE through the grants `db upgrade` applies (backoffice/db/roles.py
PERSON_PORTAL_FUNCTIONS).
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.portal import server_portal

    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for statement in server_portal.install_sql(schema):
        bind.exec_driver_sql(statement.replace("%", "%%"))  # no parameters: a % is a %


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.portal import server_portal

    for statement in server_portal.uninstall_sql():
        bind.exec_driver_sql(statement)
