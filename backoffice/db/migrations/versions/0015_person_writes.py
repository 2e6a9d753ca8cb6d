"""writes by persons (PostgreSQL)

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30 12:30:00

Issue 19, the desktop connected as the person: bo_transition also queues the applicant's
notice and sets what the review services set with a change (recommendation, return and
decision columns, the export item of a final decision, the claim released); bo_logged_in and
bo_password_changed; the policies under which a person takes and gives back the claim lease of
an application of their departments and adds an internal comment to one in their own name (backoffice/casework/server_writes.py,
backoffice/accounts/rls.py). PostgreSQL only; nothing on SQLite. The downgrade drops the new
functions and the policy; bo_transition keeps its newer body (CREATE OR REPLACE of 0013 and
0015 run the same generated code).
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.accounts import rls
    from backoffice.casework import server_writes

    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    for statement in (*server_writes.install_sql(schema), *rls.person_write_sql()):
        bind.exec_driver_sql(statement.replace("%", "%%"))  # no parameters: a % is a %


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for statement in ("DROP POLICY IF EXISTS bo_person_claim ON applications",
                      "DROP POLICY IF EXISTS bo_person_comment ON comments",
                      "DROP FUNCTION IF EXISTS bo_password_changed()",
                      "DROP FUNCTION IF EXISTS bo_logged_in()"):
        bind.exec_driver_sql(statement)
