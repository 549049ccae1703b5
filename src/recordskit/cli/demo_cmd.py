"""``recordskit demo``: the main job on the sample city, end to end."""

from __future__ import annotations

from pathlib import Path

import click

from recordskit.cli.app import cli


@cli.command()
@click.option("--samples", type=click.Path(file_okay=False, path_type=Path),
              help="The sample city folder (default: data_samples/city of this checkout).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("reports/demo"), show_default=True,
              help="Where the demo's run folder is made.")
def demo(samples: Path | None, out: Path) -> None:
    """Run the main job on the sample city: ingest, verify, validate, a PRA packet, an audit.

    Makes a fresh workspace in a new run folder under --out and prints where every output is.

    \b
    Example:
      recordskit demo --out /tmp/recordskit-demo
    """
    from recordskit.demo import find_samples, run_demo

    samples = samples or find_samples()
    result = run_demo(samples, out.resolve(), say=lambda m: click.echo(m, err=True))
    click.echo(f"demo finished: {result.run_dir}")
    for step, produced in result.steps:
        click.echo(f"  {step:<10} {produced}")
    click.echo(f"  workspace  {result.workspace}  (try: recordskit -w {result.workspace} "
               "search 'park*')")
