"""Errors meant for people: each carries one clear line that the CLI prints as is."""


class CasetrailError(Exception):
    """Base class: the message is shown to the user without a traceback."""


class ConfigError(CasetrailError):
    """The installation is not set up the way the command needs."""


class StoreError(CasetrailError):
    """The database or blob store cannot be opened or is inconsistent."""


class IngestError(CasetrailError):
    """A report could not be ingested; nothing was stored for it."""


class UnsupportedInput(IngestError):
    """The bytes are not a format casetrail reads (binary junk, unknown type)."""


class EmptyInput(IngestError):
    """The input holds no readable text."""


class TooLarge(IngestError):
    """The input is over the configured size limit."""


class FetchError(IngestError):
    """A URL could not be fetched."""


class NotFound(CasetrailError):
    """A record asked for by id does not exist."""
