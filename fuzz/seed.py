"""Fill a working fuzz corpus with the shared corpus pages, the fixtures and the kept crashers."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SUFFIXES = (".html", ".txt", ".htm", ".xml", "")


def main(target: str) -> None:
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    sources = [ROOT.parent / "shared" / "corpus", ROOT.parent / "shared" / "seed", ROOT / "fixtures",
               ROOT / "fuzz" / "crashers"]
    n = 0
    for folder in sources:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.is_file() and path.suffix in _SUFFIXES and path.stat().st_size < 1_500_000:
                shutil.copy(path, out / f"{n:05d}{path.suffix}")
                n += 1
    print(f"{n} seeds in {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "fuzz/corpus-work")
