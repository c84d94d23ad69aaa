"""Showing values that come from data as plain text, never as Qt rich text (DESIGN principle 10).

Qt guesses: a label, a message box or a tooltip whose text looks like markup is rendered as HTML, so a
name such as ``<img src="file:///...">`` would load a file and a ``<table>`` of 5,000 rows would make a
heading 80,000 pixels tall. Labels that show data are set to ``Qt.PlainText``; where a widget must be
rich text (bold, lists), every data value goes through ``escaped`` first.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def escaped(value: object) -> str:
    """``value`` ready to sit inside rich text, shown literally (quotes escaped too, for attributes)."""
    return html.escape(str(value), quote=True)


def plain_labels(*labels: QLabel) -> None:
    """Never read markup in these labels: what is set on them is shown exactly as written."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt renders a tooltip that looks like markup as HTML)."""
    if not text:
        return text
    return f"<p style='white-space:pre-wrap'>{escaped(text)}</p>"


def message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box whose text is plain (an error may quote a file name or a value from a file)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    plain_message(box)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """``QMessageBox.warning`` with plain text."""
    message(parent, QMessageBox.Icon.Warning, title, text).exec()


def plain_message(box: QMessageBox) -> None:
    """Every text of a message box plain, its informative text too (``setTextFormat`` covers only the
    main text)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
