"""The domestic-abuse page asks victim by victim (decision policy version 2). Driven with key presses and
clicks; what is asserted is what the store holds, the package exported and the summary text."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel

from mappa_desktop.core.referral import Referral, VictimRecord
from mappa_desktop.core.store import Store
from mappa_desktop.export.service import export_to_file, prepare
from tests.gui.editor.helpers import add_victim, answer, answer_victim, victims_editor

FIXTURES = Path(__file__).parents[2] / "fixtures" / "v1"


def _press(qtbot, button):
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space, delay=5)


def _new_referral(qtbot, make_window, store):
    """A window on ``store`` with a new referral (Ctrl+N): the window, its editor, the referral's id."""
    window = make_window(store)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return window, window.editor, window.editor.referral().id


def _stored(store, referral_id) -> Referral:
    return store.load(referral_id)


def test_two_victims_are_added_answered_reordered_and_removed_and_stored_one_by_one(
    db_path, make_window, qtbot, tmp_path
):
    with Store.open(db_path) as store:
        window, editor, referral_id = _new_referral(qtbot, make_window, store)
        answer(qtbot, editor, "domestic_abuse", True)

        victims = add_victim(qtbot, editor)
        assert victims.inputs["label"].hasFocus() and victims.inputs["label"].text() == "V1"
        answer_victim(qtbot, editor, "dash_score", 16)
        answer_victim(qtbot, editor, "dash_date", "02/04/2026")
        answer_victim(qtbot, editor, "heard_at_marac", True)
        answer_victim(qtbot, editor, "marac_last_referred", "01/05/2026")
        answer_victim(qtbot, editor, "marac_last_heard", "10/05/2026")
        answer_victim(qtbot, editor, "incident_since_marac", True)

        add_victim(qtbot, editor)
        label = victims.inputs["label"]
        qtbot.wait(20)  # the focus settles
        label.selectAll()
        qtbot.keyClicks(label, "V-B", delay=5)
        answer_victim(qtbot, editor, "incidents_12m", 4)
        answer_victim(qtbot, editor, "risk_indicators", ["stalking"])
        editor.flush()
        saved = _stored(store, referral_id).domestic_abuse.victims
        assert saved == [
            VictimRecord(
                label="V1",
                dash_score=16,
                dash_date=dt.date(2026, 4, 2),
                heard_at_marac=True,
                marac_last_referred=dt.date(2026, 5, 1),
                marac_last_heard=dt.date(2026, 5, 10),
                incident_since_marac=True,
            ),
            VictimRecord(label="V-B", incidents_12m=4, risk_indicators=["stalking"]),
        ]
        # The panel's MARAC prompts name the victims they are about.
        texts = {
            name: " ".join(editor.panel._prompts.get(name, "").split()) for name in editor.panel._prompts
        }
        assert "Victim 2 (V-B): potential escalation" in texts["marac_referral"]
        assert "Victim 1 (V1): the last MARAC referral" in texts["marac_repeat"]

        # Reorder: V-B first, from the keyboard; then remove V1.
        _press(qtbot, victims.up_button)
        editor.flush()
        assert [v.label for v in _stored(store, referral_id).domestic_abuse.victims] == ["V-B", "V1"]
        victims.list.setFocus()
        qtbot.keyClick(victims.list, Qt.Key.Key_Down, delay=5)
        assert victims.inputs["dash_score"].number() == 16  # V1's own answers travelled with her
        _press(qtbot, victims.remove_button)
        editor.flush()
        stored = _stored(store, referral_id)
        assert stored.domestic_abuse.victims == [
            VictimRecord(label="V-B", incidents_12m=4, risk_indicators=["stalking"])
        ]
        # What leaves the editor follows the victims: the summary text and the package.
        text = tmp_path / "summary.txt"
        export_to_file(prepare(stored, as_of=dt.date(2026, 11, 20)), "text", text, overwrite=False)
        assert "Victim 1 (V-B)" in text.read_text() and "MARAC criteria met" in text.read_text()
        package = tmp_path / "referral.mappa.json"
        export_to_file(prepare(stored, as_of=dt.date(2026, 11, 20)), "json", package, overwrite=False)
        document = json.loads(package.read_text())
        (victim,) = document["facts"]["victims"]
        assert {k: v for k, v in victim.items() if v is not None} == {
            "label": "V-B",
            "incidents_12m": 4,
            "risk_indicators": ["stalking"],
        }
        assert [p["victims"] for p in document["assessment"]["prompts"] if p["id"] == "marac_referral"] == [
            [1]
        ]
        window.close()


def test_check_your_answers_lists_each_victim_with_a_change_link_to_them(db_path, make_window, qtbot):
    referral = Referral()
    referral.domestic_abuse.domestic_abuse = True
    referral.domestic_abuse.victims = [
        VictimRecord(label="V1", dash_score=3),
        VictimRecord(label="V2", assessed_high_risk=True),
    ]
    with Store.open(db_path) as store:
        store.new_referral(referral, actor="test")
        window = make_window(store)
        window.select_referral(referral.id)
        editor = window.editor
        editor.show_section("check")
        check = editor.page("check")
        names = [button.accessibleName() for button in check.victim_buttons]
        assert names == ["Change Victim 1 (V1)", "Change Victim 2 (V2)"]
        answers = [w.text() for w in check._answer_widgets if w.accessibleName() == "Answers: Victim 2 (V2)"]
        assert "Consider a MARAC referral: professional judgement" in answers[0]
        button = check.victim_buttons[1]
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space, delay=5)
        assert editor.current_section() == "domestic_abuse"
        victims = victims_editor(editor)
        assert victims.list.currentRow() == 1
        assert victims.isAncestorOf(QApplication.focusWidget())
        window.close()


def test_contradicting_answers_are_shown_at_the_victim_kept_and_block_ready(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window, editor, referral_id = _new_referral(qtbot, make_window, store)
        add_victim(qtbot, editor)
        later = (dt.date.today() + dt.timedelta(days=30)).strftime("%d/%m/%Y")
        answer_victim(qtbot, editor, "marac_last_referred", later)
        editor.flush()
        editor.reevaluate()
        victims = victims_editor(editor)
        assert victims.problem.isVisible() and "is after the assessment date" in victims.problem.text()
        assert editor.states["domestic_abuse"].value == "has_problems"
        messages = [b.message for b in editor.blockers if b.field.startswith("domestic_abuse.victims.0")]
        assert messages and messages[0].startswith("Check the date of the last MARAC referral")
        # Kept as typed (the person fixes it; nothing is silently dropped), and never evaluated silently.
        assert _stored(store, referral_id).domestic_abuse.victims[0].marac_last_referred is not None
        window.close()


def test_a_version_1_draft_opens_in_the_editor_with_its_victim_as_victim_1(tmp_path, make_window, qtbot):
    path = tmp_path / "referrals.sqlite"
    shutil.copy(FIXTURES / "referrals-v1.sqlite", path)
    with Store.open(path) as store:
        window = make_window(store)
        window.select_referral("1" * 32)
        editor = window.editor
        victims = victims_editor(editor)
        assert [victims.list.item(i).text() for i in range(victims.list.count())] == ["Victim 1"]
        assert victims.inputs["dash_score"].number() == 16
        # Editing it stores the new shape, the answers unchanged.
        answer_victim(qtbot, editor, "assessed_high_risk", True)
        editor.flush()
        (victim,) = store.load("1" * 32).domestic_abuse.victims
        assert (victim.dash_score, victim.incidents_12m, victim.marac_last_heard) == (
            16,
            2,
            dt.date(2026, 5, 10),
        )
        assert victim.assessed_high_risk is True
        window.close()


def test_the_wheel_over_an_unfocused_victim_answer_does_not_change_it(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window, editor, _ = _new_referral(qtbot, make_window, store)
        victims = add_victim(qtbot, editor)
        answer_victim(qtbot, editor, "heard_at_marac", True)
        combo = victims.inputs["heard_at_marac"]
        victims.inputs["label"].setFocus()
        qtbot.wait(20)
        centre = combo.rect().center()
        for turn in (120, -120, -120):
            event = QWheelEvent(
                QPointF(centre),
                QPointF(combo.mapToGlobal(centre)),
                QPoint(0, 0),
                QPoint(0, turn),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QApplication.sendEvent(combo, event)
        editor.flush()
        assert combo.currentText() == "Yes"
        assert store.load(editor.referral().id).domestic_abuse.victims[0].heard_at_marac is True
        window.close()


def test_each_victim_is_asked_only_what_could_still_change_advice_about_them(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window, editor, _ = _new_referral(qtbot, make_window, store)
        victims = add_victim(qtbot, editor)
        assert not victims.inputs["risk_indicators"].isHidden()  # a new victim: every question
        answer_victim(qtbot, editor, "dash_score", 16)  # visible high risk: a MARAC criterion is met
        # The other criteria cannot change the advice now; her MARAC history still can.
        assert victims.inputs["risk_indicators"].isHidden()
        assert victims.inputs["assessed_high_risk"].isHidden()
        assert not victims.inputs["marac_last_referred"].isHidden()
        assert not victims.inputs["dash_score"].isHidden()  # an answer is never hidden
        # A second victim is asked everything: the first victim's answers never settle hers.
        add_victim(qtbot, editor)
        editor.reevaluate()
        assert not victims.inputs["risk_indicators"].isHidden()
        assert not victims.inputs["assessed_high_risk"].isHidden()
        window.close()


def test_the_panel_says_when_a_case_is_judged_under_rules_newer_than_its_date(qtbot):
    from mappa_desktop.gui.editor import build_editor

    editor = build_editor(lambda referral: None, delay_ms=10, actor="pc.jones", as_of=dt.date(2026, 11, 22))
    qtbot.addWidget(editor)
    editor.show()
    editor.open_referral(Referral())
    notes = [w.text() for w in editor.panel.widget().findChildren(QLabel, "caseNote")]
    assert notes == [
        "Assessed on 22 November 2026 under rules in force from 1 December 2026: the law and guidance then "
        "may have differed."
    ]
