"""The app as a screen reader meets it: started by tests/accessibility/test_atspi_tree.py under Xvfb.

Run by the project's venv python. Opens a throw-away demo database in the main window, then waits for
commands on stdin, one a line, each answered with ``READY <stage>`` once shown and painted:

- ``editor <section>``: the first referral open in the editor at that section;
- ``screening``: the Screening area with the first received package selected (queue and detail);
- ``training``: the Training area with a quiz started;
- ``figures``: Screening's figures for the Strategic Management Board;
- ``walkthrough``: Training's walkthrough of the chosen scenario; ``library``: Training's scenario library;
- ``dialog <name>``: one of the dialogs (override, acknowledge, settings, officer, about; issue 14's
  passphrase, ask-passphrase, change-passphrase, unlock, trusted-senders, fingerprint, retention) shown
  over it;
- ``quit``.

The AT-SPI walker (walk_tree.py, system python3) reads the tree between commands.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer

from mappa_desktop.core.store import Store
from mappa_desktop.gui.app import create_application, create_demo_database
from mappa_desktop.gui.editor.questions import QuestionWidget
from mappa_desktop.gui.main_window import MainWindow


def main() -> int:
    app = create_application()
    folder = Path(tempfile.mkdtemp(prefix="mappa-a11y-"))
    store = Store.open(create_demo_database(folder, count=3, received=3))
    window = MainWindow(store, actor="a11y-walker", demo=True)
    window.resize(1280, 800)
    window.show()

    def answer(stage: str) -> None:
        print(f"READY {stage}", flush=True)

    def editor(section: str) -> None:
        ui = window.ui
        ui.areaTabs.setCurrentIndex(0)
        if window.editor is None or window._open_id is None:
            first = window.ui.draftsView.model().index(0, 0)
            window.ui.draftsView.setCurrentIndex(first)
        if section == "list":
            print("SECTIONS " + " ".join(p.section_id for p in window.editor.pages()), flush=True)
        else:
            window.editor.show_section(section, focus=True)
            page = window.editor.page(section)
            shown = [
                [w.focus_widgets()[0].accessibleDescription(), w.label.text()]
                for w in page.findChildren(QuestionWidget)
                if w.isVisibleTo(page)
            ]
            print("QUESTIONS " + json.dumps(shown), flush=True)

    def screening() -> None:
        window.ui.areaTabs.setCurrentWidget(window.ui.screeningTab)
        view = window.screening.view
        view.setCurrentIndex(view.model().index(0, 0))
        view.setFocus()

    def training() -> None:
        window.ui.areaTabs.setCurrentWidget(window.ui.trainingTab)
        window.training.start_quiz()

    def figures() -> None:
        window.ui.areaTabs.setCurrentWidget(window.ui.screeningTab)
        screening = window.screening
        screening.ui.tabs.setCurrentWidget(screening.ui.figuresTab)
        screening.figures.report_language.setFocus()

    def walkthrough() -> None:
        window.ui.areaTabs.setCurrentWidget(window.ui.trainingTab)
        window.training.start_walkthrough()

    def library() -> None:
        window.ui.areaTabs.setCurrentWidget(window.ui.trainingTab)
        window.training.ui.tabs.setCurrentWidget(window.training.ui.libraryTab)
        window.training.library.ui.scenarioList.setFocus()

    shown: list = []

    def dialog(name: str) -> None:
        from mappa_desktop.gui.about import AboutDialog
        from mappa_desktop.gui.editor.dialogs import AcknowledgeDialog, OverrideDialog
        from mappa_desktop.gui.lock import UnlockDialog
        from mappa_desktop.gui.passphrase import (
            AskPassphraseDialog,
            ChangePassphraseDialog,
            ChoosePassphraseDialog,
        )
        from mappa_desktop.gui.retention import RetentionDialog
        from mappa_desktop.gui.screening.fingerprint_check import ConfirmFingerprintDialog
        from mappa_desktop.gui.screening.trusted_senders import TrustedSendersDialog
        from mappa_desktop.gui.settings import OfficerDialog, SettingsDialog

        for old in shown:  # hidden, not closed: the unlock dialog refuses to close (Esc never unlocks)
            old.hide()
            old.deleteLater()
        shown.clear()
        make = {
            "override": lambda: OverrideDialog(3, 2, None, window),
            "acknowledge": lambda: AcknowledgeDialog("Consider a Category 3 referral", "", window),
            "settings": lambda: SettingsDialog(
                store.path, actor_id="a11y-walker", demo=True, retention_days=365, store=store, parent=window
            ),
            "officer": lambda: OfficerDialog("a11y-walker", window),
            "about": lambda: AboutDialog("demonstration (temporary)", window),
            "passphrase": lambda: ChoosePassphraseDialog(store.path, parent=window),
            "ask-passphrase": lambda: AskPassphraseDialog(store.path, lambda _typed: None, window),
            "change-passphrase": lambda: ChangePassphraseDialog(store, window),
            "unlock": lambda: UnlockDialog(lambda _typed: False, needs_passphrase=True, parent=window),
            "trusted-senders": lambda: TrustedSendersDialog(store, actor="a11y-walker", parent=window),
            "fingerprint": lambda: ConfirmFingerprintDialog(
                expected="A" * 20, name="Jane Smith", parent=window
            ),
            "retention": lambda: RetentionDialog(store, "a11y-walker", window),
        }
        opened = make[name]()
        opened.show()
        shown.append(opened)

    def command() -> None:
        line = sys.stdin.readline().strip()
        if not line or line == "quit":
            app.quit()
            return
        what, _, arg = line.partition(" ")
        try:
            {
                "editor": lambda: editor(arg),
                "screening": screening,
                "training": training,
                "figures": figures,
                "walkthrough": walkthrough,
                "library": library,
                "dialog": lambda: dialog(arg),
            }[what]()
        except Exception as error:  # told to the test, which fails on it
            print(f"ERROR {line}: {type(error).__name__}: {error}", flush=True)
            return
        QTimer.singleShot(400, lambda: answer(line))  # painted, and the accessibility bridge caught up

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    QTimer.singleShot(800, lambda: answer("start"))
    try:
        return app.exec()
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
