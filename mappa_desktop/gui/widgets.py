"""Small widgets shared by several screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class _ToggleLabel(QLabel):
    """The wrapping text of a check box: clicking it ticks the box, as a check box's own text would."""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        buddy = self.buddy()
        if isinstance(buddy, QCheckBox) and buddy.isEnabled():
            buddy.toggle()
            buddy.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


class WrappingCheckBox(QWidget):
    """A check box whose text wraps, so long wording never widens the window (large text, projectors).

    Focus, tab order and the accessible name belong to the check box itself; the text beside it is its
    buddy label."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(text)
        self.label = _ToggleLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.setFocusProxy(self.box)
        self.toggled = self.box.toggled

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:  # noqa: N802 - the QCheckBox name, so callers read the same
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802
        self.box.setChecked(checked)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        room = max(width - self.box.sizeHint().width() - self.layout().spacing(), 20)
        return max(self.box.sizeHint().height(), self.label.heightForWidth(room))
