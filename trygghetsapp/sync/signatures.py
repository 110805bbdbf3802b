"""Who wrote a package: sign what we write, check the signer of what we read (issue 6).

The rule (docs/security.md, "Trust rule per role"): a package is applied only if its footer is
signed, the signer is the device its header names, and that device's key is in *this*
installation's trust register (enrolled and not revoked, or the office this laptop was
provisioned with). A package this installation wrote itself (a restored backup meeting its own
older packages) is checked against its own card. So:

- the office applies packages from enrolled laptops only; everything else is quarantined;
- a laptop applies packages from its office (and from devices explicitly enrolled on it);
  a package from another laptop met in a shared folder is *left where it is* for the office
  (outcome "ignored"), since the laptop cannot know whether the office enrolled it;
- a fresh install trusts nobody: every incoming package is refused with a message that says
  which step of enrolment is missing. There is no unsigned mode.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection

from trygghetsapp.domain.errors import DomainError
from trygghetsapp.security.keys import (
    DeviceKeys,
    Role,
    key_id,
    load_device_keys,
    load_or_create_device_keys,
)
from trygghetsapp.security.office import OfficeKeys, load_office_keys
from trygghetsapp.security.packages import (
    can_open,
    check_footer,
    check_office_footer,
    footer_signature,
    open_incoming,
)
from trygghetsapp.security.policy import QUARANTINE_FOLDER, quarantine
from trygghetsapp.security.sealing import is_sealed, recipient_id
from trygghetsapp.security.signing import verify
from trygghetsapp.security.trust import office_card, office_signing_key, trusted_public_key
from trygghetsapp.store import sql
from trygghetsapp.sync.reader import PackageError


class SignatureRefused(PackageError):
    """Unsigned, unknown or revoked signer, wrong key, or a seal that does not open:
    quarantined, never applied."""


class NotForThisDevice(PackageError):
    """On a laptop: a package from another laptop, left in the shared folder for the office."""


@dataclass(frozen=True)
class Identity:
    id: str
    name: str
    role: str


def identity(connection: Connection) -> Identity:
    row = sql.execute(connection, "SELECT id, name, role FROM local_device").one()
    return Identity(str(row.id), str(row.name), str(row.role))


def device_keys(db_path: Path, me: Identity) -> DeviceKeys:
    """This installation's keys, bound to the database's device id (created on first use)."""
    role = cast(Role, me.role if me.role in ("field", "office") else "field")
    return load_or_create_device_keys(db_path, device_id=me.id, device_name=me.name, role=role)


def office_keys(db_path: Path, me: Identity) -> OfficeKeys | None:
    """The office key this workstation writes with (security/office.py); None on a laptop."""
    return load_office_keys(db_path) if me.role == "office" else None


def footer_fields(
    keys: DeviceKeys, sha256_hex: str, office: OfficeKeys | None = None
) -> dict[str, str]:
    return footer_signature(keys, sha256_hex, office)


def _sender(header: dict[str, Any]) -> tuple[str, str]:
    device = header.get("device")
    if not isinstance(device, dict) or not isinstance(device.get("id"), str):
        return "", ""
    return str(device["id"]), str(device.get("role", ""))


def _office_claim(header: dict[str, Any]) -> str | None:
    """The office key id a workstation's header names (`device.office_key`), or None."""
    device = header.get("device")
    claim = device.get("office_key") if isinstance(device, dict) else None
    return claim if isinstance(claim, str) and claim else None


def _office_key(db_path: Path, me: Identity, header: dict[str, Any]) -> bytes | None:
    """The office key that must have signed this package, if its header names the office key
    this installation takes as its office's; None: the device's own key decides, as before."""
    sender, _role = _sender(header)
    claim = _office_claim(header)
    if sender == me.id or claim is None:
        return None
    return office_signing_key(db_path, claim)


def check_sender(db_path: Path, me: Identity, path: Path, header: dict[str, Any]) -> None:
    """Refuse early (before reading the body) a package whose sender we do not trust."""
    sender, sender_role = _sender(header)
    if sender == me.id:
        return
    if _office_key(db_path, me, header) is not None:
        return  # a workstation of our office: the footer must carry the office key's signature
    if trusted_public_key(db_path, sender) is not None:
        return
    if _office_claim(header) is not None:
        raise SignatureRefused(
            path,
            f"är signerat med ett annat kontors nyckel än det datorn litar på ({sender or '?'}); "
            f"inget lästes in",
            f"is signed with the key of another office than the one this computer trusts "
            f"({sender or '?'}); nothing was imported",
        )
    if me.role != "office":
        office = office_card(db_path)
        claims_office = sender_role == "office" or (
            office is not None and office.device_id == sender
        )
        if office is not None and not claims_office:
            raise NotForThisDevice(
                path,
                "kommer från en annan fältdator och lämnas kvar till kontoret",
                "comes from another field laptop and is left for the office",
            )
        if office is None:
            raise SignatureRefused(
                path,
                "kan inte kontrolleras: datorn litar inte på någon kontorsnyckel än "
                "(kör 'keys trust-office KORTFIL' med kontorets kort)",
                "cannot be checked: this computer trusts no office key yet "
                "(run 'keys trust-office CARD_FILE' with the office's card)",
            )
    raise SignatureRefused(
        path,
        f"kommer från en okänd eller spärrad enhet ({sender or '?'}); registrera enhetens kort "
        f"('keys enrol KORTFIL') och läs in filen från karantänmappen igen",
        f"comes from an unknown or revoked device ({sender or '?'}); enrol the device's card "
        f"('keys enrol CARD_FILE') and import the file from the quarantine folder again",
    )


def sealed_for_the_office(db_path: Path, me: Identity, path: Path) -> bool:
    """On a laptop: `path` is a package sealed to the office's key, not to ours (another
    always-encrypting laptop's package in a shared folder). Read from the envelope's recipient
    key id alone (`sealing.recipient_id`: 27 bytes), so the laptop leaves it for the office
    without trying to open it and without a refusal (docs/security.md, "Shared folders")."""
    if me.role == "office":
        return False
    recipient = recipient_id(path)
    if recipient is None or can_open(db_path, path):
        return False
    office = office_card(db_path)
    return office is not None and recipient == key_id(office.x25519_public)


def may_relay(
    db_path: Path, me: Identity, sender: str, header: dict[str, Any] | None = None
) -> bool:
    """Whether a package signed by `sender` may carry changes of other devices.

    Only the office a laptop was provisioned with may: it is the one relay every laptop trusts,
    and it applies from each laptop only that laptop's own changes. That office is the device
    whose card the laptop trusts, or any workstation whose header names the trusted office key
    (security/office.py; the footer check then requires the office key's signature, so a claim
    without it refuses the whole package). Everyone else's packages, at the office and at a
    laptop, count only the changes labelled with the signer's own id (docs/security.md, "Whose
    changes a package may carry")."""
    if me.role == "office" or sender == me.id:
        return False
    if header is not None and _office_key(db_path, me, header) is not None:
        return True
    office = office_card(db_path)
    return office is not None and office.device_id == sender


def verifier(
    db_path: Path, me: Identity, path: Path
) -> Callable[[dict[str, Any], dict[str, Any], str], None]:
    """The reader's footer check: (header, footer, the sha256 the reader computed) -> raise."""

    def check(header: dict[str, Any], footer: dict[str, Any], sha256_hex: str) -> None:
        sender, _role = _sender(header)
        try:
            if sender == me.id:
                own = load_device_keys(db_path)
                signer, signature = footer.get("signer"), footer.get("sig")
                if own is None or signer != me.id or not isinstance(signature, str):
                    raise DomainError(
                        "signatur",
                        "paketet är inte signerat med denna dators nyckel",
                        "the package is not signed with this computer's key",
                    )
                verify(own.card.ed25519_public, bytes.fromhex(sha256_hex), signature)
            elif (office := _office_key(db_path, me, header)) is not None:
                check_office_footer(office, footer, sha256_hex, expected_signer=sender)
            else:
                check_footer(db_path, footer, sha256_hex, expected_signer=sender)
        except DomainError as error:
            raise SignatureRefused(path, error.message("sv"), error.message("en")) from None

    return check


def lines_verifier(
    db_path: Path, me: Identity, path: Path
) -> Callable[[dict[str, Any], dict[str, Any], str], None]:
    """Salvage: (header, footer, hash of every line's stored checksum) -> raise to refuse.

    The footer's "lines" must be that hash and "lsig" the header's device's signature over it;
    then a line whose body matches its stored checksum is the signer's (SHA-256, truncated to
    128 bits: no second preimage), and the damaged ones are skipped."""
    whole = verifier(db_path, me, path)

    def check(header: dict[str, Any], footer: dict[str, Any], line_sums_hex: str) -> None:
        if footer.get("lines") != line_sums_hex or not isinstance(footer.get("lsig"), str):
            raise PackageError(
                path,
                "är skadat och kan inte räddas: radernas kontrollsummor är inte signerade eller "
                "själva skadade; be avsändaren om ett nytt paket (sync export --full)",
                "is damaged and cannot be salvaged: the line checksums are not signed or are "
                "damaged themselves; ask the sender for a new package (sync export --full)",
            )
        whole(
            header,
            {"signer": footer.get("signer"), "sig": footer["lsig"], "osig": footer.get("losig")},
            line_sums_hex,
        )

    return check


@contextlib.contextmanager
def opened(db_path: Path, path: Path) -> Iterator[Path]:
    """The plaintext to read: `path` itself, or a sealed package opened into a private temp
    folder on the local disk (never beside the sealed file), removed afterwards."""
    if not is_sealed(path):
        yield path
        return
    workdir = Path(tempfile.mkdtemp(prefix="trygghetsapp-open-"))  # 0700, local disk
    try:
        try:
            plain = open_incoming(db_path, path, workdir)
        except DomainError as error:
            # Sealed for another key (or no keys here): a trust refusal, quarantined at the
            # office. Damage or truncation (a copy still arriving): refused and recorded only,
            # like a damaged plain package.
            refusal = PackageError if can_open(db_path, path) else SignatureRefused
            raise refusal(
                path,
                f"kan inte öppnas ({error.message('sv')})",
                f"cannot be opened ({error.message('en')})",
            ) from None
        yield plain
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def move_to_quarantine(path: Path, error: PackageError) -> tuple[Path, str]:
    """Quarantine a refused file beside where it was found (`<its folder>/karantän/`);
    returns (where the file is now, a sentence for the report)."""
    if path.parent.name == QUARANTINE_FOLDER or not path.exists():
        return path, ""
    try:
        target = quarantine(path, f"{error.message('sv')}\n{error.message('en')}", path.parent)
    except OSError as failure:  # read-only stick: refused all the same, just not moved
        return path, f" (kunde inte flyttas till karantän / could not be quarantined: {failure})"
    return target, f". Flyttad till karantän / moved to quarantine: {target}"
