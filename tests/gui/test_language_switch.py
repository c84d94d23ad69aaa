"""Issue 15: choosing Cymraeg or English in Settings switches the open application at once, no restart:
menus, the editor's forms and the rule pack's words in it and in the decision panel, Training; nothing
typed is lost (the open referral's unsaved edits are saved first and it reopens at the same section)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mappa_desktop.core.rules import load_pack
from mappa_desktop.gui.about import AboutDialog
from mappa_desktop.gui.settings import SettingsDialog, interface_language
from tests.gui.conftest import add_referral


@pytest.fixture(autouse=True)
def _english_settings_after():
    """The settings outlive a test in this process: leave English chosen, as every other test expects."""
    yield
    from mappa_desktop.gui.settings import set_interface_language

    set_interface_language("en")


def _choose_in_settings(window, monkeypatch, language: str) -> None:
    def choose(dialog):
        combo = dialog.ui.languageCombo
        combo.setCurrentIndex(combo.findData(language))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    assert window.show_settings()


def _texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_choosing_welsh_switches_the_open_window_and_keeps_what_was_typed(
    store, make_window, qtbot, monkeypatch
):
    pack = load_pack()
    referral = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(referral.id)
    editor = window.editor
    editor.show_section("subject")
    family = editor.page("subject").ui.familyNameEdit
    family.selectAll()
    qtbot.keyClicks(family, "Price")  # typed, and switched before the autosave would run
    editor.show_section("offence")
    assert "Decision aid" in _texts(editor.panel)
    question = pack.questions["sex_offender_notification"].question

    _choose_in_settings(window, monkeypatch, "cy")

    assert interface_language() == "cy"
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Ffeil", timeout=3000)  # LanguageChange arrived
    assert [a.text() for a in window.menuBar().actions()] == ["&Ffeil", "&Golygu", "&Cymorth"]
    assert window.drafts.headerData(0, Qt.Orientation.Horizontal) != "Subject"
    editor = window.editor
    assert editor.lang == "cy" and editor.current_section() == "offence"
    assert "Y brif &drosedd" in _texts(editor.page("offence"))  # a Designer form in the editor
    panel = _texts(editor.panel)
    assert "Cymorth penderfynu" in panel and question.get("cy") in panel  # tr() and the pack's own words
    assert question.get("en") not in panel
    assert store.load(referral.id).subject.family_name == "Price"  # saved before the switch
    assert editor.page("subject").ui.familyNameEdit.text() == "Price"

    _choose_in_settings(window, monkeypatch, "en")
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File", timeout=3000)
    assert window.editor.lang == "en" and question.get("en") in _texts(window.editor.panel)
    window.close()


def test_training_is_built_again_in_the_new_language(store, make_window, qtbot, monkeypatch):
    window = make_window(store)
    window.ui.areaTabs.setCurrentWidget(window.ui.trainingTab)
    first = window.training
    titles = [
        first.library.ui.scenarioList.item(i).text() for i in range(first.library.ui.scenarioList.count())
    ]
    scenario = first.scenarios[0]
    assert titles[0] == scenario.title.get("en")

    _choose_in_settings(window, monkeypatch, "cy")

    training = window.training
    assert training is not first and training.lang == "cy"
    assert training.library.ui.scenarioList.item(0).text() == scenario.title.get("cy")
    window.close()


def test_about_says_the_welsh_awaits_a_qualified_translator(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "awaits review by a qualified translator" in dialog.translationLabel.text()
    assert dialog.translationLabel.isVisibleTo(dialog)


def test_the_preview_starts_in_welsh_for_a_welsh_speaker_and_records_the_language_chosen(
    store, make_window, qtbot
):
    referral = add_referral(store, "Rhys", "Price", preferred_language="Welsh")
    window = make_window(store)
    window.select_referral(referral.id)
    dialog = window.editor.open_preview()
    assert dialog.language == "cy" and dialog.language_combo.currentData() == "cy"
    assert dialog.summary.language == "cy" and dialog.summary.title.startswith("Crynodeb")
    welsh_pages = dialog.page_count
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("bilingual"))
    assert dialog.language == "bilingual" and " / " in dialog.summary.title
    assert dialog.page_count >= welsh_pages and len(dialog.page_labels) == dialog.page_count
    qtbot.mouseClick(dialog.copy_text_button, Qt.MouseButton.LeftButton)
    dialog.close()
    qtbot.waitUntil(lambda: window.operations.idle, timeout=5000)  # the export is recorded off the UI thread
    [row] = store.list_referrals()
    assert row.summary_language == "bilingual"
    assert store.audit_log(referral.id)[-1].action == "exported"
    model = window.drafts
    tip = model.data(model.index(model.row_of(referral.id), 3), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("summary in Welsh and English")
    window.close()


def test_the_list_says_when_in_the_interface_language():
    from mappa_desktop.gui.drafts import format_when

    now = dt.datetime(2026, 3, 10, 12, 0)
    yesterday, earlier = dt.datetime(2026, 3, 9, 9, 15), dt.datetime(2026, 3, 3, 9, 15)
    assert format_when(yesterday, now, "en") == "Yesterday 09:15"
    assert format_when(earlier, now, "en") == "3 Mar 2026 09:15"
    assert format_when(yesterday, now, "cy") == "Ddoe 09:15"
    assert format_when(earlier, now, "cy") == "3 Maw 2026 09:15"
    assert format_when(dt.datetime(2026, 5, 1, 8, 0), now.replace(month=6), "cy") == "1 Mai 2026 08:00"
