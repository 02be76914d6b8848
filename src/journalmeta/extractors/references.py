"""Where a page's reference list runs: the DOIs printed in it are the cited works', never the page's own.

A list starts at a heading of the ``REFERENCE_HEADINGS`` table ('References', '参考文献', 'Список литературы')
that is followed by reference-like lines, and ends at the next heading element, the next label of another field
or a dated history line: a 'Received 17 October 2019; …' line or a 'Cite this article' box after the list names
the page again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from journalmeta import _regex
from journalmeta.document.model import Block, Page
from journalmeta.extractors.inline import starts_with_dated_label
from journalmeta.extractors.label_lines import Labelled
from journalmeta.headings import REFERENCE_KEYS as _HEADING_KEYS

__all__ = ["HEADING_TAGS", "MENU_TAGS", "cited_blocks"]

_LONGEST = max(len(key) for key in _HEADING_KEYS) + 8  # room for numbering and a colon: '7. References:'
_NUMBERING = _regex.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s*")
_NUMBER_STARTS = frozenset("0123456789iv")  # lower-cased
MENU_TAGS = frozenset(("li", "a", "option", "button", "label", "span", "th", "td"))  # a tab or menu entry
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_YEAR = _regex.compile(r"\b(?:1[89]|20)\d\d\b")
_LOOK_AHEAD = 6
_T = TypeVar("_T")


_COUNT = _regex.compile(r"\s*[(（]\d+[)）]$")  # the number of references after the heading: 'References(112)'


def _key(text: str) -> str:
    key = text.strip(" :：").lower()
    return _COUNT.sub("", key) if key.endswith((")", "）")) else key


def _is_heading(block: Block) -> bool:
    text = block.text
    if len(text) > _LONGEST or block.tag in MENU_TAGS:
        return False
    key = _key(text)
    return key in _HEADING_KEYS or (key[:1] in _NUMBER_STARTS and _NUMBERING.sub("", key) in _HEADING_KEYS)


def _references_follow(page: Page, index: int) -> bool:
    """Whether at least two of the lines right after a heading cite a year, as references do (one, when it is the
    page's last line: a copy cut short after the list's first entry)."""
    following = page.blocks[index + 1: index + 1 + _LOOK_AHEAD]
    citing = sum(len(b.text) >= 30 and _YEAR.search(b.text) is not None for b in following)
    return citing >= 2 or (citing == 1 and len(following) == 1)


def cited_blocks(page: Page, labels: dict[int, Labelled]) -> set[int]:
    """The indexes of the blocks inside the page's reference lists."""
    blocks = page.blocks
    # a first sieve in one comprehension, no call a block: short blocks that are a heading key, start with a number
    # or end with a bracket (a count: 'References(112)')
    sieve = [b for b in blocks if len(b.text) <= _LONGEST and (key := b.text.strip(" :：").lower())
             and (key in _HEADING_KEYS or key[:1] in _NUMBER_STARTS or key[-1:] in ")）")]
    starts = [b.index for b in sieve if _is_heading(b) and _references_follow(page, b.index)]
    inside: set[int] = set()
    for start in starts:
        for block in blocks[start + 1:]:
            item = labels.get(block.index)
            if block.tag in HEADING_TAGS or (item is not None and item.kind != "doi") or _is_heading(block) \
                    or starts_with_dated_label(block.text):
                break
            inside.add(block.index)
    return inside | _unheaded_entries(page)


# a reference list under no heading (or one the copy lost): lines numbered '[1]', '[2]', … in turn, each citing a
# year ('[1] Sarvazyan AP, … [J]. Springer US, 1995: 223−240. DOI: …' under an RHHZ page's abstract) …
_ENTRY = _regex.compile(r"\[(\d{1,3})\]\s*\S")
# ... or entries by author and year in APA's form ('김판준. (2012). …. 정보관리학회지, 29(2), 225-246.'), a run of
# them citing more than one year (two such lines of one year are the article's own citation in two languages)
_AUTHOR_YEAR = _regex.compile(r"[^()\[\]。]{2,200}?\s*\(((?:19|20)\d\d)[a-z]?\)\.\s+\S")
_AUTHOR_YEAR_REACH = 210  # characters: the year's bracket within the first ones
_ENTRIES = 2  # entries in a run at least
_ENTRY_LENGTH = 30
_ENTRY_SCAN = 400  # blocks: the head of the page, where the extractors look for the article's own fields (a list
# further down has a heading)


def _unheaded_entries(page: Page) -> set[int]:
    """The blocks of the runs of reference entries under no heading, of either form, found in one pass."""
    found: set[int] = set()
    numbered: list[tuple[int, int]] = []  # (block, number) of the numbered run so far
    dated: list[tuple[int, str]] = []  # (block, year) of the author-year run so far
    for block in [*page.blocks[:_ENTRY_SCAN], None]:  # (None: the end, closing the last runs)
        text = block.text if block is not None and len(block.text) >= _ENTRY_LENGTH else ""
        m = _ENTRY.match(text) if text[:1] == "[" and _YEAR.search(text) else None
        if m or numbered:  # (most blocks start no run and close none: no call)
            numbered = _grown(numbered, block, int(m[1]) if m else None, _in_turn, found, _any_run)
        m = _AUTHOR_YEAR.match(text) if text.find("(", 0, _AUTHOR_YEAR_REACH) >= 0 else None
        if m or dated:
            dated = _grown(dated, block, m[1] if m else None, _any_next, found, _years_differ)
    return found


def _in_turn(last: int, number: int) -> bool:
    return number == last + 1


def _any_next(last: str, year: str) -> bool:
    return True


def _any_run(run: list[tuple[int, int]]) -> bool:
    return True


def _years_differ(run: list[tuple[int, str]]) -> bool:
    return len({year for _, year in run}) >= 2


def _grown(run: list[tuple[int, _T]], block: Block | None, value: _T | None,
           continues: Callable[[_T, _T], bool], found: set[int],
           enough: Callable[[list[tuple[int, _T]]], bool]) -> list[tuple[int, _T]]:
    """The run with the block's entry added where it goes on from the run's last one on the line before; else the
    run closed (its blocks added to ``found`` when it is long ``enough``) and a new one started from the entry."""
    if block is not None and value is not None and run and run[-1][0] == block.index - 1 \
            and continues(run[-1][1], value):
        return [*run, (block.index, value)]
    if len(run) >= _ENTRIES and enough(run):
        found.update(index for index, _ in run)
    return [(block.index, value)] if block is not None and value is not None else []
