"""The About box names the application and rule-pack versions."""

from __future__ import annotations

from mappa_desktop import __version__
from mappa_desktop.gui.about import AboutDialog, rule_pack_description


def test_about_shows_app_and_rule_pack_versions(qtbot, tmp_path):
    from mappa_desktop.core.rules.loader import load_pack

    dialog = AboutDialog(tmp_path / "referrals.sqlite3")
    qtbot.addWidget(dialog)
    assert dialog.ui.appVersionLabel.text() == __version__
    pack = load_pack()
    assert pack.id in dialog.ui.rulePackLabel.text()
    assert f"version {pack.version}" in dialog.ui.rulePackLabel.text()
    assert "referrals.sqlite3" in dialog.ui.databaseLabel.text()
    assert "Qt " in dialog.ui.platformLabel.text()


def test_broken_rule_pack_is_reported_not_fatal(monkeypatch):
    import mappa_desktop.core.rules.loader as pack_module

    def broken(*_args, **_kwargs):
        raise ValueError("pack.yaml line 3: unknown key")

    monkeypatch.setattr(pack_module, "load_pack", broken)
    assert rule_pack_description() == "could not be loaded: pack.yaml line 3: unknown key"


def test_help_about_opens_about_from_the_main_window(store, make_window, qtbot, monkeypatch):
    # Was "F1 opens About": F1 now opens the user guide (issue 10); About stays under Help > About.
    from PySide6.QtCore import Qt

    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self.ui.appVersionLabel.text()))
    from tests.gui.conftest import add_referral

    add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.ui.draftsView.setFocus()
    assert window.focusWidget() is window.ui.draftsView
    qtbot.keyClick(window.ui.draftsView, Qt.Key.Key_F1)
    assert opened == []  # F1 is the user guide
    window.ui.actionAbout.trigger()
    assert opened == [__version__]
