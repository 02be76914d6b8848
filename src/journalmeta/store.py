"""The embedded store: SQLite (standard library), WAL, one transaction per batch, versioned schema.

Tables (schema version 1):

    records  key TEXT PRIMARY KEY        'doi:<doi>' | 'url:<normalised url>' | 'sha1:<content hash>'
             doi, url, title, year, platform, data (the record's JSON), updated_at
    sources  id, locator TEXT UNIQUE     a path, 'archive.warc.gz#offset', or a URL
             kind, url, status           'parsed' | 'no-metadata' | 'error'
             error, record_key, data     the record this source gave (its JSON), or the error text
             bytes, parse_ms, updated_at

A record's ``data`` is the merge of the records of all its sources, recomputed whenever one of them changes,
so ingesting the same pages again leaves the store as it was, and an article found on two pages is one
record with both sources kept.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from journalmeta.record import Record

SCHEMA_VERSION = 1
STATUSES = ("parsed", "no-metadata", "error")

_MIGRATIONS: dict[int, str] = {
    1: """
        CREATE TABLE records (
            key TEXT PRIMARY KEY, doi TEXT, url TEXT, title TEXT, year INTEGER, platform TEXT,
            data TEXT NOT NULL, updated_at REAL NOT NULL);
        CREATE INDEX records_doi ON records(doi);
        CREATE INDEX records_year ON records(year);
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY, locator TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, url TEXT,
            status TEXT NOT NULL, error TEXT, record_key TEXT, data TEXT, bytes INTEGER, parse_ms REAL,
            updated_at REAL NOT NULL);
        CREATE INDEX sources_record ON sources(record_key);
        CREATE INDEX sources_status ON sources(status);
    """,
}


@dataclass(frozen=True)
class Outcome:
    """What parsing one source gave: a record, or an error; as the store writes it."""

    locator: str
    kind: str
    status: str
    url: str | None = None
    record: dict[str, Any] | None = None
    error: str | None = None
    size: int = 0
    parse_ms: float = 0.0
    content_hash: str | None = None
    record_json: str | None = None  # the record already serialised (by the worker that parsed it), if given

    def record_text(self) -> str | None:
        """The record as JSON text: the worker's if it sent it, else serialised here."""
        if self.record is None:
            return None
        return self.record_json or json.dumps(self.record, ensure_ascii=False)


def normalise_url(url: str | None) -> str | None:
    """Scheme and host lower-cased, default port, fragment and trailing slash dropped."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return None
    host = parts.netloc.lower().removesuffix(":80").removesuffix(":443")
    return urlunsplit((parts.scheme.lower(), host, parts.path.rstrip("/") or "/", parts.query, ""))


def record_key(record: dict[str, Any], content_hash: str | None) -> str:
    if record.get("doi"):
        return "doi:" + str(record["doi"]).lower()
    url = normalise_url(record.get("url"))
    if url:
        return "url:" + url
    return "sha1:" + (content_hash or "unknown")


def merge_records(records: list[dict[str, Any]]) -> dict[str, Any]:
    """One record from several pages of the same article: the first gives each value, later ones fill gaps."""
    merged: dict[str, Any] = json.loads(json.dumps(records[0]))
    for other in records[1:]:
        merge_into(merged, other)
    return merged


def merge_into(merged: dict[str, Any], other: dict[str, Any]) -> None:
    """Fill the gaps of ``merged`` from ``other`` (one step of :func:`merge_records`, which is a left fold:
    merging a new page into the merged record gives what merging all pages again would)."""
    for key, value in other.items():
        mine: Any = merged.get(key)
        if isinstance(mine, dict) and isinstance(value, dict):
            for k, v in value.items():
                if isinstance(mine.get(k), dict) and isinstance(v, dict):
                    mine[k] = {**v, **mine[k]}
                elif mine.get(k) in (None, [], {}):
                    mine[k] = v
        elif key == "warnings" and isinstance(mine, list):
            merged[key] = mine + [w for w in value if w not in mine]
        elif key == "authors" and isinstance(mine, list):
            if len(value) > len(mine):
                merged[key] = value
        elif mine in (None, [], {}, "generic"):
            merged[key] = value


class Store:
    """A SQLite file of records and sources. Use as a context manager; writes go in ``batch()``."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply every migration above the file's version, each in its own transaction."""
        for version in sorted(v for v in _MIGRATIONS if v > self.version):
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for statement in filter(str.strip, _MIGRATIONS[version].split(";")):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {version}")
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def done(self, locator: str) -> bool:
        """True when a source was read before with an outcome that needs no retry (parsed or no-metadata)."""
        row = self.db.execute("SELECT status FROM sources WHERE locator = ?", (locator,)).fetchone()
        return row is not None and row[0] != "error"

    def done_locators(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT locator FROM sources WHERE status != 'error'")}

    def write(self, outcomes: list[Outcome]) -> None:
        """Write a batch of outcomes in one transaction: all of it lands, or none of it."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            rebuild: set[str] = set()
            added: dict[str, list[Outcome]] = {}
            for o in outcomes:
                key, new, old_key = self._write_one(o)
                if new and key is not None:
                    added.setdefault(key, []).append(o)  # a new source: its record folds in
                else:
                    rebuild |= {k for k in (key, old_key) if k}  # a source changed: merge its records again
            for key in rebuild:
                self._rebuild(key)
            for key, records in added.items():
                if key not in rebuild:
                    self._fold(key, records)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _write_one(self, o: Outcome) -> tuple[str | None, bool, str | None]:
        """Upsert the source: its record key, whether the source is new, and the key it had before."""
        old = self.db.execute("SELECT record_key FROM sources WHERE locator = ?", (o.locator,)).fetchone()
        key = record_key(o.record, o.content_hash) if o.record is not None else None
        self.db.execute(
            """INSERT INTO sources (locator, kind, url, status, error, record_key, data, bytes, parse_ms, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(locator) DO UPDATE SET kind=excluded.kind, url=excluded.url, status=excluded.status,
                 error=excluded.error, record_key=excluded.record_key, data=excluded.data, bytes=excluded.bytes,
                 parse_ms=excluded.parse_ms, updated_at=excluded.updated_at""",
            (o.locator, o.kind, o.url, o.status, o.error, key,
             o.record_text(), o.size, o.parse_ms,
             time.time()))
        return key, old is None, old[0] if old else None

    def _rebuild(self, key: str) -> None:
        """Merge every source of ``key`` again, one row at a time (an article crawled a thousand times must
        not hold a thousand records in memory)."""
        merged: dict[str, Any] | None = None
        for (data,) in self.db.execute(
                "SELECT data FROM sources WHERE record_key = ? AND data IS NOT NULL ORDER BY id", (key,)):
            if merged is None:
                merged = json.loads(data)
            else:
                merge_into(merged, json.loads(data))
        if merged is None:
            self.db.execute("DELETE FROM records WHERE key = ?", (key,))
            return
        self._put(key, merged)

    def _fold(self, key: str, outcomes: list[Outcome]) -> None:
        """Merge new sources' records into the stored record (they come after every source it holds)."""
        row = self.db.execute("SELECT data FROM records WHERE key = ?", (key,)).fetchone()
        if row is None:  # the article's first sources: the first one is the record so far
            first, outcomes = outcomes[0], outcomes[1:]
            text = first.record_text() or "{}"
            if not outcomes and first.record is not None:  # the usual case, an article seen once
                self._put(key, first.record, text)
                return
        merged = json.loads(row[0] if row else text)  # a fresh copy: merging changes it
        for o in outcomes:
            merge_into(merged, o.record or {})
        self._put(key, merged)

    def _put(self, key: str, data: dict[str, Any], text: str | None = None) -> None:
        title = next(iter(data.get("title", {}).values()), None)
        self.db.execute(
            """INSERT INTO records (key, doi, url, title, year, platform, data, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(key) DO UPDATE SET doi=excluded.doi, url=excluded.url, title=excluded.title,
                 year=excluded.year, platform=excluded.platform, data=excluded.data, updated_at=excluded.updated_at""",
            (key, data.get("doi"), data.get("url"), title, data.get("year"), data.get("platform"),
             text or json.dumps(data, ensure_ascii=False), time.time()))

    def records(self, where: list[str] | None = None, batch: int = 500) -> Iterator[Record]:
        """Every record (filtered by ``where`` conditions such as ``year>=2020``), streamed."""
        sql, params = _where(where or [])
        cursor = self.db.execute(f"SELECT data FROM records{sql} ORDER BY key", params)
        while rows := cursor.fetchmany(batch):
            for (data,) in rows:
                yield Record.from_dict(json.loads(data))

    def record(self, key: str) -> Record | None:
        row = self.db.execute("SELECT data FROM records WHERE key = ?", (key,)).fetchone()
        return Record.from_dict(json.loads(row[0])) if row else None

    def sources_of(self, key: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT locator FROM sources WHERE record_key = ? ORDER BY id", (key,))]

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in STATUSES}
        out.update(dict(self.db.execute("SELECT status, COUNT(*) FROM sources GROUP BY status").fetchall()))
        out["records"] = int(self.db.execute("SELECT COUNT(*) FROM records").fetchone()[0])
        return out


_CONDITION = re.compile(r"^\s*(doi|url|title|year|platform)\s*(=|!=|<=|>=|<|>|~)\s*(.+?)\s*$")


def _where(conditions: list[str]) -> tuple[str, list[Any]]:
    """``field op value`` conditions (fields: doi url title year platform; ``~`` is LIKE) as safe SQL."""
    clauses, params = [], []
    for text in conditions:
        m = _CONDITION.match(text)
        if not m:
            raise ValueError(f"cannot read condition {text!r}: use FIELD OP VALUE, e.g. year>=2020 or platform=rhhz")
        field, op, value = m.groups()
        clauses.append(f"{field} {'LIKE' if op == '~' else op} ?")
        params.append(int(value) if field == "year" and value.isdigit() else value.strip("'\""))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params
