"""Issue 14's screens in Welsh, for the README and for looking at (not a test).

    QT_QPA_PLATFORM=offscreen python tests/i18n/welsh_dialog_screenshots.py OUT [--large]

The passphrase dialogs, the locked window with its unlock dialog, Settings (security and retention), trusted
senders, the fingerprint check, the retention review and the summary preview (Save encrypted package…), each
at its own default size, saved as ``<name>-cy.png``. ``--large`` shows the text half as large again (150%,
as a person who needs larger text sets it) and saves ``<name>-150-cy.png``: nothing may be clipped there.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path


def main(out: Path, large: bool) -> None:
    os.environ.setdefault("MAPPA_DESKTOP_DATA", tempfile.mkdtemp())
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    from mappa_desktop.core.referral import ReferralStatus, Subject
    from mappa_desktop.core.referral.model import Referral
    from mappa_desktop.core.signing.keys import Signer
    from mappa_desktop.core.signing.trust import trust_key
    from mappa_desktop.core.store import Store
    from mappa_desktop.core.store.encryption import DatabaseKey
    from mappa_desktop.export.preview import SummaryPreviewDialog
    from mappa_desktop.export.service import prepare
    from mappa_desktop.gui.app import create_application
    from mappa_desktop.gui.i18n import install_translators
    from mappa_desktop.gui.lock import WindowLock
    from mappa_desktop.gui.main_window import MainWindow
    from mappa_desktop.gui.passphrase import (
        AskPassphraseDialog,
        ChangePassphraseDialog,
        ChoosePassphraseDialog,
    )
    from mappa_desktop.gui.retention import RetentionDialog
    from mappa_desktop.gui.screening.fingerprint_check import ConfirmFingerprintDialog
    from mappa_desktop.gui.screening.trusted_senders import TrustedSendersDialog
    from mappa_desktop.gui.settings import SettingsDialog
    from tests.export.conftest import complete_referral

    app = create_application()
    if large:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        app.setFont(font)
    install_translators("cy")
    suffix = "-150-cy.png" if large else "-cy.png"
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    path = folder / "referrals.sqlite3"

    def shot(widget, name: str) -> None:
        widget.show()
        for _ in range(6):
            app.processEvents()
        widget.grab().save(str(out / f"{name}{suffix}"))
        widget.hide()

    choose = ChoosePassphraseDialog(path, converting=True)
    choose.passphrase.setText("tegell perllan llusern")
    choose.again.setText("tegell perllan llus")
    shot(choose, "passphrase-choose")
    shot(AskPassphraseDialog(path, lambda _typed: None), "passphrase-ask")

    passphrase = "tegell perllan llusern bisged"
    with Store.open(path, DatabaseKey.for_new_database(passphrase)) as store:
        shot(ChangePassphraseDialog(store), "passphrase-change")
        for given in ("Alun", "Bethan"):
            referral = store.new_referral(
                Referral(subject=Subject(given_names=given, family_name="Hughes")), actor="sam.hughes"
            )
            referral.status = ReferralStatus.sent
            store.save(referral, actor="sam.hughes")
        store.db.conn.execute("UPDATE referrals SET updated_at = '2020-01-01T00:00:00+00:00'")
        shot(
            SettingsDialog(path, actor_id="sam.hughes", retention_days=365, store=store), "settings-security"
        )
        retention = RetentionDialog(store, "sam.hughes")
        retention.table.selectRow(0)
        shot(retention, "retention-review")
        sender = Signer(
            Ed25519PrivateKey.generate(), "Jane Smith (Gwasanaeth Prawf, Caerdydd)", dt.datetime.now(dt.UTC)
        )
        trust_key(store, sender.public_key, sender.name, actor="sam.hughes")
        senders = TrustedSendersDialog(store, actor="sam.hughes")
        senders.table.selectRow(0)
        shot(senders, "trusted-senders")
        check = ConfirmFingerprintDialog(expected=sender.fingerprint, name=sender.name)
        check.fingerprint_edit.setText("ABCD EFGH")
        shot(check, "fingerprint-check")

        window = MainWindow(store, actor="sam.hughes")
        window.resize(1100, 700)
        window.show()
        app.processEvents()
        lock = WindowLock(window, idle_ms=600_000)
        lock.lock()
        lock.dialog.passphrase.setText("tegell")
        lock.dialog.accept()  # the wrong passphrase: its message shows
        for _ in range(6):
            app.processEvents()
        locked = window.grab()
        dialog = lock.dialog.grab()
        painter = QPainter(locked)  # the unlock dialog where it sits, over the middle of the window
        painter.drawPixmap(
            QPoint((locked.width() - dialog.width()) // 2, (locked.height() - dialog.height()) // 2), dialog
        )
        painter.end()
        locked.save(str(out / f"locked-window{suffix}"))
        dialog.save(str(out / f"unlock{suffix}"))
        window.close()

    preview = SummaryPreviewDialog(prepare(complete_referral()), language="cy")
    preview.resize(1000, 700)
    shot(preview, "summary-preview")


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--large" in sys.argv[2:])
