"""``recordskit ingest``: read exports, logs and registers and add them to the archive.

Importing this module registers the command on the root group (commands.py imports it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from recordskit.cli.app import Context, cli, emit_json, pass_ctx

LARGE_INPUT_BYTES = 16 << 20
"""Inputs smaller than this load in a second or two: a progress bar would only flicker."""


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "format_name", metavar="NAME",
              help="Read every path with this format instead of detecting it "
                   "(vendor CSV: vendor_csv:<map name>).")
@click.option("--account", "account_id", metavar="ID",
              help="The city account the platform exports belong to (else read from the export).")
@click.option("--quarantine", is_flag=True,
              help="Load the good rows of damaged files and keep the rejected ones, with why, "
                   "in the archive's rejects table.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@pass_ctx
def ingest(ctx: Context, paths: tuple[Path, ...], format_name: str | None,
           account_id: str | None, quarantine: bool, as_json: bool) -> None:
    """Add platform exports, vendor CSVs, moderation logs and registers to the archive.

    PATH is a file or a folder: an unzipped X archive, a Facebook or Instagram download, a
    Takeout folder, or a folder holding several of these and register or log files. Each file
    becomes one archive version; a file ingested before adds nothing.

    A damaged file (truncated JSON, a bad row, a text in a date column, an unknown account)
    stops the command before anything is written, naming file, line or cell; exit code 2.

    \b
    Example:
      recordskit ingest registers/ exports/x-2026-03/ --quarantine
    """
    from recordskit.errors import InputError, Problem
    from recordskit.sources import default_registry
    from recordskit.sources.reading import stream_inputs, workspace_context, workspace_folders

    ws = ctx.workspace()
    registry = default_registry(ws.config)
    load_ctx = workspace_context(ws, account_id)
    plan = registry.plan(list(paths), format_name, skip=workspace_folders(ws))
    if not plan.units:
        raise InputError([Problem(str(p), "nothing to ingest: no file here is in a format "
                                  f"recordskit reads ({', '.join(registry.names)})")
                          for p in paths])
    with _progress(plan, enabled=not as_json) as tick:
        batches = stream_inputs(plan, load_ctx, on_file=lambda b: tick(b.source_file))
        results = ws.archive.ingest(batches, quarantine=quarantine)
    doc = {
        "archive_version": ws.archive.version,
        "files": [r.as_dict() for r in results],
        "ignored": [str(p) for p in plan.ignored],
        "totals": {k: sum(getattr(r, k) if k != "rows_added" else r.total_added
                          for r in results)
                   for k in ("rows_read", "rows_added", "rows_duplicate", "rows_rejected")},
    }
    if as_json:
        emit_json(doc)
    else:
        _summary(doc, quarantine)


def _summary(doc: dict, quarantine: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    files = [r["source_file"] for r in doc["files"]]
    base = os.path.commonpath([os.path.dirname(f) for f in files]) if files else ""
    table = Table(title=f"ingested into archive version {doc['archive_version']}"
                        + (f" from {base}" if base else ""))
    table.add_column("file", overflow="fold")
    table.add_column("loader", overflow="fold")
    for name in ("read", "added", "duplicate", "rejected"):
        table.add_column(name, justify="right")
    for r in doc["files"]:
        note = " (ingested before)" if r["skipped"] else ""
        shown = os.path.relpath(r["source_file"], base) if base else r["source_file"]
        table.add_row(shown + note, r["loader"], str(r["rows_read"]),
                      str(r["rows_added"]), str(r["rows_duplicate"]), str(r["rows_rejected"]))
    t = doc["totals"]
    table.add_row("total", "", str(t["rows_read"]), str(t["rows_added"]),
                  str(t["rows_duplicate"]), str(t["rows_rejected"]), style="bold")
    console = Console()
    console.print(table)
    if t["rows_rejected"] and quarantine:
        console.print(f"{t['rows_rejected']} rejected row(s) kept in the archive's rejects "
                      "table with their reasons")
    if doc["ignored"]:
        console.print(f"{len(doc['ignored'])} file(s) in no format recordskit reads were left "
                      "out (see --json for the list)")


class _progress:
    """A progress bar on stderr, by bytes of input read and written (each file is written as
    soon as it is read); off for small inputs, when stderr is not a terminal, and with
    --json."""

    def __init__(self, plan, enabled: bool):
        self.sizes: dict[str, int] = {}
        for f in plan.files:
            try:
                self.sizes[str(f)] = f.stat().st_size
            except OSError:
                self.sizes[str(f)] = 0
        total = sum(self.sizes.values())
        self.enabled = enabled and sys.stderr.isatty() and total >= LARGE_INPUT_BYTES
        self.total, self.bar = total, None

    def __enter__(self):
        if not self.enabled:
            return lambda name: None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                            TimeRemainingColumn(), console=Console(stderr=True),
                            transient=True)
        self.bar.start()
        task = self.bar.add_task("ingesting", total=self.total)

        def tick(name: str) -> None:
            self.bar.update(task, advance=self.sizes.get(name, 0),
                            description=f"ingesting {Path(name).name}")

        return tick

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


cli.add_command(ingest)
