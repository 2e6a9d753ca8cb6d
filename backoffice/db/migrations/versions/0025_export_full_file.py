"""a person's export batch is written only with all its decisions (PostgreSQL)

Revision ID: 0025
Revises: 0024
Create Date: 2026-11-30 18:15:00

Issue 19: bo_export_written (backoffice/export/server_export.py) refuses to mark a batch
written when the file holds fewer rows than the batch's decisions (not for the recovery of an
interrupted run, whose items retention may have removed since). A person whose row policies
hide some of the decisions (an administrator reads no applicant) would otherwise have marked
them exported with a file that does not hold them. Replaces that one function; the downgrade
keeps it (it only refuses a short file). PostgreSQL only.
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from backoffice.export import server_export

    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    (statement,) = [s for s in server_export.install_sql(schema) if f"FUNCTION {schema}.bo_export_written(" in s]
    bind.exec_driver_sql(statement.replace("%", "%%"))


def downgrade() -> None:
    pass
