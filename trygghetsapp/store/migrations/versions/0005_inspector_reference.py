"""the inspector as a reference to a contact

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.add_column(sa.Column("inspector_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_inspection_inspector_id_contact"), "contact", ["inspector_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_inspection_inspector_id_contact"), type_="foreignkey")
        batch_op.drop_column("inspector_id")
