"""The log file (trygghetsapp/logs.py): an unexpected error lands where `log_path` says."""

from __future__ import annotations

from pathlib import Path

import pytest

from trygghetsapp.logs import log_exception, log_path


def test_an_error_is_logged_in_the_data_folder_of_the_moment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Set up once per process, the log kept writing to the first data folder it saw; after the
    folder moved (a test's, or a profile moved under a running process) errors went to a file
    nobody looks at, or nowhere when that folder was gone."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "first"))
    log_exception(RuntimeError("in the first folder"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "second"))
    log_exception(RuntimeError("in the second folder"))
    second = log_path()
    assert str(tmp_path / "second") in str(second)
    assert "in the second folder" in second.read_text(encoding="utf-8")
    first = (tmp_path / "first").rglob("trygghetsapp.log")
    assert all("in the second folder" not in path.read_text(encoding="utf-8") for path in first)
