"""counter entry, inquiries, appointments and reassignment by staff connected as their own role (PostgreSQL)

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30 15:10:00

Issue 19 item 3. The SECURITY DEFINER functions of backoffice/supervision/server_counter.py
(walk-in applications, handling inquiries, booking and changing appointments with the seats
counted over every booking, handing an application to another reviewer) and the row policies
of appointments (by department, as the core's day list) and of inquiries without a department.
Independent of 0020: it needs only the functions of 0013/0015 (bo_rule, bo_person, bo_audit).
PostgreSQL only; nothing on SQLite.
"""

from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.supervision import server_counter

    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for statement in server_counter.install_sql(schema):
        bind.exec_driver_sql(statement.replace("%", "%%"))  # no parameters: a % is a %


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.supervision import server_counter

    for statement in server_counter.uninstall_sql():
        bind.exec_driver_sql(statement.replace("%", "%%"))
