"""The exception tree. ``parse`` raises only these.

    JournalmetaError
    ├── InputError              the input cannot be used at all
    │   ├── InputTooLarge       over the configured size limit
    │   ├── DecodingError       bytes that decode to no usable text
    │   └── NotAPage            binary or empty content
    └── CitationError           a citation string that cannot be parsed
"""

from __future__ import annotations

__all__ = ["CitationError", "DecodingError", "InputError", "InputTooLarge", "JournalmetaError", "NotAPage"]


class JournalmetaError(Exception):
    """Base class of every error journalmeta raises on purpose."""


class InputError(JournalmetaError):
    """The input cannot be turned into a page."""


class InputTooLarge(InputError):
    """The input is over the size limit."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"input of {size} bytes is over the limit of {limit} bytes")
        self.size = size
        self.limit = limit


class DecodingError(InputError):
    """The bytes do not decode to text in any encoding tried."""


class NotAPage(InputError):
    """The input is empty or binary, not a page."""


class CitationError(JournalmetaError):
    """A citation string that holds nothing recognisable."""
