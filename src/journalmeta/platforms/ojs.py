"""Open Journal Systems: the same ``DC.*`` / ``citation_*`` names repeated per locale with ``xml:lang``; the
default theme's author list (``ul.authors > li > span.name``, the affiliation and ORCID link in spans beside the
name) is read from the tree, where the blocks run each name into its affiliation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from lxml import etree
from lxml import html as lxml_html

from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.names import is_name
from journalmeta.lang import script_language
from journalmeta.normalize import clean_text
from journalmeta.platforms.base import Platform

_NAMES = etree.XPath(".//ul[contains(concat(' ', normalize-space(@class), ' '), ' authors ')]"
                     "/li/span[contains(@class, 'name')]")


def extra(page: Page) -> Iterator[Candidate]:
    tree = page.source_tree()
    if tree is None:
        return
    spans = cast("list[lxml_html.HtmlElement]", _NAMES(tree))
    names = list(dict.fromkeys(clean_text(span.text_content()) for span in spans))
    names = [name for name in names if name and is_name(name)]
    if names:
        yield Candidate.of("authors", names, "platform:ojs", script_language(" ".join(names)) or "latin")


PLATFORM = Platform(name="ojs", fingerprints=(r"pkp\.sfu\.ca", r"\bpkp_", r"/index\.php/[^/\s]+/article/view/"),
                    extra=extra)
