"""File sync between offline replicas: packages, merge, conflicts, device identity (no Qt).

Public service API for the GUI and the CLI lives in `trygghetsapp.sync.api`; see docs/sync.md.
"""
