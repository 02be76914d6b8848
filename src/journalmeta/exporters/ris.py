"""RIS: ``TI``/``TT`` title and translated title, ``AU``/``TA`` authors and translated authors, ``AB`` the
abstract and ``N2`` the other-language abstract, ``KW`` every keyword, ``LA``, ``DO``, ``T2`` the journal
(``JO`` its other-language name), ``VL``, ``IS``, ``SP``, ``EP``, ``PY``, ``UR``, ``AD`` each affiliation once. Values
stay on one line."""

from __future__ import annotations

from journalmeta.exporters.base import Format, main_and_other, names_in, one_line
from journalmeta.record import Record


def _tag(tag: str, value: str | int | None) -> str:
    text = one_line(str(value)) if value is not None else ""
    return f"{tag}  - {text}\n" if text else ""


def entry(record: Record, _: int = 0) -> str:
    main, other = main_and_other(record)
    lines = [_tag("TY", "JOUR"), _tag("TI", record.title.get(main or "")), _tag("TT", record.title.get(other or ""))]
    lines += [_tag("AU", n) for n in names_in(record, main)]
    lines += [_tag("TA", n) for n in names_in(record, other)]
    lines += [_tag("AD", a) for a in dict.fromkeys(a for author in record.authors for a in author.affiliations)]
    lines += [_tag("AB", record.abstract.get(main or "")), _tag("N2", record.abstract.get(other or ""))]
    lines += [_tag("KW", k) for lang in (main, other) if lang for k in record.keywords.get(lang, [])]
    lines += [_tag("LA", main), _tag("DO", record.doi), _tag("T2", record.journal.title.get(main or "")),
              _tag("JO", record.journal.title.get(other or "") or record.journal.abbrev),
              _tag("VL", record.volume), _tag("IS", record.issue), _tag("SP", record.first_page or record.pages),
              _tag("EP", record.last_page), _tag("PY", record.year), _tag("SN", record.journal.issn),
              _tag("UR", record.url), "ER  - \n"]
    return "".join(lines)


RIS = Format("ris", entry, separator="\n")
