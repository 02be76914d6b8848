"""atheris harness: ``journalmeta.parse`` on any bytes returns a Record or raises a JournalmetaError.

Run (see the README):  python fuzz/fuzz_parse.py fuzz/corpus-work -max_total_time=1800 -timeout=10 -rss_limit_mb=4096
Seed the working corpus first with ``python fuzz/seed.py fuzz/corpus-work`` (copies ../shared pages and the
fixtures; the copies are not committed). Crashers land in ``crash-*`` files: keep them under
``fuzz/crashers/`` — the test suite replays every file there.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    import journalmeta
    from journalmeta.normalize import clean_doi


def check(data: bytes) -> None:
    try:
        record = journalmeta.parse(data, max_bytes=2_000_000)
    except journalmeta.JournalmetaError:
        return
    as_json = json.loads(json.dumps(record.to_dict(), ensure_ascii=False))
    assert journalmeta.Record.from_dict(as_json).to_dict() == as_json
    if record.doi is not None:
        assert clean_doi(record.doi) == record.doi, record.doi


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
