"""JSON (one object, or a list for several records) and JSON Lines: the record as it is."""

from __future__ import annotations

import json

from journalmeta.exporters.base import Format
from journalmeta.record import Record


def _json(record: Record, _: int) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=1)


JSON = Format("json", _json, head=lambda n: "[\n", separator=",\n", tail=lambda n: "\n]\n")
JSONL = Format("jsonl", lambda r, _: json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
