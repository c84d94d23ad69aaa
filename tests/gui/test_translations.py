"""The Welsh interface translation: the .ts holds every tr() string in the code, the .qm is built from it,
and choosing Cymraeg installs it (untranslated text falls back to English)."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from mappa_desktop.gui import i18n
from mappa_desktop.gui.app import create_application
from mappa_desktop.gui.i18n import install_translators
from mappa_desktop.gui.settings import set_interface_language

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> finished translation or None."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None and translation.text
            found[(name, message.findtext("source"))] = translation.text if finished else None
    return found


@pytest.fixture(autouse=True)
def _english_again():
    yield
    install_translators("en")


def test_every_translation_helper_is_one_lupdate_reads():
    """lupdate extracts calls to ``tr(...)`` and ``QCoreApplication.translate(...)``; a helper with any other
    name (a ``_tr`` once hid three victims' questions from the Welsh file) leaves its strings English."""
    import ast

    root = Path(__file__).resolve().parents[2] / "mappa_desktop"
    hidden = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name != "tr":
                for call in ast.walk(node):
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate"
                        and isinstance(call.func.value, ast.Name)
                        and call.func.value.id == "QCoreApplication"
                        and len(call.args) >= 2
                        and not isinstance(call.args[1], ast.Constant)
                    ):
                        hidden.append(f"{path.relative_to(root)}:{node.lineno} {node.name}")
    assert hidden == []


def test_every_tr_string_in_the_code_is_in_the_ts_file(tmp_path):
    script = _script()
    fresh = tmp_path / "fresh_cy.ts"
    script.run_lupdate(fresh, "cy")
    in_code = set(_messages(fresh))
    assert len(in_code) > 300, "lupdate should find the interface's strings"
    committed = set(_messages(script.ts_path("cy")))
    missing = sorted(in_code - committed)
    assert not missing, (
        f"{len(missing)} interface string(s) are not in resources/translations/mappa_desktop_cy.ts, e.g. "
        f"{missing[:5]}; run: python scripts/update_translations.py"
    )


def test_lupdate_finds_form_and_code_strings(tmp_path):
    script = _script()
    fresh = tmp_path / "fresh_cy.ts"
    script.run_lupdate(fresh, "cy")
    messages = _messages(fresh)
    assert ("SettingsDialog", "Settings") in messages  # a .ui string
    assert ("SaveConflictDialog", "Use the other version") in messages
    assert ("MainWindow", "Settings saved.") in messages  # a self.tr() string


@pytest.mark.parametrize("which", ["ours", "qtbase"])
def test_compiled_qm_matches_the_ts_file(tmp_path, which):
    script = _script()
    ts_file, committed = (
        (script.ts_path("cy"), script.qm_path("cy"))
        if which == "ours"
        else (script.qt_ts_path("cy"), script.qt_qm_path("cy"))
    )
    rebuilt = tmp_path / "cy.qm"
    script.run_lrelease(ts_file, rebuilt)
    assert committed.exists(), "run: python scripts/update_translations.py"
    assert committed.read_bytes() == rebuilt.read_bytes(), (
        f"stale {committed.name}; run: python scripts/update_translations.py"
    )


def test_choosing_welsh_installs_the_translator_and_english_removes_it(qapp):
    installed = install_translators("cy")
    assert [t.language() for t in installed] == ["cy", "cy"]  # ours, and Qt's own buttons (qtbase_cy)
    assert QCoreApplication.translate("MainWindow", "&File") == "&Ffeil"
    assert QCoreApplication.translate("MainWindow", "&New referral") == "Atgyfeiriad &newydd"
    # Strings from module-level tr() helpers (filed under the empty context) are found too.
    assert QCoreApplication.translate("app", "Cannot open the referrals database") == (
        "Methu agor cronfa ddata'r atgyfeiriadau"
    )
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Canslo"
    # A string no translation knows is shown in English, never blank.
    assert QCoreApplication.translate("MainWindow", "Not in any .ts file") == "Not in any .ts file"
    assert install_translators("en") == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_start_up_uses_the_language_setting(qapp):
    create_application()  # points QSettings at this test's private folder
    set_interface_language("cy")
    QSettings().sync()
    create_application()
    assert i18n._installed_translators
    assert QCoreApplication.translate("MainWindow", "&Edit") == "&Golygu"


def test_switching_language_in_settings_installs_a_translator(store, make_window, monkeypatch):
    from mappa_desktop.gui.settings import SettingsDialog

    window = make_window(store)

    def choose_welsh(dialog):
        dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("cy"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_welsh)
    assert window.show_settings()
    assert i18n._installed_translators
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Cymorth"
    window.close()


def _gui_sources():
    """The interface's modules (not the compiled Designer forms, not the command line)."""
    root = ROOT / "mappa_desktop"
    found = [*(root / "gui").rglob("*.py"), *(root / "export").rglob("*.py")]
    return [p for p in found if "forms" not in p.parts]


def test_one_tr_helper_and_one_placeholder_style():
    """Text outside a widget method is worded by the one ``gui.i18n.tr``; every interface string's places
    are ``{name}`` (``%n`` only for Qt's plural forms), never ``%1``."""
    import ast

    helpers, direct = [], []
    for path in _gui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == "tr" and path.name != "i18n.py":
                helpers.append(str(path.relative_to(ROOT)))
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "translate"
                and getattr(node.value, "id", "") == "QCoreApplication"
                and path.name != "i18n.py"
            ):
                direct.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert helpers == [] and direct == []
    sources = [source for _, source in _messages(_script().ts_path("cy"))]
    assert [s for s in sources if re.search(r"%[1-9]", s or "")] == []


def test_the_window_and_start_up_modules_do_not_import_each_other():
    """The language and translators live in gui.i18n: no window module imports gui.app (which imports the
    main window to start it)."""
    import ast

    importers = []
    for path in _gui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "mappa_desktop.gui.app":
                importers.append(str(path.relative_to(ROOT)))
            if isinstance(node, ast.ImportFrom) and node.module == "mappa_desktop.gui":
                if any(alias.name == "app" for alias in node.names):
                    importers.append(str(path.relative_to(ROOT)))
    assert importers == []


def test_tr_fills_named_places_once_and_says_plurals(qapp):
    from mappa_desktop.gui.i18n import fill, tr

    assert tr("Saved {path} (readable by you only).", path="{path}") == "Saved {path} (readable by you only)."
    assert fill("{a} and {b}", a="{b}", b="x") == "{b} and x"  # a value is never filled again
    install_translators("cy")
    assert tr("{count} overdue", count=tr("%n day(s)", None, 3)) == "3 diwrnod yn hwyr"
    assert tr("Category {number}", number=2) == "Categori 2"


def test_core_errors_are_said_in_the_interface_language(qapp):
    """A store or package error raised in core (a Message) reaches the window in the language shown."""
    from mappa_desktop.core.store import ReferralNotFound
    from mappa_desktop.gui.app import show_store_error
    from mappa_desktop.gui.i18n import say

    error = ReferralNotFound("abc123")
    assert say(error).startswith("Referral abc123 is not in the database")
    install_translators("cy")
    assert say(error).startswith("Nid yw atgyfeiriad abc123 yn y gronfa ddata")
    assert "Nid yw atgyfeiriad abc123" in show_store_error(error).informativeText()
    assert str(error).startswith("Referral abc123"), "logged and stored text stays English"


def test_screening_statuses_deadlines_and_reasons_are_shown_in_welsh(qapp):
    """Core's screening words (Messages, not in the .ts) reach the Welsh screen from headings.json."""
    from mappa_desktop.core.screening.model import REASONS_BY_ID, DeadlineKind, ScreeningStatus
    from mappa_desktop.gui.i18n import say
    from mappa_desktop.gui.screening.text import deadline_text, status_text

    try:
        install_translators("cy")
        assert status_text(ScreeningStatus.accepted_level_2) == "Derbyniwyd ar Lefel 2"
        assert deadline_text(DeadlineKind.review) == "Adolygiad yn ddyledus"
        assert say(REASONS_BY_ID["other"].text) == "Arall (eglurwch yn y nodyn)"
        install_translators("en")
        assert status_text(ScreeningStatus.accepted_level_2) == "Accepted at Level 2"
    finally:
        install_translators("en")
