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
    t = QCoreApplication.translate
    lines: list[tuple[str, str]] = []
    if not gaps.has_safety_point:
        lines.append(("point", t("readiness", "Ingen trygghetspunkt")))
    if gaps.roles_without_holder:
        lines.append(
            ("roles", t("readiness", "%n roll(er) utan ordinarie", "", gaps.roles_without_holder))
        )
    if gaps.critical_roles_without_deputy:
        lines.append(
            (
                "roles",
                t(
                    "readiness",
                    "%n kritisk(a) roll(er) utan ersättare",
                    "",
                    gaps.critical_roles_without_deputy,
                ),
            )
        )
    if gaps.equipment_defect:
        lines.append(("equipment", t("readiness", "%n trasig(a)", "", gaps.equipment_defect)))
    if gaps.equipment_missing:
        lines.append(("equipment", t("readiness", "%n saknas", "", gaps.equipment_missing)))
    if gaps.equipment_overdue:
        lines.append(
            ("equipment", t("readiness", "%n försenad(e) kontroll(er)", "", gaps.equipment_overdue))
        )
    if gaps.days_since_inspection is None:
        lines.append(("inspection", t("readiness", "Aldrig inventerad")))
    elif gaps.days_since_inspection > INSPECTION_INTERVAL_DAYS:
        lines.append(
            (
                "inspection",
                t("readiness", "Inventerad för %n dagar sedan", "", gaps.days_since_inspection),
            )
        )
    if gaps.channels_untested:
        lines.append(
            ("channels", t("readiness", "%n kanal(er) ej testade", "", gaps.channels_untested))
        )
    return lines
