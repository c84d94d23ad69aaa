"""The victims editor (policy version 2), driven as a person would: buttons clicked, answers typed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from mappa_desktop.core.facts import Case, Facts, Victim
from mappa_desktop.core.rules import evaluate, load_pack
from mappa_desktop.gui.editor.victims import VictimsEditor


@pytest.fixture
def editor(qtbot):
    widget = VictimsEditor(load_pack())
    qtbot.addWidget(widget)
    widget.resize(900, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def type_number(qtbot, edit, number):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, str(number), delay=5)


def choose(qtbot, combo, text):
    combo.setFocus()
    while combo.currentText() != text:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_two_victims_answered_one_by_one_give_the_victim_prompts_per_victim(qtbot, editor):
    assert editor.victims() == [] and not editor.form_box.isEnabled()
    click(qtbot, editor.add_button)
    assert editor.inputs["label"].hasFocus() and editor.inputs["label"].text() == "V1"
    type_number(qtbot, editor.inputs["dash_score"], 17)
    choose(qtbot, editor.inputs["heard_at_marac"], "Yes")
    date = editor.inputs["marac_last_referred"]
    date.setFocus()
    qtbot.keyClicks(date, "02/03/2026", delay=5)
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    choose(qtbot, editor.inputs["incident_since_marac"], "No")

    click(qtbot, editor.add_button)
    label = editor.inputs["label"]
    label.selectAll()
    qtbot.keyClicks(label, "V-B", delay=5)
    type_number(qtbot, editor.inputs["dash_score"], 15)
    stalking = editor.checks["risk_indicators"]["stalking"]
    stalking.setFocus()
    qtbot.keyClick(stalking, Qt.Key.Key_Space)
    assert not editor.checks["risk_indicators"][None].isChecked()  # a choice clears "Not known"

    victims = editor.victims()
    assert victims == [
        Victim(
            label="V1",
            dash_score=17,
            heard_at_marac=True,
            marac_last_referred=dt.date(2026, 3, 2),
            incident_since_marac=False,
        ),
        Victim(label="V-B", dash_score=15, risk_indicators=["stalking"]),
    ]
    assert [editor.list.item(i).text() for i in range(2)] == ["Victim 1 (V1)", "Victim 2 (V-B)"]
    out = evaluate(load_pack(), Case(as_of=dt.date(2026, 6, 1), facts=Facts(victims=victims)))
    prompts = {p.id: p for p in out.prompts}
    assert prompts["marac_referral"].items == {"victims": [2]}


def test_reorder_and_remove_keep_each_victims_own_answers(qtbot, editor):
    editor.set_victims([Victim(label="V1", dash_score=3), Victim(label="V2", incidents_12m=4)])
    editor.list.setCurrentRow(1)
    click(qtbot, editor.up_button)
    assert [v.label for v in editor.victims()] == ["V2", "V1"]
    assert editor.list.currentRow() == 0 and editor.inputs["incidents_12m"].number() == 4
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    click(qtbot, editor.remove_button)
    assert editor.victims() == [Victim(label="V1", dash_score=3)]
    assert editor.inputs["dash_score"].number() == 3


def test_not_known_stores_nothing_and_a_bad_date_is_not_kept(qtbot, editor):
    editor.set_victims([Victim(label="V1", dash_score=12, marac_last_referred=dt.date(2026, 1, 5))])
    number = editor.inputs["dash_score"]
    number.setFocus()
    qtbot.keyClicks(number, "5", delay=5)  # 125 is over 24: refused, saying what to enter and what is kept
    assert number.text() == "125" and editor.victims()[0].dash_score == 12
    assert editor.error.text() == (
        "Enter the DASH score as a whole number from 0 to 24, like 14. Until then the referral keeps “12”."
    )
    number.selectAll()
    qtbot.keyClick(number, Qt.Key.Key_Delete, delay=5)  # blank: not known
    assert number.number() is None
    date = editor.inputs["marac_last_referred"]
    date.setFocus()
    date.selectAll()
    qtbot.keyClicks(date, "31/02/2026", delay=5)
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert editor.error.isVisible() and editor.error.text().endswith("the referral keeps “05/01/2026”.")
    assert editor.victims() == [Victim(label="V1", marac_last_referred=dt.date(2026, 1, 5))]
    label = editor.inputs["label"]
    label.setFocus()
    label.selectAll()
    qtbot.keyClick(label, Qt.Key.Key_Delete)
    assert editor.victims() == [Victim(marac_last_referred=dt.date(2026, 1, 5))]  # no label needed
    assert editor.list.item(0).text() == "Victim 1"
