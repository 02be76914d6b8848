"""A candidate value for one field of the record, with where it came from and how much to trust it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# How much each kind of source is trusted; the merge step adds agreement on top.
WEIGHTS: dict[str, float] = {
    "platform": 9.0,
    "meta": 6.0,
    "jsonld": 5.5,
    "coins": 5.0,
    "bibtex": 5.0,  # an entry the page prints (a proceedings page's BibTeX box)
    "label": 6.5,
    "table": 6.0,  # a column under a labelled header cell
    "citation": 5.0,
    "header": 5.5,
    "block": 4.0,
    "position": 3.0,
    "unlabelled": 3.5,
    "text": 1.0,
}
# a date the metadata states (meta tags, JSON-LD): below one the page prints under a label ('Published: 9 December
# 2022'), which may be more precise than an issue's cover date
STATED_DATE_BONUS = -3.0


@dataclass(frozen=True, slots=True)
class Candidate:
    field: str  # record field: title, abstract, keywords, authors, journal, doi, year, ...
    value: Any  # str, or a list of str for keywords and authors
    source: str  # provenance: 'meta:citation_title', 'label:摘要', 'citation:引用本文', ...
    lang: str | None = None
    weight: float = 1.0

    @classmethod
    def of(cls, field: str, value: Any, source: str, lang: str | None = None, bonus: float = 0.0) -> Candidate:
        kind = source.split(":", 1)[0]
        return cls(field, value, source, lang, WEIGHTS.get(kind, 1.0) + bonus)
