"""HTML or text → one sequence of text blocks (with tag, class, lang and position) plus the page's metadata."""

from journalmeta.document.model import Block, MetaTag, Page
from journalmeta.document.text import page_from_text

__all__ = ["Block", "MetaTag", "Page", "page_from_html", "page_from_text"]


def page_from_html(html: str, url: str | None = None, *, utf8: bytes | None = None) -> Page:
    """``utf8``: the page's bytes when they are ``html`` in UTF-8 already (spares encoding it again)."""
    from journalmeta.document.html import page_from_html as build

    return build(html, url, utf8=utf8)
