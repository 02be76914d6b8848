"""Shared test helpers: where the fixtures and the shared corpus live."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# the compiled-pattern cache (journalmeta/_regex.py) goes to a scratch folder, not the user's ~/.cache,
# removed when the test run ends (it had been left behind in the temp folder by every run)
if "JOURNALMETA_CACHE" not in os.environ:
    _SCRATCH_CACHE = tempfile.mkdtemp(prefix="journalmeta-cache-")
    os.environ["JOURNALMETA_CACHE"] = _SCRATCH_CACHE
    atexit.register(shutil.rmtree, _SCRATCH_CACHE, ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def fixture_cases() -> list[Path]:
    """Every fixture page that has an ``<case>.expected.json`` beside it."""
    suffixes = (".html", ".htm", ".txt", ".md", ".mht", ".mhtml", ".xml")
    pages = [p for p in sorted(FIXTURES.rglob("*")) if p.suffix in suffixes]
    return [p for p in pages if p.with_name(p.stem + ".expected.json").exists()]


def write_warc(path: Path, pages: list[Path], prefix: str = "https://journal.example") -> None:
    """A gzipped WARC of ``pages`` as HTTP responses, one target URI each."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for i, page in enumerate(pages):
            kind = "text/html; charset=utf-8" if page.suffix == ".html" else "text/plain; charset=utf-8"
            http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"{prefix}/{i}/{page.name}", "response",
                                                          payload=io.BytesIO(page.read_bytes()), http_headers=http))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    return SHARED
