"""Shared test helpers: where the fixtures and the shared corpus live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def fixture_cases() -> list[Path]:
    """Every fixture page that has an ``<case>.expected.json`` beside it."""
    pages = [p for p in sorted(FIXTURES.rglob("*")) if p.suffix in (".html", ".htm", ".txt")]
    return [p for p in pages if p.with_name(p.stem + ".expected.json").exists()]


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    return SHARED
