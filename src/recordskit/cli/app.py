"""The root command group, the shared options, and how errors become exit codes."""

from __future__ import annotations

import functools
import json
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from recordskit.errors import InputError, RecordsKitError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


class Context:
    """What every command receives: the workspace flag and the debug switch."""

    def __init__(self, workspace: str | None, debug: bool):
        self.workspace_flag = workspace
        self.debug = debug

    def workspace(self):
        from recordskit.workspace import open_workspace

        return open_workspace(self.workspace_flag)


pass_ctx = click.make_pass_decorator(Context)


def emit_json(doc: Any) -> None:
    """Print one JSON document on stdout and nothing else there."""
    click.echo(json.dumps(doc, indent=2, default=str, ensure_ascii=False))


def fail(message: str, code: int = EXIT_USAGE) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def handles_errors(func: Callable) -> Callable:
    """Turn library errors into one clear line per problem and the contract's exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        ctx = click.get_current_context()
        debug = bool(ctx.find_object(Context) and ctx.find_object(Context).debug)
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            if debug:
                traceback.print_exc()
            click.echo(f"error: {exc.summary}", err=True)
            for p in exc.problems:
                click.echo(f"  {p}", err=True)
            sys.exit(exc.exit_code)
        except RecordsKitError as exc:
            if debug:
                traceback.print_exc()
            for line in str(exc).splitlines():
                click.echo(f"error: {line}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


class Group(click.Group):
    """A group whose commands all get error handling."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        if cmd.callback is not None and not getattr(cmd.callback, "_handles_errors", False):
            cmd.callback = handles_errors(cmd.callback)
            cmd.callback._handles_errors = True  # type: ignore[attr-defined]
        if isinstance(cmd, click.Group):
            cmd.__class__ = Group
            for sub in list(cmd.commands.values()):
                cmd.add_command(sub)
        super().add_command(cmd, name)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--workspace", "-w", type=click.Path(file_okay=False, path_type=Path),
              envvar="RECORDSKIT_WORKSPACE",
              help="Workspace folder (else $RECORDSKIT_WORKSPACE, else the nearest folder upward "
                   "holding recordskit.toml).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(package_name="recordskit")
@click.pass_context
def cli(ctx: click.Context, workspace: Path | None, debug: bool) -> None:
    """Records-request and policy-audit workbench for a city's social media archive.

    Exit codes: 0 success; 1 checks found failures at or above the threshold; 2 bad usage or bad
    input; 3 another run holds the workspace lock.

    \b
    Example:
      recordskit init my-city && cd my-city && recordskit verify
    """
    ctx.obj = Context(str(workspace) if workspace else None, debug)


def main() -> None:
    try:
        cli.main(prog_name="recordskit", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
