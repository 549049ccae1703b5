"""A validation run written into its own folder: ``reports/validate/<run-id>/`` with
``results.json`` (``ValidationRun.as_dict()``) and ``data_docs/`` (Great Expectations' HTML),
built in a temporary folder and renamed into place when complete."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from recordskit.checks.results import ValidationRun
from recordskit.checks.runner import run_suites
from recordskit.outputs.run_folder import new_run_id, run_folder

if TYPE_CHECKING:
    from recordskit.archive import Archive
    from recordskit.periods import Period
    from recordskit.workspace import Workspace

KIND = "validate"
RESULTS_FILE = "results.json"
DOCS_DIR = "data_docs"


def validate_into_reports(ws: Workspace, suites: list[str] | None = None,
                          period: Period | None = None, archive: Archive | None = None
                          ) -> tuple[ValidationRun, Path]:
    """Run the suites and keep the run under the workspace's reports; returns the run (its
    ``data_docs`` pointing into the final folder) and that folder."""
    target = ws.reports_dir / KIND / new_run_id()
    with run_folder(target) as temp:
        run = run_suites(ws, suites=suites, period=period, archive=archive,
                         data_docs_dir=temp / DOCS_DIR)
        if run.data_docs is not None:
            run.data_docs = target.resolve() / run.data_docs.relative_to(temp)
        (temp / RESULTS_FILE).write_text(
            json.dumps({"run_folder": str(target.resolve()), **run.as_dict()}, indent=2,
                       ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return run, target.resolve()
