"""Printed citation strings on the page (labelled, or bare reference lines) and the fields they give."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from journalmeta import _regex
from journalmeta._memo import page_memo
from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.citation import Citation, looks_like_citation, parse_citation
from journalmeta.extractors.header import is_abbreviated
from journalmeta.extractors.label_lines import Labelled
from journalmeta.extractors.names import author_line, is_menu_line
from journalmeta.labels import LABELS
from journalmeta.lang import detect, script_language
from journalmeta.normalize import split_pages, squash

_MAX_FOLLOWING = 2
_PAGE_RANGE = _regex.compile(r"[A-Za-z]{2}.*\b\d+\s*,\s*\d+\s*[-–]\s*\d+\b")
_YEAR = _regex.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
# an identifier that is the whole citation a page asks for: arXiv's "Cite as: arXiv:1706.03762 [cs.CL]"
_ARXIV_ID = _regex.compile(r"arXiv:\s*(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?:\s*\[[\w.\-]+\])?")


@dataclass(frozen=True, slots=True)
class Found:
    citation: Citation
    source: str  # 'citation:引用本文' for a labelled one, 'unlabelled:citation' for a bare line
    index: int
    lines: int = 1  # a citation wrapped over two lines takes both
    printed: bool = True  # a citation the page prints as one (not a source line's reference: no citation field)
    broken: tuple[str, str] | None = None  # the field a cut line breaks off in, and its visible part

    @property
    def indexes(self) -> range:
        return range(self.index, self.index + self.lines)

    @property
    def labelled(self) -> bool:
        return not self.source.startswith("unlabelled")


def _citation_like(text: str) -> bool:
    return looks_like_citation(text) or bool(
        re.search(r"\.\s*$", text) and author_line(text.rstrip(". "), min_names=2)
    )


def _labelled_citation(text: str) -> bool:
    """Under a citation label: anything with a year and some length reads as the citation, a short
    journal-volume-pages line ('J. Phys. Chem. A 105, 13, 3365-3370'), and an arXiv identifier."""
    return _citation_like(text) or (40 <= len(text) <= 1500 and _YEAR.search(text) is not None) or (
        20 <= len(text) <= 200 and _PAGE_RANGE.search(text) is not None) or _ARXIV_ID.fullmatch(text) is not None


def _parse(text: str) -> Citation:
    """A labelled citation's parts; an identifier is kept as printed, with no parts to give."""
    return Citation(text=text.strip()) if _ARXIV_ID.fullmatch(text.strip()) else _parsed(text)


# the extractors parse some lines twice (a label's own citation, then its following lines'): once a page, the
# result shared and never changed (``replace`` makes a changed copy)
_parsed = page_memo(parse_citation)


def _cut_short(page: Page, index: int, text: str) -> bool:
    """The last line of a text rendering cut off mid-citation (renderings are often cut at a size): authors and a
    start of a title, no year, or a journal's name broken off ('… Yarns[J]. Chinese Journal of High')."""
    return not page.is_html and index == len(page.blocks) - 1 and len(text) >= 10 \
        and not text.rstrip().endswith((".", "。", ")", "）")) and not text.rstrip()[-1:].isdigit()


def _parse_cut(text: str) -> tuple[Citation, tuple[str, str] | None] | None:
    """A citation cut short: its text as far as it goes, the part it breaks off in set apart (its visible part is
    all the page shows of it, worth less than any whole value); None unless it goes past its authors (a title's
    first words alone read as a name)."""
    c = _parsed(text)
    if not (c.authors and c.title):
        return None
    end = c.text.rstrip()
    broken = next((name for name in ("doi", "pages", "issue", "volume", "journal", "title")
                   if (value := getattr(c, name)) and end.endswith(str(value))), None)
    if broken is None:
        return c, None
    part = str(getattr(c, broken))
    c = replace(c)  # a copy: the parse is shared
    setattr(c, broken, None)
    return c, ((broken, part) if broken in _VISIBLE_PARTS else None)


_VISIBLE_PARTS = ("journal", "title")  # (a cut number or DOI is no part worth giving)
_BROKEN_BONUS = -4.0  # a cut value: below every whole one (a byline's title, a header's journal)
CUT_MARK = "(cut)"  # on the provenance of a value the page's text breaks off in


def _cut_in_names(text: str, with_names: bool) -> Citation | None:
    """A citation line cut off inside its authors, under its label ('闫壮壮, 闫学慧, …, 胡振邦, 蒋') or a citation
    already read ('YAN Zhuang-Zhuang, …, HU Zhen-Ban'): its visible text, in its language; for the label's own
    line, the names but the last (which may be cut), as a list short of some (any byline's full list wins). A
    translation's cut list would pair with no byline's names, so it gives none."""
    names = author_line(text)
    if not names or len(names) < _CUT_NAMES:
        return None
    last = text.rstrip().rsplit(",", 1)[-1].strip()
    whole = names[:-1] if squash(last) == squash(names[-1]) else names  # (a one-character stub is no name already)
    return Citation(text=text.strip(), authors=whole if with_names else [], et_al=True,
                    lang=script_language(text) or detect(text))


_CUT_NAMES = 3


def _inline(page: Page, labels: dict[int, Labelled]) -> list[Found]:
    found: list[Found] = []
    for item in labels.values():
        if item.kind != "citation" or not item.content:
            continue
        cut = _parse_cut(item.content) if _cut_short(page, item.block.index, item.content) else None
        if cut:
            found.append(Found(cut[0], f"citation:{item.label}", item.block.index, broken=cut[1]))
        elif _labelled_citation(item.content):
            found.append(Found(_parse(item.content), f"citation:{item.label}", item.block.index))
        elif wrapped := _wrapped(page, item, labels):
            found.append(Found(wrapped, f"citation:{item.label}", item.block.index, lines=2))
    return found


def _wrapped(page: Page, item: Labelled, labels: dict[int, Labelled]) -> Citation | None:
    """A text rendering's citation broken over two lines ('Citation: Wei X H, … in plantation' / 'forests. Acta
    Ecologica Sinica, 2015, 35(12): 3881-3885.'): the two read as one, when only together they make a citation."""
    index = item.block.index + 1
    if page.is_html or index >= len(page.blocks) or index in labels or _YEAR.search(item.content):
        return None
    text = item.content + "\n" + page.blocks[index].text
    c = _parsed(text) if _labelled_citation(text) else None
    return c if c is not None and c.authors and c.title and c.journal else None


def _following(page: Page, item: Labelled, labels: dict[int, Labelled], covered: set[str],
               doi: str | None) -> list[Found]:
    """Unlabelled lines right after a citation label: its other-language versions."""
    found: list[Found] = []
    own = _parse(item.content) if item.content and _labelled_citation(item.content) else None
    for n, block in enumerate(page.blocks[item.block.index + 1: item.block.index + 1 + _MAX_FOLLOWING]):
        short = _cut_short(page, block.index, block.text)
        cut, broken = (_parse_cut(block.text) or (None, None)) if short else (None, None)
        if cut is None and (found or (n == 0 and not item.content)) and short:
            cut = _cut_in_names(block.text, with_names=not found)
        if not cut and (block.index in labels or not (_citation_like(block.text) or (
                n == 0 and not item.content and _labelled_citation(block.text)))):
            break
        c = cut or _parse(block.text)
        if c.lang in covered or (doi and c.doi and c.doi.lower() != doi.lower()) or (own and _disagree(c, own)):
            break
        found.append(Found(c, f"citation:{item.label}", block.index, broken=broken))
        covered.add(c.lang)
        doi = doi or c.doi  # the versions under one label cite one article (the next line may be the previous one's)
    return found


def _names(text: str, doi: str | None, titles: set[str]) -> bool:
    """Whether a line prints the page's DOI or one of its titles: on an HTML page, where reference lists
    abound, a bare line counts only then (a quick look before parsing it)."""
    if doi and doi.lower() in text.lower():
        return True
    key = squash(text)
    return any(title in key for title in titles)


_NOTE_NUMBER = _regex.compile(r"\[\d{1,3}\]|\d{1,3}\.|\(\d{1,3}\)")


def unlabelled(page: Page, labels: dict[int, Labelled], used: set[int], doi: str | None = None,
               titles: set[str] | None = None) -> list[Found]:
    """Bare reference lines outside the blocks already ``used``; with ``titles`` (HTML), only those naming
    ``doi`` or a title."""
    found = []
    for block in page.blocks[:400]:
        if block.index in used or block.index in labels or len(block.text) > 600:
            continue
        if not looks_like_citation(block.text) or (titles is not None and not _names(block.text, doi, titles)):
            continue
        if is_menu_line(block.text):
            continue  # a breadcrumb ('Home / Archives / Vol. 40 No. 3 (2021) / Articles')
        if block.index > 0 and _NOTE_NUMBER.fullmatch(page.blocks[block.index - 1].text):
            continue  # a note or reference under its number ('[5]' over 'Richard Grayson, "A Life…", …')
        c = _parsed(block.text)
        if not (c.title and c.authors) and block.index > 0 and not page.is_html:  # wrapped over two lines
            previous = page.blocks[block.index - 1]
            if previous.index not in labels and not looks_like_citation(previous.text) \
                    and not previous.text.endswith((".", "。")):
                joined = _parsed(previous.text + "\n" + block.text)
                if joined.title and joined.authors:
                    c = replace(joined, text=previous.text + "\n" + block.text)
        if c.title and c.journal:
            found.append(Found(c, "unlabelled:citation", block.index))
    return found


# the English citation labels of the label table inside a line, longest first ('Cite this article as' before
# 'Cite this article'), with or without a colon
_MID_LABEL = _regex.compile("|".join(rf" {re.escape(label)}:? " for label in
                                     sorted(LABELS["citation"]["en"], key=len, reverse=True)))
_DOI_AFTER = _regex.compile(r"\s+(?:DOI|doi)\b")


def mid_block(page: Page, labels: dict[int, Labelled], used: set[int]) -> list[Found]:
    """A citation label inside a short HTML block, after other text (IOP's 'Metrologia, Volume 12, Number 4
    Citation D N Astrov et al 1976 Metrologia 12 143 DOI …'): the string only, its house style unparsed."""
    if not page.is_html:
        return []
    for block in page.blocks[:400]:
        text = block.text
        if len(text) > 400 or block.index in used or block.index in labels:
            continue
        if "Cit" not in text and "cit" not in text and "Quote" not in text and "Reference" not in text:  # (every label)
            continue
        m = _MID_LABEL.search(text)
        if not m:
            continue
        value = text[m.end():]
        end = _DOI_AFTER.search(value)
        value = (value[:end.start()] if end else value).strip()
        if 20 <= len(value) <= 300 and value[-1].isdigit() and _YEAR.search(value):
            found = replace(parse_citation(value), lang=script_language(value) or page.lang or "en")  # (no title)
            return [Found(found, f"citation:{m.group(0).strip(' :')}", block.index)]
    return []


def find_labelled(page: Page, labels: dict[int, Labelled]) -> tuple[list[Found], set[int]]:
    """Citations under a label, and the blocks they (and their labels) take."""
    found = _inline(page, labels)
    covered = {f.citation.lang for f in found}
    doi = next((f.citation.doi for f in found if f.citation.doi), None)
    used = {i for f in found for i in f.indexes}
    boxed = False  # a cite box prints one citation in several styles, each under its style's name
    for item in labels.values():
        if item.kind == "citation" and not (boxed and item.lang == ""):
            more = _following(page, item, labels, covered, doi)
            found += more
            used |= {f.index for f in more} | {item.block.index}
            boxed = boxed or (bool(more) and item.lang == "")  # the first style found stands for the box
        elif item.kind == "citation":
            used |= {item.block.index, item.block.index + 1}
        elif item.kind == "source" and "[" in item.content:
            found += _source_reference(item)
    return found, used


def _source_reference(item: Labelled) -> list[Found]:
    """A source label's value that is the article's reference, type mark and all (a repost's '来源:金属激光增材制造
    技术发展研究[J].中国工程科学,2020,22(3):56-62.'): its fields, but no printed citation."""
    c = _parsed(item.content)  # (shared: ``replace`` below copies it)
    if not (c.type_mark and c.title and c.journal and c.year):
        return []
    lang = script_language(item.content) or "en"
    return [Found(replace(c, lang=lang), f"citation:{item.label}", item.block.index, printed=False)]


def candidates(found: list[Found], page_doi: str | None, titles: set[str] | None = None) -> Iterator[Candidate]:
    """Fields from the citations that belong to this page's article.

    A bare reference line with another DOI is another article's. With ``titles`` (an HTML page, where
    reference lists abound), a bare line must also name the page's DOI or one of its titles.
    """
    issue_only = _issues_without_volume(found)
    own = [f.citation for f in found if f.labelled]
    for f in found:
        c = f.citation
        if not f.labelled and page_doi and c.doi and c.doi.lower() != page_doi.lower():
            yield Candidate.of("foreign_doi", c.doi, f.source)  # reported by the checks, used nowhere
            continue
        if not f.labelled and any(_disagree(c, other) for other in own):
            continue
        if not f.labelled and titles is not None and not (
                (page_doi and c.doi and c.doi.lower() == page_doi.lower()) or (c.title and squash(c.title) in titles)):
            continue
        lang = c.lang
        src = f.source
        bonus = 0.0
        if f.printed:
            yield Candidate.of("citation", c.text, src, lang, bonus)
        if c.title:
            yield Candidate.of("title", c.title, src, detect(c.title), bonus)
        if c.authors:
            lang = script_language(" ".join(c.authors)) or "latin"
            yield Candidate.of("authors", c.authors, src, lang, -2.5 if c.et_al else 0.0)
        if c.journal and is_abbreviated(c.journal):
            yield Candidate.of("abbrev", c.journal, src, None, bonus)
        elif c.journal:
            yield Candidate.of("journal", c.journal, src, detect(c.journal, c.lang), bonus)
        if f.broken:
            yield _broken_value(f.broken, found, src, c.lang)
        for field in ("year", "volume", "issue", "pages", "doi"):
            value = getattr(c, field)
            if value and not (field == "volume" and not c.issue and value in issue_only):
                yield Candidate.of(field, value, src, None, bonus)


def _broken_value(broken: tuple[str, str], found: list[Found], src: str, lang: str) -> Candidate:
    """The value a cut citation breaks off in: a journal's name in full where another citation on the page spells
    it out (the previous article's, on a journal's site: 'Technology for Earthquake Dis' → '… Disaster
    Prevention'), else its visible part, at the lowest weight."""
    name, part = broken
    whole = next((o.citation.journal for o in found if name == "journal" and o.citation.journal
                  and len(o.citation.journal) > len(part) and o.citation.journal.startswith(part)), None)
    if whole:
        return Candidate.of(name, whole, src, detect(whole, lang))
    return Candidate.of(name, part, f"{src} {CUT_MARK}", detect(part, lang), _BROKEN_BONUS)


def _disagree(a: Citation, b: Citation) -> bool:
    """Two citations of different articles: another year, volume, issue or first page, or another number of
    authors where both print them all (a translation cites the same people; 'et al.' lists stop alike)."""
    if any(x != y for x, y in ((a.year, b.year), (a.volume, b.volume), (a.issue, b.issue),
                               (split_pages(a.pages)[0], split_pages(b.pages)[0])) if x and y):
        return True
    return bool(a.authors and b.authors and not (a.et_al or b.et_al) and len(a.authors) != len(b.authors))


def _issues_without_volume(found: list[Found]) -> set[str]:
    """The issues of citations that print no volume ('2020. № 3. С. 45–52'): a journal without volumes, whose
    number another style prints where a volume goes ('2020;3:45-52')."""
    return {f.citation.issue for f in found if f.labelled and f.citation.issue and not f.citation.volume}
