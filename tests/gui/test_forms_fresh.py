"""DESIGN.md principle 5: the compiled forms in mappa_desktop/gui/forms match the Designer files in ui/."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _compile_forms_module():
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "scripts" / "compile_forms.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["compile_forms"] = module
    spec.loader.exec_module(module)
    return module


def test_every_form_is_compiled_and_fresh(tmp_path):
    compile_forms = _compile_forms_module()
    ui_files = sorted((ROOT / "ui").glob("*.ui"))
    assert ui_files, "ui/ holds the Designer forms"
    stale, missing = [], []
    for ui_file in ui_files:
        fresh = compile_forms.compile_form(ui_file, tmp_path)
        committed = compile_forms.FORMS_DIR / compile_forms.form_module_name(ui_file)
        if not committed.exists():
            missing.append(committed.name)
        elif compile_forms.stable_text(committed) != compile_forms.stable_text(fresh):
            stale.append(committed.name)
    hint = "run: python scripts/compile_forms.py"
    assert not missing, f"forms not compiled: {missing}; {hint}"
    assert not stale, f"compiled forms older than their .ui: {stale}; {hint}"


def test_no_compiled_form_without_its_ui_file():
    compile_forms = _compile_forms_module()
    expected = {compile_forms.form_module_name(p) for p in (ROOT / "ui").glob("*.ui")}
    present = {p.name for p in compile_forms.FORMS_DIR.glob("ui_*.py")}
    assert present - expected == set()


def test_staleness_is_detected(tmp_path):
    # The check must be able to fail: a changed form compiles to different text.
    compile_forms = _compile_forms_module()
    ui_file = ROOT / "ui" / "about_dialog.ui"
    changed = tmp_path / "about_dialog.ui"
    changed.write_text(ui_file.read_text(encoding="utf-8").replace("Rule pack", "Rules"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    fresh = compile_forms.compile_form(changed, out)
    committed = compile_forms.FORMS_DIR / "ui_about_dialog.py"
    assert compile_forms.stable_text(committed) != compile_forms.stable_text(fresh)
