"""The citation a full-text galley prints at its end, a line a part: the title, a 'by …' byline and the issue line
opening with the journal's name ('Surveillance, stigma & sociotechnical design for HIV' / 'by Calvin Liang, Jevan
Alexander Hutson, and Os Keyes.' / 'First Monday, Volume 25, Number 10 - 5 October 2020'). Such a page prints no
title and byline at its top: its head is the article's text."""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta.document.model import Page
from journalmeta.extractors.bylines import names_lang
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.label_lines import Labelled
from journalmeta.extractors.mastheads import journal_before_issue
from journalmeta.extractors.names import BYLINE, author_line
from journalmeta.extractors.positional import title_like

__all__ = ["extract"]

_TAIL = 25  # the page's last blocks, where the citation stands


def extract(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    blocks = page.blocks
    for block in blocks[max(0, len(blocks) - _TAIL): len(blocks) - 2]:
        byline, issue = blocks[block.index + 1], blocks[block.index + 2]
        if not BYLINE.match(byline.text):
            continue
        names = author_line(byline.text.rstrip(". "))
        journal = journal_before_issue(issue.text, set()) if names else None
        lang = title_like(block, labels) if journal else None
        if names and journal and lang:
            source = "block:closing-citation"
            yield Candidate.of("title", block.text, source, lang)
            yield Candidate.of("authors", names, source, names_lang(names))
            yield Candidate.of("journal", journal, source, lang)
            return
