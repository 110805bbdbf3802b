"""generator fields on equipment: start, switch-over and stop steps, run time at load

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STEP_COLUMNS = ("start_steps", "switchover_steps", "stop_steps")


def upgrade() -> None:
    # ADD COLUMN only (no table copy): existing rows get an empty list and no run time.
    with op.batch_alter_table("equipment_item", schema=None) as batch_op:
        for name in STEP_COLUMNS:
            batch_op.add_column(
                sa.Column(name, sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
            )
        batch_op.add_column(sa.Column("runtime_hours", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("runtime_load_percent", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("equipment_item", schema=None) as batch_op:
        for name in ("runtime_load_percent", "runtime_hours", *reversed(STEP_COLUMNS)):
            batch_op.drop_column(name)
