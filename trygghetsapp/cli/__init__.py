"""The command line: parses, calls the services, prints, and sets the exit code.

Exit codes: 0 done, 1 refused or failed (one clear line on stderr, never a traceback),
2 usage error. With no command the GUI opens.

The commands are listed here, explicitly (`command_groups`): each module adds its subcommands to
the parser and imports what a command needs only when it runs, so `--help` loads no reportlab,
cryptography, openpyxl or sync code. Starting the window (no command) does not even load the
command modules: the global options are parsed on their own first (`_window_args`), because the
start window shows before anything it does not need is loaded (tests/ui/test_start_imports.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from trygghetsapp import __version__
from trygghetsapp.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    db_path,
    path_kind_problem,
    server_url,
)
from trygghetsapp.domain.errors import DomainError

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

Command = Callable[[argparse.Namespace], int]


def command_groups() -> tuple[Any, ...]:
    """Every module of commands, in the order `--help` lists them."""
    from trygghetsapp.cli import data, exchange, keys, office, pdf, privacy, sync

    return (data, exchange, pdf, sync, keys, privacy, office)


def cmd_gui(args: argparse.Namespace) -> int:
    from trygghetsapp.app import run_gui

    url = server_url(args)
    if url is not None:  # an office's server database: its own start (office_window.py)
        from trygghetsapp.office_window import run_office_gui

        return run_office_gui(url, language=args.language, demo=args.demo)
    # The demo data is loaded by run_gui after it holds the single-instance lock.
    return run_gui(db_path(args), language=args.language, demo=args.demo)


def _global_parser(add_help: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        add_help=add_help,
        prog="trygghetsapp",
        description="Trygghetsapp: inventering, krischecklistor och filsynk för trygghetspunkter. "
        "Utan kommando öppnas programfönstret.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"trygghetsapp {__version__}",
        help="visa programmets version och avsluta",  # argparse's own words are not translated
    )
    parser.add_argument(
        "--db",
        metavar="SÖKVÄG",
        help="databasfil eller postgresql://-adress till kontorets databas (annars "
        "TRYGGHETSAPP_DB, annars användarens datamapp)",
    )
    parser.add_argument("--language", choices=["sv", "en"], help="språk i programfönstret")
    parser.add_argument(
        "--demo", action="store_true", help="läs in demodata först om databasen är tom"
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    from trygghetsapp.cli import argparse_sv

    argparse_sv.install()  # before the parsers are made: their headings are set then
    parser = _global_parser()
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for group in command_groups():
        group.register(commands)
    _describe_subcommands(parser)
    return parser


def _describe_subcommands(parser: argparse.ArgumentParser) -> None:
    """Each command's own --help opens with the line the command list gives it: without a
    description of its own, `import-json --help` said nothing of what it does (user test)."""
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help for choice in action._choices_actions}
        for name, sub in action.choices.items():
            if sub.description is None and helps.get(name):
                sub.description = helps[name]
            _describe_subcommands(sub)


def _window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they only open the window (global options, no command, no --help);
    None when a command or a question for the full parser is in them."""
    if any(arg in ("-h", "--help") for arg in argv):
        return None
    args, rest = _global_parser(add_help=False).parse_known_args(argv)
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    window = _window_args(arguments)
    args = window if window is not None else build_parser().parse_args(arguments)
    run: Command = getattr(args, "run", cmd_gui)
    try:
        return run(args)
    except DomainError as error:
        print(f"Fel: {error}", file=sys.stderr)
        return EXIT_USAGE if isinstance(error, UsageError) else EXIT_FAILED
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

        wrong_kind = path_kind_problem(error)
        if wrong_kind is not None:  # a file where a folder must be: the user's path, no disk
            print(f"Fel: {wrong_kind}", file=sys.stderr)
            return EXIT_USAGE
        problem = diagnosis.diagnose(error, db_path(args))
        if problem is not None:  # a full disk, a lock, a read-only place: said as such
            log_exception(error)
            print(f"Fel: {problem}", file=sys.stderr)
            return EXIT_FAILED
        where = log_exception(error)
        first_line = str(error).splitlines()[0] if str(error) else ""
        print(f"Fel: {type(error).__name__}: {first_line} (detaljer i {where})", file=sys.stderr)
        return EXIT_FAILED
