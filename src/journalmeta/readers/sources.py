"""Where pages come from: files, folders, web archives (WARC/WET), lists of paths; streamed one job at a time."""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".warc.wet.gz", ".arc", ".arc.gz")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".asp", ".aspx", ".php", ".jsp", ".txt", ".md", ".xml", "")
# whole names: saved single-file pages and gzip-compressed ones (parse unwraps both)
WRAPPED_PAGE_ENDINGS = (".mht", ".mhtml", ".html.gz", ".htm.gz", ".xhtml.gz", ".txt.gz")


@dataclass(frozen=True)
class Job:
    """One page to parse: a file to read, or bytes already read from an archive or the network."""

    locator: str  # a path, 'archive.warc.gz#offset', or a URL: the key of the sources table
    kind: str  # 'file' | 'warc' | 'wet' | 'url'
    path: str | None = None
    data: bytes | None = None
    url: str | None = None
    content_type: str | None = None
    error: str | None = None  # set when the page could not even be had (a failed fetch)


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def _walk(folder: Path) -> Iterator[Path]:
    """Files below ``folder`` in sorted order, one directory at a time (no list of the whole tree)."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _folder(folder: Path, pattern: str | None) -> Iterator[Path]:
    for path in _walk(folder):
        if pattern and not fnmatch.fnmatch(path.name, pattern) and not fnmatch.fnmatch(str(path), pattern):
            continue
        if (pattern or is_archive(path) or path.suffix.lower() in PAGE_SUFFIXES
                or path.name.lower().endswith(WRAPPED_PAGE_ENDINGS)):
            yield path


def archive_jobs(path: Path, max_bytes: int) -> Iterator[Job]:
    """Every HTML ``response`` record of a WARC (its target URI as the url), or every ``conversion`` of a WET."""
    from warcio.archiveiterator import ArchiveIterator  # a maintained WARC library, imported only when needed

    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            kind = record.rec_type
            if kind not in ("response", "conversion", "resource"):
                continue
            content_type = record.http_headers.get_header("Content-Type") if record.http_headers else None
            content_type = content_type or record.rec_headers.get_header("Content-Type") or ""
            if kind == "response" and "html" not in content_type.lower() and "text" not in content_type.lower():
                continue
            data = record.content_stream().read(max_bytes + 1)
            offset = records.get_record_offset()
            yield Job(locator=f"{path}#{offset}", kind="wet" if kind == "conversion" else "warc", data=data,
                      url=record.rec_headers.get_header("WARC-Target-URI"),
                      content_type="text/plain" if kind == "conversion" else content_type)


def jobs(sources: Iterable[str], pattern: str | None = None, max_bytes: int = 20 * 1024 * 1024,
         stdin: IO[str] | None = None) -> Iterator[Job]:
    """Jobs for files, folders (recursive; ``pattern`` filters names), archives, and ``-`` (paths on stdin)."""
    for source in sources:
        if source == "-":
            lines = (line.strip() for line in (stdin or sys.stdin))
            yield from jobs([line for line in lines if line], pattern, max_bytes)
            continue
        path = Path(source)
        if path.is_dir():
            for found in _folder(path, pattern):
                yield from jobs([str(found)], None, max_bytes)
        elif is_archive(path):
            yield from archive_jobs(path, max_bytes)
        else:
            yield Job(locator=str(path), kind="file", path=str(path))
