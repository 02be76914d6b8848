"""Crawl-sized ingestion on Apache Spark: WARC files in, Parquet records out (extra ``journalmeta[spark]``).

    python -m journalmeta.spark --input 'crawl/*.warc.gz' --output out/        (or through spark-submit)

Executors read each WARC as a stream with the same reader and the same per-page function as
``journalmeta ingest`` (no whole file in memory); a page that fails becomes a row of ``out/errors``, never a
failed job. Records are deduplicated across the whole crawl by DOI (else normalised URL, else content hash)
with the same merge as the store, keeping every source, and written to ``out/records`` partitioned by year.
Paths are local, ``file://``, or any scheme fsspec knows (``s3://``, ``s3a://``, ``hdfs://``, ``gs://``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, cast
from urllib.parse import urlsplit

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import types as T

from journalmeta._parse import DEFAULT_MAX_BYTES
from journalmeta.ingest import DEFAULT_TIMEOUT_S, process
from journalmeta.readers.sources import Job
from journalmeta.store import Outcome, merge_records, record_key

LANG_MAP = T.MapType(T.StringType(), T.StringType())
AUTHOR = T.StructType([T.StructField("name", LANG_MAP), T.StructField("affiliations", T.ArrayType(T.StringType())),
                       T.StructField("orcid", T.StringType()), T.StructField("email", T.StringType()),
                       T.StructField("corresponding", T.BooleanType())])
JOURNAL = T.StructType([T.StructField("title", LANG_MAP)] + [T.StructField(k, T.StringType()) for k in (
    "abbrev", "issn", "eissn", "cn", "publisher")])
DATES = T.StructType([T.StructField(k, T.StringType()) for k in ("received", "revised", "accepted", "published",
                                                                  "online")])
RECORD = T.StructType([
    T.StructField("key", T.StringType(), False), T.StructField("doi", T.StringType()),
    T.StructField("url", T.StringType()), T.StructField("title", LANG_MAP), T.StructField("abstract", LANG_MAP),
    T.StructField("keywords", T.MapType(T.StringType(), T.ArrayType(T.StringType()))),
    T.StructField("authors", T.ArrayType(AUTHOR)), T.StructField("journal", JOURNAL),
    T.StructField("year", T.IntegerType()), *[T.StructField(k, T.StringType()) for k in (
        "volume", "issue", "pages", "first_page", "last_page", "article_number")],
    T.StructField("dates", DATES), T.StructField("citation", LANG_MAP), T.StructField("classification", LANG_MAP),
    T.StructField("funding", T.ArrayType(T.StringType())), T.StructField("pdf_url", T.StringType()),
    T.StructField("language", T.StringType()), T.StructField("platform", T.StringType()),
    T.StructField("provenance", LANG_MAP), T.StructField("warnings", T.ArrayType(T.StringType())),
    T.StructField("sources", T.ArrayType(T.StringType())),
])
ERRORS = T.StructType([T.StructField("source", T.StringType()), T.StructField("url", T.StringType()),
                       T.StructField("error", T.StringType())])


def _open(uri: str) -> BinaryIO:
    parts = urlsplit(uri)
    if parts.scheme in ("", "file"):
        return Path(parts.path if parts.scheme else uri).open("rb")
    import fsspec  # remote file systems, streamed

    stream: BinaryIO = fsspec.open(uri.replace("s3a://", "s3://", 1), "rb").open()
    return stream


def warc_outcomes(uri: str, max_bytes: int = DEFAULT_MAX_BYTES,
                  timeout: float = DEFAULT_TIMEOUT_S) -> Iterator[Outcome]:
    """Every page of one WARC, parsed; record by record, so memory stays flat however big the file."""
    from warcio.archiveiterator import ArchiveIterator

    seen = 0
    try:
        with _open(uri) as stream:
            records = ArchiveIterator(stream)
            for record in records:
                seen += record.format == "warc" or bool(record.rec_headers.get_header("uri", "").startswith("http"))
                if record.rec_type not in ("response", "conversion", "resource"):
                    continue
                headers = record.http_headers
                kind = (headers.get_header("Content-Type") if headers else None) or ""
                if record.rec_type == "response" and "html" not in kind.lower() and "text" not in kind.lower():
                    continue
                data = record.content_stream().read(max_bytes + 1)
                job = Job(locator=f"{uri}#{records.get_record_offset()}", kind="warc", data=data,
                          url=record.rec_headers.get_header("WARC-Target-URI"), content_type=kind or None)
                yield process(job, max_bytes, timeout)
    except Exception as exc:  # an unreadable archive is one error row, not a failed job
        yield Outcome(locator=uri, kind="warc", status="error", error=f"ArchiveError: {type(exc).__name__}: {exc}")
        return
    if seen == 0:
        yield Outcome(locator=uri, kind="warc", status="error",
                      error="ArchiveError: no WARC or ARC records in the file")


def _row(key: str, record: dict[str, Any], sources: list[str]) -> dict[str, Any]:
    row = {field.name: record.get(field.name) for field in RECORD.fields}
    row.update(key=key, sources=sources, classification={k: v for k, v in record["classification"].items() if v})
    return row


def _merge(group: tuple[str, Iterable[tuple[str, dict[str, Any]]]]) -> dict[str, Any]:
    key, items = group
    ordered = sorted(items, key=lambda item: _order(item[0]))
    return _row(key, merge_records([r for _, r in ordered]), [loc for loc, _ in ordered])


def _keyed(o: Outcome) -> tuple[str, tuple[str, dict[str, Any]]]:
    assert o.record is not None
    return record_key(o.record, o.content_hash), (o.locator, o.record)


def _order(locator: str) -> tuple[str, int]:
    path, _, offset = locator.rpartition("#")
    return (path, int(offset)) if offset.isdigit() else (locator, 0)


def records_and_errors(spark: SparkSession, warc_uris: Iterable[str] | DataFrame,
                       max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT_S,
                       ) -> tuple[DataFrame, DataFrame]:
    """A DataFrame of records (one row per article, sources kept) and one of errors, from WARC paths."""
    if isinstance(warc_uris, DataFrame):
        uris = warc_uris.rdd.map(lambda row: str(row[0]))
    else:
        listed = list(warc_uris)
        uris = spark.sparkContext.parallelize(listed, max(1, len(listed)))
    outcomes = uris.flatMap(lambda uri: warc_outcomes(uri, max_bytes, timeout)).cache()
    keyed = outcomes.filter(lambda o: o.record is not None).map(_keyed)
    records = spark.createDataFrame(cast(Any, keyed.groupByKey().map(_merge)), RECORD)
    failed = outcomes.filter(lambda o: o.record is None).map(lambda o: (o.locator, o.url, o.error))
    errors = spark.createDataFrame(cast(Any, failed), ERRORS)
    return records, errors


def expand(spark: SparkSession, pattern: str) -> list[str]:
    """The files a glob names, on any Hadoop file system the session can read."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(pattern)
    statuses = path.getFileSystem(conf).globStatus(path) or []
    return sorted(str(s.getPath().toString()) for s in statuses if s.isFile())


def run_job(spark: SparkSession, pattern: str, output: str) -> dict[str, int]:
    uris = expand(spark, pattern)
    records, errors = records_and_errors(spark, uris)
    records.write.mode("overwrite").partitionBy("year").parquet(f"{output.rstrip('/')}/records")
    errors.write.mode("overwrite").parquet(f"{output.rstrip('/')}/errors")
    return {"warc_files": len(uris), "records": records.count(), "errors": errors.count()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m journalmeta.spark", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True, help="a WARC path or glob, local or on any Hadoop file system")
    ap.add_argument("--output", required=True, help="where records/ (Parquet, by year) and errors/ go")
    ap.add_argument("--master", default=None, help="Spark master when not run through spark-submit")
    args = ap.parse_args(argv)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # local executors: this interpreter
    builder = SparkSession.builder.appName("journalmeta")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        print(json.dumps(run_job(spark, args.input, args.output)))
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
