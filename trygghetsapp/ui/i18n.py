"""Translations: Swedish source strings, English from resources/i18n/trygghetsapp_en.qm.

The .ts files are the sources (`pyside6-lupdate` over trygghetsapp/ui and app.py); the .qm files are
compiled with `pyside6-lrelease` (shipped with PySide6) and committed, so a plain `pip install`
has working translations without a build step. The system locale chooses (Swedish for a Swedish
system, English otherwise); the Språk menu overrides and is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from trygghetsapp.resources import resources_dir

LANGUAGES = ("sv", "en")


def system_language() -> str:
    return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"


def choose_language(requested: str | None, saved: str) -> str:
    """Command line first, then the menu's saved choice, then the system locale."""
    if requested in LANGUAGES:
        return str(requested)
    if saved in LANGUAGES:
        return saved
    return system_language()


class Translations:
    """Installs the app's and Qt's own translators for one language at a time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "sv"

    def install(self, language: str) -> bool:
        """Switch language; Qt then sends LanguageChange to every widget. False if not found."""
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        ok = True
        ours = QTranslator()
        if ours.load(str(resources_dir() / "i18n" / f"trygghetsapp_{language}.qm")):
            app.installTranslator(ours)
            self._installed.append(ours)
        else:
            ok = language == "sv"  # Swedish is the source language: nothing to load is fine
        # Qt's own texts (standard buttons: Ja/Nej/Avbryt; file dialogs). The PySide6 wheel has
        # no qtbase_sv, only the older qt_sv (file dialogs, message boxes); the standard buttons'
        # Qt 6 texts (QPlatformTheme) come from our own qt_standard_sv. The contexts are Qt's
        # classes, not ours; the translator installed last is asked first, so qt_standard's
        # Qt 6 texts win over qt_sv's older ones.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{language}", qt_dir),
            (f"qt_{language}", qt_dir),
            (f"qt_standard_{language}", str(resources_dir() / "i18n")),
        ):
            qt = QTranslator()
            if qt.load(name, folder):
                app.installTranslator(qt)
                self._installed.append(qt)
                if name.startswith("qtbase_"):
                    break  # the full Qt 6 catalogue: nothing older needed
        self.language = language
        return ok


class Counts(QObject):
    """Counts with their words in the right number: "1 ny, 2 ändrade, 1 konflikt".

    Swedish and English both have a singular and a plural; Qt's numerus forms choose between
    them (`tr(source, "", n)` with `%n` in the source; the forms of each language live in its
    .ts file, Swedish included, since the source text has only the plural). A sentence with
    several counts is built from these parts, one count each, because one message can carry
    only one `%n`.
    """

    def new(self, n: int) -> str:
        return self.tr("%n nya", "", n)

    def changed(self, n: int) -> str:
        return self.tr("%n ändrade", "", n)

    def unchanged(self, n: int) -> str:
        return self.tr("%n oförändrade", "", n)

    def conflicts(self, n: int) -> str:
        return self.tr("%n konflikter", "", n)

    def errors(self, n: int) -> str:
        return self.tr("%n fel", "", n)


_counts: Counts | None = None


def counts() -> Counts:
    """The one `Counts` (made on first use, after the application exists)."""
    global _counts
    if _counts is None:
        _counts = Counts()
    return _counts


def counted(
    new: int | None = None,
    changed: int | None = None,
    unchanged: int | None = None,
    conflicts: int | None = None,
    errors: int | None = None,
) -> str:
    """'3 nya, 1 ändrad, 1 konflikt': the counts given, in this order, in the current language."""
    words = counts()
    parts = [
        part(n)
        for n, part in (
            (new, words.new),
            (changed, words.changed),
            (unchanged, words.unchanged),
            (conflicts, words.conflicts),
            (errors, words.errors),
        )
        if n is not None
    ]
    return ", ".join(parts)
