"""The parsing service against a real server on 127.0.0.1: API, errors, SSRF refusals, batches, the store,
and the review page in headless Chromium."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import httpx
import pytest

pytest.importorskip("fastapi")
import uvicorn

from journalmeta.cli import main
from journalmeta.service.app import Config, create_app
from tests.conftest import FIXTURES

SEED = FIXTURES / "seed" / "seed.txt"
ARTEFACTS = Path(__file__).resolve().parent.parent / "test-artefacts"


def _free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class _Upstream(BaseHTTPRequestHandler):
    """A web server that stands for the outside world: pages, and a redirect to loopback."""

    hits: ClassVar[list[str]] = []
    loopback_target = ""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        _Upstream.hits.append(self.path)
        if self.path == "/robots.txt":
            body, status, extra = b"", 404, {}
        elif self.path == "/article":
            body, status, extra = SEED.read_bytes(), 200, {}
        elif self.path == "/to-loopback":
            body, status, extra = b"", 302, {"Location": _Upstream.loopback_target}
        else:
            body, status, extra = b"secret", 200, {}
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    """Served on 127.0.0.2, which the service is told to trust as if it were a public host."""
    server = ThreadingHTTPServer(("127.0.0.2", 0), _Upstream)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.2:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "records.sqlite"
    assert main(["ingest", str(FIXTURES), "--db", str(db), "--workers", "1", "--quiet"]) == 0
    return db


@pytest.fixture(scope="module")
def service(store: Path) -> Iterator[str]:
    port = _free_port()
    config = Config(db=str(store), workers=2, max_bytes=2_000_000, timeout=20, fetch_delay=0.0,
                    allow_hosts=frozenset({"127.0.0.2"}))
    server = uvicorn.Server(uvicorn.Config(create_app(config), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)


@pytest.fixture()
def client(service: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=service, timeout=60) as c:
        yield c


def test_health_and_openapi(client: httpx.Client) -> None:
    assert client.get("/health").json()["status"] == "ok"
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/parse", "/batch", "/records", "/health"} <= set(paths)


def test_parse_text_html_any_charset_and_formats(client: httpx.Client) -> None:
    r = client.post("/parse", content=SEED.read_bytes(), headers={"Content-Type": "text/plain; charset=utf-8"},
                    params={"url": "https://xhyxzz.pumch.cn/article/1"})
    assert r.status_code == 200
    record = r.json()
    assert record["abstract"]["zh"].startswith("胰腺神经内分泌肿瘤")
    assert record["abstract"]["en"].startswith("Pancreatic")
    assert record["url"] == "https://xhyxzz.pumch.cn/article/1"
    gbk = (FIXTURES / "etiller" / "view_abstract-gbk.html").read_bytes()
    r = client.post("/parse", content=gbk, headers={"Content-Type": "text/html; charset=GBK"})
    assert r.json()["title"]["zh"] == "基于改进YOLOv5的输电线路缺陷检测方法"
    r = client.post("/parse", content=SEED.read_bytes(), headers={"Content-Type": "text/plain"},
                    params={"format": "ris"})
    assert r.status_code == 200 and r.text.startswith("TY  - JOUR")


def _problem(r: httpx.Response, status: int) -> dict[str, object]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body: dict[str, object] = r.json()
    assert body["status"] == status and body["detail"]
    return body


def test_errors_are_problem_details(client: httpx.Client) -> None:
    _problem(client.post("/parse", content=b"%PDF-1.7", headers={"Content-Type": "application/pdf"}), 415)
    _problem(client.post("/parse", content=b"x" * 2_000_001, headers={"Content-Type": "text/plain"}), 413)
    _problem(client.post("/parse", content=b"\0\1\2" * 100, headers={"Content-Type": "text/html"}), 400)
    body = _problem(client.post("/parse", content=b"<html><body><p>Just a moment...</p></body></html>",
                                headers={"Content-Type": "text/html"}), 422)
    assert "record" in body
    _problem(client.post("/parse", content=b"{not json", headers={"Content-Type": "application/json"}), 400)
    _problem(client.post("/parse", content=SEED.read_bytes(), headers={"Content-Type": "text/plain"},
                         params={"format": "yaml"}), 400)


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/x", "http://10.0.0.1/x", "http://169.254.169.254/latest/meta-data",
                                 "http://[::1]/x", "http://localhost:9/x", "file:///etc/passwd",
                                 "http://0.0.0.0/x"])
def test_fetching_refuses_internal_addresses(client: httpx.Client, url: str) -> None:
    body = _problem(client.post("/parse", json={"url": url}), 400)
    assert "refused" in str(body["detail"]) or "only http" in str(body["detail"])


def test_a_redirect_to_loopback_is_refused(client: httpx.Client, upstream: str, service: str) -> None:
    _Upstream.loopback_target = f"{service}/health"
    _Upstream.hits.clear()
    r = client.post("/parse", json={"url": f"{upstream}/article"})
    assert r.status_code == 200 and r.json()["doi"] == "10.3969/j.issn.1674-9081.2020.04.006"
    body = _problem(client.post("/parse", json={"url": f"{upstream}/to-loopback"}), 400)
    assert "non-public" in str(body["detail"])
    assert "/to-loopback" in _Upstream.hits


def test_upstream_failure_is_502(client: httpx.Client, upstream: str) -> None:
    _problem(client.post("/parse", json={"url": f"http://127.0.0.2:{_free_port('127.0.0.2')}/gone"}), 502)


def test_batch_multipart_and_jsonl(client: httpx.Client) -> None:
    files = [("files", (p.name, p.read_bytes(), "text/html" if p.suffix == ".html" else "text/plain"))
             for p in [SEED, FIXTURES / "rhhz" / "article-doi.html", FIXTURES / "cnki" / "detail.txt"]]
    r = client.post("/batch", files=files)
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert r.status_code == 200 and len(lines) == 3 and all(x.get("doi") for x in lines)
    body = "\n".join(json.dumps({"page": p.read_text(encoding="utf-8"), "url": f"https://x.test/{i}"})
                     for i, p in enumerate([SEED, FIXTURES / "text" / "traditional.txt"]))
    r = client.post("/batch", content=body.encode("utf-8"), headers={"Content-Type": "application/x-ndjson"})
    urls = sorted(json.loads(x)["url"] for x in r.text.splitlines())
    assert urls == ["https://x.test/0", "https://x.test/1"]


def test_records_from_the_store(client: httpx.Client) -> None:
    r = client.get("/records/10.3969/j.issn.1674-9081.2020.04.006")
    assert r.status_code == 200 and r.json()["title"]["zh"].startswith("胰腺")
    _problem(client.get("/records/10.9999/none"), 404)
    lines = client.get("/records", params={"where": "platform=rhhz"}).text.splitlines()
    assert lines and all(json.loads(x)["platform"] == "rhhz" for x in lines)


def test_review_page_without_a_browser(client: httpx.Client) -> None:
    assert "<form" in client.get("/").text
    r = client.post("/review", data={"page": SEED.read_text(encoding="utf-8")})
    assert r.status_code == 200 and "label:Abstract" in r.text
    link = r.text.split("href='/review/")[1].split("'")[0]
    assert client.get(f"/review/{link}").status_code == 200


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_review_page_in_a_browser(service: str) -> None:
    from playwright.sync_api import sync_playwright

    ARTEFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = browser.new_page()
        page.goto(service + "/")
        page.fill("#page", SEED.read_text(encoding="utf-8"))
        page.click("#submit")
        page.wait_for_selector("#record")
        zh = page.inner_text("td[data-field='abstract'][data-lang='zh']")
        en = page.inner_text("td[data-field='abstract'][data-lang='en']")
        page.screenshot(path=str(ARTEFACTS / "review-page.png"), full_page=True)
        browser.close()
    assert zh.startswith("胰腺神经内分泌肿瘤") and en.startswith("Pancreatic neuroendocrine neoplasms")
