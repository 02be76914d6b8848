"""The pipeline: bytes or text → page → candidates → platform adjustments → merge → checks → record."""

from __future__ import annotations

from dataclasses import replace

from journalmeta import _regex, platforms
from journalmeta._memo import forget_page
from journalmeta.checks import check
from journalmeta.document import Page, page_from_html, page_from_text
from journalmeta.errors import InputTooLarge
from journalmeta.extractors import (
    affiliations,
    author_table,
    bibtex_entry,
    blocks,
    bylines,
    citations,
    closing_citation,
    coins,
    header,
    inline,
    jats,
    jsonld,
    label_lines,
    labelled,
    lone_title,
    mastheads,
    meta_tags,
    page_kind,
    positional,
    record_fields,
    references,
    related,
    section_titles,
    selfcite,
    structured,
    translated_authors,
    translated_section,
)
from journalmeta.extractors.candidates import Candidate
from journalmeta.languages import titles_in_the_abstracts_language
from journalmeta.merge import choose, group, merge_groups
from journalmeta.normalize import clean_doi, find_doi, squash
from journalmeta.readers import looks_like_html, looks_like_jats
from journalmeta.readers.containers import unwrap
from journalmeta.readers.decode import decode_as
from journalmeta.record import Record

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def read_page(data: bytes | str, url: str | None, content_type: str | None, max_bytes: int) -> Page:
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", errors="replace"))
    if size > max_bytes:
        raise InputTooLarge(size, max_bytes)
    utf8 = None
    if isinstance(data, bytes):
        inner = unwrap(data, content_type, url, max_bytes)  # a gzip-compressed page, an MHTML file
        data, content_type, url = inner.data, inner.content_type, inner.url
        text, encoding = decode_as(data, content_type)
        utf8 = data if encoding == "utf-8" else None  # libxml2 then reads the bytes as they came
    else:
        text = data
    if looks_like_jats(text):
        return Page(blocks=[], is_html=True, url=url, html=text, jats=True)
    if looks_like_html(text, content_type):
        return page_from_html(text, url, utf8=utf8)
    return page_from_text(text, url)


def _page_doi(cands: list[Candidate]) -> str | None:
    chosen = choose([c for c in cands if c.field == "doi" and clean_doi(str(c.value))])
    return clean_doi(str(chosen.value)) if chosen else None


def _known_doi(cands: list[Candidate], labels: dict[int, label_lines.Labelled]) -> str | None:
    """The page's DOI as its meta tags or its first 'DOI:' label give it, before the blocks are read."""
    return _page_doi(cands) or next((doi for x in labels.values() if x.kind == "doi" and "10." in x.content
                                     and (doi := find_doi(x.content))), None)


def _markup(page: Page, labels: dict[int, label_lines.Labelled]) -> list[Candidate]:
    """What only an HTML page gives: meta tags, JSON-LD, COinS, headings, paragraphs by their class (and a JATS
    file its front matter, as a JATS article a page's script carries does)."""
    return [*jats.extract(page), *jats.embedded(page), *meta_tags.extract(page), *jsonld.extract(page),
            *coins.extract(page),
            *blocks.headings(page), *blocks.title_translation(page), *blocks.lead_paragraph(page, labels),
            *blocks.class_named_date(page), *blocks.class_named_abstracts(page, labels),
            *blocks.description_in_full(page, labels)]


def candidates(page: Page) -> list[Candidate]:
    labels = label_lines.label_index(page)
    cands: list[Candidate] = []
    html = page if page.is_html else None
    if html:
        cands += _markup(html, labels)
        if positional.laid_out_as_text(html, labels):  # its blocks then read as a text rendering's lines
            page = replace(html, is_html=False)
            labels = label_lines.label_index(page)
    others = related.related_blocks(page, labels)
    if others:
        cands += related.dois(page, others)
        page = related.blank(page, others)
        labels = {i: x for i, x in labels.items() if i not in others}  # an emptied block labels nothing
    cited = frozenset(references.cited_blocks(page, labels))
    cands += record_fields.extract(page)
    known_doi = _known_doi(cands, labels)
    cands += header.extract(page, known_doi)
    cands += bibtex_entry.extract(page, known_doi)
    cands += header.slashed_header(page)
    cands += inline.extract(page)
    cands += inline.dates(page)
    cands += labelled.extract(page, labels, cited)
    cands += bylines.under_author_labels(page, labels)
    cands += author_table.extract(page, labels)
    cands += blocks.dois(page, cited, min((i for i, x in labels.items() if x.kind == "abstract"), default=None))
    found, used = citations.find_labelled(page, labels)
    found += citations.mid_block(page, labels, used)
    labelled_doi = _page_doi(cands + list(citations.candidates(found, None)))
    known = {squash(str(c.value)) for c in cands if c.field == "title"} if page.is_html else None
    found += citations.unlabelled(page, labels, used | cited, labelled_doi, known)  # (a reference is none)
    cands += citations.candidates(found, labelled_doi, known)
    titles = [f.citation.title for f in found if f.citation.title and (f.labelled or not labelled_doi
              or not f.citation.doi or f.citation.doi.lower() == labelled_doi.lower())]
    cands += positional.matching_titles(page, titles, labels)
    cands += positional.extract(page, labels)
    if not any(c.field == "authors" for c in cands):  # (a galley: its citation at its end, a line a part; a
        cands += closing_citation.extract(page, labels)  # database record's names before their units)
        cands += author_table.names_before_their_units(page, labels)
    cands += translated_section.extract(page, labels)
    cands += section_titles.titles_before_abstracts(page, labels, frozenset(c.lang for c in cands
                                                                            if c.field == "title" and c.lang))
    cands += section_titles.title_at_the_cut(page, labels)
    cands += section_titles.title_after_osid(page, labels)
    cands += section_titles.title_pair(page, labels)
    cands += section_titles.titles_over_corresponding(page, labels, cands)
    cands += structured.abstract_above_keywords(page, labels)
    cands += structured.latin_abstract_after(page, labels)
    cands += structured.translation_after_latin(page, labels)
    cands += structured.extract(page, labels)
    cands += structured.paragraph_over_terms(page, labels)
    cands += structured.paragraph_after_history(page, labels)
    cands += translated_authors.extract(page, [list(c.value) for c in cands if c.field == "authors"
                                                  and c.source.startswith(("meta:", "jsonld:"))])
    cands += _journal_in_full(page, cands)
    if not any(c.field == "title" for c in cands) and not page.is_html:
        cands += lone_title.authors_then_title(page, labels)
        cands += lone_title.extract(page, labels) if not any(c.field == "title" for c in cands) else []
    if html and not any(c.field == "authors" for c in cands):
        cands += lone_title.byline_under_title_text(page, labels, cands)
    if html and not any(c.field == "title" for c in cands):
        cands += lone_title.byline_title(html)
    if html and not any(c.field == "title" for c in cands):
        cands += lone_title.page_title(html)
    return titles_in_the_abstracts_language(_not_the_journal(cands))


def _journal_in_full(page: Page, cands: list[Candidate]) -> list[Candidate]:
    """When only citations name the journal, and as Springer's do without stops ('J Polym Environ'), or nothing
    does: the page's own spelling of the name in full, or its masthead."""
    if any(c.field == "journal" and not c.source.startswith("citation:") for c in cands):
        return []
    cited = [str(c.value) for c in cands if c.field == "journal"]
    for short in [str(c.value) for c in cands if c.field == "abbrev"] + cited:
        full = list(header.full_journal_name(page, short, bonus=3.0 if short in cited else 0.0))
        if full or short not in cited:
            return full  # an abbreviation that no block spells out: the masthead is no better evidence
    if cited:
        return []
    named = list(mastheads.extract(page))  # (an issue line's short form, SciELO's strip 'Gac Med Bol vol.45 no.1 …':
    strip = next((str(c.value) for c in named if c.source == "position:issue-line"  # the name spelt out above it)
                  and header.short_form(str(c.value))), None)
    return named + list(header.full_journal_name(page, strip, bonus=3.0)) if strip else named


def _not_the_journal(cands: list[Candidate]) -> list[Candidate]:
    """Title candidates that are the journal's name (a page's h1 can be the journal's masthead) dropped: the name
    the meta tags give, or a later part of the page's <title> holding a journal word; and a journal's name set
    beside a title by a bar ('机器学习…的应用丨Engineering', a repost's headline) taken off it."""
    cands = _journal_tag_dropped(cands)
    journals = {squash(str(c.value)) for c in cands
                if c.field == "journal" and c.source.startswith(("meta:", "jsonld:", "position:page-title"))}
    if not journals:
        return cands
    return [c for c in cands if c.field != "title" or squash(str(c.value)) not in journals]


_TAG_BAR = _regex.compile(r"\s*[丨｜|]\s*")


def _journal_tag_dropped(cands: list[Candidate]) -> list[Candidate]:
    barred = {id(c) for c in cands if c.field == "title" and _TAG_BAR.search(str(c.value))}
    if not barred:
        return cands
    journals = {squash(str(c.value)) for c in cands if c.field == "journal"}
    out = []
    for c in cands:
        parts = _TAG_BAR.split(str(c.value)) if id(c) in barred else []
        kept = [part for part in parts if squash(part) not in journals]
        out.append(replace(c, value=kept[0]) if len(parts) == 2 and len(kept) == 1 else c)
    return out


def parse_page(page: Page, url: str | None = None) -> Record:
    forget_page()
    platform = platforms.detect(page)
    cands = list(platform.adjust(page, candidates(page)))
    groups = group(cands)
    record = merge_groups(groups)
    own = [c for c in selfcite.extract(page, record) if c.lang not in record.citation]
    if own:
        cands += own
        record = merge_groups(group(own, groups))
    affiliations.assign(page, record)
    record.platform = platform.name
    url = url or page.url
    if url:
        record.url = url
    elif page.canonical and page.canonical.startswith("http"):
        record.url = record.url or page.canonical
    if heading := page_kind.reads_as_instructions(page, record):  # an author guide's sample fields: none taken
        record = Record(url=record.url, platform=record.platform, language=record.language,
                        warnings=[f"the page reads as a journal's instructions for authors ('{heading}'), "
                                  "not an article: its sample fields are not taken"])
    check(record, cands, page.glued)
    return record


def parse(data: bytes | str, *, url: str | None = None, content_type: str | None = None,
          max_bytes: int = DEFAULT_MAX_BYTES) -> Record:
    """Parse one article page (HTML or its text rendering, bytes or str) into a record."""
    return parse_page(read_page(data, url, content_type, max_bytes), url)
