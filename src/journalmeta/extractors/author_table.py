"""Author tables: a header row ('作者 | 单位 | E-mail', 'Author Name | Affiliation') over one row per author
(E-Tiller's article pages print one such table per language).

A text rendering keeps a row on one line, its cells apart by tabs (or runs of spaces), or copies the table one
cell a line; an HTML page gives one block per cell, and drops empty cells, so there (and in a cell-a-line copy)
the names are the cells that read as one name.
"""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta import _regex
from journalmeta._hanzi import either_form
from journalmeta.document.model import Block, Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.label_lines import Labelled, column_name
from journalmeta.extractors.names import author_line, names_an_institution
from journalmeta.lang import script_language

__all__ = ["extract", "names_before_their_units"]

_CELLS = _regex.compile(r"\t+|\s{2,}")
_CELL_TAGS = frozenset(("td", "th"))
HEADER_KINDS = frozenset(("affiliations", "email", "corresponding", "author_notes"))
# short institution names read like Han names ('兰州大学'): a cell ending so is an affiliation
_INSTITUTION = _regex.compile(either_form(
    r"(?:大学|学院|研究所|研究院|中心|医院|公司|集团|实验室|学校|中学|局|厅|站|所|院)$"))
MAX_ROWS = 60


def extract(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    for item in labels.values():
        if item.kind not in ("authors", "affiliations"):
            continue
        names = _cell_rows(page, item, labels) if page.is_html else (
            _text_rows(page, item, labels) or _cell_rows(page, item, labels))
        if names:
            lang = script_language(" ".join(names)) or "latin"
            yield Candidate.of("authors", names, f"table:{_header_label(item)}", lang)


def _header_label(item: Labelled) -> str:
    return "作者" if item.kind == "affiliations" else item.label  # '作者\t单位' reads as the label 作者单位


def _one_name(text: str) -> str | None:
    names = author_line(text.strip(" *"))
    return names[0] if names and len(names) == 1 and not _INSTITUTION.search(names[0]) else None


def _text_rows(page: Page, item: Labelled, labels: dict[int, Labelled]) -> list[str]:
    """A header line of cells, the first an author label, the rest column names; then a name per line."""
    cells = [c for c in _CELLS.split(item.block.text.strip()) if c]
    if len(cells) < 2 or column_name(cells[0]) != "authors" \
            or not all(column_name(c) in HEADER_KINDS for c in cells[1:]):
        return []
    names = []
    for block in page.blocks[item.block.index + 1: item.block.index + 1 + MAX_ROWS]:
        name = None if block.index in labels else _one_name(_CELLS.split(block.text.strip(), maxsplit=1)[0])
        if name is None:
            break
        names.append(name)
    return names


_LONGEST_CELL = 200


def _is_cell(page: Page, block: Block) -> bool:
    """A table cell: in HTML a td or th; in a text rendering, which copies a table one cell a line, a short line."""
    return block.tag in _CELL_TAGS if page.is_html else len(block.text) <= _LONGEST_CELL


def _cell_rows(page: Page, item: Labelled, labels: dict[int, Labelled]) -> list[str]:
    """An author label in a cell of its own with column-name cells after it; then the cells that hold one name
    (the affiliation and e-mail cells between them, and empty cells dropped, so no counting of columns)."""
    if item.kind != "authors" or item.content or not _is_cell(page, item.block):
        return []
    start = item.block.index + 1
    following = page.blocks[start: start + MAX_ROWS * 3]
    width = next((n for n, b in enumerate(following) if b.index not in labels or labels[b.index].kind
                  not in HEADER_KINDS or labels[b.index].content), len(following))
    if width == 0:
        return []
    names = []
    for block in following[width:]:
        if not _is_cell(page, block) or block.index in labels:
            break
        name = _one_name(block.text)
        if name:
            names.append(name)
    return names


# an affiliations label's value naming each author before the unit ('【作者单位】何苗苗,伊犁师范大学学报编辑部,…',
# '张三,北京大学;李四,清华大学': a repost's copy of a database record's field)
_PAIRS = _regex.compile(r"[;；]")
_NAME_THEN_UNIT = _regex.compile(r"\s*([^,，\d]{2,8})[,，](.+)")


def names_before_their_units(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """The names an affiliations label's value opens each of its parts with, a unit after each."""
    for item in labels.values():
        if item.kind != "affiliations" or not item.content or page.is_html:
            continue
        names: list[str] = []
        for part in filter(str.strip, _PAIRS.split(item.content)):
            m = _NAME_THEN_UNIT.match(part)
            name = _one_name(m.group(1)) if m and names_an_institution(m.group(2)) else None
            if name is None or not script_language(name):
                names = []
                break
            names.append(name)
        if names:
            yield Candidate.of("authors", names, f"label:{item.label}", script_language(names[0]), bonus=-1.0)
            return
