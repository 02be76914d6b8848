"""journalmeta: journal article pages (HTML or their text renderings) into bilingual bibliographic records.

    >>> import journalmeta
    >>> record = journalmeta.parse(open("page.html", "rb").read())
    >>> record.title["zh"], record.title["en"]
"""

from journalmeta._parse import DEFAULT_MAX_BYTES, parse
from journalmeta.errors import (
                                CitationError,
                                DecodingError,
                                InputError,
                                InputTooLarge,
                                JournalmetaError,
                                NotAPage,
)
from journalmeta.extractors.citation import Citation, parse_citation
from journalmeta.record import Author, Journal, Record

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Author",
    "Citation",
    "CitationError",
    "DecodingError",
    "InputError",
    "InputTooLarge",
    "Journal",
    "JournalmetaError",
    "NotAPage",
    "Record",
    "__version__",
    "parse",
    "parse_citation",
]
