"""Reading a file or JSON that someone else made, as an attacker might have made it. Qt-free.

``read_regular_file`` opens without blocking (a FIFO must not hang the import), refuses anything that is
not a regular file (a symlink to ``/dev/zero`` must not fill memory) and reads at most a bound.
``loads_json`` parses with every limit a hostile document could push on: nesting depth, integer digits
(Python refuses over 4,300 with a ValueError), NaN and Infinity, string and list lengths. Each refusal is
an ``UntrustedInput`` whose message says what was wrong, for the person who chose the file.
"""

from __future__ import annotations

import json
import math
import os
import stat
from pathlib import Path
from typing import Any

from mappa_desktop.core.limits import LIST_MAX, TEXT_MAX
from mappa_desktop.core.messages import Message

MAX_DEPTH = 32
"""Nesting of JSON objects and lists; a referral package needs fewer than ten levels."""

MAX_INT_DIGITS = 20
"""Digits in a JSON integer; no count, age or level has more than a few."""

MAX_ITEMS = 20 * LIST_MAX
"""Items in any JSON list or object: a generous bound on structure (the models cap each list)."""


class UntrustedInput(ValueError):
    """A file or document was refused before it was used; the message says why."""


class NotJson(UntrustedInput):
    """The bytes are not UTF-8 JSON at all (damaged, cut short, or another kind of file); ``detail`` is
    where and why, without the sentence around it."""

    def __init__(self, message: str, detail: str) -> None:
        super().__init__(message)
        self.detail = detail


class FileTooLarge(UntrustedInput):
    """The file is over the bound; ``size`` is what was seen of it (at least that many bytes)."""

    def __init__(self, message: str, size: int) -> None:
        super().__init__(message)
        self.size = size


def read_regular_file(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them, or ``UntrustedInput``.

    Opened with ``O_NONBLOCK`` so a FIFO or device cannot block the open, then judged by ``fstat`` on
    the open descriptor (no race with a swapped path); only a regular file is read, and never more than
    ``max_bytes + 1`` bytes even if the file grows while it is read."""
    file = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(file, flags)
    except OSError as error:
        raise UntrustedInput(
            Message("Could not open {name}: {reason}.", name=file.name, reason=error.strerror or str(error))
        ) from error
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UntrustedInput(
                Message(
                    "{name} is not an ordinary file (it is a folder, device, pipe or socket), so it was not "
                    "read. Choose the file itself.",
                    name=file.name,
                )
            )
        if info.st_size > max_bytes:
            raise FileTooLarge(_too_large(file.name, info.st_size, max_bytes), info.st_size)
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            raise FileTooLarge(_too_large(file.name, total, max_bytes), total)
        return b"".join(chunks)
    except BlockingIOError as error:
        raise UntrustedInput(
            Message("{name} could not be read without waiting, so it was skipped.", name=file.name)
        ) from error
    except OSError as error:
        raise UntrustedInput(
            Message("Could not read {name}: {reason}.", name=file.name, reason=error.strerror or str(error))
        ) from error
    finally:
        os.close(fd)


def _too_large(name: str, size: int, max_bytes: int) -> Message:
    return Message(
        "{name} is larger than {most} MB (at least {size} MB), so it was not opened. A referral never needs "
        "that much; ask the sender to export it again.",
        name=name,
        most=f"{max_bytes / 1_048_576:.0f}",
        size=f"{size / 1_048_576:.1f}",
    )


def _parse_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise UntrustedInput(
            Message("it holds a number {digits} digits long; numbers here are never that long", digits=digits)
        )
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise UntrustedInput(
            Message("it holds the number {number}, too large to be a real value", number=text[:40])
        )
    return value


def _parse_constant(name: str) -> float:
    raise UntrustedInput(Message("it holds {name}, which is not a number JSON allows", name=name))


def loads_json(data: bytes | str, *, max_text: int = TEXT_MAX) -> Any:
    """Parse JSON from someone else, or raise ``UntrustedInput`` saying which limit it broke.

    Limits: valid UTF-8; nesting at most ``MAX_DEPTH``; integers at most ``MAX_INT_DIGITS`` digits; no
    NaN or Infinity; no string longer than ``max_text`` characters; no list or object of more than
    ``MAX_ITEMS`` items. Checked on the parsed value without recursion, before any model is built
    (the parser itself stops at Python's recursion limit, reported as too deep)."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as error:
        detail = f"{error.reason} at byte {error.start}"
        raise NotJson(Message("it is not valid UTF-8 ({detail})", detail=detail), detail) from error
    try:
        value = json.loads(
            text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant
        )
    except json.JSONDecodeError as error:
        detail = f"{error.msg}, line {error.lineno}, column {error.colno}"
        raise NotJson(Message("it is not valid JSON ({detail})", detail=detail), detail) from error
    except RecursionError as error:  # the parser's own guard, far deeper than MAX_DEPTH
        raise UntrustedInput(_too_deep()) from error
    except ValueError as error:  # e.g. a limit raised inside the parser, passed through as is
        if isinstance(error, UntrustedInput):
            raise
        raise UntrustedInput(
            Message("it holds a value that cannot be read ({error})", error=error)
        ) from error
    _check_sizes(value, max_text)
    return value


def _check_sizes(value: Any, max_text: int) -> None:
    # The place of each value is kept as a chain (parent, key) and spelt out only for a message: a batch
    # of cases checks millions of values and almost never refuses one.
    stack: list[tuple[Any, Any, int]] = [(value, None, 0)]
    while stack:
        item, where, depth = stack.pop()
        if isinstance(item, str):
            if len(item) > max_text:
                raise UntrustedInput(
                    Message(
                        "{place} is {length} characters long; the most allowed is {most}",
                        place=_place(where) or Message("a value"),
                        length=f"{len(item):,}",
                        most=f"{max_text:,}",
                    )
                )
            continue
        if not isinstance(item, dict | list):  # a number, true, false or null at the top
            continue
        if depth > MAX_DEPTH or (depth == MAX_DEPTH and item):
            raise UntrustedInput(_too_deep())
        if isinstance(item, dict):
            if len(item) > MAX_ITEMS:
                raise UntrustedInput(
                    Message(
                        "{place} has {count} entries; too many",
                        place=_place(where) or Message("the document"),
                        count=f"{len(item):,}",
                    )
                )
            for key, child in item.items():
                if len(key) > 200:
                    raise UntrustedInput(
                        Message(
                            "{place} has a key {length} characters long",
                            place=_place(where) or Message("the document"),
                            length=f"{len(key):,}",
                        )
                    )
                if isinstance(child, str | dict | list):
                    stack.append((child, (where, key), depth + 1))
        else:
            if len(item) > MAX_ITEMS:
                raise UntrustedInput(
                    Message(
                        "{place} has {count} items; too many",
                        place=_place(where) or Message("a list"),
                        count=f"{len(item):,}",
                    )
                )
            for index, child in enumerate(item):
                if isinstance(child, str | dict | list):
                    stack.append((child, (where, index), depth + 1))


def _too_deep() -> Message:
    return Message("it is nested more than {depth} levels deep", depth=MAX_DEPTH)


def _place(where: Any) -> str:
    """``(((None, "facts"), "victims"), 0)`` as ``facts.victims[0]``."""
    parts: list[str | int] = []
    while where is not None:
        where, key = where
        parts.append(key)
    text = ""
    for key in reversed(parts):
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text
