"""Upgrade tests through the window: a database of each released schema version (tests/fixtures/schema)
is listed by the main window with every referral's name and status, opens in the editor, and takes the
next keystroke's save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mappa_desktop.core.store import Store
from tests.core.test_upgrade_schemas import VERSIONS, opened_copy


@pytest.mark.parametrize("version", VERSIONS)
def test_the_window_lists_and_opens_a_database_of_each_schema_version(version, tmp_path, make_window, qtbot):
    path, expected = opened_copy(version, tmp_path)
    with Store.open(path) as store:
        window = make_window(store)
        model = window.drafts
        shown = {
            model.data(model.index(row, 0), Qt.ItemDataRole.UserRole): model.data(model.index(row, 0))
            for row in range(model.rowCount())
        }
        assert shown == {rid: was["subject_name"] for rid, was in expected["referrals"].items()}
        window.select_referral("a" * 32)
        names = window.editor.pages()[0].ui.givenNamesEdit
        assert names.text() == "Gwen"
        names.setFocus()
        qtbot.keyClicks(names, "llian")
        assert window.editor.flush()
        assert store.load("a" * 32).subject.given_names == "Gwenllian"
        window.close()
