"""The guided editor's parts: hidden questions keep answers, the error summary, refusing 'ready',
the override and acknowledgement dialogs, the decision panel on its own, keyboard and accessibility."""

from __future__ import annotations

import datetime as dt
import statistics
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mappa_desktop.core.facts import Case, Facts
from mappa_desktop.core.referral import MaracCase, Override, Referral, VictimRecord
from mappa_desktop.core.rules import evaluate, load_pack
from mappa_desktop.gui.app import create_application
from mappa_desktop.gui.editor import DecisionPanel, build_editor
from mappa_desktop.gui.editor.dialogs import AcknowledgeDialog, OverrideDialog
from tests.gui.editor.helpers import answer, question, type_into
from tests.gui.test_keyboard import _unnamed_interactive

AS_OF = dt.date(2026, 11, 22)


def _application():
    # The stylesheet once: setting it again restyles every widget still alive, which is slow.
    app = QApplication.instance()
    if app is None or not app.styleSheet():
        create_application()


@pytest.fixture
def editor(qtbot):
    _application()
    saved: list[Referral] = []
    ed = build_editor(saved.append, delay_ms=10, actor="pc.jones", as_of=AS_OF)
    ed.saved_list = saved
    qtbot.addWidget(ed)
    ed.resize(1200, 700)
    ed.show()
    ed.open_referral(Referral())
    return ed


def test_hidden_questions_keep_their_answers(editor, qtbot):
    answer(qtbot, editor, "outcome", "custody")
    answer(qtbot, editor, "custody_months", 18)
    for fact in ("sex_offender_notification", "ct_notification", "terrorism_risk"):
        answer(qtbot, editor, fact, False)
    answer(qtbot, editor, "offence_class", "other")
    assert question(editor, "finding").isHidden()  # never answered, and it cannot matter now
    assert not question(editor, "custody_months").isHidden()  # answered: an answer is never hidden
    editor.flush()
    assert editor.saved_list[-1].offence.custody_months == 18


def test_a_bad_date_in_a_question_is_reported_at_the_field_and_not_saved(editor, qtbot):
    answer(qtbot, editor, "in_custody", True)
    widget = question(editor, "release_date")
    answer(qtbot, editor, "release_date", "31/02/2027")
    editor.flush()
    assert "not a real date" in widget.error.text()
    assert editor.saved_list[-1].custody.release_date is None
    assert editor.states["custody"].value == "has_problems"


def test_the_error_summary_links_to_each_problem_and_ready_is_refused(editor, qtbot):
    editor.show_section("check")
    check = editor.page("check")
    assert not check.ui.errorSummary.isHidden()
    texts = [link.label_text() for link in check.problem_links]
    assert any("family name" in t for t in texts)
    qtbot.mouseClick(check.ui.readyButton, Qt.MouseButton.LeftButton)
    assert "Not ready yet" in check.ui.statusLabel.text()
    assert editor.ui.statusCombo.currentData() == "draft"
    family = next(link for link in check.problem_links if "family name" in link.label_text())
    qtbot.mouseClick(family, Qt.MouseButton.LeftButton)
    assert editor.current_section() == "subject"
    assert editor.focusWidget() is editor.page("subject").ui.familyNameEdit


def test_victims_answer_the_marac_facts_and_show_as_a_cross_reference(editor, qtbot):
    referral = Referral()
    referral.domestic_abuse.marac_cases = [
        MaracCase(reference="MARAC/26/1", hearing_date=dt.date(2026, 6, 1), repeat=True)
    ]
    referral.domestic_abuse.victims = [
        VictimRecord(label="V1", dash_score=16, marac_last_heard=dt.date(2026, 6, 1))
    ]
    referral.risk.sex_offender_notification = True
    editor.open_referral(referral)
    lines = [label.text() for label in editor.panel.widget().findChildren(type(editor.ui.titleLabel))]
    marac = next(line for line in lines if line.startswith("MARAC:"))
    assert "MARAC/26/1 heard 01/06/2026 (repeat)" in marac
    assert "victim 1 (V1): DASH score 16, heard 01/06/2026" in marac
    assert "MAPPA leads offender management; MARAC keeps the victim's safety plan" in marac
    assert "marac_link" in editor.panel.prompt_buttons
    # A single-victim fact is answered with the victims: going to it puts the cursor on their list.
    editor.go_to_fact("marac_last_heard")
    assert editor.current_section() == "domestic_abuse"
    victims = editor.page("domestic_abuse").victims
    assert editor.focusWidget() is victims.list


def test_a_local_rfg_score_is_kept_with_its_source_and_no_band(editor, qtbot):
    type_into(qtbot, editor, "domestic_abuse.rfg_score.source", "Force analyst")
    editor.flush()
    assert "value" in " ".join(e.message for e in editor.field_errors()) or editor.field_errors()
    type_into(qtbot, editor, "domestic_abuse.rfg_score.value", "42")
    editor.flush()
    score = editor.saved_list[-1].domestic_abuse.rfg_score
    assert (score.value, score.source) == (42, "Force analyst")


def test_the_override_dialog_needs_a_different_outcome_and_a_rationale(qtbot):
    _application()
    dialog = OverrideDialog(3, 2)
    qtbot.addWidget(dialog)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert "different from the aid" in dialog.ui.errorLabel.text() and dialog.choice is None
    dialog.ui.levelCombo.setCurrentIndex(dialog.ui.levelCombo.findData(3))
    dialog.ui.rationaleEdit.setPlainText("Disagree")
    save.click()
    assert "at least 20 characters" in dialog.ui.errorLabel.text() and dialog.choice is None
    dialog.ui.rationaleEdit.setPlainText("Escalating risk needs senior oversight")
    save.click()
    assert (dialog.choice.category, dialog.choice.level) == (None, 3)
    assert _unnamed_interactive(dialog) == []


def test_an_override_can_be_withdrawn(qtbot):
    create_application()
    current = Override(
        aid_level=2, level=3, rationale="x" * 25, actor="a", at=dt.datetime(2026, 1, 1), rule_pack_version="1"
    )
    dialog = OverrideDialog(3, 2, current)
    qtbot.addWidget(dialog)
    assert dialog.ui.rationaleEdit.toPlainText() == "x" * 25
    dialog.remove_button.click()
    assert dialog.choice.remove


def test_the_acknowledge_dialog_returns_the_note(qtbot):
    _application()
    dialog = AcknowledgeDialog("Consider a MARAC referral", "earlier note")
    qtbot.addWidget(dialog)
    dialog.ui.noteEdit.setPlainText("Referred on 22/11")
    assert dialog.note() == "Referred on 22/11"
    assert _unnamed_interactive(dialog) == []


def test_the_decision_panel_on_its_own(qtbot):
    _application()
    pack = load_pack()
    panel = DecisionPanel()
    qtbot.addWidget(panel)
    panel.show()
    assessment = evaluate(
        pack, Case(as_of=AS_OF, facts=Facts(sex_offender_notification=True, visor_record=False))
    )
    assert panel.show_assessment(assessment, pack)
    assert not panel.show_assessment(assessment, pack)  # nothing changed: not rebuilt
    assert panel.summary["category"] == "Category 1"
    requested = []
    panel.question_requested.connect(requested.append)
    fact = next(iter(panel.still_needed_buttons))
    qtbot.mouseClick(panel.still_needed_buttons[fact], Qt.MouseButton.LeftButton)
    assert requested == [fact]
    acknowledged = []
    panel.prompt_acknowledged.connect(lambda pid, note: acknowledged.append((pid, note)))
    panel.ask_note = lambda text, note: None  # cancelled
    prompt = next(iter(panel.prompt_buttons))
    panel.prompt_buttons[prompt].click()
    assert acknowledged == []
    panel.ask_note = lambda text, note: "done"
    panel.prompt_buttons[prompt].click()
    assert acknowledged == [(prompt, "done")]
    with qtbot.waitSignal(panel.override_requested):
        panel.override_button.click()
    assert _unnamed_interactive(panel) == []


def test_keyboard_moves_between_sections(editor, qtbot):
    editor.show_section("subject", focus=True)
    start = editor.focusWidget()
    qtbot.keyClick(start, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_section() == "offence"
    assert editor.page("offence").isAncestorOf(editor.focusWidget())
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert editor.current_section() == "custody"
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert editor.current_section() == "subject"


def test_every_control_of_every_section_has_an_accessible_name(editor):
    for page in editor.pages():
        editor.show_section(page.section_id)
    assert _unnamed_interactive(editor) == []


def test_re_evaluating_on_an_edit_fits_in_a_frame(editor, qtbot):
    answer(qtbot, editor, "domestic_abuse", True)
    answer(qtbot, editor, "rosh", "high")
    times = []
    for _ in range(15):
        start = time.perf_counter()
        editor.reevaluate()
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 1 / 60


def test_a_fact_worked_out_from_other_fields_says_so_at_its_question(editor, qtbot):
    referral = Referral()
    referral.custody.order_end_date = dt.date(2028, 1, 1)
    editor.open_referral(referral)
    widget = question(editor, "licence_or_order_active")
    assert not widget.isHidden()
    assert widget.value() is None  # nothing stored as the answer
    assert "From other answers in this referral: Yes" in widget.worked_out.text()
    answer(qtbot, editor, "licence_or_order_active", False)
    assert widget.worked_out.isHidden()


def test_a_read_only_panel_records_nothing(qtbot):
    _application()
    pack = load_pack()
    panel = DecisionPanel()
    qtbot.addWidget(panel)
    facts = Facts(sex_offender_notification=True, visor_record=False)
    panel.show_assessment(evaluate(pack, Case(as_of=AS_OF, facts=facts)), pack, allow_override=False)
    assert panel.override_button is None and panel.prompt_buttons == {}
    assert panel.findChild(type(panel.widget()), "prompt_visor_record") is not None
