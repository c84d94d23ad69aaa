"""Issue 14 in the window: the queue's Signature column, the detail's signature line with the action to
trust an unknown key after checking its fingerprint, and the Trusted senders dialog, by keyboard.

Set ``MAPPA_SHOTS`` to a folder (e.g. docs/screenshots) to keep the pictures."""

from __future__ import annotations

import datetime as dt
import os

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from mappa_desktop.core.package import build_package, write_package
from mappa_desktop.core.screening import import_packages
from mappa_desktop.core.signing.fingerprint import spoken
from mappa_desktop.core.signing.key_file import write_key_file
from mappa_desktop.core.signing.keys import Signer
from mappa_desktop.core.signing.trust import trust_key, trusted_senders
from mappa_desktop.gui.screening import ScreeningWidget
from mappa_desktop.gui.screening.fingerprint_check import ConfirmFingerprintDialog
from mappa_desktop.gui.screening.trusted_senders import TrustedSendersDialog
from tests.screening.conftest import ACTOR

SHOTS = os.environ.get("MAPPA_SHOTS")


def _signer(name: str) -> Signer:
    return Signer(Ed25519PrivateKey.generate(), name, dt.datetime.now(dt.UTC))


def _save(widget, name: str, tmp_path) -> None:
    folder = SHOTS or str(tmp_path)
    assert widget.grab().save(os.path.join(folder, name))


def _inbox(tmp_path, packages, jane, mallory):
    """Three referrals: Jane's (trusted), one signed by a key nobody trusts, and an unsigned one."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for package, signer in zip(packages[:3], (jane, mallory, None), strict=True):
        signed = build_package(package.referral, package.facts, package.assessment, signer=signer)
        write_package(signed, folder / f"{package.referral.id}.mappa.json", overwrite=False)
    return folder


def _column(model, title: str) -> int:
    return next(
        i for i in range(model.columnCount()) if model.headerData(i, Qt.Orientation.Horizontal) == title
    )


def test_the_queue_and_detail_say_who_signed_and_an_unknown_key_can_be_trusted_after_checking(
    qtbot, store, tmp_path, packages
):
    jane, mallory = _signer("Jane Smith, Probation Service"), _signer("Someone, Police")
    trust_key(store, jane.public_key, "Jane Smith (Probation, Cardiff)", actor=ACTOR)
    import_packages(store, [_inbox(tmp_path, packages, jane, mallory)], actor=ACTOR)
    widget = ScreeningWidget(store, actor=ACTOR)
    qtbot.addWidget(widget)
    widget.resize(1500, 860)
    widget.show()
    model = widget.model
    column = _column(model, "Signature")
    shown = {model.data(model.index(row, 0)): model.data(model.index(row, column)) for row in range(3)}
    by_id = {p.referral.subject.full_name: p for p in packages[:3]}
    names = list(by_id)
    assert shown[names[0]] == "✔ Signed by Jane Smith (Probation, Cardiff)"
    assert shown[names[1]] == "⚠ Signed by an unknown key"
    assert shown[names[2]] == "Unsigned"
    unknown_row = next(r for r in range(3) if model.data(model.index(r, 0)) == names[1])
    accessible = model.data(model.index(unknown_row, column), Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "Signed by an unknown key"
    assert "nobody has confirmed" in model.data(model.index(unknown_row, column), Qt.ItemDataRole.ToolTipRole)

    widget.ui.view.setFocus()
    widget.ui.view.selectRow(unknown_row)
    qtbot.waitUntil(lambda: widget.detail.referral_id == packages[1].referral.id)
    detail = widget.detail
    assert detail.signature.text().startswith("Signed by an unknown key (fingerprint ")
    assert spoken(mallory.fingerprint) in detail.signature.text()
    assert detail.trust_button.isVisibleTo(detail)
    widget.ui.view.scrollTo(model.index(0, column))
    _save(widget, "screening-queue-signatures.png", tmp_path)
    _save(detail, "screening-detail-unknown-key.png", tmp_path)

    # By keyboard (Alt+T); a wrong fingerprint read out (the check is cancelled): nothing is trusted.
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    asked = []
    detail.confirm = lambda expected, name: asked.append((expected, name))
    QTest.keyClick(widget, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(asked))  # a mnemonic clicks after a short animation
    assert asked == [(mallory.fingerprint, "Someone, Police")]
    assert detail.trust_button.isVisibleTo(detail)
    # The right one: the key is trusted under the name the coordinator gives; queue and detail follow.
    detail.confirm = lambda expected, name: ("Sam Jones, South Wales Police", spoken(expected))
    assert detail.trust_signer()
    assert detail.signature.text().startswith("Signed by Sam Jones, South Wales Police (fingerprint ")
    assert not detail.trust_button.isVisibleTo(detail)
    row = model.row_of(packages[1].referral.id)
    assert model.data(model.index(row, column)) == "✔ Signed by Sam Jones, South Wales Police"
    [sam] = [s for s in trusted_senders(store.db.conn) if s.name.startswith("Sam")]
    assert sam.how == "fingerprint" and sam.public_key == mallory.public_key


def test_the_fingerprint_check_allows_trust_only_when_what_was_read_out_matches(qtbot, tmp_path):
    expected = _signer("x").fingerprint
    dialog = ConfirmFingerprintDialog(expected=expected, name="Jane Smith")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.fingerprint_edit.setFocus()
    QTest.keyClicks(dialog.fingerprint_edit, "2222 2222 2222 2222 2222")
    assert not ok.isEnabled() and "do not match" in dialog.result_label.text()
    dialog.fingerprint_edit.clear()
    QTest.keyClicks(dialog.fingerprint_edit, spoken(expected).lower())
    assert ok.isEnabled() and "match" in dialog.result_label.text()
    _save(dialog, "trust-sender-fingerprint-check.png", tmp_path)
    dialog.name_edit.clear()
    assert not ok.isEnabled()


def test_the_trusted_senders_dialog_adds_lists_exports_and_removes_by_keyboard(qtbot, store, tmp_path):
    jane = _signer("Jane Smith, Probation Service")
    key_file = write_key_file(jane, tmp_path / "jane.mappa-key.json", overwrite=False)
    exported = tmp_path / "mine.mappa-key.json"
    paths = iter([str(key_file), str(exported)])
    dialog = TrustedSendersDialog(store, actor=ACTOR, ask_path=lambda *_: next(paths))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # mnemonics need the active window
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert not dialog.remove.isEnabled()
    dialog.confirm = lambda expected, name: (name, spoken(expected))
    QTest.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Add from a key file…
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.confirm = lambda expected, name: ("Sam Jones, South Wales Police", "abcd efgh jkmn pqrs tvwx")
    QTest.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Add by fingerprint…
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert [dialog.table.item(r, 0).text() for r in range(2)] == [
        "Jane Smith, Probation Service",
        "Sam Jones, South Wales Police",
    ]
    assert dialog.table.item(1, 1).text() == "ABCD EFGH JKMN PQRS TVWX"
    QTest.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # Export your public key…
    qtbot.waitUntil(exported.is_file)  # a mnemonic clicks after a short animation
    assert "Your own fingerprint, to read out to a coordinator: " in dialog.own.text()
    _save(dialog, "trusted-senders-dialog.png", tmp_path)

    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Down)  # the first sender
    QTest.keyClick(dialog.table, Qt.Key.Key_Down)  # the second
    assert dialog.remove.isEnabled()
    asked = []
    dialog.ask = lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No
    QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "Stop trusting Sam Jones, South Wales Police?" in asked[0]
    assert dialog.table.rowCount() == 2
    dialog.ask = lambda *args: QMessageBox.StandardButton.Yes
    QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert [s.name for s in trusted_senders(store.db.conn)] == ["Jane Smith, Probation Service"]
    for widget in (dialog.table, dialog.add_file, dialog.add_fingerprint, dialog.remove, dialog.export_own):
        assert widget.accessibleName()


def test_the_import_report_names_each_package_from_an_unknown_key(qtbot, store, tmp_path, packages):
    from mappa_desktop.gui.screening.import_flow import results_text

    jane, mallory = _signer("Jane Smith, Probation Service"), _signer("Someone, Police")
    trust_key(store, jane.public_key, "Jane Smith", actor=ACTOR)
    results = import_packages(store, [_inbox(tmp_path, packages, jane, mallory)], actor=ACTOR)
    summary, details = results_text(results, lambda text: text)
    assert summary.startswith("3 imported")
    [line] = details.splitlines()  # the trusted and the unsigned ones are shown in the queue only
    assert line.startswith(f"{packages[1].referral.id}.mappa.json: imported — Signed by an unknown key")


def test_replacing_a_trusted_senders_copy_with_an_unsigned_one_says_so_before_asking(
    qtbot, store, tmp_path, packages
):
    from mappa_desktop.core.screening import verify
    from mappa_desktop.gui.screening.import_flow import ImportFlow

    jane = _signer("Jane Smith, Probation Service")
    trust_key(store, jane.public_key, "Jane Smith", actor=ACTOR)
    p = packages[0]
    first = tmp_path / "first.mappa.json"
    write_package(build_package(p.referral, p.facts, p.assessment, signer=jane), first, overwrite=False)
    import_packages(store, [first], actor=ACTOR)
    referral = p.referral.model_copy(deep=True)
    referral.reason.reason = "A later reason"
    second = tmp_path / "second.mappa.json"
    write_package(build_package(referral, p.facts, p.assessment), second, overwrite=False)
    widget = ScreeningWidget(store, actor=ACTOR)
    qtbot.addWidget(widget)
    flow = ImportFlow(store, [str(second)], actor=ACTOR, parent=widget)
    said = flow._what_changed(verify(second))
    assert "Who signed it changes: the copy held is “Signed by Jane Smith”; this one is “Unsigned”." in said


def test_a_refused_key_file_and_fingerprint_are_said_in_the_interface_language(
    qtbot, store, tmp_path, monkeypatch
):
    from mappa_desktop.gui import i18n
    from mappa_desktop.gui.screening import trusted_senders as module

    edited = tmp_path / "edited.mappa-key.json"
    write_key_file(_signer("Jane Smith"), edited, overwrite=False)
    edited.write_text(edited.read_text().replace('"fingerprint": "', '"fingerprint": "X'), encoding="utf-8")
    warned = []
    monkeypatch.setattr(module, "warn", lambda parent, title, text: warned.append(text))
    i18n.install_translators("cy")
    dialog = TrustedSendersDialog(store, actor=ACTOR, ask_path=lambda *_: str(edited))
    qtbot.addWidget(dialog)
    assert dialog.add_from_file() is False
    assert warned == [
        "Mae edited.mappa-key.json wedi'i newid: nid ôl bys ei allwedd yw'r ôl bys y mae'n ei ddangos. Ni "
        "ymddiriedwyd yn neb. Gofynnwch i'r anfonwr am ei ffeil allwedd eto drwy lwybr diogel."
    ]
    box = QMessageBox(QMessageBox.Icon.Warning, "Gwrthodwyd y ffeil allwedd", warned[0])
    qtbot.addWidget(box)
    box.show()
    _save(box, "key-file-refused-cy.png", tmp_path)
    assert trusted_senders(store.db.conn) == []
