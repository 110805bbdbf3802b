"""The screenshot script renders every view, in a separate process as it is run by hand."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_screenshot_script_writes_every_view(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "tools.screenshots", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in tmp_path.glob("ui-*.png"))
    assert names == sorted(
        f"ui-{n}.png"
        for n in (
            "trygghetspunkt",
            "utrustning",
            "utrustning-reservkraft",
            "kontakter",
            "kontakt-fel",
            "roller",
            "kanaler",
            "inventering",
            "oversikt",
            "synk",
            "konflikter",
            "start",
        )
    )
    window = QImage(str(tmp_path / "ui-oversikt.png"))
    assert (window.width(), window.height()) == (1366, 768)
