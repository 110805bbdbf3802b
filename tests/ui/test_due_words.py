"""The equipment tab's due words follow the window's language.

"2027-01-05 – snart" showed in the English window (user test): the words sat inside f-strings,
where lupdate does not look, so they never got their English.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from trygghetsapp.domain.readiness import DueState
from trygghetsapp.services import equipment
from trygghetsapp.ui.i18n import Translations
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.equipment import due_text


@pytest.mark.parametrize(
    ("language", "soon", "late"), [("en", "soon", "overdue"), ("sv", "snart", "försenad")]
)
def test_due_words_in_the_window_s_language(
    qtbot: Any, window: MainWindow, language: str, soon: str, late: str
) -> None:
    item = equipment.list_equipment(window.context.database)[0]
    translations = Translations()
    translations.install(language)
    try:
        assert due_text(dataclasses.replace(item, due_state=DueState.DUE_SOON)).endswith(soon)
        assert due_text(dataclasses.replace(item, due_state=DueState.OVERDUE)).endswith(late)
    finally:
        translations.install("sv")


def test_no_translated_word_hides_inside_an_f_string() -> None:
    """lupdate skips f-string expressions: a tr()/translate() there never reaches the .ts
    files and shows in Swedish in the English window. None may stand there."""
    import ast
    from pathlib import Path

    import trygghetsapp

    hidden = []
    for path in Path(trygghetsapp.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                name = getattr(getattr(inner, "func", None), "attr", None) or getattr(
                    getattr(inner, "func", None), "id", None
                )
                if isinstance(inner, ast.Call) and name in ("tr", "translate"):
                    hidden.append(f"{path.name}:{inner.lineno}")
    assert not hidden, hidden
