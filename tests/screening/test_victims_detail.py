"""The co-ordinator's screen shows the MARAC criteria met victim by victim (decision policy version 2), for
a package exported with victims and for one exported before victims were recorded (its one victim is
victim 1)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mappa_desktop.core.screening import import_packages, received_package
from mappa_desktop.export.service import prepare, render
from mappa_desktop.gui.screening import ScreeningWidget
from tests.export.conftest import complete_referral
from tests.screening.conftest import ACTOR

FIXTURES = Path(__file__).parents[1] / "fixtures" / "v1"


def _open_first_row(qtbot, store) -> ScreeningWidget:
    widget = ScreeningWidget(store, actor=ACTOR)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    view = widget.ui.view
    rect = view.visualRect(view.model().index(0, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center(), delay=20)
    qtbot.waitUntil(lambda: widget.detail.referral_id is not None)
    return widget


@pytest.fixture
def serial_perpetrator(store, tmp_path):
    referral = complete_referral()
    data = render(prepare(referral, as_of=dt.date(2026, 6, 1)), "json")
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "referral.mappa.json").write_bytes(data)
    import_packages(store, [folder], actor=ACTOR)
    return referral


def test_the_detail_names_each_victim_with_the_marac_criteria_met(qtbot, store, serial_perpetrator):
    stored = received_package(store.db.conn, serial_perpetrator.id)
    assert [v.label for v in stored.referral.domestic_abuse.victims] == ["V-A", "V-B"]
    widget = _open_first_row(qtbot, store)
    comparison = widget.detail.ui.comparison.text()
    assert "<b>Victim 2 (V-B)</b>: Consider a MARAC referral: professional judgement: the risk assessor" in (
        comparison
    )
    assert "Victim 1 (V-A)" in comparison
    summary = widget.detail.ui.summary.toPlainText()
    assert summary.index("Victim 1 (V-A)") < summary.index("Victim 2 (V-B)") < summary.index("MARAC case")
    assert "MARAC criteria met" in summary


def test_a_version_1_package_shows_its_one_victim_as_victim_1(qtbot, store, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(FIXTURES / "referral-v1.mappa.json", folder)
    import_packages(store, [folder], actor=ACTOR)
    widget = _open_first_row(qtbot, store)
    # Its MARAC referral (May 2026) is within 12 months and there has been an incident since: a repeat.
    comparison = widget.detail.ui.comparison.text()
    assert "<b>Victim 1</b>: A repeat MARAC referral is due" in comparison
    assert "Victim 1" in widget.detail.ui.summary.toPlainText()
