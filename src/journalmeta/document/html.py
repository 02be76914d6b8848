"""HTML → blocks, meta tags, JSON-LD and a fingerprint, with the per-node work left to libxml2.

A Python loop over every element costs several times the parse itself, so the blocks are cut in C: each
block-level (or ``lang``-carrying) element gets a start marker before its text and an end marker before its
tail, the whole tree is serialised as text in one call, and the text is split at the markers. Python only
touches the block elements and the text runs between markers.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from functools import cache
from itertools import islice
from typing import cast

from lxml import etree
from lxml import html as lxml_html

from journalmeta import _regex
from journalmeta.document.model import Block, MetaTag, Page
from journalmeta.document.text import BULLET, BULLETS
from journalmeta.labels import LABELS
from journalmeta.lang import primary
from journalmeta.normalize import clean_text, without_invisibles

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot button "
    "td th tr ul option select center title br".split()
)
SKIP_TAGS = frozenset("script style noscript template svg iframe object".split())
MAX_ELEMENTS = 100_000  # block elements marked; a long article page has ~5,000, the rest joins the last block
MAX_META = 5_000
MAX_BLOCK = 50_000
MAX_FINGERPRINT = 3_000
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_LANG_ELEMENTS = etree.XPath("//body//@lang/..")
_XML_LANG_ELEMENTS = etree.XPath("//body//@*[name()='xml:lang']/..")
_LANG_ATTRIBUTE = _regex.compile(r"lang\s*=\s*[\"']?[A-Za-z]{2}")  # a quick look before the XPath
_CLASSES = etree.XPath("//@class", smart_strings=False)
_LINKS = etree.XPath("//a/@href", smart_strings=False)
_COINS = etree.XPath("//span[contains(concat(' ', normalize-space(@class), ' '), ' Z3988 ')]/@title",
                     smart_strings=False)
# Noncharacters (never meant for interchange) mark block starts and ends in the serialised text.
_OPEN, _CLOSE = "\ufdd0", "\ufdd1"
_CELL_GAP = "\ufdd2"  # stands for a run of no-break spaces until the blocks are cut, then becomes a tab
_NBSP_RUN = _regex.compile("\xa0[\xa0 ]*\xa0")
_XML_DECLARATION = re.compile(rb"\s*<\?xml[^>]*>")
_NOT_XML = _regex.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=False)
_HTML_PARSER = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=False)


def _own_lang(el: etree._Element) -> str | None:
    """``lang``, or ``xml:lang`` (a plain attribute name to the HTML parser, a namespaced one in XHTML)."""
    return el.get("lang") or el.get("xml:lang") or el.get(_XML_LANG)


def _strings(path: etree.XPath, root: etree._Element) -> list[str]:
    return cast("list[str]", path(root))


def _elements(path: etree.XPath, root: etree._Element) -> list[etree._Element]:
    return cast("list[etree._Element]", path(root))


def parse_tree(html: str, *, elements: str = "plain", utf8: bytes | None = None) -> etree._Element | None:
    """The page's tree: ``plain`` lxml elements for the block pass (no Python class lookup per element), or
    ``html`` for lxml.html's elements with their helpers (``text_content``) for platform modules. ``utf8``:
    ``html`` already in UTF-8 (the page's own bytes), read as it is."""
    data = html.encode("utf-8", errors="replace") if utf8 is None else utf8
    declaration = _XML_DECLARATION.match(data, 0, 200)  # its encoding= would override the parser's UTF-8
    if declaration:
        data = data[declaration.end():]
    try:
        if elements == "html":
            return lxml_html.document_fromstring(data, parser=_HTML_PARSER)
        root = etree.fromstring(data, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


def _meta_tag(el: etree._Element) -> MetaTag | None:
    name = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
    name = name[8:] if name.startswith("bepress_citation_") else name  # bepress (Digital Commons): Highwire's
    content = el.get("content")
    return MetaTag(name, clean_text(content), primary(_own_lang(el))) if name and content is not None else None


def _declared_language(meta: list[MetaTag]) -> str | None:
    for tag in meta:
        if tag.name in ("citation_language", "dc.language", "dcterms.language"):
            lang = primary(tag.content.split()[0] if tag.content else None)
            if lang:
                return lang
    return None


def _page_head(root: etree._Element, html: str, url: str | None) -> Page:
    """Everything but the blocks: meta tags, title, canonical link, JSON-LD, COinS and the fingerprint (one walk
    over the tree for the meta, title, link and script elements)."""
    page = Page(blocks=[], is_html=True, url=url)
    links: list[str] = []
    scripts: list[str] = []
    for el in root.iter("meta", "title", "link", "script"):
        tag = el.tag
        if tag == "meta":
            meta = _meta_tag(el) if len(page.meta) < MAX_META else None
            if meta is not None:
                page.meta.append(meta)
                if meta.content.startswith(("http", "/")):  # the page's own URLs (E-Tiller's HW.identifier)
                    links.append(meta.content)
        elif tag == "link":
            href = el.get("href") or ""
            if page.canonical is None and href and (el.get("rel") or "").lower() == "canonical":
                page.canonical = href
            links.append(href)
        elif tag == "script":
            if "ld+json" in (el.get("type") or "").lower() and el.text and len(page.jsonld) < 20:
                page.jsonld.append(el.text)
            scripts.append(el.get("src") or "")
        elif page.title is None:
            page.title = clean_text(etree.tostring(el, method="text", encoding=str, with_tail=False))
    page.lang = _declared_language(page.meta) or primary(_own_lang(root))
    fingerprint = links + scripts
    fingerprint += islice(dict.fromkeys(_strings(_CLASSES, root)), MAX_FINGERPRINT)
    fingerprint += islice(dict.fromkeys(_strings(_LINKS, root)), MAX_FINGERPRINT)
    page.fingerprint = " ".join(fingerprint)
    if "Z3988" in html:
        page.coins = _strings(_COINS, root)
    return page


def _sanitise(root: etree._Element) -> None:
    """Remove the marker characters from a page that carries them itself (the slow path, almost never taken)."""
    for el in root.iter():
        if el.text and (_OPEN in el.text or _CLOSE in el.text):
            el.text = el.text.replace(_OPEN, "").replace(_CLOSE, "")
        if el.tail and (_OPEN in el.tail or _CLOSE in el.tail):
            el.tail = el.tail.replace(_OPEN, "").replace(_CLOSE, "")


def _declares_lang(html: str, start: int) -> bool:
    """Whether ``lang=xx`` appears from ``start`` on: each "lang" found by a literal search (memchr-fast), then
    the pattern tried there (the pattern alone would be tried at every position of the page)."""
    at = html.find("lang", start)
    while at >= 0:
        if _LANG_ATTRIBUTE.match(html, at):
            return True
        at = html.find("lang", at + 4)
    return False


def _lang_elements(root: etree._Element, html: str) -> dict[etree._Element, str | None]:
    """Elements of the body carrying ``lang`` or ``xml:lang``, with the primary language they declare."""
    if not _declares_lang(html, max(html.find("<body"), html.find("<BODY"), 0)) and "LANG" not in html:
        return {}
    found = _elements(_LANG_ELEMENTS, root) + (_elements(_XML_LANG_ELEMENTS, root) if "xml:lang" in html else [])
    return {el: primary(_own_lang(el)) for el in found}


def _mark(root: etree._Element, langs: dict[etree._Element, str | None]) -> list[etree._Element]:
    """Put a numbered start marker before each block element's text and an end marker before its tail."""
    marked = list(islice(root.iter(*BLOCK_TAGS), MAX_ELEMENTS))
    marked += islice((el for el in langs if el.tag not in BLOCK_TAGS), MAX_ELEMENTS)
    for n, el in enumerate(marked):
        text, tail = el.text or "", el.tail or ""
        try:
            el.text = f"{_OPEN}{n}{_CLOSE}{text}"
            el.tail = f"{_OPEN}{_CLOSE}{tail}"
        except ValueError:  # the parser kept a control character lxml refuses to write back
            el.text = f"{_OPEN}{n}{_CLOSE}{_NOT_XML.sub('', text)}"
            el.tail = f"{_OPEN}{_CLOSE}{_NOT_XML.sub('', tail)}"
    return marked


def _tag(stack: list[etree._Element]) -> str:
    """The innermost block tag: an inline element carrying ``lang`` keeps its block's tag."""
    return next((t for el in reversed(stack) if (t := el.tag) in BLOCK_TAGS), "body")


def _lang(stack: list[etree._Element], langs: dict[etree._Element, str | None]) -> str | None:
    return next((langs[el] for el in reversed(stack) if el in langs), None)


def _split(flat: str, marked: list[etree._Element], langs: dict[etree._Element, str | None]) -> list[Block]:
    """Blocks from the serialised text: white space is collapsed once for the whole page, then each run
    between two markers is a block of the innermost open element, in NFC (checked per block: most blocks
    are ASCII). Markers come in pairs, so the sentinel at the bottom of the stack is never popped."""
    outside = etree.Element("body")  # text outside any block element
    stack: list[etree._Element] = [outside, outside]  # the text before the first marker is read as an end
    blocks: list[Block] = []
    if "\xa0\xa0" in flat:  # a run of no-break spaces between inline terms ('城市绿地&nbsp;&nbsp;尺度'): a tab
        flat = _NBSP_RUN.sub(_CELL_GAP, flat)
    flat = without_invisibles(flat)  # ('摘\u200b要', 'Piwowar\u200b1': a label or name parted by a zero-width space)
    for part in (_CLOSE + " ".join(flat.split())).split(_OPEN):  # "<number>" or "" (an end), close mark, text
        number, _, text = part.partition(_CLOSE)
        if number:
            stack.append(marked[int(number)])
        else:
            stack.pop()
        if text and text != " ":
            if "&" in text:
                text = clean_text(text)[:MAX_BLOCK]
            else:
                text = text.strip()[:MAX_BLOCK]
                if not text.isascii() and not unicodedata.is_normalized("NFC", text):
                    text = unicodedata.normalize("NFC", text)
            if _CELL_GAP in text:
                text = "\t".join(part.strip() for part in text.split(_CELL_GAP) if part.strip())
            if text and text[0] in _BULLET_STARTS:  # a bullet typed into the text, as a copy's lines have one
                text = BULLET.sub("", text, count=1).strip()
            if text:
                top = stack[-1]
                tag = top.tag
                if tag not in BLOCK_TAGS:  # an inline element carrying lang
                    tag = _tag(stack)
                blocks.append(Block(text, len(blocks), tag, top.get("class") or "", top.get("id") or "",
                                    _lang(stack, langs) if langs else None))
    return blocks


_BULLET_STARTS = frozenset(BULLETS + "-–")  # a look before the pattern


def _blocks(root: etree._Element, html: str) -> list[Block]:
    for sanitise in (False, True):
        if sanitise:  # the page carried a marker character itself: read it again without them
            again = parse_tree(html)
            if again is None:
                return []
            root = again
        _space_for_pictures(root)
        _drop_archive_toolbar(root, html)
        etree.strip_elements(root, *SKIP_TAGS, "title", with_tail=False)
        if sanitise:
            _sanitise(root)
        langs = _lang_elements(root, html)
        marked = _mark(root, langs)
        flat = etree.tostring(root, method="text", encoding=str)
        if flat.count(_OPEN) == flat.count(_CLOSE) == 2 * len(marked):
            break
    return _split(flat, marked, langs)


# what a web archive writes into the pages it replays: the Wayback Machine's toolbar (its capture dates, 'COLLECTED
# BY', 'About this capture')
_ARCHIVE_TOOLBAR_IDS = frozenset(("wm-ipp-base", "wm-ipp"))


def _drop_archive_toolbar(root: etree._Element, html: str) -> None:
    if "wm-ipp" not in html:  # (a literal look first: few pages come from an archive)
        return
    toolbars = [el for el in root.iter() if el.get("id") in _ARCHIVE_TOOLBAR_IDS]
    for el in toolbars:
        parent, before = el.getparent(), el.getprevious()
        if parent is None:
            continue
        if el.tail:  # the page's own text after it stays
            if before is not None:
                before.tail = (before.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)


def _space_for_pictures(root: etree._Element) -> None:
    """An icon or image between two texts parts them on screen ('…04.016' ↗ 'Get rights and content'): a space
    keeps them apart in the text too, once the icon is gone. A picture of a section's heading, its words in its
    alt text (First Monday's galleys print 'Abstract' as an image), is that heading: its words take its place."""
    for el in root.iter("svg", "img"):
        tail = el.tail
        heading = _pictured_heading(el)
        with contextlib.suppress(ValueError):  # a control character lxml refuses to write back
            if heading:
                el.tail = f" {heading}\n{tail or ''}"
            elif not tail:
                el.tail = " "
            elif not tail[0].isspace():
                el.tail = " " + tail


def _pictured_heading(el: etree._Element) -> str | None:
    alt = el.get("alt") if el.tag == "img" else None
    if not alt or len(alt) > _HEADING_ALT:
        return None
    alt = alt.strip()
    return alt if alt.rstrip(":：").casefold() in _label_words() else None


_HEADING_ALT = 40


@cache
def _label_words() -> frozenset[str]:
    """Every label of the table, case folded: a picture's alt text that is one whole is a heading."""
    return frozenset(word.casefold() for kinds in LABELS.values() for words in kinds.values() for word in words)


def page_from_html(html: str, url: str | None = None, *, utf8: bytes | None = None) -> Page:
    root = parse_tree(html, utf8=utf8)
    if root is None:
        return Page(blocks=[], is_html=True, url=url)
    page = _page_head(root, html, url)
    page.blocks = _blocks(root, html)  # the tree is changed: platform modules re-read the HTML if they need it
    page.html = html
    return page
