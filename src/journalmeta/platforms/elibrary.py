"""eLIBRARY.RU item pages: Russian metadata, then an 'ОПИСАНИЕ НА АНГЛИЙСКОМ ЯЗЫКЕ' block.

The generic layers read the labels (АННОТАЦИЯ, КЛЮЧЕВЫЕ СЛОВА, DOI, Том/Номер/Страницы); this module adds
what only the layout says: the title and author blocks under both headings, and the journal block.
"""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta.document.model import Block, Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.names import split_names
from journalmeta.platforms.base import Platform

SOURCE = "platform:elibrary"
_RUSSIAN_HEAD = "ИНФОРМАЦИЯ О ПУБЛИКАЦИИ"
_ENGLISH_HEAD = "ОПИСАНИЕ НА АНГЛИЙСКОМ ЯЗЫКЕ"
_JOURNAL_HEAD = "ЖУРНАЛ"


def _after(page: Page, heading: str) -> list[Block]:
    for block in page.blocks:
        if block.text.rstrip(": ").upper() == heading:
            return page.blocks[block.index + 1: block.index + 12]
    return []


def _title_and_authors(blocks: list[Block], lang: str, page_title: str | None) -> Iterator[Candidate]:
    if len(blocks) < 2:
        return
    title = blocks[0].text
    if page_title and page_title.casefold() == title.casefold():
        title = page_title  # the heading prints it in capitals; <title> keeps its case
    yield Candidate.of("title", title, SOURCE, lang)
    names = split_names(blocks[1].text)
    if names:
        yield Candidate.of("authors", names, SOURCE, lang)
    for block in blocks[2:]:
        if block.tag == "p" and len(block.text) > 80:
            yield Candidate.of("abstract", block.text, SOURCE, lang)
            break


def extra(page: Page) -> Iterator[Candidate]:
    yield from _title_and_authors(_after(page, _RUSSIAN_HEAD), "ru", page.title)
    yield from _title_and_authors(_after(page, _ENGLISH_HEAD), "en", None)
    journal = _after(page, _JOURNAL_HEAD)
    if journal:
        yield Candidate.of("journal", journal[0].text, SOURCE, "ru")


PLATFORM = Platform(name="elibrary", fingerprints=(r"elibrary\.ru", r"item\.asp\?id="), extra=extra)
