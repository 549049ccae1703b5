"""Reading inputs into batches: detection, registers first, and the context the exports need.

Registers are read before anything else, and each register batch updates the context (accounts
and roster) that the following loaders see, so one command can load a city's registers and its
exports together. Nothing here writes: the caller hands the batches to ``Archive.ingest``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from recordskit.batch import Batch
from recordskit.config import WorkspaceConfig
from recordskit.parallel import ordered_map, read_ahead
from recordskit.sources.base import LoadContext
from recordskit.sources.facebook import FacebookExport
from recordskit.sources.instagram import InstagramExport
from recordskit.sources.moderation_log import ModerationLog
from recordskit.sources.registers import Register
from recordskit.sources.registry import Plan, Registry
from recordskit.sources.vendor_csv import vendor_loaders
from recordskit.sources.x_archive import XArchive
from recordskit.sources.youtube import YouTubeTakeout


def default_registry(settings: WorkspaceConfig) -> Registry:
    """Every format, the workspace's vendor column maps included. Order matters for files that
    two loaders could claim: registers (by file name) before logs before vendor CSVs."""
    return Registry([XArchive(), FacebookExport(), InstagramExport(), YouTubeTakeout(),
                     Register(), ModerationLog(), *vendor_loaders(settings.vendor_csv)])


@dataclass
class Reading:
    plan: Plan
    batches: list[Batch] = field(default_factory=list)


def read_inputs(paths: Iterable[Path], ctx: LoadContext, registry: Registry,
                forced: str | None = None,
                on_file: Callable[[Batch], None] | None = None,
                plan: Plan | None = None) -> Reading:
    """Read every input of ``paths`` (files or folders) into batches, one per file (or follow
    ``plan``, when the caller has made it), all held in memory: see ``stream_inputs`` for
    large inputs."""
    reading = Reading(plan or registry.plan([Path(p) for p in paths], forced))
    reading.batches.extend(stream_inputs(reading.plan, ctx, on_file))
    return reading


def stream_inputs(plan: Plan, ctx: LoadContext,
                  on_file: Callable[[Batch], None] | None = None) -> Iterator[Batch]:
    """The batches of ``plan`` one file at a time, for ``Archive.ingest`` to write as they come:
    memory holds a file or two, not the whole input. The next file is read in a thread while
    the last one is written (parsing, hashing and Delta writes run outside the GIL)."""
    return read_ahead(_batches(plan, ctx, on_file))


LOADERS = 2
"""Inputs parsed at once after the registers, each in its own thread (the parsing runs in
polars and DuckDB, outside the GIL)."""


def _batches(plan: Plan, ctx: LoadContext,
             on_file: Callable[[Batch], None] | None, loaders: int = LOADERS
             ) -> Iterator[Batch]:
    """The plan's batches in plan order: registers one by one (each changes the context the
    next inputs are read with), then the other inputs ``loaders`` at a time."""
    others = []
    for path, loader in plan.units:
        if not loader.is_register:
            others.append((path, loader))
            continue
        for batch in loader.load(path, ctx):
            ctx = ctx.with_registers(batch)
            if on_file:
                on_file(batch)
            yield batch
    def load(unit: tuple[Path, object]) -> list[Batch]:
        path, loader = unit
        return list(loader.load(path, ctx))

    for batches in ordered_map(load, others, workers=loaders):
        for batch in batches:
            if on_file:
                on_file(batch)
            yield batch


def workspace_folders(ws) -> list[Path]:
    """Folders of the workspace that are never input: its archive, reports and state."""
    return [ws.archive_path, ws.reports_dir, ws.state_dir]


def workspace_context(ws, account_id: str | None = None) -> LoadContext:
    """The context for reading into workspace ``ws``: its settings and its current accounts
    and roster."""
    from recordskit.schema import ACCOUNTS, ROSTER

    frames = {t.name: ws.archive.current(t.name).select(t.names).collect()
              for t in (ACCOUNTS, ROSTER)}
    return LoadContext(settings=ws.config, accounts=frames["accounts"], roster=frames["roster"],
                       account_id=account_id)
