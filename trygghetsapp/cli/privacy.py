"""`trygghetsapp privacy extract|erase`: the register extract and erasure from the command line.

PERSON is a contact id, or a name that matches exactly one contact (case and spacing ignored);
a name that matches several lists them and exits 1, so a command never picks one by guess.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from trygghetsapp.cli.common import EXIT_FAILED, EXIT_OK, count, output_file, reading, writing
from trygghetsapp.domain.errors import DomainError

if TYPE_CHECKING:
    from trygghetsapp.services.database import Database
    from trygghetsapp.services.readmodels import ContactView


def _one_contact(database: Database, person: str) -> ContactView | None:
    """The one contact PERSON names, or None after listing the candidates on stderr."""
    from trygghetsapp.services import privacy

    found = privacy.find_contact(database, person)
    if not found:
        raise DomainError(
            "person",
            f"ingen kontakt med id eller namn {person!r}",
            f"no contact with id or name {person!r}",
        )
    if len(found) > 1:
        print(
            f"Fel: {person!r} matchar {count(len(found), 'kontakt')}; ange en med dess id:",
            file=sys.stderr,
        )
        for contact in found:
            print(
                f"  {contact.id}  {contact.name}  {contact.phone_display or '–'}",
                file=sys.stderr,
            )
        return None
    return found[0]


def cmd_extract(args: argparse.Namespace) -> int:
    import json

    from trygghetsapp.files.atomic import write_bytes_atomic, write_with
    from trygghetsapp.services import privacy

    out = output_file(args.output, (".pdf", ".json"))
    suffix = out.suffix.lower()
    with reading(args, "privacy extract") as database:
        contact = _one_contact(database, args.person)
        if contact is None:
            return EXIT_FAILED
        extract = privacy.register_extract(database, contact.id)
    if suffix == ".json":
        text = json.dumps(extract, ensure_ascii=False, indent=2) + "\n"
        write_bytes_atomic(out, text.encode("utf-8"))
    else:
        from trygghetsapp.reports import register_extract

        author = str(extract.get("controller") or "Kommunen")
        write_with(
            out, lambda temporary: register_extract.render(extract, temporary, author=author)
        )
    occurrences = len(extract["occurrences"])
    print(
        f"Registerutdrag för {contact.name} sparat: {out} "
        f"({count(len(extract['roles']), 'roll')}, {count(occurrences, 'annat ställe')} "
        f"där personen nämns)"
    )
    return EXIT_OK


def _plan_lines(plan: Any) -> list[str]:
    from trygghetsapp.services import privacy

    lines = [
        f"Radera {plan.contact.name} ({plan.contact.id}) för gott.",
        "Tas bort nu, i den här databasen: kontaktuppgifterna (också ur ändringshistoriken) "
        f"och personens {count(plan.roles, 'roll')}.",
    ]
    if plan.traces:
        lines.append(
            f"Personen nämns också på {count(len(plan.traces), 'annat ställe')}; namn, telefon och "
            "e-post töms där:"
        )
        for trace in plan.traces:
            field = privacy.FIELD_LABELS.get(trace.field, trace.field)
            lines.append(f"  • {trace.where}: {field}: {trace.excerpt}")
    lines.append("Raderingen följer med till de andra datorerna vid nästa synkronisering.")
    return lines


def _leftover_lines(backups: Any, purged: Any = ()) -> list[str]:
    from trygghetsapp.services import privacy

    lines = []
    if purged:
        lines.append(f"Borttagen ur {count(len(purged), 'äldre säkerhetskopia')}:")
        lines += [f"  • {path}" for path in purged]
    lines.append("Finns kvar:")
    if backups:
        lines.append(
            f"  • {count(len(backups), 'äldre säkerhetskopia')} på den här datorn (ersätts inom "
            f"ungefär {count(privacy.KEEP_DAILY_BACKUPS, 'dag')}; --purge-backups tar bort "
            f"personen ur dem nu):"
        )
        lines += [f"      {holding.path}" for holding in backups]
    lines.append(
        "  • synkroniseringsfiler som redan har skrivits (i den delade mappen, på USB-minnen): "
        "radera dem där de finns"
    )
    lines.append("  • utskrivna checklistor och rollkort med personen: kasta dem")
    return lines


def cmd_erase(args: argparse.Namespace) -> int:
    from trygghetsapp.services import privacy

    with writing(args, "privacy erase") as database:
        contact = _one_contact(database, args.person)
        if contact is None:
            return EXIT_FAILED
        plan = privacy.erasure_plan(database, contact.id)
        print("\n".join(_plan_lines(plan)))
        if not args.yes:
            if not sys.stdin.isatty():
                print(
                    "Inget har raderats: bekräfta med --yes.",
                    file=sys.stderr,
                )
                return EXIT_FAILED
            answer = input("Radera? Det går inte att ångra. Skriv ja: ")
            if answer.strip().casefold() not in ("ja", "yes"):
                print("Inget har raderats.", file=sys.stderr)
                return EXIT_FAILED
        result = privacy.erase(database, contact.id, purge_backups=args.purge_backups)
    emptied = "tömt" if result.traces_blanked == 1 else "tömda"
    print(f"Raderad: {contact.name}; {count(result.traces_blanked, 'annat ställe')} {emptied}.")
    print("\n".join(_leftover_lines(result.backups_left, result.backups_purged)))
    return EXIT_OK


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "privacy",
        help="registerutdrag och radering av en person (GDPR)",
        description="PERSON är en kontakts id eller ett namn som bara en kontakt har.",
    )
    actions = parser.add_subparsers(dest="privacy_command", metavar="KOMMANDO", required=True)
    extract = actions.add_parser(
        "extract",
        help="registerutdrag: allt om en person, som PDF eller JSON",
        description="Skriv allt som finns om personen: uppgifterna, roller, andra ställen där "
        "personen nämns, ändringshistorik och information enligt artikel 15.",
    )
    extract.add_argument("person", metavar="PERSON", help="kontaktens id eller namn")
    extract.add_argument(
        "-o", "--output", required=True, metavar="FIL", help="FIL.pdf eller FIL.json"
    )
    extract.set_defaults(run=cmd_extract)
    erase = actions.add_parser(
        "erase",
        help="radera en person för gott, överallt där personen nämns",
        description="Visar vad som tas bort och vad som finns kvar; raderar efter bekräftelse "
        "(--yes, eller ja på frågan).",
    )
    erase.add_argument("person", metavar="PERSON", help="kontaktens id eller namn")
    erase.add_argument("--yes", action="store_true", help="radera utan att fråga")
    erase.add_argument(
        "--purge-backups",
        action="store_true",
        help="ta också bort personen ur äldre säkerhetskopior på den här datorn",
    )
    erase.set_defaults(run=cmd_erase)
