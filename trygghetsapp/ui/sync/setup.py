"""Ställ in säker synk: the guided set-up of keys and trust, on the office and on a laptop.

What `trygghetsapp keys ...` does on the command line, step by step in the window (issue 13
item 7). First the computer gets a name people recognise (not its host name). Then:

- on a laptop: save this computer's card for the office and read its fingerprint aloud; choose
  the office's card and type the fingerprint the office reads aloud; only a match is trusted;
  then "always encrypt to the office";
- on the office: choose a laptop's card and type the fingerprint the laptop reads aloud; only a
  match is enrolled; save the office's card for the laptops and read its fingerprint aloud.

Every step is an op of `sync.api` (sync/enrolment.py, the functions the command line uses, so
both refuse the same things) run through the door; a refusal is shown beside its field and
changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.sync import api
from trygghetsapp.ui import file_dialogs

if TYPE_CHECKING:
    from trygghetsapp.ui.context import AppContext
    from trygghetsapp.ui.door import Door
    from trygghetsapp.ui.sync.state import SyncSnapshot


class SetupHost(Protocol):
    """What the dialog needs of the sync controller (which opens it)."""

    door: Door
    context: AppContext
    snapshot: SyncSnapshot | None

    @property
    def language(self) -> str: ...

    def refresh(self, now: bool = False) -> None: ...


ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"


def _wrapping(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _fingerprint_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(font.pointSizeF() * 1.4 if font.pointSizeF() > 0 else 14)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _error_label(name: str) -> QLabel:
    label = _wrapping()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class SyncSetupDialog(QDialog):
    """Shown with open(); `state` holds what was last read (`api.SetupState`)."""

    loaded = Signal()
    """The state was read (again) and is shown."""

    def __init__(self, controller: SetupHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSetup")
        self.controller = controller
        self.door = controller.door
        self.state: api.SetupState | None = None
        self.office_card: api.CardView | None = None
        self.laptop_card: api.CardView | None = None
        self.setWindowTitle(self.tr("Ställ in säker synk"))

        intro = _wrapping(
            self.tr(
                "Datorerna litar bara på paket från datorer de känner. Gör stegen nedan en "
                "gång per dator, med kontoret i telefon: ni läser upp fingeravtrycken för "
                "varandra och skriver in det ni hör."
            )
        )
        self.field_role = QRadioButton(self.tr("Fältdator (tas med ut till byarna)"))
        self.field_role.setObjectName("roleField")
        self.office_role = QRadioButton(self.tr("Kommunens kontorsdator"))
        self.office_role.setObjectName("roleOffice")
        roles = QButtonGroup(self)
        roles.addButton(self.field_role)
        roles.addButton(self.office_role)
        role_row = QHBoxLayout()
        role_row.addWidget(QLabel(self.tr("Den här datorn är:")))
        role_row.addWidget(self.field_role)
        role_row.addWidget(self.office_role)
        role_row.addStretch(1)

        # 1. The name, on both sides.
        name_box = QGroupBox(self.tr("1. Datorns namn"))
        self.name = QLineEdit()
        self.name.setObjectName("deviceNameEdit")
        self.name.setAccessibleName(self.tr("Datorns namn"))
        self.name.setPlaceholderText(self.tr("t.ex. Fältdator Gunilla eller Kontoret Storgatan"))
        self.name.setMaxLength(80)
        self.save_name = QPushButton(self.tr("Spara namnet"))
        self.save_name.setObjectName("saveName")
        self.name_error = _error_label("nameError")
        self.name_hint = _wrapping(
            self.tr("Namnet syns för de andra datorerna, i konflikter och i synkstatus.")
        )
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.save_name)
        name_layout = QVBoxLayout(name_box)
        name_layout.addLayout(name_row)
        name_layout.addWidget(self.name_error)
        name_layout.addWidget(self.name_hint)

        self.pages = QStackedWidget()
        self.laptop_page = self._laptop_page()
        self.office_page = self._office_page()
        self.pages.addWidget(self.laptop_page)
        self.pages.addWidget(self.office_page)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(intro)
        body_layout.addLayout(role_row)
        body_layout.addWidget(name_box)
        body_layout.addWidget(self.pages)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox()
        # Our own button: a standard one takes Qt's text back on every LanguageChange.
        close = buttons.addButton(self.tr("Stäng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeSetup")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(780, 660)

        self.save_name.clicked.connect(self._save_name)
        self.name.returnPressed.connect(self._save_name)
        self.field_role.clicked.connect(lambda: self._set_role("field"))
        self.office_role.clicked.connect(lambda: self._set_role("office"))
        # Opens on the role the database has: the window's last sync snapshot knows it; without
        # one the role buttons and the steps wait for the state (no laptop steps shown on an
        # office database, no key stroke that picks a role before it is known).
        snapshot = controller.snapshot
        if snapshot is not None and snapshot.status.role in ("field", "office"):
            self._show_role(snapshot.status.role)
        else:
            self.pages.hide()
        for button in (self.field_role, self.office_role):
            button.setEnabled(False)
        # The typing goes into the first field, the name (not the scroll area or a role button).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reload()

    def _show_role(self, role: str) -> None:
        office = role == "office"
        self.office_role.setChecked(office)
        self.field_role.setChecked(not office)
        self.pages.setCurrentWidget(self.office_page if office else self.laptop_page)

    # -- the laptop's steps ------------------------------------------------------------------
    def _laptop_page(self) -> QWidget:
        page = QWidget()
        own = QGroupBox(self.tr("2. Ge kontoret den här datorns kort"))
        self.laptop_fingerprint = _fingerprint_label("laptopFingerprint")
        self.save_laptop_card = QPushButton(self.tr("Spara datorns kort…"))
        self.save_laptop_card.setObjectName("saveLaptopCard")
        self.laptop_card_saved = _wrapping()
        self.laptop_card_saved.setObjectName("laptopCardSaved")
        self.laptop_card_error = _error_label("laptopCardError")
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(
            _wrapping(
                self.tr(
                    "Spara kortet på ett USB-minne eller i synkmappen och ge det till kontoret. "
                    "När kontoret registrerar det läser du upp fingeravtrycket:"
                )
            )
        )
        own_layout.addWidget(self.laptop_fingerprint)
        row = QHBoxLayout()
        row.addWidget(self.save_laptop_card)
        row.addStretch(1)
        own_layout.addLayout(row)
        own_layout.addWidget(self.laptop_card_saved)
        own_layout.addWidget(self.laptop_card_error)

        office = QGroupBox(self.tr("3. Lita på kontorets kort"))
        self.choose_office_card = QPushButton(self.tr("Välj kontorets kort…"))
        self.choose_office_card.setObjectName("chooseOfficeCard")
        self.office_card_text = _wrapping(self.tr("Inget kort valt."))
        self.office_card_text.setObjectName("officeCardText")
        self.office_expect = QLineEdit()
        self.office_expect.setObjectName("officeExpect")
        self.office_expect.setAccessibleName(self.tr("Fingeravtrycket som kontoret läser upp"))
        self.office_expect.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.replace_office = QCheckBox(
            self.tr("Byt ut den kontorsnyckel datorn litar på nu (bara efter samtal med kontoret)")
        )
        self.replace_office.setObjectName("replaceOffice")
        self.replace_office.hide()
        self.trust_button = QPushButton(self.tr("Lita på kontoret"))
        self.trust_button.setObjectName("trustOffice")
        self.trust_error = _error_label("trustError")
        self.office_trusted = _wrapping()
        self.office_trusted.setObjectName("officeTrusted")
        self.office_trusted.setStyleSheet(DONE_STYLE)
        office_layout = QVBoxLayout(office)
        row = QHBoxLayout()
        row.addWidget(self.choose_office_card)
        row.addWidget(self.office_card_text, 1)
        office_layout.addLayout(row)
        office_layout.addWidget(QLabel(self.tr("Fingeravtrycket som kontoret läser upp för dig:")))
        row = QHBoxLayout()
        row.addWidget(self.office_expect, 1)
        row.addWidget(self.trust_button)
        office_layout.addLayout(row)
        office_layout.addWidget(self.trust_error)
        office_layout.addWidget(self.replace_office)
        office_layout.addWidget(self.office_trusted)

        seal = QGroupBox(self.tr("4. Kryptera"))
        self.always_encrypt = QCheckBox(
            self.tr("Kryptera alltid paketen till kontoret (bara kontoret kan läsa dem)")
        )
        self.always_encrypt.setObjectName("alwaysEncrypt")
        self.encrypt_error = _error_label("encryptError")
        seal_layout = QVBoxLayout(seal)
        seal_layout.addWidget(self.always_encrypt)
        seal_layout.addWidget(self.encrypt_error)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(own)
        layout.addWidget(office)
        layout.addWidget(seal)
        self.save_laptop_card.clicked.connect(lambda: self.save_card())
        self.choose_office_card.clicked.connect(lambda: self.choose_card("office"))
        self.trust_button.clicked.connect(self._trust_office)
        self.office_expect.returnPressed.connect(self._trust_office)
        self.always_encrypt.clicked.connect(self._set_always_encrypt)
        return page

    # -- the office's steps ------------------------------------------------------------------
    def _office_page(self) -> QWidget:
        page = QWidget()
        enrol = QGroupBox(self.tr("2. Registrera en fältdator"))
        self.choose_laptop_card = QPushButton(self.tr("Välj fältdatorns kort…"))
        self.choose_laptop_card.setObjectName("chooseLaptopCard")
        self.laptop_card_text = _wrapping(self.tr("Inget kort valt."))
        self.laptop_card_text.setObjectName("laptopCardText")
        self.laptop_expect = QLineEdit()
        self.laptop_expect.setObjectName("laptopExpect")
        self.laptop_expect.setAccessibleName(self.tr("Fingeravtrycket som fältdatorn läser upp"))
        self.laptop_expect.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.enrol_button = QPushButton(self.tr("Registrera"))
        self.enrol_button.setObjectName("enrolLaptop")
        self.enrol_error = _error_label("enrolError")
        self.enrolled_text = _wrapping()
        self.enrolled_text.setObjectName("enrolledText")
        self.enrolled_text.setStyleSheet(DONE_STYLE)
        self.enrolled = QListWidget()
        self.enrolled.setObjectName("enrolledDevices")
        self.enrolled.setAccessibleName(self.tr("Registrerade fältdatorer"))
        self.enrolled.setMaximumHeight(90)
        enrol_layout = QVBoxLayout(enrol)
        row = QHBoxLayout()
        row.addWidget(self.choose_laptop_card)
        row.addWidget(self.laptop_card_text, 1)
        enrol_layout.addLayout(row)
        enrol_layout.addWidget(QLabel(self.tr("Fingeravtrycket som fältdatorn läser upp för dig:")))
        row = QHBoxLayout()
        row.addWidget(self.laptop_expect, 1)
        row.addWidget(self.enrol_button)
        enrol_layout.addLayout(row)
        enrol_layout.addWidget(self.enrol_error)
        enrol_layout.addWidget(self.enrolled_text)
        enrol_layout.addWidget(QLabel(self.tr("Registrerade datorer:")))
        enrol_layout.addWidget(self.enrolled)

        own = QGroupBox(self.tr("3. Ge fältdatorerna kontorets kort"))
        self.office_fingerprint = _fingerprint_label("officeFingerprint")
        self.save_office_card = QPushButton(self.tr("Spara kontorets kort…"))
        self.save_office_card.setObjectName("saveOfficeCard")
        self.office_card_saved = _wrapping()
        self.office_card_saved.setObjectName("officeCardSaved")
        self.office_card_error = _error_label("officeCardError")
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(
            _wrapping(
                self.tr(
                    "Varje fältdator behöver kontorets kort. När fältdatorn lägger in det läser "
                    "du upp fingeravtrycket:"
                )
            )
        )
        own_layout.addWidget(self.office_fingerprint)
        row = QHBoxLayout()
        row.addWidget(self.save_office_card)
        row.addStretch(1)
        own_layout.addLayout(row)
        own_layout.addWidget(self.office_card_saved)
        own_layout.addWidget(self.office_card_error)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(enrol)
        layout.addWidget(own)
        self.choose_laptop_card.clicked.connect(lambda: self.choose_card("laptop"))
        self.enrol_button.clicked.connect(self._enrol)
        self.laptop_expect.returnPressed.connect(self._enrol)
        self.save_office_card.clicked.connect(lambda: self.save_card())
        return page

    # -- reading -------------------------------------------------------------------------
    def reload(self, then: Callable[[], None] | None = None) -> None:
        def arrived(state: api.SetupState) -> None:
            self._show(state)
            if then is not None:
                then()
            self.loaded.emit()

        self.door.query(api.setup_state, arrived, self._failed, owner=self)

    def _show(self, state: api.SetupState) -> None:
        self.state = state
        self._show_role(state.role)
        self.pages.show()
        for button in (self.field_role, self.office_role):
            button.setEnabled(True)
        if not self.name.isModified():
            shown = state.name if state.named else ""
            if self.name.text() != shown:
                self.name.setText(shown)
                if self.name.hasFocus():
                    self.name.selectAll()  # as Tab into it would: typing replaces the name
        if not state.named:
            self.name_hint.setText(
                self.tr(
                    "Datorn heter ännu bara %1. Skriv ett namn som kontoret och kollegorna "
                    "känner igen."
                ).replace("%1", state.name)
            )
        else:
            self.name_hint.setText(
                self.tr("Namnet syns för de andra datorerna, i konflikter och i synkstatus.")
            )
        self.laptop_fingerprint.setText(state.fingerprint)
        self.office_fingerprint.setText(state.fingerprint)
        if state.office is not None:
            self.office_trusted.setText(
                "✔ "
                + self.tr("Datorn litar på %1 (fingeravtryck %2).")
                .replace("%1", state.office.name)
                .replace("%2", state.office.fingerprint)
            )
        else:
            self.office_trusted.setText("")
        self.replace_office.setVisible(state.office is not None)
        self.always_encrypt.setEnabled(state.office is not None)
        self.always_encrypt.setChecked(state.always_encrypt)
        self.always_encrypt.setToolTip(
            "" if state.office else self.tr("Lita på kontorets kort först (steg 3).")
        )
        self.enrolled.clear()
        for device in state.enrolled:
            text = f"{device.name}  {device.fingerprint}"
            if not device.active:
                text += "  (" + self.tr("spärrad") + ")"
            self.enrolled.addItem(text)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.name_error.setText(error.message(self.controller.language))
            self.name_error.show()
        else:
            self.controller.context.failed.emit(error)

    def _refused(self, label: QLabel, field: QWidget | None = None) -> Callable[[Any], None]:
        """A refusal shown beside its field, in the window's language; nothing else moves."""

        def show(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                self.controller.context.failed.emit(error)
                return
            label.setText("⚠ " + error.message(self.controller.language))
            label.show()
            if field is not None:
                field.setFocus()

        return show

    # -- steps ---------------------------------------------------------------------------
    def _save_name(self) -> None:
        name = self.name.text().strip()
        self.name_error.hide()
        if not name:
            self.name_error.setText("⚠ " + self.tr("Skriv ett namn, t.ex. Fältdator Gunilla."))
            self.name_error.show()
            self.name.setFocus()
            return

        def saved(_view: object) -> None:
            self.name.setModified(False)
            self.controller.refresh(now=True)
            self.reload()

        self.door.change(
            lambda database: api.rename_device(database, name),
            saved,
            self._refused(self.name_error, self.name),
            owner=self,
        )

    def _set_role(self, role: str) -> None:
        if self.state is not None and self.state.role == role:
            return

        def saved(_view: object) -> None:
            self.controller.refresh(now=True)
            self.reload()

        self.door.change(
            lambda database: api.set_role(database, role), saved, self._failed, owner=self
        )

    def save_card(self, folder: Path | None = None) -> None:
        """Spara datorns kort… / Spara kontorets kort…: into a folder (a stick, the sync
        folder); refused until the computer has a name of its own."""
        office = self.state is not None and self.state.role == "office"
        shown, error = (
            (self.office_card_saved, self.office_card_error)
            if office
            else (self.laptop_card_saved, self.laptop_card_error)
        )
        error.hide()
        if self.state is not None and not self.state.named:
            error.setText(
                "⚠ "
                + self.tr("Ge datorn ett namn först (steg 1): kontoret ska se vems kort det är.")
            )
            error.show()
            self.name.setFocus()
            return
        if folder is None:
            snapshot = self.controller.snapshot
            start = snapshot.folder if snapshot is not None and snapshot.folder else Path.home()
            chosen = file_dialogs.existing_directory(
                self, self.tr("Spara kortet i mappen"), str(start)
            )
            if not chosen:
                return
            folder = Path(chosen)
        target = folder

        def saved(path: Path) -> None:
            shown.setText(
                "✔ "
                + self.tr("Kortet sparades som %1 i %2.")
                .replace("%1", path.name)
                .replace("%2", str(path.parent))
            )

        self.door.query(
            lambda database: api.export_card(database, target),
            saved,
            self._refused(error),
            owner=self,
        )

    def choose_card(self, kind: str, path: Path | None = None) -> None:
        """Välj kontorets kort… (kind "office") or Välj fältdatorns kort… ("laptop")."""
        office = kind == "office"
        text, error, expect = (
            (self.office_card_text, self.trust_error, self.office_expect)
            if office
            else (self.laptop_card_text, self.enrol_error, self.laptop_expect)
        )
        if path is None:
            chosen = file_dialogs.open_file_name(
                self,
                self.tr("Välj kontorets kort") if office else self.tr("Välj fältdatorns kort"),
                str(Path.home()),
                self.tr("Enhetskort (*.json)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        card_path = path
        error.hide()

        def read(card: api.CardView) -> None:
            if office:
                self.office_card = card
            else:
                self.laptop_card = card
            text.setText(
                self.tr("Kort från %1 (%2).").replace("%1", card.name).replace("%2", card_path.name)
            )
            expect.setFocus()

        def refused(failure: BaseException) -> None:
            if office:
                self.office_card = None
            else:
                self.laptop_card = None
            text.setText(self.tr("Inget kort valt."))
            self._refused(error)(failure)

        self.door.query(lambda _database: api.read_card(card_path), read, refused, owner=self)

    def _trust_office(self) -> None:
        self.trust_error.hide()
        card = self.office_card
        if card is None:
            self.trust_error.setText("⚠ " + self.tr("Välj kontorets kort först."))
            self.trust_error.show()
            self.choose_office_card.setFocus()
            return
        expect = self.office_expect.text()
        replace = self.replace_office.isChecked()

        def trusted(_card: object) -> None:
            self.office_expect.clear()
            self.replace_office.setChecked(False)
            self.controller.refresh(now=True)
            self.reload(then=self.always_encrypt.setFocus)

        self.door.change(
            lambda database: api.trust_office(database, card.path, expect, replace),
            trusted,
            self._refused(self.trust_error, self.office_expect),
            owner=self,
        )

    def _enrol(self) -> None:
        self.enrol_error.hide()
        card = self.laptop_card
        if card is None:
            self.enrol_error.setText("⚠ " + self.tr("Välj fältdatorns kort först."))
            self.enrol_error.show()
            self.choose_laptop_card.setFocus()
            return
        expect = self.laptop_expect.text()

        def enrolled(device: Any) -> None:
            self.laptop_expect.clear()
            self.enrolled_text.setText(
                "✔ "
                + self.tr("%1 är registrerad. Dess paket läses nu in här.").replace(
                    "%1", str(device.device_name)
                )
            )
            self.controller.refresh(now=True)
            self.reload()

        self.door.change(
            lambda database: api.enrol(database, card.path, expect),
            enrolled,
            self._refused(self.enrol_error, self.laptop_expect),
            owner=self,
        )

    def _set_always_encrypt(self, on: bool) -> None:
        self.encrypt_error.hide()

        def refused(error: BaseException) -> None:
            self._refused(self.encrypt_error)(error)
            self.reload()

        self.door.change(
            lambda database: api.set_always_encrypt(database, on),
            lambda _on: self.reload(),
            refused,
            owner=self,
        )
