"""Values printed in blocks without a label: DOI links and ``doi:`` runs, and the page's main heading."""

from __future__ import annotations

import re
from collections.abc import Iterator

from journalmeta import _regex
from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.citation import looks_like_citation
from journalmeta.lang import detect
from journalmeta.normalize import find_doi, squash

_DOI_MENTION = _regex.compile(r"(?:https?://(?:dx\.)?doi\.org/|\bdoi\s*[:：]\s*)", re.IGNORECASE)
_SCAN = 150
_HEADINGS = frozenset(("h1", "h2", "h3", "h4"))
_TITLE_PARTS = _regex.compile(r"\s+[|–—-]\s+|\s*::\s*")  # 'Article | Journal', 'Journal - Article'


def dois(page: Page) -> Iterator[Candidate]:
    """The first DOI links or ``doi:`` mentions outside reference-like lines, earliest strongest."""
    seen = 0
    for block in page.blocks[:_SCAN]:
        m = _DOI_MENTION.search(block.text) if "doi" in block.text.lower() else None
        if not m or looks_like_citation(block.text) or (page.is_html and len(block.text) > 150):
            continue
        doi = find_doi(block.text[m.start():])
        if doi:
            yield Candidate.of("doi", doi, "block:doi", bonus=-0.1 * seen)
            seen += 1
            if seen >= 3:
                return


def headings(page: Page) -> Iterator[Candidate]:
    """The page's h1, and a heading that repeats the page's ``<title>`` (whole, or one part of a title like
    'Article | Site'): titles when nothing better says otherwise."""
    for block in page.blocks:
        if block.tag == "h1" and 10 <= len(block.text) <= 400:
            yield Candidate.of("title", block.text, "block:h1", block.lang or detect(block.text), bonus=-0.5)
            break
    parts = {squash(part) for part in [page.title or "", *_TITLE_PARTS.split(page.title or "")]}
    parts = {part for part in parts if len(part) >= 10}
    if not parts:
        return
    for block in page.blocks[:_SCAN * 2]:
        if block.tag in _HEADINGS and 10 <= len(block.text) <= 400 and squash(block.text) in parts:
            yield Candidate.of("title", block.text, "block:title-heading", block.lang or detect(block.text))
            return
