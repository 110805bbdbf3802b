"""The errors a user mistake raises: each names the field and says why, in Swedish and English.

A form's values are checked all at once (`domain.schemas.clean`): when more than one field is
refused, one `FieldErrors` carries every refusal, so a dialog shows each beside its own field and
the command line lists them all, instead of one mistake per try.
"""

from __future__ import annotations

from collections.abc import Sequence


def quoted_sv(value: object) -> str:
    """A refused value as a Swedish text quotes it (”070-12ab”), not as Python's repr does
    ('070-12ab'), which a user test read as programmer's text beside the field."""
    return f"”{value}”"


def quoted_en(value: object) -> str:
    """A refused value in English quotes (“070-12ab”)."""
    return f"“{value}”"


class DomainError(ValueError):
    """A refused value or action. Nothing has been written when this is raised."""

    def __init__(self, field: str, message_sv: str, message_en: str, record: str | None = None):
        self.field = field
        self.message_sv = message_sv
        self.message_en = message_en
        self.record = record
        where = f"{record}: " if record else ""
        super().__init__(f"{where}{field}: {message_sv} / {message_en}")

    @property
    def refusals(self) -> tuple[DomainError, ...]:
        """Every refusal this error carries, each naming its own field (here: itself)."""
        return (self,)

    def with_record(self, record: str) -> DomainError:
        """The same error, saying which record of an import it came from."""
        return DomainError(self.field, self.message_sv, self.message_en, record=record)

    def message(self, language: str = "sv") -> str:
        return self.message_en if language.startswith("en") else self.message_sv


class FieldErrors(DomainError):
    """Several fields refused at once. `field` is the first one's (where the cursor goes);
    the message names each field and its reason, one after the other."""

    def __init__(self, errors: Sequence[DomainError], record: str | None = None):
        flat = [problem for error in errors for problem in error.refusals]
        if not flat:
            raise ValueError("FieldErrors needs at least one error")
        self.errors = tuple(flat)
        super().__init__(
            flat[0].field,
            "; ".join(f"{e.field}: {e.message_sv}" for e in flat),
            "; ".join(f"{e.field}: {e.message_en}" for e in flat),
            record=record,
        )

    @property
    def refusals(self) -> tuple[DomainError, ...]:
        return self.errors

    def with_record(self, record: str) -> DomainError:
        return FieldErrors(self.errors, record=record)


class RecordErrors(DomainError):
    """Refusals in several records of an import file, all told at once: fixing one mistake
    only to be told of the next took a try per mistake. `more` counts those not listed."""

    def __init__(self, errors: Sequence[DomainError], more: int = 0):
        if not errors:
            raise ValueError("RecordErrors needs at least one error")
        self.errors = tuple(errors)
        self.more = more

        def listed(language: str) -> str:
            parts = [
                f"{e.record}: {e.field}: {e.message(language)}" if e.record else str(e)
                for e in self.errors
            ]
            if more:
                parts.append(f"… och {more} fel till" if language == "sv" else f"… and {more} more")
            return "; ".join(parts)

        count = len(self.errors) + more
        super().__init__(
            "file",
            f"{count} poster har fel: {listed('sv')}",
            f"{count} records have errors: {listed('en')}",
        )

    @property
    def refusals(self) -> tuple[DomainError, ...]:
        return tuple(refusal for error in self.errors for refusal in error.refusals)


def raise_all(errors: Sequence[DomainError]) -> None:
    """Nothing when `errors` is empty; the one error itself; or all of them as one."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise FieldErrors(errors)


class NotFoundError(DomainError):
    """A record asked for by id or name does not exist (or is deleted)."""

    def __init__(self, entity: str, key: str):
        super().__init__(
            entity,
            f"hittades inte: {key}",
            f"not found: {key}",
        )
