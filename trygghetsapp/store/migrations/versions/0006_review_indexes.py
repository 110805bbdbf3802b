"""indexes for the review of role assignments whose contact was deleted

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

The sync views list, at every refresh, assignments left pointing at a deleted contact. Without
an index on role_assignment.contact_id that meant walking all role assignments (0.5-0.9 s at
5,000 areas, ahead of the user's next search on the one database worker); the partial index
finds the few deleted contacts at once. The index on contact_id also spares SQLite a full scan
of role_assignment for its foreign-key check when a contact row is removed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_role_assignment_contact_id", "role_assignment", ["contact_id"])
    op.create_index(
        "ix_contact_deleted",
        "contact",
        ["id"],
        sqlite_where=sa.text("deleted"),
        postgresql_where=sa.text("deleted"),
    )


def downgrade() -> None:
    op.drop_index("ix_contact_deleted", table_name="contact")
    op.drop_index("ix_role_assignment_contact_id", table_name="role_assignment")
