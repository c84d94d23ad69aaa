"""Presentation mode for a trainer at a projector: the window full screen, its chrome hidden, text about
1.6 times larger and the check boxes and radio buttons with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

PRESENTATION_SCALE = 1.6


class PresentationMode:
    """Switches ``area`` (and its banner) between normal and presentation sizes."""

    def __init__(self, area: QWidget, banner: QLabel) -> None:
        self.area = area
        self.banner = banner
        self.banner_style = banner.styleSheet()
        self.on = False
        self._hidden_chrome: list[QWidget] = []
        self._window_state = Qt.WindowState.WindowNoState

    def set(self, on: bool) -> None:
        self.on = on
        if on:
            size = self.area.font().pointSizeF() * PRESENTATION_SCALE
            # The indicators grow with the text: a projected quiz is answered by people at the back.
            box = round(self.area.fontMetrics().height() * PRESENTATION_SCALE)
            # A widget's own style sheet wins over the application's, whatever the selectors.
            self.area.setStyleSheet(
                f"QWidget {{ font-size: {size:.1f}pt; }} "
                f"QLabel#trainingTitle {{ font-size: {size * 1.25:.1f}pt; font-weight: bold; }} "
                f"QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px; }}"
            )
            self.banner.setStyleSheet(self.banner_style + f"font-size:{size:.1f}pt;")
            window = self.area.window()
            self._window_state = window.windowState()
            window.showFullScreen()
            self._hidden_chrome = []
            if isinstance(window, QMainWindow):
                for bar in (window.menuBar(), window.statusBar()):
                    if bar is not None and bar.isVisible():
                        bar.hide()
                        self._hidden_chrome.append(bar)
        else:
            self.area.setStyleSheet("")
            self.banner.setStyleSheet(self.banner_style)
            for widget in self._hidden_chrome:
                widget.show()
            self._hidden_chrome = []
            window = self.area.window()
            if window.isFullScreen():
                window.setWindowState(self._window_state)
