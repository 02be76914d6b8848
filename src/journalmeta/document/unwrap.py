"""Hard-wrapped text → a paragraph a line again.

A terminal browser's dump (``lynx -dump``, ``w3m -dump``), ``fold``, an e-mail or a crawler that wraps its text
breaks every paragraph into lines of at most some width (72–100 columns; a Han character takes two). The rest of
the text path reads a line as a field or a paragraph, so a wrapped abstract would end at its first line and a
wrapped title lose its second. A page is taken as wrapped when its long lines crowd just under one width and none
runs past it; a line is then joined to the next when the next one's first word would have fitted on it
(a greedy wrapper moved it down only because it did not), unless the next line starts a labelled field."""

from __future__ import annotations

import re
from collections.abc import Callable

from journalmeta import _regex
from journalmeta.labels import any_label, label_groups_for

_MIN_LONG = 40  # columns: a line shorter than this is never taken as a wrapped one
_MAX_WIDTH = 160  # columns: wrapping wider than this is no wrapping
_MIN_WRAPPED = 4  # long lines under the width, at least: fewer say nothing
_BAND = 12  # columns: a full line falls short of the width by less than a long word
_CROWDED = 0.5  # the share of the long lines in that band on a wrapped page
_OVER = 0.05  # the share of lines past the width (an unbreakable address) a wrapped page may have
_TOLERANCE = 2  # columns: a narrower font's lines (a PDF's copy) are not all exactly as full

# the characters a terminal draws two columns wide: Hangul jamo, CJK (punctuation, kana, Han, Yi), Hangul
# syllables, compatibility ideographs, vertical and small forms, full-width forms
_WIDE = _regex.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
                       "\uff00-\uff60\uffe0-\uffe6]")
_SENTENCE_END = (".", "。", "!", "?", "！", "？")


def display_width(line: str) -> int:
    """The columns ``line`` takes in a terminal."""
    return len(line) + (len(_WIDE.findall(line)) if not line.isascii() else 0)


def unwrap(lines: list[str], width: int | None = None, *, columns: bool = True,
           apart: Callable[[str, str], bool] | None = None) -> list[str]:
    """``lines`` with each wrapped paragraph on one line; unchanged unless the page is wrapped (at ``width``, when
    known: else as measured). ``columns``: the wrap counted display columns and broke a Han run anywhere (a
    terminal's); else it counted characters and broke only at white space (Python's textwrap, as html2text).
    ``apart(line, next_line)``: a format's own reasons to keep two lines apart."""
    width = width or wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    before = ""  # the line before, as printed (the last line out may be several joined)
    for raw in lines:
        line = raw.strip()
        if line and before.strip() and not (apart and apart(before, raw)) \
                and _continues(before.rstrip(), line, width, columns):
            out[-1] = _join(out[-1].rstrip(), line, columns)
        else:
            out.append(raw)
        before = raw
    return out


def wrap_width(lines: list[str]) -> int | None:
    """The width the page is wrapped at, or None when it is not wrapped."""
    sizes = [len(line) for line in lines]
    over = sum(1 for size in sizes if size > _MAX_WIDTH)
    if over > _OVER * sum(1 for size in sizes if size >= _MIN_LONG // 2):
        return None  # a copy-all page's long paragraphs (most pages end the test here, after a len() a line)
    widths = []
    for line, size in zip(lines, sizes, strict=True):
        if _MIN_LONG // 2 <= size <= _MAX_WIDTH:
            width = display_width(line.rstrip())
            if width > _MAX_WIDTH:
                over += 1
            elif width >= _MIN_LONG:
                widths.append(width)
    if len(widths) < _MIN_WRAPPED or over > _OVER * len(widths):
        return None
    widths.sort(reverse=True)
    width = widths[int(len(widths) * _OVER)]  # the widest but for a few outliers
    crowded = sum(1 for w in widths if w >= width - _BAND)
    return width if crowded >= _MIN_WRAPPED and crowded >= _CROWDED * (len(widths) + over) else None


def _continues(line: str, following: str, width: int, columns: bool) -> bool:
    """Whether ``following`` goes on ``line``'s paragraph: its first word would have fitted on the line."""
    han_next = _WIDE.match(following) is not None
    if han_next and _WIDE.search(line) is None:
        return False  # a Latin line, then a Han one: two fields (an English title, the Chinese journal line)
    word = following[:1] if han_next and columns else following.split(maxsplit=1)[0]
    space = 0 if han_next or _WIDE.match(line[-1:]) else 1
    measure = display_width if columns else len
    if measure(line) + space + measure(word) <= width - _TOLERANCE:
        return False
    if line.endswith(_SENTENCE_END) and ((_WIDE.search(line) is None) != (_WIDE.search(following) is None)
                                         or _heading(following)):
        return False  # a Chinese paragraph's last sentence, then an English one (the translation's, or back), or
        # a heading after a paragraph's last sentence
    return not (label_groups_for(following) and _starts_field(following))


def _heading(line: str) -> bool:
    """A heading's line: a short one ending in a colon ('БИБЛИОМЕТРИЧЕСКИЕ ПОКАЗАТЕЛИ:'), or capitals alone."""
    return (len(line) <= _HEADING and line.endswith((":", "："))) or (line.isupper() and len(line.split()) >= 2)


_HEADING = 40


def _starts_field(line: str) -> bool:
    found = any_label().match(line)
    if not found:
        return False
    han_label = "\u3400" <= line[found.end() - 1:found.end()] <= "\u9fff"
    return _LABEL_END.match(line, found.end()) is not None or (han_label and line[found.end():][:1].isspace())


_LABEL_END = re.compile(r"\s*[\]】〕)）]?\s*(?:[:：]|$)")  # a label's colon, or the label alone on its line


def _join(line: str, following: str, columns: bool) -> str:
    """The two lines as one: no space where the wrap took none (a terminal breaks a Han run anywhere; a wrap at
    white space only took one, unless the source broke a Han run by a line of its own)."""
    han_before, han_after = _WIDE.match(line[-1:]) is not None, _WIDE.match(following) is not None
    if (han_before or han_after if columns else han_before and han_after) or line.endswith(("-", "/")):
        return line + following
    return line + " " + following
