"""A repository's full record printed as cells of field, value and language (DSpace's 'full item record':
'dc.contributor.author' / 'Yu-Sheng Chuang' / 'en', one cell a line in a copy, a table row in HTML): read as the
meta tags it prints, by the meta-tag extractor."""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta import _regex
from journalmeta.document.model import Block, MetaTag, Page
from journalmeta.extractors import meta_tags
from journalmeta.extractors.candidates import Candidate
from journalmeta.lang import primary

__all__ = ["extract"]

_FIELD = _regex.compile(r"(?:dc|dcterms)\.[a-z]+(?:\.[a-zA-Z]+)*:?")
_LANGUAGE_CELL = _regex.compile(r"[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?|-")
_SCAN = 400
_MIN_FIELDS = 3  # a record, not a page that mentions a field's name


def extract(page: Page) -> Iterator[Candidate]:
    """The candidates of the record's fields, when the page prints three or more (none otherwise)."""
    if not any(block.text.startswith(("dc.", "dcterms.")) for block in page.blocks[:_SCAN]):
        return  # (most pages: one look at each line's first characters)
    tags = list(_fields(page.blocks[:_SCAN]))
    if len(tags) >= _MIN_FIELDS:
        yield from meta_tags.extract(Page(blocks=[], is_html=page.is_html, meta=tags, lang=page.lang))


def _fields(blocks: list[Block]) -> Iterator[MetaTag]:
    for n, block in enumerate(blocks):
        cells = block.text.split("\t") if "\t" in block.text else [block.text]
        if not _FIELD.fullmatch(cells[0].strip()):
            continue
        name = cells[0].strip().rstrip(":").lower()
        rest = cells[1:] or [b.text for b in blocks[n + 1: n + 3]]  # the value and language cells under it
        if not rest or _FIELD.fullmatch(rest[0].strip()):
            continue
        language = rest[1].strip() if len(rest) > 1 and _LANGUAGE_CELL.fullmatch(rest[1].strip()) else None
        yield MetaTag(name, rest[0].strip(), primary(language) if language else None)
