"""Small widgets shared by several screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent, QTextCursor, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


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


# Limits on what a person can type ----------------------------------------------------------------------

try:  # core/limits.py owns the caps once it lands; the same figures until then.
    from mappa_desktop.core.limits import NAME_MAX, TEXT_MAX
except ImportError:  # pragma: no cover - depends on the branch this is merged with
    NAME_MAX = 200
    TEXT_MAX = 20_000


class LimitedTextEdit(QPlainTextEdit):
    """Free text with a hard limit and a live count ("N characters remaining") shown in ``counter``.

    Typing or pasting past the limit keeps the first ``limit`` characters and says so in the counter: a
    10,000-character paste cannot make an eight-page summary without the officer seeing it was cut."""

    def __init__(self, limit: int = TEXT_MAX, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.counter = QLabel(self)
        self.counter.setProperty("class", "hint")
        self.counter.setAccessibleName(self.tr("Characters remaining"))
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        self._cut = False
        self.textChanged.connect(self._enforce)
        self._update_counter()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override: a language switch
        if event.type() == QEvent.Type.LanguageChange:
            self.counter.setAccessibleName(self.tr("Characters remaining"))
            self._update_counter()
        super().changeEvent(event)

    def _enforce(self) -> None:
        excess = self.document().characterCount() - 1 - self.limit
        if excess > 0:
            cursor = self.textCursor()
            end = cursor.position()
            cursor.setPosition(max(end - excess, 0))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            blocked = self.blockSignals(True)  # one textChanged for the whole edit, below
            cursor.removeSelectedText()
            self.blockSignals(blocked)
            self._cut = True
        self._update_counter()

    def _update_counter(self) -> None:
        left = self.limit - (self.document().characterCount() - 1)
        text = self.tr("{n} characters remaining").format(n=f"{left:,}")
        if self._cut and left == 0:
            text = self.tr("You have reached the limit of {limit} characters: the rest was not added").format(
                limit=f"{self.limit:,}"
            )
        self._cut = False
        self.counter.setText(text)
        self.counter.setProperty("class", "fieldError" if left == 0 else "hint")
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)


def with_counter(edit: LimitedTextEdit) -> QWidget:
    """The text box with its count under it, as one widget for a form row."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(edit)
    column.addWidget(edit.counter)
    box.setFocusProxy(edit)
    return box


class _NumberValidator(QValidator):
    def __init__(self, decimals: bool, maximum: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._decimals = decimals
        self._maximum = maximum

    def validate(self, text: str, pos: int) -> object:  # noqa: D102 - Qt override
        stripped = text.strip()
        if not stripped:
            return QValidator.State.Acceptable
        whole, dot, fraction = stripped.partition(".")
        if not whole.isdigit() and not (dot and whole == ""):
            return QValidator.State.Invalid
        if dot and (not self._decimals or (fraction and not fraction.isdigit()) or len(fraction) > 1):
            return QValidator.State.Invalid
        try:
            value = float(stripped) if stripped != "." else 0.0
        except ValueError:
            return QValidator.State.Invalid
        return QValidator.State.Acceptable if value <= self._maximum else QValidator.State.Invalid


class NumberEdit(QLineEdit):
    """A number typed in digits; blank means not known. Never changed by the mouse wheel.

    A key that cannot be part of the number (a letter, a second point, a number past the maximum) is
    refused, and ``refused`` carries a message saying what to enter, to show under the field: the field's
    own (``NUMBER_HINTS`` for the referral ``path``, the one wording the model's refusals use too), else a
    general one. A number within the field's limits but outside the referral's is refused when saved."""

    refused = Signal(str)

    def __init__(
        self,
        whole: bool = True,
        maximum: float = 10_000,
        path: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.whole = whole
        self.maximum = maximum
        # Imported here: the referral models are not needed to paint the first window (start-up).
        from mappa_desktop.core.referral.labels import NUMBER_HINTS

        self.message = NUMBER_HINTS.get(path) or (
            self.tr("Enter a whole number in digits, like 18")
            if whole
            else self.tr("Enter a number in digits, like 18 or 4.5")
        )
        self.setValidator(_NumberValidator(not whole, maximum, self))
        self.setPlaceholderText(self.tr("blank if not known"))
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.inputRejected.connect(self._rejected)

    def _rejected(self) -> None:
        if self.text() and self.text().replace(".", "").isdigit():
            most = plain_number(self.maximum)
            self.refused.emit(
                self.tr("{message}, up to {maximum}").format(message=self.message, maximum=most)
            )
        else:
            self.refused.emit(self.message)

    def number(self) -> int | float | None:
        """The number typed (int for whole numbers), or None when blank."""
        text = self.text().strip()
        if not text or text == ".":
            return None
        return int(text) if self.whole else float(text)

    def set_number(self, value: float | None) -> None:
        self.setText("" if value is None else plain_number(value))


def plain_number(value: float) -> str:
    """18.0 -> "18", 4.5 -> "4.5": a whole number never shows a decimal point."""
    return str(int(value)) if float(value).is_integer() else str(value)


# The mouse wheel -----------------------------------------------------------------------------------------

_WHEEL_CONTROLS = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """Application-wide: a drop-down or spin box changes with the wheel only once the person has put the
    cursor in it. Over an unfocused one the wheel scrolls the page, as the person meant.

    Installed once on the application (``install_wheel_guard``), so every such control in every screen
    follows the one rule: a strong focus policy (click or Tab, never the wheel, gives focus) and wheel
    events passed on to the scrolling area underneath."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _WHEEL_CONTROLS):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, QWidget):
            control = _wheel_control(watched)
            if control is not None and not control.hasFocus():
                area = _scroll_area(control)
                if area is not None:
                    QApplication.sendEvent(area.viewport(), event)
                return True
        return False


def _wheel_control(widget: QWidget) -> QWidget | None:
    """The drop-down or spin box ``widget`` is part of (its line edit, say), or None."""
    node: QWidget | None = widget
    for _depth in range(3):
        if node is None:
            return None
        if isinstance(node, _WHEEL_CONTROLS):
            return node
        node = node.parentWidget()
    return None


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    node = widget.parentWidget()
    while node is not None:
        if isinstance(node, QAbstractScrollArea) and not isinstance(node, QAbstractItemView):
            return node
        node = node.parentWidget()
    return None


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the ``WheelGuard`` on ``app`` once (tests create the application more than once)."""
    guard = app.findChild(WheelGuard, "wheelGuard")
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheelGuard")
        app.installEventFilter(guard)
    return guard


# Drop-downs ----------------------------------------------------------------------------------------------

SHORT_LIST = 10
"""A drop-down with this many items or fewer opens showing them all, without a scroll bar."""


def show_all_items(combo: QComboBox) -> None:
    """Let a short drop-down open at full length (Qt's default is to scroll after ten)."""
    combo.setMaxVisibleItems(SHORT_LIST)
    if combo.count() <= SHORT_LIST:
        combo.setMaxVisibleItems(max(combo.count(), 1))
