"""ScienceDirect: no ``citation_author`` tags; the authors are only in the visible author group."""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.normalize import clean_text
from journalmeta.platforms.base import Platform

_AUTHORS = ".//*[@id='author-group']//*[contains(concat(' ', normalize-space(@class), ' '), ' given-name ')]"


def extra(page: Page) -> Iterator[Candidate]:
    tree = page.source_tree()
    if tree is None:
        return
    names = []
    for given in tree.xpath(_AUTHORS):
        surname = given.getnext()
        family = surname.text_content() if surname is not None and "surname" in (surname.get("class") or "") else ""
        name = clean_text(f"{given.text_content()} {family}")
        if name and name not in names:
            names.append(name)
    if names:
        yield Candidate.of("authors", names, "platform:sciencedirect", "latin")


PLATFORM = Platform(name="sciencedirect", fingerprints=(r"sciencedirect\.com", r"els-cdn\.com"), extra=extra)
