"""Ingest throughput and memory: pages/s with 1 and 2 workers, scaling, and peak RSS at 1,000 vs 10,000 pages.

    python benchmarks/bench_ingest.py [--pages 10000] [--small 1000] [--shared ../shared]

Pages are made by replicating the corpus pages and the fixtures under new names. Each run is a fresh
``journalmeta ingest`` process into a new store; the peak RSS is the largest sum over the process tree
(main process and workers), sampled every 0.1 s. Needs psutil (the 'bench' extra).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent


def source_pages(shared: Path) -> list[Path]:
    """The pages the benchmarks replicate: the shared corpus (HTML and text) and the fixtures."""
    pages = sorted((shared / "corpus").rglob("*.html")) + sorted((shared / "corpus" / "text").glob("*.txt"))
    return pages + sorted(p for p in (ROOT / "fixtures").rglob("*") if p.suffix in (".html", ".txt"))


def make_pages(target: Path, count: int, shared: Path) -> None:
    sources = source_pages(shared)
    target.mkdir(parents=True)
    for i in range(count):
        source = sources[i % len(sources)]
        shutil.copy(source, target / f"{i:06d}{source.suffix}")


def run(folder: Path, workers: int) -> tuple[float, float, int]:
    """(seconds, peak RSS in MiB over the process tree, pages in the store)."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite"
        cmd = [sys.executable, "-m", "journalmeta", "ingest", str(folder), "--db", str(db), "--workers",
               str(workers), "--quiet"]
        start = time.perf_counter()
        proc = psutil.Popen(cmd)
        peak = 0
        while proc.poll() is None:
            try:
                tree = [proc, *proc.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.1)
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"ingest failed with {proc.returncode}")
        import sqlite3

        with sqlite3.connect(db) as con:
            pages = con.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
        return seconds, peak / 2**20, pages


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--small", type=int, default=1_000)
    ap.add_argument("--rounds", type=int, default=2, help="pairs of 1- and 2-worker runs, back to back")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big", Path(tmp) / "small"
        make_pages(big, args.pages, args.shared)
        make_pages(small, args.small, args.shared)
        # this machine's speed drifts within minutes: each 2-worker run is compared with the 1-worker run
        # just before it, and the scaling is the median over the rounds
        scalings, peaks = [], []
        for _ in range(args.rounds):
            results = {}
            for workers in (1, 2):
                results[workers] = run(big, workers)
                seconds, rss, pages = results[workers]
                print(f"{pages} pages, {workers} worker(s): {seconds:.1f} s, {pages / seconds:.1f} pages/s, "
                      f"peak RSS {rss:.0f} MiB", flush=True)
            scalings.append(results[1][0] / results[2][0])
            peaks.append(results[2])
        small_run = run(small, 2)
        big_peak = max(peaks, key=lambda r: r[1])
        print(f"scaling 1 -> 2 workers per round: {', '.join(f'{x:.2f}' for x in scalings)}; "
              f"median {statistics.median(scalings):.2f}x  (target >= 1.7)")
        print(f"peak RSS with 2 workers: {small_run[1]:.0f} MiB at {small_run[2]} pages, {big_peak[1]:.0f} MiB at "
              f"{big_peak[2]} pages (the larger of the rounds): {big_peak[1] / small_run[1] - 1:+.1%}  "
              f"(target within 10%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
