"""What every format shares: a streaming writer, value helpers and the language order of a record."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from journalmeta.lang import has_han
from journalmeta.record import Record

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Format:
    """A format: what comes before the records, between them, after them, and one record's text."""

    name: str
    one: Callable[[Record, int], str]  # (record, position) → text
    head: Callable[[int], str] = lambda n: ""
    separator: str = ""
    tail: Callable[[int], str] = lambda n: ""

    def stream(self, records: Iterable[Record]) -> Iterator[str]:
        count = 0
        for record in records:
            if count == 0:
                yield self.head(0)
            elif self.separator:
                yield self.separator
            yield self.one(record, count)
            count += 1
        if count == 0:
            yield self.head(0)
        yield self.tail(count)


def one_line(text: str | None) -> str:
    """A value on one line: control characters dropped, line breaks and runs of space folded."""
    return re.sub(r"\s+", " ", _CONTROL.sub("", text or "")).strip()


def languages(record: Record) -> list[str]:
    """The record's languages, its own (the article's) first, then English, then the rest."""
    found: list[str] = []
    for values in (record.title, record.abstract, record.journal.title, record.citation, record.keywords):
        found.extend(k for k in values if k not in found)
    for author in record.authors:
        found.extend(k for k in author.name if k not in found)
    main = record.language if record.language in found else (found[0] if found else None)
    order = sorted(found, key=lambda k: (k != main, k != "en", k))
    return order


def main_and_other(record: Record) -> tuple[str | None, str | None]:
    langs = languages(record)
    return (langs[0] if langs else None), (langs[1] if len(langs) > 1 else None)


def by_language(record: Record, field: str) -> dict[str, str]:
    """One text per language for a field (authors and keywords joined with ``; ``)."""
    if field == "authors":
        people: dict[str, list[str]] = {}
        for author in record.authors:
            for lang, name in author.name.items():
                people.setdefault(lang, []).append(name)
        return {k: "; ".join(v) for k, v in people.items()}
    if field == "keywords":
        return {k: "; ".join(v) for k, v in record.keywords.items()}
    values: dict[str, str] = record.journal.title if field == "journal" else getattr(record, field)
    return dict(values)


def names_in(record: Record, lang: str | None) -> list[str]:
    return [a.name[lang] for a in record.authors if lang and lang in a.name]


COMPOUND_SURNAMES = frozenset("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 独孤".split())


_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")


def split_name(name: str, lang: str | None) -> tuple[str, str] | None:
    """(family, given) when the name's form tells them apart, else None."""
    compact = name.replace(" ", "")
    if has_han(compact) and len(name.split()) == 2:  # the space parts them ('山田 太郎', '周 航')
        family, given = name.split()
        return family, given
    if has_han(compact) and lang == "ja":
        return None  # (a Japanese family name has one to three characters: nothing tells where it ends)
    if has_han(compact) and 2 <= len(compact) <= 4:
        cut = 2 if compact[:2] in COMPOUND_SURNAMES else 1
        return compact[:cut], compact[cut:]
    if "," in name:
        family, given = (p.strip() for p in name.split(",", 1))
        return family, given
    parts = name.split()
    if len(parts) >= 2 and not _INITIALS.fullmatch(parts[0]) and all(_INITIALS.fullmatch(p) for p in parts[1:]):
        return parts[0], " ".join(parts[1:])  # Vancouver's 'Wei X H', 'Smith JA': the family name, then initials
    caps = [p for p in parts if len(p) > 1 and p.isupper() and p.isalpha()]
    if len(parts) >= 2 and len(caps) == 1 and len(caps) < len(parts):
        family = caps[0]
        return family, " ".join(p for p in parts if p != family)
    if len(parts) >= 2 and lang in ("en", "fr", "de", "es", "pt", "it", "tr", None):
        return parts[-1], " ".join(parts[:-1])
    return None
