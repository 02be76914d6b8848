"""Batch ingestion: jobs → worker processes → outcomes → the store (or a JSONL file), resumable, with progress.

The per-page work (``process``) is a pure function of bytes and URL, so it maps unchanged onto a distributed
engine. One bad page costs one error row; a page over the time bound is recorded as an error and the batch
goes on; Ctrl-C stops cleanly, keeping what was written.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import IO, Any

from journalmeta._parse import DEFAULT_MAX_BYTES, parse
from journalmeta.errors import InputTooLarge, JournalmetaError
from journalmeta.readers.sources import Job
from journalmeta.store import Outcome, Store

DEFAULT_TIMEOUT_S = 30.0
_JOBS_PER_TASK = 8
_FLUSH_EVERY = 200
_FLUSH_SECONDS = 2.0


class PageTimeout(Exception):
    """A page took longer than the per-page bound."""


class _Unavailable(Exception):
    """The job carries the reason its page could not be read (a failed fetch)."""


def _alarm(signum: int, frame: Any) -> None:
    raise PageTimeout()


def _read(job: Job, max_bytes: int) -> bytes:
    if job.data is not None:
        return job.data
    assert job.path is not None
    size = os.path.getsize(job.path)
    if size > max_bytes:
        raise InputTooLarge(size, max_bytes)
    return Path(job.path).read_bytes()


def process(job: Job, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT_S) -> Outcome:
    """Parse one job into an outcome; never raises for a bad page."""
    start = time.perf_counter()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    data = b""
    try:
        if job.error:
            raise _Unavailable(job.error)
        data = _read(job, max_bytes)
        record = parse(data, url=job.url, content_type=job.content_type, max_bytes=max_bytes)
        status = "parsed" if record.has_metadata else "no-metadata"
        result: dict[str, Any] | None = record.to_dict()
        error = None
    except PageTimeout:
        status, result, error = "error", None, f"PageTimeout: over {timeout:g} s"
    except _Unavailable as exc:
        status, result, error = "error", None, str(exc)
    except (JournalmetaError, OSError) as exc:
        status, result, error = "error", None, f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # a parser bug must cost one page, not the batch; it is kept with its kind
        status, result, error = "error", None, f"InternalError: {type(exc).__name__}: {exc}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return Outcome(locator=job.locator, kind=job.kind, status=status, url=job.url, record=result, error=error,
                   record_json=json.dumps(result, ensure_ascii=False) if result is not None else None,
                   size=len(data), parse_ms=(time.perf_counter() - start) * 1000,
                   content_hash=hashlib.sha1(data).hexdigest() if data else None)


def _process_many(jobs: list[Job], max_bytes: int, timeout: float) -> list[Outcome]:
    return [process(job, max_bytes, timeout) for job in jobs]


_PR_SET_PDEATHSIG = 1


def _release_memory() -> None:
    """Hand freed heap back to the system after a batch (glibc keeps it otherwise), so RSS stays flat."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def worker_init() -> None:
    """Workers leave Ctrl-C to the main process, and die with it even when it is SIGKILLed (Linux)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _chunks(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(jobs: Iterable[Job], workers: int, max_bytes: int, timeout: float) -> Iterator[Outcome]:
    """Outcomes of ``jobs``, in completion order; a bounded number of jobs in flight, so memory stays flat."""
    if workers <= 1:
        for job in jobs:
            yield process(job, max_bytes, timeout)
        return
    window = workers * 4
    with ProcessPoolExecutor(workers, mp_context=get_context("fork"), initializer=worker_init) as pool:
        pending: set[Future[list[Outcome]]] = set()
        try:
            for chunk in _chunks(jobs, _JOBS_PER_TASK):
                pending.add(pool.submit(_process_many, chunk, max_bytes, timeout))
                if len(pending) >= window:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in finished:
                        yield from future.result()
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield from future.result()
        finally:
            for future in pending:
                future.cancel()


@dataclass
class Summary:
    statuses: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    platforms: Counter[str] = field(default_factory=Counter)
    skipped: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    def add(self, o: Outcome) -> None:
        self.statuses[o.status] += 1
        if o.error:
            self.errors[o.error.split(":", 1)[0]] += 1
        if o.record is not None and o.status == "parsed":
            self.platforms[str(o.record.get("platform"))] += 1

    @property
    def pages(self) -> int:
        return sum(self.statuses.values())

    def lines(self) -> list[str]:
        rate = self.pages / self.seconds if self.seconds else 0.0
        out = [f"pages {self.pages} in {self.seconds:.1f} s ({rate:.1f}/s); skipped as done {self.skipped}"
               + ("; interrupted" if self.interrupted else ""),
               "status: " + ", ".join(f"{k} {self.statuses.get(k, 0)}" for k in ("parsed", "no-metadata", "error"))]
        if self.errors:
            out.append("errors: " + ", ".join(f"{k} {v}" for k, v in self.errors.most_common()))
        if self.platforms:
            out.append("records by platform: " + ", ".join(f"{k} {v}" for k, v in self.platforms.most_common()))
        return out


class Progress:
    """A live line on a terminal; a plain line every few seconds otherwise; nothing when quiet."""

    def __init__(self, stream: IO[str], quiet: bool, total: int | None = None, every: float = 5.0) -> None:
        self.stream, self.quiet, self.total, self.every = stream, quiet, total, every
        self.tty = stream.isatty()
        self.start = self.last = time.monotonic()

    def update(self, summary: Summary, force: bool = False) -> None:
        now = time.monotonic()
        if self.quiet or (not force and now - self.last < (0.2 if self.tty else self.every)):
            return
        self.last = now
        done = summary.pages
        rate = done / max(now - self.start, 1e-9)
        eta = f" ETA {max(0.0, (self.total - done) / rate):.0f} s" if self.total and rate else ""
        line = f"{done}{'/' + str(self.total) if self.total else ''} pages, {rate:.1f}/s, " \
               f"{summary.statuses.get('error', 0)} errors{eta}"
        self.stream.write(("\r" + line + " " * 8) if self.tty else line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and not self.quiet:
            self.stream.write("\n")


Sink = Callable[[list[Outcome]], None]


def jsonl_sink(stream: IO[str]) -> Sink:
    def write(outcomes: list[Outcome]) -> None:
        for o in outcomes:
            text = o.record_text()
            if text is not None:
                stream.write(text + "\n")
        stream.flush()
    return write


def ingest(jobs: Iterable[Job], sink: Sink, *, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
           timeout: float = DEFAULT_TIMEOUT_S, skip: Callable[[str], bool] | None = None,
           progress: Progress | None = None, summary: Summary | None = None) -> Summary:
    """Run every job that ``skip`` does not turn down and hand the outcomes to ``sink`` in batches."""
    summary = summary or Summary()
    started = time.monotonic()

    def todo() -> Iterator[Job]:
        for job in jobs:
            if skip is not None and skip(job.locator):
                summary.skipped += 1
            else:
                yield job

    buffer: list[Outcome] = []
    last_flush = time.monotonic()
    try:
        for outcome in run(todo(), workers, max_bytes, timeout):
            buffer.append(outcome)
            summary.add(outcome)
            if len(buffer) >= _FLUSH_EVERY or time.monotonic() - last_flush > _FLUSH_SECONDS:
                sink(buffer)
                buffer, last_flush = [], time.monotonic()
                _release_memory()
            if progress:
                progress.update(summary)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        if buffer:
            sink(buffer)
        summary.seconds = time.monotonic() - started
        if progress:
            progress.update(summary, force=True)
            progress.close()
    return summary


def store_sink(store: Store) -> Sink:
    return store.write


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def print_summary(summary: Summary, stream: IO[str] = sys.stderr) -> None:
    for line in summary.lines():
        stream.write(line + "\n")
