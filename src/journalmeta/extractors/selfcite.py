"""The page's own citation printed without a label: a block naming this article's title, an author,
the year, and (where known) the DOI. Run after a first merge, when those values are known."""

from __future__ import annotations

import re
from collections.abc import Iterator

from journalmeta import _regex
from journalmeta.document.model import Page
from journalmeta.extractors.bibtex_entry import is_entry
from journalmeta.extractors.candidates import Candidate
from journalmeta.normalize import clean_block, squash
from journalmeta.record import Record

_MIN, _MAX = 30, 1200
_LABEL = _regex.compile(r"^(?:Cite this article|Citation|Cite as|How to cite|To cite this article|Cite)\s*[:：]?\s*",
                    re.IGNORECASE)



def _surnames(record: Record) -> set[str]:
    names: set[str] = set()
    for author in record.authors[:1]:
        for name in author.name.values():
            parts = [p for p in re.split(r"[\s,.]+", name) if len(p) > 1]
            if parts:
                names |= {squash(parts[0]), squash(parts[-1])}
    return names


def extract(page: Page, record: Record) -> Iterator[Candidate]:
    titles = {lang: squash(t) for lang, t in record.title.items() if len(t) >= 10}
    year = str(record.year) if record.year else None
    surnames = _surnames(record)
    if not titles or not year or not surnames:
        return
    doi = squash(record.doi) if record.doi else None
    extras = [squash(v) for v in (*record.journal.title.values(), record.volume or "", record.pages or "") if v]
    best: dict[str, tuple[int, str]] = {}
    for block in page.blocks:
        text = block.text
        if not _MIN <= len(text) <= _MAX or year not in text:
            continue
        flat = squash(text)
        lang = next((lang for lang, t in titles.items() if t in flat and flat != t), None)
        if lang is None or not any(s and s in flat for s in surnames):
            continue
        if doi and "10." in text and doi not in flat:
            continue  # a reference to another article that shares the title
        if is_entry(text):
            continue  # a BibTeX entry names them all too: structured data, no citation string
        value = clean_block(_LABEL.sub("", text))
        score = 2 * bool(doi and doi in flat) + sum(1 for e in extras if e in flat)
        if lang not in best or score > best[lang][0]:  # the fullest, and of equals the first printed
            best[lang] = (score, value)
    for lang, (_, value) in best.items():
        yield Candidate.of("citation", value, "block:self-citation", lang)
