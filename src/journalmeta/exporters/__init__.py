"""Exporters: records into the formats reference managers and pipelines import, keeping both languages.

Each format streams: ``export(records, fmt)`` yields text chunks (a header, one chunk per record, a
footer), so exporting a store of any size keeps memory flat.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from journalmeta.exporters import bibtex, csljson, csv_, gbt7714, jats, json_, ris
from journalmeta.exporters.base import Format
from journalmeta.record import Record

FORMATS: dict[str, Format] = {
    "json": json_.JSON,
    "jsonl": json_.JSONL,
    "csv": csv_.CSV,
    "bibtex": bibtex.BIBTEX,
    "ris": ris.RIS,
    "csljson": csljson.CSLJSON,
    "jats": jats.JATS,
    "gbt7714": gbt7714.GBT7714_2015,
    "gbt7714-2015": gbt7714.GBT7714_2015,
    "gbt7714-2025": gbt7714.GBT7714_2025,
}


def export(records: Iterable[Record], fmt: str) -> Iterator[str]:
    """Text chunks of ``records`` in format ``fmt`` (a key of ``FORMATS``)."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    return writer.stream(records)


def export_string(records: Iterable[Record], fmt: str) -> str:
    return "".join(export(records, fmt))


__all__ = ["FORMATS", "export", "export_string"]
