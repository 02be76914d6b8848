"""Memos that serve one page: the extractors ask about the same lines several times while reading a page.

``parse_page`` empties them all before each page (:func:`forget_page`), so a memo never grows past one page's
lines and a benchmark's repeated parses of one page pay the full price each time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
_MEMOS: list[Any] = []


def page_memo(fn: F) -> F:
    """``fn`` remembered for the current page (its arguments must be hashable)."""
    memo = lru_cache(maxsize=4096)(fn)
    _MEMOS.append(memo)
    return memo  # type: ignore[return-value]


def page_dict() -> dict[Any, Any]:
    """A dictionary emptied with the memos before each page: for memos whose arguments are not hashable."""
    memo: dict[Any, Any] = {}
    _DICTS.append(memo)
    return memo


_DICTS: list[dict[Any, Any]] = []


def forget_page() -> None:
    for memo in _MEMOS:
        memo.cache_clear()
    for table in _DICTS:
        table.clear()
