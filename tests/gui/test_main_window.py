"""The main window against a real store: drafts list commands, search, autosave and restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mappa_desktop.core.store import Store
from mappa_desktop.gui.autosave import SaveState
from tests.gui.conftest import ACTOR, add_referral


def _names(window) -> list[str]:
    model = window.drafts
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_lists_referrals_with_status_and_last_changed(store, make_window):
    add_referral(store, "Ann", "Jones")
    add_referral(store, "Bob", "Evans", pnc_id="04/0123456B")
    window = make_window(store)
    assert set(_names(window)) == {"Ann Jones", "Bob Evans"}
    row = window.drafts.row_of(store.list_referrals("evans")[0].id)
    assert window.drafts.index(row, 1).data() == "04/0123456B"
    assert window.drafts.index(row, 2).data() == "Draft"
    assert window.drafts.index(row, 3).data()  # a time, e.g. "14:02"
    assert window.ui.draftsCountLabel.text() == "2 referrals"


def test_empty_database_shows_guidance(store, make_window):
    window = make_window(store)
    assert window.ui.draftsStack.currentWidget() is window.ui.draftsEmptyLabel
    assert "Ctrl+N" in window.ui.draftsEmptyLabel.text()
    assert window.ui.editorStack.currentWidget() is window.ui.noReferralPage
    assert not window.ui.deleteButton.isEnabled()


def test_new_referral_opens_in_editor_and_is_stored(store, make_window, qtbot):
    window = make_window(store)
    qtbot.mouseClick(window.ui.newButton, Qt.MouseButton.LeftButton)
    assert store.count() == 1
    assert window.ui.editorStack.currentWidget() is window.ui.editorPage
    assert window.editor.referral().id == store.list_referrals()[0].id
    assert window.ui.draftsView.selectionModel().selectedRows()


def test_open_shows_the_referral(store, make_window):
    add_referral(store, "Ann", "Jones")
    bob = add_referral(store, "Bob", "Evans", pnc_id="04/0123456B")
    window = make_window(store)
    window.select_referral(bob.id)
    page = window.editor.pages()[0]
    assert page.ui.givenNamesEdit.text() == "Bob"
    assert page.ui.pncIdEdit.text() == "04/0123456B"
    assert window.editor.ui.titleLabel.text() == "Bob Evans"


def test_duplicate_makes_a_new_draft_copy(store, make_window):
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)
    window.ui.actionDuplicateReferral.trigger()
    assert store.count() == 2
    assert window.editor.referral().id != ann.id
    assert window.editor.referral().subject.full_name == "Ann Jones"
    assert _names(window) == ["Ann Jones", "Ann Jones"]


def test_delete_asks_first_and_no_keeps_it(store, make_window, question_box):
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)
    question_box.value = QMessageBox.StandardButton.No
    window.ui.deleteButton.click()
    assert "Ann Jones" in question_box.asked[0]
    assert store.count() == 1


def test_delete_confirmed_removes_it(store, make_window, question_box):
    ann = add_referral(store, "Ann", "Jones")
    bob = add_referral(store, "Bob", "Evans")
    window = make_window(store)
    window.select_referral(ann.id)
    window.ui.deleteButton.click()
    assert question_box.asked
    assert [r.id for r in store.list_referrals()] == [bob.id]
    assert _names(window) == ["Bob Evans"]
    assert window.editor.referral().id == bob.id  # the next one is opened


def test_search_filters_by_name_alias_pnc_and_reference(store, make_window, qtbot):
    add_referral(store, "Ann", "Jones", aliases=["Annie Smith"])
    add_referral(store, "Bob", "Evans", pnc_id="04/0123456B", ndelius_crn="X123456")
    add_referral(store, "Cai", "Price", visor_ref="VIS/12/345678")
    window = make_window(store)
    search = window.ui.searchEdit
    for text, expected in (
        ("jones", ["Ann Jones"]),
        ("annie", ["Ann Jones"]),
        ("04/0123456B", ["Bob Evans"]),
        ("X123456", ["Bob Evans"]),
        ("VIS/12", ["Cai Price"]),
    ):
        search.setText(text)
        qtbot.waitUntil(lambda expected=expected: _names(window) == expected, timeout=2000)
    search.setText("nobody-like-this")
    qtbot.waitUntil(lambda: window.ui.draftsStack.currentWidget() is window.ui.draftsEmptyLabel, timeout=2000)
    assert "nobody-like-this" in window.ui.draftsEmptyLabel.text()
    search.clear()
    qtbot.waitUntil(lambda: len(_names(window)) == 3, timeout=2000)


def test_typing_autosaves_and_survives_a_restart(db_path, make_window, qtbot):
    store = Store.open(db_path)
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)
    page = window.editor.pages()[0]
    page.ui.familyNameEdit.setFocus()
    page.ui.familyNameEdit.selectAll()
    qtbot.keyClicks(page.ui.familyNameEdit, "Rhys-Jones")
    qtbot.keyClicks(page.ui.aliasesEdit, "AJ, Annie")
    qtbot.waitUntil(lambda: window.save_status.text().startswith("Saved at"), timeout=3000)
    assert window.editor.ui.saveStateLabel.text().startswith("Saved at")
    assert window.editor.autosaver.state is SaveState.saved
    window.close()
    store.close()

    reopened = Store.open(db_path)
    try:
        second = make_window(reopened)
        second.select_referral(ann.id)
        page2 = second.editor.pages()[0]
        assert page2.ui.familyNameEdit.text() == "Rhys-Jones"
        assert page2.ui.aliasesEdit.text() == "AJ, Annie"
        assert reopened.load(ann.id).subject.aliases == ["AJ", "Annie"]
        assert _names(second) == ["Ann Rhys-Jones"]
    finally:
        reopened.close()


def test_reason_is_saved_and_an_incomplete_referral_cannot_be_marked_ready(store, make_window, qtbot):
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)
    window.editor.show_section("reason")
    reason = window.editor.page("reason").field("reason.reason")
    reason.setFocus()
    qtbot.keyClicks(reason, "Needs police and probation together")
    qtbot.waitUntil(
        lambda: store.load(ann.id).reason.reason == "Needs police and probation together", timeout=3000
    )
    combo = window.editor.ui.statusCombo
    combo.setCurrentIndex(combo.findData("ready"))
    combo.activated.emit(combo.currentIndex())
    assert combo.currentData() == "draft"  # refused: the date of birth and more are still needed
    assert window.editor.current_section() == "check"
    window.editor.flush()
    assert str(store.load(ann.id).status) == "draft"
    assert window.drafts.index(window.drafts.row_of(ann.id), 2).data() == "Draft"


def test_bad_pnc_id_shows_error_at_the_field_and_keeps_the_text(store, make_window, qtbot):
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)
    page = window.editor.pages()[0]
    page.ui.pncIdEdit.setFocus()
    qtbot.keyClicks(page.ui.pncIdEdit, "04/0123456T")
    qtbot.keyClicks(page.ui.givenNamesEdit, "e")  # other fields keep saving
    qtbot.waitUntil(lambda: page.ui.pncIdError.isVisibleTo(page), timeout=3000)
    assert "check letter" in page.ui.pncIdError.text()
    assert page.ui.pncIdEdit.property("invalid") is True
    assert page.ui.pncIdEdit.text() == "04/0123456T"
    # The save runs off the UI thread: the field says what to fix at once, the save state when it is back.
    qtbot.waitUntil(lambda: window.editor.autosaver.state is SaveState.failed, timeout=3000)
    assert window.save_status.text().startswith("Not saved: PNC ID")
    stored = store.load(ann.id)
    assert stored.subject.pnc_id is None
    assert stored.subject.given_names == "Anne"

    page.ui.pncIdEdit.setText("")
    qtbot.keyClicks(page.ui.pncIdEdit, "04/0123456B")
    qtbot.waitUntil(lambda: store.load(ann.id).subject.pnc_id == "04/0123456B", timeout=3000)
    assert not page.ui.pncIdError.isVisibleTo(page)
    qtbot.waitUntil(lambda: window.save_status.text().startswith("Saved at"), timeout=3000)


def test_bad_date_of_birth_is_reported_at_the_field(store, make_window, qtbot):
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)
    page = window.editor.pages()[0]
    page.ui.dateOfBirthEdit.setFocus()
    qtbot.keyClicks(page.ui.dateOfBirthEdit, "31/02/1980")
    qtbot.waitUntil(lambda: page.ui.dateOfBirthError.isVisibleTo(page), timeout=3000)
    assert "not a real date" in page.ui.dateOfBirthError.text()
    page.ui.dateOfBirthEdit.clear()
    qtbot.keyClicks(page.ui.dateOfBirthEdit, "01/03/1980")
    qtbot.waitUntil(lambda: str(store.load(ann.id).subject.date_of_birth) == "1980-03-01", timeout=3000)


def test_store_failure_keeps_typed_text_and_says_why(store, make_window, qtbot, monkeypatch):
    from mappa_desktop.core.store import DiskFull

    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)

    def full(*_args, **_kwargs):
        raise DiskFull(store.path, "last save")

    monkeypatch.setattr(type(store), "save", full)  # the window saves on a connection of its own
    page = window.editor.pages()[0]
    page.ui.ethnicityEdit.setFocus()
    qtbot.keyClicks(page.ui.ethnicityEdit, "White British")
    qtbot.waitUntil(lambda: window.save_status.text().startswith("Not saved:"), timeout=3000)
    assert "disk" in window.save_status.text()
    assert page.ui.ethnicityEdit.text() == "White British"
    assert window.editor.autosaver.dirty

    monkeypatch.undo()
    assert window.editor.flush()
    assert store.load(ann.id).subject.ethnicity == "White British"


def test_closing_saves_pending_changes(store, make_window, qtbot):
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)  # the editor is built when the first referral opens
    window.editor.autosaver._timer.setInterval(60_000)  # only the close can save it
    page = window.editor.pages()[0]
    page.ui.closestLinksEdit.setFocus()
    qtbot.keyClicks(page.ui.closestLinksEdit, "Cardiff")
    assert window.close()
    assert store.load(ann.id).subject.area_of_closest_links == "Cardiff"


def test_lazy_list_fetches_more_on_demand(store, monkeypatch):
    from mappa_desktop.core.sample_data import sample_referrals
    from mappa_desktop.gui import drafts

    monkeypatch.setattr(drafts, "PAGE_SIZE", 10)
    store.add_many(sample_referrals(25, seed=1), actor=ACTOR)
    model = drafts.DraftsModel(store)
    model.reload()
    assert model.rowCount() == 10
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25
    assert len({model.referral_id(row) for row in range(25)}) == 25
    assert not model.canFetchMore()


def test_window_shows_a_page_of_a_large_list_and_says_so(store, make_window, monkeypatch):
    from mappa_desktop.core.sample_data import sample_referrals
    from mappa_desktop.gui import drafts

    monkeypatch.setattr(drafts, "PAGE_SIZE", 50)
    store.add_many(sample_referrals(120, seed=1), actor=ACTOR)
    window = make_window(store)
    assert window.drafts.rowCount() < 120
    assert "of 120 referrals" in window.ui.draftsCountLabel.text()


def test_drafts_model_passes_the_model_tester(store, make_window, qtmodeltester):
    add_referral(store, "Ann", "Jones")
    add_referral(store, "Bob", "Evans")
    window = make_window(store)
    qtmodeltester.check(window.drafts)


def test_editor_is_built_when_the_first_referral_opens(store, make_window):
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    assert window.editor is None  # start-up lists the referrals without paying for the editor
    assert window.close()  # closing with nothing open is fine
    window = make_window(store)
    window.select_referral(ann.id)
    assert window.editor is not None
    assert window.editor.pages()[0].ui.familyNameEdit.text() == "Jones"
