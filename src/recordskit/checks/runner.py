"""Run the suites over an archive version: prepare each suite's frame, validate it with Great
Expectations, and return plain results with pass or fail decided per control severity.

    from recordskit.checks import run_suites
    run = run_suites(ws, suites=["removals"], period=parse_period("2026-Q3"))
    run.failed(at_or_above="critical")
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from recordskit.checks.columns import to_pandas
from recordskit.checks.inputs import CheckInputs
from recordskit.checks.results import ExpectationResult, ValidationRun
from recordskit.checks.suites import SUITES, resolve

if TYPE_CHECKING:
    from recordskit.archive import Archive
    from recordskit.periods import Period
    from recordskit.workspace import Workspace

_COLUMN_KWARGS = ("column", "column_A", "column_B", "column_list")


def check_inputs(ws: Workspace, period: Period | None = None, archive: Archive | None = None,
                 now: dt.datetime | None = None) -> CheckInputs:
    """What the frame builders read: the archive (or the version given), the profile in force at
    the period's last day (the newest without a period), the city's zone and now."""
    profile = ws.profile_on(period.last_day) if period is not None else ws.profile
    return CheckInputs(archive or ws.archive, profile, ws.config.tz, period,
                       now or dt.datetime.now(dt.UTC))


def _empty_tables(inputs: CheckInputs, tables: tuple[str, ...]) -> list[str]:
    """The tables that hold no rows. Counting the first row reads no column but the ingest
    sequence (the first row itself would be every column of a whole file, text included)."""
    return [t for t in tables
            if inputs.table(t).head(1).select(pl.len()).collect().item() == 0]


PREPARED_FIRST = ("content",)
"""Suites whose frames are prepared before the others: content's validation is by far the
longest (every archived row), and it runs while the other frames are being prepared."""


def run_suites(ws: Workspace, suites: list[str] | tuple[str, ...] | None = None,
               period: Period | None = None, archive: Archive | None = None,
               data_docs_dir: Path | None = None, now: dt.datetime | None = None
               ) -> ValidationRun:
    """Validate ``suites`` (all when None) over ``archive`` (the workspace's current version when
    None), restricted to ``period`` where the suite's frame says how. A suite whose input tables
    hold no rows, or whose frame is empty for the period, is reported in ``not_evaluable`` and
    not run. Data Docs are built into ``data_docs_dir`` when given.

    Great Expectations runs in a thread of its own, one frame at a time, while this thread
    prepares the next frame (polars and DuckDB work outside the GIL): importing GX overlaps
    with preparing the first frame, validating content with preparing the rest. Each pandas
    frame is dropped once validated."""
    from recordskit.checks.gx_engine import FrameToValidate, GxSession

    started = dt.datetime.now(dt.UTC)
    names = resolve(suites)
    inputs = check_inputs(ws, period, archive, now)
    empty = {name: _empty_tables(inputs, SUITES[name].tables) for name in names}
    not_evaluable = {name: tables for name, tables in empty.items() if tables}
    validating: dict[str, tuple[Future, str, dict[str, object]]] = {}
    gx_results: dict[str, list[Any]] = {}
    docs = None
    if len(not_evaluable) < len(names):
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="recordskit-gx") as gx:
            try:
                session = gx.submit(GxSession, data_docs_dir)
                for name in sorted((n for n in names if n not in not_evaluable),
                                   key=lambda n: n not in PREPARED_FIRST):
                    spec = SUITES[name]
                    frame = spec.build(inputs)
                    if frame.height == 0:
                        not_evaluable[name] = list(spec.tables)
                        continue
                    item = FrameToValidate(spec.load(), to_pandas(frame), spec.id_column,
                                           spec.parameters(inputs))
                    validating[name] = (gx.submit(_validate, session, name, item),
                                        spec.id_column, item.parameters)
                    del frame, item  # the GX thread holds the frame until it is validated
                gx_results = {name: validating[name][0].result()
                              for name in names if name in validating}
                if validating:
                    docs = gx.submit(lambda: session.result().build_data_docs()).result()
            except BaseException:
                gx.shutdown(wait=True, cancel_futures=True)
                raise
    results = [_result(name, validating[name][1], r)
               for name, suite_results in gx_results.items() for r in suite_results]
    return ValidationRun(
        results=results, not_evaluable={n: not_evaluable[n] for n in names if n in not_evaluable},
        suites=names, archive_version=inputs.archive.version,
        period=period.label if period else None, started_at=started,
        finished_at=dt.datetime.now(dt.UTC), data_docs=docs,
        parameters={name: validating[name][2] for name in names if name in validating},
    )


def _validate(session: Future, name: str, item: Any) -> list[Any]:
    """Run in the GX thread, after the session it was queued behind."""
    return session.result().validate(name, item)


def _result(suite: str, id_column: str, r: Any) -> ExpectationResult:
    config = r.expectation_config
    kwargs, meta = config.kwargs, config.meta or {}
    columns: list[str] = []
    for k in _COLUMN_KWARGS:
        v = kwargs.get(k)
        columns.extend(v if isinstance(v, list) else [v] if v else [])
    result = r.result or {}
    rows = result.get("unexpected_index_list") or []
    failing = sorted({str(row[id_column]) for row in rows
                      if isinstance(row, dict) and row.get(id_column) is not None})
    if r.exception_info and r.exception_info.get("raised_exception"):
        raise RuntimeError(f"suite {suite}: {config.type} on {columns} raised: "
                           f"{r.exception_info.get('exception_message')}")
    return ExpectationResult(
        suite=suite, expectation_type=config.type, columns=columns,
        control_id=meta.get("control_id", ""), clause=meta.get("clause", ""),
        severity=meta.get("severity", ""), success=bool(r.success),
        element_count=int(result.get("element_count") or 0),
        unexpected_count=int(result.get("unexpected_count") or 0),
        id_column=id_column, failing_ids=failing, description=config.description or "",
    )
