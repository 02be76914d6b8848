"""The typed record and its JSON shape (documented in the README; it changes only on purpose)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LangMap = dict[str, str]
DATE_KINDS = ("received", "revised", "accepted", "published", "online")


@dataclass
class Author:
    name: LangMap = field(default_factory=dict)
    affiliations: list[str] = field(default_factory=list)
    orcid: str | None = None
    email: str | None = None
    corresponding: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"name": dict(self.name), "affiliations": list(self.affiliations), "orcid": self.orcid,
                "email": self.email, "corresponding": self.corresponding}


@dataclass
class Journal:
    title: LangMap = field(default_factory=dict)
    abbrev: str | None = None
    issn: str | None = None
    eissn: str | None = None
    cn: str | None = None
    publisher: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": dict(self.title), "abbrev": self.abbrev, "issn": self.issn, "eissn": self.eissn,
                "cn": self.cn, "publisher": self.publisher}


@dataclass
class Record:
    doi: str | None = None
    url: str | None = None
    title: LangMap = field(default_factory=dict)
    abstract: LangMap = field(default_factory=dict)
    keywords: dict[str, list[str]] = field(default_factory=dict)
    authors: list[Author] = field(default_factory=list)
    journal: Journal = field(default_factory=Journal)
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    first_page: str | None = None
    last_page: str | None = None
    article_number: str | None = None
    dates: dict[str, str | None] = field(default_factory=lambda: dict.fromkeys(DATE_KINDS))
    citation: LangMap = field(default_factory=dict)
    classification: dict[str, str | None] = field(default_factory=lambda: {"clc": None})
    funding: list[str] = field(default_factory=list)
    pdf_url: str | None = None
    language: str | None = None
    platform: str = "generic"
    provenance: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def has_metadata(self) -> bool:
        """True when the page gave anything bibliographic beyond a bare URL."""
        return bool(self.doi or self.title or (self.authors and (self.journal.title or self.year)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "doi": self.doi, "url": self.url,
            "title": dict(self.title), "abstract": dict(self.abstract),
            "keywords": {k: list(v) for k, v in self.keywords.items()},
            "authors": [a.to_dict() for a in self.authors],
            "journal": self.journal.to_dict(),
            "year": self.year, "volume": self.volume, "issue": self.issue, "pages": self.pages,
            "first_page": self.first_page, "last_page": self.last_page, "article_number": self.article_number,
            "dates": dict(self.dates), "citation": dict(self.citation),
            "classification": dict(self.classification), "funding": list(self.funding),
            "pdf_url": self.pdf_url, "language": self.language, "platform": self.platform,
            "provenance": dict(self.provenance), "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Rebuild a record from its JSON form (as written by ``to_dict``)."""
        rec = cls(**{k: v for k, v in data.items() if k not in ("authors", "journal")})
        rec.authors = [Author(**a) for a in data.get("authors", [])]
        rec.journal = Journal(**data.get("journal", {}))
        return rec
