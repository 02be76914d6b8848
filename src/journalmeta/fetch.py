"""A polite fetcher for ``ingest --urls``: robots.txt, per-host spacing, a global concurrency limit, retries with
backoff on 429/5xx honouring ``Retry-After``, timeouts, a body size cap, a redirect limit, http(s) only.

Every fetched page goes into a WARC beside the store, so a re-run re-parses without fetching again.
"""

from __future__ import annotations

import io
import threading
import time
import urllib.robotparser
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from journalmeta import __version__
from journalmeta.readers.sources import Job

USER_AGENT = f"journalmeta/{__version__} (bibliographic metadata extraction)"
MAX_REDIRECTS = 5
RETRIES = 3
RETRY_STATUSES = frozenset((429, 500, 502, 503, 504))
MAX_RETRY_AFTER_S = 120.0


class FetchError(Exception):
    """A page that could not be fetched: the message says why."""


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    @property
    def content_type(self) -> str | None:
        return next((v for k, v in self.headers if k.lower() == "content-type"), None)


class HostClock:
    """At least ``delay`` seconds between two requests to one host."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.next_slot: dict[str, float] = {}
        self.lock = threading.Lock()

    def wait(self, host: str) -> None:
        with self.lock:
            now = time.monotonic()
            slot = max(now, self.next_slot.get(host, now))
            self.next_slot[host] = slot + self.delay
        if slot > now:
            time.sleep(slot - now)


class Fetcher:
    def __init__(self, *, delay: float = 1.0, max_bytes: int = 20 * 1024 * 1024, connect_timeout: float = 10.0,
                 read_timeout: float = 30.0, retries: int = RETRIES,
                 check: Callable[[str], None] | None = None) -> None:
        self.clock = HostClock(delay)
        self.retries = retries
        self.max_bytes = max_bytes
        self.check = check  # an extra guard on every URL, redirects included (the service's SSRF check)
        self.client = httpx.Client(timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
                                   follow_redirects=False, headers={"User-Agent": USER_AGENT})
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.robots_lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def _guard(self, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"only http and https URLs are fetched: {url[:100]}")
        if self.check:
            self.check(url)
        return parts.netloc.lower()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        with self.robots_lock:
            if base not in self.robots:
                self.robots[base] = self._robots(base)
            rules = self.robots[base]
        return rules is None or rules.can_fetch(USER_AGENT, url)

    def _robots(self, base: str) -> urllib.robotparser.RobotFileParser | None:
        try:
            self.clock.wait(urlsplit(base).netloc.lower())
            response = self.client.get(base + "/robots.txt")
        except httpx.HTTPError:
            return None
        if response.status_code >= 400:
            return None
        rules = urllib.robotparser.RobotFileParser()
        rules.parse(response.text.splitlines())
        return rules

    def _once(self, url: str) -> Fetched:
        host = self._guard(url)
        self.clock.wait(host)
        with self.client.stream("GET", url) as response:
            body = io.BytesIO()
            for chunk in response.iter_bytes():
                body.write(chunk)
                if body.tell() > self.max_bytes:
                    raise FetchError(f"body over {self.max_bytes} bytes")
            return Fetched(str(response.url), response.status_code, list(response.headers.items()), body.getvalue())

    def get(self, url: str) -> Fetched:
        """The page at ``url``, after redirects and retries; FetchError when it cannot be had."""
        if not self.allowed(url):
            raise FetchError("disallowed by robots.txt")
        for attempt in range(self.retries + 1):
            current = url
            for _ in range(MAX_REDIRECTS + 1):
                try:
                    fetched = self._once(current)
                except httpx.TimeoutException as exc:
                    raise FetchError(f"timeout: {type(exc).__name__}") from exc
                except httpx.HTTPError as exc:
                    raise FetchError(f"{type(exc).__name__}: {exc}") from exc
                location = next((v for k, v in fetched.headers if k.lower() == "location"), None)
                if fetched.status in (301, 302, 303, 307, 308) and location:
                    current = urljoin(current, location)
                    continue
                break
            else:
                raise FetchError(f"more than {MAX_REDIRECTS} redirects")
            if fetched.status in RETRY_STATUSES and attempt < self.retries:
                time.sleep(_retry_after(fetched, attempt))
                continue
            if fetched.status >= 400:
                raise FetchError(f"HTTP {fetched.status}")
            return fetched
        raise FetchError("retries exhausted")


def _retry_after(fetched: Fetched, attempt: int) -> float:
    header = next((v for k, v in fetched.headers if k.lower() == "retry-after"), None)
    if header and header.strip().isdigit():
        return min(float(header), MAX_RETRY_AFTER_S)
    return min(0.5 * 2.0 ** attempt, MAX_RETRY_AFTER_S)


class Archive:
    """The WARC of fetched pages: read at start (URL → bytes) and appended to as pages arrive."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.Lock()

    def known(self) -> dict[str, tuple[bytes, str | None]]:
        if not self.path.exists():
            return {}
        from warcio.archiveiterator import ArchiveIterator

        out = {}
        with self.path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    content_type = record.http_headers.get_header("Content-Type") if record.http_headers else None
                    out[url] = (record.content_stream().read(), content_type)
        return out

    def add(self, url: str, fetched: Fetched) -> None:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        headers = [(k, v) for k, v in fetched.headers if k.lower() not in ("content-encoding", "transfer-encoding")]
        http = StatusAndHeaders(f"{fetched.status} OK", headers, protocol="HTTP/1.1")
        with self.lock, self.path.open("ab") as stream:
            writer = WARCWriter(stream, gzip=True)
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(fetched.body),
                                                          http_headers=http))


def url_jobs(urls: Iterable[str], archive_path: Path, *, max_bytes: int = 20 * 1024 * 1024, delay: float = 1.0,
             skip: Callable[[str], bool] | None = None, concurrency: int = 8,
             **fetcher_options: Any) -> Iterator[Job]:
    """Jobs for ``urls``: from the archive when fetched before, else fetched politely (and archived)."""
    archive = Archive(archive_path)
    known = archive.known()
    fetcher = Fetcher(delay=delay, max_bytes=max_bytes, **fetcher_options)

    def one(url: str) -> Job:
        if url in known:
            body, content_type = known[url]
            return Job(locator=url, kind="url", data=body, url=url, content_type=content_type)
        try:
            fetched = fetcher.get(url)
        except FetchError as exc:
            return Job(locator=url, kind="url", url=url, error=f"FetchError: {exc}")
        archive.add(url, fetched)
        return Job(locator=url, kind="url", data=fetched.body, url=url, content_type=fetched.content_type)

    try:
        with ThreadPoolExecutor(concurrency) as pool:
            pending: set[Future[Job]] = set()
            for url in urls:
                if skip is not None and skip(url):
                    continue
                pending.add(pool.submit(one, url))
                if len(pending) >= concurrency * 2:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from (f.result() for f in finished)
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in finished)
    finally:
        fetcher.close()
