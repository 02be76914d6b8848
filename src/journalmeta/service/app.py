"""The HTTP API: POST /parse, POST /batch, GET /records, GET /health, and the review page at /.

Parsing runs in a bounded pool of worker processes, each page under the per-page time bound, so one slow
page cannot starve the rest; request bodies are capped; errors are problem details.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse

from journalmeta import __version__
from journalmeta._parse import DEFAULT_MAX_BYTES
from journalmeta.exporters import FORMATS, export_string
from journalmeta.ingest import DEFAULT_TIMEOUT_S, process, worker_init
from journalmeta.readers.sources import Job
from journalmeta.record import Record
from journalmeta.service import review
from journalmeta.service.fastpath import ParseFastPath
from journalmeta.service.pool import ProcessPool, WorkerLost
from journalmeta.service.problems import Problem, problem_response
from journalmeta.service.ssrf import Guard, Refused
from journalmeta.store import Outcome, Store

MEDIA_TYPES = {"json": "application/json", "jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
               "bibtex": "application/x-bibtex; charset=utf-8", "ris": "application/x-research-info-systems",
               "csljson": "application/vnd.citationstyles.csl+json", "jats": "application/xml",
               "gbt7714": "text/plain; charset=utf-8", "gbt7714-2015": "text/plain; charset=utf-8",
               "gbt7714-2025": "text/plain; charset=utf-8"}
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
ERROR_STATUS = {"InputTooLarge": 413, "PageTimeout": 504, "FetchError": 502, "NotAPage": 400, "DecodingError": 400}


@dataclass(frozen=True)
class Config:
    db: str | None = None
    workers: int = 2
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT_S
    allow_private: bool = False
    allow_hosts: frozenset[str] = frozenset()
    fetch_delay: float = 1.0
    max_batch: int = 1000


class Service:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.guard = Guard(config.allow_private, config.allow_hosts)
        self.pool = ProcessPool(config.workers, initializer=worker_init)
        self.reviewed: dict[str, Record] = {}

    async def run(self, job: Job) -> Outcome:
        outcome: Outcome = await self._in_pool(process, job, self.config.max_bytes, self.config.timeout)
        return outcome

    async def rendered(self, job: Job, fmt: str) -> tuple[Outcome, bytes | None]:
        """The outcome, and the record already in ``fmt`` when the page had metadata (see :func:`render`)."""
        done: tuple[Outcome, bytes | None] = await self._in_pool(render, job, self.config.max_bytes,
                                                               self.config.timeout, fmt)
        return done

    async def _in_pool(self, fn: Any, *args: Any) -> Any:
        """``fn(*args)`` in a worker process. The worker bounds the parse itself (``timeout``); the pool's own
        bound, a little longer, catches a worker stuck where that bound cannot reach it."""
        try:
            return await self.pool.call(fn, *args, timeout=self.config.timeout + 10)
        except TimeoutError as exc:
            raise Problem(504, f"parsing took over {self.config.timeout:g} s") from exc
        except WorkerLost as exc:
            raise Problem(500, str(exc)) from exc

    async def fetch(self, url: str) -> Job:
        from journalmeta.fetch import Fetcher, FetchError

        def get() -> Job:
            fetcher = Fetcher(delay=self.config.fetch_delay, max_bytes=self.config.max_bytes, check=self.guard)
            try:
                fetched = fetcher.get(url)
            finally:
                fetcher.close()
            return Job(locator=url, kind="url", data=fetched.body, url=url, content_type=fetched.content_type)

        try:
            self.guard(url)
            return await asyncio.to_thread(get)
        except Refused as exc:
            raise Problem(400, f"refused: {exc}") from exc
        except FetchError as exc:
            cause = exc.__cause__
            if cause is not None and isinstance(cause, Refused):
                raise Problem(400, f"refused: {cause}") from exc
            status = 504 if str(exc).startswith("timeout") else 502
            raise Problem(status, f"fetching {url} failed: {exc}") from exc


async def read_body(stream: AsyncIterator[bytes], declared: str | None, limit: int) -> bytes:
    """The request body from its chunks, refused (413) past ``limit`` bytes, declared or sent."""
    if declared and declared.isdigit() and int(declared) > limit:
        raise Problem(413, f"body of {declared} bytes is over the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in stream:
        size += len(chunk)
        if size > limit:
            raise Problem(413, f"body over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def render(job: Job, max_bytes: int, timeout: float, fmt: str) -> tuple[Outcome, bytes | None]:
    """Parse and format in the worker process, so the event loop only moves bytes: a parsed page comes back
    as its response body, UTF-8 encoded (and no record dict to unpickle); anything else as the outcome alone."""
    outcome = process(job, max_bytes, timeout)
    if outcome.record is None or outcome.status != "parsed":
        return outcome, None
    if fmt == "json":
        body = outcome.record_json or json.dumps(outcome.record, ensure_ascii=False)
    else:
        body = export_string([Record.from_dict(outcome.record)], fmt)
    return replace(outcome, record=None, record_json=None), body.encode("utf-8")


async def parse_response(service: Service, content_type: str, body: bytes, fmt: str, url: str | None) -> Response:
    """The response to POST /parse: the record in ``fmt``, or the problem that stands for the page's error."""
    if fmt not in FORMATS:
        raise Problem(400, f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json":
        job = await service.fetch(_url_from_json(body))
    elif kind in PAGE_TYPES:
        job = Job(locator="request", kind="request", data=body, url=url, content_type=content_type or None)
    else:
        raise Problem(415, f"send text/html, text/plain, or application/json with a url; not {kind or 'nothing'}")
    outcome, rendered = await service.rendered(job, fmt)
    if rendered is not None:
        return Response(rendered, media_type=MEDIA_TYPES[fmt])
    record = outcome_record(outcome)
    if outcome.status == "no-metadata":
        return JSONResponse({"type": "about:blank", "title": "No bibliographic metadata", "status": 422,
                             "detail": "the page was read but holds no bibliographic metadata",
                             "record": record.to_dict()}, status_code=422, media_type="application/problem+json")
    return _formatted(record, fmt)


def outcome_record(outcome: Outcome) -> Record:
    """The record of an outcome, or the problem that stands for its error."""
    if outcome.record is None:
        kind = (outcome.error or "").split(":", 1)[0]
        raise Problem(ERROR_STATUS.get(kind, 400), outcome.error or "the page could not be parsed")
    return Record.from_dict(outcome.record)


def create_app(config: Config | None = None) -> ParseFastPath:
    """The service as an ASGI app: the FastAPI app behind the fast path for POST /parse."""
    service = Service(config or Config())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await service.pool.start()
        try:
            yield
        finally:
            await service.pool.close()

    app = FastAPI(title="journalmeta", version=__version__, lifespan=lifespan,
                  description="Journal article pages into bilingual bibliographic records.")
    app.state.service = service

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc)

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "workers": service.config.workers,
                "store": service.config.db is not None}

    @app.post("/parse", responses={400: {}, 413: {}, 415: {}, 422: {}, 502: {}, 504: {}})
    async def parse_page(request: Request, format: str = "json", url: str | None = None) -> Response:
        """The page as the body (text/html or text/plain, any charset), or ``{"url": ...}`` to fetch it."""
        body = await read_body(request.stream(), request.headers.get("content-length"), service.config.max_bytes)
        return await parse_response(service, request.headers.get("content-type", ""), body, format, url)

    @app.post("/batch")
    async def batch(request: Request) -> StreamingResponse:
        """Several pages: multipart files, or JSON Lines of ``{"page": ..., "url": ...}``; JSONL records back."""
        jobs = await _batch_jobs(request, service.config)

        async def stream() -> AsyncIterator[str]:
            for outcome in asyncio.as_completed([service.run(job) for job in jobs]):
                try:
                    done = await outcome
                    line: dict[str, Any] = done.record if done.record is not None else {
                        "source": done.locator, "error": done.error}
                except Problem as exc:
                    line = {"error": exc.detail}
                yield json.dumps(line, ensure_ascii=False) + "\n"

        return StreamingResponse(stream(), media_type="application/x-ndjson")

    @app.get("/records/{doi:path}")
    async def record_by_doi(doi: str, format: str = "json") -> Response:
        with _store(service) as store:
            record = store.record("doi:" + doi.lower())
        if record is None:
            raise Problem(404, f"no record with DOI {doi}")
        return _formatted(record, format)

    @app.get("/records")
    async def records(where: Annotated[list[str] | None, Query()] = None, format: str = "jsonl",
                      limit: int = 1000) -> Response:
        with _store(service) as store:
            try:
                found = [r for _, r in zip(range(limit), store.records(where or []), strict=False)]
            except ValueError as exc:
                raise Problem(400, str(exc)) from exc
        return Response(export_string(found, format), media_type=MEDIA_TYPES.get(format, "text/plain"))

    review.add_routes(app, service)
    return ParseFastPath(app, service)


def _url_from_json(body: bytes) -> str:
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise Problem(400, "the JSON body does not parse") from exc
    if not isinstance(data, dict) or not isinstance(data.get("url"), str):
        raise Problem(400, 'send {"url": "https://..."}')
    return str(data["url"])


def _formatted(record: Record, fmt: str) -> Response:
    if fmt not in FORMATS:
        raise Problem(400, f"unknown format {fmt!r}")
    if fmt == "json":
        return JSONResponse(record.to_dict())
    return PlainTextResponse(export_string([record], fmt), media_type=MEDIA_TYPES[fmt])


def _store(service: Service) -> Store:
    if not service.config.db:
        raise Problem(404, "the service runs without a store (start it with --db)")
    return Store(service.config.db)


async def _batch_jobs(request: Request, config: Config) -> list[Job]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    jobs: list[Job] = []
    if kind == "multipart/form-data":
        form = await request.form(max_files=config.max_batch, max_part_size=config.max_bytes)
        for name, value in form.multi_items():
            if hasattr(value, "read"):
                data = await value.read()
                jobs.append(Job(locator=getattr(value, "filename", None) or name, kind="request", data=data,
                                content_type=getattr(value, "content_type", None)))
    elif kind in ("application/x-ndjson", "application/jsonl", "application/json-lines"):
        body = await read_body(request.stream(), request.headers.get("content-length"), config.max_bytes * 4)
        for n, line in enumerate(body.decode("utf-8", "replace").splitlines()):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise Problem(400, f"line {n + 1} is not JSON") from exc
            page = item.get("page") if isinstance(item, dict) else None
            if not isinstance(page, str):
                raise Problem(400, f'line {n + 1}: send {{"page": "<html or text>", "url": "..."}}')
            jobs.append(Job(locator=f"line {n + 1}", kind="request", data=page.encode("utf-8"), url=item.get("url")))
    else:
        raise Problem(415, "send multipart/form-data files or application/x-ndjson lines")
    if len(jobs) > config.max_batch:
        raise Problem(413, f"more than {config.max_batch} pages in one batch")
    return jobs
