"""``recordskit search``: exhaustive keyword search of the archive.

Importing this module registers the command on the root group (commands.py imports it).
"""

from __future__ import annotations

import sys

import click

from recordskit.cli.app import Context, cli, emit_json, pass_ctx

SHOWN = ("record_id", "posted_at", "account_id", "kind", "author_handle", "visibility", "text")
TABLE_TEXT_CHARS = 120


def parse_as_of(value: str | None):
    """``--as-of``: an archive version (a whole number) or a time (ISO 8601; city time when
    it has no zone). Returns (version, timestamp)."""
    import datetime as dt

    from recordskit.errors import InputError, Problem

    if value is None:
        return None, None
    if value.strip().isdigit():
        return int(value), None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(Problem("--as-of", "not an archive version or an ISO 8601 time",
                                 value=value)) from None
    return None, moment


def local_bound(value: str | None, tz, *, end: bool):
    """``--from``/``--to`` dates (city days; --to is inclusive) as UTC instants."""
    import datetime as dt

    from recordskit.errors import InputError, Problem

    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(Problem("--to" if end else "--from", "not a date (YYYY-MM-DD)",
                                 value=value)) from None
    from recordskit.periods import day_starts_at

    return day_starts_at(day + dt.timedelta(days=1) if end else day, tz)


@click.command()
@click.argument("query", required=False, default="")
@click.option("--from", "date_from", metavar="D", help="First day posted (YYYY-MM-DD, city time).")
@click.option("--to", "date_to", metavar="D", help="Last day posted (inclusive).")
@click.option("--account", "accounts", multiple=True, metavar="ID", help="Account (repeatable).")
@click.option("--platform", "platforms", multiple=True, metavar="NAME",
              help="Platform (repeatable).")
@click.option("--author", "authors", multiple=True, metavar="HANDLE",
              help="Author handle or platform id (repeatable).")
@click.option("--include-removed", is_flag=True,
              help="Include items hidden, removed by the city or deleted by their author.")
@click.option("--include-versions", is_flag=True,
              help="Test every version of edited items, not only the current one.")
@click.option("--as-of", "as_of", metavar="T",
              help="Search the archive as of a version (a number) or a time (ISO 8601).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
@pass_ctx
def search(ctx: Context, query: str, date_from: str | None, date_to: str | None,
           accounts: tuple[str, ...], platforms: tuple[str, ...], authors: tuple[str, ...],
           include_removed: bool, include_versions: bool, as_of: str | None, fmt: str) -> None:
    """Find every archived record matching QUERY: no ranking, no limit.

    Words match whole words, case- and accent-insensitive ("park" finds "Park's", not
    "parking"); "permit*" matches words starting with permit; quotes make a phrase; AND, OR,
    NOT and parentheses combine; visibility:, kind:, platform:, account:, author: test fields.
    See docs/pra.md.

    \b
    Example:
      recordskit search '"harbor way" AND (rezoning OR permit*)' --from 2026-07-01 --format csv
    """
    from recordskit.pra.search import SearchScope, index_for
    from recordskit.pra.search import search as run_search

    ws = ctx.workspace()
    tz = ws.config.tz
    version, moment = parse_as_of(as_of)
    archive = ws.archive
    if version is not None:
        archive = archive.as_of(version=version)
    elif moment is not None:
        archive = archive.as_of(timestamp=moment if moment.tzinfo else moment.replace(tzinfo=tz))
    scope = SearchScope(query=query, starts_at=local_bound(date_from, tz, end=False),
                        ends_at=local_bound(date_to, tz, end=True), account_ids=accounts,
                        platforms=platforms, authors=authors, include_removed=include_removed,
                        include_versions=include_versions)
    result = run_search(archive, scope, index=index_for(ws.state_dir))
    _print(result, fmt, ws.config.time_zone)


def _print(result, fmt: str, tz: str) -> None:
    import polars as pl

    from recordskit.outputs.tables import display_frame

    hits = result.hits
    if fmt == "json":
        rows = display_frame(hits.drop([c for c in hits.columns if c.startswith("parent_")]),
                             tz, "%Y-%m-%dT%H:%M:%S%z")
        emit_json({"archive_version": result.archive_version, "query": str(result.query),
                   "scope": result.scope.as_dict(), "counts": result.counts,
                   "hits": rows.to_dicts()})
        return
    if fmt == "csv":
        from recordskit.outputs.safe_cells import neutralize_frame

        flat = hits.with_columns(pl.col(c).list.join("; ") for c in ("urls", "media_refs"))
        sys.stdout.write(neutralize_frame(display_frame(flat, tz)).write_csv())
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text  # archive text is shown as is, never read as markup

    table = Table(title=f"{result.counts['records_hit']} record(s), archive version "
                  f"{result.archive_version}: {result.query}")
    for c in SHOWN:
        table.add_column(c, overflow="fold")
    for row in display_frame(hits.select(SHOWN), tz, "%Y-%m-%d %H:%M %Z").iter_rows():
        text = row[-1] or ""
        short = text if len(text) <= TABLE_TEXT_CHARS else text[:TABLE_TEXT_CHARS - 1] + "…"
        table.add_row(*(Text(str(v)) if v is not None else "" for v in row[:-1]), Text(short))
    Console().print(table)


cli.add_command(search)
