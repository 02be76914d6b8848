"""Export from the store streams: 10,000 records cost no more memory than 1,000."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import journalmeta
from journalmeta.exporters import export
from journalmeta.store import Outcome, Store
from tests.conftest import FIXTURES


def _fill(db: Path, n: int) -> None:
    base = journalmeta.parse((FIXTURES / "seed" / "seed.txt").read_bytes()).to_dict()
    base["abstract"] = {lang: text[:300] for lang, text in base["abstract"].items()}
    with Store(db) as store:
        batch = []
        for i in range(n):
            record = dict(base, doi=f"10.1234/stream.{i}")
            batch.append(Outcome(locator=f"page-{i}", kind="file", status="parsed", record=record))
            if len(batch) == 1000:
                store.write(batch)
                batch = []
        if batch:
            store.write(batch)


def _peak_export(db: Path, fmt: str) -> int:
    with Store(db) as store:
        tracemalloc.start()
        count = sum(1 for _ in export(store.records(), fmt))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert count > 0
    return peak


def test_export_memory_stays_flat(tmp_path: Path) -> None:
    small, large = tmp_path / "small.sqlite", tmp_path / "large.sqlite"
    _fill(small, 1_000)
    _fill(large, 10_000)
    for fmt in ("jsonl", "csv", "bibtex"):
        assert _peak_export(large, fmt) < 1.5 * _peak_export(small, fmt) + 2_000_000, fmt
