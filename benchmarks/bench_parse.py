"""journalmeta.parse against bare parsers and trafilatura, page by page, in one process and one run.

    make bench            (installs the 'bench' extra: selectolax, trafilatura)
    python benchmarks/bench_parse.py [--repeat 5] [--shared ../shared]

For every page of ../shared/corpus/html, ../shared/corpus/text and fixtures/ it takes the median of
``repeat`` timings of each contender on the same bytes, then prints the median per-page ratios
(journalmeta / lxml, trafilatura / journalmeta), text pages per second, and the import + first-parse time
(in a fresh interpreter). Ratios, not absolute times, are the targets: the machine is noisy.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _pages(shared: Path) -> tuple[list[bytes], list[bytes], int]:
    """The HTML pages (the corpus's first, then the fixtures'), the text pages, and how many HTML pages are the
    corpus's."""
    html = [p.read_bytes() for p in sorted((shared / "corpus" / "html").rglob("*.html"))]
    corpus = len(html)
    html += [p.read_bytes() for p in sorted((ROOT / "fixtures").rglob("*.html"))]
    text = [p.read_bytes() for p in sorted((shared / "corpus" / "text").glob("*.txt"))]
    text += [p.read_bytes() for p in sorted((ROOT / "fixtures").rglob("*.txt"))]
    return html, text, corpus


def _by_set(jm: list[float], per_page: dict[str, list[float]], corpus: int) -> None:
    """The two ratios on each page set alone: the median of the whole set moves with how many small fixture
    pages there are (lxml reads a 2 KB page in a fraction of a millisecond; journalmeta's per-page steps stay)."""
    for name, part in (("corpus", slice(None, corpus)), ("fixtures", slice(corpus, None))):
        ours = jm[part]
        if not ours:
            continue
        line = f"  {name} HTML pages alone ({len(ours)}): journalmeta / lxml " + format(
            statistics.median(j / b for j, b in zip(ours, per_page["lxml"][part], strict=True)), ".2f")
        if "trafilatura" in per_page:
            line += ", trafilatura / journalmeta " + format(
                statistics.median(t / j for j, t in zip(ours, per_page["trafilatura"][part], strict=True)), ".2f")
        print(line)


def _contenders() -> dict[str, Callable[[bytes], object]]:
    import lxml.html

    import journalmeta

    out: dict[str, Callable[[bytes], object]] = {"journalmeta": journalmeta.parse,
                                                  "lxml": lxml.html.fromstring}
    try:
        from selectolax.lexbor import LexborHTMLParser

        out["selectolax"] = LexborHTMLParser
    except ImportError:
        pass
    try:
        import trafilatura

        out["trafilatura"] = trafilatura.extract_metadata
    except ImportError:
        pass
    return out


def _first_parse_ms() -> float:
    """Import + first parse in a fresh interpreter, median of 5, as an installed package runs: bytecode and
    the compiled-pattern cache written by one warm-up run first (this machine sets PYTHONDONTWRITEBYTECODE,
    which a pip install does not)."""
    code = ("import time; t=time.perf_counter(); import journalmeta; "
            f"journalmeta.parse(open({str(ROOT / 'fixtures' / 'seed' / 'seed.txt')!r},'rb').read()); "
            "print((time.perf_counter()-t)*1000)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                 env=env).stdout) for _ in range(6)]
    return statistics.median(runs[1:])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    html, text, corpus = _pages(args.shared)
    contenders = _contenders()
    for data in html[:3] + text[:3]:  # warm-up: regexes compiled, modules loaded
        contenders["journalmeta"](data)
    per_page: dict[str, list[float]] = {name: [] for name in contenders}
    for data in html:
        for name, fn in contenders.items():
            per_page[name].append(_median_time(partial(fn, data), args.repeat))
    text_times = [_median_time(partial(contenders["journalmeta"], d), args.repeat) for d in text]

    jm = per_page["journalmeta"]
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()} "
          f"{platform.system()} {platform.release()}")
    print(f"HTML pages: {len(html)}, text pages: {len(text)}, repeat {args.repeat}, one process, one core")
    print(f"{'contender':14} {'median ms/page':>15} {'mean ms/page':>13}")
    for name, times in per_page.items():
        print(f"{name:14} {statistics.median(times) * 1000:15.2f} {statistics.mean(times) * 1000:13.2f}")
    ratio_lxml = statistics.median(j / b for j, b in zip(jm, per_page["lxml"], strict=True))
    print(f"journalmeta / lxml (median of per-page ratios): {ratio_lxml:.2f}  target <= 2.0")
    if "selectolax" in per_page:
        ratio = statistics.median(j / b for j, b in zip(jm, per_page["selectolax"], strict=True))
        print(f"journalmeta / selectolax: {ratio:.2f}")
    if "trafilatura" in per_page:
        ratio = statistics.median(t / j for j, t in zip(jm, per_page["trafilatura"], strict=True))
        print(f"trafilatura / journalmeta (median of per-page ratios): {ratio:.2f}  target >= 15")
    _by_set(jm, per_page, corpus)
    print(f"text renderings: {len(text) / sum(text_times):.0f} pages/s on one core  target >= 2000")
    print(f"import + first parse (fresh interpreter, median of 5): {_first_parse_ms():.0f} ms  target < 150")
    return 0


if __name__ == "__main__":
    sys.exit(main())
