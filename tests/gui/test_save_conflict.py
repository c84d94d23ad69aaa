"""Two windows (two Store instances) on one database: a save refused as a conflict is settled with the
officer, is never retried blindly, and never loses what they typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from mappa_desktop.core.store import Store
from mappa_desktop.core.store.errors import SaveConflict
from mappa_desktop.gui.autosave import Autosaver, SaveState
from mappa_desktop.gui.conflict import ConflictChoice, SaveConflictDialog, describe_other_saves
from tests.gui.conftest import ACTOR, add_referral

OTHER = "other-officer"


@pytest.fixture(autouse=True)
def _private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture
def choose(monkeypatch):
    """Replace the dialog's exec: click the button for ``choice`` (and record each dialog shown)."""
    shown: list[SaveConflictDialog] = []
    answers: list[ConflictChoice] = []

    def fake_exec(dialog):
        shown.append(dialog)
        # Read now: a dialog not kept after the choice is deleted at the next turn of the event loop.
        dialog.seen_details = dialog.ui.detailsView.toPlainText()
        answer = answers.pop(0) if answers else ConflictChoice.later
        button = {
            ConflictChoice.keep_mine: dialog.ui.keepMineButton,
            ConflictChoice.use_other: dialog.ui.useOtherButton,
            ConflictChoice.later: dialog.ui.laterButton,
        }[answer]
        button.click()
        return dialog.result()

    monkeypatch.setattr(SaveConflictDialog, "exec", fake_exec)

    def set_answers(*choices: ConflictChoice) -> list[SaveConflictDialog]:
        answers.extend(choices)
        return shown

    return set_answers


def _two_windows_setup(db_path, make_window, qtbot):
    """A window on store ``mine`` with Ann's referral open; ``theirs`` (a second Store on the same file,
    as a second instance of the app) has since changed her given names."""
    mine = Store.open(db_path)
    theirs = Store.open(db_path)
    ann = add_referral(mine, "Ann", "Jones")
    window = make_window(mine)
    window.select_referral(ann.id)
    other = theirs.load(ann.id)
    other.subject.given_names = "Annette"
    theirs.save(other, actor=OTHER)
    return mine, theirs, ann, window


def _type_family_name(qtbot, window, text="Rhys-Jones"):
    page = window.editor.pages()[0]
    page.ui.familyNameEdit.setFocus()
    page.ui.familyNameEdit.selectAll()
    qtbot.keyClicks(page.ui.familyNameEdit, text)
    return page


def test_keep_my_version_saves_on_top_and_both_versions_stay_in_the_audit_log(
    db_path, make_window, qtbot, choose
):
    mine, theirs, ann, window = _two_windows_setup(db_path, make_window, qtbot)
    try:
        shown = choose(ConflictChoice.keep_mine)
        _type_family_name(qtbot, window)
        qtbot.waitUntil(lambda: window.save_status.text().startswith("Saved at"), timeout=3000)
        assert len(shown) == 1
        details = shown[0].seen_details
        assert OTHER in details and "given names" in details and "Annette" in details

        stored = theirs.load(ann.id)
        assert stored.subject.family_name == "Rhys-Jones"
        assert stored.subject.given_names == "Ann"  # the screen's version, saved on top
        assert stored.revision == 3
        log = mine.audit_log(ann.id)
        theirs_entry = [e for e in log if e.actor == OTHER and e.field == "subject.given_names"]
        mine_entry = [e for e in log if e.actor == ACTOR and e.field == "subject.given_names"]
        assert theirs_entry[0].new == "Annette"  # the other version is kept in the log
        assert mine_entry[-1].old == "Annette" and mine_entry[-1].new == "Ann"
        # Later typing saves normally: the editor now holds the new revision.
        page = window.editor.pages()[0]
        qtbot.keyClicks(page.ui.aliasesEdit, "AJ")
        qtbot.waitUntil(lambda: theirs.load(ann.id).subject.aliases == ["AJ"], timeout=3000)
        assert len(shown) == 1
    finally:
        window.close()
        mine.close()
        theirs.close()


def test_use_the_other_version_reloads_and_keeps_the_typed_text_to_copy(db_path, make_window, qtbot, choose):
    mine, theirs, ann, window = _two_windows_setup(db_path, make_window, qtbot)
    try:
        shown = choose(ConflictChoice.use_other)
        page = _type_family_name(qtbot, window)
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
        qtbot.waitUntil(lambda: window.editor.autosaver.state is SaveState.saved, timeout=3000)
        # The other version is on screen and nothing of ours was written.
        assert page.ui.givenNamesEdit.text() == "Annette"
        assert page.ui.familyNameEdit.text() == "Jones"
        stored = theirs.load(ann.id)
        subject = stored.subject
        assert (subject.given_names, subject.family_name, stored.revision) == ("Annette", "Jones", 2)
        # What was typed is in the "your unsaved changes" box, which stays open to copy from.
        box = window.editor.conflict_dialog
        assert box is shown[0] and box.isVisible()
        assert box.ui.pages.currentWidget() is box.ui.unsavedPage
        text = box.unsaved()
        assert "Rhys-Jones" in text and '"family_name": "Rhys-Jones"' in text
        assert "subject › family name: yours Rhys-Jones; now open Jones" in text
        box.ui.copyButton.click()
        assert "Rhys-Jones" in QGuiApplication.clipboard().text()
        box.close()
        # Editing goes on from the other version without another conflict.
        qtbot.keyClicks(page.ui.aliasesEdit, "AJ")
        qtbot.waitUntil(lambda: theirs.load(ann.id).subject.aliases == ["AJ"], timeout=3000)
        assert len(shown) == 1
    finally:
        window.close()
        mine.close()
        theirs.close()


def test_decide_later_keeps_the_text_on_screen_and_does_not_retry(db_path, make_window, qtbot, choose):
    mine, theirs, ann, window = _two_windows_setup(db_path, make_window, qtbot)
    try:
        shown = choose(ConflictChoice.later)
        page = _type_family_name(qtbot, window)
        qtbot.waitUntil(lambda: window.save_status.text().startswith("Not saved:"), timeout=3000)
        assert "changed in another window" in window.save_status.text()
        autosaver = window.editor.autosaver
        assert autosaver.state is SaveState.failed and autosaver.dirty
        assert not autosaver.retrying  # the same save would be refused every time
        assert page.ui.familyNameEdit.text() == "Rhys-Jones"
        assert theirs.load(ann.id).subject.family_name == "Jones"
        # The next change asks again; this time the officer keeps theirs.
        choose(ConflictChoice.keep_mine)
        qtbot.keyClicks(page.ui.aliasesEdit, "AJ")
        qtbot.waitUntil(lambda: theirs.load(ann.id).subject.family_name == "Rhys-Jones", timeout=3000)
        assert len(shown) == 2
        assert theirs.load(ann.id).subject.aliases == ["AJ"]
    finally:
        window.close()
        mine.close()
        theirs.close()


def test_leaving_the_referral_during_a_conflict_asks_which_version(db_path, make_window, qtbot, choose):
    mine, theirs, ann, window = _two_windows_setup(db_path, make_window, qtbot)
    try:
        shown = choose(ConflictChoice.use_other)
        window.editor.autosaver._timer.setInterval(60_000)  # only the switch saves
        _type_family_name(qtbot, window)
        bob = add_referral(mine, "Bob", "Smith")
        window.reload_drafts()
        window.select_referral(bob.id)
        assert len(shown) == 1
        assert "Rhys-Jones" in window.editor.conflict_dialog.unsaved()
        assert window.editor.referral().id == bob.id
        window.editor.conflict_dialog.close()
    finally:
        window.close()
        mine.close()
        theirs.close()


def test_autosaver_does_not_retry_a_conflict(qtbot):
    calls = []

    def save():
        calls.append(1)
        raise SaveConflict("abc", 1, 2)

    autosaver = Autosaver(save, delay_ms=1)
    autosaver.schedule()
    assert not autosaver.flush()
    assert autosaver.state is SaveState.failed and autosaver.dirty
    assert not autosaver.retrying
    assert "saved elsewhere" in autosaver.text


def test_dialog_keyboard_and_accessible_names(qtbot):
    dialog = SaveConflictDialog("At 10:00 by someone", "Ann Jones")
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert "Ann Jones" in ui.headingLabel.text()
    buttons = (ui.keepMineButton, ui.useOtherButton, ui.laterButton)
    for button in (*buttons, ui.copyButton, ui.closeButton):
        assert button.accessibleName()
        assert not button.isDefault() and not button.autoDefault()  # a stray Enter chooses nothing
    assert [b.text() for b in buttons] == ["&Keep my version", "&Use the other version", "Decide &later"]
    assert ui.detailsView.hasFocus() or dialog.focusWidget() is ui.detailsView
    assert ui.detailsView.accessibleName() and ui.unsavedEdit.accessibleName()
    # Tab moves from the details through the choices in reading order.
    order = [ui.detailsView]
    widget = ui.detailsView
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[1:] == list(buttons)
    # Esc means "Decide later".
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is ConflictChoice.later


def test_details_name_who_and_when_newest_first(db_path):
    with Store.open(db_path) as first, Store.open(db_path) as second:
        ann = add_referral(first, "Ann", "Jones")
        copy = second.load(ann.id)
        copy.subject.family_name = "Smith"
        second.save(copy, actor=OTHER)
        copy.subject.pnc_id = None
        copy.subject.given_names = "Annie"
        second.save(copy, actor="third")
        text = describe_other_saves(first.audit_log(ann.id), 1, 3, ACTOR)
    assert "2 time(s)" in text
    assert text.index("third") < text.index(OTHER)
    assert "subject › given names: Ann → Annie" in text
    assert "subject › family name: Jones → Smith" in text
