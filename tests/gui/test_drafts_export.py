"""The drafts list says when a referral changed after its last export (an exported package is stale)."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from tests.gui.conftest import add_referral
from tests.gui.editor.helpers import type_into

SHOTS = os.environ.get("MAPPA_SHOTS")


def _status_text(window, referral_id):
    model = window.drafts
    return model.data(model.index(model.row_of(referral_id), 2))


def test_saving_a_package_records_the_export_and_a_later_edit_shows_changed_since_export(
    store, make_window, qtbot, tmp_path
):
    referral = add_referral(store, "Fay", "Ford")
    window = make_window(store)
    window.select_referral(referral.id)
    dialog = window.editor.open_preview()
    dialog._ask_path = lambda *_: str(tmp_path / "ford.mappa.json")
    qtbot.mouseClick(dialog.save_package_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "ford.mappa.json").exists()
    dialog.close()
    qtbot.waitUntil(lambda: window.operations.idle, timeout=5000)  # the export is recorded off the UI thread
    [row] = store.list_referrals()
    assert row.exported_at is not None and not row.changed_since_export
    assert store.audit_log(referral.id)[-1].action == "exported"
    assert _status_text(window, referral.id) == "Draft"

    type_into(qtbot, window.editor, "subject.given_names", "Faye")
    qtbot.waitUntil(lambda: store.load(referral.id).subject.given_names == "Faye", timeout=3000)
    [row] = store.list_referrals()
    assert row.changed_since_export
    # The list hears of the save when the runner hands it back to the UI thread, just after the store has it.
    qtbot.waitUntil(lambda: _status_text(window, referral.id) == "Changed since export", timeout=3000)
    window.reload_drafts(referral.id)  # and after reading the list again from the store
    assert _status_text(window, referral.id) == "Changed since export"
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "drafts-changed-since-export.png"))
