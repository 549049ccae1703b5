"""``recordskit validate``: run the Great Expectations suites over the archive.

Importing this module registers the command on the root group (commands.py imports it).
"""

from __future__ import annotations

import sys

import click

from recordskit.cli.app import EXIT_FINDINGS, Context, cli, emit_json, pass_ctx

SHOWN_IDS = 3
"""Failing ids shown per expectation in the table (--json and results.json list them all)."""


@click.command()
@click.option("--suite", "suites", multiple=True, metavar="NAME",
              help="Run only this suite (repeatable): removals, retention, content, registers.")
@click.option("--period", metavar="P",
              help="Only removals, dispositions and content of this period: 2026-Q3, 2026-07, "
                   "2026, 2026-07-01..2026-09-30 or last-quarter.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@pass_ctx
def validate(ctx: Context, suites: tuple[str, ...], period: str | None, as_json: bool) -> None:
    """Check removals, retention, content and registers against the policy controls.

    Each expectation names its control (docs/controls.md) and severity. The run, with
    Great Expectations' Data Docs, is kept under reports/validate/<run-id>/. A suite whose input
    tables are empty is reported as not evaluable. Exits 1 when a critical expectation fails.

    \b
    Example:
      recordskit validate --suite removals --period 2026-Q3
    """
    from recordskit.checks.report import validate_into_reports
    from recordskit.checks.suites import resolve
    from recordskit.periods import parse_period

    ws = ctx.workspace()
    names = resolve(list(suites))
    span = parse_period(period, today=_city_today(ws)) if period else None
    run, folder = validate_into_reports(ws, suites=names, period=span)
    if as_json:
        emit_json({"run_folder": str(folder), **run.as_dict()})
    else:
        _show(run, folder)
    if run.failed(at_or_above="critical"):
        sys.exit(EXIT_FINDINGS)


def _city_today(ws):
    import datetime as dt

    return dt.datetime.now(ws.config.tz).date()


def _show(run, folder) -> None:
    from rich.console import Console
    from rich.table import Table

    title = f"archive version {run.archive_version}" + (f", {run.period}" if run.period else "")
    table = Table(title=title)
    for name, justify in (("suite", "left"), ("control", "left"), ("severity", "left"),
                          ("expectation", "left"), ("status", "left"),
                          ("unexpected", "right"), ("failing ids", "left")):
        table.add_column(name, justify=justify, overflow="fold")
    for r in run.results:
        status = ("[green]pass[/]" if r.success
                  else "[dim]noted[/]" if r.severity == "metric" else "[red]FAIL[/]")
        ids = ", ".join(r.failing_ids[:SHOWN_IDS])
        if len(r.failing_ids) > SHOWN_IDS:
            ids += f" (+{len(r.failing_ids) - SHOWN_IDS})"
        table.add_row(r.suite, r.control_id, r.severity, r.description or r.expectation_type,
                      status, str(r.unexpected_count), ids)
    console = Console()
    console.print(table)
    for suite, tables in run.not_evaluable.items():
        console.print(f"[yellow]not evaluable[/]: {suite} (no rows in {', '.join(tables)})")
    counts = {t: len(run.failed(t)) for t in ("critical", "major", "review")}
    console.print(f"failed: {counts['critical']} critical, "
                  f"{counts['major'] - counts['critical']} major, "
                  f"{counts['review'] - counts['major']} review")
    if run.data_docs:
        console.print(f"Data Docs: {run.data_docs}")
    console.print(f"run folder: {folder}")


cli.add_command(validate)
