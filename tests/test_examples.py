"""The runnable examples keep working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import EXAMPLES, ROOT


def test_dask_example_extracts_on_workers_and_loads_the_store(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "dask_ingest.py"), str(EXAMPLES),
         "--store", str(tmp_path / "store"), "--scheduler", "threads", "--partitions", "3"],
        capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    articles = sum(1 for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html")) + sum(
        1 for p in EXAMPLES.glob("*.jsonl") for line in p.read_text().splitlines() if line)
    assert f"{articles} articles extracted on Dask" in result.stdout
    assert f"the graph holds {articles} articles" in result.stdout
