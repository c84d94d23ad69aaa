"""Presentation mode for a trainer at a projector: text about 1.6 times larger, the window's chrome hidden."""

from __future__ import annotations

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

    def set(self, on: bool) -> None:
        self.on = on
        if on:
            size = self.area.font().pointSizeF() * PRESENTATION_SCALE
            # A widget's own style sheet wins over the application's, whatever the selectors.
            self.area.setStyleSheet(
                f"QWidget {{ font-size: {size:.1f}pt; }} "
                f"QLabel#trainingTitle {{ font-size: {size * 1.25:.1f}pt; font-weight: bold; }}"
            )
            self.banner.setStyleSheet(self.banner_style + f"font-size:{size:.1f}pt;")
            window = self.area.window()
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
