"""Markdown renderings of a page (html2text, trafilatura's or a crawl service's markdown output) → plain lines.

A crawler that keeps a page as markdown prints labels in bold (`**摘要：**`), titles as headings (`# …`), links
as `[text](url)`: each line loses the markup, keeping the text a reader sees, before the text path reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journalmeta import _regex
from journalmeta.document.unwrap import unwrap

# strong emphasis, a link, a heading, quote or table rule, or an escaped list sign at a line's start: the page is
# markdown (checked once a page)
# (bold is a closed pair of stars round a word: a mirror's '学科****的' is a censored word, not markdown; html2text
# escapes a line's leading '-' that is no list item: '\- 孟凡')
# (bold closes before white space, a stop, a bracket's end or Han text, '**摘要：**针对': a byline's stars marking
# corresponding authors, '**E-mail: …LÜ Guang-Hui1,2,**()', are no bold)
_HINT = _regex.compile(r"(?<!\*)\*\*[^\s*][^*\n]{0,300}\*\*(?=[\s.,;:!?，。；：、)）\u3040-\u9fff\uac00-\ud7a3]|$)|"
                       r"(?<!_)__[^\s_]|"
                       r"\]\([^)\s]{1,300}\)|^#{1,6} \S|^> \S|"
                       r"^\|? ?:?-{3,}:? ?\||^\\[-+*#>] ", re.MULTILINE)
# <https://…>, <a@b.org>
_AUTOLINK = _regex.compile(r"<((?:https?|ftp)://[^>\s]{1,500}|[^>\s@]{1,100}@[^>\s@]{1,100}\.\w{1,20})>")
# (bounded: an unclosed '[' must not scan the rest of a long line from every '[' after it)
_IMAGE = _regex.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)")
_LINK = _regex.compile(r"\[([^\]\n]{0,500})\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
_LINE_START = _regex.compile(r"^\s{0,3}(?:(?:#{1,6}|>)\s+|[*+]\s+)+")  # heading, quote, list item
_CLOSING_HASHES = _regex.compile(r"\s+#+\s*$")
_STRONG = _regex.compile(r"\*\*|(?<![\w_])__|__(?![\w_])")
# emphasis with one star or underscore, not a name's corresponding star ('罗斌2*') or a DOI's '201806_49'
_EMPHASIS = _regex.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
# a cell's line breaks, which a markdown table cannot hold: a run of spaces between words ('王  芳' is one name)
_CELL_BREAK = _regex.compile(r"(?<=\S\S)\s{2,}(?=\S\S)")
_DIGIT = _regex.compile(r"\d")
_TABLE_RULE = _regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_ESCAPE = _regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
_ASIDE = 0xF0000  # escaped characters wait in a private-use plane while the markers go
_SET_ASIDE = _regex.compile("[\U000F0000-\U000F007F]")


def is_markdown(text: str) -> bool:
    head = text[:20_000]
    hinted = ("**" in head or "__" in head or "](" in head or "\n#" in head or "\n> " in head or "---" in head
              or "\n\\" in head or head.startswith(("#", "> ", "\\", "|")))  # (one is in any text the pattern finds)
    return hinted and _HINT.search(head) is not None


def plain_lines(lines: list[str]) -> Iterator[str]:
    """The page's lines (each already cut to the length the text path reads) as a reader sees them. A table gives
    each cell a line, as a copied table does ('| 篇名 | 臺灣… |', html2text's 'cell | cell'), and each line of a cell
    one ('…百分点。  **关键词：**…'); a table of one header row over one row of values gives each header its value
    ('| 收稿日期 | 出版日期 |' over the dates)."""
    tables = any(_TABLE_RULE.match(line) for line in lines)
    rows: list[list[str]] = []
    # (a line runs on into the next when the next one's first word would not have fitted after it: the wrap's own
    # reason to break, counted in characters as html2text does, which breaks a Han run only at a space)
    for line in unwrap(lines, _WRAP - 6, columns=False, apart=_block_apart) if _hard_wrapped(lines) else lines:
        stripped = line.strip()
        if (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1) or (tables and "|" in line):
            if not _TABLE_RULE.match(line):
                rows.append([cell.strip() for cell in stripped.strip("|").split("|")])
            continue
        if rows:
            yield from _table_lines(rows)
            rows = []
        yield plain_line(line)
    yield from _table_lines(rows)


_WRAP = 80  # html2text wraps at 78 by default; a wider wrap is rare
# ... or a field's bold label ('**摘要:**利用…', '**DOI**: 10.…'), which no wrap leaves at a line's start
_BLOCK_START = _regex.compile(r"^\s{0,3}(?:#{1,6}\s|[*+\-]\s|\d{1,3}[.)]\s|>|\||```|"
                              r"\*\*[^*\n]{1,40}?(?:[:：]\s*\*\*|\*\*\s*[:：]))")


def _hard_wrapped(lines: list[str]) -> bool:
    """Paragraphs broken into lines of at most ~80 characters (html2text's default): lines near that width, and
    no longer line of Latin text with a space where a wrap would have broken it (headings and tables are not
    wrapped; a Han run has no space to break at and stays whole)."""
    near = sum(1 for line in lines if 60 <= len(line) <= _WRAP)
    return near >= 1 and not any(len(line) > _WRAP and " " in line[:_WRAP - 1].strip() and "|" not in line
                                 and line.isascii() and not line.startswith("#") for line in lines)


def _block_apart(line: str, following: str) -> bool:
    """A line ending in a hard break, or one starting a block (heading, list item, quote, table row, bold label)."""
    return line.endswith("  ") or _BLOCK_START.match(following) is not None


def _header_over_values(rows: list[list[str]]) -> bool:
    """One row of headers over one of values ('收稿日期 | 修回日期 | 出版日期'), not two rows of a label and its value
    ('Journal reference: | Phys. Rev. D 76…' over 'DOI: | 10.1103/…')."""
    if len(rows) != 2 or len(rows[0]) != len(rows[1]) or not all(rows[0]) or not all(rows[1]):
        return False
    if len(rows[0]) >= 3:
        return True
    labels_first = any(row[0].endswith((":", "：")) for row in rows)
    return not labels_first and not any(map(_DIGIT.search, rows[0])) and all(map(_DIGIT.search, rows[1]))


def _table_lines(rows: list[list[str]]) -> Iterator[str]:
    if _header_over_values(rows):
        for header, value in zip(rows[0], rows[1], strict=True):
            yield plain_line(f"{header}：{value}")
        return
    for row in rows:
        for cell in row:
            for part in _CELL_BREAK.split(cell):
                if part.strip():
                    yield plain_line(part)


def _link_text(m: re.Match[str]) -> str:
    """A link's text, a space after it when another link follows ('[doi.org/…](…)[Get rights](…)')."""
    return m.group(1) + (" " if m.string[m.end(): m.end() + 1] == "[" else "")


def plain_line(line: str) -> str:
    """A markdown line as its reader sees it: no markers, links as their text."""
    escaped = "\\" in line
    if escaped:  # '\\*' is a star: set aside until the markers are gone
        line = _ESCAPE.sub(lambda m: chr(_ASIDE + ord(m.group(1))), line)
    heading = line.lstrip().startswith("#")
    if "](" in line:  # (the patterns only where they can match: each is bounded, none is cheap on a long line)
        line = _LINK.sub(_link_text, _IMAGE.sub("", line) if "![" in line else line)
    if "<" in line:
        line = _AUTOLINK.sub(r"\1", line)
    line = _LINE_START.sub("", line)
    if heading:
        line = _CLOSING_HASHES.sub("", line)
    line = _EMPHASIS.sub(r"\2", _STRONG.sub("", line))
    return _SET_ASIDE.sub(lambda m: chr(ord(m.group(0)) - _ASIDE), line) if escaped else line
