"""E-locators: the article number a page's DOI ends with, to choose among disagreeing page candidates."""

from __future__ import annotations

from journalmeta import _regex
from journalmeta.extractors.candidates import Candidate

_DOI_END = _regex.compile(r"(\d+)$")
_LOCATOR = _regex.compile(r"[A-Za-z]?0*(\d+)")
_DOI_BONUS = 2.0  # above a meta tag (6.6) for a printed citation's value (5.0) that the DOI confirms


def doi_locators(pages: list[Candidate], doi: str | None) -> list[Candidate]:
    """Where page candidates disagree, the ones whose number the DOI ends with gain weight: Frontiers'
    citation_firstpage is its internal article id (85883), while the DOI (…fpsyg.2014.00781) and the printed
    citation give the e-locator 781; PLOS's 'e0213978' and journal.pone.0213978."""
    end = _DOI_END.search(doi) if doi else None
    if end is None or len({c.value for c in pages}) < 2:
        return pages
    number = end.group(1).lstrip("0")
    matched = [c for c in pages if (m := _LOCATOR.fullmatch(c.value)) and m.group(1) == number]
    if not matched or len(matched) == len(pages):
        return pages
    return [Candidate(c.field, c.value, c.source, c.lang, c.weight + _DOI_BONUS) if c in matched else c
            for c in pages]
