"""Domain errors, each with a message written for the person who caused it."""

from __future__ import annotations


class UndersignedError(Exception):
    """Base class: `str(error)` is a complete sentence that says what to do."""


class EmptyQuestion(UndersignedError):
    """The question or name was blank."""

    def __init__(self, what: str = "question", *, message: str | None = None) -> None:
        super().__init__(
            message
            or f'The {what} is empty: type a few words, e.g. "foreign interference in Iran".'
        )


class UnknownStatement(UndersignedError):
    """No statement has this id."""

    def __init__(self, statement_id: str) -> None:
        self.statement_id = statement_id
        super().__init__(
            f"No statement has the id {statement_id!r}: `python -m index list` shows the ids."
        )


class SeedsNotFound(UndersignedError):
    """The seeds folder is missing or not a folder."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"The statements folder {path!r} does not exist: create it, or point SEEDS_DIR "
            "(or --seeds) at the folder that holds the statement files."
        )


class ModelUnavailable(UndersignedError):
    """The embedding model could not be loaded."""


class IndexUnavailable(UndersignedError):
    """The stored index is missing or cannot be read."""


class BuildInProgress(UndersignedError):
    """Another build holds the lock."""


class UnknownOrganisation(UndersignedError):
    """A filter names no organisation for sure."""

    def __init__(self, name: str, hint: str = "") -> None:
        super().__init__(f"No organisation in the collection matches {name!r}.{hint}")
