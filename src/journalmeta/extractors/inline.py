"""Volume, issue, year and pages printed as ``Label: value`` in short blocks (``Том: 7 Номер: 5``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.labels import INLINE_FIELDS

_SCAN = 400
_MAX_BLOCK = 160


@lru_cache(maxsize=None)
def _patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return tuple((field, lang, re.compile(p)) for field, by_lang in INLINE_FIELDS.items()
                 for lang, p in by_lang.items())


def extract(page: Page) -> Iterator[Candidate]:
    """The first value per field, from blocks that print at least two such labels (a citation line)."""
    done: set[str] = set()
    for block in page.blocks[:_SCAN]:
        if len(block.text) > _MAX_BLOCK:
            continue
        hits = [(field, lang, m) for field, lang, pattern in _patterns() if (m := pattern.search(block.text))]
        if len({field for field, _, _ in hits}) < 2 and not (hits and hits[0][2].start() == 0 and len(block.text) < 40):
            continue
        for field, lang, m in hits:
            if field not in done:
                done.add(field)
                yield Candidate.of(field, m.group(1), f"block:{lang}-{field}", bonus=-0.5)
