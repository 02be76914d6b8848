"""HTML → blocks, meta tags, JSON-LD and a fingerprint, in one walk over an lxml tree."""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from journalmeta.document.model import Block, MetaTag, Page
from journalmeta.lang import primary
from journalmeta.normalize import clean_text

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot button "
    "td th tr ul option select center title br".split()
)
SKIP_TAGS = frozenset("script style noscript template svg iframe object".split())
_HEAD_TAGS = frozenset(("meta", "link", "title"))
MAX_ELEMENTS = 100_000  # a long article page has ~20,000; past this bound the rest is not read
MAX_META = 5_000
MAX_BLOCK = 50_000
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _own_lang(el: etree._Element) -> str | None:
    """``lang``, or ``xml:lang`` (a plain attribute name to the HTML parser, a namespaced one in XHTML)."""
    return el.get("lang") or el.get("xml:lang") or el.get(_XML_LANG)
_PARSER = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=False)


class _Walker:
    """Collects blocks as it walks; text goes to the innermost open block element."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.stack: list[tuple[str, str, str, str | None]] = [("body", "", "", None)]
        self.meta: list[MetaTag] = []
        self.jsonld: list[str] = []
        self.fingerprint: list[str] = []
        self.title: str | None = None
        self.canonical: str | None = None

    def flush(self) -> None:
        if not self.buffer:
            return
        text = clean_text("".join(self.buffer))[:MAX_BLOCK]
        self.buffer = []
        if text:
            tag, cls, ident, lang = self.stack[-1]
            self.blocks.append(Block(text=text, index=len(self.blocks), tag=tag, cls=cls, id=ident, lang=lang))

    def lang_of(self, el: etree._Element) -> str | None:
        """An element's own or inherited lang; the root's lang is the page's (often the UI's), kept apart."""
        own = _own_lang(el)
        return primary(own) if own and el.getparent() is not None else self.stack[-1][3]

    def head_element(self, el: etree._Element, tag: str) -> None:
        if tag == "meta" and len(self.meta) < MAX_META:
            name = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
            content = el.get("content")
            if name and content is not None:
                self.meta.append(MetaTag(name, clean_text(content), primary(_own_lang(el))))
        elif tag == "link":
            rel = (el.get("rel") or "").lower()
            if rel == "canonical" and el.get("href"):
                self.canonical = el.get("href")
            self.fingerprint.append(el.get("href") or "")
        elif tag == "title" and self.title is None:
            self.title = clean_text("".join(str(t) for t in el.itertext()))


def _tag_name(el: etree._Element) -> str | None:
    tag = el.tag
    if not isinstance(tag, str):
        return None
    return tag.rsplit("}", 1)[-1].lower() if tag[0] == "{" or not tag.islower() else tag


def _start(w: _Walker, walker: etree.iterwalk, el: etree._Element, tag: str) -> bool:
    """Handle an opening tag; True when it opened a block (popped again at its end)."""
    if tag in _HEAD_TAGS:
        w.head_element(el, tag)
    if tag in SKIP_TAGS:  # its end event still comes, and brings its tail
        if tag == "script":
            _script(w, el)
        walker.skip_subtree()
        return False
    cls = el.get("class")
    own = _own_lang(el) if el.attrib else None
    opened = tag in BLOCK_TAGS or own is not None
    if opened:
        w.flush()
        lang = primary(own) if own and el.getparent() is not None else w.stack[-1][3]
        w.stack.append((tag if tag in BLOCK_TAGS else w.stack[-1][0], cls or "", el.get("id") or "", lang))
    if len(w.fingerprint) < 3000:
        if cls:
            w.fingerprint.append(cls)
        if tag == "a":
            w.fingerprint.append(el.get("href") or "")
    if el.text and tag != "title":
        w.buffer.append(el.text)
    return opened


def _walk(root: etree._Element) -> _Walker:
    w = _Walker()
    walker = etree.iterwalk(root, events=("start", "end"))
    opened: list[bool] = []
    seen = 0
    for event, el in walker:
        tag = _tag_name(el)
        if tag is None:  # comment or processing instruction
            if event == "end" and el.tail:
                w.buffer.append(el.tail)
            continue
        if event == "start":
            seen += 1
            if seen > MAX_ELEMENTS:
                break
            opened.append(_start(w, walker, el, tag))
        else:
            if opened and opened.pop():
                w.flush()
                if len(w.stack) > 1:
                    w.stack.pop()
            if el.tail:
                w.buffer.append(el.tail)
    w.flush()
    return w


def _script(w: _Walker, el: etree._Element) -> None:
    kind = (el.get("type") or "").lower()
    if "ld+json" in kind and el.text and len(w.jsonld) < 20:
        w.jsonld.append(el.text)
    src = el.get("src")
    if src:
        w.fingerprint.append(src)


def _declared_language(meta: list[MetaTag]) -> str | None:
    for tag in meta:
        if tag.name in ("citation_language", "dc.language", "dcterms.language"):
            lang = primary(tag.content.split()[0] if tag.content else None)
            if lang:
                return lang
    return None


def parse_tree(html: str) -> etree._Element | None:
    data = html.encode("utf-8", errors="replace")
    data = re.sub(rb"^\s*<\?xml[^>]*>", b"", data[:200]) + data[200:]
    try:
        return lxml_html.document_fromstring(data, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def page_from_html(html: str, url: str | None = None) -> Page:
    root = parse_tree(html)
    if root is None:
        return Page(blocks=[], is_html=True, url=url)
    w = _walk(root)
    return Page(blocks=w.blocks, is_html=True, meta=w.meta, jsonld=w.jsonld, title=w.title,
                lang=_declared_language(w.meta) or primary(_own_lang(root)), canonical=w.canonical, url=url,
                fingerprint=" ".join(w.fingerprint), tree=root)
