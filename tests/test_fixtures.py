"""One test per fixture page: the record must hold every value its ``.expected.json`` names.

Expectation keys: plain fields (doi, year, volume, issue, pages, platform, warnings) compared exactly;
title / journal / keywords compared as whole language maps; authors as the list of name maps;
abstract_starts / citation_starts as per-language prefixes; abstract_ends as suffixes; dates as a subset;
issn; clc; absent: dotted paths that must be empty.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import journalmeta
from tests.conftest import FIXTURES, fixture_cases

CASES = fixture_cases()


def _get(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _check(record: dict[str, Any], key: str, want: Any) -> None:
    if key in ("doi", "url", "year", "volume", "issue", "pages", "platform", "warnings", "title", "keywords",
               "first_page", "last_page", "article_number", "language", "funding"):
        assert record[key] == want, key
    elif key == "journal":
        assert record["journal"]["title"] == want, key
    elif key == "authors":
        assert [a["name"] for a in record["authors"]] == want, key
    elif key in ("abstract_starts", "citation_starts"):
        field = key.split("_")[0]
        assert set(record[field]) == set(want), f"{field} languages"
        for lang, prefix in want.items():
            assert record[field][lang].startswith(prefix), f"{field}.{lang}"
    elif key == "abstract_ends":  # where the abstract stops: not in the keyword line or the article after it
        for lang, suffix in want.items():
            assert record["abstract"][lang].endswith(suffix), f"abstract.{lang} end"
    elif key == "corresponding":  # [[name, e-mail], …] of the authors marked corresponding
        assert [[a["name"], a["email"]] for a in record["authors"] if a["corresponding"]] == want, key
    elif key == "dates":
        assert {k: record["dates"][k] for k in want} == want, key
    elif key == "issn":
        assert record["journal"]["issn"] == want, key
    elif key == "clc":
        assert record["classification"]["clc"] == want, key
    elif key == "absent":
        for path in want:
            assert not _get(record, path), f"{path} should be empty"
    elif key == "warnings_contain":
        for text in want:
            assert any(text in w for w in record["warnings"]), f"no warning with {text!r}"
    else:
        raise AssertionError(f"unknown expectation key {key}")


@pytest.mark.parametrize("page", CASES, ids=[str(p.relative_to(FIXTURES)) for p in CASES])
def test_fixture(page: Path) -> None:
    expected = json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))
    record = journalmeta.parse(page.read_bytes()).to_dict()
    for key, want in expected.items():
        _check(record, key, want)


def test_every_fixture_family_has_cases() -> None:
    families = {p.relative_to(FIXTURES).parts[0] for p in CASES}
    assert {"seed", "rhhz", "magtech", "etiller", "yiigle", "cnki", "hanspub", "ojs", "elibrary", "text", "wanfang",
            "cqvip", "generic"} <= families


def missing_provenance(record: dict[str, Any]) -> list[str]:
    """Language values of the record with no provenance entry under their own field and language."""
    values = {"title": record["title"], "abstract": record["abstract"], "citation": record["citation"],
              "keywords": record["keywords"], "journal": record["journal"]["title"]}
    keys = [f"{field}.{lang}" for field, by_lang in values.items() for lang in by_lang]
    keys += {f"authors.{lang}" for author in record["authors"] for lang in author["name"]}
    return [key for key in keys if key not in record["provenance"]]


@pytest.mark.parametrize("page", CASES, ids=[str(p.relative_to(FIXTURES)) for p in CASES])
def test_every_language_value_names_its_source(page: Path) -> None:
    assert missing_provenance(journalmeta.parse(page.read_bytes()).to_dict()) == []
