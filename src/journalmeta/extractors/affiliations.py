"""Affiliations printed on the page, given to the record's authors: the byline's marks ('米子硕1, 高锦2*') matched
with the numbered affiliation lines after it or under a '作者单位' label ('1. 南京中医药大学护理学院, 南京 210023;
2. …'). A page whose meta tags name each author's institution has them already (``meta_tags.author_details``);
this fills only authors that have none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journalmeta import _regex
from journalmeta._hanzi import traditional
from journalmeta.document.model import Block, Page
from journalmeta.extractors.bylines import by_script
from journalmeta.extractors.citation_lines import looks_like_citation
from journalmeta.extractors.header import is_header_line
from journalmeta.extractors.label_lines import Labelled, find_label, label_index
from journalmeta.extractors.mastheads import journal_name
from journalmeta.extractors.names import AND_WORDS, author_line, bracketed_institution, names_an_institution
from journalmeta.institutions import INSTITUTION
from journalmeta.labels import strip_label
from journalmeta.lang import has_han
from journalmeta.record import Record

__all__ = ["affiliation_line", "assign"]

# an affiliation printed on a line of its own (an author table's cells copied one a line): a Han line ending in an
# institution's kind, or a Latin one naming an institution beside a postcode or two commas ('…, Nanjing 210023, China')
_HAN_AFFILIATION = tuple(form for kind in ("大学", "学院", "研究所", "研究院", "科学院", "医院", "实验室", "研究中心",
                                            "公司", "中学", "小学", "学校") for form in (kind, traditional(kind)))
# ... and with a postcode or a number first, an office too ('2. 国家自然科学基金委员会政策局 北京 100085'); not at a
# line's end alone, where a title may end so ('…的空间格局', '…为中心')
_HAN_OFFICE = _HAN_AFFILIATION + tuple(form for kind in ("中心", "委员会", "局", "图书馆", "编辑部", "站", "所")
                                       for form in (kind, traditional(kind)))
_POSTCODE = _regex.compile(r"\b\d{5,6}\b")
_HAN_POSTCODE = _regex.compile(r"(?<!\d)\d{6}(?!\d)")
_NUMBER_FIRST = _regex.compile(r"\d{1,2}\s*[.、．]\s*\D")


def affiliation_line(text: str) -> bool:
    """Whether a line is an affiliation printed on its own (no title, no byline)."""
    if text.endswith(_HAN_AFFILIATION):
        return True
    # a Han line with a postcode or a number first: '1. 中国农业大学工学院，北京 100083；2. …'
    if has_han(text) and (_HAN_POSTCODE.search(text) or _NUMBER_FIRST.match(text)):
        return any(kind in text for kind in _HAN_OFFICE)
    return INSTITUTION.search(text) is not None and (text.count(",") >= 2 or _POSTCODE.search(text) is not None)


_AFTER_BYLINE = 6  # lines after the byline that may hold its numbered affiliations
# '1. 中国农业大学工学院, 北京 100083', '2 河南省农业科学院', '(1. …; 2. …)'
# (after a letter only with its stop: '…学院2.中国地质大学')
_NUMBERED = _regex.compile(r"(?:(?:^|(?<=[\s;；(（,，]))(\d{1,2})\s*[.、．)]?|(?<![\d.])(\d{1,2})[.、．])\s*(?=\D)")
_MARKS = _regex.compile(r"\d{1,2}")
_CORRESPONDING_SIGN = _regex.compile(r"[*∗✉]")  # the corresponding author's sign in a Chinese byline ('罗斌2*')
_TRIM = " \t;；,，.。"


def assign(page: Page, record: Record) -> None:
    """Fill the affiliations of the record's authors from the byline's marks and the page's numbered lines."""
    if not record.authors or any(a.affiliations for a in record.authors):
        return
    names = [next(iter(a.name.values())) for a in record.authors]
    byline = _byline(page, names)
    if byline is None:
        return
    after = _after_names(byline.text, names)
    if not any(a.corresponding for a in record.authors):
        for author, signs in zip(record.authors, after, strict=True):
            author.corresponding = author.corresponding or bool(_CORRESPONDING_SIGN.search(signs))
    bracketed = [bracketed_institution(signs) for signs in after]  # '宋文燕(国家图书馆)': each name's own
    if any(bracketed):
        for author, institution in zip(record.authors, bracketed, strict=True):
            author.affiliations = [institution] if institution else []
        return
    listed = _listed(page, label_index(page), byline.index)  # (the labels read again only for a page with a byline)
    marks = [_MARKS.findall(signs) for signs in after]
    if not listed and not any(marks):  # one unnumbered institution under the byline, everyone's: '(东华大学 理学院,
        listed = _lone_institution(page, byline.index)  # 上海 201620)', 'Томский государственный университет, Томск'
    if not listed:
        return
    if len(listed) == 1 and not any(marks):
        only = next(iter(listed.values()))
        for author in record.authors:
            author.affiliations = [only]
        return
    for author, numbers in zip(record.authors, marks, strict=True):
        author.affiliations = list(dict.fromkeys(listed[n] for n in numbers if n in listed))  # '张 伟1ZHANG Wei1'


def _byline(page: Page, names: list[str]) -> Block | None:
    """The block that prints the record's first-language author list; of two, the one with marks (a mirror's
    byline printed twice, with the affiliation marks the second time)."""
    first = next(_bylines(page, names, 0, _BYLINE_SCAN), None)
    if first is None or _marked(first):
        return first
    again = (b for b in _bylines(page, names, first.index + 1, _BYLINE_SCAN) if _marked(b))
    return next(again, first)


def _marked(block: Block) -> bool:
    return any(ch.isdigit() for ch in block.text)


_BYLINE_SCAN = 200  # blocks: where a byline is looked for


def _bylines(page: Page, names: list[str], start: int, stop: int) -> Iterator[Block]:
    first = names[0]
    compact = first.replace(" ", "")  # ('王  芳' spaced out; 'Анна Ананьева' with its own spaces)
    for block in page.blocks[start:stop]:
        if first[0] in block.text and compact in block.text.replace(" ", ""):
            found = author_line(strip_label(block.text))
            if found == names:
                yield block
            elif found and by_script(found)[0] == names:  # the names in both scripts: the first script's part
                cut = block.text.find(found[len(names)])
                yield block._replace(text=block.text[:cut]) if cut > 0 else block
            elif found == [first] and len(names) > 1:  # one name a line (a crawler's text): the lines as one
                column = page.blocks[block.index: block.index + len(names)]
                joined = "，".join(b.text for b in column)
                if author_line(joined) == names:
                    yield column[-1]._replace(text=joined)


def _after_names(text: str, names: list[str]) -> list[str]:
    """What the byline prints between each name and the next: its marks ('1,2*', ', ')."""
    starts = []
    position = 0
    for name in names:
        found = _find(text, name, position)
        if found is None:
            return ["" for _ in names]
        starts.append(found)
        position = found[1]
    ends = [start for start, _ in starts[1:]] + [len(text)]
    return [text[end:stop] for (_, end), stop in zip(starts, ends, strict=True)]


def _find(text: str, name: str, position: int) -> tuple[int, int] | None:
    """Where a name stands in the byline from ``position``: as printed, or spaced out ('王  芳')."""
    at = text.find(name, position)
    if at >= 0:
        return at, at + len(name)
    m = re.search(r"\s*".join(map(re.escape, name.replace(" ", ""))), text[position:])
    return (position + m.start(), position + m.end()) if m else None


def _listed(page: Page, labels: dict[int, Labelled], byline: int) -> dict[str, str]:
    """Numbered affiliations ({'1': '…', '2': '…'}) under an affiliation label, else on the lines after the
    byline; an unnumbered label value as the one affiliation ('0')."""
    labelled = [x.content for x in labels.values() if x.kind == "affiliations" and x.content]
    if labelled:  # each label's list alone, the first printed first ('作者单位：1. …' before 'Affiliation：1. …')
        found: dict[str, str] = {}
        for value in labelled:
            found.update((k, v) for k, v in _numbered(value).items() if k not in found)
        return found or {"0": labelled[0].strip(_TRIM)}
    listed: dict[str, str] = {}
    for block in page.blocks[byline + 1: byline + 1 + _AFTER_BYLINE]:
        numbered = _numbered(block.text, _next_mark(listed))
        if not numbered or block.index in labels or not any(map(_institution_like, numbered.values())):
            if listed:
                break
            continue
        listed.update((k, v) for k, v in numbered.items() if k not in listed)
    return listed


def _lone_institution(page: Page, byline: int) -> dict[str, str]:
    """The line right under the byline as the one affiliation ('0'), where it names an institution and the line
    under it does not name another (two unnumbered ones are not told apart)."""
    lines = [b.text.strip() for b in page.blocks[byline + 1: byline + 3]]
    if not lines or len(lines[0]) > _LONE_LONGEST:
        return {}
    first = _ROMAN_MARK.sub("", lines[0].strip("()（）"))  # (SciELO's mark: 'I Universidade de São Paulo')
    if not names_an_institution(first) or _TWO_BRACKETED.search(first) or find_label(Block(first, -1)) is not None \
            or author_line(first) or is_header_line(first) or journal_name(first) or looks_like_citation(first) \
            or (len(lines) > 1 and affiliation_line(lines[1])):
        return {}  # (not a labelled line, two institutions, a header, the journal's name or a citation)
    return {"0": first.strip(_TRIM)}


_LONE_LONGEST = 200  # characters
_ROMAN_MARK = _regex.compile(r"^(?:I{1,3}|IV)\s+(?=[A-Z])")
_TWO_BRACKETED = _regex.compile(r"[)）]\s*[(（]")


def _institution_like(entry: str) -> bool:
    """Whether a numbered entry may be an institution: it names one, holds an office's word ('政策局') or a postcode,
    or, in another script than Han, is a place's parts apart by commas ('Нижегородская академия МВД РФ, Россия,
    Нижний Новгород'); not a numbered section heading ('1 选择和识别开放获取…', '1 Introduction'), a paragraph or a
    reference ('… (2012), nous habitons …')."""
    if names_an_institution(entry) or any(kind in entry for kind in _HAN_OFFICE) or _POSTCODE.search(entry):
        return True
    parts = entry.split(",")
    return not has_han(entry) and len(parts) >= 2 and all(len(part.split()) <= _PART_WORDS for part in parts) \
        and _BRACKETED_YEAR.search(entry) is None


_PART_WORDS = 6
_BRACKETED_YEAR = _regex.compile(r"\((?:1[89]|20)\d\d\)")
# what follows an institution in its entry: the authors' e-mail addresses ('…, New Jersey 08544; email: …'), the
# word joining it to the next entry ('…, Nancy, and')
_AFTER_INSTITUTION = _regex.compile(rf"(?:[;,.]?\s*\b[Ee]-?mail\s*[:：].*|,?\s+(?:{AND_WORDS})\s*)$")


def _balanced(value: str) -> str:
    """Without a closing bracket that closes nothing (the list's own: '(1. …; 2. …)')."""
    while value[-1:] in (")", "）") and value.count("(") + value.count("（") < value.count(")") + value.count("）"):
        value = value[:-1].rstrip(_TRIM)
    return value


def _next_mark(listed: dict[str, str]) -> str | None:
    """The number the next line of a numbered list goes on with ('3' after '1' and '2' on lines of their own)."""
    numbers = [int(key) for key in listed if key.isdigit()]
    return str(max(numbers) + 1) if numbers else None


def _numbered(text: str, following: str | None = None) -> dict[str, str]:
    """'1. A, 北京 100083; 2. B' → {'1': 'A, 北京 100083', '2': 'B'}; {} unless the text starts with number 1 or 2
    (or ``following``: the list's next number, the lines before it holding the first ones) and every entry is an
    institution's length."""
    text = text.strip().lstrip("(（")
    starts = list(_NUMBERED.finditer(text))
    if not starts or text[:starts[0].start()].strip(_TRIM):
        return {}
    ends = [m.start() for m in starts[1:]] + [len(text)]
    entries = {m.group(1) or m.group(2): _balanced(_AFTER_INSTITUTION.sub("", text[m.end():end]).strip(_TRIM))
               for m, end in zip(starts, ends, strict=True)}
    first = next(iter(entries))
    if first in _GLUED_MARKS:  # '12 Российский … университет': the marks 1 and 2 run together, one institution
        entries = {mark: entries[first] for mark in first} | {k: v for k, v in entries.items() if k != first}
    elif first not in ("1", "2") and first != following:
        return {}
    return entries if all(4 <= len(v) <= 200 for v in entries.values()) else {}


_GLUED_MARKS = frozenset(("12", "123", "1234"))
