"""deliveries recorded by counter staff connected as their own role (PostgreSQL)

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-30 13:40:00

Issue 19 item 3, counter work as the person: bo_deliver (backoffice/casework/server_writes.py
deliver_sql) writes the delivery row in the caller's name and changes the status through
bo_transition, which now checks the permission of a handover action (`deliver`) with the
counter's exception across departments, as the core does (issuance/delivery.py). The functions
of 0013/0015 are replaced by their current generated text. PostgreSQL only.
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.casework import server_writes

    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for statement in (*server_writes.install_sql(schema), *server_writes.deliver_sql(schema)):
        bind.exec_driver_sql(statement.replace("%", "%%"))  # no parameters: a % is a %


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    bind.exec_driver_sql("DROP FUNCTION IF EXISTS bo_deliver(text, text, text, text)")
