"""Candidates → one value per field and language, with provenance and warnings."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import zip_longest
from typing import Any

from journalmeta import _regex
from journalmeta.author_lists import in_turn, reconcile
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.keywords import split_like
from journalmeta.extractors.labelled import abstract_like
from journalmeta.labels import ABSTRACT_SECTIONS, PREPRINT_SERVERS, strip_label
from journalmeta.lang import CYRILLIC, NON_LATIN_LANGS, primary, script_language
from journalmeta.languages import fix_script_mixups, japanese, journal_follows_title
from journalmeta.normalize import (
    clean_block,
    clean_date,
    clean_doi,
    clean_number,
    clean_pages,
    clean_text,
    split_pages,
    squash,
    undouble,
    without_full_text_link,
    year_of,
)
from journalmeta.pages import doi_locators
from journalmeta.record import DATE_KINDS, Author, Record

LANG_FIELDS = ("title", "abstract", "journal", "citation")
_LINK = _regex.compile(r"https?://|doi\.org|^10\.\d")



def _key(field: str, value: Any) -> str:
    if isinstance(value, list):
        return "|".join(sorted(squash(v) for v in value)) if field == "keywords" else "|".join(
            squash(v) for v in value)
    text = str(value)
    if field != "abstract":
        return squash(text)
    key = squash(text[:400])  # an abstract's key is its first 80 letters and digits: squash a prefix first
    return (key if len(key) > 80 or len(text) <= 400 else squash(text))[:80]


# a footnote sign after a title, or after its main part, points to its funding or author note ('…平台设计与实现*',
# '…结构特征与启示*——基于…的实证研究', '…研究①')
_TITLE_NOTE = _regex.compile(r"(?<=\S)\s*[*∗⁎†‡\u2460-\u2473]+(?=\s*(?:——|—|:|：|$))")  # ('…与仿真 *' too)


def _title(value: Any) -> str | None:
    """A title, unless a label is left at its start (then the candidate is a mis-read label line)."""
    text = clean_text(value)
    if strip_label(text) != text:
        return None
    if _TITLE_NOTE.search(text):
        text = _TITLE_NOTE.sub("", text.rstrip())
    if text[-1:].isdigit():
        text = _QUESTION_NOTE.sub("", text)
    return without_full_text_link(text).strip(" .。") or None  # ('…应用价值  PDF': the link after a Han title)


_NOTE_SIGNS = frozenset("*＊†‡")
_QUESTION_NOTE = _regex.compile(r"(?<=[?？!！])\d{1,2}$")  # a note's number after a question ('… contraponen?1')


def _abstract(value: Any) -> str | None:
    text = strip_label(clean_block(value), ABSTRACT_SECTIONS)
    if text[:1] in _NOTE_SIGNS:  # an affiliation's footnote sign left before the abstract ('* 本稿では,…')
        text = text.lstrip("".join(_NOTE_SIGNS) + " ")
    return undouble(text) if abstract_like(text) else None


def _names(values: Any) -> list[str] | None:
    return [name for name in map(clean_text, values) if name] or None


# the medium a catalogue adds to a journal's name: 'Méditerranée [En ligne]', 'PLoS One [Internet]'
_MEDIUM = _regex.compile(r"\s*\[(?:En ligne|Online|Internet|electronic resource|Elektronische Ressource)\]$",
                         re.IGNORECASE)


def _without_medium(name: str) -> str:
    if " @" in name:  # an aggregator's handle for the journal after its name ('… практика и анализ @umj-ru')
        name = _HANDLE.sub("", name)
    return _MEDIUM.sub("", name) if name.endswith("]") else name  # (a literal look first: few names end so)


_HANDLE = _regex.compile(r"\s+@[\w\-.]+$")


_CLEANERS: dict[str, Callable[[Any], Any]] = {
    "title": _title,
    "abstract": _abstract,
    "journal": lambda v: None if _LINK.search(str(v)) else _without_medium(clean_text(v)).strip(" .,《》") or None,
    "citation": lambda v: clean_block(v) or None,
    "doi": clean_doi,
    "year": year_of,
    "volume": clean_number,
    "issue": clean_number,
    "pages": clean_pages,
    "first_page": clean_pages,
    "last_page": clean_pages,
    "dates": clean_date,
    "keywords": lambda v: [w for x in v if (w := strip_label(clean_text(x)))] or None,
    "authors": _names,
    "author_details": lambda v: v,
}


def _clean(c: Candidate) -> Candidate | None:
    cleaner = _CLEANERS.get(c.field) or _CLEANERS.get(c.field.split(".")[0])
    value = cleaner(c.value) if cleaner else (clean_text(str(c.value)) or None)
    if c.field in _WORDED and value is not None:  # no letter at all: a source that lost its characters ('???????')
        value = ([v for v in value if _has_letters(v)] or None) if isinstance(value, list) \
            else value if _has_letters(str(value)) else None
    if value is None:
        return None
    weight = c.weight
    if c.field == "abstract" and isinstance(value, str) and value.endswith(("...", "…")):
        weight -= 1.5
    return Candidate(c.field, value, c.source, c.lang, weight)


_WORDED = frozenset(("title", "abstract", "journal", "citation", "authors", "keywords"))


def _has_letters(text: str) -> bool:
    return _LETTER.search(text) is not None


_LETTER = _regex.compile(r"[^\W\d_]")


_ON_PAGE = ("label:", "block:", "platform:")
_SENTENCE_END = (".", "!", "?", "。", "！", "？", ")", "）", '"', "”", "»")


def _whole_on_page(c: Candidate) -> bool:
    """An abstract printed on the page under its label and ending a sentence: a longer copy of it in the meta
    tags has something appended (the teaser, a glossary) rather than being the whole of a truncated one."""
    return c.source.startswith(_ON_PAGE) and str(c.value).endswith(_SENTENCE_END)


def choose(cands: list[Candidate]) -> Candidate | None:
    """The best-supported value: the strongest cluster of equal values, agreement adding weight."""
    clusters: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        clusters[_key(c.field, c.value)].append(c)
    if cands and cands[0].field == "abstract":
        _join_teasers(clusters)
    best: tuple[float, Candidate] | None = None
    for group in clusters.values():
        kinds = {c.source.split(":")[0] for c in group}
        score = max(c.weight for c in group) + 0.6 * (len(kinds) - 1)
        top = max(group, key=lambda c: (c.weight, len(str(c.value))))
        if top.field == "abstract" and not _whole_on_page(top):  # the full text over a truncated copy of it
            longest = max(group, key=lambda c: len(str(c.value)))
            top = Candidate(top.field, longest.value, top.source, top.lang, top.weight)
        if best is None or score > best[0]:
            best = (score, top)
    return best[1] if best else None


_TEASER = 20  # letters and digits a truncated copy of an abstract holds at least


def _join_teasers(clusters: dict[str, list[Candidate]]) -> None:
    """A short truncated copy of an abstract (a repost's teaser, '本文摘要：…' cut mid-sentence over the whole) joins
    the cluster of the abstract it starts: the copies of an abstract with 80 letters or more share their key already."""
    for short in sorted(clusters, key=len):
        if len(short) >= _TEASER:
            longer = next((k for k in clusters if len(k) > len(short) and k.startswith(short)), None)
            if longer is not None:
                clusters[longer] += clusters.pop(short)


Groups = dict[tuple[str, str | None], list[Candidate]]


def group(cands: Iterable[Candidate], groups: Groups | None = None) -> Groups:
    """Cleaned candidates by field and language (added to ``groups`` when given): what :func:`merge_groups`
    chooses from. Grouping once lets a second merge with a few more candidates skip cleaning the rest again."""
    groups = groups if groups is not None else defaultdict(list)
    for raw in cands:
        c = _clean(raw)
        if c is not None:
            groups.setdefault((c.field, c.lang), []).append(c)
    return groups


def _latin_language(groups: Groups, titles: dict[str, str]) -> str:
    """The language neutral Latin-script names are filed under: the article's Latin-script language."""
    declared = choose(groups.get(("language", None), []))
    lang = primary(str(declared.value)) if declared else None
    if lang and lang in titles and not script_language(titles[lang]):
        return lang
    latin_titles = [k for k, v in titles.items() if not script_language(v)]
    if len(latin_titles) == 1:
        return latin_titles[0]
    # several: the language of the best-supported title (the meta tags' over translations found on the page)
    strongest = {k: max((c.weight for c in groups.get(("title", k), [])), default=0.0) for k in latin_titles}
    ranked = sorted(strongest.items(), key=lambda kv: -kv[1])
    if len(ranked) >= 2 and ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    others = [k for k in latin_titles if k != "en"]
    if len(others) > 1:  # es + en + pt (SciELO): the one the page also gives an abstract in first, else the first
        others = [k for k in others if groups.get(("abstract", k))][:1] or latin_titles[:1]  # title (in page order)
    return others[0] if others else "en"  # a tr + en page's names are the Turkish article's authors


def _authors(groups: Groups, record: Record, latin: str) -> None:
    lists: dict[str, Candidate] = {}
    cyrillic = _cyrillic_title_language(record.title)
    for (field, lang), cands in groups.items():
        if field != "authors":
            continue
        cands = reconcile(cands)
        key = latin if lang in (None, "latin") else cyrillic if lang == "ru" and cyrillic else lang
        chosen = choose(cands + ([lists[key]] if key in lists else []))
        if chosen:
            lists[key] = chosen
    main = [lang for lang in NON_LATIN_LANGS if lang in lists]  # (zh, ja, ko, ru first)
    if main:  # a mixed byline ('孙立, Fengqi You') filed whole under zh: its Latin names are no second list
        printed = set(lists[main[0]].value)
        lists = {lang: c for lang, c in lists.items() if lang in main or not set(c.value) <= printed}
    others = [lang for lang in lists if lang not in main]
    if main and others and in_turn(lists[main[0]], lists[others[0]]):
        pair = (main[0], others[0])
        for names in zip_longest(lists[pair[0]].value, lists[pair[1]].value):
            record.authors.append(Author(name={lang: n for lang, n in zip(pair, names, strict=True) if n}))
        rest = [lang for lang in lists if lang not in pair]
    else:
        rest = list(lists)
    for lang in rest:
        record.authors.extend(Author(name={lang: n}) for n in lists[lang].value)
    for lang, c in lists.items():
        record.provenance[f"authors.{lang}"] = c.source


def _cyrillic_title_language(titles: dict[str, str]) -> str | None:
    """The language Cyrillic names with no letter of their own are filed under, when the article's one Cyrillic
    title is in another than Russian ('Олена Бондаренко' on a Ukrainian page: no і, ї, є or ґ tells it)."""
    if "ru" in titles:
        return None
    others = [lang for lang, title in titles.items() if lang != "ru" and CYRILLIC.search(title)]
    return others[0] if len(others) == 1 else None


def _first_page_source(source: str) -> str:
    """The tag that pairs with a last-page tag: citation_lastpage → citation_firstpage, rft.epage → rft.spage."""
    for last, first in (("lastpage", "firstpage"), ("endingpage", "startingpage"), ("epage", "spage"),
                        ("last_page", "first_page"), ("jats:lpage", "jats:fpage")):
        source = source.replace(last, first)
    return source


def _pages(groups: Groups, record: Record) -> None:
    pages = list(groups.get(("pages", None), []))
    firsts = {c.source: c for c in groups.get(("first_page", None), [])}
    lasts = {_first_page_source(c.source): c for c in groups.get(("last_page", None), [])}
    for source, first in firsts.items():
        last = lasts.get(source)
        value = f"{first.value}-{last.value}" if last and last.value != first.value else first.value
        pages.append(Candidate("pages", value, source, None, first.weight))
    chosen = choose(doi_locators(pages, record.doi))
    if chosen and "-" not in chosen.value:  # a first page alone, where another source prints its range
        ranges = [c for c in pages if c.value.startswith(f"{chosen.value}-")]
        chosen = max(ranges, key=lambda c: c.weight, default=chosen)
    if chosen:
        record.pages = chosen.value
        record.first_page, record.last_page = split_pages(chosen.value)
        if record.last_page is None and re.fullmatch(r"[eE]?\d{4,}|0\d+|[A-Z]\d+", chosen.value):
            record.article_number = chosen.value
        record.provenance["pages"] = chosen.source


def merge_groups(groups: Groups) -> Record:
    """One value per field and language from grouped candidates (the groups are read, not changed)."""
    record = Record()
    for (field, lang), group in groups.items():
        if field in LANG_FIELDS and lang:
            chosen = choose(group)
            if chosen:
                target = record.journal.title if field == "journal" else getattr(record, field)
                target[lang] = chosen.value
                record.provenance[f"{field}.{lang}"] = chosen.source
        elif field == "keywords" and lang:
            chosen = choose(group)
            if chosen:
                record.keywords[lang] = chosen.value
                record.provenance[f"keywords.{lang}"] = chosen.source
    fix_script_mixups(record)
    translated = next((terms for lang, terms in record.keywords.items() if lang in ("zh", "ja", "ko")), None)
    if translated and "en" in record.keywords:  # the English terms as many as the Chinese ones
        record.keywords["en"] = split_like(record.keywords["en"], len(translated))
    for field in ("doi", "year", "volume", "issue", "url", "pdf_url"):
        chosen = choose(groups.get((field, None), []))
        if chosen:
            setattr(record, field, chosen.value)
            record.provenance[field] = chosen.source
    _pages(groups, record)
    _authors(groups, record, _latin_language(groups, record.title))
    _journal_extras(groups, record)
    _corresponding(groups, record)
    _author_details(groups, record)
    _preprint(record)
    japanese(record)
    journal_follows_title(record)
    return record


def _preprint(record: Record) -> None:
    """A preprint server is not a journal; its 'first page' is the preprint's identifier."""
    names = [v for v in record.journal.title.values() if v.strip().lower() in PREPRINT_SERVERS]
    if names:
        record.journal.title = {}
        if record.pages and "." in record.pages:
            record.pages = record.first_page = record.last_page = None


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)


def _name_key(name: str) -> frozenset[str]:
    """A name's words, lower-cased, in any order: 'Lopes, Ana' inverted and the byline's 'Ana Lopes' meet, as do
    'WANG Wei' and 'Wei Wang'."""
    return frozenset(re.sub(r"[.\-‐]", " ", name).lower().split())


def _author_details(groups: Groups, record: Record) -> None:
    """Affiliations, ORCID iD and e-mail (from the meta tags) given to the record's authors of the same name."""
    by_name = {_name_key(c.value[0]): c.value for c in groups.get(("author_details", None), [])}
    if not by_name:
        return
    for author in record.authors:
        details = next((by_name[key] for name in author.name.values() if (key := _name_key(name)) in by_name), None)
        if details:
            _, affiliations, orcid, email = details
            author.affiliations = author.affiliations or list(affiliations)
            author.orcid = author.orcid or orcid
            author.email = author.email or email


def _corresponding(groups: Groups, record: Record) -> None:
    """The author a 'Corresponding author' / 通讯作者 line names near its start ('阎建忠(1972-), 男, …
    E-mail: …'): marked corresponding, with the line's e-mail address when the author has none."""
    for c in groups.get(("corresponding", None), []):
        text = str(c.value)
        head = text[:80].casefold()
        for author in record.authors:
            if any(len(name) >= 2 and name.casefold() in head for name in author.name.values()):
                author.corresponding = True
                _give_email(author, text, 0, len(text))
                break
    for c in groups.get(("author_notes", None), []):
        _note_emails(str(c.value), record)


def _note_emails(text: str, record: Record) -> None:
    """An author note ('作者简介：杨文博（1995—），男，…E-mail：…；马晓丽（1990—），…'): each address goes to the author
    named last before it."""
    starts = sorted((at, n) for n, author in enumerate(record.authors) for name in author.name.values()
                    if len(name) >= 2 and (at := text.find(name)) >= 0)
    ends = [at for at, _ in starts[1:]] + [len(text)] if starts else []  # (a note naming no author: none)
    for (at, n), end in zip(starts, ends, strict=True):
        _give_email(record.authors[n], text, at, end)


def _give_email(author: Author, text: str, start: int, end: int) -> None:
    """The first e-mail address between ``start`` and ``end``, to an author who has none."""
    email = _EMAIL.search(text, start, end)
    if email and not author.email:
        author.email = email.group(0).rstrip(".")


def _journal_extras(groups: Groups, record: Record) -> None:
    for field in ("abbrev", "issn", "eissn", "cn", "publisher"):
        chosen = choose(groups.get((field, None), []))
        if chosen:
            setattr(record.journal, field, chosen.value)
    for kind in DATE_KINDS:
        chosen = choose(groups.get((f"dates.{kind}", None), []))
        if chosen:
            record.dates[kind] = chosen.value
    if record.year is None:  # a page that prints its publication date but no year elsewhere
        dated = next((record.dates[k] for k in ("published", "online") if record.dates.get(k)), None)
        record.year = year_of(dated) if dated else None
        if record.year:
            record.provenance["year"] = "dates"
    clc = choose(groups.get(("clc", None), []))
    if clc:
        record.classification["clc"] = re.sub(r"\s+", " ", str(clc.value))
    record.funding = [str(c.value) for c in groups.get(("funding", None), [])][:1]
    lang = choose(groups.get(("language", None), []))
    record.language = primary(str(lang.value)) if lang else None
    texts = record.title or record.abstract  # a page without a title still shows its language
    if record.language is None and texts:
        record.language = "zh" if "zh" in texts else next(iter(texts))
