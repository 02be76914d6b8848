"""The command line as pipelines use it: formats, several inputs, standard input, exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journalmeta.cli import main
from tests.conftest import FIXTURES

SEED = FIXTURES / "seed" / "seed.txt"
RHHZ = FIXTURES / "rhhz" / "article-doi.html"


def test_json_for_one_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["doi"] == "10.3969/j.issn.1674-9081.2020.04.006"


def test_json_list_for_several_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), str(RHHZ)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["platform"] for r in records] == ["rhhz", "rhhz"]


def test_jsonl_one_line_per_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "jsonl", str(SEED), str(RHHZ)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["title"]["en"].startswith("Characteristics of Gut Microbiota")


def test_url_is_recorded(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--url", "https://example.org/a/1", str(SEED)]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == "https://example.org/a/1"


def test_missing_file_is_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["parse", str(tmp_path / "nope.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.html" in err


def test_bad_usage_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--format", "yaml", str(SEED)])
    assert exc.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_page_without_metadata_is_exit_3_and_still_printed(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    page = tmp_path / "challenge.html"
    page.write_text("<html><head><title>Just a moment...</title></head><body><p>Checking your browser</p>"
                    "</body></html>", encoding="utf-8")
    assert main(["parse", str(page)]) == 3
    record = json.loads(capsys.readouterr().out)
    assert "no bibliographic metadata found" in record["warnings"]


def test_oversized_input_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--max-bytes", "100", str(SEED)]) == 2
    assert "over the limit" in capsys.readouterr().err


def test_standard_input_through_the_installed_command() -> None:
    done = subprocess.run([sys.executable, "-m", "journalmeta", "parse", "-"], input=SEED.read_bytes(),
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"]["zh"] == "胰腺神经内分泌肿瘤复杂肝转移的介入及药物治疗策略"
