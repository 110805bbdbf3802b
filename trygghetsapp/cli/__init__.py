"""The command line: parses, calls the services, prints, and sets the exit code.

Exit codes: 0 done, 1 refused or failed (one clear line on stderr, never a traceback),
2 usage error. With no command the GUI opens.

The commands are listed here, explicitly (`COMMAND_GROUPS`): each module adds its subcommands to
the parser and imports what a command needs only when it runs, so `--help` and the window's start
load no reportlab, cryptography, openpyxl or sync code.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from trygghetsapp import __version__
from trygghetsapp.cli import data, exchange, keys, office, pdf, privacy, sync
from trygghetsapp.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, db_path, refuse_server
from trygghetsapp.domain.errors import DomainError

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

Command = Callable[[argparse.Namespace], int]

COMMAND_GROUPS = (data, exchange, pdf, sync, keys, privacy, office)
"""Every module of commands, in the order `--help` lists them."""


def cmd_gui(args: argparse.Namespace) -> int:
    from trygghetsapp.app import run_gui

    refuse_server(args, "programfönstret (ännu)", "the window (for now)")
    # The demo data is loaded by run_gui after it holds the single-instance lock.
    return run_gui(db_path(args), language=args.language, demo=args.demo)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trygghetsapp",
        description="Trygghetsapp: inventering, krischecklistor och filsynk för trygghetspunkter. "
        "Utan kommando öppnas programfönstret.",
    )
    parser.add_argument("--version", action="version", version=f"trygghetsapp {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="databasfil eller postgresql://-adress till kontorets databas (annars "
        "TRYGGHETSAPP_DB, annars användarens datamapp)",
    )
    parser.add_argument("--language", choices=["sv", "en"], help="språk i programfönstret")
    parser.add_argument(
        "--demo", action="store_true", help="läs in demodata först om databasen är tom"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Command = getattr(args, "run", cmd_gui)
    try:
        return run(args)
    except DomainError as error:
        print(f"Fel: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Avbrutet.", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (`export-json | head`): stop quietly, as Unix tools do; point
        # stdout at devnull so the interpreter's final flush does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as error:  # the user gets one line; the details go to the log
        from trygghetsapp.logs import log_exception
        from trygghetsapp.store import diagnosis

        problem = diagnosis.diagnose(error, db_path(args))
        if problem is not None:  # a full disk, a lock, a read-only place: said as such
            log_exception(error)
            print(f"Fel: {problem}", file=sys.stderr)
            return EXIT_FAILED
        where = log_exception(error)
        first_line = str(error).splitlines()[0] if str(error) else ""
        print(f"Fel: {type(error).__name__}: {first_line} (detaljer i {where})", file=sys.stderr)
        return EXIT_FAILED
