"""Issue 15: choosing Cymraeg or English in Settings switches the open application at once, no restart:
menus, the editor's forms and the rule pack's words in it and in the decision panel, Training; nothing
typed is lost (the open referral's unsaved edits are saved first and it reopens at the same section)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mappa_desktop.core.rules import load_pack
from mappa_desktop.gui.about import AboutDialog
from mappa_desktop.gui.settings import SettingsDialog, interface_language
from tests.gui.conftest import add_referral


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
