"""Controls the Great Expectations suites cover (MOD-1..4, RET-1..3): the suite results feed
them. Each failing id of an expectation of the control becomes an evidence row, with the
expectations it failed as its detail; a suite that did not run is "not evaluable" naming the
tables it lacked."""

from __future__ import annotations

import polars as pl

from recordskit.audit.context import AuditContext
from recordskit.audit.finding import NotEvaluable


def failing_ids(ctx: AuditContext, control_id: str, suite: str
                ) -> tuple[pl.DataFrame, int, list[str]]:
    """(id, detail) of every id failing an expectation of ``control_id``, how many rows the
    suite validated, and the expectations (descriptions) that cover the control."""
    run = ctx.suite_run
    if run is None:
        raise NotEvaluable(f"{suite} suite", f"the {suite} suite did not run")
    if suite in run.not_evaluable:
        empty = [t for t in run.not_evaluable[suite] if ctx.frame(t).height == 0]
        if empty:
            raise NotEvaluable(", ".join(empty), f"the {suite} suite was not evaluable: no "
                               f"rows in {', '.join(empty)}")
        # the tables hold rows, none of them in the period: nothing to fault this period
        return pl.DataFrame(schema={"id": pl.String, "detail": pl.String}), 0, [
            f"no rows of {', '.join(run.not_evaluable[suite])} in the period"]
    results = ctx.suite_results(control_id)
    if not results:
        raise NotEvaluable(f"{suite} suite",
                           f"no expectation of the {suite} suite covers {control_id}")
    details: dict[str | None, list[str]] = {}
    for r in results:
        if r.success:
            continue
        desc = r.description or f"{r.expectation_type} on {', '.join(r.columns)}"
        if not r.failing_ids:  # a failure that names no row: report it as such
            details.setdefault(None, []).append(f"{desc} ({r.unexpected_count} row(s) "
                                                "failed, none identified)")
        for i in r.failing_ids:
            details.setdefault(i, []).append(desc)
    frame = pl.DataFrame({"id": list(details), "detail": ["; ".join(d) for d in
                                                           details.values()]},
                         schema={"id": pl.String, "detail": pl.String})
    checked = max(r.element_count for r in results)
    return frame.sort("id", nulls_last=True), checked, [r.description for r in results]
