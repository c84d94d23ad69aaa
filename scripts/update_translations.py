"""Refresh the Welsh interface translation: extract every ``tr()`` string, then compile it.

Run after changing interface text: ``python scripts/update_translations.py``. It runs ``pyside6-lupdate``
over ``mappa_desktop/gui/**/*.py``, ``mappa_desktop/export/**/*.py`` (the summary preview's buttons and
messages) and ``ui/*.ui`` into ``resources/translations/mappa_desktop_cy.ts`` (new strings arrive
unfinished; strings no longer in the code are dropped), then ``pyside6-lrelease`` into the ``.qm`` the
application loads. ``qtbase_cy.ts`` (Qt's own standard buttons and file dialog, which Qt does not translate
into Welsh) is only compiled: its strings are Qt's, not ours. The .ts and .qm files are committed: an
installed copy or a bundle has no Qt tools to build the ``.qm`` at start-up, and
``tests/gui/test_translations.py`` fails when one is stale.

The Welsh text is complete and awaiting review by a qualified Welsh translator, who edits it in Qt Linguist
(``pyside6-linguist``). ``tests/gui/test_welsh_interface.py`` fails on any unfinished or empty entry.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("cy",)
APP = "mappa_desktop"


def tool(name: str) -> str:
    """A PySide6 tool (``pyside6-lupdate``...) beside this Python, or on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} not found: install PySide6-Essentials into this environment.")


def sources() -> list[Path]:
    """The files whose strings a person reads in the interface, in a stable order."""
    package = ROOT / "mappa_desktop"
    found = [
        *(package / "gui").rglob("*.py"),
        *(package / "export").rglob("*.py"),
        *(ROOT / "ui").glob("*.ui"),
    ]
    # Compiled forms repeat their .ui file's strings; the .ui is the source.
    forms = package / "gui" / "forms"
    return sorted(p for p in found if forms not in p.parents and "__pycache__" not in p.parts)


def ts_path(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"{APP}_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"{APP}_{language}.qm"


def qt_ts_path(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    """Qt's own strings (context QPlatformTheme, QFileDialog...) in a language Qt does not ship."""
    return folder / f"qtbase_{language}.ts"


def qt_qm_path(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"qtbase_{language}.qm"


def run_lupdate(ts_file: Path, language: str) -> None:
    """Extract the strings into ``ts_file``, keeping translations already in it."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    command = [
        tool("pyside6-lupdate"),
        *files,
        "-no-obsolete",
        "-locations",
        "none",  # no line numbers: the .ts changes only when the text does
        "-source-language",
        "en_GB",
        "-target-language",
        language,
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
        text=True,
    )


def main() -> int:
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        run_lupdate(ts_path(language), language)
        run_lrelease(ts_path(language), qm_path(language))
        print(ts_path(language).relative_to(ROOT))
        print(qm_path(language).relative_to(ROOT))
        # Qt's own standard buttons and file dialog: its strings are not in our code, so no lupdate.
        run_lrelease(qt_ts_path(language), qt_qm_path(language))
        print(qt_qm_path(language).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
