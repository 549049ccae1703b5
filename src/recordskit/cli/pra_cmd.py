"""``recordskit pra``: the request register (new, list, due) and response packets (run).

Importing this module registers the group on the root group (commands.py imports it).
"""

from __future__ import annotations

from pathlib import Path

import click

from recordskit.cli.app import Context, cli, emit_json, pass_ctx

LISTED = ("request_id", "received_at", "requester", "status", "due_in_force_on", "days_left",
          "determination")


@click.group()
def pra() -> None:
    """Public records requests: the register, due dates and response packets.

    \b
    Example:
      recordskit pra new request.yaml && recordskit pra run PRA-2026-031
    """


def _today(ws):
    import datetime as dt

    return dt.datetime.now(ws.config.tz).date()


def _table(frame, title: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title)
    for c in frame.columns:
        table.add_column(c, overflow="fold")
    for row in frame.iter_rows():
        table.add_row(*(Text("" if v is None else str(v)) for v in row))
    Console().print(table)


def _listing(ws, frame):
    from recordskit.outputs.tables import display_frame

    return display_frame(frame.select(LISTED), ws.config.time_zone, "%Y-%m-%d %H:%M %Z")


@pra.command("new")
@click.argument("request_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--update", is_flag=True,
              help="Record a new version of a request already in the register.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@pass_ctx
def new(ctx: Context, request_file: Path, update: bool, as_json: bool) -> None:
    """Add the request(s) of REQUEST_FILE (YAML; see docs/pra.md) to the register.

    The determination due date is computed (Gov. Code §7922.535, CCP §§12-12b) unless the
    file gives it.

    \b
    Example:
      recordskit pra new data_samples/pra_request.yaml
    """
    from recordskit.pra.deadlines import DeadlineRules
    from recordskit.pra.register import add_requests, read_request_file

    ws = ctx.workspace()
    result = add_requests(ws, request_file, update=update)
    rows = read_request_file(request_file, DeadlineRules.from_config(ws.config),
                             ws.config.time_zone).rows
    doc = {"archive_version": result.seq, "skipped": result.skipped,
           "requests": [{"request_id": r["request_id"], "due_on": r.get("due_on"),
                         "extended_due_on": r.get("extended_due_on")}
                        for r in rows.iter_rows(named=True)]}
    if as_json:
        emit_json(doc)
        return
    if result.skipped:
        click.echo(f"{request_file}: recorded before; nothing added")
    for r in doc["requests"]:
        due = r["extended_due_on"] or r["due_on"]
        click.echo(f"{r['request_id']}: recorded (archive version {result.seq}); "
                   f"determination due {due}")


@pra.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@pass_ctx
def list_(ctx: Context, as_json: bool) -> None:
    """List the register's requests with their status and due date.

    \b
    Example:
      recordskit pra list --json
    """
    from recordskit.pra.deadlines import DeadlineRules
    from recordskit.pra.register import requests, with_status

    ws = ctx.workspace()
    frame = with_status(requests(ws.archive), _today(ws), DeadlineRules.from_config(ws.config))
    shown = _listing(ws, frame)
    if as_json:
        emit_json(shown.to_dicts())
    else:
        _table(shown, f"{shown.height} request(s)")


@pra.command("due")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@pass_ctx
def due(ctx: Context, as_json: bool) -> None:
    """List undetermined requests that are overdue or due soon. Exits 1 when one is overdue
    (for cron).

    \b
    Example:
      recordskit pra due || mail -s "PRA requests overdue" clerk@example.org
    """
    from recordskit.cli.app import EXIT_FINDINGS
    from recordskit.pra.deadlines import DeadlineRules
    from recordskit.pra.register import due_requests

    ws = ctx.workspace()
    frame = due_requests(ws.archive, _today(ws), DeadlineRules.from_config(ws.config))
    shown = _listing(ws, frame)
    if as_json:
        emit_json(shown.to_dicts())
    elif shown.height:
        _table(shown, f"{shown.height} request(s) overdue or due soon")
    else:
        click.echo("no request is overdue or due soon")
    if frame.filter(frame["status"] == "overdue").height:
        raise SystemExit(EXIT_FINDINGS)


@pra.command("run")
@click.argument("request")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the packet (default: reports/pra/<request id>).")
@click.option("--as-of", "as_of", type=int, metavar="VERSION",
              help="Archive version to search (default: the version at receipt).")
@click.option("--reviewer", help="Who decided the redactions (default: the first responsible "
              "official).")
@click.option("--withhold", "withhold", multiple=True, metavar="RECORD_ID=TOPIC:REASON",
              help="Withhold a whole record under a citation topic of citations.yaml (e.g. "
              "pending_litigation), with the reason; repeatable. Logged in the exemption log.")
@click.option("--overwrite", is_flag=True, help="Replace an earlier packet in the folder.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@pass_ctx
def run(ctx: Context, request: str, out: Path | None, as_of: int | None,
        reviewer: str | None, withhold: tuple[str, ...], overwrite: bool,
        as_json: bool) -> None:
    """Build the response packet of REQUEST (a request id or a request file) with the packet
    notebook, sealed as a BagIt bag. Progress is shown on stderr.

    \b
    Example:
      recordskit pra run PRA-2026-031 --as-of 42
    """
    from recordskit.pra.packet_run import run_packet

    ws = ctx.workspace()
    done = run_packet(ws, request, out=out, as_of=as_of, reviewer=reviewer,
                      overwrite=overwrite, progress=not as_json,
                      withhold=[_withholding(w) for w in withhold])
    if as_json:
        emit_json({"packet": str(done.folder), **done.summary})
        return
    s = done.summary
    click.echo(f"packet {s['request_id']}: {done.folder}")
    click.echo(f"  determination {s['determination']}, due {s['due_on']}; "
               f"{s['counts']['records']} record(s), {s['counts']['redactions']} redaction(s), "
               f"archive version {s['archive_version']}")
    click.echo(f"  check it with: bagit.py --validate {done.folder}")


def _withholding(text: str) -> dict[str, str]:
    """``RECORD_ID=TOPIC:REASON`` -> a withholding, its topic checked against citations.yaml."""
    from recordskit.errors import InputError, Problem
    from recordskit.pra.citations import citation

    record_id, _, rest = text.partition("=")
    topic, _, reason = rest.partition(":")
    if not (record_id.strip() and topic.strip() and reason.strip()):
        raise InputError(Problem("--withhold", "expected RECORD_ID=TOPIC:REASON", value=text))
    citation(topic.strip())  # an unknown topic names the known ones
    return {"record_id": record_id.strip(), "topic": topic.strip(), "reason": reason.strip()}


cli.add_command(pra)
