"""Canonical form and SHA-256 digests of rows.

The digest of a row must not depend on a library's formatting, so the canonical form is defined
here, in two implementations that a test keeps equal: ``canonical_row`` (plain Python, the
specification) and ``canonical_expr`` (polars, used on millions of rows).

Canonical form: the non-null fields, sorted by name, each ``name=value``, joined by U+001E.
Leaving nulls out means a nullable field added to a table later does not change the digest of rows
stored before it. Values:

- text: backslash, U+001E and U+001F are escaped as ``\\\\``, ``\\x1e``, ``\\x1f``;
- integers in decimal; booleans ``1``/``0``;
- dates ``YYYY-MM-DD``; timestamps in UTC ``YYYY-MM-DDTHH:MM:SS.ffffffZ``;
- lists of text: the element count, ``:``, then the escaped elements joined by U+001F.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import threading
from collections.abc import Iterable, Mapping

import polars as pl

FIELD_SEP = "\x1e"
LIST_SEP = "\x1f"
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_POLARS_TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S%.6fZ"


def _escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(FIELD_SEP, "\\x1e").replace(LIST_SEP, "\\x1f")


def _value(v: object) -> str:
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dt.datetime):
        if v.tzinfo is None:
            raise ValueError("timestamps must be time-zone aware before hashing")
        return v.astimezone(dt.UTC).strftime(TIMESTAMP_FORMAT)
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return _escape(v)
    if isinstance(v, list | tuple):
        return f"{len(v)}:" + LIST_SEP.join(_escape(str(x)) for x in v)
    raise TypeError(f"no canonical form for {type(v).__name__}")


def canonical_row(row: Mapping[str, object], fields: Iterable[str]) -> str:
    """The canonical form of one row (the specification; see the module docstring)."""
    parts = [f"{name}={_value(row[name])}" for name in sorted(fields) if row.get(name) is not None]
    return FIELD_SEP.join(parts)


def sha256_row(row: Mapping[str, object], fields: Iterable[str]) -> str:
    return hashlib.sha256(canonical_row(row, fields).encode("utf-8")).hexdigest()


_ESCAPED = {"\\": "\\\\", FIELD_SEP: "\\x1e", LIST_SEP: "\\x1f"}


def _escape_expr(e: pl.Expr) -> pl.Expr:
    # Texts that need no escape (nearly all) are only scanned (Aho-Corasick, faster here than a
    # regex character class); the others get one pass instead of three, and replacements are
    # not rescanned, as in _escape.
    return (pl.when(e.str.contains_any(list(_ESCAPED)))
            .then(e.str.replace_many(list(_ESCAPED), list(_ESCAPED.values())))
            .otherwise(e))


def _value_expr(name: str, dtype: pl.DataType) -> pl.Expr:
    c = pl.col(name)
    if dtype == pl.String:
        return _escape_expr(c)
    if dtype == pl.Boolean:
        return pl.when(c).then(pl.lit("1")).otherwise(pl.lit("0"))
    if dtype.is_integer():
        return c.cast(pl.String)
    if isinstance(dtype, pl.Datetime):
        if dtype.time_zone is None:
            raise ValueError(f"{name}: timestamps must be time-zone aware before hashing")
        utc = c if dtype.time_zone == "UTC" else c.dt.convert_time_zone("UTC")
        # formatted as wall time: a zone-aware format looks the zone up for every value
        return utc.dt.replace_time_zone(None).dt.to_string(_POLARS_TIMESTAMP_FORMAT)
    if dtype == pl.Date:
        return c.dt.to_string("%Y-%m-%d")
    if isinstance(dtype, pl.List) and dtype.inner == pl.String:
        return pl.concat_str(
            c.list.len().cast(pl.String),
            pl.lit(":"),
            c.list.eval(_escape_expr(pl.element())).list.join(LIST_SEP),
        )
    raise TypeError(f"{name}: no canonical form for {dtype}")


def canonical_expr(schema: Mapping[str, pl.DataType], fields: Iterable[str]) -> pl.Expr:
    """Polars expression giving canonical_row() of every row."""
    return _canonical_expr(tuple((name, schema[name]) for name in sorted(fields)))


@functools.lru_cache(maxsize=64)
def _canonical_expr(fields: tuple[tuple[str, pl.DataType], ...]) -> pl.Expr:
    # built once per table layout: building the expression costs more than hashing a small file
    parts = [
        pl.when(pl.col(name).is_not_null())
        .then(pl.concat_str(pl.lit(f"{name}="), _value_expr(name, dtype)))
        for name, dtype in fields
    ]
    return pl.concat_str(parts, separator=FIELD_SEP, ignore_nulls=True)


_local = threading.local()


def _duckdb():
    """This thread's DuckDB connection: one per thread (a connection runs one query at a time,
    and an ingest reads the next file while it writes the last), kept for the process."""
    con = getattr(_local, "con", None)
    if con is None:
        import duckdb

        con = _local.con = duckdb.connect()
    return con


def hashed(frame: pl.DataFrame, sql: str) -> pl.DataFrame:
    """The result of ``sql`` (which reads ``frame`` as the table ``frame``) run by this thread's
    DuckDB connection: the way whole columns are hashed with DuckDB's ``sha256``."""
    return _duckdb().sql(sql).pl()


def sha256_strings(values: pl.Series) -> pl.Series:
    """Hex SHA-256 of each UTF-8 string of a series, computed vectorized by DuckDB."""
    out = hashed(pl.DataFrame({"s": values}), "SELECT sha256(s) AS h FROM frame")["h"]
    return out.alias(values.name)


def sha256_rows(frame: pl.DataFrame, fields: Iterable[str]) -> pl.Series:
    """SHA-256 of the canonical form of every row of ``frame`` over ``fields``."""
    fields = list(fields)
    if frame.height == 0:
        return pl.Series("sha256", [], dtype=pl.String)
    canon = frame.select(canonical_expr(frame.schema, fields).alias("sha256"))["sha256"]
    return sha256_strings(canon)


def digest_of_digests(digests: Iterable[str]) -> str:
    """Order-independent digest of a set of row digests (sorted, newline-joined)."""
    h = hashlib.sha256()
    for d in sorted(digests):
        h.update(d.encode("ascii"))
        h.update(b"\n")
    return h.hexdigest()
