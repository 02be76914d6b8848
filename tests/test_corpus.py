"""The evaluation gate: per-field recall floors on ../shared/corpus, pinned at what the parser reaches.

A change that loses accuracy fails here. Raise a floor when the parser gets better; never lower one to
make a change pass. Skipped when ../shared is not beside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import journalmeta
from tests.corpus_score import score
from tests.test_fixtures import missing_provenance

FLOORS: dict[str, dict[str, float]] = {
    "seed": {"micro_recall": 1.0, "micro_precision": 1.0},
    "corpus/text": {
        "micro_recall": 0.99, "micro_precision": 0.99,
        "doi": 1.0, "title": 1.0, "authors": 1.0, "journal": 1.0, "year": 1.0, "volume": 1.0, "issue": 1.0,
        "pages": 0.92, "keywords": 1.0, "abstract": 1.0, "citation": 1.0,
    },
    "corpus/html": {
        "micro_recall": 0.995, "micro_precision": 0.995,
        "doi": 1.0, "title": 1.0, "authors": 1.0, "journal": 1.0, "year": 1.0, "volume": 1.0, "issue": 1.0,
        "pages": 1.0, "abstract": 1.0, "citation": 0.95, "keywords": 0.97,
    },
}
NOT_ARTICLES = ("cloudflare-challenge-acs.html",)


@pytest.mark.parametrize("folder", list(FLOORS))
def test_recall_floors(shared: Path, folder: str) -> None:
    result = score(shared, folder)
    short = []
    for field, floor in FLOORS[folder].items():
        got = result[field] if field.startswith("micro") else result["recall"].get(field, 0.0)
        if got < floor:
            short.append(f"{field} {got:.3f} < {floor}")
    assert not short, f"{folder}: " + "; ".join(short)


def test_pages_that_are_not_articles_exit_3(shared: Path) -> None:
    codes = score(shared, "corpus/html")["exit_codes"]
    for name in NOT_ARTICLES:
        assert codes[name] == 3


def test_every_language_value_names_its_source(shared: Path) -> None:
    pages = sorted((shared / "corpus" / "html").rglob("*.html")) + sorted((shared / "corpus" / "text").glob("*.txt"))
    missing = {p.name: m for p in pages if (m := missing_provenance(journalmeta.parse(p.read_bytes()).to_dict()))}
    assert missing == {}
