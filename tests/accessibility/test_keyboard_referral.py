"""A whole referral with the keyboard alone: Ctrl+N, typing, Tab, arrows and Space through every section,
a victim added with a key, Check your answers, "ready to send", then the summary preview and the referral
package saved through the file chooser, typed into. Asserts what the STORE and the saved PACKAGE hold.

Widgets are looked up only to know where the focus should arrive; every act is a key press."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit

from mappa_desktop.core.package import read_package
from mappa_desktop.core.referral.bindings import BINDINGS
from mappa_desktop.core.store import Store
from tests.accessibility.keys import Key, choose, press, tab_to
from tests.gui.conftest import db_path, make_window  # noqa: F401 - fixtures

YES_ELIGIBLE = "Yes: at least one MAPPA category is met."  # core.wording, as every surface says it

CTRL = Qt.KeyboardModifier.ControlModifier


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text, delay=2)
    QApplication.processEvents()


def _field(qtbot, widget, text: str) -> None:
    """Tab to a text field, select what it holds, type over it."""
    tab_to(qtbot, widget, limit=200)
    press(qtbot, Key.Key_A, CTRL)
    _type(qtbot, text)


def _answer(qtbot, editor, fact, value) -> None:
    """Answer a rule-pack question with keys: a radio group by arrows and Space, a drop-down by arrows, a
    number by typing."""
    _go(qtbot, editor, BINDINGS[fact].section)
    widget = editor.page(BINDINGS[fact].section).questions.widgets[fact]
    assert widget.isVisible(), f"the question for {fact} is not on show"
    if widget._buttons is not None:
        target = next(
            b
            for b in widget._buttons.buttons()
            if (b.property("answer") is value if isinstance(value, bool) else b.property("answer") == value)
        )
        choose(qtbot, widget._buttons, target)
    elif isinstance(widget.input, QComboBox):
        combo = widget.input
        tab_to(qtbot, combo, limit=200)
        for _ in range(combo.count()):
            if combo.currentData() == value:
                break
            press(qtbot, Key.Key_Down)
        assert combo.currentData() == value
    else:
        assert isinstance(widget.input, QLineEdit)
        _field(qtbot, widget.input, str(value))
    qtbot.wait(30)  # the page saves and the panel refreshes, as between a person's answers


def _back_to(qtbot, window) -> None:
    """A dialog closed: the window system gives the keyboard back to the window under it (the offscreen
    platform the tests run on does not, so the test does what a window manager does)."""
    if QApplication.activeWindow() is None:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=3000)


def _go(qtbot, editor, section: str) -> None:
    """Ctrl+Page Down / Ctrl+Page Up to ``section``."""
    order = [page.section_id for page in editor.pages()]
    for _ in range(len(order)):
        here = editor.current_section()
        if here == section:
            return
        forward = order.index(section) > order.index(here)
        press(qtbot, Key.Key_PageDown if forward else Key.Key_PageUp, CTRL)
    assert editor.current_section() == section


def test_a_whole_referral_by_keyboard_alone_is_stored_ready_and_saved_as_a_package(
    db_path, make_window, qtbot, tmp_path  # noqa: F811 - the fixtures above
):
    with Store.open(db_path) as store:
        window = make_window(store)
        press(qtbot, Key.Key_N, CTRL)
        editor = window.editor
        rid = editor.referral().id
        subject = editor.page("subject").ui
        _field(qtbot, subject.givenNamesEdit, "Daniel")
        _field(qtbot, subject.familyNameEdit, "Price")
        _field(qtbot, editor.page("subject").field("subject.date_of_birth"), "12/04/1988")
        press(qtbot, Key.Key_Tab)

        _go(qtbot, editor, "offence")
        _field(qtbot, editor.page("offence").field("offence.description"), "ABH on a partner")
        for fact, value in (
            ("offence_class", "specified_violent"),
            ("finding", "convicted"),
            ("outcome", "community_order"),
            ("serious_harm_offence", True),
            ("sex_offender_notification", False),
            ("ct_notification", False),
            ("terrorism_risk", False),
        ):
            _answer(qtbot, editor, fact, value)

        _answer(qtbot, editor, "rosh", "high")

        _answer(qtbot, editor, "domestic_abuse", True)
        victims = editor.page("domestic_abuse").victims
        tab_to(qtbot, victims.add_button, limit=200)
        press(qtbot, Key.Key_Space)  # the new victim's label has the cursor
        _type(qtbot, "V1")
        _field(qtbot, victims.inputs["dash_score"], "17")
        press(qtbot, Key.Key_Tab)

        for fact, value in (
            ("multi_agency_management_needed", True),
            ("senior_oversight_needed", False),
            ("high_public_interest", False),
        ):
            _answer(qtbot, editor, fact, value)
        _go(qtbot, editor, "reason")
        _field(qtbot, editor.page("reason").field("reason.reason"), "High risk to partners")
        _go(qtbot, editor, "agencies")
        _field(qtbot, editor.page("agencies").field("referrer.name"), "Sam Hughes")
        press(qtbot, Key.Key_Tab)
        assert editor.panel.summary == {
            "eligibility": YES_ELIGIBLE,
            "category": "Category 3",
            "level": "Level 2",
        }

        # The category and level referred under: the panel's decision button, then "Use the aid's outcome"
        # in the dialog, each reached with Tab and pressed with Space.
        _go(qtbot, editor, "check")
        used: list[bool] = []

        def use_the_aids_outcome() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:  # not open yet: look again shortly, as a person waits for it
                QTimer.singleShot(50, use_the_aids_outcome)
                return
            tab_to(qtbot, dialog.use_aid_button)
            press(qtbot, Key.Key_Space)
            used.append(True)

        tab_to(qtbot, editor.panel.override_button, limit=300)
        QTimer.singleShot(50, use_the_aids_outcome)
        press(qtbot, Key.Key_Space)
        qtbot.waitUntil(lambda: used == [True], timeout=5000)
        _back_to(qtbot, window)

        # Check your answers: Tab to "ready to send", Space.
        check = editor.page("check").ui
        tab_to(qtbot, check.readyButton, limit=300)
        press(qtbot, Key.Key_Space)
        qtbot.waitUntil(lambda: str(store.load(rid).status) == "ready", timeout=3000)

        # The preview, then Ctrl+Shift+S and the file chooser: type the name, Return.
        tab_to(qtbot, check.previewButton, limit=200)
        press(qtbot, Key.Key_Space)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is not window, timeout=5000)
        target = tmp_path / "price.mappa.json"
        typed: list[str] = []

        def type_the_name() -> None:
            chooser = QApplication.activeModalWidget()
            if not isinstance(chooser, QFileDialog):  # not open yet
                QTimer.singleShot(50, type_the_name)
                return
            name = QApplication.focusWidget()
            if name is None or not chooser.isAncestorOf(name):  # the window system gives it the keyboard
                chooser.activateWindow()
                QTimer.singleShot(50, type_the_name)
                return
            assert isinstance(name, QLineEdit)  # the chooser opens with the cursor in the file name
            qtbot.keyClick(name, Key.Key_A, CTRL)
            qtbot.keyClicks(name, str(target))
            typed.append(str(target))
            qtbot.keyClick(name, Key.Key_Return)

        QTimer.singleShot(50, type_the_name)
        press(qtbot, Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(target.exists, timeout=5000)
        assert typed == [str(target)]
        _back_to(qtbot, QApplication.activeModalWidget() or window)

        stored = store.load(rid)
        package = read_package(target).referral
        for referral in (stored, package):
            assert (referral.subject.given_names, referral.subject.family_name) == ("Daniel", "Price")
            assert str(referral.subject.date_of_birth) == "1988-04-12"
            assert [(v.label, v.dash_score) for v in referral.domestic_abuse.victims] == [("V1", 17)]
            assert referral.referrer.name == "Sam Hughes"
            assert str(referral.status) == "ready"
            assert (referral.reason.category, referral.reason.level) == (3, 2)  # referred under, as the aid
        qtbot.waitUntil(lambda: window.operations.idle, timeout=5000)  # recorded off the UI thread
        assert store.list_referrals()[0].exported_at is not None
