"""What a platform module is: a name, fingerprints, and an optional extractor of extra candidates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from journalmeta import _regex
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

    @cached_property
    def _patterns(self) -> tuple[re.Pattern[str], ...]:
        # searched one by one in the lower-cased haystack: a literal prefix keeps each search fast
        return tuple(_regex.compile(_lower_literals(p)) for p in self.fingerprints)

    @cached_property
    def _text_patterns(self) -> tuple[re.Pattern[str], ...]:
        # a leading ^ becomes the newline that starts every line of the head (see :func:`head`): same
        # meaning, and the literal after it lets the search skip ahead
        return tuple(_regex.compile("\n" + p[1:] if p.startswith("^") else p, re.MULTILINE | re.DOTALL)
                     for p in self.text_fingerprints)

    def matches(self, page: Page) -> bool:
        return self.matches_strings(haystack(page), head(page))

    def matches_strings(self, hay: str, text_head: str) -> bool:
        """Whether the fingerprint ``hay`` (see :func:`haystack`) or the text ``text_head`` carries this platform."""
        if any(_search(p, hay) for p in self._patterns):
            return True
        return any(p.search(text_head) for p in self._text_patterns)

    def adjust(self, page: Page, cands: list[Candidate]) -> Iterator[Candidate]:
        for c in cands:
            if self.drop is None or not self.drop(c):
                yield c
        if self.extra is not None:
            yield from self.extra(page)


def _lower_literals(pattern: str) -> str:
    """Lower-case a pattern's letters, leaving escapes such as ``\\D`` or ``\\S`` alone."""
    return re.sub(r"\\.|[A-Z]+", lambda m: m[0] if m[0][0] == "\\" else m[0].lower(), pattern)


def _search(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search``, but a leading ``\\b`` is checked by hand: inside the pattern it disables the
    literal-prefix scan and makes the search ~40x slower on a long haystack."""
    if not pattern.pattern.startswith("\\b"):
        return pattern.search(text) is not None
    return any(m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
               for m in _without_boundary(pattern).finditer(text))


@lru_cache(maxsize=64)
def _without_boundary(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return _regex.compile(pattern.pattern[2:], pattern.flags)


def haystack(page: Page) -> str:
    """The URL, canonical URL and fingerprint, lower-cased."""
    return f"{page.url or ''} {page.canonical or ''} {page.fingerprint}".lower()


def head(page: Page) -> str:
    """The first blocks, each line starting with a newline."""
    return "".join("\n" + b.text for b in page.blocks[:60])
