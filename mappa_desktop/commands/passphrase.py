"""The database passphrase on the command line: asked at the terminal, or read from a file descriptor.

As gpg does, ``--passphrase-fd N`` reads one line from the already-open file descriptor N (a pipe, a
here-document, a file a script opened), so a script never puts the passphrase in an argument (visible to
every user in the process list) or in the environment (inherited by every child, readable in
``/proc/PID/environ``). Neither is ever read: there is no ``--passphrase`` option and no variable.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mappa_desktop.core.messages import Message
from mappa_desktop.core.store.errors import StoreError

if TYPE_CHECKING:
    from mappa_desktop.core.store import Store
    from mappa_desktop.core.store.encryption import DatabaseKey

MAX_LINE = 4096
"""Longer than any passphrase a person types; a descriptor that never sends a newline stops here."""


class PassphraseUnavailable(StoreError):
    def __init__(self, path: Path, why: Message) -> None:
        self.path = path
        super().__init__(
            Message(
                "The referrals database {path} needs a passphrase, and {why}, so it was not opened. It has "
                "not been changed. Run the command at a terminal to be asked for it, or give it on a file "
                "descriptor with --passphrase-fd N (for example: mappa-desktop --passphrase-fd 3 list 3< "
                "passphrase-file).",
                path=path,
                why=why,
            )
        )


def read_line_from_fd(fd: int, path: Path) -> str:
    """One line from descriptor ``fd``, without its line ending."""
    data = bytearray()
    try:
        while len(data) < MAX_LINE and not data.endswith(b"\n"):
            chunk = os.read(fd, 1)  # byte by byte: whatever follows the line stays for its owner
            if not chunk:
                break
            data += chunk
    except OSError as exc:
        raise PassphraseUnavailable(
            path, Message("file descriptor {fd} could not be read ({reason})", fd=fd, reason=exc.strerror)
        ) from exc
    try:
        text = data.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise PassphraseUnavailable(
            path, Message("what file descriptor {fd} gave is not UTF-8 text", fd=fd)
        ) from exc
    finally:
        data[:] = bytes(len(data))
    if not text:
        raise PassphraseUnavailable(path, Message("file descriptor {fd} gave an empty line", fd=fd))
    return text


def _ask(args: argparse.Namespace, path: Path, prompt: str) -> str:
    fd = getattr(args, "passphrase_fd", None)
    if fd is not None:
        return read_line_from_fd(fd, path)
    if not sys.stdin or not sys.stdin.isatty():
        raise PassphraseUnavailable(
            path, Message("there is no terminal to ask on and no --passphrase-fd was given")
        )
    try:
        return getpass.getpass(prompt)
    except EOFError as exc:
        raise PassphraseUnavailable(path, Message("none was typed")) from exc


def database_key(args: argparse.Namespace, path: Path, t) -> DatabaseKey | None:
    """The key for the database at ``path``: None for a plain (not yet encrypted) one; for an encrypted one
    from its passphrase; for a new one from a new passphrase (asked twice at a terminal, and refused when it
    is too easy to guess). Asked once per command: a second opening reuses it."""
    from mappa_desktop.core.passphrase_strength import acceptable, estimate
    from mappa_desktop.core.store.encryption import DatabaseKey, FileState, file_state

    keys = args.__dict__.setdefault("_database_keys", {})
    if path in keys:
        return keys[path]
    state = file_state(path)
    if state is FileState.plain:
        return None
    if state is FileState.encrypted:
        key = DatabaseKey.for_file(path, _ask(args, path, t("Passphrase for {path}: ").format(path=path)))
    else:
        prompt = t("Choose a passphrase for the new database {path}: ").format(path=path)
        passphrase = _ask(args, path, prompt)
        strength = estimate(passphrase)
        if not acceptable(strength):
            raise StoreError(
                Message(
                    "That passphrase is too easy to guess ({verdict}: {advice}), so the database {path} was "
                    "not created. Choose a longer one: four or more unrelated words make a good passphrase.",
                    verdict=Message(strength.verdict),
                    advice=Message(strength.advice),
                    path=path,
                )
            )
        if getattr(args, "passphrase_fd", None) is None:
            again = _ask(args, path, t("Type the same passphrase again: "))
            if again != passphrase:
                raise StoreError(
                    Message(
                        "The two passphrases typed were not the same, so the database {path} was not "
                        "created. Run the command again.",
                        path=path,
                    )
                )
        key = DatabaseKey.for_new_database(passphrase)
    keys[path] = key
    return key


def open_store(args: argparse.Namespace, path: Path) -> Store:
    """Open the database a command uses, with its passphrase when it is encrypted or new."""
    from mappa_desktop.commands import words
    from mappa_desktop.core.store import Store

    return Store.open(path, database_key(args, path, words(args)))
