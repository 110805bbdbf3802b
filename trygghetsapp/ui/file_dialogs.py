"""File dialogs that never open the files they list.

Qt's own file dialog works out each listed file's type by reading its first bytes, and the GTK
dialog Qt uses natively on Linux does the same inside our process. On POSIX, closing any
descriptor of a file drops every fcntl lock the process holds on it: a dialog that merely shows the
database's folder drops SQLite's locks on the database, its -wal and its -shm (seen with strace;
see `trygghetsapp/database_lock.py` for what that cost). So on Linux and the other POSIX desktops
every dialog is Qt's widget dialog with an icon provider that names a file by its suffix alone and
never reads it. Windows keeps its native dialog (its locks belong to a handle, and closing another
handle drops nothing); so does macOS, whose open and save panels run outside the app's process.

The database's lock makes the data safe whatever a dialog does; this keeps SQLite's own locks
intact as well, so another program that ignores our lock (an SQLite browser) is still kept out.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

_NATIVE_IS_SAFE = sys.platform.startswith("win") or sys.platform == "darwin"


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name only: no file is opened to sniff its content."""

    def icon(self, what: object) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = (
                QFileIconProvider.IconType.Folder
                if what.isDir()
                else QFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)  # type: ignore[call-overload]

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Mapp")
        suffix = info.suffix()
        if not suffix:
            return QCoreApplication.translate("FileDialogs", "Fil")
        return QCoreApplication.translate("FileDialogs", "%1-fil").replace("%1", suffix.upper())


_PROVIDER: NameOnlyIconProvider | None = None


def _dialog(parent: QWidget | None, caption: str, directory: str, name_filter: str) -> QFileDialog:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = NameOnlyIconProvider()
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setIconProvider(_PROVIDER)
    return dialog


def save_file_name(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = ""
) -> str:
    """The chosen file to write, or "" when cancelled."""
    if _NATIVE_IS_SAFE:
        return QFileDialog.getSaveFileName(parent, caption, directory, name_filter)[0]
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def open_file_names(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = ""
) -> list[str]:
    """The chosen existing files, or [] when cancelled."""
    if _NATIVE_IS_SAFE:
        return QFileDialog.getOpenFileNames(parent, caption, directory, name_filter)[0]
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return list(dialog.selectedFiles()) if dialog.exec() else []


def open_file_name(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = ""
) -> str:
    """The chosen existing file, or "" when cancelled."""
    if _NATIVE_IS_SAFE:
        return QFileDialog.getOpenFileName(parent, caption, directory, name_filter)[0]
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """The chosen folder, or "" when cancelled."""
    if _NATIVE_IS_SAFE:
        return QFileDialog.getExistingDirectory(parent, caption, directory)
    dialog = _dialog(parent, caption, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
