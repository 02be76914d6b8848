"""What a platform module is: a name, fingerprints, and an optional extractor of extra candidates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

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
    def _patterns(self) -> tuple[tuple[re.Pattern[str], bool, str], ...]:
        """Each fingerprint lower-cased (the haystack is), whether it starts at a word boundary, and the text
        any match holds. The ``\\b`` is taken off and checked by hand: at the start of a pattern it turns off
        ``re``'s literal-prefix scan, which makes a search over a long haystack ~40x slower."""
        out = []
        for pattern in self.fingerprints:
            boundary = pattern.startswith("\\b")
            lowered = _lower_literals(pattern[2:] if boundary else pattern)
            out.append((_regex.compile(lowered), boundary, required_literal(lowered)))
        return tuple(out)

    @cached_property
    def _text_patterns(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        # a leading ^ becomes the newline that starts every line of the head (see :func:`head`): same
        # meaning, and the literal after it lets the search skip ahead
        return tuple((_regex.compile("\n" + p[1:] if p.startswith("^") else p, re.MULTILINE | re.DOTALL),
                      required_literal(p)) for p in self.text_fingerprints)

    def matches(self, hay: str, text_head: str) -> bool:
        """Whether the fingerprint ``hay`` (see :func:`haystack`) or the text ``text_head`` (see :func:`head`)
        carries this platform. Each pattern is tried only where the text it must hold is found (``in`` scans
        a page's ~10 kB fingerprint several times faster than a pattern's own search)."""
        if any(literal in hay and _found(pattern, boundary, hay) for pattern, boundary, literal in self._patterns):
            return True
        return any(literal in text_head and p.search(text_head) for p, literal in self._text_patterns)

    def adjust(self, page: Page, cands: list[Candidate]) -> Iterator[Candidate]:
        for c in cands:
            if self.drop is None or not self.drop(c):
                yield c
        if self.extra is not None:
            yield from self.extra(page)


_QUANTIFIERS = "*?{"


def required_literal(pattern: str) -> str:
    """The longest run of plain characters every match of ``pattern`` holds ('yiigle\\.com' → 'yiigle.com',
    '/cn/y\\d{4}/v\\d+' → '/cn/y'), or '' where the pattern is too involved to tell (alternatives, optional or
    negative groups)."""
    if "|" in pattern or "(?!" in pattern or "(?<" in pattern:
        return ""
    runs: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(pattern):
        ch, i = pattern[i], i + 1
        if ch == "\\" and i < len(pattern) and not pattern[i].isalnum():
            current.append(pattern[i])  # an escaped character stands for itself
            i += 1
            continue
        if ch in _QUANTIFIERS:  # the character before may be absent or repeated
            if current:
                current.pop()
            if ch == "{":
                i = pattern.find("}", i) + 1
        elif ch == ")" and i < len(pattern) and pattern[i] in _QUANTIFIERS:
            return ""  # an optional group: what came inside it is not required
        elif ch == "[":
            i = _class_end(pattern, i)
        elif ch == "(" and pattern.startswith("?", i):
            i += 2  # '(?=' or '(?:': what follows is still required
        elif ch not in ".^$+()\\":
            current.append(ch)
            continue
        elif ch == "\\":
            i += 1  # a class escape ('\\d', '\\s', '\\A')
        runs.append("".join(current))
        current = []
    runs.append("".join(current))
    return max(runs, key=len)


def _class_end(pattern: str, i: int) -> int:
    """The index after the ']' closing the character class that starts before ``i``."""
    i += 1 if pattern.startswith("]", i) else 0
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _lower_literals(pattern: str) -> str:
    """Lower-case a pattern's letters, leaving escapes such as ``\\D`` or ``\\S`` alone."""
    return re.sub(r"\\.|[A-Z]+", lambda m: m[0] if m[0][0] == "\\" else m[0].lower(), pattern)


def _found(pattern: re.Pattern[str], boundary: bool, text: str) -> bool:
    if not boundary:
        return pattern.search(text) is not None
    return any(m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
               for m in pattern.finditer(text))


def haystack(page: Page) -> str:
    """The URL, canonical URL and fingerprint, lower-cased."""
    return f"{page.url or ''} {page.canonical or ''} {page.fingerprint}".lower()


def head(page: Page) -> str:
    """The first blocks, each line starting with a newline."""
    return "".join("\n" + b.text for b in page.blocks[:60])
