"""What every loader shares: the read-only context it works in, and the loader contract.

A loader reads one kind of input (a platform export, a vendor CSV, a moderation log, a register)
and yields one ``Batch`` per file it reads. Loaders never raise for bad input: a damaged file or
row becomes a ``Problem`` in ``Batch.rejects``, and the archive (or the caller) decides whether
the file is refused or its good rows are kept (``--quarantine``).
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import ClassVar

import polars as pl

from recordskit.batch import Batch, file_sha256
from recordskit.config import WorkspaceConfig
from recordskit.errors import Problem
from recordskit.schema import ACCOUNTS, ROSTER


class Unreadable(Exception):
    """A whole file cannot be read (truncated JSON, not a workbook ...): its one Problem."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def _empty(table) -> pl.DataFrame:
    return pl.DataFrame(schema={f.name: f.dtype for f in table.fields})


@dataclass(frozen=True)
class LoadContext:
    """What a loader may know besides its input. Read-only: loaders never change it.

    ``accounts`` and ``roster`` are the current registers: the archive's, with any register
    files of the same ingest applied on top (registers are read first).
    """

    settings: WorkspaceConfig
    accounts: pl.DataFrame = field(default_factory=lambda: _empty(ACCOUNTS))
    roster: pl.DataFrame = field(default_factory=lambda: _empty(ROSTER))
    account_id: str | None = None
    """The account named with ``--account``: every export read belongs to it."""
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    """When this ingest started: the capture time of exports that carry none of their own."""

    @property
    def tz_name(self) -> str:
        return self.settings.time_zone

    def with_registers(self, batch: Batch) -> LoadContext:
        """This context with the accounts and roster rows of a register batch applied."""
        updated = {}
        for name, table, key in (("accounts", ACCOUNTS, ["account_id"]),
                                 ("roster", ROSTER, list(ROSTER.key))):
            rows = batch.frames.get(table.name)
            if rows is not None and rows.height:
                current: pl.DataFrame = getattr(self, name)
                updated[name] = pl.concat([current, rows.select(current.columns)]).unique(
                    subset=key, keep="last", maintain_order=True)
        return replace(self, **updated) if updated else self


class Loader(ABC):
    """One input format."""

    name: ClassVar[str]
    summary: ClassVar[str]
    is_register: ClassVar[bool] = False
    """Registers are read before exports, which need the accounts and roster to name authors."""

    @abstractmethod
    def claims(self, path: Path) -> bool:
        """Whether ``path`` (a file or folder) is this format."""

    def inputs(self, path: Path) -> list[Path]:
        """The files reading ``path`` will read (for progress and summaries)."""
        return [path]

    @abstractmethod
    def load(self, path: Path, ctx: LoadContext) -> Iterator[Batch]:
        """One batch per file read."""

    def new_batch(self, path: Path) -> Batch:
        return Batch(source_file=str(path), source_sha256=file_sha256(path), loader=self.name)

    def refused(self, path: Path, problem: Problem) -> Batch:
        """The batch of a file that cannot be read at all."""
        batch = self.new_batch(path)
        batch.rejects.append(problem)
        return batch


def captured_at(path: Path, ctx: LoadContext) -> dt.datetime:
    """Capture time of an export that does not state one: the file's modification time (when the
    platform wrote it, if it was copied with its times), never later than this ingest."""
    try:
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.UTC)
    except OSError:
        return ctx.now
    return min(mtime, ctx.now)
