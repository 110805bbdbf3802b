"""The use cases: the one API that the GUI, CLI, PDF and sync code use to read and change data.

Every call is one unit of work (one session, one committed transaction, one change-log entry) and
returns plain frozen dataclasses, never live ORM objects.
"""
