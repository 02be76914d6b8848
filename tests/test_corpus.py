"""The evaluation gate: per-field recall floors on ../shared/corpus, pinned at what the parser reaches.

A change that loses accuracy fails here. Raise a floor when the parser gets better; never lower one to
make a change pass. Skipped when ../shared is not beside the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_score import score

FLOORS: dict[str, dict[str, float]] = {
    "seed": {"micro_recall": 1.0, "micro_precision": 1.0},
    "corpus/text": {
        "micro_recall": 0.985, "micro_precision": 0.99,
        "doi": 1.0, "title": 0.96, "authors": 1.0, "journal": 1.0, "year": 1.0, "volume": 1.0, "issue": 1.0,
        "pages": 0.92, "keywords": 1.0, "abstract": 1.0, "citation": 1.0,
    },
    "corpus/html": {
        "micro_recall": 0.90, "micro_precision": 0.95,
        "doi": 0.97, "title": 0.90, "authors": 0.90, "journal": 0.87, "year": 0.88, "volume": 0.97, "issue": 0.97,
        "pages": 0.86, "abstract": 0.90, "citation": 0.68, "keywords": 0.92,
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
