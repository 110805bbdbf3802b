"""Readiness shown as text and a symbol, never colour alone (WCAG 1.4.1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from trygghetsapp.domain.readiness import INSPECTION_INTERVAL_DAYS, AreaGaps, Readiness

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


def gap_lines(gaps: AreaGaps) -> list[tuple[str, str]]:
    """(tab key, sentence) per gap: the key says which tab of the area shows that gap."""

    def n(translated: str, count: int) -> str:
        return translated.replace("%1", str(count))

    lines: list[tuple[str, str]] = []
    if not gaps.has_safety_point:
        lines.append(("point", QCoreApplication.translate("readiness", "Ingen trygghetspunkt")))
    if gaps.roles_without_holder:
        lines.append(
            (
                "roles",
                n(
                    QCoreApplication.translate("readiness", "Roller utan ordinarie: %1"),
                    gaps.roles_without_holder,
                ),
            )
        )
    if gaps.critical_roles_without_deputy:
        lines.append(
            (
                "roles",
                n(
                    QCoreApplication.translate("readiness", "Kritiska roller utan ersättare: %1"),
                    gaps.critical_roles_without_deputy,
                ),
            )
        )
    if gaps.equipment_defect:
        lines.append(
            (
                "equipment",
                n(
                    QCoreApplication.translate("readiness", "Trasig utrustning: %1"),
                    gaps.equipment_defect,
                ),
            )
        )
    if gaps.equipment_missing:
        lines.append(
            (
                "equipment",
                n(
                    QCoreApplication.translate("readiness", "Saknad utrustning: %1"),
                    gaps.equipment_missing,
                ),
            )
        )
    if gaps.equipment_overdue:
        lines.append(
            (
                "equipment",
                n(
                    QCoreApplication.translate("readiness", "Försenade kontroller: %1"),
                    gaps.equipment_overdue,
                ),
            )
        )
    if gaps.days_since_inspection is None:
        lines.append(("inspection", QCoreApplication.translate("readiness", "Aldrig inventerad")))
    elif gaps.days_since_inspection > INSPECTION_INTERVAL_DAYS:
        lines.append(
            (
                "inspection",
                n(
                    QCoreApplication.translate("readiness", "Dagar sedan senaste inventering: %1"),
                    gaps.days_since_inspection,
                ),
            )
        )
    if gaps.channels_untested:
        lines.append(
            (
                "channels",
                n(
                    QCoreApplication.translate("readiness", "Kanaler som inte testats: %1"),
                    gaps.channels_untested,
                ),
            )
        )
    return lines
