"""A refused date is shown in red with its message AT the field, and nothing is stored."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mappa_desktop.core.store import Store
from tests.gui.editor.helpers import new_referral, type_like_a_person

SHOTS = os.environ.get("MAPPA_SHOTS")


def test_a_future_date_of_birth_typed_with_real_keys_is_refused_at_the_field(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window = make_window(store)
        editor, rid = new_referral(window, qtbot)
        page = editor.page("subject")
        field = page.ui.dateOfBirthEdit
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        assert QApplication.focusWidget() is field
        future = (dt.date.today() + dt.timedelta(days=400)).strftime("%d/%m/%Y")
        type_like_a_person(qtbot, future, delay_ms=40)
        qtbot.keyClick(field, Qt.Key.Key_Return)  # Return checks the date where it is typed
        qtbot.wait(300)  # longer than the autosave delay: what a person sees once it settles
        assert page.ui.dateOfBirthError.isVisible()
        qtbot.keyClick(field, Qt.Key.Key_Tab)  # and leaving the field keeps the message
        qtbot.wait(300)

        error = page.ui.dateOfBirthError
        assert error.isVisible()
        assert error.text() == "Enter a date of birth in the past"
        assert field.property("invalid") is True
        assert field.text() == future  # what was typed stays, to correct
        # The message is next to the field: directly below it, in the same box.
        assert error.parentWidget() is field.parentWidget()
        field_bottom = field.mapTo(page, field.rect().bottomLeft()).y()
        below = error.mapTo(page, error.rect().topLeft()).y() - field_bottom
        assert 0 <= below < 3 * field.height()
        assert store.load(rid).subject.date_of_birth is None
        if SHOTS:
            page.grab().save(os.path.join(SHOTS, "date-of-birth-in-the-future.png"))

        field.setFocus()
        field.selectAll()
        type_like_a_person(qtbot, "02/03/1985", delay_ms=40)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        editor.flush()
        qtbot.waitUntil(lambda: store.load(rid).subject.date_of_birth == dt.date(1985, 3, 2), timeout=3000)
        assert not error.isVisible()
