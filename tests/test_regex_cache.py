"""The on-disk cache of compiled patterns: a later process compiles from it, and gets the same patterns."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES

SEED = FIXTURES / "seed" / "seed.txt"
_REPORT = """
import json, sys, journalmeta
from journalmeta import _regex
record = journalmeta.parse(open(sys.argv[1], "rb").read()).to_dict()
print(json.dumps({"known": len(_regex._known), "added": len(_regex._added), "record": record}))
"""


def _run(cache: str) -> dict[str, object]:
    env = {**os.environ, "JOURNALMETA_CACHE": cache}
    out = subprocess.run([sys.executable, "-c", _REPORT, str(SEED)], env=env, capture_output=True, text=True,
                         check=True)
    return dict(json.loads(out.stdout))


def test_a_second_process_compiles_from_the_cache(tmp_path: Path) -> None:
    first = _run(str(tmp_path))
    assert first["known"] == 0 and int(str(first["added"])) > 50  # every pattern compiled, then saved
    assert len(list(tmp_path.glob("regex-*.marshal"))) == 1
    second = _run(str(tmp_path))
    assert int(str(second["known"])) >= int(str(first["added"])) and second["added"] == 0
    assert second["record"] == first["record"] == _run("off")["record"]


def test_each_version_of_the_code_has_its_own_file_and_old_ones_go(tmp_path: Path) -> None:
    from journalmeta import _regex

    _run(str(tmp_path))
    (own,) = tmp_path.glob("regex-*.marshal")
    assert _regex._source_stamp() in own.name  # the code's digest names the file
    old, recent = tmp_path / f"regex-{_regex._VERSION}-00000000.marshal", tmp_path / f"regex-{_regex._VERSION}.marshal"
    for path in (old, recent):
        path.write_bytes(own.read_bytes())
    os.utime(old, (0, 0))  # written long ago by another version: removed at the next save
    own.unlink()
    _run(str(tmp_path))
    assert not old.exists() and recent.exists() and len(list(tmp_path.glob("regex-*.marshal"))) == 2


def test_a_damaged_cache_file_is_ignored(tmp_path: Path) -> None:
    _run(str(tmp_path))
    for path in tmp_path.glob("regex-*.marshal"):
        path.write_bytes(b"\x00garbage")
    again = _run(str(tmp_path))
    assert again["known"] == 0 and again["record"] == _run("off")["record"]


def test_cached_patterns_behave_as_re_compile() -> None:
    from journalmeta import _regex

    samples = ["摘要: 内容", "Key words: a; b", "10.1234/abc.def", "Received 12 March 2020",
               "王于, 陈洁. 标题[J]. 2020, 11(4): 389-394", "Аннотация. Текст", "ABSTRACT", ""]
    for pattern, flags in [(r"[\u3400-\u4dbf\u4e00-\u9fff]+", 0), (r"(?P<kw>key\s*words?)\s*[:：]", re.IGNORECASE),
                           (r"\b10\.\d{4,9}/\S+", 0), (r"(?:19|20)\d\d", 0), (r"^(\w+)\W", re.IGNORECASE)]:
        entry = _regex._entry(pattern, int(flags))
        cached = _regex._sre_compile(pattern, entry)
        plain = re.compile(pattern, flags)
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
            plain.pattern, plain.flags, plain.groups, plain.groupindex)
        for text in samples:
            assert [m.span() for m in cached.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_trie_alternation_matches_the_longest_word_like_the_sorted_one() -> None:
    import re

    from journalmeta._regex import alternation

    words = ["received", "received date", "revised", "re", "a", "ab", "abc", "n.º", "受付日", "受付"]
    trie = re.compile(alternation(words))
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    for text in ["received date 2020", "received", "revised:", "re", "abd", "abc", "x n.º 4", "受付日 2020",
                 "受付 2020", "nothing"]:
        assert [m.group(0) for m in trie.finditer(text)] == [m.group(0) for m in plain.finditer(text)], text
