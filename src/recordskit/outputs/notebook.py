"""Notebooks as report steps: execute a parameterized notebook with papermill, export it as
HTML without code, and hand results back through a JSON sidecar (scrapbook is unmaintained).

The notebook runs on the project's kernel (``recordskit``, registered by ``make env``), so cron
does not pick up another Python. A failing cell becomes a NotebookFailed naming the cell; the
executed notebook is still written, for a person to look at.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from recordskit.errors import RecordsKitError

KERNEL_NAME = "recordskit"
SIDECAR_ENV = "RECORDSKIT_SIDECAR"
"""Environment variable naming the sidecar file a notebook writes its results to."""


class NotebookFailed(RecordsKitError):
    """A notebook cell raised; carries the cell and the error."""

    def __init__(self, notebook: Path, cell_index: int | None, exec_count: int | None,
                 error_name: str, error_value: str, output: Path):
        self.notebook, self.cell_index, self.exec_count = notebook, cell_index, exec_count
        self.error_name, self.error_value, self.output = error_name, error_value, output
        where = f"cell {cell_index + 1}" if cell_index is not None else "a cell"
        if exec_count is not None:
            where += f" (In [{exec_count}])"
        super().__init__(f"{notebook.name}: {where} failed: {error_name}: {error_value}; "
                         f"the executed notebook is {output}")


def execute_notebook(template: str | Path, output: str | Path, parameters: Mapping[str, Any],
                     *, cwd: str | Path, kernel_name: str = KERNEL_NAME,
                     progress: bool = False, sidecar: str | Path | None = None) -> Path:
    """Execute ``template`` with ``parameters`` into ``output``, in folder ``cwd``.

    ``sidecar``: a path the notebook may write results to (``write_sidecar``); it is handed
    to the kernel as $RECORDSKIT_SIDECAR.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    template, output = Path(template), Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    if kernel_name == KERNEL_NAME:
        ensure_kernel()
    previous = os.environ.get(SIDECAR_ENV)
    if sidecar is not None:
        os.environ[SIDECAR_ENV] = str(Path(sidecar).resolve())
    try:
        pm.execute_notebook(str(template), str(output), parameters=dict(parameters),
                            cwd=str(cwd), kernel_name=kernel_name, progress_bar=progress,
                            log_output=False, report_mode=False)
    except PapermillExecutionError as exc:
        raise NotebookFailed(template, _cell_index(output, exc.exec_count), exc.exec_count,
                             exc.ename, exc.evalue, output) from None
    except Exception as exc:  # kernel missing, bad notebook: papermill's own errors
        if type(exc).__module__.startswith(("papermill", "jupyter_client", "nbformat")):
            raise NotebookFailed(template, None, None, type(exc).__name__, str(exc),
                                 output) from None
        raise
    finally:
        if sidecar is not None:
            if previous is None:
                os.environ.pop(SIDECAR_ENV, None)
            else:
                os.environ[SIDECAR_ENV] = previous
    return output


def ensure_kernel(name: str = KERNEL_NAME) -> None:
    """Register the project's kernel for the running Python when no kernel of that name exists
    (``make env`` registers it; a bare ``uv run recordskit pra run`` may come first)."""
    import sys

    from jupyter_client.kernelspec import KernelSpecManager

    if name in KernelSpecManager().find_kernel_specs():
        return
    from ipykernel.kernelspec import install

    install(kernel_name=name, display_name="Python (recordskit)", prefix=sys.prefix)


PAPERMILL_TAGS = ("injected-parameters", "papermill-error-cell-tag")


def _cell_index(output: Path, exec_count: int | None) -> int | None:
    """Index (0-based) of the failed cell in the template: the cells papermill inserted (the
    injected parameters, the error banners) are not counted."""
    try:
        import nbformat

        nb = nbformat.read(str(output), as_version=4)
    except Exception:
        return None
    own = [c for c in nb.cells
           if not set(c.get("metadata", {}).get("tags", [])) & set(PAPERMILL_TAGS)]
    for i, cell in enumerate(own):
        if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            return i
        if exec_count is not None and cell.get("execution_count") == exec_count:
            return i
    return None


def notebook_to_html(notebook: str | Path, html_path: str | Path) -> Path:
    """The executed notebook as HTML without code cells' inputs (results only)."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(notebook), as_version=4)
    for i, cell in enumerate(nb.cells):  # timings and random ids would make exports differ
        cell.get("metadata", {}).pop("papermill", None)
        cell.get("metadata", {}).pop("execution", None)
        cell["id"] = f"cell-{i}"
    nb.metadata.pop("papermill", None)
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    html_path = Path(html_path)
    html_path.write_text(body, encoding="utf-8")
    return html_path


def write_sidecar(doc: Mapping[str, Any], path: str | Path | None = None) -> Path | None:
    """Write the notebook's results as JSON to ``path`` (default: $RECORDSKIT_SIDECAR). Does
    nothing when neither is set (a notebook run by hand in JupyterLab)."""
    target = path or os.environ.get(SIDECAR_ENV)
    if not target:
        return None
    target = Path(target)
    target.write_text(json.dumps(doc, indent=2, sort_keys=True, default=str,
                                 ensure_ascii=False), encoding="utf-8")
    return target


def read_sidecar(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    if not path.exists():
        raise RecordsKitError(f"{path}: the notebook wrote no results (sidecar missing)")
    return json.loads(path.read_text(encoding="utf-8"))
