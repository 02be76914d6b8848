"""Command line: ``journalmeta parse PATH... | - [--format json|jsonl] [--url URL]``.

Exit status: 0 records written; 2 unreadable input or bad usage; 3 read, but no bibliographic metadata.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from journalmeta import cli_batch as batch
from journalmeta._parse import DEFAULT_MAX_BYTES, parse
from journalmeta.errors import JournalmetaError
from journalmeta.exporters import FORMATS as EXPORT_FORMATS
from journalmeta.exporters import export
from journalmeta.record import Record

EXIT_OK, EXIT_USAGE, EXIT_NO_METADATA = 0, 2, 3
FORMATS = tuple(EXPORT_FORMATS)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"journalmeta: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _arguments() -> argparse.ArgumentParser:
    ap = _Parser(prog="journalmeta", description="Journal article pages into bilingual bibliographic records.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse pages (HTML or text) and print their records")
    p.add_argument("paths", nargs="+", help="files to parse, or - for standard input")
    p.add_argument("--format", choices=FORMATS, default="json")
    p.add_argument("--url", help="the page's URL, recorded in the record")
    p.add_argument("--content-type", help="the page's Content-Type (charset and html/plain)")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger inputs")
    batch.add_commands(sub)
    return ap


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _parse_all(args: argparse.Namespace) -> tuple[list[Record], int]:
    records: list[Record] = []
    status = EXIT_OK
    for path in args.paths:
        try:
            record = parse(_read(path), url=args.url, content_type=args.content_type, max_bytes=args.max_bytes)
        except OSError as exc:
            sys.stderr.write(f"journalmeta: {path}: {exc.strerror or exc}\n")
            status = EXIT_USAGE
            continue
        except JournalmetaError as exc:
            sys.stderr.write(f"journalmeta: {path}: {exc}\n")
            status = EXIT_USAGE
            continue
        if not record.has_metadata and status == EXIT_OK:
            status = EXIT_NO_METADATA
        records.append(record)
    return records, status


def _write(records: list[Record], fmt: str) -> None:
    out = sys.stdout
    if fmt == "json" and len(records) == 1:  # one input, one object
        out.write(json.dumps(records[0].to_dict(), ensure_ascii=False, indent=1) + "\n")
        return
    for chunk in export(records, fmt):
        out.write(chunk)


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments().parse_args(argv)
    if args.command != "parse":
        return batch.run(args)
    records, status = _parse_all(args)
    if records:
        _write(records, args.format)
    return status


if __name__ == "__main__":
    sys.exit(main())
