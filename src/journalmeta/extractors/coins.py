"""COinS: OpenURL ContextObjects in ``<span class="Z3988" title="ctx_ver=…&rft.atitle=…">``."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs

from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.lang import detect, script_language
from journalmeta.normalize import find_doi, invert_name

# OpenURL key → record field
FIELDS = {"rft.atitle": "title", "rft.jtitle": "journal", "rft.title": "journal", "rft.date": "year",
          "rft.volume": "volume", "rft.issue": "issue", "rft.spage": "first_page", "rft.epage": "last_page",
          "rft.pages": "pages", "rft.issn": "issn", "rft.eissn": "eissn", "rft.pub": "publisher"}
_MAX_SPANS = 5


def _people(query: dict[str, list[str]]) -> list[str]:
    if query.get("rft.au"):
        return [invert_name(name) for name in query["rft.au"]]  # OpenURL writes 'Gordon, David E.'
    last, first = query.get("rft.aulast", [""])[0], query.get("rft.aufirst", [""])[0]
    return [f"{first} {last}".strip()] if last else []


def extract(page: Page) -> Iterator[Candidate]:
    for title in page.coins[:_MAX_SPANS]:
        query = parse_qs(title)
        src = "coins"
        for key, field in FIELDS.items():
            for value in query.get(key, [])[:1]:
                lang = detect(value) if field in ("title", "journal") else None
                yield Candidate.of(field, value, f"{src}:{key}", lang)
        for value in query.get("rft_id", []):
            doi = find_doi(value)
            if doi:
                yield Candidate.of("doi", doi, f"{src}:rft_id")
        people = _people(query)
        if people:
            yield Candidate.of("authors", people, f"{src}:rft.au", script_language(" ".join(people)) or "latin")
