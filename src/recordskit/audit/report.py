"""The audit report a person reads: audit.html (no code; a summary table with status colours,
charts, Brown Act events, each failing control with its evidence), audit.pdf (the same page
printed, a section per control), findings.xlsx (a sheet per control), summary.json, the Data
Docs of the suites, sealed as a BagIt bag."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from recordskit import __version__
from recordskit.audit import charts
from recordskit.audit.context import AuditContext
from recordskit.audit.finding import Finding

if TYPE_CHECKING:
    from recordskit.audit.runner import AuditResult

HTML_EVIDENCE_ROWS = 25
"""Evidence rows shown per control in the page and the PDF; the workbook has them all."""
SHOWN_COLUMNS = ("id", "account_id", "platform", "native_id", "posted_at_local", "excerpt",
                 "detail")


def _moment(ctx: AuditContext):
    """The archive version's commit time: the moment written into xlsx and PDF files, so a
    rebuild of the same version gives the same bytes."""
    log = ctx.archive.history()
    return log["committed_at"][-1]


def _cells(frame: pl.DataFrame, ctx: AuditContext) -> dict[str, Any]:
    from recordskit.outputs.tables import display_frame

    shown = display_frame(frame, ctx.config.time_zone)
    cols = [c for c in shown.columns if shown[c].null_count() < shown.height or c == "id"]
    cols = [c for c in SHOWN_COLUMNS if c in cols] + [
        c for c in cols if c not in SHOWN_COLUMNS][:3]
    rows = [["" if v is None else (", ".join(map(str, v)) if isinstance(v, list) else str(v))
             for v in r] for r in shown.select(cols).head(HTML_EVIDENCE_ROWS).iter_rows()]
    return {"columns": cols, "rows": rows}


def _charts(result: AuditResult) -> list[dict[str, str]]:
    out = []
    mod7 = next((f for f in result.findings if f.control_id == "MOD-7"), None)
    if mod7 and mod7.tables:
        for name, label in (("removals by reason", "reason_code"),
                            ("removals by account", "account_id"),
                            ("removals by moderator", "moderator")):
            svg = charts.bar_chart(mod7.tables[name], label, "removals", name.capitalize())
            if svg:
                out.append({"title": name.capitalize(), "svg": svg})
    mod5 = next((f for f in result.findings if f.control_id == "MOD-5"), None)
    if mod5 and "latency" in mod5.tables:
        svg = charts.histogram(mod5.tables["latency"]["business_hours"].to_list(),
                               "Moderation latency: comment to removal",
                               "business hours", mod5.metrics.get("target_business_hours"))
        if svg:
            out.append({"title": "Moderation latency", "svg": svg})
    return out


def _brown_act(result: AuditResult, ctx: AuditContext) -> list[dict[str, Any]]:
    events = []
    for f in result.findings:
        if f.control_id.startswith("BRN-") and f.evidence.height:
            events.append({"control": f.control_id, "title": f.title,
                           **_cells(f.evidence, ctx)})
    return events


def _view(f: Finding, ctx: AuditContext) -> dict[str, Any]:
    return {**f.as_dict(), "evidence_table": _cells(f.evidence, ctx) if f.evidence.height else
            None, "tables": {k: _cells(v, ctx) for k, v in f.tables.items()
                             if v.height and k != "latency"}}


def write_report(result: AuditResult, ctx: AuditContext, folder: Path) -> None:
    from recordskit.outputs.bag import seal_bag
    from recordskit.outputs.html import write_html
    from recordskit.outputs.pdf import html_to_pdf
    from recordskit.outputs.tables import display_frame
    from recordskit.outputs.xlsx import Sheet, sheet_from_frame, write_workbook

    moment = _moment(ctx)
    summary = result.as_dict()
    (folder / "summary.json").write_text(
        json.dumps({k: v for k, v in summary.items() if k not in ("out_dir", "log_file")},
                   indent=2, default=str, ensure_ascii=False) + "\n", encoding="utf-8")
    write_html(folder / "audit.html", "recordskit.audit", "audit.html.j2",
               city=ctx.config.city_name, summary=result.summary, result=result,
               profile=ctx.profile, findings=[_view(f, ctx) for f in result.findings],
               charts=_charts(result), brown_act=_brown_act(result, ctx),
               evidence_rows=HTML_EVIDENCE_ROWS, tool_version=__version__)
    html_to_pdf(folder / "audit.html", folder / "audit.pdf", moment=moment)
    overview = pl.DataFrame([{k: f.as_dict()[k] for k in (
        "control_id", "title", "severity", "status", "summary", "source", "missing_table")}
        | {"evidence_rows": f.evidence_total} for f in result.findings])
    sheets = [sheet_from_frame("Summary", overview)]
    for f in result.findings:
        sheets.append(sheet_from_frame(f.control_id, display_frame(f.evidence,
                                                                   ctx.config.time_zone)))
    if not sheets:
        sheets.append(Sheet("Summary", [], []))
    write_workbook(folder / "findings.xlsx", sheets, moment=moment)
    seal_bag(folder, {
        "Source-Organization": ctx.config.city_name,
        "External-Description": f"Quarterly social media policy audit, {result.period.label}",
        "External-Identifier": f"audit-{result.period.label}-{result.run_id}",
        "Audit-Period": result.period.label,
        "Archive-Version": result.archive_version,
        "Policy-Profile": f"{ctx.profile.name} ({ctx.profile.effective_on})",
        "Parameters": result.parameters,
        "Tool-Version": f"recordskit {__version__}",
        "Exit-Code": result.exit_code,
    })
