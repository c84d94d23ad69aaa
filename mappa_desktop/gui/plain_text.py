"""Showing values that come from data as plain text, never as Qt rich text (DESIGN principle 10).

Qt guesses: a label, a message box or a tooltip whose text looks like markup is rendered as HTML, so a
name such as ``<img src="file:///...">`` would load a file and a ``<table>`` of 5,000 rows would make a
heading 80,000 pixels tall. Labels that show data are set to ``Qt.PlainText``; where a widget must be
rich text (bold, lists), every data value goes through ``escaped`` first.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from mappa_desktop.core.limits import NAME_MAX


def escaped(value: object) -> str:
    """``value`` ready to sit inside rich text, shown literally (quotes escaped too, for attributes)."""
    return html.escape(str(value), quote=True)


def one_line(value: object, limit: int = NAME_MAX) -> str:
    """``value`` for a heading or a title: at most ``limit`` characters, line breaks as spaces."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain_labels(*labels: QLabel) -> None:
    """Never read markup in these labels: what is set on them is shown exactly as written."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def literal(text: str) -> str:
    """``text`` as rich text that shows exactly ``text`` (for a tooltip or a message box, which Qt would
    otherwise read as markup if it looked like markup). Line breaks are kept."""
    if not text:
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally."""
    return literal(text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """``QMessageBox.warning`` whose text is shown literally (an error may quote a name from a file)."""
    QMessageBox.warning(parent, title, literal(text))


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton,
) -> QMessageBox.StandardButton:
    """``QMessageBox.question`` whose text is shown literally (the question may name a person)."""
    return QMessageBox.question(parent, title, literal(text), buttons, default)


def message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box whose texts are plain; call ``plain_message`` again after adding informative text."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    plain_message(box)
    return box


def plain_message(box: QMessageBox) -> None:
    """Every text of a message box plain, its informative text too (``setTextFormat`` covers only the
    main text)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
