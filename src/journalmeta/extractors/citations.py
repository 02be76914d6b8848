"""Printed citation strings on the page (labelled, or bare reference lines) and the fields they give."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.citation import Citation, looks_like_citation, parse_citation
from journalmeta.extractors.labelled import Labelled
from journalmeta.extractors.names import author_line
from journalmeta.lang import detect

_MAX_FOLLOWING = 2


@dataclass(frozen=True, slots=True)
class Found:
    citation: Citation
    source: str  # 'citation:引用本文' for a labelled one, 'unlabelled:citation' for a bare line
    index: int

    @property
    def labelled(self) -> bool:
        return not self.source.startswith("unlabelled")


def _citation_like(text: str) -> bool:
    return looks_like_citation(text) or bool(
        re.search(r"\.\s*$", text) and author_line(text.rstrip(". "), min_names=2)
    )


def find_citations(page: Page, labels: dict[int, Labelled]) -> list[Found]:
    found: list[Found] = []
    used: set[int] = set()
    for item in labels.values():
        if item.kind != "citation":
            continue
        start = item.block.index
        langs = set()
        if item.content and _citation_like(item.content):
            c = parse_citation(item.content)
            found.append(Found(c, f"citation:{item.label}", start))
            langs.add(c.lang)
        for block in page.blocks[start + 1: start + 1 + _MAX_FOLLOWING]:
            if block.index in labels or not _citation_like(block.text):
                break
            c = parse_citation(block.text)
            if c.lang in langs:
                break
            found.append(Found(c, f"citation:{item.label}", block.index))
            used.add(block.index)
            langs.add(c.lang)
        used.add(start)
    for block in page.blocks[:400]:
        if block.index in used or block.index in labels or not looks_like_citation(block.text):
            continue
        if len(block.text) > 600:
            continue
        c = parse_citation(block.text)
        if c.title and c.journal:
            found.append(Found(c, "unlabelled:citation", block.index))
    return found


def candidates(found: list[Found], page_doi: str | None) -> Iterator[Candidate]:
    """Fields from the citations that belong to this page's article."""
    for f in found:
        c = f.citation
        if not f.labelled and page_doi and c.doi and c.doi.lower() != page_doi.lower():
            yield Candidate.of("foreign_doi", c.doi, f.source)  # reported by the checks, used nowhere
            continue
        lang = c.lang
        src = f.source
        bonus = 0.0
        yield Candidate.of("citation", c.text, src, lang, bonus)
        if c.title:
            yield Candidate.of("title", c.title, src, detect(c.title), bonus)
        if c.authors:
            yield Candidate.of("authors", c.authors, src, detect(" ".join(c.authors)), -0.5 if c.et_al else 0.0)
        if c.journal:
            yield Candidate.of("journal", c.journal, src, detect(c.journal), bonus)
        for field in ("year", "volume", "issue", "pages", "doi"):
            value = getattr(c, field)
            if value:
                yield Candidate.of(field, value, src, None, bonus)
