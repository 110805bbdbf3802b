"""Persistence: SQLAlchemy models, the engine, migrations, backups and the change log.

This is the only package that may use SQLite-specific SQL (PRAGMAs, the backup API); everything else
speaks portable SQLAlchemy so that an office can run the same models on PostgreSQL.
"""
