"""A batch: the canonical rows read from one source file, on their way into the archive.

Loaders (``recordskit.sources``) produce batches; ``Archive.ingest`` writes them. A batch is
one file: it lands whole or not at all.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from recordskit.errors import Problem
from recordskit.hashing import sha256_rows
from recordskit.schema import ROW_SHA256, TABLES, conform


def file_sha256(path: str | Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


@dataclass
class Batch:
    source_file: str
    source_sha256: str
    loader: str
    frames: dict[str, pl.DataFrame] = field(default_factory=dict)
    """Table name -> rows with that table's declared columns (system columns are added later)."""
    rejects: list[Problem] = field(default_factory=list)
    rows_read: int = 0
    naive_timestamps: int = 0
    """Timestamps that carried no zone and were read in the workspace's time zone."""
    _row_sha256: dict[str, tuple[pl.DataFrame, pl.Series]] = field(default_factory=dict,
                                                                   repr=False)

    def add(self, table: str, frame: pl.DataFrame) -> None:
        """Add canonical rows for ``table``. A table's version column (content_sha256) is
        computed here when the loader has not supplied it."""
        t = TABLES[table]
        computed = bool(t.version_column) and t.version_column not in frame.columns
        if computed:  # conform the dtypes first: the digest is over canonical values
            frame = frame.with_columns(pl.lit("").alias(t.version_column))
        frame = conform(t, frame)
        if computed:
            frame = frame.with_columns(
                sha256_rows(frame, t.identity_fields).alias(t.version_column))
        digests = sha256_rows(frame, t.row_hash_fields).alias(ROW_SHA256)
        known = self.row_sha256(table)
        if table in self.frames:
            frame = pl.concat([self.frames[table], frame], how="vertical")
            digests = pl.concat([known, digests]) if known is not None else None
        self.frames[table] = frame
        if digests is not None:
            self._row_sha256[table] = (frame, digests)

    def row_sha256(self, table: str) -> pl.Series | None:
        """The row digest (``row_sha256``) of each row of ``frames[table]``, computed where the
        batch was loaded (loaders run in parallel; the archive's writer is one thread), or None
        when the frame was replaced since: a digest is only used for the frame it was made from."""
        made = self._row_sha256.get(table)
        if made is None or made[0] is not self.frames.get(table):
            return None
        return made[1]

    @property
    def row_count(self) -> int:
        return sum(f.height for f in self.frames.values())
