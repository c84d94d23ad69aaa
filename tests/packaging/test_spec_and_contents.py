"""The PyInstaller spec and the slimming rules, checked without running PyInstaller (CI builds the real
bundle afterwards with packaging/build, which smoke-tests it)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import bundle_contents
import pytest
import smoke
import version_info
from bundle_contents import is_dropped, reachable

from mappa_desktop import cli
from mappa_desktop.gui import app

from .conftest import PACKAGING, ROOT


class _Recorded:
    """Stands in for PyInstaller's build targets: records how the spec calls them."""

    calls: list[_Recorded] = []

    def __init__(self, *args, **kwargs):
        self.kind, self.args, self.kwargs = type(self).__name__, args, kwargs
        _Recorded.calls.append(self)


class Analysis(_Recorded):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqwayland.so", "/x/libqwayland.so", "BINARY"),
        ]
        self.datas = [("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA")]
        self.pure, self.scripts = [], [("__main__", "/x/__main__.py", "PYSOURCE")]


class PYZ(_Recorded):
    pass


class EXE(_Recorded):
    pass


class COLLECT(_Recorded):
    pass


def _run_spec(tmp_path):
    _Recorded.calls = []
    namespace = {
        "SPECPATH": str(PACKAGING),
        "workpath": str(tmp_path),
        "Analysis": Analysis,
        "PYZ": PYZ,
        "EXE": EXE,
        "COLLECT": COLLECT,
    }
    exec(compile((PACKAGING / "mappa-desktop.spec").read_text(encoding="utf-8"), "spec", "exec"), namespace)
    return namespace, list(_Recorded.calls)


@pytest.fixture
def spec_calls(tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_contents, "elf_needed", lambda path: [])
    return _run_spec(tmp_path)


def test_on_windows_both_programs_carry_the_icon_and_the_version_resource(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    _, calls = _run_spec(tmp_path / "work")
    programs = [c.kwargs for c in calls if c.kind == "EXE"]
    assert {p["icon"] for p in programs} == {str(ROOT / "resources" / "icons" / "app" / "mappa-desktop.ico")}
    assert Path(programs[0]["icon"]).is_file()
    (version_file,) = {p["version"] for p in programs}
    version = version_info.project_version(ROOT)
    assert f"StringStruct('ProductVersion', '{version}')" in Path(version_file).read_text(encoding="utf-8")
    assert not any(p["strip"] for p in programs)  # PyInstaller advises against stripping Windows DLLs


def test_the_spec_makes_a_window_program_and_a_console_program_in_one_folder(spec_calls):
    _, calls = spec_calls
    programs = {c.kwargs["name"]: c.kwargs["console"] for c in calls if c.kind == "EXE"}
    assert programs == {"mappa-desktop": False, "mappa-desktop-cli": True}
    (collect,) = [c for c in calls if c.kind == "COLLECT"]
    assert collect.kwargs["name"] == "mappa-desktop"
    assert [a.kwargs["name"] for a in collect.args if isinstance(a, EXE)] == [
        "mappa-desktop",
        "mappa-desktop-cli",
    ]
    pyzs = {id(c.args[0]) for c in calls if c.kind == "EXE"}
    assert len(pyzs) == 1, "both programs share one Python archive and one set of libraries"


def test_the_spec_ships_the_app_folders_and_leaves_out_what_is_never_used(spec_calls):
    namespace, calls = spec_calls
    (analysis,) = [c for c in calls if c.kind == "Analysis"]
    assert analysis.args[0] == [str(ROOT / "mappa_desktop" / "__main__.py")]
    assert sorted(dest for _, dest in analysis.kwargs["datas"]) == ["resources", "rules", "ui"]
    assert {"hypothesis", "pytest", "ssl", "PySide6.QtNetwork", "PySide6.QtQml"} <= set(
        analysis.kwargs["excludes"]
    )
    shipped = namespace["a"]
    assert [dest for dest, _, _ in shipped.binaries] == ["PySide6/Qt/plugins/platforms/libqxcb.so"]
    assert shipped.datas == []


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/plugins/networkinformation/libqglib.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6\\plugins\\tls\\qschannelbackend.dll", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),
        ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", True),
        ("PySide6/opengl32sw.dll", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
        ("PySide6/Qt/lib/libQt6Charts.so.6", False),
        ("libfontconfig.so.1", True),
        ("libdbus-1.so.3", True),
        ("libstdc++.so.6", False),
        ("libxcb-cursor.so.0", False),
        ("resources/translations/mappa_desktop_cy.qm", False),
        ("resources/fonts/DejaVuSans.ttf", False),
    ],
)
def test_what_is_left_out(dest, dropped):
    assert is_dropped(dest) is dropped


def test_libraries_only_a_dropped_plugin_needed_fall_away():
    entries = [
        ("PySide6/QtWidgets.abi3.so", "/s/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/s/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),  # was needed by the GTK theme only
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
    ]
    needed = {
        "/s/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libc.so.6"],
        "/s/libQt6Widgets.so.6": ["libQt6Core.so.6"],
        "/s/libqxcb.so": ["libxcb-cursor.so.0"],
    }
    kept = [dest for dest, _, _ in reachable(entries, needed=lambda src: needed.get(src, []))]
    assert "libcairo.so.2" not in kept
    assert set(kept) == {dest for dest, _, _ in entries} - {"libcairo.so.2"}


def test_the_command_line_imports_its_commands_so_a_frozen_bundle_ships_them():
    source = Path(cli.__file__).read_text(encoding="utf-8")
    assert "importlib" not in source, "a command loaded by name is invisible to PyInstaller"
    names = [module.__name__ for module in cli.COMMAND_MODULES]
    # A sub-command module is one that defines ``run`` (the contract in cli.py); helpers such as
    # terminal.py sit beside them without being commands.
    on_disk = sorted(
        p.stem
        for p in (ROOT / "mappa_desktop" / "commands").glob("*.py")
        if p.stem != "__init__" and "\ndef run(" in p.read_text(encoding="utf-8")
    )
    assert sorted(name.rsplit(".", 1)[1] for name in names) == on_disk


def test_the_smoke_test_waits_for_the_markers_the_app_prints():
    assert smoke.FIRST_WINDOW_MARKER == app.FIRST_WINDOW_MARKER
    assert smoke.READY_MARKER == app.READY_MARKER
    assert re.fullmatch(r"\d+\.\d+\.\d+", smoke._version())
