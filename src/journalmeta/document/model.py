"""The block model shared by the HTML and the text path."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Block:
    """One run of text: a line of a text rendering, or the text of a block-level HTML element."""

    text: str
    index: int
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
    tree: Any = None  # the lxml root for platform modules that need XPath

    def meta_values(self, *names: str) -> list[MetaTag]:
        wanted = set(names)
        return [m for m in self.meta if m.name in wanted]
