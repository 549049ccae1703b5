"""``recordskit audit run``: the quarterly policy audit, ready for cron.

Importing this module registers the command group on the root group (commands.py imports it).
"""

from __future__ import annotations

from pathlib import Path

import click

from recordskit.cli.app import EXIT_FINDINGS, Context, cli, emit_json, pass_ctx

STATUS_STYLE = {"pass": "green", "not_evaluable": "dim"}
SEVERITY_STYLE = {"critical": "bold red", "major": "dark_orange", "review": "yellow"}


@click.group()
def audit() -> None:
    """The quarterly policy audit of docs/controls.md.

    \b
    Example:
      recordskit audit run --period last-quarter --fail-on critical
    """


@audit.command("run")
@click.option("--period", default="last-quarter", show_default=True,
              help="Period to audit: 2026-Q3, 2026-07, 2026, 2026-07-01..2026-09-30 or "
                   "last-quarter.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for this run's report (must not exist); default "
                   "reports/audits/<period>/<run-id>/.")
@click.option("--fail-on", type=click.Choice(["critical", "warning", "never"]),
              default="critical", show_default=True,
              help="Exit 1 when a control fails at this severity or above: critical; warning "
                   "(major and above); never. Review findings and metrics never fail a run.")
@click.option("--account", "accounts", multiple=True, metavar="ID",
              help="Audit only this account (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@pass_ctx
def run(ctx: Context, period: str, out_dir: Path | None, fail_on: str,
        accounts: tuple[str, ...], as_json: bool) -> None:
    """Run every control for a period and write the report: audit.html, audit.pdf,
    findings.xlsx, summary.json and the Data Docs, sealed as a BagIt bag.

    Holds the workspace lock (a second run exits 3) and logs to reports/logs/. Exit codes:
    0 no failure at or above --fail-on; 1 failures at or above it; 2 bad usage or input;
    3 another run holds the workspace lock.

    \b
    Example:
      recordskit -w /srv/city audit run --period 2026-Q3 --fail-on warning --json
    """
    from recordskit.audit import run_audit
    from recordskit.periods import parse_period

    ws = ctx.workspace()
    result = run_audit(ws, parse_period(period), accounts=list(accounts) or None,
                       out_dir=out_dir, fail_on=fail_on)
    if as_json:
        emit_json(result.as_dict())
    else:
        _print(result)
    if result.exit_code:
        raise SystemExit(EXIT_FINDINGS)


def _print(result) -> None:
    from rich.console import Console
    from rich.table import Table

    s = result.summary
    table = Table(title=f"policy audit {s['period']} (profile {s['profile']}, archive version "
                        f"{s['archive_version']})")
    for name in ("control", "severity", "status", "evidence", "finding"):
        table.add_column(name, overflow="fold")
    for f in result.findings:
        style = STATUS_STYLE.get(f.status) or SEVERITY_STYLE.get(f.severity, "")
        status = "n/a" if not f.applies else f.status.replace("_", " ")
        table.add_row(f.control_id, f.severity, f"[{style}]{status}[/]" if style else status,
                      str(f.evidence_total), f.summary)
    console = Console()
    console.print(table)
    console.print(f"report: {result.out_dir}")
    console.print(f"log: {result.log_file}")
    failing = ", ".join(s["failing_at_threshold"]) or "none"
    console.print(f"failing at --fail-on {s['fail_on']}: {failing} (exit code {s['exit_code']})")


cli.add_command(audit)
