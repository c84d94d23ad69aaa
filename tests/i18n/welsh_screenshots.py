"""The README's Welsh screenshots beside the English ones (not a test).

    xvfb-run -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb python tests/i18n/welsh_screenshots.py OUT

Check your answers in Welsh (the fictional referral of tests/gui/editor/screenshots.py), the Screening
figures in Welsh, and page 1 of the board report in Welsh and bilingual (drawn with pdftoppm at 60 dpi, as
the English one).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(out: Path) -> None:
    os.environ.setdefault("MAPPA_DESKTOP_DATA", tempfile.mkdtemp())
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from PySide6.QtWidgets import QApplication

    from mappa_desktop.core.screening import board_figures, figures_summary
    from mappa_desktop.core.store import Store
    from mappa_desktop.export.pdf import write_pdf
    from mappa_desktop.gui.app import create_application, create_demo_database
    from mappa_desktop.gui.i18n import install_translators
    from mappa_desktop.gui.main_window import MainWindow
    from tests.gui.editor.screenshots import fictional_referral

    app = create_application()
    install_translators("cy")
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    store = Store.open(folder / "shots.sqlite3")
    referral = store.new_referral(fictional_referral(), actor="sam.hughes")
    window = MainWindow(store, actor="sam.hughes", autosave_delay_ms=50)
    window.resize(1280, 720)
    window.show()
    window.select_referral(referral.id)
    editor = window.editor
    editor.ui.listToggle.setChecked(True)
    editor.show_section("check")
    settle()
    window.grab().save(str(out / "welsh-check-answers.png"))
    window.close()
    store.close()

    demo = Store.open(create_demo_database(folder, count=20, received=120))
    window = MainWindow(demo, actor="coordinator", demo=True)
    window.resize(1280, 720)
    window.show()
    window.ui.areaTabs.setCurrentWidget(window.ui.screeningTab)
    screening = window.screening
    screening.ui.tabs.setCurrentWidget(screening.ui.figuresTab)
    settle()
    window.grab().save(str(out / "welsh-screening-figures.png"))
    figures = board_figures(demo.db.conn, sample_size=10, seed=3)
    for language, name in (
        ("cy", "screening-report-page1-cy"),
        ("bilingual", "screening-report-page1-bilingual"),
    ):
        pdf = write_pdf(figures_summary(figures, language=language), folder / f"{name}.pdf", overwrite=True)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(out / name)],
            check=True,
        )
    window.close()
    demo.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
