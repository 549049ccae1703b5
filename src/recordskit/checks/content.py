"""The frame the ``content`` suite validates: every archived version of every item (the rows
as stored, so a duplicate or a malformed hash cannot hide behind a current view).

Period: items posted in the period.
"""

from __future__ import annotations

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


def with_rows_per_version(frame: pl.LazyFrame) -> pl.LazyFrame:
    return frame.with_columns(pl.len().over("record_id", "content_sha256").cast(pl.Int64)
                              .alias("rows_per_version"))


def build(inputs: CheckInputs) -> pl.DataFrame:
    frame = (inputs.table("content")
             .filter(inputs.in_period(pl.col("posted_at")))
             .select(*(c for c in COLUMNS if c != "rows_per_version"))
             .pipe(with_rows_per_version)
             .collect())
    return conform_frame(frame, COLUMNS)


def parameters(inputs: CheckInputs) -> dict[str, object]:
    """Allowed values from the schema; registered accounts from the register; now."""
    registered = inputs.current("accounts").select("account_id").collect()["account_id"]
    allowed = {f"allowed_{name}": list(CONTENT.field(name).allowed or ())
               for name in ("platform", "kind", "visibility")}
    return {**allowed, "registered_accounts": sorted(registered.to_list()), "now": inputs.now}

