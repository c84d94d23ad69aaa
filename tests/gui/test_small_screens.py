"""At 1024 x 600 (and 1366 x 768 at 150 %, 910 x 512 logical) the page has room to read and the referrals
list shows its Subject column from the left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import add_referral


@pytest.mark.parametrize("size", [(1024, 600), (910, 512)])
def test_the_page_keeps_a_readable_width_and_the_list_shows_the_subject(store, make_window, qtbot, size):
    referral = add_referral(store, "Daniel", "Price", pnc_id=None)
    window = make_window(store)
    window.resize(*size)
    qtbot.wait(50)
    window.select_referral(referral.id)
    window.editor.show_section("risk")
    qtbot.wait(50)
    page = window.editor.ui.pageArea
    chars = page.fontMetrics().averageCharWidth()
    assert window.ui.draftsPanel.isHidden()  # the list gives way to the open referral
    assert page.visibleRegion().boundingRect().width() >= 50 * chars

    qtbot.mouseClick(window.editor.ui.listToggle, Qt.MouseButton.LeftButton)  # Show list
    view = window.ui.draftsView
    assert not window.ui.draftsPanel.isHidden()
    qtbot.wait(50)
    assert view.horizontalScrollBar().value() == 0
    subject = view.visualRect(window.drafts.index(0, 0))
    assert subject.left() >= 0 and subject.width() >= view.fontMetrics().horizontalAdvance("Subject")
    assert window.store.load(referral.id).subject.family_name == "Price"  # nothing changed by the layout
