"""departments, staff administration, catalog in the database

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 09:00:00

Issue 16: `staff_departments` (need-to-know: which departments' applications a staff
member may see), `staff.must_change_password` (an administrator's reset) and
`staff.last_login_at` (the staff administration list), `procedure_versions` (the
procedure catalog in the shared database, with dated versions; `init` seeds it).

Existing installs: every existing account is given every department the install knows
(the procedure catalog's departments and those of applications already received), so
nobody loses access on upgrade; an administrator narrows them afterwards
(`backoffice users departments CODE --department NAME`, or the staff screen).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _known_departments(conn: sa.engine.Connection) -> list[str]:
    names: set[str] = set()
    try:
        from backoffice.platform.catalog import default_catalog

        names.update(default_catalog().departments())
    except Exception:  # noqa: BLE001 - a broken catalog file must not stop the upgrade
        pass
    names.update(d for (d,) in conn.execute(sa.text("SELECT DISTINCT department FROM applications")) if d)
    return sorted(names)


def upgrade() -> None:
    op.create_table(
        "staff_departments",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("department", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_staff_departments_staff_id_staff"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("staff_id", "department", name=op.f("pk_staff_departments")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.alter_column("must_change_password", server_default=None)
    op.create_table(  # the catalog in the shared database; `init` seeds it
        "procedure_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("entry", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_versions")),
    )
    with op.batch_alter_table("procedure_versions", schema=None) as batch_op:
        batch_op.create_index("ix_procedure_versions_code_from", ["code", "effective_from"], unique=True)

    conn = op.get_bind()
    departments = _known_departments(conn)
    staff_ids = [i for (i,) in conn.execute(sa.text("SELECT id FROM staff"))]
    rows = [{"staff_id": i, "department": d} for i in staff_ids for d in departments]
    if rows:
        conn.execute(sa.text("INSERT INTO staff_departments (staff_id, department) VALUES (:staff_id, :department)"),
                     rows)


def downgrade() -> None:
    op.drop_table("procedure_versions")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("last_login_at")
        batch_op.drop_column("must_change_password")
    op.drop_table("staff_departments")
