"""Pages inside a wrapper: gzip-compressed files and MHTML single-file saves (readers/containers.py)."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import pytest

import journalmeta
from journalmeta.errors import DecodingError, InputTooLarge, NotAPage
from journalmeta.readers.sources import jobs
from tests.conftest import FIXTURES

PAGE = FIXTURES / "magtech" / "abstract.html"
TEXT_PAGE = FIXTURES / "seed" / "seed.txt"
SAVED = FIXTURES / "saved"


def _record(data: bytes, **kwargs: object) -> dict[str, object]:
    return journalmeta.parse(data, **kwargs).to_dict()  # type: ignore[arg-type]


def test_gzip_page_gives_the_record_of_the_page() -> None:
    for page in (PAGE, TEXT_PAGE):
        assert _record(gzip.compress(page.read_bytes())) == _record(page.read_bytes())


def test_gzip_of_several_members_is_read_whole() -> None:
    data = PAGE.read_bytes()
    half = len(data) // 2
    assert _record(gzip.compress(data[:half]) + gzip.compress(data[half:])) == _record(data)


def test_gzip_that_inflates_past_the_limit_is_refused() -> None:
    bomb = gzip.compress(b"<html><body>" + b" " * 5_000_000)
    assert len(bomb) < 20_000
    with pytest.raises(InputTooLarge):
        journalmeta.parse(bomb, max_bytes=1_000_000)


def test_broken_and_cut_gzip() -> None:
    with pytest.raises(DecodingError):
        journalmeta.parse(b"\x1f\x8b\x08\x00" + b"not deflate data at all" * 10)
    text = TEXT_PAGE.read_bytes()
    deflater = zlib.compressobj(wbits=31)
    cut = deflater.compress(text) + deflater.flush(zlib.Z_SYNC_FLUSH)  # no end: a download stopped early
    assert _record(cut)["title"] == _record(text)["title"]


def test_mhtml_root_part_charset_and_address() -> None:
    record = _record((SAVED / "ie-gb2312.mht").read_bytes())
    assert record["title"] == {"zh": "干旱胁迫下玉米根系形态的响应特征",
                               "en": "Response characteristics of maize root morphology under drought stress"}
    assert str(record["url"]).startswith("http://www.maizescience.example/ch/reader/view_abstract.aspx")
    given = _record((SAVED / "ie-gb2312.mht").read_bytes(), url="https://mirror.example/a/1")
    assert given["url"] == "https://mirror.example/a/1"  # the caller's address beats the file's


def _mhtml(parts: list[tuple[str, str, bytes]], start: str | None = None) -> bytes:
    boundary = "----MultipartBoundary--test----"
    head = f'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"'
    head += f';\r\n\tstart="<{start}>"' if start else ""
    out = [head.encode() + b"\r\n\r\n"]
    for content_type, content_id, body in parts:
        out.append(f"--{boundary}\r\nContent-Type: {content_type}\r\nContent-ID: <{content_id}>\r\n"
                   f"Content-Transfer-Encoding: 8bit\r\n\r\n".encode() + body + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


def test_mhtml_start_parameter_names_the_root() -> None:
    frame = b"<html><head><title>Advertisement frame</title></head><body><h1>Buy now</h1></body></html>"
    data = _mhtml([("text/html; charset=utf-8", "frame-1", frame),
                   ("text/html; charset=utf-8", "root", PAGE.read_bytes())], start="root")
    assert _record(data)["title"] == _record(PAGE.read_bytes())["title"]


def test_mhtml_without_a_page_is_not_a_page() -> None:
    with pytest.raises(NotAPage):
        journalmeta.parse(_mhtml([("image/png", "logo", b"\x89PNG\r\n\x1a\n")]))


def test_text_that_merely_mentions_mhtml_is_read_as_a_page() -> None:
    data = b"Content-Type: multipart/related is how MHTML files begin.\n" + TEXT_PAGE.read_bytes()
    assert _record(data)["title"] == _record(TEXT_PAGE.read_bytes())["title"]


def test_folders_yield_saved_and_compressed_pages(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(PAGE.read_bytes()))
    (tmp_path / "b.mhtml").write_bytes((SAVED / "chrome-saved.mhtml").read_bytes())
    (tmp_path / "c.tar.gz").write_bytes(gzip.compress(b"not a page"))
    assert sorted(Path(str(job.path)).name for job in jobs([str(tmp_path)])) == ["a.html.gz", "b.mhtml"]
