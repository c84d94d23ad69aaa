"""Importing packages from the window: verify off the UI thread, ask about duplicates, write off the UI
thread (the runner's worker, on its own connection: gui/operations.py), then report every file's outcome.

Closing the application stops an import between two files (``ImportFlow.stop``): the files written so far
are kept whole, the rest are left untouched, and the thread is waited for, never destroyed running."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from mappa_desktop.core.dates import date_in_words
from mappa_desktop.core.package import package_document
from mappa_desktop.core.screening import (
    ImportOutcome,
    ImportResult,
    ScreeningError,
    VerifiedPackage,
    package_files,
    received_package,
    store_packages,
    verify,
)
from mappa_desktop.core.screening.changes import changed_labels
from mappa_desktop.core.screening.importer import existing_record, stopped
from mappa_desktop.core.screening.signatures import (
    SenderSignature,
    SignatureState,
    judged,
    recorded_signature,
)
from mappa_desktop.core.signing.keys import own_signer
from mappa_desktop.gui import i18n
from mappa_desktop.gui.i18n import fill, say
from mappa_desktop.gui.operations import Operation, Operations
from mappa_desktop.gui.screening.text import signature_words


class ImportFlow(QObject):
    """One import of files and folders. ``finished(list[ImportResult])`` at the end."""

    finished = Signal(list)

    def __init__(
        self, store, paths: list[str], *, actor: str, parent: QWidget, operations: Any = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._operations = operations
        """The window's runner (gui/operations.py); without one the flow makes its own, stopped with it."""
        self._own_runner: Operations | None = None
        self._pending: Operation | None = None
        self.paths = paths
        self.actor = actor
        self.window = parent
        self._checked: list[VerifiedPackage | ImportResult] = []
        self._stop = threading.Event()

    def start(self) -> None:
        paths, stop = list(self.paths), self._stop
        key = own_signer(self.store)  # read here: packages encrypted to this installation open with it

        def check() -> list[VerifiedPackage | ImportResult]:
            return [stopped(p) if stop.is_set() else verify(p, key) for p in package_files(paths)]

        self._run(check, self._verified, store=False)

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        """Stop between two files and wait for the thread: what is written stays whole, nothing is
        reported afterwards (the window is going)."""
        self._stop.set()
        if self._pending is not None:
            self._pending.wait_quietly()
        if self._own_runner is not None:
            self._own_runner.shut_down()

    def _run(self, work: Callable[..., object], then: Callable[[object], None], *, store: bool) -> None:
        """``work`` on the runner's worker (``work(store)`` on its own connection when ``store``); ``then``
        gets its result, or the exception it raised, back on the UI thread."""
        runner = self._operations
        if runner is None:
            runner = self._own_runner = self._own_runner or Operations.for_store(self.store, self)
        self._pending = runner.run(work, what=self.tr("Importing…"), store=store).then(then, then)

    def _verified(self, checked: object) -> None:
        if self.stopping:
            return
        if isinstance(checked, Exception):
            self.finished.emit([ImportResult("", ImportOutcome.refused, reason=_reason(checked))])
            return
        self._checked = list(checked)  # type: ignore[arg-type]
        verified = [c for c in self._checked if isinstance(c, VerifiedPackage)]
        choices: dict[str, str] = {}
        remembered: str | None = None
        seen: set[str] = set()
        for item in verified:
            existing = existing_record(self.store.db.conn, item.referral.id)
            if existing is None or existing.digest == item.digest or item.referral.id in seen:
                seen.add(item.referral.id)
                continue
            seen.add(item.referral.id)
            choices[item.referral.id] = remembered or self._ask(item, existing, len(verified) > 1)
            if choices[item.referral.id].endswith("-all"):
                remembered = choices[item.referral.id] = choices[item.referral.id][:-4]
        actor, stop = self.actor, self._stop

        def write(own) -> list[ImportResult]:  # the worker's own connection: the UI keeps reading
            return store_packages(
                own,
                verified,
                actor=actor,
                on_duplicate="ask",
                ask=lambda v, _e: choices.get(v.referral.id, "keep"),
                stop=stop.is_set,
            )

        self._run(write, self._written, store=True)

    def _what_changed(self, item: VerifiedPackage) -> str:
        """What replacing would change, field by field (the person decides knowing it)."""
        try:
            held = package_document(received_package(self.store.db.conn, item.referral.id))
        except ScreeningError:
            return ""
        changed = changed_labels(held, package_document(item.package))
        signer = self._signer_change(item)
        if not changed:
            return self.tr("The referral's content is the same; only the file differs.") + signer
        shown = "; ".join(changed[:12]) + (" …" if len(changed) > 12 else "")
        return (
            fill(
                self.tr("Replacing changes: {changes}. The earlier version stays in the history."),
                changes=shown,
            )
            + signer
        )

    def _signer_change(self, item: VerifiedPackage) -> str:
        """Who signed the copy held and who signed this one, when they differ (a reason to ask why)."""
        conn = self.store.db.conn
        held, new = recorded_signature(conn, item.referral.id), judged(conn, item.signature)
        if (held.state, held.fingerprint) == (new.state, new.fingerprint):
            return ""
        words = signature_words()
        return "\n\n" + fill(
            self.tr(
                "Who signed it changes: the copy held is “{held}”; this one is “{new}”. Ask the sender why."
            ),
            held=held.short_text(words),
            new=new.short_text(words),
        )

    def _ask(self, item: VerifiedPackage, existing, several: bool) -> str:
        box = QMessageBox(self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from a package
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Referral already received"))
        name = existing.subject_name or self.tr("(name not recorded)")
        box.setText(
            fill(
                self.tr(
                    "A referral for {name} (reference {ref}) was received on {date}. Keep the record you "
                    "have, or replace its content with {file}? Its screening status and decisions are kept "
                    "either way."
                ),
                name=name,
                ref=existing.referral_id[:8],
                date=date_in_words(existing.received_at.astimezone().date(), i18n.language()),
                file=item.path.name,
            )
            + "\n\n"
            + self._what_changed(item)
        )
        keep = box.addButton(self.tr("&Keep existing"), QMessageBox.ButtonRole.RejectRole)
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
        keep_all = replace_all = None
        if several:
            keep_all = box.addButton(self.tr("Keep &all"), QMessageBox.ButtonRole.RejectRole)
            replace_all = box.addButton(self.tr("Replace a&ll"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is replace:
            return "replace"
        if clicked is replace_all:
            return "replace-all"
        if clicked is keep_all:
            return "keep-all"
        return "keep"

    def _written(self, stored: object) -> None:
        if self.stopping:
            return
        if isinstance(stored, Exception):
            # Nothing was written (the import is one transaction): each verified file says why, by name.
            results = [
                c
                if isinstance(c, ImportResult)
                else ImportResult(
                    str(c.path),
                    ImportOutcome.refused,
                    c.referral.id,
                    c.referral.subject.full_name,
                    _reason(stored),
                )
                for c in self._checked
            ]
        else:
            it = iter(stored)  # type: ignore[call-overload]
            results = [next(it) if isinstance(c, VerifiedPackage) else c for c in self._checked]
        self.finished.emit(results)


def results_text(results: list[ImportResult], tr: Callable[[str], str]) -> tuple[str, str]:
    """A one-line summary and the details (one line per file not simply imported)."""
    counts = {outcome: sum(r.outcome is outcome for r in results) for outcome in ImportOutcome}
    summary = fill(
        tr("{imported} imported, {replaced} replaced, {kept} kept as they were, {refused} refused."),
        imported=counts[ImportOutcome.imported],
        replaced=counts[ImportOutcome.replaced],
        kept=counts[ImportOutcome.kept_existing],
        refused=counts[ImportOutcome.refused],
    )
    words = signature_words()
    details = "\n".join(
        f"{Path(r.path).name or tr('Import')}: {tr(r.outcome.value)}"
        + (" — " + say(r.reason) if r.reason else "")
        if r.outcome is not ImportOutcome.imported
        else f"{Path(r.path).name}: {tr(r.outcome.value)} — {r.signature.sentence_text(words)}"
        for r in results
        if r.outcome is not ImportOutcome.imported or _unknown_key(r)
    )
    return summary, details


def _unknown_key(result: ImportResult) -> bool:
    """An imported package signed by a key nobody trusts: said by name, with what to do."""
    signature = result.signature
    return isinstance(signature, SenderSignature) and signature.state is SignatureState.unknown_key


def _reason(error: Exception) -> str:
    """What an error says, kept as the ``Message`` it was raised with (shown with ``say`` in the interface
    language), or its text."""
    return error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
