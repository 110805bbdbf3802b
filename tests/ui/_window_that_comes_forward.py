"""The real app's window in a child process, telling the test when it listens for a second start
and when it was brought forward (and whether it is still minimised then)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from trygghetsapp import app
from trygghetsapp.ui import activation

real_bring_forward = activation.bring_forward
RealServer = activation.ActivationServer


class ListeningServer(RealServer):
    def __init__(self, db_path: Path, parent: object = None) -> None:
        super().__init__(db_path)
        print("LISTENING" if self.listening else "DEAF", flush=True)


def bring_forward(window: QWidget) -> None:
    window.showMinimized()  # as the user left it
    real_bring_forward(window)
    print(f"FORWARD minimised={window.isMinimized()}", flush=True)


activation.ActivationServer = ListeningServer  # type: ignore[misc]
activation.bring_forward = bring_forward
sys.exit(app.run_gui(Path(sys.argv[1]), language="sv"))
