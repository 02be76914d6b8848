"""CSL-JSON ``article-journal`` items, bilingual the way Chinese CSL styles read them: ``title``, ``author``,
``container-title`` in the article's language and ``original-title``, ``original-author``,
``original-container-title`` in the other; plus Zotero ``note`` lines (``original-title: …``) so the item
imports into Zotero with both languages."""

from __future__ import annotations

import json
from typing import Any

from journalmeta.exporters.base import Format, main_and_other, names_in, split_name
from journalmeta.exporters.bibtex import cite_key
from journalmeta.record import Record


def _people(names: list[str], lang: str | None) -> list[dict[str, str]]:
    out = []
    for name in names:
        parts = split_name(name, lang)
        out.append({"family": parts[0], "given": parts[1]} if parts else {"literal": name})
    return out


def item(record: Record) -> dict[str, Any]:
    main, other = main_and_other(record)
    data: dict[str, Any] = {"id": cite_key(record), "type": "article-journal"}
    pairs = (("title", record.title), ("abstract", record.abstract), ("container-title", record.journal.title))
    for key, values in pairs:
        if values.get(main or ""):
            data[key] = values[main or ""]
        if key != "abstract" and values.get(other or ""):
            data[f"original-{key}"] = values[other or ""]
    if main:
        data["language"] = main
    if names_in(record, main):
        data["author"] = _people(names_in(record, main), main)
    if names_in(record, other):
        data["original-author"] = _people(names_in(record, other), other)
    for key, value in (("DOI", record.doi), ("volume", record.volume), ("issue", record.issue),
                       ("page", record.pages), ("URL", record.url), ("ISSN", record.journal.issn)):
        if value:
            data[key] = value
    if record.year:
        data["issued"] = {"date-parts": [[record.year]]}
    keywords = [k for lang in (main, other) if lang for k in record.keywords.get(lang, [])]
    if keywords:
        data["keyword"] = ", ".join(keywords)
    notes = [f"original-title: {data['original-title']}"] if "original-title" in data else []
    notes += [f"original-container-title: {data['original-container-title']}"] if "original-container-title" in data \
        else []
    notes += [f"original-author: {p.get('family', p.get('literal', ''))} || {p.get('given', '')}"
              for p in data.get("original-author", [])]
    if other and record.abstract.get(other):
        notes.append(f"abstract-{other}: {record.abstract[other]}")
    if notes:
        data["note"] = "\n".join(notes)
    return data


def _one(record: Record, _: int) -> str:
    return "  " + json.dumps(item(record), ensure_ascii=False)


CSLJSON = Format("csljson", _one, head=lambda n: "[\n", separator=",\n", tail=lambda n: "\n]\n")
