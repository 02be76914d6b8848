"""The Spark job in local mode (local[2]) on WARC files built from the corpus: same records as ``ingest``."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark", reason="the spark extra is not installed")
if shutil.which("java") is None:
    pytest.fail("Spark needs a Java runtime: .ci/run installs one", pytrace=False)

from journalmeta.cli import main  # noqa: E402
from tests.conftest import FIXTURES, SHARED, write_warc  # noqa: E402


def _pages() -> list[Path]:
    pages = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".html", ".txt"))
    if (SHARED / "corpus").is_dir():
        pages += sorted((SHARED / "corpus" / "html").rglob("*.html"))
    return pages


def _warc(path: Path, pages: list[Path]) -> None:
    write_warc(path, pages, prefix=f"https://crawl.example/{path.stem}")


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("crawl")
    pages = _pages()
    half = len(pages) // 2
    out = [folder / "part-0.warc.gz", folder / "part-1.warc.gz"]
    _warc(out[0], pages[:half])
    _warc(out[1], pages[half:] + pages[:3])  # three pages crawled twice: deduplicated across files
    (folder / "broken.warc.gz").write_bytes(b"not a warc at all")
    return out


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run this interpreter (journalmeta on it)
    session = (SparkSession.builder.master("local[2]").appName("journalmeta-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate())
    yield session
    session.stop()


def test_same_records_as_ingest(spark: object, warcs: list[Path], tmp_path: Path) -> None:
    from journalmeta.spark import records_and_errors

    records, errors = records_and_errors(spark, [str(w) for w in warcs])  # type: ignore[arg-type]
    rows = {r["key"]: r.asDict(recursive=True) for r in records.collect()}
    assert errors.count() == 0
    db = tmp_path / "r.sqlite"
    assert main(["ingest", *map(str, warcs), "--db", str(db), "--workers", "1", "--quiet"]) == 0
    with sqlite3.connect(db) as con:
        stored = {k: json.loads(d) for k, d in con.execute("SELECT key, data FROM records")}
        sources = dict(con.execute("SELECT record_key, COUNT(*) FROM sources GROUP BY record_key").fetchall())
    assert set(rows) == set(stored)
    for key, data in stored.items():
        row = rows[key]
        assert len(row["sources"]) == sources[key]
        for field in ("doi", "url", "title", "abstract", "keywords", "year", "volume", "issue", "pages",
                      "citation", "platform", "warnings"):
            assert (row[field] or None) == (data[field] or None), (key, field)
        assert [a["name"] for a in row["authors"]] == [a["name"] for a in data["authors"]]
        assert row["journal"]["title"] == data["journal"]["title"]
    assert any(len(r["sources"]) == 2 for r in rows.values())


def test_job_writes_parquet_by_year_and_errors(spark: object, warcs: list[Path], tmp_path: Path) -> None:
    from journalmeta.spark import run_job

    out = tmp_path / "out"
    counts = run_job(spark, str(warcs[0].parent / "*.warc.gz"), str(out))  # type: ignore[arg-type]
    assert counts["warc_files"] == 3 and counts["errors"] == 1 and counts["records"] > 10
    assert any(p.name.startswith("year=") for p in (out / "records").iterdir())
    back = spark.read.parquet(str(out / "records"))  # type: ignore[attr-defined]
    assert back.count() == counts["records"]
    assert "map<string,string>" in back.schema["title"].dataType.simpleString()
    (error,) = spark.read.parquet(str(out / "errors")).collect()  # type: ignore[attr-defined]
    assert error["source"].endswith("broken.warc.gz") and error["error"].startswith("ArchiveError")
