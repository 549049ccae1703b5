"""Record ids over whole columns.

``schema.record_id`` is the specification. ``schema.record_id_expr`` applies it row by row through
Python (``map_elements``); on a million-row export that is the slowest step of a load. This
module computes the same ids vectorized: the key string is built by polars and hashed by DuckDB's
``sha256``. ``tests/test_sources_ids.py`` keeps the two equal.
"""

from __future__ import annotations

import polars as pl

from recordskit.hashing import hashed
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


def key_expr(kind: str | pl.Expr, native: str, platform: str = "platform",
             account: str = "account_id") -> pl.Expr:
    """The text schema.record_id hashes: platform, account, id family and native id."""
    kind_expr = pl.col(kind) if isinstance(kind, str) else kind
    return pl.concat_str([pl.col(platform), pl.col(account), family_expr(kind_expr),
                          pl.col(native).cast(pl.String)], separator=_KEY_SEP)


def record_id_columns(frame: pl.DataFrame, columns: dict[str, tuple[str | pl.Expr, str]],
                      platform: str = "platform", account: str = "account_id") -> pl.DataFrame:
    """Several record id columns at once (an item's own, its parent's, its thread's): name ->
    (kind, native id column), hashed in one DuckDB query. (Hashing only the distinct keys and
    joining the digests back cost more than hashing every key: a key is one SHA-256 block.)"""
    keys = frame.select(*(key_expr(k, n, platform, account).alias(f"k{i}")
                          for i, (k, n) in enumerate(columns.values())),
                        pl.col(platform).str.slice(0, 2).alias("prefix"))
    digests = ", ".join(f"prefix || '-' || left(sha256(k{i}), 24) AS k{i}"
                        for i in range(len(columns)))
    out = hashed(keys, f"SELECT {digests} FROM frame")
    return out.rename({f"k{i}": name for i, name in enumerate(columns)}).cast(
        {name: pl.String for name in columns})
