"""The in-app summary preview: the PDF's own pages, with Save as PDF, Copy as text/HTML, Save package.

QtPdf is not in PySide6-Essentials, so the preview does not display a PDF file: it shows the pages the
PDF writer paints, painted by the same ``SummaryPages.paint_page`` onto images. What you see is what is
saved. The referral editor opens it with ``SummaryPreviewDialog(prepared, parent=...)``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.core.package import build_package, package_bytes, package_filename
from mappa_desktop.core.safe_files import ExportError, write_atomic
from mappa_desktop.export.marking import MARKING_KEY, security_marking, set_security_marking
from mappa_desktop.export.pdf import SummaryPages, ensure_gui_application, render_pdf
from mappa_desktop.export.service import PreparedReferral, summary_of
from mappa_desktop.export.templates import render_html, render_text
from mappa_desktop.gui.i18n import FollowsLanguage, say, tr
from mappa_desktop.gui.operations import chain

PREVIEW_DPI = 96.0
COORDINATOR_KEY = "export/coordinator_key_file"
"""The coordinator's public key file last used to encrypt a package (offered again next time)."""


__all__ = ["MARKING_KEY", "SummaryPreviewDialog", "security_marking", "set_security_marking"]


class SummaryPreviewDialog(FollowsLanguage, QDialog):
    """Preview a referral summary page by page and save or copy it.

    ``prepared`` comes from ``mappa_desktop.export.service.prepare(referral)``. ``ask_path`` is the
    file chooser (replaceable in tests); it gets (caption, suggested path, filter) and returns a path
    or ``""`` when cancelled. The file chooser asks before replacing a file, so saving then overwrites.
    """

    def __init__(
        self,
        prepared: PreparedReferral,
        *,
        marking: str | None = None,
        generated_at: dt.datetime | None = None,
        language: str = "en",
        parent: QWidget | None = None,
        ask_path=None,
        signer=None,
        operations=None,
    ) -> None:
        super().__init__(parent)
        self.prepared = prepared
        self._operations = operations
        """The window's runner (gui/operations.py): a PDF is laid out and written on its worker, so a long
        summary or a slow (network) folder never stops the window. Without one it is done in place."""
        self._signer = signer
        """Called when a package is saved, for the key that signs it (None: the package is unsigned)."""
        self.generated_at = generated_at or dt.datetime.now().astimezone()
        self._marking = marking or security_marking()
        self._ask_path = ask_path or self._file_dialog
        self._ask_key_file = self._open_key_file
        self._confirm = self._ask_yes
        self.last_saved: Path | None = None
        self.resize(_fitted(self, 880, 900))

        # English, Welsh, or both side by side: the summary and its pages follow the choice at once.
        self.language_combo = QComboBox()
        for code in ("en", "cy", "bilingual"):
            self.language_combo.addItem("", code)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)

        self.scroll = QScrollArea()
        self.status = QLabel()
        self.page_labels: list[QLabel] = []
        self.language = ""
        self.show_language(language)
        self.language_combo.currentIndexChanged.connect(
            lambda _index: self.show_language(self.language_combo.currentData())
        )
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setStyleSheet(
            "QScrollArea { background: #d9d9d9; } #previewPages { background: #d9d9d9; }"
        )
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.status.setWordWrap(True)

        self.save_pdf_button = self._button("Ctrl+S", self.save_pdf)
        self.copy_text_button = self._button("Ctrl+Shift+C", self.copy_text)
        self.copy_html_button = self._button("Ctrl+Shift+H", self.copy_html)
        self.save_package_button = self._button("Ctrl+Shift+S", self.save_package)
        self.save_encrypted_button = self._button("Ctrl+Shift+E", self.save_encrypted_package)
        self.close_button = self._button("Esc", self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.save_pdf_button,
            self.copy_text_button,
            self.copy_html_button,
            self.save_package_button,
            self.save_encrypted_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(language_row)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.save_pdf_button.setDefault(True)
        self.retranslate()

    def retranslate(self) -> None:
        """The window's words in the interface language (the summary keeps the language chosen for it)."""
        super().retranslate()
        self.setWindowTitle(tr("Referral summary preview"))
        self.setAccessibleName(tr("Referral summary preview"))
        names = (tr("English"), tr("Cymraeg (Welsh)"), tr("Cymraeg and English, side by side"))
        for index, name in enumerate(names):
            self.language_combo.setItemText(index, name)
        self.language_label.setText(tr("&Language of the summary:"))
        self.language_combo.setAccessibleName(tr("Language of the summary"))
        self.scroll.setAccessibleName(tr("Summary pages"))
        self.status.setAccessibleName(tr("Status"))
        for button, text in (
            (self.save_pdf_button, tr("&Save as PDF…")),
            (self.copy_text_button, tr("Copy as &text")),
            (self.copy_html_button, tr("Copy as &HTML")),
            (self.save_package_button, tr("Save &package…")),
            (self.save_encrypted_button, tr("Save &encrypted package…")),
            (self.close_button, tr("Close")),
        ):
            plain = text.replace("&", "").rstrip("…")
            button.setText(text)  # its & mark sets a shortcut: the button's own is set again after it
            button.setShortcut(button.property("keys"))
            button.setAccessibleName(plain)
            keys = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{plain} ({keys})")
        self._word_pages()

    def _word_pages(self) -> None:
        for index, label in enumerate(self.page_labels):
            label.setAccessibleName(tr("Page {n} of {total}").format(n=index + 1, total=self.page_count))
        self.status.setText(
            tr("{pages} page(s), marked {marking}. Check the summary before you save or send it.").format(
                pages=self.page_count, marking=self.summary.marking
            )
        )

    def show_language(self, language: str) -> None:
        """Build the summary in ``language`` ("en", "cy", "bilingual") and show its pages."""
        if language == self.language:
            return
        self.language = language
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.summary = summary_of(
            self.prepared, marking=self._marking, generated_at=self.generated_at, language=language
        )
        pages = SummaryPages(self.summary)
        self.page_count = pages.page_count
        column = QWidget()
        column.setObjectName("previewPages")
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(16)
        column_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels = []
        for index in range(pages.page_count):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(pages.image(index, PREVIEW_DPI)))
            label.setStyleSheet("border: 1px solid #8a8a8a; background: white;")
            column_layout.addWidget(label)
            self.page_labels.append(label)
        self.scroll.setWidget(column)  # the previous pages are deleted with their column
        self._word_pages()

    def _button(self, shortcut: str, slot) -> QPushButton:
        """A button with its shortcut, worded (and its shortcut set) by ``retranslate``."""
        button = QPushButton()
        button.setProperty("keys", QKeySequence(shortcut))
        button.clicked.connect(slot)
        return button

    def _file_dialog(self, caption: str, suggested: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, file_filter)
        return path

    def _suggested(self, suffix: str) -> str:
        base = Path(QSettings().value("export/last_folder", str(Path.home())))
        return str(base / f"referral-{self.prepared.referral.id[:8]}{suffix}")

    exported = Signal(str)
    """The format just saved or copied ("pdf", "json", "text", "html"): the referral left the app."""

    def _save(self, caption: str, suggested: str, file_filter: str, make_bytes) -> Path | None:
        path = self._ask_path(caption, suggested, file_filter)
        if not path:
            return None
        try:
            # The file chooser has already asked before replacing an existing file.
            saved = write_atomic(path, make_bytes(), overwrite=True)
        except (ExportError, OSError) as error:
            return self._not_saved(error)
        return self._saved(saved)

    def _not_saved(self, error: BaseException) -> None:
        self.status.setText(say(error))
        QMessageBox.warning(self, tr("Not saved"), say(error))

    def _saved(self, saved: Path) -> Path:
        QSettings().setValue("export/last_folder", str(saved.parent))
        self.last_saved = saved
        self.status.setText(tr("Saved {path} (readable by you only).").format(path=saved))
        return saved

    def save_pdf(self) -> Any:
        """Ask where, then save the summary as PDF: the saved path, or None (cancelled, or not saved:
        said). With the window's runner the PDF is laid out and written on its worker thread (Qt lays
        out a ``QTextDocument`` and paints a ``QPdfWriter`` in any thread; the fonts are loaded here
        first): an ``Operation`` is returned, settling with the same."""
        if self._operations is None:
            saved = self._save(
                tr("Save summary as PDF"), self._suggested(".pdf"), tr("PDF (*.pdf)"), self._pdf_bytes
            )
            if saved is not None:
                self.exported.emit("pdf")
            return saved
        path = self._ask_path(tr("Save summary as PDF"), self._suggested(".pdf"), tr("PDF (*.pdf)"))
        if not path:
            return None
        ensure_gui_application()  # the fonts, on the UI thread, before the worker draws with them
        summary = self.summary
        self.save_pdf_button.setEnabled(False)  # one save at a time
        self.status.setText(tr("Saving the PDF…"))
        writing = self._operations.run(
            lambda: write_atomic(path, render_pdf(summary), overwrite=True),
            what=tr("Saving the PDF…"),
            store=False,
        )
        return chain(writing, self._pdf_written)

    def _pdf_written(self, saved: Path | None, error: BaseException | None) -> Path | None:
        self.save_pdf_button.setEnabled(True)
        if error is not None:  # an ExportError or OSError says what to do; anything else is said too
            return self._not_saved(error)
        self._saved(saved)
        self.exported.emit("pdf")
        return saved

    def _pdf_bytes(self) -> bytes:
        return render_pdf(self.summary)

    def save_package(self) -> Path | None:
        """Ask where, then save the referral package (``NAME.mappa.json``)."""
        p = self.prepared
        suggested = str(Path(self._suggested("")).with_name(package_filename(p.referral)))
        saved = self._save(
            tr("Save referral package"),
            suggested,
            tr("Referral package (*.mappa.json)"),
            self._package_bytes,
        )
        if saved is not None:
            self.exported.emit("json")
        return saved

    def save_encrypted_package(self) -> Path | None:
        """Choose the coordinator's public key file, confirm who they are, then save the package encrypted
        so that only their copy of the application can open it."""
        from mappa_desktop.core.package.sealed import seal
        from mappa_desktop.core.signing.fingerprint import spoken
        from mappa_desktop.core.signing.key_file import KeyFileError, read_key_file

        chosen = self._ask_key_file(
            tr("The coordinator's public key file"),
            str(QSettings().value(COORDINATOR_KEY, "")),
            tr("Public key files (*.mappa-key.json)"),
        )
        if not chosen:
            return None
        try:
            coordinator = read_key_file(chosen)
            if coordinator.encryption_key is None:
                raise KeyFileError(
                    tr("That key file has no encryption key (made by an earlier version). Nothing was saved.")
                )
        except KeyFileError as error:
            QMessageBox.warning(self, tr("Not saved"), say(error))
            return None
        question = (
            tr(
                "Encrypt the package for {name} (fingerprint {fingerprint})? Only their copy of MAPPA "
                "Desktop will open it.",
                name=coordinator.name or tr("(no name given)"),
                fingerprint=spoken(coordinator.fingerprint),
            )
            + "\n\n"
            + tr("If you have not done so before, check this fingerprint with the coordinator by phone.")
        )
        if not self._confirm(tr("Encrypt for a coordinator"), question):
            return None
        QSettings().setValue(COORDINATOR_KEY, chosen)
        p = self.prepared
        saved = self._save(
            tr("Save encrypted referral package"),
            str(Path(self._suggested("")).with_name(package_filename(p.referral))),
            tr("Referral package (*.mappa.json)"),
            lambda: seal(self._package_bytes(), coordinator.encryption_key, coordinator.fingerprint),
        )
        if saved is not None:
            self.exported.emit("json")
        return saved

    def _open_key_file(self, caption: str, suggested: str, file_filter: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, caption, suggested, file_filter)
        return path

    def _ask_yes(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from a file
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _package_bytes(self) -> bytes:
        """The package, signed with this installation's key when the window gives one."""
        p = self.prepared
        try:
            signer = self._signer() if self._signer else None
        except Exception as error:  # the key could not be read or made (a read-only database)
            raise ExportError(
                tr(
                    "The package was not saved: it could not be signed ({error}). Nothing was written.",
                    error=say(error),
                )
            ) from error
        return package_bytes(build_package(p.referral, p.facts, p.assessment, signer=signer))

    def copy_text(self) -> None:
        """Put the summary on the clipboard as plain text (for a secure e-mail)."""
        QGuiApplication.clipboard().setText(render_text(self.summary))
        self.status.setText(tr("Copied as text. Paste it only into a secure e-mail."))
        self.exported.emit("text")

    def copy_html(self) -> None:
        """Put the summary on the clipboard as HTML, with the plain text as the fallback."""
        mime = QMimeData()
        mime.setHtml(render_html(self.summary))
        mime.setText(render_text(self.summary))
        QGuiApplication.clipboard().setMimeData(mime)
        self.status.setText(tr("Copied as HTML. Paste it only into a secure e-mail."))
        self.exported.emit("html")


def _fitted(dialog: QWidget, width: int, height: int):
    """The wanted size, shrunk to the screen's free area (a 1366 x 768 laptop at 150 %, or 1024 x 600)."""
    from PySide6.QtCore import QSize

    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else None) or dialog.screen()
    if screen is None:
        return QSize(width, height)
    room = screen.availableGeometry()
    margin = 40  # the window frame and title bar
    return QSize(min(width, room.width() - margin), min(height, room.height() - margin))
