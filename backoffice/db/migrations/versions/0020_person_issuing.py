"""issuing and payments by staff connected as their own role (PostgreSQL)

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-30 15:10:00

Issue 19 item 3. A person connected as their own login role issues, reprints and revokes
documents (bo_next_serial, bo_issue, bo_reprint, bo_revoke, bo_register_key:
backoffice/issuance/server_issuing.py) and records counter payments, refunds and settlement
files (bo_counter_payment, bo_refund, bo_settlement_import: backoffice/supervision/
server_payments.py), each a SECURITY DEFINER function checking the role and department by the
core's matrix. `backoffice db upgrade` grants them to the persons' group afterwards
(backoffice/db/roles.py PERSON_FUNCTIONS). PostgreSQL only; nothing on SQLite.
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.issuance import server_issuing
    from backoffice.supervision import server_payments

    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for statement in (*server_issuing.install_sql(schema), *server_payments.install_sql(schema)):
        bind.exec_driver_sql(statement.replace("%", "%%"))  # no parameters: a % is a %


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.issuance import server_issuing
    from backoffice.supervision import server_payments

    for statement in (*server_payments.uninstall_sql(), *server_issuing.uninstall_sql()):
        bind.exec_driver_sql(statement)
