"""Every number question under real keys, fast and at human speed: what is typed is what the STORE holds,
or, when the referral cannot take it (a DASH score of 28), the store keeps the answer from before and the
field says what to enter. Never a different number: the soak benchmark once found "typed 28, stored 8"
and, at human speed, an autosave between the two keys left the "2" of "28" in the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mappa_desktop.core.referral.bindings import BINDINGS, VICTIMS_PATH, read_answer
from mappa_desktop.core.referral.labels import NUMBER_HINTS
from mappa_desktop.core.store import Store
from tests.gui.editor.helpers import add_victim, answer, question, type_like_a_person

# Every integer and decimal question the pack asks (``test_every_number_question_is_covered`` keeps this
# list whole), with the largest answer the referral takes; a victim's are asked victim by victim.
NUMBER_QUESTIONS = {
    "custody_months": 1200,
    "da_incidents_3y": 10_000,
    "da_victims_3y": 10_000,
}
VICTIM_NUMBERS = {"dash_score": 24, "incidents_12m": 10_000}
SPEEDS_MS = (0, 120)  # as fast as keys go, and a person's typing (slower than the autosave delay)


def _number_facts(pack) -> set[str]:
    return {
        fact
        for fact, q in pack.questions.items()
        if q.type in ("integer", "number") and not BINDINGS[fact].derived
    }


def test_every_number_question_is_covered():
    from mappa_desktop.core.rules import load_pack

    pack = load_pack()
    assert _number_facts(pack) == set(NUMBER_QUESTIONS)
    victim = {name for name, q in pack.lists["victims"].fields.items() if q.type in ("integer", "number")}
    assert victim == set(VICTIM_NUMBERS)


def _path(fact: str) -> str:
    return f"{VICTIMS_PATH}.{fact}" if fact in VICTIM_NUMBERS else BINDINGS[fact].path


def _stored_answer(store, rid, fact):
    referral = store.load(rid)
    if fact in VICTIM_NUMBERS:
        return getattr(referral.domestic_abuse.victims[0], fact)
    return read_answer(referral, fact)


def _open_number(qtbot, editor, fact):
    """Bring up the question (answering what it depends on) and put the cursor in it with the mouse;
    the field and the label that shows its refusals."""
    answer(qtbot, editor, "domestic_abuse", True)
    answer(qtbot, editor, "outcome", "custody")
    if fact in VICTIM_NUMBERS:
        victims = add_victim(qtbot, editor)
        edit, error = victims.inputs[fact], victims.error
        editor.page(BINDINGS["domestic_abuse"].section)._reveal(edit)
    else:
        widget = question(editor, fact)
        assert widget.isVisible(), f"the question for {fact} is hidden"
        edit, error = widget.first_input(), widget.error
        editor.page(BINDINGS[fact].section)._reveal(edit)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.rect().center())
    assert QApplication.focusWidget() is edit
    return error, edit


def _replace(qtbot, edit, text: str, delay_ms: int) -> None:
    """Select all, Delete, type: the way the soak benchmark (and a person) replaces a number."""
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.wait(delay_ms)
    type_like_a_person(qtbot, text, delay_ms=delay_ms)


def _settled(qtbot, editor, store, rid, fact):
    """What the store holds once every save the keys asked for has run (the field keeps the cursor)."""
    qtbot.wait(60)  # past the autosave delay
    editor.flush()
    return _stored_answer(store, rid, fact)


@pytest.mark.parametrize("delay_ms", SPEEDS_MS)
@pytest.mark.parametrize("fact", sorted({**NUMBER_QUESTIONS, **VICTIM_NUMBERS}))
def test_a_typed_number_is_stored_or_refused_and_the_earlier_answer_kept(
    db_path, make_window, qtbot, fact, delay_ms
):
    most = {**NUMBER_QUESTIONS, **VICTIM_NUMBERS}[fact]
    whole = fact != "custody_months"
    with Store.open(db_path) as store:
        window = make_window(store)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor, rid = window.editor, window.editor.referral().id
        error, edit = _open_number(qtbot, editor, fact)

        for typed in ("0", str(most), "16"):
            _replace(qtbot, edit, typed, delay_ms)
            stored = _settled(qtbot, editor, store, rid, fact)
            assert stored == int(typed) and isinstance(stored, float) == (not whole), (typed, stored)
            assert not error.isVisible()

        # Past the referral's limit, typed after the earlier answer 16: nothing new is stored, not the "2"
        # or "1" an autosave between keys wrote, and the field says what to enter and what is kept.
        for typed in (str(most + 1), "28" if most < 28 else str(most * 10)):
            _replace(qtbot, edit, typed, delay_ms)
            assert _settled(qtbot, editor, store, rid, fact) == 16, typed
            assert edit.text() == typed  # what the person typed stays in front of them, in red
            assert error.isVisible()
            assert error.text().startswith(NUMBER_HINTS[_path(fact)])
            assert "keeps “16”" in error.text()
            assert QApplication.focusWidget() is edit

        # Leaving the refused answer keeps the earlier one; coming back and fixing it stores the fix.
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert _settled(qtbot, editor, store, rid, fact) == 16
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.rect().center())
        _replace(qtbot, edit, str(most), delay_ms)
        assert _settled(qtbot, editor, store, rid, fact) == most
        assert not error.isVisible()


def test_a_number_past_the_limit_when_nothing_was_stored_keeps_it_not_known(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window = make_window(store)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor, rid = window.editor, window.editor.referral().id
        error, edit = _open_number(qtbot, editor, "dash_score")
        type_like_a_person(qtbot, "26", delay_ms=120)  # the "2" is saved before the "6" comes
        assert _settled(qtbot, editor, store, rid, "dash_score") is None
        assert "keeps it as not known" in error.text()
        editor.autosaver.reset()  # close without the question about the refused number (answered above)


def test_letters_in_a_number_get_the_fields_own_message(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window = make_window(store)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor, rid = window.editor, window.editor.referral().id
        error, edit = _open_number(qtbot, editor, "custody_months")
        type_like_a_person(qtbot, "18m", delay_ms=60)
        assert edit.text() == "18"
        assert error.text().startswith("Enter the custodial term in months, like 18")
        assert _settled(qtbot, editor, store, rid, "custody_months") == 18.0
