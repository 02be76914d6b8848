"""Regular expressions compiled once per machine rather than once per process.

Python's ``re`` builds a character class over a large Unicode range (``[\u4e00-\u9fff]``) one code point at
a time: ~3 ms for each pattern holding one, and the label and script patterns hold many. A pipeline that runs
``journalmeta parse`` once per page would pay that on every page. So the compiled form of each pattern (the
``_sre`` code the ``re`` compiler produces) is kept in a cache file, keyed by the interpreter's version and
regex engine, and later processes hand it to ``_sre.compile`` directly, the last step ``re.compile`` takes.

The cache lives in ``$JOURNALMETA_CACHE`` (``off`` disables it), else ``$XDG_CACHE_HOME/journalmeta`` or
``~/.cache/journalmeta``. Anything unexpected (no such directory, a damaged file, another interpreter)
falls back to ``re.compile``: the cache can make compiling faster, never different.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import marshal
import os
import re
import sys
import time
import zlib
from collections.abc import Iterable
from typing import Any

try:  # the re compiler's own parts (Python 3.11+; 3.10 names them sre_parse and sre_compile)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    try:
        import _sre
        import sre_compile as _compiler
        import sre_parse as _parser
    except ImportError:
        _sre = None

# (flags, the code as machine words in bytes, groups, group index, index group): the code kept as bytes, not as
# a list of ints, reads ~9x faster from the file; it becomes a list only for the patterns a process compiles
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_WORD = "I" if array.array("I").itemsize >= getattr(_sre, "CODESIZE", 4) else "L"  # a machine word holds a code

_VERSION = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}-b"
_known: dict[tuple[str, int], Entry] = {}
_added: dict[tuple[str, int], Entry] = {}


def _source_stamp() -> str:
    """A digest of the package's modules (names, sizes, modification times). Each version of the code gets a
    cache file of its own: patterns a version no longer compiles would otherwise stay in the file for good,
    and every process pays for reading them (a file grown over many versions took 40 ms to load, not 13)."""
    root = os.path.dirname(os.path.abspath(__file__))
    parts = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(("_", ".")))
        for name in sorted(files):
            if name.endswith(".py"):
                stat = os.stat(os.path.join(folder, name))
                parts.append(f"{folder[len(root):]}/{name}:{stat.st_size}:{stat.st_mtime_ns}")
    return format(zlib.crc32("|".join(parts).encode()), "08x")


def _cache_file() -> str | None:
    """(os.path rather than pathlib: this runs at import, and pathlib costs ~10 ms to import.)"""
    where = os.environ.get("JOURNALMETA_CACHE")
    if where == "off" or _sre is None:
        return None
    if not where:
        home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        where = os.path.join(home, "journalmeta")
    with contextlib.suppress(OSError):
        return os.path.join(where, f"regex-{_VERSION}-{_source_stamp()}.marshal")
    return None


def _load(path: str | None) -> None:
    if path is None:
        return
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError), open(path, "rb") as stream:
        data = marshal.loads(stream.read())
        if isinstance(data, dict) and data.get("version") == _VERSION and isinstance(data.get("entries"), dict):
            _known.update(data["entries"])


def _save(path: str) -> None:
    """Write the known and the new entries (atomically: a concurrent reader sees the old file or the new)."""
    if not _added:
        return
    import tempfile

    with contextlib.suppress(OSError, ValueError):
        data = marshal.dumps({"version": _VERSION, "entries": {**_known, **_added}})
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".regex-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        _remove_stale(path)


_STALE_AFTER = 86_400  # seconds: another version installed beside this one keeps its file while it is in use


def _remove_stale(path: str) -> None:
    """Remove the cache files of earlier versions of the code for this interpreter, once a day old."""
    folder, own = os.path.split(path)
    for name in os.listdir(folder):
        if name != own and name.startswith(f"regex-{sys.implementation.cache_tag}-") and name.endswith(".marshal"):
            other = os.path.join(folder, name)
            with contextlib.suppress(OSError):
                if os.stat(other).st_mtime < time.time() - _STALE_AFTER:
                    os.unlink(other)


def _entry(pattern: str, flags: int) -> Entry:
    """What ``re.compile`` hands to ``_sre.compile`` (the same steps as ``re._compiler.compile``)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array.array(_WORD, code).tobytes(), int(parsed.state.groups - 1),
            groupindex, tuple(indexgroup))


def _sre_compile(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, array.array(_WORD, code).tolist(), groups, groupindex,
                                             indexgroup)
    return compiled


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache file when an earlier process compiled it."""
    key = (pattern, int(flags))
    entry = _known.get(key)
    if entry is not None:
        with contextlib.suppress(Exception):
            return _sre_compile(pattern, entry)
    if _FILE is None:
        return re.compile(pattern, flags)
    try:
        entry = _entry(pattern, int(flags))
        compiled = _sre_compile(pattern, entry)
    except Exception:
        return re.compile(pattern, flags)
    _added[key] = entry
    return compiled


_FILE = _cache_file()
_load(_FILE)
if _FILE is not None:
    atexit.register(_save, _FILE)



def alternation(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, the longest where several start at one place, written as a trie
    ('re(?:ceived(?: date)?|vised)'): ``re`` tries an alternation's branches one after another at every position,
    so a hundred literals cost a hundred tries where the trie costs one per character."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict[str, Any]) -> str:
    options = [_chain(ch, child) for ch, child in node.items() if ch]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
    if "" in node:  # a word ends here and longer ones go on: the longer first (a greedy optional part)
        return f"(?:{body})?" if len(options) > 1 or len(options[0]) > 1 else f"{body}?"
    return body


def _chain(ch: str, node: dict[str, Any]) -> str:
    """``ch`` and the run of single letters after it down to the next branch or word end, then the rest."""
    out = [ch if ch.isalnum() else re.escape(ch)]
    while len(node) == 1 and "" not in node:
        (ch, node), = node.items()
        out.append(ch if ch.isalnum() else re.escape(ch))
    return "".join(out) + _branches(node)
