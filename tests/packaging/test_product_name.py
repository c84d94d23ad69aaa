"""One product name, "MAPPA Desktop", everywhere a person or an installer reads it; settings kept under the
0.1 name ("MAPPA Referrals") are carried over once, so nobody loses their name, language or marking."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from mappa_desktop.gui.app import create_application
from mappa_desktop.gui.settings import FORMER_APPLICATION_NAME, SETTINGS_ENV, carry_over_former_settings

from .conftest import ROOT

SEARCHED = ("ui", "mappa_desktop", "resources", "packaging", "README.md")


def test_the_former_name_is_gone_from_everything_shipped():
    found = []
    for top in SEARCHED:
        paths = [ROOT / top] if (ROOT / top).is_file() else (ROOT / top).rglob("*")
        for path in paths:
            if path.is_file() and path.suffix in {
                ".py",
                ".ui",
                ".ts",
                ".qss",
                ".svg",
                ".md",
                ".xml",
                ".desktop",
            }:
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if "MAPPA Referrals" in line and "FORMER_APPLICATION_NAME =" not in line:
                        found.append(f"{path.relative_to(ROOT)}:{number}")
    assert not found, found


def test_the_application_and_its_window_are_called_mappa_desktop(qtbot):
    from mappa_desktop.gui.main_window import MainWindow

    app = create_application()
    assert app.applicationName() == "MAPPA Desktop"
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("MAPPA Desktop")


def test_settings_kept_under_the_former_name_are_carried_over_once(tmp_path, monkeypatch):
    monkeypatch.setenv(SETTINGS_ENV, str(tmp_path / "settings"))
    create_application()  # points QSettings at the private folder
    former = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "mappa-desktop", FORMER_APPLICATION_NAME
    )
    former.setValue("officer/name", "Jane Example")
    former.setValue("interface/language", "cy")
    former.sync()
    assert QSettings().allKeys() == []

    create_application()  # the next start, as the renamed app
    assert QSettings().value("officer/name") == "Jane Example"
    assert QSettings().value("interface/language") == "cy"
    assert sorted(p.name for p in (tmp_path / "settings" / "mappa-desktop").iterdir()) == [
        "MAPPA Desktop.ini",
        "MAPPA Referrals.ini",
    ]

    QSettings().setValue("officer/name", "Jane Changed")
    assert carry_over_former_settings() == 0  # never again once the new name has settings
    assert QSettings().value("officer/name") == "Jane Changed"
