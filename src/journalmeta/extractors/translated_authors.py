"""An HTML page's byline in a second language or script, printed right under the one its meta tags name."""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta.document.model import Page
from journalmeta.extractors.bylines import names_lang
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.names import author_line
from journalmeta.lang import script_language
from journalmeta.normalize import squash

__all__ = ["extract"]

_SCAN = 240  # blocks


def extract(page: Page, known: list[list[str]]) -> Iterator[Candidate]:
    """On an HTML page, the author line printing the names the meta tags give, and right after it the same
    number of names in another language or script (J-STAGE's 'Taro YAMADA, Hanako SATO' under '山田 太郎, 佐藤
    花子'): the names in that language."""
    if not page.is_html or not known:
        return
    wanted = {squash("".join(names)): len(names) for names in known}  # 'Yamada Taro' may split in two
    shortest, longest = min(map(len, wanted)), max(map(len, wanted))
    starts = {key[:2] for key in wanted}
    for block in page.blocks[:_SCAN]:  # squashing drops spaces and commas: about a name's worth each
        text = block.text
        fits = shortest <= len(text) <= 2 * longest + 20 and any(start in text.lower() for start in starts)
        count = wanted.get(squash(text.rstrip(". "))) if fits else None
        if not count:
            continue
        lang = block.lang or script_language(block.text) or "latin"
        for nxt in page.blocks[block.index + 1: block.index + 3]:
            other = author_line(nxt.text.rstrip(". "))
            other_lang = nxt.lang or names_lang(other or [])
            if other and len(other) == count and other_lang != lang:
                yield Candidate.of("authors", other, "position:translated-authors", other_lang)
                return
        return
