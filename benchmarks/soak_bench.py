"""Soak benchmark: one process, a shown editor on a temporary store, a long scripted session of real keys.

Not a timed test. It types at least 20,000 real key events (``QTest.keyClick`` into whatever has keyboard
focus, as a person's keys go) and makes at least 500 answer changes across every section, then reports:
peak memory (``ru_maxrss``), ``sys.getrefcount(None)`` before and after (Python < 3.12, where a binding
that drops references to None eventually aborts the process), the slowest keystroke-to-saved time (from a
key event to the store holding that value, autosave delay included), and every mismatch between what was
typed and what the store holds. ``tests/gui/test_soak.py`` runs it at a small size and checks correctness.

    python benchmarks/soak_bench.py               # full size: 20,000 keys, 500 changes
    python benchmarks/soak_bench.py --scale 0.05  # smaller
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from mappa_desktop.core.referral.bindings import get_path, read_answer  # noqa: E402
from mappa_desktop.gui.widgets import NumberEdit  # noqa: E402

WORDS = "risk contact partner licence review address victim conditions hostel curfew agency plan".split()
SAVE_TIMEOUT_S = 3.0


@dataclass
class SoakResult:
    keys: int = 0
    changes: int = 0
    sections: set[str] = field(default_factory=set)
    slowest_save_s: float = 0.0
    save_times: list[float] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    focus_lost: int = 0
    refused: int = 0
    """Numbers typed past the referral's limits (a DASH score of 28): refused at the field with a message,
    the earlier answer kept in the store. Checked, and counted apart from the answers stored."""
    none_before: int | None = None
    none_after: int | None = None
    peak_rss_mb: float = 0.0
    elapsed_s: float = 0.0


def run_soak(keys: int = 20_000, changes: int = 500, autosave_ms: int = 400, seed: int = 1) -> SoakResult:
    """Run the scripted session and return what it measured (see the module docstring)."""
    from mappa_desktop.core.store import Store
    from mappa_desktop.gui.app import create_application
    from mappa_desktop.gui.main_window import MainWindow

    random.seed(seed)
    folder = Path(tempfile.mkdtemp(prefix="mappa-soak-"))
    os.environ["MAPPA_DESKTOP_DATA"] = str(folder)
    create_application()
    result = SoakResult()
    started = time.perf_counter()
    with Store.open(folder / "soak.sqlite3") as store:
        window = MainWindow(store, actor="soak", autosave_delay_ms=autosave_ms)
        window.resize(1280, 800)
        window.show()
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        window.new_referral()
        editor = window.editor
        referral_id = editor.referral().id
        if sys.version_info < (3, 12):
            result.none_before = sys.getrefcount(None)
        session = _Session(editor, store, referral_id, result)
        texts = session.text_fields()
        section_ids = [p.section_id for p in editor.pages() if p.section_id != "check"]
        turn = 0
        while result.keys < keys or result.changes < changes:
            section = section_ids[turn % len(section_ids)]
            turn += 1
            if result.changes < changes and session.change_an_answer(section):
                continue
            fields = texts.get(section)
            if fields and result.keys < keys:
                session.type_text(*random.choice(fields))
        editor.flush()
        session.check_all_texts()
        if sys.version_info < (3, 12):
            result.none_after = sys.getrefcount(None)
        if result.mismatches:
            editor.autosaver.reset()  # close without asking about the refused text (already reported)
        window.close()
    result.elapsed_s = time.perf_counter() - started
    result.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _same(stored, typed) -> bool:
    stored = getattr(stored, "value", stored)  # an enum is stored as the member of the value chosen
    if isinstance(stored, bool) or isinstance(typed, bool):
        return stored is typed
    return stored == typed and isinstance(stored, float) == isinstance(typed, float)


def _takes(referral, fact: str, value) -> bool:
    """Whether the referral model takes ``value`` as the answer to ``fact`` (a DASH score is 0 to 24)."""
    from pydantic import ValidationError

    from mappa_desktop.core.referral.bindings import write_answer

    try:
        write_answer(referral, fact, value)
    except (ValidationError, ValueError):
        return False
    return True


def _checked_format(path: str) -> bool:
    """Fields the model checks the form of (an email address, a phone number): words are refused there."""
    return path.rsplit(".", 1)[-1] in ("email", "phone", "pnc_id", "postcode")


def _plain_path(path: str) -> bool:
    """A field stored on its own (not part of an optional record that needs other fields too)."""
    from mappa_desktop.core.referral import Referral

    try:
        get_path(Referral(), path)
    except AttributeError:
        return False
    return True


class _Session:
    def __init__(self, editor, store, referral_id: str, result: SoakResult) -> None:
        self.editor = editor
        self.store = store
        self.referral_id = referral_id
        self.result = result
        self.typed: dict[str, str] = {}

    # What there is to type into ------------------------------------------------------------------------

    def text_fields(self) -> dict[str, list[tuple[str, str, object]]]:
        """Per section, the free-text and short-text fields: (section, path, widget)."""
        found: dict[str, list[tuple[str, str, object]]] = {}
        for page in self.editor.pages():
            for form in getattr(page, "forms", []):
                for f in form.fields:
                    if (
                        f.kind in ("text", "multiline")
                        and _plain_path(f.path)
                        and not _checked_format(f.path)
                    ):
                        found.setdefault(page.section_id, []).append(
                            (page.section_id, f.path, form.widgets[f.path])
                        )
        subject = self.editor.page("subject")
        for path in ("subject.given_names", "subject.family_name"):
            found.setdefault("subject", []).append(("subject", path, subject.field(path)))
        return found

    # Acting -----------------------------------------------------------------------------------------------

    def _focus(self, section: str, widget) -> None:
        self.editor.show_section(section)
        page = self.editor.page(section)
        if hasattr(page, "_reveal"):
            page._reveal(widget)
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
        if QApplication.focusWidget() is not widget:
            widget.setFocus(Qt.FocusReason.MouseFocusReason)

    def _key(self, widget, key) -> None:
        target = QApplication.focusWidget()
        if target is not widget:
            self.result.focus_lost += 1
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
        QTest.keyClick(widget, key)
        self.result.keys += 1

    def type_text(self, section: str, path: str, widget) -> None:
        self._focus(section, widget)
        word = random.choice(WORDS)
        if isinstance(widget, QPlainTextEdit):
            widget.moveCursor(widget.textCursor().MoveOperation.End)
            existing = widget.toPlainText()
            if len(existing) > 400:  # start again rather than grow without end
                QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                QTest.keyClick(widget, Qt.Key.Key_Delete)
                self.result.keys += 2
                existing = ""
        else:
            widget.end(False)
            existing = widget.text()
            if len(existing) > 60:
                widget.selectAll()
                QTest.keyClick(widget, Qt.Key.Key_Delete)
                self.result.keys += 1
                existing = ""
        text = (" " if existing else "") + word
        for char in text:
            self._key(widget, char)
        self.typed[path] = (existing + text).strip()
        self._wait_saved(lambda r, p=path: get_path(r, p), self.typed[path])

    def change_an_answer(self, section: str) -> bool:
        page = self.editor.page(section)
        questions = getattr(page, "questions", None)
        if questions is None:
            return False
        visible = [questions.widgets[f] for f in questions.visible_facts()]
        choices = [w for w in visible if isinstance(w.input, NumberEdit) or w._buttons is not None]
        if not choices:
            return False
        widget = random.choice(choices)
        if isinstance(widget.input, NumberEdit):
            number = random.randint(0, 30)
            edit = widget.input
            self._focus(section, edit)
            edit.selectAll()
            self._key(edit, Qt.Key.Key_Delete)
            for char in str(number):
                self._key(edit, char)
            expected = number if widget.question.type == "integer" else float(number)
            if not _takes(self.store.load(self.referral_id), widget.fact, expected):
                expected = read_answer(self.store.load(self.referral_id), widget.fact)
                self.result.refused += 1
                self._wait_refused(widget)
        else:
            buttons = [b for b in widget._buttons.buttons() if not b.isChecked()]
            button = random.choice(buttons)
            self._focus(section, button)
            self._key(button, Qt.Key.Key_Space)
            expected = button.property("answer")
        self.result.changes += 1
        self.result.sections.add(section)
        self._wait_saved(lambda r, fact=widget.fact: read_answer(r, fact), expected)
        return True

    # Checking ---------------------------------------------------------------------------------------------

    def _wait_refused(self, widget) -> None:
        """The field must say why the number was not taken, once the save after the last key has run."""
        start = time.perf_counter()
        while not widget.error.isVisible():
            if time.perf_counter() - start > SAVE_TIMEOUT_S:
                text = widget.input.text()
                self.result.mismatches.append(f"{widget.fact}: refused {text!r} without a message")
                return
            QTest.qWait(5)
        self.editor.flush()

    def _wait_saved(self, read, expected) -> None:
        """Time from the last key until the store holds ``expected``; a mismatch if it never does."""
        start = time.perf_counter()
        while True:
            value = read(self.store.load(self.referral_id))
            if _same(value, expected):
                break
            if time.perf_counter() - start > SAVE_TIMEOUT_S:
                self.result.mismatches.append(f"typed {expected!r}, stored {value!r}")
                return
            QTest.qWait(5)
        took = time.perf_counter() - start
        self.result.save_times.append(took)
        self.result.slowest_save_s = max(self.result.slowest_save_s, took)

    def check_all_texts(self) -> None:
        stored = self.store.load(self.referral_id)
        for path, text in self.typed.items():
            if get_path(stored, path) != text:
                self.result.mismatches.append(f"{path}: typed {text!r}, stored {get_path(stored, path)!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of 20,000 keys and 500 changes")
    parser.add_argument("--autosave-ms", type=int, default=400, help="autosave delay (the app's is 400)")
    args = parser.parse_args(argv)
    keys, changes = max(int(20_000 * args.scale), 1), max(int(500 * args.scale), 1)
    r = run_soak(keys, changes, autosave_ms=args.autosave_ms)
    times = sorted(r.save_times)
    median = times[len(times) // 2] if times else 0.0
    print(f"key events:            {r.keys:,}")
    print(f"answer changes:        {r.changes:,} across sections {sorted(r.sections)}")
    print(f"elapsed:               {r.elapsed_s:.1f} s")
    print(f"peak memory (maxrss):  {r.peak_rss_mb:.1f} MB")
    if r.none_before is not None:
        print(f"refcount of None:      {r.none_before:,} before, {r.none_after:,} after")
    print(
        f"keystroke to saved:    slowest {r.slowest_save_s * 1000:.0f} ms, median {median * 1000:.0f} ms "
        f"(autosave delay {args.autosave_ms} ms included)"
    )
    print(f"focus taken away:      {r.focus_lost}")
    print(f"refused, earlier kept: {r.refused} (numbers past the referral's limits, each with a message)")
    print(f"typed != stored:       {len(r.mismatches)}")
    for line in r.mismatches[:10]:
        print("   ", line)
    return 1 if r.mismatches or r.focus_lost else 0


if __name__ == "__main__":
    sys.exit(main())
