"""CyberLeninka (cyberleninka.ru): its article page copied as text opens with ``Научная статья на тему '…'`` (the
title in quotes), the title again with ``Текст научной статьи по специальности «…»`` run on after it, and names the
authors and the abstract in one line, ``Аннотация научной статьи по …, автор научной работы — Вилков Александр
Алексеевич``, the abstract itself on the line under it. (Its HTML pages carry the usual meta tags.)"""

from __future__ import annotations

from collections.abc import Iterator

from journalmeta import _regex
from journalmeta.document.model import Page
from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.names import split_names
from journalmeta.lang import detect
from journalmeta.platforms.base import Platform

_TOPIC = _regex.compile(r"^Научная статья на тему\s+['\"«„“](?P<title>.+)['\"»“”]$")
_ANNOTATION = _regex.compile(r"^Аннотация научной статьи по .*?,\s*авторы? научной работы\s*[—–-]\s*(?P<names>.+)$")
_SCAN = 40


def extra(page: Page) -> Iterator[Candidate]:
    if page.is_html:
        return
    for block in page.blocks[:_SCAN]:
        if topic := _TOPIC.match(block.text):
            title = topic.group("title").strip()
            yield Candidate.of("title", title, "platform:cyberleninka", detect(title, "ru"))
        elif annotation := _ANNOTATION.match(block.text):
            names = split_names(annotation.group("names"))
            if names:
                yield Candidate.of("authors", names, "platform:cyberleninka", "ru")
            after = page.blocks[block.index + 1].text if block.index + 1 < len(page.blocks) else ""
            if len(after) > _SHORTEST_ABSTRACT:
                yield Candidate.of("abstract", after, "platform:cyberleninka", detect(after, "ru"))
            return


_SHORTEST_ABSTRACT = 80


def drop(c: Candidate) -> bool:
    """The abstract label's line read as the abstract ('научной статьи по политологическим наукам, автор …')."""
    return c.field == "abstract" and str(c.value).startswith("научной статьи по")


PLATFORM = Platform(name="cyberleninka", fingerprints=(r"cyberleninka\.ru",),
                    text_fingerprints=(r"Текст научной статьи по специальности", r"^Научная статья на тему "),
                    extra=extra, drop=drop)
