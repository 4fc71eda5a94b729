"""The analyst notebook runs top to bottom on a fresh embedded store and draws its figure."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "analyst.ipynb"
KERNEL = "kg-test-python"


@pytest.fixture
def kernel_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A kernel spec for this very interpreter, so a fresh clone needs no installed kernel."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kg tests", "language": "python"}))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return spec


@pytest.mark.slow
def test_notebook_runs_and_saves_the_timeline(tmp_path: Path, kernel_dir: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    figure = tmp_path / "timeline.png"
    monkeypatch.setenv("KG_NOTEBOOK_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("KG_NOTEBOOK_FIGURE", str(figure))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.delenv("NEO4J_URI", raising=False)  # the embedded store, whatever the shell
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, kernel_name=KERNEL, timeout=300,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error
    assert figure.stat().st_size > 10_000  # a rendered PNG, not an empty file
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    # the store was empty, so the notebook loaded the sample articles into it
    stats = next(o for cell in notebook.cells if "store.stats()" in cell.source
                 for o in cell.outputs if o.output_type == "execute_result")
    assert "'articles': 0" not in stats["data"]["text/plain"]
