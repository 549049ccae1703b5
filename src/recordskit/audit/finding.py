"""What a control reports: a Finding, with its evidence rows.

A control function returns an ``Outcome`` (its evidence and counts) or raises ``NotEvaluable``
naming the table it lacks; the runner turns either into a ``Finding`` with the control's title,
severity, source and requirement from ``controls.yaml``.

Status rules (docs/controls.md):
- a control without its data is ``not_evaluable``, never ``pass``;
- a metric is reported and never fails: its evidence rows are the notable values;
- any other control fails when it has evidence rows (the rows are the violations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import polars as pl

from recordskit.errors import RecordsKitError

Status = Literal["pass", "fail", "not_evaluable"]
Severity = Literal["critical", "major", "review", "metric"]
SEVERITIES: tuple[Severity, ...] = ("critical", "major", "review", "metric")

FAIL_ON = {
    "critical": ("critical",),
    "warning": ("critical", "major"),
    "never": (),
}
"""--fail-on level -> the severities whose failures make the run exit 1. "warning" means major
and above; review findings and metrics never change the exit code."""

EVIDENCE_COLUMNS: dict[str, pl.DataType] = {
    "id": pl.String,
    "record_id": pl.String,
    "account_id": pl.String,
    "platform": pl.String,
    "native_id": pl.String,
    "posted_at_local": pl.String,
    "excerpt": pl.String,
    "detail": pl.String,
}
"""Every evidence frame starts with these columns (null where they do not apply); a control may
add its own after them. ``id`` names what the control flags (see the control's ``id_kind``);
``posted_at_local`` is in the city's time zone."""


class NotEvaluable(RecordsKitError):
    """A control's data is missing: the finding names the table (or setting) it lacks."""

    def __init__(self, missing: str, reason: str | None = None):
        self.missing = missing
        self.reason = reason or f"no rows in {missing}"
        super().__init__(self.reason)


@dataclass
class Outcome:
    """What a control function returns."""

    evidence: pl.DataFrame
    checked: int
    """How many items the control looked at (accounts, posts, actions ...)."""
    summary: str
    metrics: dict[str, Any] = field(default_factory=dict)
    parameters: dict[str, Any] = field(default_factory=dict)
    """Parameters used, with where they come from ("profile stockton 2020-12-30: ...")."""
    clause: str | None = None
    """The policy clause relied on, when the profile names it (notices, reason codes)."""
    applies: bool = True
    """False when the policy in force does not require what the control checks."""
    tables: dict[str, pl.DataFrame] = field(default_factory=dict)
    """Summary tables for the report (removals by reason ...), besides the evidence."""


@dataclass
class Finding:
    control_id: str
    title: str
    severity: Severity
    status: Status
    source: str
    requirement: str
    check: str
    id_kind: str
    summary: str
    evidence: pl.DataFrame
    checked: int = 0
    evidence_total: int = 0
    """Evidence rows found; ``evidence`` holds at most the row limit of them."""
    clause: str | None = None
    missing_table: str | None = None
    applies: bool = True
    metrics: dict[str, Any] = field(default_factory=dict)
    parameters: dict[str, Any] = field(default_factory=dict)
    tables: dict[str, pl.DataFrame] = field(default_factory=dict)
    error: str | None = None
    """Set when the control itself crashed (a bug): reported as not evaluable, never pass."""

    @property
    def flagged_ids(self) -> list[str]:
        return [i for i in self.evidence["id"].unique().to_list() if i is not None]

    def fails_at(self, fail_on: str) -> bool:
        return self.status == "fail" and self.severity in FAIL_ON[fail_on]

    @property
    def counts(self) -> dict[str, int]:
        return {"checked": self.checked, "evidence": self.evidence_total,
                "evidence_shown": self.evidence.height}

    def as_dict(self, with_evidence: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "control_id": self.control_id, "title": self.title, "severity": self.severity,
            "status": self.status, "applies": self.applies, "source": self.source,
            "requirement": self.requirement, "check": self.check, "clause": self.clause,
            "summary": self.summary, "id_kind": self.id_kind, "counts": self.counts,
            "missing_table": self.missing_table, "metrics": self.metrics,
            "parameters": self.parameters,
        }
        if self.error:
            out["error"] = self.error
        if with_evidence:
            out["evidence"] = self.evidence.to_dicts()
        else:
            out["flagged_ids"] = self.flagged_ids
        return out


def empty_evidence(extra: dict[str, pl.DataType] | None = None) -> pl.DataFrame:
    return pl.DataFrame(schema={**EVIDENCE_COLUMNS, **(extra or {})})


def conform_evidence(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with the standard evidence columns first (added as nulls when missing, cast to
    text), then its own columns."""
    cols = [
        (pl.col(name).cast(dtype) if name in frame.columns else pl.lit(None, dtype)).alias(name)
        for name, dtype in EVIDENCE_COLUMNS.items()
    ]
    rest = [c for c in frame.columns if c not in EVIDENCE_COLUMNS]
    return frame.select(*cols, *rest)
