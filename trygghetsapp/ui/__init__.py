"""The PySide6 desktop GUI: widgets that call the services layer (never the store or SQL).

Layout: `main_window.py` is a thin shell (area list, the area's tabs, the overview, menus from
`actions.py`); one module per tab under `tabs/`; table models in `area_list.py` (lazy, paged) and
`record_model.py` (one area's records); undo commands in `commands.py`; the database worker in
`tasks.py`; settings keys in `settings.py`; translations in `i18n.py` (sources and compiled files
in resources/i18n, refreshed with `python -m tools.i18n_build`).

Threads, and where this departs from DESIGN.md rule 3: long or national-scale work (import, demo
load, the whole-country overview count, the readiness badges of a list page) runs on the single
database worker. A user's single edit and the reads of one area (a few milliseconds each, measured
in docs/performance/gui.md) run on the GUI thread: the edit must be committed before the user's
next keystroke can depend on it (undo, the next field), and a round trip through the worker would
only add latency. SQLite in WAL mode lets the worker read while the GUI thread writes; modal
progress dialogs keep the user from editing while the worker writes.
"""
