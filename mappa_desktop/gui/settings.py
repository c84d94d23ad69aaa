"""The person's settings: security marking, interface language, who they are, and where the database is.

Everything is kept with ``QSettings`` under the organisation and application names set in ``gui/app.py``.
Each setting has one key, read and written here, except the security marking, whose key lives in
``export/marking.py`` beside the export that prints it (one key, one place).
``configure_settings_storage`` decides where the file is: beside the data when ``MAPPA_DESKTOP_DATA``
or ``MAPPA_DESKTOP_SETTINGS`` points somewhere (tests and portable installs), otherwise the platform's
usual place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from mappa_desktop.gui.i18n import FollowsLanguage, name_buttons, tr

SETTINGS_ENV = "MAPPA_DESKTOP_SETTINGS"
"""A folder for the settings file (an INI file), instead of the platform's usual place."""
DATA_ENV = "MAPPA_DESKTOP_DATA"

LANGUAGE_KEY = "interface/language"
OFFICER_KEYS = {"name": "officer/name", "role": "officer/role", "agency": "officer/agency"}
LANGUAGES = {"en": "English", "cy": "Cymraeg (Welsh)"}
"""Interface languages, each named in its own language (Welsh with the English word, so anyone can find
it). Not translated: a person looks for their own language's name."""
DEFAULT_LANGUAGE = "en"


def configure_settings_storage() -> Path | None:
    """Point QSettings at a private folder when one is given (tests, portable installs); return it.

    ``MAPPA_DESKTOP_SETTINGS`` names the folder; failing that, a ``MAPPA_DESKTOP_DATA`` data folder
    keeps the settings beside the database, so a test or a portable copy never reads or writes the
    person's own settings. Without either, QSettings uses the platform's usual place.
    """
    folder = os.environ.get(SETTINGS_ENV) or os.environ.get(DATA_ENV)
    if not folder:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
        return None
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, folder)
    return Path(folder)


FORMER_APPLICATION_NAME = "MAPPA Referrals"
"""Version 0.1 called itself this, and QSettings keeps each application's settings under its name."""


def carry_over_former_settings(settings: QSettings | None = None) -> int:
    """Copy the settings kept under the former name once, when there are none yet; return how many.

    The product is "MAPPA Desktop" everywhere now, so the settings moved with the name; without this
    a person upgrading from 0.1 would lose their name, language and marking.
    """
    settings = settings or QSettings()
    if settings.allKeys():
        return 0
    former = QSettings(
        settings.format(), settings.scope(), settings.organizationName(), FORMER_APPLICATION_NAME
    )
    keys = former.allKeys()
    for key in keys:
        settings.setValue(key, former.value(key))
    settings.sync()
    return len(keys)


def interface_language(settings: QSettings | None = None) -> str:
    """The chosen interface language code (``en`` or ``cy``); English when unset or unknown."""
    value = str((settings or QSettings()).value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_interface_language(code: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(LANGUAGE_KEY, code if code in LANGUAGES else DEFAULT_LANGUAGE)


@dataclass(frozen=True)
class Officer:
    """Who uses this computer's copy: the default referrer on new referrals. Empty strings when unset."""

    name: str = ""
    role: str = ""
    agency: str = ""

    def is_empty(self) -> bool:
        return not (self.name or self.role or self.agency)


def officer(settings: QSettings | None = None) -> Officer:
    settings = settings or QSettings()
    values = {field: str(settings.value(key, "") or "").strip() for field, key in OFFICER_KEYS.items()}
    return Officer(**values)


def set_officer(person: Officer, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    for field, key in OFFICER_KEYS.items():
        settings.setValue(key, getattr(person, field).strip())


def actor_display(actor_id: str, own_actor_id: str | None, settings: QSettings | None = None) -> str:
    """How an audit actor is shown: "Jane Smith (jsmith)" for this computer's user once a name is set.

    The audit log keeps the operating-system login as the actor, because it is the one name the tool
    can trust; the name typed in Settings only makes it easier to read.
    """
    if own_actor_id and actor_id == own_actor_id:
        name = officer(settings).name
        if name:
            return f"{name} ({actor_id})"
    return actor_id


def officer_signature(actor_id: str, settings: QSettings | None = None) -> str:
    """Who made a decision, as recorded on an override or an acknowledgement: the name, role and agency
    from Settings beside the computer login ("Jane Smith, Probation officer, Probation Service (jsmith)"),
    or the login alone while no name has been given."""
    person = officer(settings)
    described = ", ".join(part for part in (person.name, person.role, person.agency) if part)
    room = SIGNATURE_MAX - len(actor_id) - 3  # the login is never cut
    return f"{described[:room].rstrip()} ({actor_id})" if described and room > 0 else actor_id


SIGNATURE_MAX = 200
"""The longest "who decided" text recorded (the model's cap on a name)."""


FIRST_RUN_KEY = "officer/asked"


def first_run_due(settings: QSettings | None = None) -> bool:
    """True until the officer has been asked their name, role and agency once (saved or skipped)."""
    settings = settings or QSettings()
    return officer(settings).is_empty() and not _truthy(settings.value(FIRST_RUN_KEY, False))


def _truthy(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1")


class OfficerDialog(FollowsLanguage, QDialog):
    """First run: who is using this copy. Saved in Settings (changeable there); shown beside the computer
    login wherever the application records who decided something."""

    def __init__(self, actor_id: str = "", parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout

        super().__init__(parent)
        self.actor_id = actor_id
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.name_edit, self.role_edit, self.agency_edit = QLineEdit(), QLineEdit(), QLineEdit()
        form = QFormLayout()
        for edit in (self.name_edit, self.role_edit, self.agency_edit):
            edit.setMaxLength(200)
            form.addRow(QLabel(), edit)
        self.form = form
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save, self)
        self.later = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.name_edit.setFocus()

    def retranslate(self) -> None:
        from PySide6.QtWidgets import QFormLayout

        super().retranslate()
        self.setWindowTitle(self.tr("Who is using MAPPA Desktop?"))
        self.intro.setText(
            self.tr(
                "Give your name, role and agency. They are filled in as the referrer on new referrals and "
                "recorded beside your computer login ({login}) when you record a decision or acknowledge a "
                "prompt. You can change them later in Settings."
            ).format(login=self.actor_id or self.tr("your login"))
        )
        for row, (label, example) in enumerate(
            (
                (self.tr("&Name"), "Sam Hughes"),
                (self.tr("&Role"), self.tr("Probation officer")),
                (self.tr("&Agency"), self.tr("Probation Service, Wales")),
            )
        ):
            caption = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            edit = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            caption.setText(label)
            caption.setBuddy(edit)
            edit.setPlaceholderText(self.tr("For example, {example}").format(example=example))
            edit.setAccessibleName(label.replace("&", ""))
        self.later.setText(self.tr("Not now"))
        name_buttons(self.buttons)

    def done(self, result: int) -> None:  # noqa: D102 - saved or skipped, it is not asked again
        settings = QSettings()
        if result == QDialog.DialogCode.Accepted:
            set_officer(
                Officer(self.name_edit.text(), self.role_edit.text(), self.agency_edit.text()), settings
            )
        settings.setValue(FIRST_RUN_KEY, True)
        settings.sync()
        super().done(result)


def _retention_group(dialog: SettingsDialog, days: int):
    """The retention period (issue 14), kept in the database so the window and the command line agree:
    a group above the database's, built here rather than in the form (one spin box and its hint)."""
    from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox

    from mappa_desktop.core.store.retention import MAX_DAYS, MIN_DAYS

    group = QGroupBox(dialog)
    form = QFormLayout(group)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long (Welsh) label goes above
    spin = QSpinBox(group)
    spin.setRange(MIN_DAYS, MAX_DAYS)
    spin.setValue(days)
    label = QLabel(group)
    label.setBuddy(spin)
    form.addRow(label, spin)
    hint = QLabel(group)

    def word() -> None:
        group.setTitle(tr("Retention"))
        spin.setSuffix(tr(" days"))
        spin.setAccessibleName(tr("Retention period in days"))
        label.setText(tr("&Keep sent and closed referrals for"))
        hint.setText(
            tr(
                "After this, File > Referrals past retention lists them for erasure. Set it to your force's "
                "records retention rule; the default of 365 days is a placeholder, not a legal figure.",
            )
        )

    dialog.group_words.append(word)
    hint.setWordWrap(True)
    hint.setProperty("class", "hint")
    hint.setTextFormat(Qt.TextFormat.PlainText)
    form.addRow(hint)
    dialog.layout().insertWidget(dialog.layout().indexOf(dialog.ui.databaseGroup), group)
    return spin


def folder_url(database: Path | str) -> QUrl | None:
    """A ``file:`` URL for the folder holding ``database``, or None if it is not a plain local folder.

    Only local files are ever opened: no network share (a URL with a host) and no other scheme.
    """
    # abspath, not resolve(): it keeps a leading "//" (a network share), so the check below sees it.
    folder = os.path.dirname(os.path.abspath(os.path.expanduser(str(database))))
    url = QUrl.fromLocalFile(folder)
    if url.scheme() != "file" or url.host() or not url.isLocalFile():
        return None
    return url


class SettingsDialog(FollowsLanguage, QDialog):
    """Edit the settings; Save writes them, Cancel (or Esc) leaves them as they were."""

    def __init__(
        self,
        database: Path | str | None = None,
        *,
        actor_id: str = "",
        demo: bool = False,
        retention_days: int | None = None,
        store=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.group_words: list = []  # the code-built groups' wording, run again on a language switch
        self.retention = _retention_group(self, retention_days) if retention_days is not None else None
        self.store = store
        self._add_security_group(demo)
        from mappa_desktop.export.marking import security_marking

        ui = self.ui
        self.database = Path(database) if database else None
        self.open_url = QDesktopServices.openUrl  # replaced in tests
        ui.markingEdit.setPlaceholderText("OFFICIAL-SENSITIVE")
        ui.markingEdit.setText(security_marking())
        for code, name in LANGUAGES.items():
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(max(ui.languageCombo.findData(interface_language()), 0))
        person = officer()
        ui.nameEdit.setText(person.name)
        ui.roleEdit.setText(person.role)
        ui.agencyEdit.setText(person.agency)
        self.actor_id, self.demo = actor_id, demo
        self.retranslate()
        ui.openFolderButton.setEnabled(self.database is not None)
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        # Wide enough for the wrapped hints; as tall as they need, up to the screen: past that the groups
        # scroll (Save and Cancel always stay on screen, at 150% text on a 1366×768 laptop too).
        width = self.fontMetrics().averageCharWidth() * 78
        self.setMinimumWidth(width)
        content = self._scrolling_groups()
        content.layout().activate()
        wanted = content.layout().totalHeightForWidth(width) + ui.buttonBox.sizeHint().height() + 40
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(width, min(wanted, int(screen.height() * 0.9)))
        ui.markingEdit.setFocus()

    def _scrolling_groups(self) -> QWidget:
        """Every group moved into a scroll area above the buttons; the widget holding them."""
        layout, kept = self.ui.dialogLayout, []
        while layout.count():
            kept.append(layout.takeAt(0))
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for item in kept:
            if item.widget() is self.ui.buttonBox:
                continue
            if item.widget() is not None:
                inner.addWidget(item.widget())
            elif item.layout() is not None:
                inner.addLayout(item.layout())
            elif item.spacerItem() is not None:
                inner.addItem(item.spacerItem())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)  # Tab to a field out of sight scrolls it into view (QScrollArea does)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.ui.buttonBox)
        self.groups_scroll = scroll
        scroll.setAccessibleName(self.tr("All settings"))
        return content

    def retranslate(self) -> None:
        super().retranslate()
        ui = self.ui
        if (groups := getattr(self, "groups_scroll", None)) is not None:
            groups.setAccessibleName(self.tr("All settings"))
        ui.officerHint.setText(
            self.tr(
                "Filled in as the referrer on each new referral (you can change it there). The audit log "
                "records changes under your computer login, {login}, shown with this name."
            ).format(login=self.actor_id or self.tr("your login"))
        )
        if self.database is None:
            ui.databaseEdit.setText(self.tr("No database is open"))
        elif self.demo:
            ui.databaseEdit.setText(
                self.tr("Demonstration database (deleted when you close): {path}").format(path=self.database)
            )
        else:
            ui.databaseEdit.setText(str(self.database))
            ui.databaseEdit.setToolTip(str(self.database))  # the whole path, when the box is too narrow
        ui.databaseEdit.setCursorPosition(0)
        for word in self.group_words:
            word()
        name_buttons(ui.buttonBox)

    def chosen_language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def chosen_retention_days(self) -> int | None:
        """The retention period chosen (days), or None when it is not offered (no writable database)."""
        return None if self.retention is None else self.retention.value()

    def accept(self) -> None:
        """Write the settings, then close."""
        from mappa_desktop.export.marking import set_security_marking

        ui = self.ui
        set_security_marking(ui.markingEdit.text())
        set_interface_language(self.chosen_language())
        set_officer(Officer(ui.nameEdit.text(), ui.roleEdit.text(), ui.agencyEdit.text()))
        from mappa_desktop.gui.lock import set_lock_after_minutes

        set_lock_after_minutes(self.lock_minutes.value())
        QSettings().sync()
        super().accept()

    def _add_security_group(self, demo: bool) -> None:
        """Security: minutes without input before the window locks, and changing the passphrase."""
        from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QSpinBox

        from mappa_desktop.gui.lock import LOCK_MINUTES_RANGE, lock_after_minutes

        group = QGroupBox(self)
        group.setObjectName("securityGroup")
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long (Welsh) label goes above
        self.lock_minutes = QSpinBox(group)
        self.lock_minutes.setRange(*LOCK_MINUTES_RANGE)
        self.lock_minutes.setValue(lock_after_minutes())
        lock_label = QLabel(group)
        lock_label.setBuddy(self.lock_minutes)
        form.addRow(lock_label, self.lock_minutes)
        self.change_passphrase_button = QPushButton(group)
        encrypted = self.store is not None and getattr(self.store, "key", None) is not None and not demo
        self.change_passphrase_button.setEnabled(encrypted)
        self.change_passphrase_button.clicked.connect(self.change_passphrase)
        passphrase_label = QLabel(group)
        passphrase_label.setBuddy(self.change_passphrase_button)
        form.addRow(passphrase_label, self.change_passphrase_button)
        hint = QLabel(group)

        def word() -> None:
            group.setTitle(self.tr("Security"))
            self.lock_minutes.setSuffix(self.tr(" minutes"))
            self.lock_minutes.setAccessibleName(self.tr("Lock after this many minutes without use"))
            lock_label.setText(self.tr("&Lock after:"))
            self.change_passphrase_button.setText(self.tr("&Change the passphrase…"))
            passphrase_label.setText(self.tr("Passphrase:"))
            hint.setText(
                self.tr(
                    "The window hides everything after this many minutes without a key press or mouse use, "
                    "and on File > Lock (Ctrl+Shift+L), until the database passphrase is typed."
                )
            )

        self.group_words.append(word)
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setProperty("class", "hint")
        form.addRow(hint)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.ui.buttonBox), group)

    def change_passphrase(self) -> bool:
        """Change the database's passphrase (it is re-encrypted); True when it was changed."""
        from mappa_desktop.gui.passphrase import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.store, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        QMessageBox.information(
            self,
            self.tr("Passphrase changed"),
            self.tr("The passphrase was changed. Use the new one from now on: the old one no longer works."),
        )
        return True

    def open_folder(self) -> bool:
        """Show the database's folder in the file manager (a local folder only)."""
        url = folder_url(self.database) if self.database else None
        if url is not None and self.open_url(url):
            return True
        QMessageBox.information(
            self,
            self.tr("Cannot open the folder"),
            self.tr(
                "The folder holding the database could not be opened here. Its location is shown in the "
                "Location box: select it, copy it and open it in your file manager. Nothing was changed."
            ),
        )
        return False
