"""Översikt lists the contacts past their review date; a double-click opens the person."""

from __future__ import annotations

import datetime as dt
from typing import Any

from trygghetsapp.services import areas, contacts, privacy
from trygghetsapp.ui.actions import Act
from trygghetsapp.ui.main_window import MainWindow
from trygghetsapp.ui.tabs.base import current_id


def _review_ids(window: MainWindow) -> list[str]:
    model = window.overview.reviews.model
    return [model.row(r).contact.id for r in range(model.rowCount())]


def test_contacts_past_review_are_listed_and_open_on_the_contacts_tab(
    qtbot: Any, window: MainWindow
) -> None:
    db = window.context.database
    area = next(a for a in areas.list_areas(db) if a.name == "Aspås")
    late = dt.date.today() - dt.timedelta(days=40)
    contact_id, _ = contacts.add_contact(
        db,
        {
            "area_id": area.id,
            "name": "Greta Granskad",
            "phone": "070-123 45 67",
            "legal_basis": "consent",
            "review_date": late,
        },
    )
    window.context.notify()
    window.actions_[Act.SHOW_OVERVIEW].trigger()
    section = window.overview.reviews
    qtbot.waitUntil(lambda: section.loaded and contact_id in _review_ids(window))
    expected = [r.contact.id for r in privacy.contacts_past_review(db)]
    assert sorted(_review_ids(window)) == sorted(expected)
    assert str(len(expected)) in section.summary.text()
    row = _review_ids(window).index(contact_id)
    assert section.model.index(row, 2).data() == late.isoformat()
    assert section.model.index(row, 3).data() == "40"

    section.table.activated.emit(section.model.index(row, 0))
    assert window.modes.currentIndex() == 0
    assert window.area_id == area.id
    tab = window.area_tabs["contacts"]
    assert window.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: current_id(tab.table) == contact_id)  # once the tab has loaded


def test_the_list_follows_contact_edits_while_shown(qtbot: Any, window: MainWindow) -> None:
    db = window.context.database
    area = areas.list_areas(db)[0]
    contact_id, changes = contacts.add_contact(
        db,
        {
            "area_id": area.id,
            "name": "Olle Omprövad",
            "phone": "070-765 43 21",
            "legal_basis": "agreement",
            "review_date": dt.date.today() - dt.timedelta(days=1),
        },
    )
    window.context.notify(changes)
    window.actions_[Act.SHOW_OVERVIEW].trigger()
    section = window.overview.reviews
    qtbot.waitUntil(lambda: section.loaded and contact_id in _review_ids(window))
    changes = contacts.update_contact(
        db, contact_id, {"review_date": dt.date.today() + dt.timedelta(days=365)}
    )
    window.context.notify(changes)
    qtbot.waitUntil(lambda: section.loaded and contact_id not in _review_ids(window))


def test_a_contact_without_a_chosen_legal_basis_is_listed_until_one_is_chosen(
    qtbot: Any, window: MainWindow
) -> None:
    db = window.context.database
    area = areas.list_areas(db)[0]
    contact_id, _ = contacts.add_contact(
        db,
        {
            "area_id": area.id,
            "name": "Ingen Grund",
            "review_date": dt.date.today() + dt.timedelta(days=300),
        },
    )
    window.context.notify()
    window.actions_[Act.SHOW_OVERVIEW].trigger()
    section = window.overview.reviews
    qtbot.waitUntil(lambda: section.loaded and contact_id in _review_ids(window))
    row = _review_ids(window).index(contact_id)
    assert section.model.index(row, 2).data() == "⚠ rättslig grund inte vald"
    changes = contacts.update_contact(db, contact_id, {"legal_basis": "agreement"})
    window.context.notify(changes)
    qtbot.waitUntil(lambda: section.loaded and contact_id not in _review_ids(window))
