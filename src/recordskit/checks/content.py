"""The frame the ``content`` suite validates: every archived version of every item (the rows
as stored, so a duplicate or a malformed hash cannot hide behind a current view).

Period: items posted in the period.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from recordskit.checks.columns import Column, Derived, canonical, conform_frame
from recordskit.checks.inputs import CheckInputs
from recordskit.schema import CONTENT

ID_COLUMN = "record_id"
TABLES = ("content",)

COLUMNS: dict[str, Column] = {
    **{name: canonical(f"content.{name}")
       for name in ("record_id", "content_sha256", "source_sha256", "platform", "account_id",
                    "kind", "visibility", "posted_at", "edited_at", "captured_at")},
    "rows_per_version": Derived(
        pl.Int64, "RET-5: rows stored with this row's record_id and content_sha256 (one per "
        "version; more means a version was stored twice). Counted in polars because GX's "
        "compound-uniqueness test on 10 million rows doubles the frame's memory"),
}


VERSION_KEY = ("record_id", "content_sha256")


def _version_hash(frame: pl.DataFrame) -> pl.Series:
    """64 bits per row, equal for equal (record_id, content_sha256) pairs: the two columns'
    hashes (seeded apart), combined. Hashing the pair as a struct costs three times as much."""
    record, version = VERSION_KEY
    return frame.select((pl.col(record).hash(seed=1) ^ pl.col(version).hash(seed=2))
                        .alias("h"))["h"]


def with_rows_per_version(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with ``rows_per_version``: the rows sharing its record_id and content_sha256.

    Counted exactly, but without a window over two string columns (on 10 million rows, a hash
    table of the strings costs 4.5 s of CPU): each row's pair is hashed to 64 bits and the
    hashes sorted; a hash that occurs once is a pair that occurs once (equal pairs hash
    alike), and only the rows whose hash repeats (a stored duplicate, or a collision: about
    3 in a million runs have one at 10 million rows) are counted by their strings."""
    key = _version_hash(frame).to_numpy()
    ordered = np.sort(key)
    repeated = np.unique(ordered[1:][ordered[1:] == ordered[:-1]])
    counts = np.ones(frame.height, dtype=np.int64)
    if repeated.size:
        rows = np.flatnonzero(np.isin(key, repeated))
        counts[rows] = (frame.select(VERSION_KEY)[rows]
                        .select(pl.len().over(VERSION_KEY))["len"].to_numpy())
    return frame.with_columns(pl.Series("rows_per_version", counts))


def build(inputs: CheckInputs) -> pl.DataFrame:
    frame = (inputs.table("content")
             .filter(inputs.in_period(pl.col("posted_at")))
             .select(*(c for c in COLUMNS if c != "rows_per_version"))
             .collect(engine="streaming"))
    return conform_frame(with_rows_per_version(frame), COLUMNS)


def parameters(inputs: CheckInputs) -> dict[str, object]:
    """Allowed values from the schema; registered accounts from the register; now."""
    registered = inputs.current("accounts").select("account_id").collect()["account_id"]
    allowed = {f"allowed_{name}": list(CONTENT.field(name).allowed or ())
               for name in ("platform", "kind", "visibility")}
    return {**allowed, "registered_accounts": sorted(registered.to_list()), "now": inputs.now}

