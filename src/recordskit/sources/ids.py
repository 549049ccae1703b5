"""Record ids over whole columns.

``schema.record_id`` is the specification. ``schema.record_id_expr`` applies it row by row through
Python (``map_elements``); on a million-row export that is the slowest step of a load. This
module computes the same ids vectorized: the key string is built by polars and hashed by DuckDB's
``sha256``. ``tests/test_sources_ids.py`` keeps the two equal.
"""

from __future__ import annotations

import polars as pl

from recordskit.hashing import sha256_strings
from recordskit.schema import OWN_ID_SPACES

_KEY_SEP = "\x1f"  # schema.record_id joins its parts with U+001F


def family_expr(kind: pl.Expr) -> pl.Expr:
    """schema.record_id's id family: messages and reactions have their own id spaces."""
    return pl.when(kind.is_in(OWN_ID_SPACES)).then(kind).otherwise(pl.lit("item"))


def record_ids(frame: pl.DataFrame, platform: str = "platform", account: str = "account_id",
               kind: str | pl.Expr = "kind", native: str = "native_id") -> pl.Series:
    """schema.record_id of every row; null where the native id is null."""
    return record_id_columns(frame, {"record_id": (kind, native)}, platform, account)[
        "record_id"]


def record_id_columns(frame: pl.DataFrame, columns: dict[str, tuple[str | pl.Expr, str]],
                      platform: str = "platform", account: str = "account_id") -> pl.DataFrame:
    """Several record id columns at once (an item's own, its parent's, its thread's): name ->
    (kind, native id column). The distinct keys of all of them are hashed in one call, since
    parents and threads repeat and hashing is the expensive step."""

    def key(kind: str | pl.Expr, native: str) -> pl.Expr:
        kind_expr = pl.col(kind) if isinstance(kind, str) else kind
        return pl.concat_str([pl.col(platform), pl.col(account), family_expr(kind_expr),
                              pl.col(native).cast(pl.String)], separator=_KEY_SEP)

    keys = frame.select(*(key(k, n).alias(name) for name, (k, n) in columns.items()),
                        pl.col(platform).str.slice(0, 2).alias("_prefix"))
    distinct = pl.concat([keys[name] for name in columns]).drop_nulls().unique()
    digests = pl.DataFrame({"_key": distinct,
                            "_digest": sha256_strings(distinct).str.slice(0, 24)
                            if distinct.len() else pl.Series([], dtype=pl.String)})
    out = {}
    for name in columns:
        joined = keys.select(name, "_prefix").join(digests, left_on=name, right_on="_key",
                                                   how="left", maintain_order="left")
        out[name] = joined.select(
            pl.concat_str([pl.col("_prefix"), pl.lit("-"), pl.col("_digest")]).alias(name)
        ).to_series()
    return pl.DataFrame(out, schema={name: pl.String for name in columns})
