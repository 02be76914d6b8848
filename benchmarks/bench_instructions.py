"""The parse benchmark's ratios in CPU instructions, counted by valgrind's cachegrind: immune to this
machine's speed drifting by up to 2x within seconds, so a change of a few percent shows (wall-clock A/B
runs here cannot tell 5% from noise).

    python benchmarks/bench_instructions.py [--passes 2] [--shared ../shared] [--only journalmeta-text]

Each contender runs in a child process under ``valgrind --tool=cachegrind --cache-sim=no``, once with one
pass over the pages and once with ``1 + passes``; the difference divided by the page count is its
instructions a page (imports and warm-up cancel out). Prints instructions a page and the ratios the speed
issue sets (journalmeta / lxml, trafilatura / journalmeta), averaged over the pages rather than the median
page. Needs valgrind on PATH; slow (~50x under valgrind): a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The child: import the contender, read the pages, run `passes` passes. Contender name -> (setup, call).
_CHILD = """
import sys
from pathlib import Path
shared, kind, passes = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
root = Path(sys.argv[4])
if kind == "text":
    pages = [p.read_bytes() for p in sorted((shared / "corpus" / "text").glob("*.txt"))]
    pages += [p.read_bytes() for p in sorted((root / "fixtures").rglob("*.txt"))]
else:
    pages = [p.read_bytes() for p in sorted((shared / "corpus" / "html").rglob("*.html"))]
    pages += [p.read_bytes() for p in sorted((root / "fixtures").rglob("*.html"))]
{setup}
for _ in range(passes):
    for page in pages:
        {call}
print(len(pages))
"""
CONTENDERS: dict[str, tuple[str, str, str]] = {  # name: (page kind, setup, call)
    "journalmeta-html": ("html", "import journalmeta", "journalmeta.parse(page, content_type='text/html')"),
    "journalmeta-text": ("text", "import journalmeta", "journalmeta.parse(page, content_type='text/plain')"),
    "lxml": ("html", "import lxml.html", "lxml.html.fromstring(page)"),
    "selectolax": ("html", "from selectolax.lexbor import LexborHTMLParser", "LexborHTMLParser(page)"),
    "trafilatura": ("html", "import trafilatura", "trafilatura.extract_metadata(page)"),
}


def _instructions(script: Path, shared: Path, kind: str, passes: int) -> tuple[int, int]:
    """Instructions of the child run with ``passes`` passes, and the page count."""
    env = dict(os.environ, JOURNALMETA_CACHE=os.environ.get("JOURNALMETA_CACHE", "off"), PYTHONHASHSEED="0")
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, str(script), str(shared), kind, str(passes), str(ROOT)],
                          capture_output=True, text=True, env=env, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count from valgrind:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", "")), int(done.stdout.split()[-1])


def per_page(name: str, shared: Path, passes: int) -> float:
    kind, setup, call = CONTENDERS[name]
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "child.py"
        script.write_text(_CHILD.format(setup=setup, call=call), encoding="utf-8")
        one, pages = _instructions(script, shared, kind, 1)
        more, _ = _instructions(script, shared, kind, 1 + passes)
    return (more - one) / passes / pages


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--only", action="append", choices=sorted(CONTENDERS), help="measure only these")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    counts: dict[str, float] = {}
    for name in args.only or list(CONTENDERS):
        try:
            counts[name] = per_page(name, args.shared, args.passes)
        except (subprocess.CalledProcessError, RuntimeError) as exc:
            print(f"{name}: not measured ({exc})", file=sys.stderr)
            continue
        print(f"{name:18s} {counts[name] / 1e6:8.2f} M instructions a page", flush=True)
    if "journalmeta-html" in counts and "lxml" in counts:
        print(f"journalmeta / lxml:        {counts['journalmeta-html'] / counts['lxml']:.2f}  (target <= 2.0)")
    if "journalmeta-html" in counts and "trafilatura" in counts:
        print(f"trafilatura / journalmeta: {counts['trafilatura'] / counts['journalmeta-html']:.2f}  (target >= 15)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
