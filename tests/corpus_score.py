"""Score journalmeta in-process against the shared corpus with the shared scorer's own comparison rules."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import journalmeta


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_scorer", shared / "tools" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(shared: Path, folder: str) -> dict[str, Any]:
    """Per-field recall and micro recall/precision over one corpus folder, as ``score.py`` counts them."""
    scorer = load_scorer(shared)
    stats: dict[str, dict[str, int]] = {}
    exit_codes: dict[str, int] = {}
    for path, gold in scorer.cases(shared / folder):
        record = journalmeta.parse(path.read_bytes()).to_dict()
        exit_codes[path.name] = 0 if journalmeta.Record.from_dict(record).has_metadata else 3
        expected = gold.get("expected", {})
        for field in scorer.fields_of(expected, record):
            g, p = scorer.gold_value(expected, field), scorer.record_value(record, field)
            s = stats.setdefault(field.split(".")[0], {"gold": 0, "pred": 0, "tp": 0})
            s["gold"] += scorer.norm(g) is not None
            s["pred"] += scorer.norm(p) is not None
            s["tp"] += scorer.same(field, g, p) and scorer.norm(g) is not None
    tp = sum(s["tp"] for s in stats.values())
    return {
        "recall": {f: s["tp"] / s["gold"] for f, s in stats.items() if s["gold"]},
        "micro_recall": tp / max(1, sum(s["gold"] for s in stats.values())),
        "micro_precision": tp / max(1, sum(s["pred"] for s in stats.values())),
        "exit_codes": exit_codes,
    }
