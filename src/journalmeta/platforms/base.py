"""What a platform module is: a name, fingerprints, and an optional extractor of extra candidates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate

Extra = Callable[[Page], Iterable[Candidate]]
Drop = Callable[[Candidate], bool]


@dataclass(frozen=True)
class Platform:
    name: str
    fingerprints: tuple[str, ...]  # regexes searched in the fingerprint (links, scripts, classes) and URL
    text_fingerprints: tuple[str, ...] = ()  # regexes searched in the first blocks of a text rendering
    extra: Extra | None = None
    drop: Drop | None = None
    _compiled: list[re.Pattern[str]] = field(default_factory=list, compare=False, repr=False)

    def matches(self, page: Page) -> bool:
        haystack = f"{page.url or ''} {page.canonical or ''} {page.fingerprint}"
        if any(re.search(p, haystack, re.IGNORECASE) for p in self.fingerprints):
            return True
        if self.text_fingerprints:
            head = "\n".join(b.text for b in page.blocks[:60])
            return any(re.search(p, head, re.MULTILINE | re.DOTALL) for p in self.text_fingerprints)
        return False

    def adjust(self, page: Page, cands: list[Candidate]) -> Iterator[Candidate]:
        for c in cands:
            if self.drop is None or not self.drop(c):
                yield c
        if self.extra is not None:
            yield from self.extra(page)
