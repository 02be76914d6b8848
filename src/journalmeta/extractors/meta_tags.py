"""Embedded metadata: Highwire ``citation_*`` (bepress's ``bepress_citation_*`` read as those), Dublin Core /
DCTERMS, PRISM, eprints, OpenGraph.

Every occurrence counts: Chinese platforms repeat ``citation_title`` with the English version second, or
mark it ``xml:lang="en"``; the language of each value comes from its tag, else from its script.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from journalmeta import _regex
from journalmeta.document.model import Block, MetaTag, Page
from journalmeta.extractors.candidates import STATED_DATE_BONUS, Candidate
from journalmeta.extractors.header import source_line
from journalmeta.extractors.keywords import SEMICOLONS, split_keywords, terms_of
from journalmeta.extractors.label_lines import find_label
from journalmeta.lang import NON_LATIN, NON_LATIN_LANGS, as_declared, detect, has_han, same_script, script_language
from journalmeta.normalize import ORCID_ID, clean_doi, clean_name, find_doi, invert_name, stated_date, without_markup

# field → tag names, best first; the bonus ranks families against each other.
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("citation_title", "dc.title", "dc.title.alternative", "dcterms.title", "dcterms.alternative",
              "eprints.title", "prism.title", "og:title", "twitter:title"),
    "abstract": ("citation_abstract", "dcterms.abstract", "dc.description.abstract", "dc.description",
                 "dcterms.description", "eprints.abstract", "og:description", "twitter:description", "description"),
    "keywords": ("citation_keywords", "citation_keyword", "eprints.keywords", "dc.keywords", "dc.subject",
                 "dcterms.subject"),
    "journal": ("citation_journal_title", "citation_conference_title", "prism.publicationname", "eprints.publication",
                "dc.source", "dc.relation.ispartof", "dcterms.ispartof"),
    "abbrev": ("citation_journal_abbrev",),
    "doi": ("citation_doi", "prism.doi", "dc.identifier", "dcterms.identifier",
            "dc.identifier.doi", "eprints.id_number"),
    "date": ("citation_publication_date", "citation_date", "prism.publicationdate", "dcterms.issued",
             "dc.date", "dcterms.date", "eprints.date", "citation_year",
             "citation_online_date", "article:published_time", "dc.date.issued", "datepublished"),
    "volume": ("citation_volume", "prism.volume", "dc.source.volume", "eprints.volume"),
    "issue": ("citation_issue", "prism.number", "dc.source.issue", "eprints.number"),
    "first_page": ("citation_firstpage", "prism.startingpage"),
    "last_page": ("citation_lastpage", "prism.endingpage"),
    "pages": ("dc.identifier.pagenumber", "eprints.pagerange"),
    "issn": ("citation_issn", "prism.issn", "dc.source.issn"),
    "eissn": ("prism.eissn", "citation_eissn"),
    "publisher": ("citation_publisher", "dc.publisher", "dcterms.publisher", "eprints.publisher"),
    "pdf_url": ("citation_pdf_url", "eprints.document_url"),
    "url": ("citation_abstract_html_url", "citation_fulltext_html_url", "og:url", "dc.identifier.uri"),
    "language": ("citation_language", "dc.language", "dcterms.language", "og:locale"),
}
# history dates by kind (weighted as candidates.STATED_DATE_BONUS says)
DATE_TAGS: dict[str, tuple[str, ...]] = {
    "published": ("citation_publication_date", "citation_date", "prism.publicationdate", "dcterms.issued",
                  "dc.date.issued"),
    "online": ("citation_online_date", "prism.onlinedate"),
}
AUTHOR_TAGS = ("citation_author", "citation_authors", "dc.creator", "dcterms.creator", "dc.creator.personalname",
               "dc.contributor.author", "eprints.creators_name", "author")
_PENALTY = {"dc.title.alternative": -0.5, "dcterms.alternative": -0.5, "og": -2.0, "twitter": -2.5,
            "description": -3.5, "keywords": -1.5, "author": -1.0,
            "dc.source": -1.0, "og:site_name": -2.5, "citation_online_date": -1.0, "dc.date": -0.5,
            "article:published_time": -1.0, "datepublished": -1.0, "dc.subject": -1.0}
_PLACEHOLDER = _regex.compile(r"^[\s\-–—.:;,/]*$|^(?:n/?a|null|none|undefined|暂无|无)$", re.IGNORECASE)


_COMMAS = _regex.compile(r"\s*[,，、]\s*|\s+and\s+")
_LETTER = _regex.compile(r"[^\W\d_]")


def _bonus(name: str, rank: int) -> float:
    family = name.split(":")[0].split(".")[0] if not name.startswith("citation_") else "citation"
    penalty = _PENALTY.get(name, _PENALTY.get(family, 0.0))
    return (0.6 if family == "citation" else 0.0) + penalty - rank * 0.01


# subject tags are keywords only where a page marks them per language (OJS); elsewhere they are subject classes
_NEED_LANG = frozenset(("dc.subject", "dcterms.subject"))


def _lang(declared: str | None, value: str, page_lang: str | None) -> str:
    """A value's language: its script's, else the one its tag declares, else read from its words."""
    by_script = script_language(value)
    if by_script:
        return as_declared(by_script, declared, page_lang, value)
    if declared and declared not in NON_LATIN_LANGS:
        return declared
    default = page_lang if page_lang and page_lang not in NON_LATIN_LANGS else "en"
    return detect(value, default)


def _doi(tag: MetaTag) -> str | None:
    if tag.name in ("dc.identifier", "dcterms.identifier", "eprints.id_number"):
        return find_doi(tag.content) if "10." in tag.content else None
    return clean_doi(tag.content) or find_doi(tag.content)


def _values(page: Page, field: str) -> Iterator[tuple[MetaTag, float]]:
    for rank, name in enumerate(FIELDS[field]):
        for tag in page.meta_values(name):
            if tag.content and not _PLACEHOLDER.match(tag.content):
                yield tag, _bonus(name, rank)


def _keyword_groups(tag: MetaTag) -> list[tuple[str | None, list[str]]]:
    """A tag's terms, one group per script where it lists them in two ('风力发电厂；光伏发电厂;Wind power plant;
    photovoltaic power plant'), each with the language its script gives (None: Latin script)."""
    groups = split_keywords(tag.content, lambda t: "und")
    if len(groups) < 2 or any(len(terms) < 2 for _, terms in groups):  # 'почва; GIS; вода' is one list
        return [(None, terms_of(tag.content))]
    return [(None if lang == "und" else lang, terms) for lang, terms in groups]


_GIVEN_INITIAL_SURNAME = _regex.compile(r"^[A-Z][a-z]+\s+(?:[A-Z]\.\s*)+[A-Z][a-z]")


def _people(tag: MetaTag) -> list[str]:
    """One tag's people: ';' lists, comma lists (Han names, plural tags, several commas), or one name."""
    text = tag.content
    if ";" in text or "；" in text:
        return SEMICOLONS.split(text)
    if has_han(text) or tag.name.endswith("authors") or text.count(",") >= 2 or _two_full_names(text):
        return _COMMAS.split(text)
    return [text]


def _person(raw: str) -> str:
    """A tag's name as the byline prints it: 'Surname, Given' turned round, Han names as they are."""
    return clean_name(invert_name(raw) if not has_han(raw) else raw)


def _two_full_names(text: str) -> bool:
    """'David Lucca, Jonathan H. Wright': a name in the given-initial-surname shape on either side of the one
    comma makes two people, not 'Surname, Given names' ('De Souza, Maria Clara', 'Wright, Jonathan H.')."""
    before, _, after = text.partition(",")
    return len(before.split()) >= 2 and len(after.split()) >= 2 and bool(
        _GIVEN_INITIAL_SURNAME.match(before.strip()) or _GIVEN_INITIAL_SURNAME.match(after.strip()))


def _authors(page: Page) -> Iterator[Candidate]:
    for rank, name in enumerate(AUTHOR_TAGS):
        tags = page.meta_values(name)
        if not tags:
            continue
        groups: dict[str, list[str]] = {}
        for tag in tags:
            for raw in _people(tag):
                person = _person(raw)
                if person and not _PLACEHOLDER.match(person) and _LETTER.search(person):
                    lang = script_language(person) or (tag.lang if tag.lang else "latin")
                    groups.setdefault(lang, []).append(person)
        for lang, people in _one_language_per_script(groups, page.lang).items():
            yield Candidate.of("authors", people, f"meta:{name}", lang, _bonus(name, rank))


def _one_language_per_script(groups: dict[str, list[str]], page_lang: str | None) -> dict[str, list[str]]:
    """One list for the names of one script: 'Олександр Петренко' and 'Ірина Коваленко' are two Ukrainian
    authors, not one author's Russian and Ukrainian names; their language is read from all of them at once."""
    out: dict[str, list[str]] = {}
    for lang, people in groups.items():
        base = next((other for other in out if same_script(other, lang)), None)
        if base is None:
            out[lang] = people
            continue
        out[lang] = out.pop(base) + people
    return {lang if lang == "latin" else _names_language(people, lang, page_lang): people
            for lang, people in out.items()}


def _names_language(people: list[str], lang: str, page_lang: str | None) -> str:
    text = " ".join(people)
    return as_declared(script_language(text) or lang, None, page_lang, text)


def _keyword_lists(page: Page) -> Iterator[Candidate]:
    """One list per tag name and language: a page may give one keyword per tag."""
    lists: dict[tuple[str, str], tuple[list[str], float]] = {}
    tags: list[tuple[MetaTag, float, list[str], bool]] = []
    scripts: dict[int, str] = {}  # (index in tags) → the language of a group a tag's script gave
    for tag, bonus in _values(page, "keywords"):
        if tag.name not in _NEED_LANG or tag.lang:
            for script, terms in _keyword_groups(tag):
                if script:
                    scripts[len(tags)] = script
                tags.append((tag, bonus, terms, _one_latin_term(tag, terms)))
    run_langs = _run_languages(page, tags)
    for n, (tag, bonus, terms, lone) in enumerate(tags):
        # each tag's own language: a page may give its keywords in two languages, one tag each (HAL)
        lang = scripts.get(n) or (run_langs.get(tag.name) if lone else None)
        words, _ = lists.setdefault((tag.name, lang or _lang(tag.lang, "; ".join(terms), page.lang)), ([], bonus))
        words.extend(w for w in terms if w not in words)
    for (name, lang), (words, bonus) in lists.items():
        if words:
            yield Candidate.of("keywords", words, f"meta:{name}", lang, bonus)


def _one_latin_term(tag: MetaTag, terms: list[str]) -> bool:
    return not tag.lang and len(terms) == 1 and script_language(terms[0]) is None


def _run_languages(page: Page, tags: list[tuple[MetaTag, float, list[str], bool]]) -> dict[str, str]:
    """The language of each tag name's one-term tags without ``xml:lang``, read from all their terms at once
    (OJS: 'letramento digital' alone reads as English; with 'formação de professores' beside it, Portuguese)."""
    runs: dict[str, list[str]] = {}
    for tag, _, terms, lone in tags:
        if lone:
            runs.setdefault(tag.name, []).append(terms[0])
    return {name: _lang(None, "; ".join(terms), page.lang) for name, terms in runs.items()
            if len(terms) >= 2}


def extract(page: Page) -> Iterator[Candidate]:
    for field in ("title", "abstract", "journal"):
        for tag, bonus in _values(page, field):
            value = without_markup(tag.content)
            if field == "abstract" and tag.name in SUMMARY_TAGS and _about_another_page(page, value):
                continue
            for part in _script_halves(value) if field == "abstract" else (value,):
                yield Candidate.of(field, part, f"meta:{tag.name}", _lang(tag.lang, part, page.lang), bonus)
    yield from _keyword_lists(page)
    for tag, bonus in _values(page, "doi"):
        doi = _doi(tag)
        if doi:
            yield Candidate.of("doi", doi, f"meta:{tag.name}", None, bonus)
    for tag, bonus in _values(page, "date"):
        yield Candidate.of("year", _spaced_date(tag.content), f"meta:{tag.name}", None, bonus)
    for kind, names in DATE_TAGS.items():
        for name in names:
            for tag in page.meta_values(name):
                date = stated_date(_spaced_date(tag.content))
                if date:
                    yield Candidate.of(f"dates.{kind}", date, f"meta:{name}", None, _bonus(name, 0) + STATED_DATE_BONUS)
    for field in ("volume", "issue", "first_page", "last_page", "pages", "issn", "eissn", "publisher",
                  "pdf_url", "url", "abbrev", "language"):
        for tag, bonus in _values(page, field):
            yield Candidate.of(field, tag.content, f"meta:{tag.name}", None, bonus)
    yield from _authors(page)
    yield from author_details(page)
    yield from _source_citation(page)


SUMMARY_TAGS = ("description", "og:description", "twitter:description")  # a page's summary, often not its abstract
_INNER_NAME = _regex.compile(r"(?<=[\w,;:] )[A-Z][a-z]{3,}")  # a capitalised word inside a sentence: a name
_FULL_PAGE = 10_000  # characters of text: a page holding an article's text, where its summary's names recur


def _about_another_page(page: Page, summary: str) -> bool:
    """A page's summary tag left over from another page (a CMS's template: an article on a Neolithic tomb whose
    description reviews Hitchcock's 'Rope'): on a page of full text, none of the names it holds recur."""
    names = _INNER_NAME.findall(summary)
    if len(names) < 2 or any(name in block.text for block in page.blocks for name in names):
        return False  # (a summary of the page: its names recur early, in the title or the abstract)
    return sum(len(block.text) for block in page.blocks) >= _FULL_PAGE


_COMPACT_DATE = _regex.compile(r"((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")


def _spaced_date(value: str) -> str:
    """A date a tag gives as eight digits ('20200420', E-Tiller's ``citation_date``) written with dashes."""
    m = _COMPACT_DATE.fullmatch(value.strip()) if len(value) < 12 else None
    return "-".join(m.groups()) if m else value


# an abstract tag holding the abstract twice, in another script and in Latin script: '…非凸问题。;Considering …'
_MIN_HALF_WORDS = 15
_SEPARATORS = " \t\n;；,，"


def _script_halves(text: str) -> tuple[str, ...]:
    """An abstract tag's text, or its two halves where it gives the abstract in another script, then in Latin
    script (E-Tiller's ``Description``: Chinese, ';', English), or the other way round."""
    if text.isascii() or len(text) < 200:
        return (text,)
    first, last = NON_LATIN.search(text), NON_LATIN.search(text[::-1])  # (the last: the first from the end)
    if first is None or last is None:
        return (text,)
    latin_tail = text[len(text) - last.start():].lstrip(_SEPARATORS + ".。:：")
    other_head = text[:len(text) - len(latin_tail)].rstrip(_SEPARATORS)
    if _latin_half(latin_tail) and script_language(other_head):
        return (_unlabelled(other_head), _unlabelled(latin_tail))
    latin_head, other_tail = text[:first.start()].rstrip(_SEPARATORS), text[first.start():]
    if _latin_half(latin_head) and latin_head.endswith((".", ")")) and script_language(other_tail):
        return (_unlabelled(latin_head), _unlabelled(other_tail))
    return (text,)


def _unlabelled(text: str) -> str:
    """One language's half of an abstract tag without the label a site left at its start ('Аннотация. …',
    'Abstract. …')."""
    found = find_label(Block(text, 0)) if len(text) > 40 else None
    return found.content if found is not None and found.kind == "abstract" and found.content else text


def _latin_half(text: str) -> bool:
    return text[:1].isupper() and len(text.split()) >= _MIN_HALF_WORDS


# Highwire's tags about the citation_author before them
_DETAIL_TAGS = {"citation_author_institution": "affiliations", "citation_author_affiliation": "affiliations",
                "citation_author_orcid": "orcid", "citation_author_email": "email"}
_ORCID = _regex.compile(ORCID_ID)


def author_details(page: Page) -> Iterator[Candidate]:
    """Each author's affiliations, ORCID iD and e-mail from the tags after its ``citation_author`` tag: one
    ``author_details`` candidate, ``(name, affiliations, orcid, email)``, per author with any."""
    people: list[tuple[str, list[str], list[str], list[str]]] = []
    for tag in page.meta:
        if tag.name == "citation_author":
            people.append((_person(tag.content), [], [], []))
        elif people and tag.name in _DETAIL_TAGS and tag.content:
            name, affiliations, orcid, email = people[-1]
            kind = _DETAIL_TAGS[tag.name]
            if kind == "affiliations" and tag.content not in affiliations:
                affiliations.append(tag.content)
            elif kind == "orcid" and (m := _ORCID.search(tag.content)):
                orcid.append(m.group(0))
            elif kind == "email" and "@" in tag.content:
                email.append(tag.content.removeprefix("mailto:"))
    for name, affiliations, orcid, email in people:
        if name and (affiliations or orcid or email):
            details = (name, tuple(affiliations), orcid[0] if orcid else None, email[0] if email else None)
            yield Candidate.of("author_details", details, "meta:citation_author", None)


# a short source citation in one tag (DSpace): "Journal of Hydrology 590 (2020) 125432"; below the field tags
_SOURCE_TAGS = ("dcterms.bibliographiccitation", "dc.identifier.citation")
_SOURCE_BONUS = -1.5


def _source_citation(page: Page) -> Iterator[Candidate]:
    for name in _SOURCE_TAGS:
        for tag in page.meta_values(name):
            if len(tag.content) <= 200:
                for found in source_line(tag.content, f"meta:{name}"):
                    yield replace(found, weight=found.weight + _SOURCE_BONUS)
