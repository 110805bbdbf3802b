"""Trygghetsapp: offline inventory, crisis checklists and file sync for community safety points."""

__version__ = "0.1.0"
