"""The Spark job on local[2] against ``journalmeta ingest --workers 2`` on the same WARC files.

    python benchmarks/bench_spark.py [--pages 20000] [--files 20]

Pages are the corpus pages and fixtures replicated (each copy under a new target URI, so every copy is a
source and the same article is deduplicated across files). Prints pages/s of both, and the peak RSS of the
Spark Python workers.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def build(folder: Path, pages: int, files: int, shared: Path) -> list[Path]:
    from bench_ingest import source_pages
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    sources = source_pages(shared)
    blobs = [(p.read_bytes(), "text/html" if p.suffix == ".html" else "text/plain") for p in sources]
    out = []
    per_file = pages // files
    for f in range(files):
        path = folder / f"crawl-{f:03d}.warc.gz"
        with path.open("wb") as stream:
            writer = WARCWriter(stream, gzip=True)
            for i in range(per_file):
                data, kind = blobs[(f * per_file + i) % len(blobs)]
                http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(f"https://crawl.example/{f}/{i}", "response",
                                                              payload=io.BytesIO(data), http_headers=http))
        out.append(path)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=20_000)
    ap.add_argument("--files", type=int, default=20)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from journalmeta.spark import records_and_errors

    with tempfile.TemporaryDirectory() as tmp:
        warcs = build(Path(tmp), args.pages, args.files, args.shared)
        pages = args.pages // args.files * args.files
        spark = (SparkSession.builder.master("local[2]").appName("bench").config("spark.ui.enabled", "false")
                 .config("spark.python.worker.reuse", "true").getOrCreate())
        start = time.perf_counter()
        records, errors = records_and_errors(spark, [str(w) for w in warcs])
        counts = (records.count(), errors.count())
        spark_s = time.perf_counter() - start
        spark.stop()
        print(f"spark local[2]: {pages} pages in {spark_s:.1f} s = {pages / spark_s:.1f} pages/s; "
              f"{counts[0]} records, {counts[1]} errors", flush=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "journalmeta", "ingest", *map(str, warcs), "--db",
                        str(Path(tmp) / "b.sqlite"), "--workers", "2", "--quiet"], check=True)
        ingest_s = time.perf_counter() - start
        print(f"ingest --workers 2: {pages} pages in {ingest_s:.1f} s = {pages / ingest_s:.1f} pages/s")
        print(f"spark / ingest throughput: {ingest_s / spark_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
