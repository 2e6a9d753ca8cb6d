"""a person issuing from the register asks it again through the server (PostgreSQL)

Revision ID: 0027
Revises: 0026
Create Date: 2026-11-30 18:55:00

Issue 19: before a certificate is issued from the register (records-v1 §5, records/issue.py
ensure_fresh), an application approved before the exchange was switched on, or whose answer
is older than records.max_age_days, gets a new register request (and `record_stale` in its
attention). Counter staff connected as their own role may not write `record_requests` nor lock
the application, so they got past that check and were told "no register record to print from".
bo_record_requeue (backoffice/issuance/server_issuing.py) queues the request, sets the
attention and writes the audit entry in the person's name after the same permission and
department check as bo_issue. The persons' group gets EXECUTE through `db upgrade`'s grants
(roles.py PERSON_FUNCTIONS). PostgreSQL only.
"""

from __future__ import annotations

from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.issuance import server_issuing

    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    (statement,) = [s for s in server_issuing.install_sql(schema) if f"CREATE OR REPLACE FUNCTION {schema}.bo_record_requeue(" in s]
    bind.exec_driver_sql(statement.replace("%", "%%"))
    bind.exec_driver_sql(f"REVOKE ALL ON FUNCTION {schema}.bo_record_requeue(text, text, text, text) FROM PUBLIC")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {schema}.bo_record_requeue(text, text, text, text)")
