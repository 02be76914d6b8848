"""Batch ingestion as users run it: folders, WARC files, URL lists; resumable, idempotent, one record per article."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from journalmeta.cli import main
from journalmeta.fetch import url_jobs
from journalmeta.ingest import Summary, ingest, process, store_sink
from journalmeta.readers.sources import Job, jobs
from journalmeta.store import SCHEMA_VERSION, Outcome, Store, merge_records
from tests.conftest import FIXTURES, write_warc

PAGES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".html", ".txt", ".md", ".xml"))
SAVED_PAGES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".mht", ".mhtml"))  # single-file saves
SEED = FIXTURES / "seed" / "seed.txt"
# a mirror page's first lines (a byline and an affiliation) and a banner over an abstract: nothing a record is made of
NO_METADATA = [FIXTURES / "text" / "mirror-first-line-byline.txt", FIXTURES / "text" / "banner-line-twice.txt",
               FIXTURES / "text" / "citation-cut-in-names-under-label.txt",  # (names, but no title, DOI or year)
               FIXTURES / "text" / "author-guidelines-page.txt",  # (a journal's instructions: no article)
               FIXTURES / "text" / "library-help-doi-example-lines.txt"]  # (a help text's example DOI only)
RECORD_PAGES = [p for p in PAGES if p not in NO_METADATA]  # the pages that each make a record


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchall()


def _doi(page: Path) -> str:
    return str(json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))["doi"])


def _copies(folder: Path, n: int) -> list[Path]:
    """``n`` pages made by replicating the fixtures under new names."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        source = RECORD_PAGES[i % len(RECORD_PAGES)]
        target = folder / f"{i:05d}-{source.name}"
        shutil.copy(source, target)
        out.append(target)
    return out


def test_folder_ingest_and_schema(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite"
    assert main(["ingest", str(FIXTURES), "--db", str(db), "--workers", "2", "--quiet"]) == 0
    with Store(db) as store:
        assert store.version == SCHEMA_VERSION
        counts = store.counts()
        assert counts["parsed"] == len(PAGES) + len(SAVED_PAGES) - len(NO_METADATA) and counts["error"] == 0
        assert counts["no-metadata"] == len(NO_METADATA)
        assert SAVED_PAGES and all(store.sources_of(f"doi:{_doi(p)}") for p in SAVED_PAGES)
        seed = store.record("doi:10.3969/j.issn.1674-9081.2020.04.006")
        assert seed is not None and seed.title["en"].startswith("The Management Strategies")
        assert store.sources_of("doi:10.3969/j.issn.1674-9081.2020.04.006") == [str(SEED)]


def test_same_article_on_two_pages_is_one_record_with_both_sources(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(SEED, a)
    b.write_text(SEED.read_text(encoding="utf-8").split("\n\n")[0] + "\n", encoding="utf-8")  # citations only
    assert main(["ingest", str(a), str(b), "--db", str(db), "--workers", "1", "--quiet"]) == 0
    with Store(db) as store:
        assert store.counts()["records"] == 1
        assert store.sources_of("doi:10.3969/j.issn.1674-9081.2020.04.006") == [str(a), str(b)]
        assert store.record("doi:10.3969/j.issn.1674-9081.2020.04.006").abstract  # type: ignore[union-attr]


def test_idempotent_and_resumable(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    _copies(tmp_path / "pages", 40)
    args = ["ingest", str(tmp_path / "pages"), "--db", str(db), "--workers", "2", "--quiet"]
    assert main(args) == 0
    first = _rows(db, "SELECT key, data FROM records ORDER BY key")
    assert main(args) == 0  # everything done: skipped
    assert main([*args, "--force"]) == 0  # parsed again: same store
    assert _rows(db, "SELECT key, data FROM records ORDER BY key") == first
    assert _rows(db, "SELECT COUNT(*) FROM sources") == [(40,)]


def test_kill_and_resume(tmp_path: Path) -> None:
    pages = _copies(tmp_path / "pages", 2000)  # ten flushes of 200: time to see one and kill the run mid-way
    db = tmp_path / "r.sqlite"
    cmd = [sys.executable, "-m", "journalmeta", "ingest", str(tmp_path / "pages"), "--db", str(db),
           "--workers", "2", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists() and _count_sources(db) >= 50:
            break
    killed_at = _count_sources(db) if db.exists() else 0
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "workers outlived their killed parent"
    assert killed_at < len(pages), "the run finished before it could be killed"
    done = subprocess.run(cmd, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _rows(db, "SELECT COUNT(*), COUNT(DISTINCT locator) FROM sources") == [(2000, 2000)]
    assert _rows(db, "SELECT COUNT(*) FROM sources WHERE status != 'parsed'") == [(0,)]
    assert _rows(db, "SELECT COUNT(*) FROM sources s LEFT JOIN records r ON r.key = s.record_key "
                     "WHERE r.key IS NULL") == [(0,)]
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]


def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _count_sources(db: Path) -> int:
    try:
        return int(_rows(db, "SELECT COUNT(*) FROM sources")[0][0])  # type: ignore[call-overload]
    except sqlite3.Error:
        return 0


def _warc(path: Path, pages: list[Path]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    write_warc(path, pages)
    with path.open("ab") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warc_record("https://journal.example/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG\r\n"),
                                                      http_headers=StatusAndHeaders("200 OK", [
                                                          ("Content-Type", "image/png")], protocol="HTTP/1.1")))


def test_warc_ingest_every_record(tmp_path: Path) -> None:
    utf8 = [p for p in RECORD_PAGES if "gbk" not in p.name and "elibrary" not in str(p)]
    archive = tmp_path / "crawl.warc.gz"
    _warc(archive, utf8)
    found = list(jobs([str(archive)]))
    assert len(found) == len(utf8)  # the PNG response is not a page
    db = tmp_path / "r.sqlite"
    assert main(["ingest", str(archive), "--db", str(db), "--workers", "2", "--quiet"]) == 0
    rows = _rows(db, "SELECT url, status FROM sources ORDER BY id")
    assert {r[1] for r in rows} == {"parsed"} and len(rows) == len(utf8)
    with Store(db) as store:
        for record in store.records():
            assert record.url and record.url.startswith("https://journal.example/")


def test_a_page_over_the_time_bound_is_an_error_not_a_stop(tmp_path: Path) -> None:
    big = FIXTURES / "rhhz" / "article-doi.html"
    outcome = process(Job(locator="slow", kind="file", data=big.read_bytes() * 200), timeout=0.001)
    assert outcome.status == "error" and outcome.error and outcome.error.startswith("PageTimeout")
    good = process(Job(locator="ok", kind="file", path=str(SEED)))
    assert good.status == "parsed"


def test_bad_pages_cost_one_row_each(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "binary.html").write_bytes(b"\0\1\2" * 1000)
    (tmp_path / "pages" / "empty.txt").write_bytes(b"")
    shutil.copy(SEED, tmp_path / "pages" / "seed.txt")
    db = tmp_path / "r.sqlite"
    with Store(db) as store:
        summary = ingest(jobs([str(tmp_path / "pages")]), store_sink(store), workers=1)
    assert summary.statuses == {"parsed": 1, "error": 2}
    assert summary.errors == {"NotAPage": 2}
    assert _rows(db, "SELECT status FROM sources WHERE locator LIKE '%seed.txt'") == [("parsed",)]


def test_export_from_the_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.sqlite"
    assert main(["ingest", str(FIXTURES), "--db", str(db), "--workers", "1", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--format", "jsonl", "--where", "platform=rhhz"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(json.loads(line)["platform"] == "rhhz" for line in lines)
    assert main(["export", "--db", str(db), "--format", "bibtex", "--where", "year>=2022"]) == 0
    assert capsys.readouterr().out.count("@article{") == _rows(db, "SELECT COUNT(*) FROM records WHERE year >= 2022")[
        0][0]
    assert main(["export", "--db", str(db), "--where", "nonsense"]) == 2
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--format", "jsonl", "--limit", "2"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_jsonl_output_instead_of_a_store(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    assert main(["ingest", str(FIXTURES / "seed"), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["platform"] == "rhhz"


# A local web server for the fetcher, on 127.0.0.1 only.

class _Site(BaseHTTPRequestHandler):
    hits: ClassVar[dict[str, int]] = {}

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        _Site.hits[path] = _Site.hits.get(path, 0) + 1
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path.startswith("/page/"):
            self._send(200, (FIXTURES / "rhhz" / "article-doi.html").read_bytes())
        elif path == "/gbk":
            body = ("<html><body><h1>黄河流域生态保护研究进展</h1><p>摘要: 黄河流域是我国重要的生态屏障和经济地带, "
                    "本文分析了其保护现状与对策。</p><p>DOI: 10.1234/gbk.2020</p></body></html>").encode("gbk")
            self._send(200, body, "text/html; charset=GBK")
        elif path == "/busy":
            if _Site.hits[path] == 1:
                self._send(429, b"slow down", extra={"Retry-After": "1"})
            else:
                self._send(200, SEED.read_bytes(), "text/plain; charset=utf-8")
        elif path == "/broken":
            self._send(500, b"oops")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, b"<html></html>")
        elif path == "/huge":
            self._send(200, b"<p>x</p>" * 400_000)
        elif path == "/loop":
            self._send(302, b"", extra={"Location": "/loop"})
        elif path == "/private/secret":
            self._send(200, SEED.read_bytes())
        else:
            self._send(404, b"not found")


@pytest.fixture()
def site() -> Iterator[str]:
    _Site.hits = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_fetching_politely(site: str, tmp_path: Path) -> None:
    urls = [f"{site}/page/1", f"{site}/gbk", f"{site}/busy", f"{site}/broken", f"{site}/slow", f"{site}/huge",
            f"{site}/loop", f"{site}/private/secret", "ftp://127.0.0.1/x"]
    archive = tmp_path / "fetched.warc.gz"
    got = {j.locator: j for j in url_jobs(urls, archive, delay=0.0, max_bytes=1_000_000, read_timeout=1.0,
                                          retries=2)}
    results = {u: process(j) for u, j in got.items()}
    assert results[f"{site}/page/1"].status == "parsed"
    gbk = results[f"{site}/gbk"]
    assert gbk.record and gbk.record["doi"] == "10.1234/gbk.2020" and gbk.record["title"]["zh"].startswith("黄河")
    assert results[f"{site}/busy"].status == "parsed" and _Site.hits["/busy"] == 2  # waited, then retried
    assert results[f"{site}/broken"].error == "FetchError: HTTP 500" and _Site.hits["/broken"] == 3
    assert "timeout" in (results[f"{site}/slow"].error or "")
    assert "over 1000000 bytes" in (results[f"{site}/huge"].error or "")
    assert "redirects" in (results[f"{site}/loop"].error or "")
    assert "robots.txt" in (results[f"{site}/private/secret"].error or "") and "/private/secret" not in _Site.hits
    assert "only http and https" in (results["ftp://127.0.0.1/x"].error or "")
    # a re-run reads the archive instead of the network
    hits = dict(_Site.hits)
    again = {j.locator: j for j in url_jobs([f"{site}/page/1", f"{site}/gbk"], archive, delay=0.0)}
    assert process(again[f"{site}/gbk"]).record["doi"] == "10.1234/gbk.2020"  # type: ignore[index]
    assert {k: v for k, v in _Site.hits.items() if k != "/robots.txt"} == {
        k: v for k, v in hits.items() if k != "/robots.txt"}


def test_fetch_spacing_per_host(site: str, tmp_path: Path) -> None:
    start = time.monotonic()
    list(url_jobs([f"{site}/page/{i}" for i in range(4)], tmp_path / "a.warc.gz", delay=0.3))
    assert time.monotonic() - start >= 0.3 * 4  # robots.txt and four pages, each 0.3 s apart


def test_ingest_urls_command(site: str, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{site}/page/1\n{site}/broken\n# a comment\n", encoding="utf-8")
    db = tmp_path / "r.sqlite"
    assert main(["ingest", "--urls", str(urls), "--db", str(db), "--workers", "1", "--quiet", "--delay", "0"]) == 0
    assert sorted(_rows(db, "SELECT status FROM sources")) == [("error",), ("parsed",)]
    assert os.path.exists(f"{db}.fetched.warc.gz")


def test_summary_lines() -> None:
    summary = Summary()
    assert "pages 0" in summary.lines()[0]


def test_new_sources_fold_into_the_record_as_a_full_merge_would(tmp_path: Path) -> None:
    # one article on five pages, each knowing part of it, written over three batches; then one page
    # changes (a source written again): the stored record must equal merging every source in order
    def page(n: int, **fields: object) -> Outcome:
        record = {"doi": "10.1/x", "title": {}, "abstract": {}, "authors": [], "year": None, "warnings": [],
                  "platform": "generic", **fields}
        return Outcome(locator=f"p{n}", kind="file", status="parsed", record=record)

    def stored(db: Path) -> object:
        return json.loads(_rows(db, "SELECT data FROM records WHERE key = 'doi:10.1/x'")[0][0])

    pages = [page(0, title={"zh": "标题"}), page(1, title={"en": "Title"}, year=2020, platform="rhhz"),
             page(2, abstract={"en": "A."}, warnings=["w1"]), page(3, authors=[{"name": "A"}], warnings=["w2"]),
             page(4, title={"zh": "别的"}, year=1999)]
    db = tmp_path / "s.sqlite"
    with Store(db) as store:
        store.write(pages[:2])
        store.write(pages[2:3])
        store.write(pages[3:])
    assert stored(db) == merge_records([p.record for p in pages if p.record is not None])
    changed = page(1, title={"en": "Changed"})
    with Store(db) as store:
        store.write([changed])
    expected = merge_records([p.record for p in [pages[0], changed, *pages[2:]] if p.record is not None])
    assert stored(db) == expected
    assert expected["title"] == {"zh": "标题", "en": "Changed"} and expected["year"] == 1999
