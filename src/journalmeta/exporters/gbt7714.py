"""GB/T 7714 reference lines: the original language first, then its English counterpart, as the bilingual
reference lists of many Chinese journals require. 2015 form, or 2025 (``gbt7714-2025``): the type mark is
always written, and foreign surnames keep their case (``Einstein A``) while pinyin surnames stay upper case."""

from __future__ import annotations

from journalmeta.exporters.base import Format, languages, names_in, one_line, split_name
from journalmeta.lang import has_han
from journalmeta.record import Record

_MAX_AUTHORS = 3


def _western(name: str, lang: str, pinyin: bool, revision: int) -> str:
    parts = split_name(name, lang)
    if parts is None:
        return name
    family, given = parts
    initials = " ".join(p[0].upper() for p in given.replace("-", " ").split() if p)
    family = family.upper() if pinyin or revision == 2015 else family[:1].upper() + family[1:]
    return f"{family} {initials}".strip()


def _authors(record: Record, lang: str, revision: int) -> str:
    names = names_in(record, lang)
    if not names:
        return ""
    paired_with_han = any(has_han(v) for a in record.authors for v in a.name.values())
    shown = [n if has_han(n) else _western(n, lang, paired_with_han, revision) for n in names[:_MAX_AUTHORS]]
    more = "等" if lang in ("zh", "ja") else "et al"
    return ", ".join(shown) + (f", {more}" if len(names) > _MAX_AUTHORS else "")


def line(record: Record, lang: str, revision: int = 2015) -> str:
    """One reference in one language: 作者. 题名[J]. 刊名, 年, 卷(期): 起页-止页. DOI: …"""
    parts = []
    authors = _authors(record, lang, revision)
    if authors:
        parts.append(f"{authors}. ")
    parts.append(f"{one_line(record.title.get(lang))}[J]. ")
    journal = record.journal.title.get(lang) or record.journal.title.get("en" if lang != "en" else "zh", "")
    place = f"{one_line(journal)}, {record.year}" if record.year else one_line(journal)
    if record.volume:
        place += f", {record.volume}"
    if record.issue:
        place += f"({record.issue})"
    if record.pages:
        place += f": {record.pages}"
    parts.append(place + ".")
    if record.doi:
        parts.append(f" DOI: {record.doi}.")
    return "".join(parts)


def _lines(record: Record, revision: int) -> str:
    langs = [lang for lang in languages(record) if lang in record.title]
    return "".join(line(record, lang, revision) + "\n" for lang in langs[:2])


GBT7714_2015 = Format("gbt7714", lambda r, _: _lines(r, 2015), separator="\n")
GBT7714_2025 = Format("gbt7714-2025", lambda r, _: _lines(r, 2025), separator="\n")
