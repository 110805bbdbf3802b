"""The one error a user mistake raises: it names the field and says why, in Swedish and English."""

from __future__ import annotations


class DomainError(ValueError):
    """A refused value or action. Nothing has been written when this is raised."""

    def __init__(self, field: str, message_sv: str, message_en: str, record: str | None = None):
        self.field = field
        self.message_sv = message_sv
        self.message_en = message_en
        self.record = record
        where = f"{record}: " if record else ""
        super().__init__(f"{where}{field}: {message_sv} / {message_en}")

    def with_record(self, record: str) -> DomainError:
        """The same error, saying which record of an import it came from."""
        return DomainError(self.field, self.message_sv, self.message_en, record=record)

    def message(self, language: str = "sv") -> str:
        return self.message_en if language.startswith("en") else self.message_sv


class NotFoundError(DomainError):
    """A record asked for by id or name does not exist (or is deleted)."""

    def __init__(self, entity: str, key: str):
        super().__init__(
            entity,
            f"hittades inte: {key}",
            f"not found: {key}",
        )
