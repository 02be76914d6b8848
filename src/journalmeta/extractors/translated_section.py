"""A page's section of its record in another language, under a heading that says so ('ОПИСАНИЕ НА АНГЛИЙСКОМ ЯЗЫКЕ:'
on eLIBRARY, 'English version', '英文信息'): the title that opens it, the byline under that title and the first
paragraph in the title's language after them (the abstract, unlabelled), wherever on the page the section sits
(eLIBRARY prints it after the metrics, far past the first abstract)."""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta import _regex
from journalmeta.document.model import Page
from journalmeta.extractors.affiliations import affiliation_line
from journalmeta.extractors.bylines import author_lines, names_lang
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.label_lines import Labelled
from journalmeta.extractors.labelled import MIN_ABSTRACT
from journalmeta.extractors.positional import title_like
from journalmeta.institutions import INSTITUTION
from journalmeta.lang import detect

__all__ = ["extract"]

_BYLINE_BELOW = 2  # lines under the title that may hold its byline (a subtitle or a gap between)
_ABSTRACT_BELOW = 6  # lines under the title that may hold the abstract (past the byline and its affiliations)


_MARKED = _regex.compile(r"\d{1,2}\s*[.,)]?\s+\D")  # an affiliation's mark: '1 Moscow State University'
_AFFILIATION_LENGTH = 250


def _affiliation(text: str) -> bool:
    return affiliation_line(text) or (len(text) < _AFFILIATION_LENGTH and (
        _MARKED.match(text) is not None or INSTITUTION.search(text) is not None))


def extract(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    for item in labels.values():
        if item.kind != "translation" or item.content:
            continue
        start = item.block.index + 1
        if start >= len(page.blocks):
            continue
        title = page.blocks[start]
        lang = title_like(title, labels)
        if lang is None:
            continue
        names = author_lines(page, start + 1, start + 1 + _BYLINE_BELOW, labels)
        if not names:
            continue
        yield Candidate.of("title", title.text, f"label:{item.label}", lang)
        for line in names:
            yield Candidate.of("authors", line, f"label:{item.label}", names_lang(line))
        for block in page.blocks[start + 2: start + 2 + _ABSTRACT_BELOW]:
            if block.index in labels:
                break
            if len(block.text) >= MIN_ABSTRACT and not _affiliation(block.text) and detect(block.text) == lang:
                yield Candidate.of("abstract", block.text, f"label:{item.label}", lang)
                break
