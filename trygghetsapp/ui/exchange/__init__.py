"""Data in and out from the window (issue 18): the Excel import wizard and the export dialog.

Both are thin widgets around the services the command line uses (`services.workbook`,
`services.publication`, `reports.gis`, `reports.web`, `reports.poster`); the work runs on the
database worker (`ui/tasks.py`) with a progress bar and Avbryt. Imported lazily by the main
window: openpyxl, reportlab and the writers load only when one of them opens.
"""
