"""The PySide6 desktop GUI: widgets that call the services layer (never the store or SQL)."""
