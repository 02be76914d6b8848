"""Yiigle (Chinese Medical Association): a second ``citation_title``; English authors only in
``.contrib_group_en``, one ``<span>`` a person with no separator between them."""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.normalize import clean_name
from journalmeta.platforms.base import Platform

_GROUPS = (("zh", "contrib_group"), ("latin", "contrib_group_en"))


def extra(page: Page) -> Iterator[Candidate]:
    tree = page.source_tree()
    if tree is None:
        return
    for lang, cls in _GROUPS:
        path = f".//*[contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')]/span"
        names = [clean_name(span.text_content()) for span in tree.xpath(path)]
        names = [n for n in names if n]
        if names:
            yield Candidate.of("authors", names, "platform:yiigle", lang)


PLATFORM = Platform(name="yiigle", fingerprints=(r"yiigle\.com",), extra=extra)
