"""Load test of ``journalmeta serve`` on loopback: N POST /parse requests of corpus pages from C concurrent
clients, bounded in count and time. Reports throughput, p50/p99 latency and errors, against the in-process
parse rate times the worker count measured in the same run.

    python benchmarks/bench_service.py [--requests 10000] [--clients 32] [--workers 2] [--max-seconds 900]
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def _pages(shared: Path) -> list[tuple[bytes, str]]:
    html = [(p.read_bytes(), "text/html") for p in sorted((shared / "corpus" / "html").rglob("*.html"))]
    text = [(p.read_bytes(), "text/plain") for p in sorted((shared / "corpus" / "text").glob("*.txt"))]
    return html + text


def _in_process_rate(pages: list[tuple[bytes, str]]) -> float:
    import journalmeta

    for data, kind in pages[:5]:
        journalmeta.parse(data, content_type=kind)
    start = time.perf_counter()
    for data, kind in pages:
        journalmeta.parse(data, content_type=kind)
    return len(pages) / (time.perf_counter() - start)


async def _load(base: str, pages: list[tuple[bytes, str]], requests: int, clients: int,
                max_seconds: float) -> tuple[list[float], dict[str, int], float]:
    latencies: list[float] = []
    outcomes: dict[str, int] = {}
    counter = iter(range(requests))
    deadline = time.monotonic() + max_seconds

    async def client(http: httpx.AsyncClient) -> None:
        for n in counter:
            if time.monotonic() > deadline:
                return
            data, kind = pages[n % len(pages)]
            start = time.perf_counter()
            try:
                r = await http.post("/parse", content=data, headers={"Content-Type": f"{kind}; charset=utf-8"})
                key = str(r.status_code)
            except httpx.HTTPError as exc:
                key = type(exc).__name__
            latencies.append(time.perf_counter() - start)
            outcomes[key] = outcomes.get(key, 0) + 1

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as http:
        start = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        return latencies, outcomes, time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--max-seconds", type=float, default=900)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    pages = _pages(args.shared)
    rate = _in_process_rate(pages)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "journalmeta", "serve", "--port", str(port), "--workers",
                               str(args.workers)])
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        latencies, outcomes, seconds = asyncio.run(_load(base, pages, args.requests, args.clients, args.max_seconds))
    finally:
        server.terminate()
        server.wait(timeout=30)
    done = len(latencies)
    ok = sum(v for k, v in outcomes.items() if k in ("200", "422"))
    q = statistics.quantiles(latencies, n=100)
    print(f"{done} requests from {args.clients} clients in {seconds:.1f} s: {done / seconds:.1f} req/s")
    print(f"latency p50 {q[49] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms; statuses {dict(sorted(outcomes.items()))}")
    print(f"errors (not 200/422): {done - ok}")
    print(f"in-process parse rate {rate:.1f} pages/s x {args.workers} workers = {rate * args.workers:.1f}; "
          f"service reaches {done / seconds / (rate * args.workers):.0%} of it (target >= 80%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
