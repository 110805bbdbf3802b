"""argparse's own words in Swedish: "användning:", "flaggor", "visa den här hjälpen och avsluta".

Every help text of the command line is Swedish, but argparse's headings and errors came out in
English ("positional arguments", "error: the following arguments are required"), which a user
test read in every `--help`. argparse looks its words up through gettext at the moment it uses
them (`argparse._`, `argparse.ngettext`); with no Swedish catalogue shipped for it, `install`
puts this table in their place. A message not in the table (a later Python's new wording)
stays in English rather than failing.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

WORDS: dict[str, str] = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "the following arguments are required: %s": "följande argument måste anges: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "expected one argument": "ett värde väntades",
    "expected at least one argument": "minst ett värde väntades",
    "expected at most one argument": "högst ett värde väntades",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ogiltigt val: %(value)r (välj bland %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ogiltigt värde (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig flagga: %(option)s kan vara %(matches)s"
    ),
    "not allowed with argument %s": "går inte tillsammans med %s",
    "one of the arguments %s is required": "ett av argumenten %s måste anges",
    "ignored explicit argument %r": "flaggan tar inget värde: %r",
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
}
PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): ("%s värde väntades", "%s värden väntades"),
}


def swedish(message: str) -> str:
    return WORDS.get(message, message)


def swedish_plural(singular: str, plural: str, count: int) -> str:
    one, many = PLURALS.get((singular, plural), (singular, plural))
    return one if count == 1 else many


def install() -> None:
    """argparse speaks Swedish from now on in this process (the command line's only language
    of help; its own messages are given in both languages)."""
    translate: Callable[[str], str] = swedish
    setattr(argparse, "_", translate)  # noqa: B010  (argparse's gettext hook, by its name)
    setattr(argparse, "ngettext", swedish_plural)  # noqa: B010
