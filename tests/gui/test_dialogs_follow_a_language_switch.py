"""Issue 15: a language switch reaches every window open at the time, not only the main window: each
dialog words itself again on Qt's LanguageChange (settings with its security and retention groups, about,
officer, user guide, override, acknowledge, save conflict, summary preview, the passphrase dialogs, the lock
screen and its unlock dialog, trusted senders, the fingerprint check, the retention review).

Each dialog is opened in English, Welsh is installed while it is open, and every word it shows (title,
labels, buttons, group titles, placeholders, tooltips, accessible names, list items) is read again: none
may still be an English interface string that has Welsh in the translation files."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from mappa_desktop.gui.app import create_application
from mappa_desktop.gui.i18n import install_translators, translations_dir

TS_FILES = ("mappa_desktop_cy.ts", "qtbase_cy.ts")


def _welsh_differs() -> set[str]:
    """Every interface source string whose finished Welsh differs from it (ampersands dropped)."""
    found = set()
    for name in TS_FILES:
        for message in ET.parse(translations_dir() / name).getroot().iter("message"):
            source, translation = message.findtext("source") or "", message.find("translation")
            text = translation.text if translation is not None else None
            if text and translation.get("type") is None and text.strip() != source.strip():
                found.add(source.replace("&", "").strip())
    return found


TRANSLATED = _welsh_differs()


def words_shown(window: QWidget) -> set[str]:
    texts = {window.windowTitle()}
    for widget in [window, *window.findChildren(QWidget)]:
        texts.update((widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()))
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
    return {t.replace("&", "").strip() for t in texts if t and t.strip()}


def still_english(window: QWidget) -> list[str]:
    from mappa_desktop.gui.settings import LANGUAGES

    own_names = set(LANGUAGES.values())  # each language is named in its own language, whatever is shown
    return sorted(words_shown(window) & TRANSLATED - own_names)


def _dialogs(tmp_path: Path):
    from mappa_desktop.core.referral import Override
    from mappa_desktop.export.preview import SummaryPreviewDialog
    from mappa_desktop.export.service import prepare
    from mappa_desktop.gui.about import AboutDialog
    from mappa_desktop.gui.conflict import SaveConflictDialog
    from mappa_desktop.gui.editor.dialogs import AcknowledgeDialog, OverrideDialog
    from mappa_desktop.gui.guide import UserGuideDialog
    from mappa_desktop.gui.settings import OfficerDialog, SettingsDialog
    from tests.export.conftest import complete_referral

    yield "settings", lambda: SettingsDialog(tmp_path / "referrals.db", actor_id="officer")
    yield "about", lambda: AboutDialog(tmp_path / "referrals.db")
    yield "officer", lambda: OfficerDialog("officer")
    yield "user guide", lambda: UserGuideDialog()
    current = Override(
        aid_level=2, level=3, rationale="x" * 25, actor="a", at=dt.datetime(2026, 1, 1), rule_pack_version="1"
    )
    yield "override", lambda: OverrideDialog(3, 2, current)
    yield "acknowledge", lambda: AcknowledgeDialog("Consider a MARAC referral", "note")
    yield "save conflict", lambda: SaveConflictDialog("details", "Jordan Testperson")
    yield "summary preview", lambda: SummaryPreviewDialog(prepare(complete_referral()), language="en")
    yield from _security_dialogs(tmp_path)


def _security_dialogs(tmp_path: Path):
    """Issue 14's screens: the passphrase dialogs, the lock, trusted senders, retention."""
    from mappa_desktop.core.store import Store
    from mappa_desktop.gui.lock import LockedPanel, UnlockDialog
    from mappa_desktop.gui.passphrase import (
        AskPassphraseDialog,
        ChangePassphraseDialog,
        ChoosePassphraseDialog,
    )
    from mappa_desktop.gui.retention import RetentionDialog
    from mappa_desktop.gui.screening.fingerprint_check import ConfirmFingerprintDialog
    from mappa_desktop.gui.screening.trusted_senders import TrustedSendersDialog
    from mappa_desktop.gui.settings import SettingsDialog

    def store() -> Store:
        return Store.open(tmp_path / "security.sqlite3")

    database = tmp_path / "referrals.db"
    yield "settings: security, retention", lambda: SettingsDialog(database, retention_days=365, store=store())
    yield "choose a passphrase", lambda: ChoosePassphraseDialog(database)
    yield "encrypt an older database", lambda: ChoosePassphraseDialog(database, converting=True)
    yield "open with the passphrase", lambda: AskPassphraseDialog(database, lambda _typed: None)
    yield "change the passphrase", lambda: ChangePassphraseDialog(store())
    yield "locked window", lambda: LockedPanel()
    yield "unlock", lambda: UnlockDialog(lambda _typed: False, needs_passphrase=True)
    yield "unlock the demonstration", lambda: UnlockDialog(lambda _typed: True, needs_passphrase=False)
    yield "trusted senders", lambda: TrustedSendersDialog(store(), actor="officer")
    yield "fingerprint check", lambda: ConfirmFingerprintDialog(expected="A" * 20, name="Jane Smith")
    yield "retention review", lambda: RetentionDialog(store(), "officer")


@pytest.fixture
def english(qapp):
    create_application()
    install_translators("en")
    yield
    install_translators("en")


@pytest.mark.parametrize("name", [name for name, _ in _dialogs(Path("."))])
def test_an_open_dialog_follows_a_switch_to_welsh_and_back(name, english, qtbot, tmp_path):
    make = dict(_dialogs(tmp_path))[name]
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    before = words_shown(dialog)
    assert before & TRANSLATED, f"{name}: the check sees the dialog's English words"

    install_translators("cy")
    # Qt's LanguageChange events, then the words the dialog sets in code, come through the event loop.
    qtbot.waitUntil(lambda: not still_english(dialog), timeout=3000)
    assert still_english(dialog) == [], f"{name} kept English words after the switch to Welsh"
    assert dialog.windowTitle() not in before or dialog.windowTitle() == "MAPPA Desktop"

    install_translators("en")
    qtbot.waitUntil(lambda: words_shown(dialog) == before, timeout=3000)


@pytest.mark.parametrize("name", [name for name, _ in _security_dialogs(Path("."))])
def test_each_field_of_a_security_dialog_has_its_label_as_buddy_and_a_name(name, english, qtbot, tmp_path):
    """Its label's shortcut (Alt+letter) reaches the field, and a screen reader hears the label with it."""
    from PySide6.QtWidgets import QAbstractSpinBox, QFormLayout, QLayout

    dialog = dict(_dialogs(tmp_path))[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    fields = 0
    for form in dialog.findChildren(QLayout):
        if not isinstance(form, QFormLayout):
            continue
        for row in range(form.rowCount()):
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = field.widget() if field is not None else None
            if not isinstance(widget, QLineEdit | QAbstractSpinBox) or not widget.isVisibleTo(dialog):
                continue
            label = form.labelForField(widget)
            assert isinstance(label, QLabel) and label.buddy() is widget, f"{name}: {widget.accessibleName()}"
            assert "&" in label.text() and widget.accessibleName(), f"{name}: {label.text()}"
            fields += 1
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # a spin box's or combo's own line edit, announced through its owner
        if widget.focusPolicy() != widget.focusPolicy().NoFocus and widget.isVisibleTo(dialog):
            shown = widget.text() if isinstance(widget, QAbstractButton) else ""
            assert widget.accessibleName() or shown, f"{name}: unnamed {type(widget).__name__}"
    if name not in ("locked window", "unlock the demonstration", "trusted senders", "retention review"):
        assert fields, f"{name}: no form field found"
