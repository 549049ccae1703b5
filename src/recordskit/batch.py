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
    row_sha256: dict[str, pl.Series] = field(default_factory=dict)
    """Table name -> the row digest (``row_sha256``) of each row of ``frames[table]``, computed
    where the batch is loaded: loaders run in parallel, the archive's writer is one thread."""

    def add(self, table: str, frame: pl.DataFrame) -> None:
        """Add canonical rows for ``table``. A table's version column (content_sha256) is
        computed here when the loader has not supplied it."""
        t = TABLES[table]
        computed = bool(t.version_column) and t.version_column not in frame.columns
        if computed:  # conform the dtypes first: the digest is over canonical values
            frame = frame.with_columns(pl.lit("").alias(t.version_column))
        frame = conform(t, frame)
        if computed:
            frame = frame.with_columns(sha256_rows(frame, t.identity_fields).alias(t.version_column))
        digests = sha256_rows(frame, t.row_hash_fields).alias(ROW_SHA256)
        if table in self.frames:
            self.frames[table] = pl.concat([self.frames[table], frame], how="vertical")
            self.row_sha256[table] = pl.concat([self.row_sha256[table], digests])
        else:
            self.frames[table], self.row_sha256[table] = frame, digests

    @property
    def row_count(self) -> int:
        return sum(f.height for f in self.frames.values())
