"""Issue 14: a package saved from the window is signed with this installation's key, under the officer's
name and agency from Settings; a key that cannot be made stops the save, saying so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mappa_desktop.core.package import read_package, signature_of
from mappa_desktop.core.safe_files import ExportError
from mappa_desktop.core.signing.keys import own_signer
from mappa_desktop.gui.settings import Officer, set_officer
from tests.gui.conftest import add_referral


def test_a_package_saved_from_the_window_is_signed_under_the_officers_name(
    store, make_window, qtbot, tmp_path
):
    referral = add_referral(store, "Dai", "Davies")
    window = make_window(store)  # settings kept in this test's own folder from here on
    set_officer(Officer("Fay Ford", "Probation officer", "Probation Service Wales"))
    window.select_referral(referral.id)
    assert own_signer(store) is None  # made on first need, not at start-up
    dialog = window.editor.open_preview()
    dialog._ask_path = lambda *_: str(tmp_path / "davies.mappa.json")
    qtbot.mouseClick(dialog.save_package_button, Qt.MouseButton.LeftButton)
    dialog.close()
    check = signature_of(read_package(tmp_path / "davies.mappa.json"))
    signer = own_signer(store)
    assert check.public_key == signer.public_key
    assert check.signer == signer.name == "Fay Ford, Probation Service Wales"


def test_a_package_that_cannot_be_signed_is_not_written(store, make_window, tmp_path):
    referral = add_referral(store, "Dai", "Davies")
    window = make_window(store)
    window.select_referral(referral.id)
    dialog = window.editor.open_preview()

    def no_key():
        raise RuntimeError("the database is read-only")

    dialog._signer = no_key
    with pytest.raises(ExportError, match="it could not be signed \\(the database is read-only\\)"):
        dialog._package_bytes()
    dialog.close()


def test_a_package_saved_encrypted_from_the_window_opens_only_at_that_coordinator(
    store, make_window, qtbot, tmp_path
):
    from mappa_desktop.core.screening import ImportOutcome, import_packages
    from mappa_desktop.core.signing.key_file import write_key_file
    from mappa_desktop.core.signing.keys import installation_signer
    from mappa_desktop.core.store import Store

    with Store.open(tmp_path / "coordinator.db") as coordinator:
        key_file = write_key_file(
            installation_signer(coordinator, name="Cath, MAPPA Wales"),
            tmp_path / "cath.mappa-key.json",
            overwrite=False,
        )
    referral = add_referral(store, "Dai", "Davies")
    window = make_window(store)
    window.select_referral(referral.id)
    dialog = window.editor.open_preview()
    assert dialog.save_encrypted_button.accessibleName() == "Save encrypted package"
    asked = []
    dialog._ask_key_file = lambda *_: str(key_file)
    dialog._confirm = lambda title, text: asked.append(text) or True
    dialog._ask_path = lambda *_: str(tmp_path / "davies.mappa.json")
    qtbot.mouseClick(dialog.save_encrypted_button, Qt.MouseButton.LeftButton)
    dialog.close()
    assert asked and asked[0].startswith("Encrypt the package for Cath, MAPPA Wales (fingerprint ")
    data = (tmp_path / "davies.mappa.json").read_bytes()
    assert b"Davies" not in data and data.startswith(b'{"format":"mappa-encrypted-package"')
    with Store.open(tmp_path / "coordinator.db") as coordinator:
        [result] = import_packages(coordinator, [tmp_path / "davies.mappa.json"], actor="cath")
    assert result.outcome is ImportOutcome.imported and result.referral_id == referral.id
    [refused] = import_packages(store, [tmp_path / "davies.mappa.json"], actor="fay")
    assert refused.outcome is ImportOutcome.refused
