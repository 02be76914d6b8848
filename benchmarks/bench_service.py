"""Load test of ``journalmeta serve`` on loopback: N POST /parse requests of corpus pages from C concurrent
clients, bounded in count and time. Reports throughput, p50/p99 latency and errors, against the in-process
parse rate times the worker count measured in the same run.

    python benchmarks/bench_service.py [--requests 10000] [--clients 32] [--workers 2] [--max-seconds 900]
                                       [--generator auto|wrk|python]

The load generator shares the machine's cores with the service, so it should cost little CPU a request:
wrk (Debian's package, scripted by wrk_load.lua) when it is on PATH, else raw asyncio sockets in Python.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, cast

import httpx

ROOT = Path(__file__).resolve().parent.parent


def _page_files(shared: Path) -> list[tuple[Path, str]]:
    html = [(p, "text/html") for p in sorted((shared / "corpus" / "html").rglob("*.html"))]
    return html + [(p, "text/plain") for p in sorted((shared / "corpus" / "text").glob("*.txt"))]


def _in_process_rates(pages: list[tuple[bytes, str]], passes: int = 3) -> list[float]:
    """Pages per second of ``journalmeta.parse`` in this process, one figure per pass over the pages."""
    import journalmeta

    for data, kind in pages[:5]:
        journalmeta.parse(data, content_type=kind)
    rates = []
    for _ in range(passes):
        start = time.perf_counter()
        for data, kind in pages:
            journalmeta.parse(data, content_type=kind)
        rates.append(len(pages) / (time.perf_counter() - start))
    return rates


def _request(data: bytes, kind: str) -> bytes:
    head = (f"POST /parse HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {kind}; charset=utf-8\r\n"
            f"Content-Length: {len(data)}\r\n\r\n")
    return head.encode("ascii") + data


async def _response(reader: asyncio.StreamReader) -> str:
    """Read one HTTP/1.1 response with a Content-Length; its status code."""
    status = (await reader.readline()).split(b" ", 2)
    if len(status) < 2:
        raise ConnectionError("connection closed")
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    await reader.readexactly(length)
    return status[1].decode("ascii")


async def _load(port: int, pages: list[tuple[bytes, str]], requests: int, clients: int,
                max_seconds: float) -> tuple[int, list[float], dict[str, int], float]:
    """``clients`` keep-alive connections on raw sockets: the load generator shares the machine's cores with
    the service, so it must cost little CPU per request (an httpx client costs ~1.5 ms of CPU a request)."""
    latencies: list[float] = []
    outcomes: dict[str, int] = {}
    counter = iter(range(requests))
    deadline = time.monotonic() + max_seconds
    prepared = [_request(data, kind) for data, kind in pages]

    async def client() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for n in counter:
            if time.monotonic() > deadline:
                break
            start = time.perf_counter()
            try:
                writer.write(prepared[n % len(prepared)])
                key = await _response(reader)
            except (OSError, ConnectionError, asyncio.IncompleteReadError) as exc:
                key = type(exc).__name__
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            latencies.append(time.perf_counter() - start)
            outcomes[key] = outcomes.get(key, 0) + 1
        writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return len(latencies), latencies, outcomes, time.perf_counter() - start


def _load_wrk(port: int, listing: Path, requests: int, clients: int,
              max_seconds: float) -> tuple[int, list[float], dict[str, int], float]:
    """One round by wrk: the requests answered, the round's latency percentiles 1..99 and its maximum in
    seconds (rounds are of equal size, so pooling these points approximates the percentiles of the whole),
    the statuses, and the seconds wrk ran."""
    command = ["wrk", "-t1", f"-c{clients}", f"-d{max(1, int(max_seconds))}s", "--timeout", "60s",
               "-s", str(ROOT / "benchmarks" / "wrk_load.lua"), f"http://127.0.0.1:{port}", "--",
               str(listing), str(requests)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as wrk:
        assert wrk.stdout is not None
        lines = []
        for line in wrk.stdout:
            lines.append(line.split())
            if lines[-1] == ["DONE"]:
                wrk.send_signal(signal.SIGINT)
    result = next(line for line in lines if line[:1] == ["RESULT"])
    outcomes = dict(part.split("=") for part in result[3].split(",")) if len(result) > 3 else {}
    quantiles = next(line for line in lines if line[:1] == ["LATENCY"])[1:]
    return (int(result[1]), [int(us) / 1e6 for us in quantiles], {k: int(v) for k, v in outcomes.items()},
            int(result[2]) / 1e6)


def _run(coroutine: Any) -> Any:
    try:
        import uvloop

        return uvloop.run(coroutine)
    except ImportError:
        return asyncio.run(coroutine)


def _wait_until_up(base: str) -> None:
    for _ in range(300):
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)


def _round(args: argparse.Namespace, port: int, pages: list[tuple[bytes, str]],
           listing: Path | None) -> tuple[int, list[float], dict[str, int], float]:
    per_round, seconds = args.requests // args.rounds, args.max_seconds / args.rounds
    if listing is not None:
        return _load_wrk(port, listing, per_round, args.clients, seconds)
    return cast("tuple[int, list[float], dict[str, int], float]",
                _run(_load(port, pages, per_round, args.clients, seconds)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=40, help="the requests are sent in this many rounds")
    ap.add_argument("--max-seconds", type=float, default=900)
    ap.add_argument("--generator", choices=("auto", "wrk", "python"), default="auto")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    files = _page_files(args.shared)
    pages = [(path.read_bytes(), kind) for path, kind in files]
    use_wrk = args.generator == "wrk" or (args.generator == "auto" and shutil.which("wrk") is not None)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "journalmeta", "serve", "--port", str(port), "--workers",
                               str(args.workers)])
    # This machine's speed drifts by up to 2x within seconds, so the requests go in short rounds (~2 s each),
    # the in-process rate is measured right before and right after each (one pass over the pages, ~1 s, the
    # server idle meanwhile), each round is compared with the mean of the two, and the median ratio reported.
    latencies: list[float] = []
    outcomes: dict[str, int] = {}
    done, seconds, ratios, rates = 0, 0.0, [], [statistics.median(_in_process_rates(pages, 2))]
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "pages.tsv" if use_wrk else None
        if listing is not None:
            listing.write_text("".join(f"{kind}\t{path}\n" for path, kind in files), encoding="utf-8")
        try:
            _wait_until_up(f"http://127.0.0.1:{port}")
            for n in range(args.rounds):
                count, lat, out, secs = _round(args, port, pages, listing)
                rates.append(statistics.median(_in_process_rates(pages, 1)))
                rate = (rates[-2] + rates[-1]) / 2
                ratios.append(count / secs / (rate * args.workers))
                print(f"round {n + 1}: {count / secs:.1f} req/s; in-process {rates[-2]:.1f} -> {rates[-1]:.1f} "
                      f"pages/s; {ratios[-1]:.0%} of rate x {args.workers} workers", flush=True)
                done, seconds, latencies = done + count, seconds + secs, latencies + lat
                for key, count in out.items():
                    outcomes[key] = outcomes.get(key, 0) + count
        finally:
            server.terminate()
            server.wait(timeout=30)
    ok = sum(v for k, v in outcomes.items() if k in ("200", "422"))
    q = statistics.quantiles(latencies, n=100)
    print(f"load generator: {'wrk' if use_wrk else 'python (asyncio sockets)'}")
    print(f"{done} requests from {args.clients} clients in {seconds:.1f} s of load: {done / seconds:.1f} req/s")
    print(f"latency p50 {q[49] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms; statuses {dict(sorted(outcomes.items()))}")
    print(f"errors (not 200/422): {done - ok}")
    print(f"service throughput / (in-process rate x {args.workers} workers), median over {args.rounds} rounds: "
          f"{statistics.median(ratios):.0%}  (target >= 80%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
