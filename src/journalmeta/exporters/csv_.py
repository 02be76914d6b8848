"""CSV: one row per record, one column per field and language, lists joined with ``; ``.

The columns are fixed (so a stream of records shares one header): the languages in ``LANGS`` get their own
columns; a value in any other language goes to ``<field>_other`` as ``lang: value``.
"""

from __future__ import annotations

import csv
import io

from journalmeta.exporters.base import Format, by_language, one_line
from journalmeta.record import Record

LANGS = ("zh", "en", "ja", "ko", "ru", "fr", "de", "es", "pt", "tr", "it")
BY_LANG = ("title", "abstract", "keywords", "authors", "journal", "citation")
PLAIN = ("doi", "url", "year", "volume", "issue", "pages", "first_page", "last_page", "article_number", "issn",
         "eissn", "publisher", "received", "revised", "accepted", "published", "online", "clc", "language", "platform",
         "warnings")
COLUMNS = [c for field in BY_LANG for c in [f"{field}_{lang}" for lang in LANGS] + [f"{field}_other"]] + list(PLAIN)


def row(record: Record) -> dict[str, str]:
    out: dict[str, str] = {}
    for field in BY_LANG:
        values = by_language(record, field)
        for lang, text in values.items():
            key = f"{field}_{lang}" if lang in LANGS else f"{field}_other"
            out[key] = (out[key] + " | " if key in out else "") + (one_line(text) if lang in LANGS
                                                                  else f"{lang}: {one_line(text)}")
    plain = record.to_dict()
    extras = {"issn": record.journal.issn, "eissn": record.journal.eissn, "publisher": record.journal.publisher,
              "clc": record.classification.get("clc"), **{k: v for k, v in record.dates.items()},
              "warnings": "; ".join(record.warnings)}
    for key in PLAIN:
        value: object = extras[key] if key in extras else plain.get(key)
        out[key] = "" if value is None else one_line(str(value))
    return out


def _line(values: list[str] | dict[str, str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(values if isinstance(values, list) else [values.get(c, "") for c in COLUMNS])
    return buffer.getvalue()


CSV = Format("csv", lambda r, _: _line(row(r)), head=lambda n: _line(COLUMNS))
