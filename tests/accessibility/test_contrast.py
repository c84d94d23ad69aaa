"""Colour contrast of resources/style.qss (WCAG 2.2 AA: 1.4.3 text, 1.4.11 focus indicators) and a
visible focus indicator for every focusable widget type (2.4.7)."""

from __future__ import annotations

from mappa_desktop.paths import resources_dir
from tests.accessibility.qss_colours import PANEL, WINDOW, contrast, pairs, rules

STYLE = resources_dir() / "style.qss"

FOCUSABLE_TYPES = [
    "QLineEdit",
    "QPlainTextEdit",
    "QTextEdit",
    "QTextBrowser",
    "QComboBox",
    "QSpinBox",
    "QDateEdit",
    "QPushButton",
    "QToolButton",
    "QRadioButton",
    "QCheckBox",
    "QTableView",
    "QTreeView",
    "QListView",
    "QListWidget",
    "QTabBar::tab",
    "QScrollArea",
]


def test_the_contrast_formula_matches_wcag():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54  # the well-known AA grey
    assert contrast("#777777", "#ffffff") < 4.5


def test_every_colour_pair_meets_wcag_aa():
    found = pairs(STYLE)
    assert len(found) > 60
    failing = [
        f"{p.selector}: {p.what} {p.foreground} on {p.background} is {p.ratio:.2f}:1, needs {p.needed}:1"
        for p in found
        if p.ratio < p.needed
    ]
    assert not failing, "\n".join(failing)


def test_the_surfaces_are_the_stylesheets_own():
    backgrounds = {r.colour("background") for r in rules(STYLE)}
    assert WINDOW in backgrounds and PANEL in backgrounds


def test_every_focusable_widget_type_shows_focus():
    focus_rules = [r for r in rules(STYLE) if ":focus" in r.selector]
    for kind in FOCUSABLE_TYPES:
        shown = [
            r
            for r in focus_rules
            if any(part.strip().startswith(f"{kind}:focus") for part in r.selector.split(","))
            and (r.colour("border", "border-color", "background") or "outline" in r.properties)
        ]
        assert shown, f"no visible focus indicator for {kind}"
