"""``recordskit init`` and ``recordskit verify``."""

from __future__ import annotations

from pathlib import Path

import click

from recordskit.cli.app import EXIT_FINDINGS, Context, cli, emit_json, pass_ctx


@cli.command()
@click.argument("directory", required=False, default=".",
                type=click.Path(file_okay=False, path_type=Path))
@click.option("--city", "city_name", default="City of Stockton", show_default=True,
              help="The city's name as reports show it.")
@click.option("--profile", default="stockton", show_default=True,
              help="Policy profile: stockton, stanton, or a path to a profile folder.")
@click.option("--domain", "domains", multiple=True,
              help="A domain of the city's websites (repeatable), e.g. stocktonca.gov.")
def init(directory: Path, city_name: str, profile: str, domains: tuple[str, ...]) -> None:
    """Create a workspace: recordskit.toml, an empty archive and a reports folder.

    In a folder that already holds a recordskit.toml, that configuration is kept and only the
    archive and the reports folder are made.

    \b
    Example:
      recordskit init ./stockton --city "City of Stockton" --domain stocktonca.gov
    """
    from recordskit.workspace import init_workspace

    ws = init_workspace(directory, city_name=city_name, profile=profile,
                        city_web_domains=domains)
    click.echo(f"workspace created: {ws.root}")
    click.echo(f"  configuration: {ws.root / 'recordskit.toml'}")
    click.echo(f"  archive:       {ws.archive_path} (version {ws.archive.version})")
    click.echo(f"  reports:       {ws.reports_dir}")


@cli.command()
@click.argument("bag", required=False, type=click.Path(exists=True, file_okay=False,
                                                       path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@pass_ctx
def verify(ctx: Context, bag: Path | None, as_json: bool) -> None:
    """Recompute every record hash, every ingest's row digest and the ingest chain; or, given
    BAG (a packet or audit report folder), check every file of the bag against its manifests.

    Exits 1 when anything does not match, naming the record or file.

    \b
    Examples:
      recordskit verify --json
      recordskit verify reports/pra/PRA-2026-052
    """
    if bag is not None:
        _verify_bag(bag, as_json)
        return
    ws = ctx.workspace()
    report = ws.archive.verify()
    if as_json:
        emit_json(report.as_dict())
    else:
        rows = sum(report.rows_checked.values())
        if report.ok:
            click.echo(f"archive version {report.archive_version}: {rows} rows and "
                       f"{report.archive_version + 1} chain entries verified, no mismatch")
        for m in report.mismatches:
            click.echo(f"MISMATCH {m}", err=True)
        if report.orphan_tables:
            click.echo("note: uncommitted writes of an interrupted ingest in "
                       f"{', '.join(report.orphan_tables)} (never visible; discarded by the "
                       "next ingest)", err=True)
    if not report.ok:
        raise SystemExit(EXIT_FINDINGS)


def _verify_bag(bag: Path, as_json: bool) -> None:
    from recordskit.outputs.bag import BagInvalid, read_bag_info, validate_bag

    try:
        validate_bag(bag)
    except BagInvalid as exc:
        if as_json:
            emit_json({"ok": False, "bag": str(bag), "problem": str(exc)})
        else:
            click.echo(f"MISMATCH {exc}", err=True)
        raise SystemExit(EXIT_FINDINGS) from None
    info = read_bag_info(bag)
    if as_json:
        emit_json({"ok": True, "bag": str(bag), "bag_info": info})
    else:
        click.echo(f"{bag}: valid bag, every payload file matches its sha256 manifest")
        for key in ("External-Identifier", "Archive-Version", "Tool-Version", "Bagging-Date"):
            if key in info:
                click.echo(f"  {key}: {info[key]}")
