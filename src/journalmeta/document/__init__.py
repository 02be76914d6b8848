"""HTML or text → one sequence of text blocks (with tag, class, lang and position) plus the page's metadata."""

from journalmeta.document.model import Block, MetaTag, Page
from journalmeta.document.text import page_from_text

__all__ = ["Block", "MetaTag", "Page", "page_from_html", "page_from_text"]


def page_from_html(html: str, url: str | None = None) -> Page:
    from journalmeta.document.html import page_from_html as build

    return build(html, url)
