"""Readiness shown as text and a symbol, never colour alone (WCAG 1.4.1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from trygghetsapp.domain.readiness import INSPECTION_INTERVAL_DAYS, AreaGaps, Readiness
from trygghetsapp.services.readmodels import Entity
from trygghetsapp.ui.window_texts import TabKey

READINESS_ENTITIES = (
    Entity.AREA,
    Entity.SAFETY_POINT,
    Entity.EQUIPMENT,
    Entity.CONTACT,
    Entity.CRISIS_ROLE,
    Entity.ROLE_ASSIGNMENT,
    Entity.CHANNEL,
    Entity.INSPECTION,
)
"""The kinds of record an area's readiness is counted from: an edit of one re-counts its area."""

SYMBOLS = {Readiness.READY: "✔", Readiness.GAPS: "▲", Readiness.CRITICAL: "✖"}
COLOURS = {
    Readiness.READY: QColor("#1b5e20"),
    Readiness.GAPS: QColor("#8a5300"),
    Readiness.CRITICAL: QColor("#b00020"),
}


def readiness_text(readiness: Readiness) -> str:
    texts = {
        Readiness.READY: QCoreApplication.translate("readiness", "Redo"),
        Readiness.GAPS: QCoreApplication.translate("readiness", "Brister"),
        Readiness.CRITICAL: QCoreApplication.translate("readiness", "Kritiskt"),
    }
    return texts[readiness]


def badge(gaps: AreaGaps | None) -> str:
    """'✖ Kritiskt' etc.; empty while the gaps are not known yet."""
    if gaps is None:
        return ""
    return f"{SYMBOLS[gaps.readiness]} {readiness_text(gaps.readiness)}"


def gap_lines(gaps: AreaGaps) -> list[tuple[TabKey, str]]:
    """(tab key, sentence) per gap: the key says which tab of the area shows that gap."""

    # Literal translate() calls, so pyside6-lupdate finds every sentence.
    lines: list[tuple[TabKey, str]] = []
    if not gaps.has_safety_point:
        lines.append(
            (TabKey.POINT, QCoreApplication.translate("readiness", "Ingen trygghetspunkt"))
        )
    stale = gaps.days_since_inspection or 0
    counted = [
        (
            TabKey.ROLES,
            gaps.roles_without_holder,
            QCoreApplication.translate("readiness", "Roller utan ordinarie: %1"),
        ),
        (
            TabKey.ROLES,
            gaps.critical_roles_without_deputy,
            QCoreApplication.translate("readiness", "Kritiska roller utan ersättare: %1"),
        ),
        (
            TabKey.EQUIPMENT,
            gaps.equipment_defect,
            QCoreApplication.translate("readiness", "Trasig utrustning: %1"),
        ),
        (
            TabKey.EQUIPMENT,
            gaps.equipment_missing,
            QCoreApplication.translate("readiness", "Saknad utrustning: %1"),
        ),
        (
            TabKey.EQUIPMENT,
            gaps.equipment_overdue,
            QCoreApplication.translate("readiness", "Försenade kontroller: %1"),
        ),
        (
            TabKey.EQUIPMENT,
            gaps.equipment_never_checked,
            QCoreApplication.translate("readiness", "Aldrig kontrollerad utrustning: %1"),
        ),
    ]
    lines += [(tab, text.replace("%1", str(count))) for tab, count, text in counted if count]
    if gaps.days_since_inspection is None:
        lines.append(
            (TabKey.INSPECTION, QCoreApplication.translate("readiness", "Aldrig inventerad"))
        )
    elif stale > INSPECTION_INTERVAL_DAYS:
        text = QCoreApplication.translate("readiness", "Dagar sedan senaste inventering: %1")
        lines.append((TabKey.INSPECTION, text.replace("%1", str(stale))))
    if gaps.channels_untested:
        text = QCoreApplication.translate("readiness", "Kanaler som inte testats: %1")
        lines.append((TabKey.CHANNELS, text.replace("%1", str(gaps.channels_untested))))
    return lines
