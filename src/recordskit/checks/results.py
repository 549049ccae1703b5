"""Structured results of a validation run: one ``ExpectationResult`` per expectation, plain
data a report, a notebook or ``--json`` can use without Great Expectations installed."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from pathlib import Path

from recordskit.checks import severity as severities


@dataclass(frozen=True)
class ExpectationResult:
    suite: str
    expectation_type: str
    columns: list[str]
    control_id: str
    clause: str
    severity: str
    """The control's severity (critical, major, review, metric), from the expectation's meta."""
    success: bool
    element_count: int
    unexpected_count: int
    id_column: str
    failing_ids: list[str]
    """Distinct values of ``id_column`` on the rows that failed, sorted."""
    description: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class ValidationRun:
    results: list[ExpectationResult]
    not_evaluable: dict[str, list[str]]
    """Suite -> the input tables that held no rows: the suite was not run (never a pass)."""
    suites: list[str]
    archive_version: int
    period: str | None
    started_at: dt.datetime
    finished_at: dt.datetime
    data_docs: Path | None = None
    """index.html of the Data Docs built for this run, when asked for."""
    parameters: dict[str, object] = field(default_factory=dict)

    def failed(self, at_or_above: str = "critical") -> list[ExpectationResult]:
        """Failed expectations whose severity is ``at_or_above`` the threshold (metrics never
        fail)."""
        return [r for r in self.results
                if not r.success and severities.at_or_above(r.severity, at_or_above)]

    def failing_ids_by_control(self) -> dict[str, list[str]]:
        """Control id -> the ids failing any of its expectations (metrics included)."""
        out: dict[str, set[str]] = {}
        for r in self.results:
            if not r.success:
                out.setdefault(r.control_id, set()).update(r.failing_ids)
        return {c: sorted(ids) for c, ids in sorted(out.items())}

    def as_dict(self) -> dict[str, object]:
        return {
            "suites": self.suites,
            "archive_version": self.archive_version,
            "period": self.period,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat(),
            "data_docs": str(self.data_docs) if self.data_docs else None,
            "not_evaluable": self.not_evaluable,
            "failed": {t: len(self.failed(t)) for t in ("critical", "major", "review")},
            "results": [r.as_dict() for r in self.results],
        }

