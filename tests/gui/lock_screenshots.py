"""Screenshots of the passphrase dialog, the locked window and Settings' security group (not a test).

QT_QPA_PLATFORM=offscreen python tests/gui/lock_screenshots.py docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter


def main(out: Path) -> None:
    from mappa_desktop.core.sample_data import sample_referrals
    from mappa_desktop.core.store import Store
    from mappa_desktop.core.store.encryption import DatabaseKey
    from mappa_desktop.gui.app import create_application
    from mappa_desktop.gui.lock import WindowLock
    from mappa_desktop.gui.main_window import MainWindow
    from mappa_desktop.gui.passphrase import ChoosePassphraseDialog
    from mappa_desktop.gui.settings import SettingsDialog

    app = create_application()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "referrals.sqlite3"
        choose = ChoosePassphraseDialog(path, converting=True)
        choose.passphrase.setText("kettle orchard lantern")
        choose.again.setText("kettle orchard lant")
        choose.show()
        app.processEvents()
        choose.grab().save(str(out / "passphrase-choose.png"))
        choose.passphrase.setText("kettle orchard lantern biscuit")
        choose.again.setText("kettle orchard lantern biscuit")
        app.processEvents()
        choose.grab().save(str(out / "passphrase-choose-fair.png"))
        choose.close()

        key = DatabaseKey.for_new_database("kettle orchard lantern biscuit")
        with Store.open(path, key) as store:
            store.add_many(sample_referrals(12, seed=4), actor="screenshots")
            window = MainWindow(store, actor="screenshots")
            window.resize(1100, 700)
            window.show()
            app.processEvents()
            lock = WindowLock(window, idle_ms=600_000)
            lock.lock()
            app.processEvents()
            shot = window.grab()
            dialog = lock.dialog.grab()
            painter = QPainter(shot)  # the unlock dialog where it sits, over the middle of the window
            painter.drawPixmap(
                QPoint((shot.width() - dialog.width()) // 2, (shot.height() - dialog.height()) // 2), dialog
            )
            painter.end()
            shot.save(str(out / "locked-window.png"))
            lock.dialog.problem.setText("That is not the passphrase. Try again (check Caps Lock).")
            app.processEvents()
            lock.dialog.grab().save(str(out / "unlock-dialog.png"))
            lock._unlock()
            settings = SettingsDialog(path, actor_id="screenshots", store=store, parent=window)
            settings.show()
            app.processEvents()
            settings.grab().save(str(out / "settings-security.png"))
            settings.close()
            window.close()
        key.wipe()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
