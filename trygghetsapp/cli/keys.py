"""`trygghetsapp keys ...`: this device's keys, enrolment at the office, provisioning a laptop.

`show` and `export-card` bind the keys to the database's own device (id, name and role from
`sync.api.get_device`), so the card the office enrols names the same device id that the package
headers carry. The role is set with `trygghetsapp device role office|field`. The register
commands (enrol, revoke, list, trust-office, encrypt-always) touch only the keys folder.
"""

from __future__ import annotations

# The security modules (and with them cryptography) are imported by the commands that use them,
# not here: the parser, `--help` and the window's start never need them.
import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trygghetsapp.cli.common import EXIT_OK, db_path, output_file, reading

if TYPE_CHECKING:
    from trygghetsapp.security.keys import DeviceKeys


def _db(args: argparse.Namespace) -> Path:
    return db_path(args)


def _own_keys(args: argparse.Namespace) -> DeviceKeys:
    """This installation's keys, bound to the database's device identity."""
    from trygghetsapp.security.keys import load_or_create_device_keys
    from trygghetsapp.sync.api import get_device

    with reading(args, "keys") as database:
        device = get_device(database)
    return load_or_create_device_keys(
        _db(args),
        device_id=device.id,
        device_name=device.name,
        role="office" if device.role == "office" else "field",
    )


def cmd_show(args: argparse.Namespace) -> int:
    from trygghetsapp.security import policy, trust
    from trygghetsapp.security.keys import fingerprint

    db = _db(args)
    keys = _own_keys(args)
    card = keys.card
    print(f"Enhet:           {card.device_name} ({card.device_id})")
    print(f"Roll:            {'kontor' if card.role == 'office' else 'fält'}")
    print(f"Fingeravtryck:   {keys.fingerprint}")
    print(f"Enhetskort:      {keys.card_path}")
    office = trust.office_card(db)
    if office is not None:
        print(f"Kontorsnyckel:   {office.device_name} {fingerprint(office)}")
    from trygghetsapp.security.office import load_office_keys

    held = load_office_keys(db)
    if held is not None:
        print(f"Håller kontorsnyckeln: {held.card.device_name} {held.fingerprint}")
    print(f"Kryptera alltid: {'på' if policy.load_policy(db).always_encrypt else 'av'}")
    return EXIT_OK


def cmd_export_card(args: argparse.Namespace) -> int:
    from trygghetsapp.security.keys import write_card

    target = output_file(args.output)
    keys = _own_keys(args)
    write_card(keys.card, target)
    print(f"Enhetskort sparat: {target}")
    print(f"Fingeravtryck: {keys.fingerprint} (läs upp det för mottagaren)")
    return EXIT_OK


def cmd_enrol(args: argparse.Namespace) -> int:
    from trygghetsapp.security import trust
    from trygghetsapp.security.keys import load_card
    from trygghetsapp.sync.enrolment import check_fingerprint

    db = _db(args)
    card_file = Path(args.card)
    # The same refusal as the window's set-up dialog (sync/enrolment.py).
    check_fingerprint(load_card(card_file), args.expect)
    device = trust.enrol(db, card_file)
    print(f"Registrerad: {device.device_name} ({device.device_id})")
    print(f"Fingeravtryck: {device.fingerprint}")
    if args.expect is None:
        print(
            "Jämför fingeravtrycket med det datorn visar ('keys show'). "
            "Stämmer det inte: kör 'keys revoke' direkt."
        )
    return EXIT_OK


def cmd_revoke(args: argparse.Namespace) -> int:
    from trygghetsapp.security import trust

    device = trust.revoke(_db(args), args.device_id)
    print(f"Spärrad: {device.device_name} ({device.device_id}); dess paket tas inte längre emot.")
    return EXIT_OK


def cmd_trust_office(args: argparse.Namespace) -> int:
    from trygghetsapp.security import trust
    from trygghetsapp.security.keys import fingerprint, load_card
    from trygghetsapp.sync.enrolment import check_fingerprint

    check_fingerprint(load_card(Path(args.card)), args.expect)
    card = trust.trust_office(_db(args), Path(args.card), replace_existing=args.replace)
    named = card.device_name if card.is_office_key else f"{card.device_name} ({card.device_id})"
    print(f"Kontorsnyckel: {named}")
    print(f"Fingeravtryck: {fingerprint(card)} (jämför med kontoret)")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from trygghetsapp.security import trust

    devices = trust.list_enrolled(_db(args))
    if not devices:
        print("Inga registrerade enheter.")
    for device in devices:
        state = "aktiv" if device.active else f"spärrad {device.revoked}"
        print(
            f"{device.fingerprint}  {device.device_id}  {device.device_name}  "
            f"(registrerad {device.enrolled}, {state})"
        )
    return EXIT_OK


def cmd_encrypt_always(args: argparse.Namespace) -> int:
    from trygghetsapp.security import policy

    on = args.state == "on"
    policy.set_always_encrypt(_db(args), on)
    print(
        "Paket krypteras alltid till kontoret."
        if on
        else "Paket krypteras inte automatiskt längre."
    )
    return EXIT_OK


PASSPHRASE_ENV = "TRYGGHETSAPP_OFFICE_PASSPHRASE"


def _passphrase(confirm: bool) -> str:
    """The office key file's passphrase: typed (not echoed), twice when making a file. For an
    unattended set-up script only, the environment variable PASSPHRASE_ENV is read instead."""
    import getpass
    import os

    from trygghetsapp.domain.errors import DomainError

    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    first = getpass.getpass("Lösenfras för kontorsnyckelfilen: ")
    if confirm and getpass.getpass("Samma lösenfras igen: ") != first:
        raise DomainError(
            "lösenfras",
            "lösenfraserna är inte lika; ingen fil skrevs",
            "the passphrases differ; no file was written",
        )
    return first


def cmd_office_create(args: argparse.Namespace) -> int:
    from trygghetsapp.security import office

    keys = office.create_office_key(_db(args), _own_keys(args), args.name, fresh=args.fresh)
    print(f"Kontorsnyckel skapad: {keys.card.device_name}")
    print(f"Fingeravtryck: {keys.fingerprint}")
    if args.fresh:
        print("Ny nyckel: varje fältdator måste lita på kontorets nya kort (keys trust-office).")
    else:
        print("Nyckeln är den här datorns: fältdatorer som redan litar på den behöver inget göra.")
    print("Nästa steg: 'keys office-key export FIL' och 'keys office-key import FIL' på de andra.")
    return EXIT_OK


def cmd_office_export(args: argparse.Namespace) -> int:
    from trygghetsapp.security import office

    db = _db(args)
    _own_keys(args)
    if office.load_office_keys(db) is None:  # before asking for a passphrase
        office.export_office_key(db, Path(args.file), "")
    path = office.export_office_key(db, Path(args.file), _passphrase(confirm=True))
    print(f"Kontorsnyckeln sparad (skyddad med lösenfrasen): {path}")
    print("Ge lösenfrasen separat från filen (inte i samma e-post). Radera filen efter import.")
    return EXIT_OK


def cmd_office_import(args: argparse.Namespace) -> int:
    from trygghetsapp.security import office

    device = _own_keys(args)
    keys = office.import_office_key(
        _db(args), device, Path(args.file), _passphrase(confirm=False), replace=args.replace
    )
    print(f"Kontorsnyckel: {keys.card.device_name}")
    print(f"Fingeravtryck: {keys.fingerprint} (samma som på de andra kontorsdatorerna)")
    print("Registrera fältdatorernas kort här också ('keys enrol KORTFIL').")
    return EXIT_OK


def cmd_office_card(args: argparse.Namespace) -> int:
    from trygghetsapp.domain.errors import DomainError
    from trygghetsapp.security.keys import write_card
    from trygghetsapp.security.office import load_office_keys

    _own_keys(args)
    keys = load_office_keys(_db(args))
    if keys is None:
        raise DomainError(
            "kontorsnyckel",
            "datorn har ingen kontorsnyckel ('keys office-key create' eller 'import' först)",
            "this computer holds no office key ('keys office-key create' or 'import' first)",
        )
    target = output_file(args.output)
    write_card(keys.card, target)
    print(f"Kontorets kort sparat: {target}")
    print(f"Fingeravtryck: {keys.fingerprint} (fältdatorn: 'keys trust-office KORTFIL')")
    return EXIT_OK


def register(commands: Any) -> None:
    keys = commands.add_parser(
        "keys",
        help="enhetens nycklar, registrering av datorer och kontorets nyckel",
        description="Signerade och krypterade synkpaket: se docs/security.md.",
    )
    sub = keys.add_subparsers(dest="keys_command", metavar="KOMMANDO", required=True)

    show = sub.add_parser("show", help="den här datorns fingeravtryck och enhetskort")
    show.set_defaults(run=cmd_show)

    export = sub.add_parser(
        "export-card",
        help="spara den här datorns publika enhetskort (roll: 'trygghetsapp device role')",
    )
    export.add_argument("-o", "--output", required=True, metavar="FIL")
    export.set_defaults(run=cmd_export_card)

    enrol = sub.add_parser("enrol", help="(kontoret) registrera en dators enhetskort")
    enrol.add_argument("card", metavar="CARD_FILE")
    enrol.add_argument(
        "--expect",
        metavar="FINGERAVTRYCK",
        help="fingeravtrycket datorn visar; registrera bara om det stämmer",
    )
    enrol.set_defaults(run=cmd_enrol)

    revoke = sub.add_parser("revoke", help="(kontoret) spärra en registrerad dator")
    revoke.add_argument("device_id", metavar="DEVICE_ID")
    revoke.set_defaults(run=cmd_revoke)

    office = sub.add_parser("trust-office", help="(fältdator) lita på kontorets enhetskort")
    office.add_argument("card", metavar="CARD_FILE")
    office.add_argument("--replace", action="store_true", help="byt ut en tidigare kontorsnyckel")
    office.add_argument(
        "--expect",
        metavar="FINGERAVTRYCK",
        help="fingeravtrycket kontoret läser upp; lita bara på kortet om det stämmer",
    )
    office.set_defaults(run=cmd_trust_office)

    listing = sub.add_parser("list", help="(kontoret) registrerade datorer")
    listing.set_defaults(run=cmd_list)

    office_key = sub.add_parser(
        "office-key",
        help="(kontoret) en kontorsnyckel för flera kontorsdatorer",
        description="Kontorsnyckeln: se docs/office-postgresql.md.",
    )
    office_sub = office_key.add_subparsers(dest="office_command", metavar="KOMMANDO", required=True)
    create = office_sub.add_parser("create", help="skapa kontorsnyckeln (första kontorsdatorn)")
    create.add_argument("--name", default="Kontoret", help="kontorets namn på kortet")
    create.add_argument(
        "--fresh",
        action="store_true",
        help="ett nytt nyckelpar (annars datorns eget: fältdatorer som litar på den behåller det)",
    )
    create.set_defaults(run=cmd_office_create)
    export_key = office_sub.add_parser(
        "export", help="spara kontorsnyckeln i en fil skyddad med en lösenfras"
    )
    export_key.add_argument("file", metavar="FIL")
    export_key.set_defaults(run=cmd_office_export)
    import_key = office_sub.add_parser("import", help="ta emot kontorsnyckeln från en fil")
    import_key.add_argument("file", metavar="FIL")
    import_key.add_argument(
        "--replace", action="store_true", help="byt ut en annan kontorsnyckel som datorn har"
    )
    import_key.set_defaults(run=cmd_office_import)
    office_card = office_sub.add_parser("card", help="spara kontorets publika kort för fältdatorer")
    office_card.add_argument("-o", "--output", required=True, metavar="FIL")
    office_card.set_defaults(run=cmd_office_card)

    always = sub.add_parser("encrypt-always", help="(fältdator) kryptera alltid till kontoret")
    always.add_argument("state", choices=["on", "off"])
    always.set_defaults(run=cmd_encrypt_always)
