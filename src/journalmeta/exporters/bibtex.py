"""biblatex ``@article`` entries that keep both languages.

Mapping (documented in the README):
  title / author / journaltitle / abstract / keywords   the article's own language (``langid``)
  titleaddon                                             the title in the other language, so styles print it
  title_<lang>, author_<lang>, journaltitle_<lang>,
  abstract_<lang>, keywords_<lang>                       every other language, one field each
  doi, volume, number (the issue), pages, date, issn, url, langid
The citation key is ``<family><year><first title word>`` in ASCII (from the English name and title when the
original is not Latin script), else ``jm<year><hash>``: stable for the same record.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from journalmeta.exporters.base import Format, languages, main_and_other, names_in, one_line, split_name
from journalmeta.record import Record

LANGID = {"zh": "chinese", "en": "english", "ja": "japanese", "ko": "korean", "ru": "russian", "fr": "french",
          "de": "german", "es": "spanish", "pt": "portuguese", "tr": "turkish", "it": "italian", "uk": "ukrainian"}
_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
            "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_SPECIAL_RE = re.compile(r"[\\{}&%$#_~^]")
_STOPWORDS = frozenset("a an the of on in for and to with from by at".split())


def escape(text: str | None) -> str:
    """A value safe inside braces: LaTeX specials escaped, one line."""
    return _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group(0)], one_line(text))


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower())


def cite_key(record: Record) -> str:
    year = str(record.year or "")
    latin = next((lang for lang in languages(record) if lang in record.title and record.title[lang].isascii()), None)
    family = ""
    for lang in ([latin] if latin else []) + ["en"]:
        names = names_in(record, lang)
        parts = split_name(names[0], lang) if names else None
        if parts and _ascii(parts[0]):
            family = _ascii(parts[0])
            break
    word = ""
    if latin:
        words = [w for w in re.findall(r"[A-Za-z0-9]+", record.title[latin]) if w.lower() not in _STOPWORDS]
        word = _ascii(words[0]) if words else ""
    if family and word:
        return f"{family}{year}{word}"
    seed = record.doi or "|".join(sorted(record.title.values())) or repr(record.to_dict())
    return f"jm{year}{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:8]}"


def _field(name: str, value: str | None) -> str:
    return f"  {name} = {{{escape(value)}}},\n" if value else ""


def _people(names: list[str]) -> str:
    return " and ".join(escape(n) for n in names)


def entry(record: Record, _: int = 0) -> str:
    main, other = main_and_other(record)
    out = [f"@article{{{cite_key(record)},\n"]
    if main:
        out.append(_field("langid", LANGID.get(main, main)))
    out.append(_field("title", record.title.get(main or "")))
    out.append(_field("titleaddon", record.title.get(other or "")))
    names = names_in(record, main)
    if names:
        out.append(f"  author = {{{_people(names)}}},\n")
    out.append(_field("journaltitle", record.journal.title.get(main or "")))
    out.append(_field("abstract", record.abstract.get(main or "")))
    out.append(_field("keywords", ", ".join(record.keywords.get(main or "", []))))
    for lang in languages(record):
        if lang == main:
            continue
        out.append(_field(f"title_{lang}", record.title.get(lang)))
        others = names_in(record, lang)
        if others:
            out.append(f"  author_{lang} = {{{_people(others)}}},\n")
        out.append(_field(f"journaltitle_{lang}", record.journal.title.get(lang)))
        out.append(_field(f"abstract_{lang}", record.abstract.get(lang)))
        out.append(_field(f"keywords_{lang}", ", ".join(record.keywords.get(lang, []))))
    for name, value in (("date", str(record.year) if record.year else None), ("volume", record.volume),
                        ("number", record.issue), ("pages", record.pages and record.pages.replace("-", "--")),
                        ("doi", record.doi), ("issn", record.journal.issn), ("url", record.url)):
        out.append(_field(name, value))
    return "".join(out).rstrip(",\n") + "\n}\n"


BIBTEX = Format("bibtex", entry, separator="\n")
