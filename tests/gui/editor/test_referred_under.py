"""Defect 6: the category and level the officer refers under is recorded, and what leaves the editor (the
text summary, the PDF, the referral package, the coordinator's queue and the board figures) states it.

The officer is driven with real key presses and clicks; what is asserted is read back from the store, the
exported files and the screening store, not from a widget."""

from __future__ import annotations

import json
import subprocess

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from mappa_desktop.core.screening.figures import board_figures
from mappa_desktop.core.screening.importer import import_packages
from mappa_desktop.core.screening.queue import QueueQuery, queue_keys, queue_rows
from mappa_desktop.core.store import Store
from mappa_desktop.export.service import export_to_file, prepare
from mappa_desktop.gui.editor.dialogs import OverrideDialog
from tests.gui.editor.helpers import add_victim, answer, answer_victim, type_into

YES_ELIGIBLE = "Yes: at least one MAPPA category is met."  # core.wording, as every surface says it

RATIONALE = "Strangulation and threats to kill: senior oversight is needed to protect the new partner"


def _new_category_3_referral(qtbot, window):
    """A new referral (Ctrl+N) with answers that make the aid say Category 3, Level 2, typed and
    clicked as a person does: the window, its editor and the referral's id."""
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    type_into(qtbot, editor, "subject.given_names", "Daniel")
    type_into(qtbot, editor, "subject.family_name", "Price")
    type_into(qtbot, editor, "subject.date_of_birth", "12/04/1988")
    type_into(qtbot, editor, "offence.description", "ABH on a partner, non-fatal strangulation")
    answer(qtbot, editor, "offence_class", "specified_violent")
    answer(qtbot, editor, "finding", "convicted")
    answer(qtbot, editor, "outcome", "community_order")
    answer(qtbot, editor, "serious_harm_offence", True)
    for fact in ("sex_offender_notification", "ct_notification", "terrorism_risk"):
        answer(qtbot, editor, fact, False)
    answer(qtbot, editor, "rosh", "high")
    answer(qtbot, editor, "domestic_abuse", True)
    add_victim(qtbot, editor)
    answer_victim(qtbot, editor, "dash_score", 17)
    answer(qtbot, editor, "multi_agency_management_needed", True)
    answer(qtbot, editor, "senior_oversight_needed", False)
    answer(qtbot, editor, "high_public_interest", False)
    type_into(qtbot, editor, "reason.reason", "High risk to partners; MARAC alone cannot manage him")
    type_into(qtbot, editor, "referrer.name", "Sam Hughes")
    return window, editor, editor.referral().id


def _choose_by_keys(qtbot, combo: QComboBox, data) -> None:
    """Move a focused drop-down to the item holding ``data`` with the arrow keys."""
    combo.window().activateWindow()  # offscreen, the window is not made active again after a dialog
    qtbot.waitUntil(combo.window().isActiveWindow, timeout=2000)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down, delay=20)
    raise AssertionError(f"no item {data!r}")


def _in_the_dialog(qtbot, act) -> list[str]:
    """Run ``act(dialog)`` on the decision dialog once it is open (it is modal: ``exec`` blocks)."""
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OverrideDialog):
            QTimer.singleShot(20, drive)
            return
        seen.append(dialog.windowTitle())
        act(dialog)

    QTimer.singleShot(0, drive)
    return seen


def _level_sought_combo(editor) -> QComboBox:
    editor.show_section("reason")
    return editor.page("reason").field("reason.level_sought")


def test_the_officers_level_3_reaches_the_summary_the_package_the_queue_and_the_figures(
    db_path, make_window, qtbot, tmp_path
):
    with Store.open(db_path) as store:
        window, editor, referral_id = _new_category_3_referral(qtbot, make_window(store))
        # The officer first asks for Level 2 on the form, as the aid recommends...
        _choose_by_keys(qtbot, _level_sought_combo(editor), 2)
        editor.flush()
        assert editor.panel.summary == {
            "eligibility": YES_ELIGIBLE,
            "category": "Category 3",
            "level": "Level 2",
        }

        # ...then Check your answers says the category and level are not recorded yet, and refuses ready.
        editor.show_section("check")
        check = editor.page("check")
        assert not check.ui.errorSummary.isHidden()
        assert any("Record the category and level" in link.label_text() for link in check.problem_links)
        qtbot.mouseClick(check.ui.readyButton, Qt.MouseButton.LeftButton)
        assert str(store.load(referral_id).status) == "draft"

        # The officer records Level 3 of their own, with a rationale, in the decision dialog.
        def decide(dialog: OverrideDialog) -> None:
            _choose_by_keys(qtbot, dialog.ui.levelCombo, 3)
            dialog.ui.rationaleEdit.setFocus()
            qtbot.keyClicks(dialog.ui.rationaleEdit, RATIONALE)
            save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

        seen = _in_the_dialog(qtbot, decide)
        qtbot.mouseClick(check.decision_button, Qt.MouseButton.LeftButton)
        assert seen == ["Record the category and level you refer under"]

        saved = store.load(referral_id)
        assert (saved.reason.category, saved.reason.level, saved.reason.level_sought) == (3, 3, 3)
        override = saved.decision.override
        assert (override.aid_category, override.aid_level, override.level) == (3, 2, 3)
        assert override.rationale == RATIONALE
        # The form's "Level you are referring to" now shows what was recorded, so a save keeps it.
        assert _level_sought_combo(editor).currentData() == 3

        editor.show_section("check")
        assert check.ui.errorSummary.isHidden()
        assert "Category 3, Level 3" in check.referred_label.text()
        qtbot.mouseClick(check.ui.readyButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: str(store.load(referral_id).status) == "ready", timeout=3000)
        as_of = editor.as_of()
        window.close()

        prepared = prepare(store.load(referral_id), as_of=as_of)
        (tmp_path / "inbox").mkdir()
        text_file = export_to_file(prepared, "text", tmp_path / "summary.txt", overwrite=False)
        pdf_file = export_to_file(prepared, "pdf", tmp_path / "summary.pdf", overwrite=False)
        package_file = export_to_file(
            prepared, "json", tmp_path / "inbox" / "referral.mappa.json", overwrite=False
        )

    # The text summary and the PDF say Category 3 and Level 3, and that it was the officer's decision.
    text = text_file.read_text(encoding="utf-8")
    assert "Daniel Price — referral to Level 3" in text
    header = " ".join(text.split("Offender information")[0].split())
    assert "Level referred to Level 3" in header and "Category of offender Category 3" in header
    assert "Decided by The officer's own decision (see Override); the aid said Category 3, Level 2" in header
    assert "Not stated" not in header.replace("MAPPA area Not stated", "")
    pdf_text = subprocess.run(
        ["pdftotext", "-layout", str(pdf_file), "-"], capture_output=True, text=True, check=True
    ).stdout
    header = " ".join(pdf_text.split("Offender information")[0].split())
    assert "referral to Level 3" in header and "Level referred to Level 3" in header
    assert "Category of offender Category 3" in header

    # The package carries them in the referral's own fields.
    document = json.loads(package_file.read_text(encoding="utf-8"))
    reason = document["referral"]["reason"]
    assert (reason["category"], reason["level"], reason["level_sought"]) == (3, 3, 3)

    # The coordinator's queue and the board figures use them.
    with Store.open(tmp_path / "screening.sqlite3") as screening:
        results = import_packages(screening, [package_file.parent], actor="coordinator")
        assert [r.outcome.value for r in results] == ["imported"]
        conn = screening.db.conn
        (row,) = queue_rows(conn, queue_keys(conn, QueueQuery()))
        assert (row.category, row.level_sought, row.aid_level) == (3, 3, 2)
        assert [r.id for r in queue_rows(conn, queue_keys(conn, QueueQuery(category=3)))] == [referral_id]
        figures = board_figures(conn, seed=1)
        assert ("Category 3", 1) in figures.by_category
        assert sum(n for _, n in figures.cat3_da_by_month) == 1
        assert dict(figures.sought_vs_decided)["Level 3 sought"]["Pending"] == 1


def test_using_the_aids_outcome_records_it_and_a_later_change_of_level_is_flagged(
    db_path, make_window, qtbot
):
    with Store.open(db_path) as store:
        window, editor, referral_id = _new_category_3_referral(qtbot, make_window(store))
        editor.show_section("check")
        check = editor.page("check")

        _in_the_dialog(qtbot, lambda d: qtbot.mouseClick(d.use_aid_button, Qt.MouseButton.LeftButton))
        qtbot.mouseClick(check.decision_button, Qt.MouseButton.LeftButton)
        saved = store.load(referral_id)
        assert (saved.reason.category, saved.reason.level, saved.reason.level_sought) == (3, 2, 2)
        assert saved.decision.override is None
        assert check.ui.errorSummary.isHidden()

        # Asking for Level 3 on the form afterwards disagrees with the recorded decision: flagged, not ready.
        _choose_by_keys(qtbot, _level_sought_combo(editor), 3)
        editor.flush()
        assert store.load(referral_id).reason.level_sought == 3
        editor.show_section("check")
        messages = [link.label_text() for link in check.problem_links]
        assert any("The level you are referring to (Level 3" in m and "(Level 2)" in m for m in messages)
        qtbot.mouseClick(check.ui.readyButton, Qt.MouseButton.LeftButton)
        assert str(store.load(referral_id).status) == "draft"
        window.close()


def test_the_dialog_confirms_only_an_outcome_that_is_settled(qtbot):
    from mappa_desktop.gui.app import create_application

    if QApplication.instance() is None or not QApplication.instance().styleSheet():
        create_application()
    unsettled = OverrideDialog(None, None)
    qtbot.addWidget(unsettled)
    assert not unsettled.use_aid_button.isEnabled()
    unsettled.show()
    qtbot.waitExposed(unsettled)
    _choose_by_keys(qtbot, unsettled.ui.levelCombo, 3)
    unsettled.ui.rationaleEdit.setFocus()
    qtbot.keyClicks(unsettled.ui.rationaleEdit, RATIONALE)
    save = unsettled.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert unsettled.choice is None
    assert "choose both the category and the level" in unsettled.ui.errorLabel.text()

    settled = OverrideDialog(3, 2)
    qtbot.addWidget(settled)
    settled.show()
    qtbot.waitExposed(settled)
    qtbot.mouseClick(settled.use_aid_button, Qt.MouseButton.LeftButton)
    assert (settled.choice.category, settled.choice.level, settled.choice.remove) == (None, None, False)
    assert settled.result() == OverrideDialog.DialogCode.Accepted
