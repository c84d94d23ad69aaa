"""A whole Category 3 domestic-abuse referral through the window, from a blank draft to ready, and back
after a restart: answering questions, watching the panel change, acknowledging, overriding."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from mappa_desktop.core.referral import VictimRecord
from mappa_desktop.core.store import Store
from mappa_desktop.gui.editor.dialogs import OfficerChoice
from tests.gui.conftest import ACTOR
from tests.gui.editor.helpers import add_victim, answer, answer_victim, question, type_into, victims_editor

YES_ELIGIBLE = "Yes: at least one MAPPA category is met."  # core.wording, as every surface says it

RATIONALE = "Strangulation and threats to kill: senior oversight is needed to protect the new partner"


def test_a_category_3_domestic_abuse_referral_from_blank_to_ready_and_back(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window = make_window(store)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor = window.editor
        referral_id = editor.referral().id
        panel = editor.panel
        assert panel.summary["category"] == "Not yet known."
        assert editor.states["subject"].value == "not_started"

        # Subject details: personal details from the referral model.
        type_into(qtbot, editor, "subject.given_names", "Daniel")
        type_into(qtbot, editor, "subject.family_name", "Price")
        type_into(qtbot, editor, "subject.date_of_birth", "12/04/1988")
        assert editor.states["subject"].value == "complete"

        # Ctrl+PgDown moves to the next section.
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert editor.current_section() == "offence"
        type_into(qtbot, editor, "offence.description", "ABH on a partner, non-fatal strangulation")
        answer(qtbot, editor, "offence_class", "specified_violent")
        answer(qtbot, editor, "finding", "convicted")
        answer(qtbot, editor, "outcome", "community_order")
        # A community order cannot make Category 2: the custody and licence questions stop being asked.
        assert question(editor, "custody_months").isHidden()
        answer(qtbot, editor, "serious_harm_offence", True)

        for fact in ("sex_offender_notification", "ct_notification", "terrorism_risk"):
            answer(qtbot, editor, fact, False)
        assert panel.summary["eligibility"] == "Not yet known: more answers are needed."
        answer(qtbot, editor, "rosh", "high")

        # Domestic abuse: the Category 3 prompt appears as soon as the signals are there.
        answer(qtbot, editor, "domestic_abuse", True)
        assert "cat3_domestic_abuse" in panel.prompt_buttons
        # The victims are asked one by one: a DASH of 17 for the first settles the high-risk signal.
        add_victim(qtbot, editor)
        answer_victim(qtbot, editor, "dash_score", 17)
        marac = panel.widget().findChild(QWidget, "prompt_marac_referral")
        assert marac is not None and "Victim 1 (V1): visible high risk" in " ".join(
            label.text() for label in marac.findChildren(QLabel)
        )

        # Still needed: the link goes to the question and puts the cursor in it.
        assert "multi_agency_management_needed" in panel.still_needed_buttons
        qtbot.mouseClick(
            panel.still_needed_buttons["multi_agency_management_needed"], Qt.MouseButton.LeftButton
        )
        assert editor.current_section() == "reason"
        target = question(editor, "multi_agency_management_needed")
        assert target.isAncestorOf(editor.focusWidget())

        answer(qtbot, editor, "multi_agency_management_needed", True)
        assert panel.summary["category"] == "Category 3"
        answer(qtbot, editor, "senior_oversight_needed", False)
        answer(qtbot, editor, "high_public_interest", False)
        assert panel.summary == {"eligibility": YES_ELIGIBLE, "category": "Category 3", "level": "Level 2"}
        assert not panel.still_needed_buttons

        # Every outcome opens to its explanation: criteria, facts behind them and guidance cited.
        qtbot.mouseClick(panel.outcome_buttons["category"], Qt.MouseButton.LeftButton)
        explanation = panel.explanations["category"]
        assert explanation.isVisible()
        assert "Category 3" in explanation.text() and "(answer: High)" in explanation.text()
        assert "Guidance cited" in explanation.text() and "http" in explanation.text()

        type_into(qtbot, editor, "reason.reason", "High risk to partners; MARAC alone cannot manage him")
        type_into(qtbot, editor, "referrer.name", "Sam Hughes")

        # Acknowledge the domestic-abuse prompt with a note.
        panel.ask_note = lambda text, note: "Referred to MAPPA as Category 3"
        qtbot.mouseClick(panel.prompt_buttons["cat3_domestic_abuse"], Qt.MouseButton.LeftButton)

        # The officer records Level 3 with a rationale.
        editor.ask_override = lambda category, level, current: OfficerChoice(None, 3, RATIONALE)
        qtbot.mouseClick(panel.override_button, Qt.MouseButton.LeftButton)
        assert "The officer's decision: Level 3" in " ".join(
            label.text() for label in panel.widget().findChildren(type(explanation))
        )

        # Check your answers, then mark ready to send.
        editor.show_section("check")
        check = editor.page("check")
        assert check.ui.errorSummary.isHidden()
        qtbot.mouseClick(check.ui.readyButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: str(store.load(referral_id).status) == "ready", timeout=3000)

        saved = store.load(referral_id)
        override = saved.decision.override
        assert (override.aid_category, override.aid_level, override.category, override.level) == (
            3,
            2,
            None,
            3,
        )
        assert override.rationale == RATIONALE and override.actor == ACTOR
        assert override.rule_pack_version == editor.pack.version
        ack = saved.decision.acknowledgement("cat3_domestic_abuse")
        assert ack.note == "Referred to MAPPA as Category 3" and ack.actor == ACTOR
        audited = {entry.field for entry in store.audit_log(referral_id)}
        assert {
            "decision.override.level",
            "decision.override.rationale",
            "decision.acknowledged_prompts",
        } <= audited
        window.close()

    # After a restart the referral is still there, with the same advice, decision and acknowledgement.
    with Store.open(db_path) as store:
        again = make_window(store)
        again.select_referral(referral_id)
        panel = again.editor.panel
        assert panel.summary == {"eligibility": YES_ELIGIBLE, "category": "Category 3", "level": "Level 2"}
        assert panel.prompt_buttons["cat3_domestic_abuse"].text() == "Change the note…"
        assert panel.override_button.text() == "Change decision…"
        assert again.editor.ui.statusCombo.currentData() == "ready"
        assert again.editor.page("subject").ui.familyNameEdit.text() == "Price"
        assert saved.domestic_abuse.victims == [VictimRecord(label="V1", dash_score=17)]
        assert victims_editor(again.editor).inputs["dash_score"].number() == 17
