"""Run the quarterly audit: every control of docs/controls.md over one archive version, with
the Great Expectations suites feeding the controls they cover, and the report written into its
own folder (``report.py``).

    from recordskit.audit import run_audit
    result = run_audit(ws, "2026-Q3")
    result.exit_code          # 1 when findings at or above fail_on exist

Unattended runs hold the workspace lock (a second run exits 3) and log into
``reports/logs/`` (one file per run).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recordskit import __version__
from recordskit.audit.context import AuditContext
from recordskit.audit.finding import FAIL_ON, Finding, NotEvaluable, Outcome, empty_evidence
from recordskit.audit.registry import parameters, registry, spec
from recordskit.errors import InputError, Problem
from recordskit.periods import Period, parse_period

if TYPE_CHECKING:
    from recordskit.workspace import Workspace

LOG = logging.getLogger("recordskit.audit")
AUDIT_SUITES = ("removals", "retention")
"""The suites whose results feed controls (MOD-1..4, RET-1..3); their Data Docs go with the
report."""


@dataclass
class AuditResult:
    period: Period
    profile: str
    archive_version: int
    run_id: str
    fail_on: str
    findings: list[Finding]
    started_at: dt.datetime
    finished_at: dt.datetime
    out_dir: Path | None = None
    log_file: Path | None = None
    parameters: dict[str, Any] = field(default_factory=dict)

    def finding(self, control_id: str) -> Finding:
        for f in self.findings:
            if f.control_id == control_id:
                return f
        raise KeyError(f"no finding for {control_id}; the audit has "
                       f"{', '.join(f.control_id for f in self.findings)}")

    @property
    def failing(self) -> list[Finding]:
        """Findings at or above ``fail_on``: what makes the exit code 1."""
        return [f for f in self.findings if f.fails_at(self.fail_on)]

    @property
    def exit_code(self) -> int:
        return 1 if self.failing else 0

    @property
    def summary(self) -> dict[str, Any]:
        status = Counter(f.status for f in self.findings)
        failed = Counter(f.severity for f in self.findings if f.status == "fail")
        return {
            "period": self.period.label,
            "first_day": self.period.first_day.isoformat(),
            "last_day": self.period.last_day.isoformat(),
            "profile": self.profile, "archive_version": self.archive_version,
            "run_id": self.run_id, "tool_version": __version__,
            "fail_on": self.fail_on, "exit_code": self.exit_code,
            "controls": len(self.findings),
            "status": {s: status.get(s, 0) for s in ("pass", "fail", "not_evaluable")},
            "failed_by_severity": {s: failed.get(s, 0) for s in ("critical", "major",
                                                                 "review")},
            "failing_at_threshold": [f.control_id for f in self.failing],
            "not_evaluable": {f.control_id: f.missing_table for f in self.findings
                              if f.status == "not_evaluable"},
        }

    def overview(self):
        """One row per control: id, title, severity, status, evidence rows, summary (polars)."""
        import polars as pl

        return pl.DataFrame([{
            "control": f.control_id, "title": f.title, "severity": f.severity,
            "status": f.status if f.applies else "n/a", "evidence": f.evidence_total,
            "summary": f.summary} for f in self.findings])

    def as_dict(self) -> dict[str, Any]:
        return {**self.summary,
                "started_at": self.started_at.isoformat(timespec="seconds"),
                "finished_at": self.finished_at.isoformat(timespec="seconds"),
                "out_dir": str(self.out_dir) if self.out_dir else None,
                "log_file": str(self.log_file) if self.log_file else None,
                "parameters": self.parameters,
                "findings": [f.as_dict() for f in self.findings]}


def _finding(control_id: str, outcome: Outcome | None, error: NotEvaluable | None,
             crash: str | None, row_limit: int) -> Finding:
    s = spec(control_id)
    base = dict(control_id=control_id, title=s.title, severity=s.severity, source=s.source,
                requirement=s.requirement, check=s.check, id_kind=s.id_kind)
    if outcome is None:
        reason = error.reason if error else f"the control failed to run: {crash}"
        return Finding(**base, status="not_evaluable", summary=reason,
                       evidence=empty_evidence(),
                       missing_table=error.missing if error else None, error=crash)
    total = outcome.evidence.height
    status = "pass" if s.severity == "metric" or total == 0 else "fail"
    return Finding(**base, status=status, summary=outcome.summary,
                   evidence=outcome.evidence.head(row_limit), checked=outcome.checked,
                   evidence_total=total, clause=outcome.clause, applies=outcome.applies,
                   metrics=outcome.metrics, parameters=outcome.parameters,
                   tables=outcome.tables)


def evaluate(ctx: AuditContext, controls: list[str] | None = None) -> list[Finding]:
    """Run the controls (all when None) and return one finding each, in catalog order."""
    functions = registry()
    ids = list(functions) if controls is None else controls
    row_limit = int(parameters()["evidence"]["row_limit"])
    findings = []
    for control_id in ids:
        spec(control_id)  # an unknown id raises, naming the controls
        func = functions.get(control_id)
        started = time.perf_counter()
        outcome = error = crash = None
        try:
            if func is None:
                raise NotEvaluable("control", f"no check is implemented for {control_id}")
            outcome = func(ctx)
        except NotEvaluable as exc:
            error = exc
        except Exception as exc:  # a bug in one control must not hide the others
            crash = f"{type(exc).__name__}: {exc}"
            LOG.error("%s crashed:\n%s", control_id, traceback.format_exc())
        finding = _finding(control_id, outcome, error, crash, row_limit)
        LOG.info("%s %s (%s) %.2fs, peak %s MiB: %s", control_id, finding.status,
                 finding.severity, time.perf_counter() - started, _peak_mib(), finding.summary)
        findings.append(finding)
    return findings


def _peak_mib() -> int:
    """This process's peak resident memory so far (what a cron host has to provision)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def _suites(ws, period, archive, docs, now):
    from recordskit.checks import run_suites

    started = time.perf_counter()
    run = run_suites(ws, list(AUDIT_SUITES), period, archive, docs, now)
    LOG.info("suites %s %.2fs, peak %s MiB", ", ".join(AUDIT_SUITES),
             time.perf_counter() - started, _peak_mib())
    return run


def _period(period: Period | str | None) -> Period:
    if isinstance(period, Period):
        return period
    return parse_period(period or "last-quarter")


def _log_file(ws: Workspace, period: Period, run_id: str) -> tuple[Path, logging.Handler]:
    logs = ws.reports_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / f"audit-{period.label}-{run_id}.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return path, handler


def run_audit(ws: Workspace, period: Period | str | None = None,
              accounts: list[str] | tuple[str, ...] | None = None,
              out_dir: str | Path | None = None,
              fail_on: str = "critical", *, profile: str | None = None,
              controls: list[str] | None = None, now: dt.datetime | None = None,
              write: bool = True) -> AuditResult:
    """Audit ``period`` (a Period, a label such as "2026-Q3", or "last-quarter") under the
    policy profile in force on its last day.

    ``accounts``: audit only these accounts. ``out_dir``: the run's folder (default
    ``reports/audits/<period>/<run-id>/``; it must not exist). ``fail_on``: critical, warning
    (major and above) or never. ``profile``: a profile name or folder to audit against instead
    of the workspace's (the version in force on the period's last day either way).
    ``controls``: only these control ids. ``write``: False to skip the report (findings only).
    """
    from recordskit.outputs.run_folder import new_run_id

    if fail_on not in FAIL_ON:
        raise InputError(Problem("--fail-on", f"use one of {', '.join(FAIL_ON)}",
                                 value=fail_on))
    period = _period(period)
    started = dt.datetime.now(dt.UTC)
    now = now or started
    run_id = new_run_id(started)
    log_path, handler = _log_file(ws, period, run_id)
    LOG.addHandler(handler)
    LOG.setLevel(logging.INFO)
    try:
        with ws.lock(f"audit run {period.label}"):
            return _run(ws, period, accounts, out_dir, fail_on, profile, controls, now, write,
                        run_id, started, log_path)
    except Exception:
        LOG.error("audit %s failed:\n%s", period.label, traceback.format_exc())
        raise
    finally:
        LOG.removeHandler(handler)
        handler.close()


def _run(ws, period, accounts, out_dir, fail_on, profile_name, controls, now, write, run_id,
         started, log_path) -> AuditResult:
    from recordskit.outputs.run_folder import run_folder

    archive = ws.archive.as_of(version=ws.archive.version)
    if profile_name:
        from recordskit.profiles import load_profile

        profile = load_profile(profile_name, on=period.last_day, base=ws.root)
    else:
        profile = ws.profile_on(period.last_day)
    LOG.info("audit %s, profile %s (%s), archive version %s, run %s", period.label,
             profile.name, profile.effective_on, archive.version, run_id)
    ctx = AuditContext(archive, profile, ws.config, period, now,
                       tuple(accounts) if accounts else None, ws.reports_dir)
    target = Path(out_dir) if out_dir else ws.reports_dir / "audits" / period.label / run_id
    params = {"period": period.label, "profile": f"{profile.name} ({profile.effective_on})",
              "accounts": list(accounts) if accounts else "all", "fail_on": fail_on,
              "archive_version": archive.version, "now": now.isoformat(timespec="seconds")}
    if not write:
        ctx.suite_run = _suites(ws, period, archive, None, now)
        findings = evaluate(ctx, controls)
        return AuditResult(period, profile.name, archive.version, run_id, fail_on, findings,
                           started, dt.datetime.now(dt.UTC), None, log_path, params)
    from recordskit.audit.report import write_report

    with run_folder(target) as folder:
        ctx.suite_run = _suites(ws, period, archive, folder / "data_docs", now)
        findings = evaluate(ctx, controls)
        result = AuditResult(period, profile.name, archive.version, run_id, fail_on,
                             findings, started, dt.datetime.now(dt.UTC), target.resolve(),
                             log_path, params)
        write_report(result, ctx, folder)
    LOG.info("audit %s written to %s; exit code %s; peak %s MiB", period.label, target,
             result.exit_code, _peak_mib())
    return result
