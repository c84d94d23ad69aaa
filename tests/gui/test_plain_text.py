"""Data is never code on screen: markup in every field of a referral and of a package is shown as the
characters it is, in the main window, the screening queue and detail, the board figures and training.

Qt reads a label, a tooltip or a message that looks like markup as HTML: ``<img src="file:///...">``
would open a local file and a ``<table>`` of many rows would make a heading thousands of pixels tall.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QTextEdit, QWidget

from mappa_desktop.core.facts import Case
from mappa_desktop.core.package import build_package, write_package
from mappa_desktop.core.referral import Referral, derive_facts
from mappa_desktop.core.rules import evaluate, load_pack
from mappa_desktop.core.screening import import_packages, record_decision
from mappa_desktop.core.screening.samples import sample_packages
from mappa_desktop.gui.plain_text import literal, plain_tooltip

FILE = "file:///etc/passwd"
LINK = "https://attacker.invalid/x"
NAME_MARKUP = f'<img src="{FILE}"><a href="{LINK}">link</a>' + "<br>" * 25
TEXT_MARKUP = f'<img src="{FILE}"><a href="{LINK}">link</a><table>' + "<tr><td>r</td></tr>" * 900 + "</table>"


def _leaves(value: Any, path: tuple = ()):
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves(child, (*path, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _leaves(child, (*path, i))
    elif isinstance(value, str):
        yield path


def _set(document: dict, path: tuple, value: str) -> None:
    for key in path[:-1]:
        document = document[key]
    document[path[-1]] = value


def marked_referral(referral: Referral) -> tuple[Referral, int]:
    """``referral`` with markup in every text field that accepts it (long markup where free text is
    allowed, a name-sized one where a cap or pattern refuses that); and how many fields took it."""
    document = referral.model_dump(mode="json")
    marked = 0
    for path in list(_leaves(document)):
        if path[-1] in ("id", "status") or "date" in str(path[-1]):
            continue
        for markup in (TEXT_MARKUP, NAME_MARKUP):
            trial = referral.model_validate(document).model_dump(mode="json")
            _set(trial, path, markup)
            try:
                Referral.model_validate(trial)
            except ValueError:
                continue
            _set(document, path, markup)
            marked += 1
            break
    return Referral.model_validate(document), marked


@pytest.fixture
def hostile_store(store, tmp_path):
    base = next(iter(sample_packages(1, seed=12)))
    referral, marked = marked_referral(base.referral)
    assert marked > 30  # the names, references, narratives, agencies, diversity answers ...
    assert referral.subject.family_name in (TEXT_MARKUP, NAME_MARKUP)
    store.new_referral(referral, actor="officer")
    day = dt.date.today()
    assessment = evaluate(load_pack(), Case(as_of=day, facts=derive_facts(referral, day)))
    package = build_package(referral, derive_facts(referral, day), assessment)
    path = tmp_path / "hostile.mappa.json"
    write_package(package, path, overwrite=False)
    [result] = import_packages(store, [path], actor="coordinator")
    assert result.outcome.value == "imported", result.reason
    record_decision(
        store,
        referral.id,
        "not_accepted",
        reasons=["other"],
        note=TEXT_MARKUP,
        actor=NAME_MARKUP[:60],
    )
    return store


def _outside_editor(widget: QWidget, editor: QWidget | None) -> bool:
    # The referral editor is checked by its own tests; this one covers everything around it.
    return editor is None or (widget is not editor and not editor.isAncestorOf(widget))


def _assert_no_rich_text_from_data(editor: QWidget | None) -> int:
    """Walk every widget: no label, text view or tooltip interprets markup from the data. Returns how
    many widgets showed the hostile text (so the test knows it looked at something)."""
    seen = 0
    for widget in QApplication.allWidgets():
        if not _outside_editor(widget, editor):
            continue
        tip = widget.toolTip()
        assert "<img" not in tip and "<a href" not in tip, (type(widget).__name__, tip[:120])
        if isinstance(widget, QLabel) and FILE in widget.text():
            seen += 1
            plain = widget.textFormat() == Qt.TextFormat.PlainText
            assert plain or "<img" not in widget.text(), (widget.objectName(), widget.text()[:120])
            assert widget.sizeHint().height() < 2000, widget.objectName()
        if isinstance(widget, QTextEdit):
            # The body only: Qt writes the <title> back unescaped, but a title is never rendered.
            html = widget.toHtml().split("</head>", 1)[-1]
            text = widget.toPlainText()
            assert "\ufffc" not in text, widget.objectName()  # an image or object was embedded
            # A real tag in the document (text shown literally is serialised as "&lt;img ...").
            assert "<img" not in html and f'<a href="{LINK}' not in html, widget.objectName()
            if FILE in text:
                seen += 1
        if isinstance(widget, QChartView):  # Qt Charts reads axis labels as HTML
            for axis in widget.chart().axes():
                for label in axis.categories() if isinstance(axis, QBarCategoryAxis) else []:
                    assert "<img" not in label and "<a href" not in label, label[:120]
                    seen += "&lt;img" in label
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column, and Qt keeps columnCount private
                columns = 1
            for row in range(min(model.rowCount(QModelIndex()), 50)):
                for column in range(columns):
                    index = model.index(row, column)
                    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        assert "<img" not in tip and "<a href" not in tip, tip[:120]
                    shown = model.data(index, Qt.ItemDataRole.DisplayRole)
                    if isinstance(shown, str) and FILE in shown:
                        seen += 1
    return seen


def test_markup_in_every_field_is_shown_as_plain_text_everywhere(make_window, hostile_store, qtbot):
    window = make_window(hostile_store)
    qtbot.waitUntil(lambda: window.drafts.rowCount() == 1)
    seen = {"drafts": _assert_no_rich_text_from_data(window.editor)}

    window.ui.areaTabs.setCurrentWidget(window.ui.screeningTab)
    screening = window.screening
    qtbot.waitUntil(screening.isVisible)
    screening.ui.view.setCurrentIndex(screening.model.index(0, 0))
    qtbot.waitUntil(lambda: screening.detail.referral_id is not None)
    detail = screening.detail
    assert FILE in detail.ui.heading.text()  # the name is there, as the characters it is
    assert detail.ui.heading.textFormat() == Qt.TextFormat.PlainText
    assert detail.ui.heading.sizeHint().height() < 200
    assert FILE in detail.ui.history.text() and "&lt;img" in detail.ui.history.text()
    seen["screening"] = _assert_no_rich_text_from_data(window.editor)

    screening.ui.tabs.setCurrentWidget(screening.ui.figuresTab)
    qtbot.waitUntil(lambda: screening.figures.figures is not None)
    seen["figures"] = _assert_no_rich_text_from_data(window.editor)

    window.ui.areaTabs.setCurrentWidget(window.ui.trainingTab)
    qtbot.waitUntil(window.training.isVisible)
    seen["training"] = _assert_no_rich_text_from_data(window.editor)

    assert seen["drafts"] >= 1 and seen["screening"] >= 3 and seen["figures"] >= 1, seen


def test_literal_shows_markup_as_characters():
    for text in (NAME_MARKUP, "a < b & c > d", "line one\nline two"):
        shown = literal(text)
        assert "<img" not in shown and "<a " not in shown
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(shown)
        assert document.toPlainText().replace("\u2029", "\n").replace("\n", "") == text.replace("\n", "")
    assert plain_tooltip("") == ""


def test_the_delete_question_names_a_markup_name_literally(store, make_window, qtbot, question_box):
    from tests.gui.conftest import add_referral

    hostile = add_referral(store, "Ann", NAME_MARKUP)
    window = make_window(store)
    window.select_referral(hostile.id)
    window.ui.draftsView.setFocus()
    qtbot.keyClick(window.ui.draftsView, Qt.Key.Key_Delete)
    [asked] = question_box.asked
    assert "&lt;img" in asked and "<img" not in asked  # Qt shows it as the characters typed
    assert store.count() == 0


def test_markup_in_every_field_is_shown_as_plain_text_in_the_referral_editor(make_window, store, qtbot):
    """The editor too: every section page, Check your answers and the decision panel, with markup in every
    field of the open referral (the officer's own data can come from a paste, or a package re-opened)."""
    base = next(iter(sample_packages(1, seed=12)))
    referral, marked = marked_referral(base.referral)
    assert marked > 30
    store.new_referral(referral, actor="officer")
    window = make_window(store)
    qtbot.waitUntil(lambda: window.drafts.rowCount() == 1)
    window.select_referral(referral.id)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.referral is not None)
    editor = window.editor
    shown = 0
    for page in editor.pages():
        editor.show_section(page.section_id)
        qtbot.wait(20)
        for widget in QApplication.allWidgets():
            if widget is not editor and not editor.isAncestorOf(widget):
                continue
            tip = widget.toolTip()
            assert "<img" not in tip and "<a href" not in tip, (page.section_id, type(widget).__name__)
            if isinstance(widget, QLabel) and (FILE in widget.text() or "&lt;img" in widget.text()):
                shown += 1
                rich = widget.textFormat() != Qt.TextFormat.PlainText
                assert not (rich and "<img" in widget.text()), (page.section_id, widget.text()[:120])
            if isinstance(widget, QTextEdit) and widget.isReadOnly():
                body = widget.toHtml().split("</head>", 1)[-1]
                assert "<img" not in body and f'<a href="{LINK}' not in body, page.section_id
    assert shown >= 2  # the heading and Check your answers show the answers, as the characters typed
    heading = editor.ui.titleLabel
    assert FILE in heading.text() and heading.textFormat() == Qt.TextFormat.PlainText
    assert heading.sizeHint().height() < 200  # 25 <br> read as markup made it hundreds of pixels tall
