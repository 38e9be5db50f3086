"""The release notebook runs top to bottom on a real release, with the later stages' columns
null (as today) and filled (as once quality and PII scoring land)."""

import json
import shutil
import sys
from pathlib import Path

import nbformat
import pyarrow.parquet as pq
import pytest
from nbclient import NotebookClient

from tests.conftest import REPO
from tests.lineage_helpers import demo_release

NOTEBOOK = REPO / "notebooks" / "explore_release.ipynb"


@pytest.fixture
def venv_kernel(tmp_path, monkeypatch):
    """A ``python3`` kernelspec running this interpreter, ahead of any user-installed one."""
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "Python 3", "language": "python"})
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")


def run_notebook(release: Path, monkeypatch) -> list[dict]:
    monkeypatch.setenv("RELEASE_DIR", str(release))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=120,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    ).execute()
    return [
        output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
    ]


def images(outputs: list[dict]) -> int:
    return sum(1 for o in outputs if "image/png" in o.get("data", {}))


def text(outputs: list[dict]) -> str:
    return "".join(o.get("text", "") for o in outputs)


def with_stage_columns(release: Path, target: Path, filled: bool) -> Path:
    """A copy of the release whose later-stage columns (quality score, PII) are all null, as
    before those stages ran, or all filled, whatever the pipeline fills today."""
    shutil.copytree(release, target)
    for path in (target / "provenance").iterdir():
        table = pq.read_table(path)
        rows = table.to_pylist()
        for i, row in enumerate(rows):
            counts = [{"type": "phone", "count": i % 3}, {"type": "email", "count": 1}]
            row["quality_score"] = (i % 97) / 97 if filled else None
            row["pii"] = {"spans": [], "counts": counts} if filled and i % 4 == 0 else None
        pq.write_table(table.from_pylist(rows, schema=table.schema), path)
    return target


@pytest.mark.parametrize("filled", [False, True], ids=["null", "filled"])
def test_notebook_runs_on_a_release(tmp_path_factory, tmp_path, venv_kernel, monkeypatch, filled):
    demo = demo_release(tmp_path_factory)
    release = with_stage_columns(demo.release, tmp_path / "v1", filled)
    outputs = run_notebook(release, monkeypatch)
    printed = text(outputs)
    assert f"release v1 at {release}" in printed
    assert ("no quality scores in this release" in printed) is not filled
    assert ("no PII counts in this release" in printed) is not filled
    assert images(outputs) == (5 if filled else 3)
