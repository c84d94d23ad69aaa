"""The accessible exported documents: the referral summary's and the board report's HTML pass the offline
check (tests/accessibility/html_checks.py: WCAG 2.2 1.1.1, 1.3.1, 1.4.1, 1.4.3, 2.4.2, 2.4.4, 2.4.6, 3.1.1),
and the board report's HTML is offered beside its PDF."""

from __future__ import annotations

import datetime as dt

import pytest

from mappa_desktop.core.screening import board_figures, figures_summary, import_packages, record_decision
from mappa_desktop.export.service import prepare, summary_of
from mappa_desktop.export.templates import render_html
from tests.accessibility.html_checks import check
from tests.accessibility.qss_colours import contrast
from tests.export.conftest import AS_OF, complete_referral
from tests.screening.conftest import ACTOR, package_dir, packages, store  # noqa: F401 - fixtures

WHEN = dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def imported(store, package_dir, packages):  # noqa: F811 - the fixtures above
    import_packages(store, [package_dir], actor=ACTOR)
    for package in packages[:3]:
        record_decision(store, package.referral.id, "not_accepted", reasons=["not_eligible"], actor=ACTOR)
    return store


def test_the_referral_summary_html_passes():
    html = render_html(summary_of(prepare(complete_referral(), as_of=AS_OF), generated_at=WHEN))
    assert check(html) == []


def test_the_board_report_html_passes(imported):
    html = render_html(figures_summary(board_figures(imported.db.conn, seed=1), generated_at=WHEN))
    assert "<table" in html
    assert check(html) == []


@pytest.mark.parametrize(
    "broken, criterion",
    [
        ('<html lang="en">', "<html>"),
        ("<title>", "<title></title><x>"),
        ("<h2 ", "<h3 "),
        ('<th scope="row"', "<th"),
        ("color: #0b0c0c", "color: #b1b4b6"),
        ("</h1>", '</h1><span style="background: #b3261e;"></span>'),
    ],
)
def test_the_check_catches_each_fault(broken, criterion):
    good = render_html(summary_of(prepare(complete_referral(), as_of=AS_OF), generated_at=WHEN))
    assert broken in good, broken
    bad = good.replace(broken, criterion, 1)
    assert check(bad), (broken, criterion)


def test_the_board_report_is_offered_as_html_beside_the_pdf(qtbot, imported, tmp_path):
    from mappa_desktop.gui.app import create_application
    from mappa_desktop.gui.screening import BoardFiguresWidget

    create_application()
    widget = BoardFiguresWidget(imported)
    qtbot.addWidget(widget)
    widget.refresh(seed=1)
    bar = widget.export_bar
    assert bar.indexOf(widget.html_button) == bar.indexOf(widget.ui.pdfButton) + 1
    assert widget.html_button.isEnabled() and widget.html_button.accessibleName()
    target = tmp_path / "report.html"
    assert widget.export_html(str(target))
    assert check(target.read_text(encoding="utf-8")) == []


def test_the_figures_charts_never_rely_on_colour_alone(qtbot, imported):
    from PySide6.QtCharts import QAbstractBarSeries

    from mappa_desktop.gui.app import create_application
    from mappa_desktop.gui.screening import BoardFiguresWidget

    create_application()
    widget = BoardFiguresWidget(imported)
    qtbot.addWidget(widget)
    widget.refresh(seed=1)
    for key, view in widget.charts.items():
        for series in view.chart().series():
            assert isinstance(series, QAbstractBarSeries)
            assert series.isLabelsVisible(), f"{key}: the numbers are written on the bars"
            sets = series.barSets()
            for bar_set in sets:  # the numbers are read on white (above the bar, or on its hatching)
                assert contrast(bar_set.labelColor().name(), "#ffffff") >= 4.5, f"{key}: {bar_set.label()}"
            if len(sets) > 1:  # parts told apart: by hatching as well as colour
                assert len({s.brush().style() for s in sets}) == len(sets), key
