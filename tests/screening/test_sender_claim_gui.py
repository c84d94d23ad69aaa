"""The screening window shows the co-ordinator's own assessment, the sender's claim as a claim, and
never preselects a decision; a replaced package shows in the history. Driven with real key presses."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from mappa_desktop.core.package import build_package, digest_of, package_document, write_package
from mappa_desktop.core.screening import decisions_for, import_packages
from mappa_desktop.core.screening.claims import coordinator_assessment
from mappa_desktop.core.screening.samples import sample_packages
from mappa_desktop.gui.screening import ScreeningWidget
from tests.screening.conftest import ACTOR


def _claiming_level_3(package, path):
    """The package as a sender might edit it: the same referral, the aid's level rewritten to 3."""
    document = package_document(package)
    document["assessment"]["level"] = 3
    document["digest"] = {"algorithm": "sha256", "value": digest_of(document)}
    path.write_text(json.dumps(document))


def _level_1_package():
    for package in sample_packages(60, seed=21):
        own = coordinator_assessment(package, dt.date.today())
        if own.level == 1 and package.referral.reason.level_sought in (None, 1, 2):
            return package, own
    raise AssertionError("no Level 1 sample")


def test_a_claimed_level_3_is_shown_as_the_senders_claim_and_nothing_is_preselected(qtbot, store, tmp_path):
    package, own = _level_1_package()
    path = tmp_path / "claims.mappa.json"
    _claiming_level_3(package, path)
    import_packages(store, [path], actor=ACTOR)
    widget = ScreeningWidget(store, actor=ACTOR)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # keyboard shortcuts need the active window

    widget.ui.view.setFocus()
    QTest.keyClick(widget.ui.view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: widget.detail.referral_id == package.referral.id)
    detail = widget.detail
    model = widget.model
    aid_column = next(
        i
        for i in range(model.columnCount())
        if model.headerData(i, Qt.Orientation.Horizontal) == "Aid recommends"
    )
    assert model.data(model.index(0, aid_column)) == "Level 1"  # the co-ordinator's own, not the claim
    comparison = detail.ui.comparison.text()
    assert "This application assesses" in comparison and "Sender’s copy of the aid said" in comparison
    assert "says: Level 3. This application&#x27;s rule pack says: Level 1." in comparison
    assert detail.ui.decision.currentIndex() == -1  # nothing chosen for the co-ordinator
    assert detail.reason_boxes() == []

    # Ctrl+Return with nothing chosen records nothing and says what to do.
    detail.ui.note.setFocus()
    QTest.keyClick(detail.ui.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Choose a decision" in detail.ui.error.text()
    assert decisions_for(store.db.conn, package.referral.id) == []

    # The co-ordinator chooses "Not accepted" with the keyboard, ticks a reason, records.
    detail.ui.decision.setFocus()
    target = detail.ui.decision.findData("not_accepted")
    for _ in range(target + 1):
        QTest.keyClick(detail.ui.decision, Qt.Key.Key_Down, delay=20)
    assert detail.ui.decision.currentData() == "not_accepted"
    box = next(b for b in detail.reason_boxes() if b.property("reason") == "lead_agency_plan_robust")
    box.setFocus()
    QTest.keyClick(box.box, Qt.Key.Key_Space)
    assert box.isChecked()
    QTest.keyClick(box.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [decision] = decisions_for(store.db.conn, package.referral.id)
    assert str(decision.status) == "not_accepted" and decision.reasons == ("lead_agency_plan_robust",)
    assert detail.ui.decision.currentIndex() == -1  # shown again: still nothing preselected


def _held_and_edited(store, tmp_path, **subject):
    """A package already held, and the path of an edited copy of it (``subject`` fields changed)."""
    package, _ = _level_1_package()
    first = tmp_path / "first.mappa.json"
    write_package(package, first, overwrite=False)
    import_packages(store, [first], actor=ACTOR)
    referral = package.referral.model_copy(deep=True)
    for field, value in subject.items():
        setattr(referral.subject, field, value)
    second = tmp_path / "second.mappa.json"
    write_package(build_package(referral, package.facts, package.assessment), second, overwrite=False)
    return second


def test_a_replaced_package_shows_in_the_history(qtbot, store, tmp_path):
    second = _held_and_edited(store, tmp_path, family_name="Edited")
    import_packages(store, [second], actor=ACTOR, on_duplicate="replace")
    widget = ScreeningWidget(store, actor=ACTOR)
    qtbot.addWidget(widget)
    widget.show()
    widget.ui.view.selectRow(0)
    history = widget.detail.ui.history.text()
    assert "Package replaced by a newer copy; changed: Offender information › Name" in history


def test_the_replace_question_says_what_would_change(qtbot, store, tmp_path):
    from mappa_desktop.core.screening import verify
    from mappa_desktop.gui.screening.import_flow import ImportFlow

    second = _held_and_edited(store, tmp_path, pnc_id=None)
    widget = ScreeningWidget(store, actor=ACTOR)
    qtbot.addWidget(widget)
    flow = ImportFlow(store, [str(second)], actor=ACTOR, parent=widget)
    text = flow._what_changed(verify(second))
    assert (
        "Replacing changes: Offender information › PNC ID." in text
        and "earlier version stays in the history" in text
    )


def test_the_queue_marks_a_claim_that_differs_in_words_and_keeps_its_sort(qtbot, store, tmp_path, packages):
    package, _own = _level_1_package()
    path = tmp_path / "claims.mappa.json"
    _claiming_level_3(package, path)
    honest = tmp_path / "honest.mappa.json"
    write_package(packages[0], honest, overwrite=False)
    import_packages(store, [path, honest], actor=ACTOR)
    widget = ScreeningWidget(store, actor=ACTOR)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    model, view = widget.model, widget.ui.view
    claim = next(
        i
        for i in range(model.columnCount())
        if model.headerData(i, Qt.Orientation.Horizontal) == "Sender's claim"
    )
    rows = {model.referral_id(r): r for r in range(model.rowCount())}
    marked = model.index(rows[package.referral.id], claim)
    assert model.data(marked) == "⚠ Differs: Level 3"  # a sign and words, never colour alone
    assert "sender's copy of the aid says: Level 3." in model.data(marked, Qt.ItemDataRole.ToolTipRole)
    assert "This application's rule pack says: Level 1." in model.data(marked, Qt.ItemDataRole.ToolTipRole)
    assert model.data(marked, Qt.ItemDataRole.AccessibleTextRole) == "The sender's claim differs: Level 3"
    assert not model.data(model.index(rows[packages[0].referral.id], claim))  # the same: no marker

    before = [model.referral_id(r) for r in range(model.rowCount())]
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(claim) + header.sectionSize(claim) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert [model.referral_id(r) for r in range(model.rowCount())] == before  # not sortable: unchanged
    assert header.sortIndicatorSection() != claim  # and the arrow does not pretend otherwise


def test_sender_claims_are_read_from_compressed_and_older_text_rows(store, tmp_path):
    from mappa_desktop.core.screening.claims import Outcome, sender_claims

    package, own = _level_1_package()
    path = tmp_path / "claims.mappa.json"
    _claiming_level_3(package, path)
    import_packages(store, [path], actor=ACTOR)
    conn = store.db.conn
    (n,) = conn.execute("SELECT n FROM received_referrals").fetchone()
    claimed = Outcome(own.mappa_eligible, own.category, 3)
    assert sender_claims(conn, [n]) == {n: claimed}
    conn.execute("UPDATE received_packages SET data = ? WHERE n = ?", (path.read_text(), n))  # as held before
    assert sender_claims(conn, [n]) == {n: claimed}
    conn.execute("UPDATE received_packages SET data = ? WHERE n = ?", (b"not a package", n))
    assert sender_claims(conn, [n]) == {}  # unreadable: no marker, and the detail says why
