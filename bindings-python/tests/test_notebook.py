"""The example notebook runs end to end without error (executed with nbclient)."""

from __future__ import annotations

import os

import pytest

from conftest import ROOT

NOTEBOOK = ROOT / "bindings-python" / "examples" / "quickstart.ipynb"


def test_quickstart_notebook_executes(tmp_path: "os.PathLike[str]", monkeypatch: pytest.MonkeyPatch) -> None:
    # Only this environment's kernel ("python3" of the venv's ipykernel): ignore kernels a user
    # may have registered in their home directory.
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path))
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("matplotlib")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # The kernel uses matplotlib's inline backend (PNG outputs), whatever the environment says.
    monkeypatch.delenv("MPLBACKEND", raising=False)
    client = nbclient.NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    kinds = {k for o in outputs for k in o.get("data", {})}
    assert {"text/html", "text/markdown", "image/png"} <= kinds  # the report and the plot
    # The committed notebook carries no outputs (they are produced here).
    clean = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in clean.cells if c.cell_type == "code")
