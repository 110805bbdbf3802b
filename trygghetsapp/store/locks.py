"""PostgreSQL advisory lock keys of a server database (issue 19, docs/office-postgresql.md).

Transaction-scoped (`pg_advisory_xact_lock`), so a crashed process never leaves one held."""

MIGRATION_LOCK = 0x54727967_0000_0001
"""Held while the schema is migrated (store/migrate.py)."""

MERGE_LOCK = 0x54727967_0000_0002
"""An import's merge phase takes it exclusively (sync/importer.py `lock_merge`), a local edit
shared (store/changelog.py): no merge writes rows from a log missing a concurrent edit."""
