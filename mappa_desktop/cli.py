"""The ``mappa-desktop`` entry point.

With no sub-command it opens the main window. Sub-commands run headless; each lives in its own
module under ``mappa_desktop/commands`` exposing ``add_parser(subparsers)`` and ``run(args) -> int``.
They are imported statically, so a frozen bundle (PyInstaller) sees and ships every one; each module
imports its heavy dependencies inside ``run``, so start-up stays light.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence

from mappa_desktop import __version__
from mappa_desktop.commands import (
    FD_HELP,
    LANGUAGE_CHOSEN,
    add_options_after,
    audit,
    evaluate,
    export,
    fd_argument,
    figures,
    import_packages,
    keys,
    list_referrals,
    retention,
    rules,
    sample_data,
)

# Sub-command modules, in the order they appear in --help.
COMMAND_MODULES = (list_referrals, sample_data, evaluate, rules, export, import_packages, figures, keys)
COMMAND_MODULES += (audit, retention)  # issue 14: the audit chain; retention and erasure


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mappa-desktop",
        description="Offline decision aid for MAPPA referrals. With no sub-command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: the one in your data folder)")
    parser.add_argument(
        "--demo", action="store_true", help="open a throw-away database filled with fictional sample data"
    )
    parser.add_argument(
        "--open",
        metavar="PACKAGE",
        nargs="*",  # the desktop entry passes %F, which is nothing when the app is opened from the menu
        help="open the window and import these referral packages (.mappa.json) for screening",
    )
    parser.add_argument(*LANG_ARGUMENT, default="en", **LANG_OPTIONS)
    parser.add_argument(*PASSPHRASE_FD_ARGUMENT, default=None, **PASSPHRASE_FD_OPTIONS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        sub = module.add_parser(subparsers)
        add_options_after(sub)  # mappa-desktop list --lang cy; the global ones stand when left unset there
        sub.set_defaults(run=module.run)
    return parser


LANG_ARGUMENT = ("--lang",)
LANG_OPTIONS = {
    "choices": ("en", "cy"),
    "metavar": "en|cy",
    "help": "the language of the words printed for a person and of the rule pack's text: en (English, the "
    "default) or cy (Cymraeg)",
}


PASSPHRASE_FD_ARGUMENT = ("--passphrase-fd",)
PASSPHRASE_FD_OPTIONS = {"type": fd_argument, "metavar": "N", "dest": "passphrase_fd", "help": FD_HELP}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    LANGUAGE_CHOSEN["lang"] = _language_in(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if args.command is None:
        from mappa_desktop.gui.app import run_app

        return run_app(db=args.db, demo=args.demo, packages=args.open, passphrase_fd=args.passphrase_fd)
    return _run_command(args)


def _language_in(argv: Sequence[str]) -> str:
    """The ``--lang`` given on the command line (the last one), read before argparse checks the rest."""
    chosen = "en"
    for index, item in enumerate(argv):
        if item == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif item.startswith("--lang="):
            chosen = item.partition("=")[2]
    return chosen if chosen in LANG_OPTIONS["choices"] else "en"


def _run_command(args: argparse.Namespace) -> int:
    """Run a sub-command; a failure none of them handled is said in a sentence, never a traceback."""
    from mappa_desktop.commands import complain
    from mappa_desktop.commands.terminal import cell
    from mappa_desktop.core.messages import Message
    from mappa_desktop.core.safe_files import ExportError
    from mappa_desktop.core.store import StoreError

    try:
        status = args.run(args)
        sys.stdout.flush()  # a closed pipe is met here, not at exit where it could not be handled
        return status
    except BrokenPipeError:
        return _reader_went_away()
    except (StoreError, ExportError) as error:  # their messages say what happened, what was kept, what to do
        complain(args, error)
        return 1
    except OSError as error:
        reason = (
            Message("the disk is full") if error.errno == errno.ENOSPC else (error.strerror or str(error))
        )
        complain(
            args,
            Message(
                "mappa-desktop {command}: stopped because {reason}{where}. Everything saved before it "
                "is kept and no file was half-written. Fix that (free some space, choose another folder) "
                "and run the command again.",
                command=args.command,
                reason=reason,
                where=f" ({error.filename})" if error.filename else "",
            ),
        )
        return 1
    except KeyboardInterrupt:
        complain(
            args,
            Message(
                "mappa-desktop {command}: interrupted. Everything saved before it is kept.",
                command=args.command,
            ),
        )
        return 130
    except Exception as error:  # a bug: say so plainly, keep the details for a report
        complain(
            args,
            Message(
                "mappa-desktop {command}: stopped by an unexpected error ({kind}: {error}). Everything saved "
                "before it is kept; every save is whole or not at all. Please report this, with the command "
                "you ran; set MAPPA_DEBUG=1 to see the technical details.",
                command=args.command,
                kind=type(error).__name__,
                error=cell(str(error)[:500]),
            ),
        )
        if os.environ.get("MAPPA_DEBUG"):
            raise
        return 70


def _reader_went_away() -> int:
    """``mappa-desktop list | head``: the reader has what it wanted; stop quietly, no error message.

    Standard output is pointed at the null device so the interpreter's last flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 0


if __name__ == "__main__":
    sys.exit(main())
