"""``recordskit synth``: write a synthetic city (exports, logs, registers, answer key).

Importing this module registers the command on the root group (commands.py imports it).
"""

from __future__ import annotations

from pathlib import Path

import click

from recordskit.cli.app import cli, emit_json


@click.command()
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--seed", type=int, default=7, show_default=True,
              help="Random seed: the same seed gives byte-identical output.")
@click.option("--scale", type=int, default=3000, show_default=True,
              help="Number of public comments and replies (10,000,000 streams fine).")
@click.option("--profile", type=click.Choice(["stockton", "stanton"]), default="stockton",
              show_default=True, help="Policy profile the city follows.")
@click.option("--clean", is_flag=True, help="The same city with no planted violations.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
def synth(out_dir: Path, seed: int, scale: int, profile: str, clean: bool,
          as_json: bool) -> None:
    """Generate a synthetic city into OUT_DIR (new or empty): platform exports, vendor CSVs,
    moderation logs, registers, a sample PRA request and answer_key.json listing the planted
    violations of every control.

    \b
    Example:
      recordskit synth harbor-point --seed 7 --scale 3000
    """
    from recordskit.synth import generate

    summary = generate(out_dir, seed=seed, scale=scale, profile=profile, clean=clean)
    if as_json:
        emit_json(summary.as_dict())
        return
    click.echo(f"{summary.out_dir}: {summary.files} files, {summary.bytes / 1e6:.1f} MB, "
               f"{summary.public_comments} public comments, {summary.content_rows} content "
               f"rows, {summary.planted_cases} planted cases (see answer_key.json)")


cli.add_command(synth)
