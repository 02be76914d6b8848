"""Values printed in blocks without a label: DOI links and ``doi:`` runs, the page's main heading, and the
paragraph that leads an article with no labelled abstract."""

from __future__ import annotations

import re
from collections.abc import Iterator

from journalmeta import _regex
from journalmeta.dates import DATE_TEXT, with_day
from journalmeta.document.model import Block, Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.citation import looks_like_citation
from journalmeta.extractors.header import TITLE_PARTS
from journalmeta.extractors.label_lines import Labelled, column_name
from journalmeta.extractors.mastheads import journal_name
from journalmeta.extractors.meta_tags import FIELDS as META_FIELDS
from journalmeta.extractors.meta_tags import SUMMARY_TAGS
from journalmeta.labels import strip_label
from journalmeta.lang import NON_LATIN, detect, script_language
from journalmeta.normalize import DOI_LINE, find_doi, squash

# any scheme; the label glued to its DOI too, as a record's cells copy ('DOI10.3820/jjpe.28.57')
# ('شناسه دیجیتال (DOI): 10.…': the label's bracket before the colon)
_DOI_MENTION = _regex.compile(r"(?:\b(?:dx\.)?doi\.org/|\bdoi\s*[)）\]】]?\s*(?:[:：]\s*|(?=10\.\d{4,9}/)))",
                              re.IGNORECASE)
_SCAN = 150
_HEADINGS = frozenset(("h1", "h2", "h3", "h4"))
_JOURNAL_META = (*META_FIELDS["journal"], "og:site_name")  # a heading naming one of these is a masthead
_TITLE_CLASS = _regex.compile(r"(?i)^(?!.*(?:journal|site|page|section|dropdown|menu|nav)).*title")


def _journal_keys(page: Page) -> set[str]:
    """The comparison keys of the journal names the page's meta tags give (a heading naming one is a masthead)."""
    return {squash(m.content) for name in _JOURNAL_META for m in page.meta_values(name)}


def dois(page: Page, cited: frozenset[int] = frozenset(), abstract: int | None = None) -> Iterator[Candidate]:
    """The first DOI links, ``doi:`` mentions or lines that are a DOI alone, outside reference-like lines and the
    ``cited`` blocks (a reference list), earliest strongest: near the top, and on to a little past the article's
    abstract label (a crawler's text of a page whose menus run for hundreds of lines before the article)."""
    seen = 0
    end = max(page.scan_end(_SCAN), abstract + _PAST_ABSTRACT if abstract is not None else 0)
    examples: set[str] = set()
    for block in page.blocks[:end]:
        text = block.text
        m = _DOI_MENTION.search(text) if "doi" in text.lower() else DOI_LINE.fullmatch(text)
        if not m or looks_like_citation(text) or (page.is_html and len(text) > 150) or block.index in cited:
            continue
        doi = find_doi(text[m.start():])
        if doi and (doi in examples or doi_by_way_of_example(page, block)):
            examples.add(doi)  # (a site's help text showing a DOI by way of example: '如以DOI號為 10.5297/… 的文獻
            continue  # 為例', or the DOI on a line of its own between those words, and again further on)
        if doi:
            yield Candidate.of("doi", doi, "block:doi", bonus=-0.1 * seen)
            seen += 1
            if seen >= 3:
                return


_PAST_ABSTRACT = 40  # blocks


def doi_by_way_of_example(page: Page, block: Block) -> bool:
    """Whether a DOI's block says it is an example, or a DOI printed alone sits between the words that do ('如以DOI号为'
    / the DOI / '的文献为例,…'; not a title ending '…以云南省为例' over the article's own DOI line)."""
    if _EXAMPLE.search(block.text):
        return True
    if not DOI_LINE.fullmatch(block.text) or block.index == 0 or block.index + 1 >= len(page.blocks):
        return False
    return bool(_EXAMPLE_BEFORE.search(page.blocks[block.index - 1].text)
                or _EXAMPLE_AFTER.match(page.blocks[block.index + 1].text))


_EXAMPLE_BEFORE = _regex.compile(r"(?:如|比如|例如)以?\s*DOI\s*[号號]?[为為是]?\s*$", re.IGNORECASE)
_EXAMPLE_AFTER = _regex.compile(r"的?(?:文献|文獻|论文|論文|文章)?[为為]例")
_EXAMPLE = _regex.compile(r"[为為]例|例如|[举舉]例|[范範]例|\be\.g\.|\bfor (?:example|instance)\b", re.IGNORECASE)


# a block whose class or id names a date, holding one date and nothing else ('div.article__date' '10 September 2020')
_DATE_ALONE = _regex.compile(DATE_TEXT)
_DATE_REACH = (20, 60)  # blocks before and after the first h1 that the article's own dates sit among


def class_named_date(page: Page) -> Iterator[Candidate]:
    """The first date printed alone near the title in a block whose class names a date: the publication date a
    news article or a journal's header shows without a label (below any labelled one)."""
    first_h1 = page.first_h1()
    if first_h1 is None:
        return
    for block in page.blocks[max(first_h1 - _DATE_REACH[0], 0):first_h1 + _DATE_REACH[1]]:
        text = block.text
        if 0 < len(text) <= 30 and text[-1].isdigit() and "date" in f"{block.cls} {block.id}".lower():
            m = _DATE_ALONE.fullmatch(text)
            if m and with_day(m):
                yield Candidate.of("dates.published", text, "block:date-class", bonus=-1.0)
                return


def headings(page: Page) -> Iterator[Candidate]:
    """The page's h1, and a heading (or a block whose class or id names a title) that repeats the page's ``<title>``
    (whole, or one part of a title like 'Article | Site') or its title meta tag: titles when nothing better
    says otherwise, and the place to look for their translations."""
    lead = _short_lead(page.title or "")
    for block in page.blocks:
        if block.tag == "h1" and (10 <= len(block.text) <= 400 or (lead and squash(block.text) == lead)):
            if heading_over_heading(page, block):
                continue
            yield Candidate.of("title", block.text, "block:h1", block.lang or detect(block.text), bonus=-0.5)
            break
    named = [m.content for name in ("citation_title", "dc.title") for m in page.meta_values(name)]
    journals = _journal_keys(page)
    title = page.title or ""
    whole = {squash(part) for part in [title, _without_site(title), *named]} - journals - {""}
    parts = {squash(part) for part in TITLE_PARTS.split(title)} | whole | _colon_prefixes(title)
    parts = {part for part in parts if len(part) >= 10 and part not in journals}
    if not parts:
        return
    for block in page.blocks[:_SCAN * 2]:
        if (block.tag in _HEADINGS or "title" in f"{block.cls} {block.id}".lower()) and 10 <= len(block.text) <= 400 \
                and squash(block.text) in parts:
            lang = block.lang or detect(block.text)
            yield Candidate.of("title", block.text, "block:title-heading", lang)
            yield from _translated_headings(page, block.index, lang)
            return
    shortest = min((len(part) for part in whole), default=401)  # squashing only shortens a text
    for block in page.blocks[:_SCAN]:  # no heading: a block of any kind printing the whole title (a bold link)
        if max(10, shortest) <= len(block.text) <= 400 and squash(block.text) in whole:
            yield Candidate.of("title", block.text, "block:title-text", block.lang or detect(block.text), bonus=-1.0)
            return


_JOINS = " -–—|_:："


def title_translation(page: Page) -> Iterator[Candidate]:
    """A ``<title>`` printing the title tag's title in another script, then its Latin-script translation
    (E-Tiller: '基于多搜索器优化算法的…调度-Collaborative optimization scheduling with …'): that translation."""
    title = page.title or ""
    if title.isascii():
        return
    journals = _journal_keys(page)
    for tag in (*page.meta_values("citation_title"), *page.meta_values("dc.title")):
        named = tag.content.strip()
        after = title[len(named):len(named) + 1]
        if not (named and after and after in _JOINS and title.startswith(named) and script_language(named)):
            continue
        rest = TITLE_PARTS.split(title[len(named):].lstrip(_JOINS))[0].strip()
        if 10 <= len(rest) <= 400 and len(rest.split()) >= 3 and not NON_LATIN.search(rest) \
                and squash(rest) not in journals and not journal_name(rest):
            yield Candidate.of("title", rest, "page-title:translation", detect(rest), bonus=-1.0)
        return


def _short_lead(title: str) -> str:
    """The comparison key of a short article title leading a site's <title> ('GenBank - PMC'), or ''; a label
    ('Abstract - Site') is no title."""
    parts = TITLE_PARTS.split(title)
    lead = parts[0].strip()
    return squash(lead) if len(parts) > 1 and len(lead) >= 3 and column_name(lead) is None else ""


def _colon_prefixes(title: str) -> set[str]:
    """The leading runs of a <title> made of colon-parted runs ('Title: subtitle: Journal: Vol 111, No 9'),
    for a heading that prints the article's part of it; a <title> with one colon is a title and its subtitle."""
    runs = title.split(": ")
    if len(runs) < 3:
        return set()
    return {squash(": ".join(runs[:n])) for n in range(1, len(runs))}


def _without_site(title: str) -> str:
    """A page title without its last part ('Article – Subtitle - lingbuzz/006747' → 'Article – Subtitle')."""
    separators = list(TITLE_PARTS.finditer(title))
    return title[:separators[-1].start()] if separators else ""


def names_a_title(block: Block) -> bool:
    """Whether a block's class or id names a title, not the journal's, site's, page's or section's ('trans-title',
    'c-article-title__sub', E-Tiller's td#EnTitle); a literal look first: most blocks name no title."""
    return "title" in f"{block.cls} {block.id}".lower() and (
        _TITLE_CLASS.search(block.cls) is not None or _TITLE_CLASS.search(block.id) is not None)


def _translated_headings(page: Page, index: int, lang: str) -> Iterator[Candidate]:
    """Blocks right after the title, of its tag or with a class naming a title, that declare another language
    (HAL's ``<h2 lang="fr">``, Springer's ``<p class="c-article-title__sub" lang="ru">``, SciELO's
    ``<p class="trans-title" lang="en">``, or an id naming a title): its translations."""
    tag = page.blocks[index].tag
    seen = {lang}
    for block in page.blocks[index + 1: index + 4]:
        named = names_a_title(block)
        # Redalyc's h1 then one h2 per language, no lang: a sentence-long heading that is no label
        subheading = block.tag in _HEADINGS and len(block.text.split()) >= 4 and strip_label(block.text) == block.text
        if block.tag != tag and not named and not subheading:
            return
        other = block.lang or (detect(block.text) if named or subheading else None)  # KCI's p.title-en, no lang
        if other and other not in seen and 10 <= len(block.text) <= 400:
            seen.add(other)
            yield Candidate.of("title", block.text, "block:title-heading", other, bonus=-0.5)


_LEAD_SCAN = 40
_PROSE_TAGS = frozenset(("p", "div", "blockquote", "section"))
_PROSE_END = (".", ")", "]", "?", "!", "。")


def heading_over_heading(page: Page, block: Block) -> Block | None:
    """The heading of the same tag right under an HTML heading (two h1 in a row: the journal's masthead, then the
    article's title), if there is one."""
    following = page.blocks[block.index + 1] if page.is_html and block.index + 1 < len(page.blocks) else None
    return following if following is not None and following.tag == block.tag and len(following.text) >= 10 \
        else None


# the class of a news article's summary under its headline ('div.article-item__teaser-text', 'p.standfirst')
_TEASER_CLASS = _regex.compile(r"(?i)teaser|standfirst|\blede\b|\bdek\b|\bsummary\b")


def lead_paragraph(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """On an HTML page with no labelled abstract: the first paragraph of prose after the h1 and before the
    next heading (a landing page printing its abstract with no 'Abstract' over it). Weaker than the page's
    og:description, stronger than its plain description, which is often the site's own blurb."""
    if not page.is_html or any(item.kind == "abstract" for item in labels.values()):
        return
    h1 = page.first_h1()
    if h1 is None:
        return
    for block in page.blocks[h1 + 1: h1 + 1 + _LEAD_SCAN]:
        if block.tag in _HEADINGS:
            return
        short = _TEASER_CLASS.search(f"{block.cls} {block.id}") is not None  # a news article's teaser: shorter
        if _prose(block.text, *((80, 12) if short else (250, 30))) and block.tag in _PROSE_TAGS \
                and block.index not in labels:
            text = _paragraphs(page, block, labels, prose_only=True)
            yield Candidate.of("abstract", text, "position:lead-paragraph", block.lang or detect(text), bonus=-0.2)
            return


# a block's own class or id naming an abstract: OpenEdition's 'p.resume', 'div.abstract', 'section#summary'
_ABSTRACT_CLASS = _regex.compile(r"(?i)abstract|r[eé]sum[eé]|resumen|resumo|summary|annotation|аннотац")
_ABSTRACT_SCAN = 300
_ABSTRACT_CHARS = 100


def class_named_abstracts(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """On an HTML page: a paragraph whose class or id names an abstract (OpenEdition's per-language tabs under
    'Résumés', headed 'Français' / 'English' rather than by a label; OPUS's 'li.abstract'), with its further
    paragraphs of the same kind: the abstract in the language its element declares, else the one its text is in,
    the first one per language."""
    if not page.is_html:
        return
    done: set[str] = set()
    for block in page.blocks[:_ABSTRACT_SCAN]:
        if len(block.text) < _ABSTRACT_CHARS or not (block.cls or block.id) or block.index in labels \
                or block.tag in _HEADINGS:
            continue  # (the cheap looks first: most blocks are short or unnamed)
        if not _ABSTRACT_CLASS.search(f"{block.cls} {block.id}") or not _prose(block.text, _ABSTRACT_CHARS, 15):
            continue
        lang = block.lang or detect(block.text)
        if lang and lang not in done:
            done.add(lang)
            yield Candidate.of("abstract", _paragraphs(page, block, labels), "block:abstract-class", lang)


def _paragraphs(page: Page, block: Block, labels: dict[int, Labelled], prose_only: bool = False) -> str:
    """A paragraph and the further ones after it of the same tag, class and language, up to a label (and, with
    ``prose_only``, up to a block that is no prose), one a line."""
    paragraphs = [block.text]
    for more in page.blocks[block.index + 1: block.index + 10]:
        if (more.tag, more.cls, more.lang) != (block.tag, block.cls, block.lang) or more.index in labels \
                or (prose_only and not _prose(more.text)):
            break
        paragraphs.append(more.text)
    return "\n".join(paragraphs)


def _prose(text: str, chars: int = 80, words: int = 12) -> bool:
    return (len(text) >= chars and len(text.split()) >= words and text.endswith(_PROSE_END)
            and not looks_like_citation(text))


_SUMMARY_NAMES = (*SUMMARY_TAGS, "dc.description")
_SUMMARY_KEY = 60  # characters a summary tag and the block printing it whole start with alike
_SUMMARY_HEAD = 12
_LONGEST_ABSTRACT = 4000


def description_in_full(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """On an HTML page: the paragraph that starts as the page's summary tag does and goes on past where the tag
    was cut (a site's description cut at a length, its name after the cut: '… The  - lingbuzz, the linguistics
    archive'): the whole abstract, printed with no label."""
    if not page.is_html:
        return
    summary = next((tags[0].content for name in _SUMMARY_NAMES if (tags := page.meta_values(name))), "")
    key = squash(summary[:_SUMMARY_KEY])
    if len(key) < _SUMMARY_KEY // 2:
        return
    head = summary[:_SUMMARY_HEAD]  # (both white space collapsed: the literal start first, the comparison key after)
    for block in page.blocks[:_ABSTRACT_SCAN]:
        if len(summary) < len(block.text) <= _LONGEST_ABSTRACT and block.text.startswith(head) \
                and block.index not in labels and block.tag not in _HEADINGS \
                and squash(block.text[:_SUMMARY_KEY]) == key and _prose(block.text):
            yield Candidate.of("abstract", block.text, "block:description-in-full", block.lang or detect(block.text))
            return
