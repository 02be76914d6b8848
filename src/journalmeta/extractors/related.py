"""Lists of other articles printed on the page ('相关文章', 'Related articles', 'Recommended articles'): the titles,
author lines, source lines and DOIs under such a heading are theirs, never the page's own.

A list starts at a heading of the ``RELATED_HEADINGS`` table. After the article's own abstract or keywords (on a
page labelling neither, in its second half) it runs to the next heading element of its level or above, the next
label of one of the article's own sections, a dated history line or its 'More' link; above them (a sidebar first in
the page) only to its last source line, its items a few lines apart, or over its titles alone, or its pairs of title
and byline (the article's own title and byline, right under such a list, are not its last pair). Within the page's
first 400 blocks a list also shows by its items' shape, under a heading the table lacks or none: two or more title,
byline and source lines of different articles in a row.
``blank`` empties those blocks (their places kept: labels and positions are by index) before the extractors read
the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from itertools import takewhile

from journalmeta import _regex
from journalmeta.document.model import Block, Page
from journalmeta.document.text import AFTER_GAP
from journalmeta.extractors.affiliations import affiliation_line
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.citation import looks_like_citation, parse_citation
from journalmeta.extractors.header import is_header_line
from journalmeta.extractors.inline import starts_with_dated_label
from journalmeta.extractors.label_lines import Labelled, holds_text
from journalmeta.extractors.names import author_line
from journalmeta.extractors.positional import title_like
from journalmeta.extractors.references import HEADING_TAGS, MENU_TAGS  # a tab ("摘要 | 相关文章") is no heading
from journalmeta.headings import RELATED_KEYS as _KEYS
from journalmeta.lang import has_han
from journalmeta.normalize import DOI_LINE, find_doi

__all__ = ["blank", "dois", "related_blocks"]

_LONGEST = max(len(key) for key in _KEYS) + 4  # room for a colon and a count: '相关文章 (5)'
_ITEM_LINES = 6  # the most lines of one listed article (title, authors, source, its translation)
# the link that ends a list: '更多>>', 'More »', 'View all'
_MORE = _regex.compile(r"(?i)(?:(?:查看)?更多|(?:view|see|show)?\s*(?:more|all))\s*(?:>>|»|>|…|\.\.\.)?")
_OWN_SECTIONS = frozenset(("abstract", "keywords", "citation", "body", "funding", "affiliations", "clc"))


def _heading_key(text: str) -> str:
    return text.strip(" :：()（）0123456789").lower() if len(text) <= _LONGEST else ""


def related_blocks(page: Page, labels: dict[int, Labelled]) -> set[int]:
    """The indexes of the blocks inside the page's lists of other articles."""
    blocks = page.blocks
    # after the article's abstract or keywords (on a page labelling neither, in its second half) a list runs to
    # the next section; above them (a left sidebar first in a copy), only to its last source line: the article's
    # own title and byline follow it
    core = min((i for i, x in labels.items()
                if x.kind == "keywords" or (x.kind == "abstract" and holds_text(page, x))),
               default=len(blocks) // 2)
    own = cache(lambda: _own_dois(page, labels, core))  # (worked out once, and only for a page with a list)
    unheaded = _unheaded_lists(page, labels, core, own, _UNHEADED_SCAN)
    inside: set[int] = set()
    starts = [b.index for b in blocks if len(b.text) <= _LONGEST and b.tag not in MENU_TAGS  # a look, no call
              and _heading_key(b.text) in _KEYS]
    for start in starts:
        if start in inside:
            continue
        inside.update(_listed_under(page, labels, start, core, unheaded, own))
    return inside | unheaded


def _listed_under(page: Page, labels: dict[int, Labelled], start: int, core: int, unheaded: set[int],
                  own: Callable[[], set[str]]) -> list[int]:
    """The blocks of the list under the heading at ``start``: after the article's abstract, to the next section;
    above it, the items a text rendering shows by their shape (title, byline, source line), a list of titles
    alone or of titles and bylines, the lines up to a blank line or else up to the last source line."""
    run = _run(page, start, labels)
    if start >= core:
        return run
    if start + 1 in unheaded:
        return list(takewhile(unheaded.__contains__, run))
    titles = _leading_titles(page, run)
    if len(titles) >= _TITLES_ONLY:  # titles alone ('热点文章' over three titles): no source line is theirs
        return titles
    pairs = _leading_pairs(page, run, labels, core)
    if len(pairs) >= 2 * _PAIR:  # titles and bylines alone: neither is a source line after them
        return pairs
    block = _before_gap(page, run)
    if block and not any(_prints_own_doi(page.blocks[i].text, own()) for i in block):
        return block
    return _up_to_last_source(page, run, own())


def _unheaded_lists(page: Page, labels: dict[int, Labelled], core: int, own: Callable[[], set[str]],
                    end: int) -> set[int]:
    """Up to ``end``, lists under no heading the table knows ('本刊推荐', 'Spotlight', none at all), above the
    article or after it: two items or more in a row, each a title, its byline and its source line, in one script and
    of different articles (other pages or DOIs: an article's own title, byline and source line printed in two
    languages share theirs); not the article's own lines, its affiliation or abstract under them or its DOI in
    their source line."""
    found: set[int] = set()
    end = min(len(page.blocks), end)
    lines = [b.index for b in page.blocks[_ITEM - 1:end]  # (each line looked at once; a paragraph is no item's)
             if len(b.text) <= _LONGEST_SOURCE and _source_line(b.text)]
    if len(lines) < 2:
        return found
    start, end = max(lines[0] - _ITEM + 1, 0), min(end, lines[-1] + 1)  # items lie between the first and last
    source_lines = frozenset(lines)
    while start <= end - 2 * _ITEM:
        items: list[int] = []
        while _is_item(page, start + _ITEM * len(items), labels, core, end, source_lines):
            items.append(start + _ITEM * len(items))
        while items and _article_follows(page, items[-1] + _ITEM, labels, core):
            items.pop()  # the article's own title, byline and source line, its affiliation or abstract under them
        while items and _prints_own_doi(page.blocks[items[0] + 2].text, own()):
            items.pop(0)  # the article's own (its translation's) lines over a list after it
        titles = {has_han(page.blocks[i].text) for i in items}
        sources = {_source_key(page.blocks[i + 2].text) for i in items}
        if len(items) >= 2 and len(titles) == 1 and len(sources) == len(items):
            found.update(range(items[0], items[-1] + _ITEM))
            start = items[-1] + _ITEM
        else:
            start += 1
    return found


_ITEM = 3  # a listed article's lines: its title, byline and source line
_LONGEST_SOURCE = 400  # characters of a listed article's source line
_UNHEADED_SCAN = 400  # lines looked at (as far as bare citation lines are looked for)


def _is_item(page: Page, at: int, labels: dict[int, Labelled], core: int, end: int, sources: frozenset[int]) -> bool:
    if at + _ITEM - 1 not in sources or at in sources or at + 1 in sources or at + _ITEM > end \
            or at < core < at + _ITEM or any(i in labels for i in range(at, at + _ITEM)):
        return False  # (the cheapest looks first: most lines are no source line; a reference list's are all)
    title, byline, _ = page.blocks[at: at + _ITEM]
    return author_line(byline.text.rstrip(". ")) is not None and title_like(title, labels) is not None


def _article_follows(page: Page, at: int, labels: dict[int, Labelled], core: int) -> bool:
    item = labels.get(at)
    return at == core or (item is not None and item.kind in _OWN_SECTIONS) \
        or (at < len(page.blocks) and affiliation_line(page.blocks[at].text))


def _source_key(text: str) -> tuple[str | None, str | None]:
    c = parse_citation(text)
    return c.pages, (c.doi or "").lower() or None


def _run(page: Page, start: int, labels: dict[int, Labelled]) -> list[int]:
    """The blocks after a list's heading up to the next heading of its level or above (its items' own headings
    below it stay in), label of the article's own or dated line."""
    level = _level(page.blocks[start].tag)
    run = []
    for block in page.blocks[start + 1:]:
        item = labels.get(block.index)
        if _ends(block.tag, level) or _heading_key(block.text) in _KEYS or (
                item is not None and item.kind in _OWN_SECTIONS) or starts_with_dated_label(block.text) \
                or _MORE.fullmatch(block.text):
            break
        run.append(block.index)
    return run


def _own_dois(page: Page, labels: dict[int, Labelled], core: int) -> set[str]:
    """The DOIs the page's labels give (a 'DOI:' line, a '引用本文:' citation), and a DOI link alone on a line
    after the article's abstract or keywords: the article's own."""
    found = [find_doi(x.content) for x in labels.values() if x.kind in ("doi", "citation") and "10." in x.content]
    found += [find_doi(b.text) for b in page.blocks[core:] if DOI_LINE.fullmatch(b.text)]
    return {doi.lower() for doi in found if doi}


def _up_to_last_source(page: Page, run: list[int], own: set[str]) -> list[int]:
    """A list above the article: its lines up to its last source line, short of a line citing the article's own
    DOI (the article's header or unlabelled citation right under the list), its items a few lines each."""
    end = None
    titled = False  # a list's first item has its title: a menu's tab ('引用排行' among '首页', '期刊订阅', …) has none
    for i in run:
        if i - (end if end is not None else run[0]) > _ITEM_LINES:
            break  # a list's items are a few lines each: past one, the article has begun
        block = page.blocks[i]
        if not _source_line(block.text):
            titled = titled or title_like(block, {}) is not None
            continue
        if _prints_own_doi(block.text, own) or not (titled or end is not None or _cites_a_title(block.text)) or (
                end is not None and (block.tag, block.cls) != (page.blocks[end].tag, page.blocks[end].cls)):
            break  # (on an HTML page a list's source lines share their element: the article's issue line has its own)
        end = i
    return [i for i in run if end is not None and i <= end]


def _cites_a_title(text: str) -> bool:
    """A source line that is a whole item: a reference line with its authors and title ('王强, 李明. 题名[J]. …'),
    not a journal's issue line ('地理学报 ›› 2021, Vol. 76 ›› Issue (9): 2157-2173')."""
    if is_header_line(text):
        return False
    c = parse_citation(text)
    return bool(c.title and c.authors)


_TITLES_ONLY = 3  # title lines in a row under a list's heading: a title, its translation and … another's


def _leading_titles(page: Page, run: list[int]) -> list[int]:
    """The title-like lines in a row at the start of a list, none of them an author line, in one script, up to a
    blank line; not the last when a byline or a title in another script follows it (the article's own title, right
    under the list, over its byline or its translation)."""
    titles: list[int] = []
    for i in run:
        block = page.blocks[i]
        if title_like(block, {}) is None or author_line(block.text) is not None:
            break
        if titles and (block.cls == AFTER_GAP or has_han(block.text) != has_han(page.blocks[titles[0]].text)):
            break
        titles.append(i)
    after = page.blocks[titles[-1] + 1] if titles and titles[-1] + 1 < len(page.blocks) else None
    if after is not None and (author_line(after.text) or _translates(after, page.blocks[titles[-1]])):
        titles.pop()
    return titles


_PAIR = 2  # a listed article's lines in a list of titles and bylines


def _leading_pairs(page: Page, run: list[int], labels: dict[int, Labelled], core: int) -> list[int]:
    """The title and byline pairs in a row at the start of a list, in one script; not the last when the article
    follows it (its affiliation, its abstract: the pair is the article's own title and byline, right under the
    list)."""
    pairs: list[int] = []
    for at, below in zip(run[::_PAIR], run[1::_PAIR], strict=False):  # (a run is consecutive; an odd last left)
        title, byline = page.blocks[at], page.blocks[below]
        if title_like(title, {}) is None or author_line(byline.text.rstrip(". ")) is None \
                or (pairs and has_han(title.text) != has_han(page.blocks[pairs[0]].text)):
            break
        pairs += [at, below]
    while pairs and _article_follows(page, pairs[-1] + 1, labels, core):
        del pairs[-_PAIR:]
    return pairs


def _translates(block: Block, title: Block) -> bool:
    """A title-like line in the other script than the title above it: its translation."""
    return title_like(block, {}) is not None and has_han(block.text) != has_han(title.text)


def _before_gap(page: Page, run: list[int]) -> list[int] | None:
    """A text rendering's list whose lines run without a blank line past its first source line, up to the first
    blank line: the whole list, its items' translated titles too (the article's source line or title can follow
    closer than an item's length). None where blank lines tell nothing."""
    first_source = next((i for i in run if _source_line(page.blocks[i].text)), None)
    if page.is_html or first_source is None:
        return None
    gap = next((i for i in run if page.blocks[i].cls == AFTER_GAP), None)
    return None if gap is None or gap <= first_source else [i for i in run if i < gap]


def _prints_own_doi(text: str, own: set[str]) -> bool:
    """Whether a line prints one of the article's own DOIs."""
    doi = find_doi(text) if "10." in text else None
    return doi is not None and doi.lower() in own


def _level(tag: str) -> int:
    """A heading element's level (h2: 2); 7 for any other block, below every heading."""
    return int(tag[1]) if tag in HEADING_TAGS else 7


def _ends(tag: str, level: int) -> bool:
    """Whether a heading element of this tag ends a list under a heading of that level: one of its level or
    above (the items' own headings stay in; a list heading that is no heading element ends at any heading)."""
    return tag in HEADING_TAGS and _level(tag) <= level


def _source_line(text: str) -> bool:
    return looks_like_citation(text) or ("10." in text and find_doi(text) is not None)


def dois(page: Page, indexes: set[int]) -> Iterator[Candidate]:
    """The DOIs those lists print: reported by the checks as other articles', used nowhere."""
    for i in sorted(indexes):
        doi = find_doi(page.blocks[i].text) if "10." in page.blocks[i].text else None
        if doi:
            yield Candidate.of("foreign_doi", doi, "related:list")


def blank(page: Page, indexes: set[int]) -> Page:
    """The page with those blocks' text emptied."""
    return replace(page, blocks=[b._replace(text="") if b.index in indexes else b for b in page.blocks])
