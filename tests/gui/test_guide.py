"""F1 opens the offline user guide; About stays under Help."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from mappa_desktop.gui.guide import UserGuideDialog, guide_path


def test_f1_opens_the_user_guide_not_about(store, make_window, qtbot):
    window = make_window(store)
    opened = []
    window.show_about = lambda: opened.append("about")  # the About box would block the test
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "guide", None) is not None and window.guide.isVisible())
    text = window.guide.browser.toPlainText()
    for heading in (
        "How to complete a referral",
        "What each category means",
        "What each level means",
        "What the prompts mean",
        "Keyboard shortcuts",
    ):
        assert heading in text
    for term in ("MARAC", "MATAC", "IOM", "Category 3 domestic abuse prompt", "Criminal Justice Act 2003"):
        assert term in text
    assert opened == []
    menu = [a.text() for a in window.ui.menuHelp.actions()]
    assert "&User guide" in menu and "&About MAPPA Desktop" in menu
    assert window.ui.actionAbout.shortcut().isEmpty()


def test_the_guide_never_opens_a_link_outside_itself(qtbot, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    assert not dialog.browser.openExternalLinks()
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/"))
    dialog.browser.anchorClicked.emit(QUrl("#keys"))
    assert opened == []
    assert guide_path().is_file()
