"""Japanese names in Han characters: surname and given name apart by a space ('山田 花子'), where a Chinese byline's
space parts two names ('高阳 闫仁武'). Which it is the page tells: a Japanese page has kana in its title or abstract."""

from __future__ import annotations

from journalmeta._memo import page_dict
from journalmeta.document.model import Page
from journalmeta.lang import KANA, count, has_han

__all__ = ["japanese_page", "one_name"]

_HEAD = 80  # blocks: the title, byline and abstract are among them
_KANA_ENOUGH = 5  # kana, at least: a Japanese sentence has many, a Chinese page's Japanese reference few
_PAGES = page_dict()  # id(page) → (page, the answer)


def japanese_page(page: Page) -> bool:
    """Whether the page's head is in Japanese (its declared language, or kana in its first blocks)."""
    known = _PAGES.get(id(page))
    if known is not None and known[0] is page:
        return bool(known[1])
    answer = (page.lang or "").startswith("ja") or sum(
        count(KANA, block.text) for block in page.blocks[:_HEAD] if not block.text.isascii()) >= _KANA_ENOUGH
    _PAGES[id(page)] = (page, answer)
    return answer


def one_name(names: list[str], text: str, page: Page) -> list[str]:
    """``names`` as one Japanese name when they are two Han words apart by a space, the whole of ``text``, on a
    Japanese page; else as they are."""
    if len(names) != 2 or text.strip().rstrip(".") != " ".join(names) \
            or not all(1 <= len(n) <= 3 and has_han(n) for n in names) or not japanese_page(page):
        return names
    return [" ".join(names)]
