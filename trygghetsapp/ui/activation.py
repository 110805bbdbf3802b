"""A second start brings the first window forward.

Why: a coordinator who double-clicks the icon again has usually lost the window behind others or
minimised it; a refusal ("already open") leaves her to find it. The window that holds the
database's lock (`single_instance.py`) listens on a local socket named after the database (a
named pipe on Windows, a socket file the user alone may open elsewhere: `QLocalServer`, no
network); a second start that finds the lock held by a window asks it to come forward and ends
quietly once it has answered. Only if no window answers (it hangs, or an older version holds the
lock) is the start refused with the message as before.
"""

from __future__ import annotations

import getpass
import hashlib
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

REQUEST = b"come-forward\n"
ANSWER = b"coming\n"
ANSWER_WAIT_MS = 3000
"""How long a second start waits for the first window's answer: a busy window answers when its
event loop runs again (a long import runs on the worker, so this is normally milliseconds)."""


def channel_name(db_path: Path) -> str:
    """One channel per user and database file: two users' windows, or one user's two databases,
    never answer each other."""
    key = f"{getpass.getuser()}\0{db_path.resolve()}".encode()
    return "trygghetsapp-" + hashlib.sha256(key).hexdigest()[:24]


class ActivationServer(QObject):
    """The first window's ear: emits `asked` when a second start wants it forward."""

    asked = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = channel_name(db_path)
        # The caller holds the database's lock, so a socket file left under this name is a
        # crashed session's: remove it, or listen() fails with "address in use".
        QLocalServer.removeServer(name)
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._connected)

    def close(self) -> None:
        self._server.close()

    def _connected(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == REQUEST:
            socket.write(ANSWER)
            socket.flush()
            self.asked.emit()
        socket.disconnectFromServer()


def ask_first_window(db_path: Path, wait_ms: int = ANSWER_WAIT_MS) -> bool:
    """Ask the window holding `db_path` to come forward; True once it has answered.

    Blocking waits are right here: this runs in a starting process before it has any window."""
    socket = QLocalSocket()
    socket.connectToServer(channel_name(db_path))
    if not socket.waitForConnected(wait_ms):
        return False
    socket.write(REQUEST)
    if not socket.waitForBytesWritten(wait_ms):
        return False
    while not socket.canReadLine():
        if not socket.waitForReadyRead(wait_ms):
            return False
    return bytes(socket.readLine().data()) == ANSWER


def allow_to_come_forward(pid: int) -> None:
    """On Windows a background process may not take the foreground unless the foreground
    process allows it: the second start (which has the user's click) passes that right on."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(pid)  # type: ignore[attr-defined]


def bring_forward(window: QWidget) -> None:
    """Show the window as the user left it before minimising, on top, with the focus."""
    if not shiboken6.isValid(window):  # the start window, closed while the database opened
        return
    from PySide6.QtCore import Qt  # here: its namespace costs 15-30 ms of the first window

    state = window.windowState() & ~Qt.WindowState.WindowMinimized  # maximised stays so
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
