"""Titles over a language's abstract label: a page printing one section a language (title, 'Abstract', abstract) gives
each section's title as the heading right before its abstract label; and title pairs (a Chinese title over its English
one) before any such label."""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta import _regex
from journalmeta.document.model import Block, Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.label_lines import Labelled
from journalmeta.extractors.names import author_line
from journalmeta.extractors.positional import HAN_LANGS, title_like
from journalmeta.lang import CJK_LANGS, NON_LATIN_LANGS
from journalmeta.normalize import squash

__all__ = ["title_after_osid", "title_at_the_cut", "title_pair", "titles_before_abstracts",
           "titles_over_corresponding"]

_PAIR_SCAN = 40


def titles_before_abstracts(page: Page, labels: dict[int, Labelled],
                            titled: frozenset[str] = frozenset()) -> Iterator[Candidate]:
    """Per-language sections (title, 'Abstract', abstract): the heading before the label is a title.

    In a text rendering the line before a label is as often the end of the previous field: there only the
    translated title over the Chinese abstract label, four words or more (RHHZ prints the English title between
    the classification line and '摘要:'), below any title a citation gives; and a Latin one over its language's
    abstract label where the page's title (``titled``: the languages other extractors gave titles in) is in another
    language only ('Nuevo coronavirus …' over the byline … 'Coronavirus disease (COVID-19). A bibliometric analysis'
    / 'Abstract').
    """
    for index, item in labels.items():
        if item.kind != "abstract" or index == 0:
            continue
        block = page.blocks[index - 1]
        if page.is_html and block.tag not in ("h1", "h2", "h3", "h4"):
            continue
        lang = title_like(block, labels)
        if not lang or len(block.text) < 10:
            continue
        if page.is_html:
            yield Candidate.of("title", block.text, "position:title-before-abstract", block.lang or lang)
        elif ((item.lang in HAN_LANGS and lang not in HAN_LANGS) or _after_other_keywords(labels, index - 1, lang)
              or _next_section(labels, item, lang) or (item.lang == lang and titled and lang not in titled)) \
                and len(block.text.split()) >= 4:
            yield Candidate.of("title", block.text, "position:title-before-abstract", lang, bonus=-1.0)


def _next_section(labels: dict[int, Labelled], item: Labelled, lang: str) -> bool:
    """A later language's section: its abstract label in the title's language, after another Latin-script
    language's abstract label ('Sažetak' … 'Influence of fillers on …' / 'Abstract')."""
    return item.lang == lang and any(x.kind == "abstract" and x.lang not in (lang, "", *NON_LATIN_LANGS)
                                     and i < item.block.index for i, x in labels.items())


def _after_other_keywords(labels: dict[int, Labelled], title: int, lang: str) -> bool:
    """A text rendering's sections a language each: the keywords of one, a title, then the next one's abstract label
    ('Açar sözlər: …' / 'The historical development of …' / 'Abstract'): the line at ``title``, right under another
    language's keywords or their classification and DOI lines, is that section's title."""
    index = title - 1
    while index > title - 4 and index in labels and labels[index].kind in _CODE_KINDS:
        index -= 1  # (the classification and DOI lines between: '中圖分類號: G250.7' / '文獻標識碼: A DOI:10.…')
    before = labels.get(index)
    return before is not None and before.kind == "keywords" and bool(before.content) and before.lang != lang


_CODE_KINDS = frozenset(("clc", "article_no", "doi"))


def title_at_the_cut(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """A text rendering cut right after the translated title that follows the first language's keywords
    ('关键词：冬小麦；返青期' / 'Effects of drought at the regreening stage…', the page's last line): that title,
    whose abstract label the cut took away."""
    last = len(page.blocks) - 1
    if page.is_html or last < 1 or last in labels:
        return
    lang = title_like(page.blocks[last], labels)
    if lang and _after_other_keywords(labels, last, lang) and len(page.blocks[last].text.split()) >= 4:
        yield Candidate.of("title", page.blocks[last].text, "position:title-before-abstract", lang, bonus=-1.0)


# the open-science code's label ending a classification line, the QR code's place; a PDF's text runs the next line,
# the translated title, on after it ('… DOI:10.19879/… 开放科学(资源服务)标识码(OSID): Application of …')
_OSID = _regex.compile(r"标识码\s*[(（]\s*OSID\s*[)）]\s*[:：]?\s*(\S.*)$")
_HEAD = 60  # blocks: the classification line is in the article's front matter


def title_after_osid(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """The translated title run on after the OSID label of the classification line, a Latin byline under it."""
    if page.is_html:
        return
    for block in page.blocks[:_HEAD]:
        m = _OSID.search(block.text) if "OSID" in block.text else None
        if m is None or block.index + 1 >= len(page.blocks):
            continue
        title = Block(m.group(1).strip(), block.index, block.tag)
        lang = title_like(title, {})
        if lang and lang not in HAN_LANGS and len(title.text.split()) >= 4 \
                and author_line(page.blocks[block.index + 1].text):
            yield Candidate.of("title", title.text, "position:title-after-codes", lang, bonus=-1.0)


def title_pair(page: Page, labels: dict[int, Labelled]) -> Iterator[Candidate]:
    """Text renderings with the Chinese (Japanese, Korean) title and its English version one under the other
    (Wanfang, CQVIP, E-Tiller, KCI: the author line comes much later, under a label or in a table), one short line
    between them at most: the first such pair before the first abstract or keyword label."""
    if page.is_html:
        return
    stop = min((i for i, x in labels.items() if x.kind in ("abstract", "keywords")), default=_PAIR_SCAN)
    stop = min(stop, _PAIR_SCAN)
    for block in page.blocks[:stop]:
        own = title_like(block, labels)
        if own not in CJK_LANGS:  # (a Korean or Japanese title over its English one too: KCI's, CiNii's)
            continue
        for nxt in page.blocks[block.index + 1: block.index + 3]:
            lang = title_like(nxt, labels)
            if lang and lang not in CJK_LANGS and len(nxt.text.split()) >= 4:
                yield Candidate.of("title", block.text, "position:title-pair", own)
                yield Candidate.of("title", nxt.text, "position:title-pair", lang)
                return
            if len(nxt.text) > 20:
                break


def titles_over_corresponding(page: Page, labels: dict[int, Labelled], cands: list[Candidate]) -> Iterator[Candidate]:
    """Per-language sections each opening with its title over its corresponding author's line (an RHHZ page: '…研究进展'
    / '通讯作者: …' … 'Application and research progress of …' / 'Corresponding author: …'): where one of those lines
    is a title found already (among ``cands``, compared squashed), the others are its translations."""
    over = [page.blocks[i - 1] for i, x in labels.items()
            if x.kind == "corresponding" and i > 0 and i - 1 not in labels]
    if len(over) < 2:
        return
    known = {squash(str(c.value)) for c in cands if c.field == "title"}
    if not any(squash(b.text) in known for b in over):
        return
    for block in over:
        lang = None if squash(block.text) in known else title_like(block, labels)
        if lang:
            yield Candidate.of("title", block.text, "position:title-over-corresponding", lang, bonus=-0.5)
