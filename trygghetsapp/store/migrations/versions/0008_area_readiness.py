"""per-area readiness counts kept up to date (issue 17, item 3)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

A derived table (store/readiness_counts.py): one row per area with its gaps counted, kept up to
date by every write, so the overview reads 20,000 rows instead of counting every item. Created
empty: an area without a row is counted when the overview first reads it and the row written
then (the same path as a row gone stale by the date), so an upgraded database needs no backfill
here and no copy of the counting rules in a migration.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "area_readiness",
        sa.Column("area_id", sa.String(length=36), nullable=False),
        sa.Column("has_safety_point", sa.Boolean(), nullable=False),
        sa.Column("roles_without_holder", sa.Integer(), nullable=False),
        sa.Column("critical_roles_without_deputy", sa.Integer(), nullable=False),
        sa.Column("equipment_defect", sa.Integer(), nullable=False),
        sa.Column("equipment_missing", sa.Integer(), nullable=False),
        sa.Column("equipment_overdue", sa.Integer(), nullable=False),
        sa.Column("equipment_never_checked", sa.Integer(), nullable=False),
        sa.Column("channels_untested", sa.Integer(), nullable=False),
        sa.Column("last_inspection", sa.Date(), nullable=True),
        sa.Column("counted_on", sa.Date(), nullable=False),
        sa.Column("valid_through", sa.Date(), nullable=True),
        sa.Column("upcoming", sa.Text(), nullable=False),
        sa.Column("roles_key", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("area_id", name=op.f("pk_area_readiness")),
    )


def downgrade() -> None:
    op.drop_table("area_readiness")
