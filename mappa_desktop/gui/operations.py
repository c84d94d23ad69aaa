"""Operations off the UI thread: saves, imports, exports and the board figures run on one worker thread,
and their results (or the store's error, worded for the person) come back on the UI thread.

In the spirit of Anki's ``CollectionOp``/``QueryOp``: the caller gives the work (a function of the
worker's ``Store``) and what to do with its result; the window's event loop keeps turning meanwhile, so a
database held by another copy of the application (SQLite's busy timeout, up to five seconds) never
freezes it.

**Who owns which SQLite connection.** The worker thread opens a connection of its own, through the one
connection factory (``Store.open`` → ``core.store.connection.connect``, with every check), the first time
it needs one, uses it only on that thread, and closes it on that thread when the runner shuts down. The
window's own connection stays on the UI thread for the quick reads (the list, opening a referral): in WAL
mode a reader is never blocked by another process's write lock, so the only thing that may wait for the
lock — a write — waits here. Writes go through ONE worker thread, in the order they were asked for, so
two saves of the same referral can never overtake each other.

Work that needs no store (writing a PDF to a file) is given ``store=False``; the worker then never opens
the database for it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

LONG_MS = 700
"""An operation still running after this long is announced (``Operations.busy``): the person sees that
the application is waiting, not stuck."""


class Operation:
    """One piece of work asked of the runner. Settles once, on the UI thread, with a result or an error.

    ``then(success, failure)`` adds what to do with the outcome (called at once if it has settled);
    ``wait()`` keeps the event loop turning until it settles (for the few callers that must know the
    outcome before they go on: leaving a referral, closing the window) and returns the result or raises
    the error."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.settled = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._callbacks: list[tuple[Callable[[Any], Any] | None, Callable[[BaseException], Any] | None]] = []

    def then(
        self,
        success: Callable[[Any], Any] | None = None,
        failure: Callable[[BaseException], Any] | None = None,
    ) -> Operation:
        if self.settled:
            self._call(success, failure)
        else:
            self._callbacks.append((success, failure))
        return self

    def wait(self) -> Any:
        """The result, once settled; the window keeps handling events (keys, timers, paints) meanwhile."""
        if not self.settled:
            loop = QEventLoop()
            self.then(lambda _result: loop.quit(), lambda _error: loop.quit())
            if not self.settled:
                loop.exec()
        if self.error is not None:
            raise self.error
        return self.result

    def wait_quietly(self) -> None:
        """Wait for it to settle without raising its error (its own failure callbacks report that)."""
        try:
            self.wait()
        except Exception:  # noqa: BLE001, S110 - reported by the operation's failure callbacks
            pass

    def _settle(self, result: Any, error: BaseException | None) -> None:
        self.settled, self.result, self.error = True, result, error
        callbacks, self._callbacks = self._callbacks, []
        for success, failure in callbacks:
            self._call(success, failure)

    def _call(self, success, failure) -> None:
        if self.error is None:
            if success is not None:
                success(self.result)
        elif failure is not None:
            failure(self.error)


def chain(outcome: Any, settle: Callable[[Any, BaseException | None], Any]) -> Any:
    """``settle(result, error)`` applied to ``outcome`` on the UI thread: at once when ``outcome`` is a
    plain value, else once the operation settles (returning a new ``Operation`` for ``settle``'s result,
    so what it raises is that operation's error). Lets a caller written for a plain save function
    (``Autosaver``, the editor) work the same with the runner."""
    if not isinstance(outcome, Operation):
        return settle(outcome, None)
    chained = Operation(outcome.what)

    def done(result: Any, error: BaseException | None) -> None:
        try:
            value = settle(result, error)
        except Exception as raised:  # noqa: BLE001 - handed on to whoever waits for the chained operation
            chained._settle(None, raised)
        else:
            chained._settle(value, None)

    outcome.then(lambda result: done(result, None), lambda error: done(None, error))
    return chained


def settled(outcome: Any) -> Any:
    """The result of ``outcome`` once settled (waiting, the event loop turning, if it is an Operation)."""
    return outcome.wait() if isinstance(outcome, Operation) else outcome


class _Courier(QObject):
    """Lives on the UI thread: a signal emitted by the worker is delivered here, on the UI thread."""

    delivered = Signal(object, object, object)  # (Operation, result, error)


_STOP = object()


class Operations(QObject):
    """The runner: one worker thread, a queue of operations in the order asked, results on the UI thread.

    ``opener`` opens the worker's own ``Store`` (through the one connection factory); it is called on the
    worker thread, once, when the first operation that needs the store runs."""

    busy = Signal(str)
    """The ``what`` of an operation that has been running longer than ``LONG_MS`` ("" when none is)."""

    def __init__(self, opener: Callable[[], Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._queue: queue.Queue = queue.Queue()
        self._courier = _Courier(self)
        self._courier.delivered.connect(self._deliver)
        self._pending: list[Operation] = []
        self._thread: threading.Thread | None = None
        self._long = QTimer(self)
        self._long.setSingleShot(True)
        self._long.setInterval(LONG_MS)
        self._long.timeout.connect(self._announce)
        self._announced = False

    @classmethod
    def for_store(cls, store: Any, parent: QObject | None = None) -> Operations:
        """A runner whose worker opens the database ``store`` has open, the same way (its own connection)."""
        opener_class, path = type(store), Path(store.path)
        key = getattr(store, "key", None)
        if key is None:  # a plain database
            return cls(lambda: opener_class.open(path), parent)
        own = key.copy()  # an encrypted one: the worker opens it with the same key (its own copy)
        return cls(lambda: opener_class.open(path, own), parent)

    def run(self, work: Callable[..., Any], *, what: str, store: bool = True) -> Operation:
        """Queue ``work(store)`` (``work()`` when ``store`` is False) for the worker thread."""
        operation = Operation(what)
        self._pending.append(operation)
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="mappa-operations", daemon=True)
            self._thread.start()
        self._queue.put((operation, work, store))
        if not self._long.isActive() and not self._announced:
            self._long.start()
        return operation

    @property
    def idle(self) -> bool:
        return not self._pending

    def wait_idle(self) -> None:
        """Wait (the event loop turning) until every operation asked for so far has settled."""
        while self._pending:
            self._pending[-1].wait_quietly()

    def shut_down(self) -> None:
        """Finish what was asked, then stop the worker (closing its connection on its own thread)."""
        self.wait_idle()
        thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(_STOP)
            thread.join()

    # The worker thread -------------------------------------------------------------------------------

    def _work(self) -> None:
        own = None
        try:
            while True:
                item = self._queue.get()
                if item is _STOP:
                    return
                operation, work, needs_store = item
                try:
                    if needs_store and own is None:
                        own = self._opener() if self._opener is not None else None
                    result = work(own) if needs_store else work()
                except Exception as error:  # noqa: BLE001 - every failure is reported on the UI thread
                    self._courier.delivered.emit(operation, None, error)
                else:
                    self._courier.delivered.emit(operation, result, None)
        finally:
            if own is not None:
                own.close()

    # Back on the UI thread ---------------------------------------------------------------------------

    def _deliver(self, operation: Operation, result: Any, error: BaseException | None) -> None:
        if operation in self._pending:
            self._pending.remove(operation)
        if not self._pending:
            self._long.stop()
            if self._announced:
                self._announced = False
                self.busy.emit("")
        else:
            self._long.start()
        operation._settle(result, error)

    def _announce(self) -> None:
        if self._pending:
            self._announced = True
            self.busy.emit(self._pending[0].what)
