"""Is this text HTML or a plain-text rendering of a page?"""

from __future__ import annotations

import re

from journalmeta import _regex

_HTML_START = _regex.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?"
                         r"(?:<!doctype\s+html|<html\b|<head\b|<meta\b|<body\b)",
                         re.IGNORECASE | re.DOTALL)
_TAG = _regex.compile(r"</?(?:html|head|body|div|p|meta|span|table|a|script|title|h[1-6]|ul|li|br)\b[^>]*>",
                  re.IGNORECASE)


# a JATS article's front matter ('<article-meta>', or 'jats:article-meta' in a namespaced file)
_ARTICLE_META = _regex.compile(r"<(?:\w+:)?article-meta[\s>]")
_JATS_HEAD = 20_000  # characters in which a JATS file shows its article's front matter


def looks_like_jats(text: str) -> bool:
    """An XML document holding a JATS ``<article>`` with its ``<article-meta>`` (not an HTML page quoting one)."""
    head = text[:_JATS_HEAD]
    return "article-meta" in head and _ARTICLE_META.search(head) is not None and "<html" not in head[:2000].lower()


def looks_like_html(text: str, content_type: str | None = None) -> bool:
    """Decide from the content type when it says, else from the content."""
    if content_type:
        kind = content_type.split(";")[0].strip().lower()
        if kind in ("text/html", "application/xhtml+xml"):
            return True
        if kind == "text/plain":
            return False
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    found = list(_TAG.finditer(head))
    if len(found) < 5 or len(found) * 40 <= len(head.split("\n")):
        return False
    # a text rendering opening with a few lines of raw tags (a re-hosting site's anti-scraping junk, copied as
    # text) has no tag in the rest of its text; an HTML page's tags run on through it
    end = found[-1].end()
    return len(text) - end < max(_TAGLESS_TAIL, len(head) // 2) or _TAG.search(text, len(head)) is not None


_TAGLESS_TAIL = 600  # characters with no tag after the last one: more, beyond half the head, is a text's
