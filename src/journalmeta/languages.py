"""Languages set right once the record is merged: Han text on a Japanese page is Japanese, a journal name filed as
English for want of telling words takes its journal word's or its title's language, no value sits under a language of
another script."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from journalmeta.extractors.candidates import Candidate
from journalmeta.extractors.mastheads import journal_language, journal_word_languages
from journalmeta.lang import LATIN, NON_LATIN_LANGS, count, has_han, latin_language, script_language
from journalmeta.record import Record

__all__ = ["fix_script_mixups", "japanese", "journal_follows_title", "titles_in_the_abstracts_language"]


def japanese(record: Record) -> None:
    """Han-only values on a page declared Japanese, or whose title is Japanese and none Chinese (CiNii's copy-all
    with no declared language), are Japanese, not Chinese."""
    if record.language != "ja" and not ("ja" in record.title and "zh" not in record.title):
        return
    fields: dict[str, dict[str, Any]] = {"title": record.title, "abstract": record.abstract,
                                         "citation": record.citation, "journal": record.journal.title,
                                         "keywords": record.keywords}
    for field, values in fields.items():
        if "zh" in values and "ja" not in values:
            _relabel(record, field, values, "zh", "ja")
    if any("zh" in author.name and "ja" not in author.name for author in record.authors):
        for author in record.authors:
            if "zh" in author.name and "ja" not in author.name:
                author.name["ja"] = author.name.pop("zh")
        _relabel(record, "authors", {}, "zh", "ja")


def _relabel(record: Record, field: str, values: dict[str, Any], old: str, new: str) -> None:
    """File ``field``'s value (if ``values`` holds it) and its provenance under language ``new``, not ``old``."""
    if old in values:
        values[new] = values.pop(old)
    if f"{field}.{old}" in record.provenance:
        record.provenance[f"{field}.{new}"] = record.provenance.pop(f"{field}.{old}")


def titles_in_the_abstracts_language(cands: list[Candidate]) -> list[Candidate]:
    """Latin-script title candidates of a weak guess (English for want of telling words, or a language sharing a
    few), on a page whose labels give an abstract in one Latin-script language but English, are in that language
    when they read so with it as the default ('Utjecaj punila na mehanička svojstva …' beside 'Sažetak'): they then
    no longer compete with the English title."""
    others = {c.lang for c in cands if c.field == "abstract" and c.source.startswith("label:")
              and c.lang not in (None, "en", *NON_LATIN_LANGS)}
    if len(others) != 1:
        return cands
    lang = str(others.pop())
    return [replace(c, lang=lang) if c.field == "title" and c.lang not in (lang, None, *NON_LATIN_LANGS)
            and not c.source.startswith("meta:") and latin_language(str(c.value), lang) == lang else c for c in cands]


def journal_follows_title(record: Record) -> None:
    """A journal name filed as English for want of telling words, on a page whose only title is in another
    Latin-script language, is in that language when it reads so with it as the default ('Annalen der Physik');
    likewise one filed under a language that shares its journal word with the title's ('Revista de Saúde Pública'
    guessed Spanish beside a Portuguese title, with or without an English one)."""
    names, titles = record.journal.title, list(record.title)
    own = [lang for lang in titles if lang != "en"]  # (beside an English translation or not)
    if len(names) == 1 and len(own) == 1 and "en" not in names:
        _shared_word_follows_title(record, next(iter(names)), own[0])
    if list(names) != ["en"]:
        return
    worded = journal_language(names["en"])  # a journal word of one language's ('Jurnal …': id), whatever the title
    if worded not in (None, "en"):
        _relabel(record, "journal", names, "en", str(worded))
        return
    shared = [lang for lang in own if lang in journal_word_languages(names["en"])]
    if len(shared) == 1:  # 'Revista Eugenio Espejo' (es or pt) beside a Spanish title and its English one: es
        _relabel(record, "journal", names, "en", shared[0])
        return
    if len(titles) != 1 or titles[0] == "en" or script_language(record.title[titles[0]]):
        return
    lang = titles[0]
    if latin_language(names["en"], lang) == lang:
        _relabel(record, "journal", names, "en", lang)


def _shared_word_follows_title(record: Record, lang: str, title_lang: str) -> None:
    names = record.journal.title
    shared = journal_word_languages(names[lang])
    if title_lang != lang and lang in shared and title_lang in shared \
            and latin_language(names[lang], title_lang) == title_lang:
        _relabel(record, "journal", names, lang, title_lang)


def fix_script_mixups(record: Record) -> None:
    """Never file Han text under a Latin-script language or Latin text under zh."""
    for field in ("title", "abstract"):
        values: dict[str, str] = getattr(record, field)
        for lang in list(values):
            text = values[lang]
            if _wrong_script(lang, text):
                del values[lang]


def _wrong_script(lang: str, text: str) -> bool:
    if lang == "zh":
        return not has_han(text)
    return lang not in ("ja", "ko") and has_han(text) and count(LATIN, text) < len(text) / 2
