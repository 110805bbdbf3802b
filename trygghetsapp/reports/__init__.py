"""Printable documents (reportlab) built from the services' read models: no SQL, no Qt.

Three kinds per area: the wall checklist (`checklist`), the field inspection form (`inventory`)
and role cards (`rolecards`); `batch` writes them for many areas, `cli` adds `export-pdf`.
"""
