"""The block model shared by the HTML and the text path."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Block(NamedTuple):
    """One run of text: a line of a text rendering, or the text of a block-level HTML element.

    A named tuple rather than a frozen dataclass: pages make thousands and the tuple is built in C."""

    text: str
    index: int  # type: ignore[assignment]  # shadows tuple.index, which no caller uses
    tag: str = "line"
    cls: str = ""
    id: str = ""
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class MetaTag:
    name: str  # lower-cased name or property
    content: str
    lang: str | None = None


@dataclass
class Page:
    blocks: list[Block]
    is_html: bool
    meta: list[MetaTag] = field(default_factory=list)
    jsonld: list[str] = field(default_factory=list)
    title: str | None = None
    lang: str | None = None
    canonical: str | None = None
    url: str | None = None
    fingerprint: str = ""  # script sources, link targets and class names, for platform detection
    coins: list[str] = field(default_factory=list)  # the title attributes of COinS spans
    html: str = ""  # the decoded HTML, for platform modules that need XPath (see source_tree)
    glued: bool = False  # a text rendering with no line breaks between its fields: parted at their labels
    jats: bool = False  # a JATS XML article (``html`` holds it; no blocks: extractors.jats reads its front matter)
    _tree: Any = field(default=None, repr=False, compare=False)
    _meta_by_name: dict[str, list[MetaTag]] | None = field(default=None, repr=False, compare=False)
    _h1: int = field(default=-2, init=False, repr=False, compare=False)  # -2: not looked for yet; -1: none

    def source_tree(self) -> Any:
        """The page's lxml tree, parsed again on first use: the blocks were cut from a modified copy."""
        if self._tree is None and self.html:
            from journalmeta.document.html import parse_tree

            self._tree = parse_tree(self.html, elements="html")
        return self._tree

    def scan_end(self, length: int) -> int:
        """Where a search of the page's head part stops: ``length`` blocks in, on an HTML page counted from its
        first h1, after a site's menus (IOP's article h1 comes after some two hundred navigation blocks)."""
        if not self.is_html:
            return length
        return (self.first_h1() or 0) + length

    def first_h1(self) -> int | None:
        """The index of an HTML page's first h1; None on a text rendering or a page without one (looked for once)."""
        if self._h1 == -2:
            self._h1 = next((b.index for b in self.blocks if b.tag == "h1"), -1) if self.is_html else -1
        return self._h1 if self._h1 >= 0 else None

    def meta_values(self, name: str) -> list[MetaTag]:
        """The meta tags with this name, in page order (indexed on first use)."""
        if self._meta_by_name is None:
            self._meta_by_name = {}
            for m in self.meta:
                self._meta_by_name.setdefault(m.name, []).append(m)
        return self._meta_by_name.get(name, [])
