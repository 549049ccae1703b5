"""Turning a loader's item rows into canonical ``content`` rows.

Loaders produce the item fields they know (platform, account, native ids, kind, author, times,
text ...); this module adds what every source derives the same way: record ids (and the parent
and thread record ids from native ids), author roles, the source file and its digest, and the
digest of the version fields that tells a new version from a duplicate.
"""

from __future__ import annotations

import polars as pl

from recordskit.batch import Batch
from recordskit.errors import Problem
from recordskit.hashing import sha256_rows
from recordskit.schema import CONTENT, STRINGS, UTC_TIMESTAMP
from recordskit.sources.base import LoadContext
from recordskit.sources.identity import author_roles
from recordskit.sources.ids import record_id_columns
from recordskit.sources.timestamps import parse_times

ITEM_COLUMNS = {
    "platform": pl.String, "account_id": pl.String, "native_id": pl.String, "kind": pl.String,
    "parent_native_id": pl.String, "thread_native_id": pl.String,
    "author_native_id": pl.String, "author_handle": pl.String,
    "author_display_name": pl.String, "author_role": pl.String,
    "posted_at": UTC_TIMESTAMP, "edited_at": UTC_TIMESTAMP, "captured_at": UTC_TIMESTAMP,
    "text": pl.String, "urls": STRINGS, "media_refs": STRINGS, "visibility": pl.String,
}
"""Columns a loader may hand over (``parent_native_id``/``thread_native_id`` instead of the
record ids; ``author_role`` only when the format itself says who wrote the item)."""


def items_frame(rows: list[dict], text_times: bool = True) -> pl.DataFrame:
    """Item rows built in Python (JSON exports) as a frame with the item dtypes; with
    ``text_times`` the time columns hold text still to be parsed by ``check_items``."""
    schema = dict(ITEM_COLUMNS)
    if text_times:
        schema.update(posted_at=pl.String, edited_at=pl.String, captured_at=pl.String)
    return pl.DataFrame(rows, schema=schema)


def add_content(batch: Batch, items: pl.DataFrame, ctx: LoadContext) -> None:
    """Complete ``items`` into canonical content rows and add them to ``batch``."""
    frame = items
    for name, dtype in ITEM_COLUMNS.items():
        if name not in frame.columns:
            frame = frame.with_columns(pl.lit(None, dtype=dtype).alias(name))
    ids = record_id_columns(frame, {"record_id": ("kind", "native_id"),
                                    "parent_record_id": (pl.lit("item"), "parent_native_id"),
                                    "thread_record_id": (pl.lit("item"), "thread_native_id")})
    frame = frame.with_columns(ids["record_id"])
    roles = frame["author_role"]
    if roles.null_count():
        roles = roles.fill_null(author_roles(frame, ctx))
    frame = frame.with_columns(
        ids["parent_record_id"],
        ids["thread_record_id"],
        roles.alias("author_role"),
        pl.col("visibility").fill_null("visible"),
        # an empty list and no list say the same; one form keeps digests equal across formats
        *[pl.when(pl.col(c).list.len() > 0).then(pl.col(c)).alias(c)
          for c in ("urls", "media_refs")],
        pl.lit(batch.source_file).alias("source_file"),
        pl.lit(batch.source_sha256).alias("source_sha256"),
    ).drop("parent_native_id", "thread_native_id")
    frame = frame.select([f.name for f in CONTENT.fields if f.name in frame.columns])
    frame = frame.with_columns(sha256_rows(frame, CONTENT.version_fields).alias("content_sha256"))
    batch.add("content", frame)


def check_items(items: pl.DataFrame, ctx: LoadContext, where
                     ) -> tuple[pl.DataFrame, list[Problem], int]:
    """Parse the text time columns of ``items`` to UTC, and drop (and report) the rows that have
    an unreadable time, no id or no publication time. ``where(i)`` locates row ``i``: the
    keyword arguments (file, line, cell) of its Problem."""
    problems: list[Problem] = []
    naive = 0
    bad = pl.Series([False] * items.height, dtype=pl.Boolean)
    for name in ("posted_at", "edited_at", "captured_at"):
        if name not in items.columns or items.schema[name] == UTC_TIMESTAMP:
            continue
        parsed = parse_times(items[name], ctx.tz_name)
        for i in parsed.unreadable.arg_true().to_list():
            problems.append(Problem(**where(i), field=name, problem="not a date and time",
                                    value=str(items[name][i])))
        bad = bad | parsed.unreadable
        naive += parsed.naive
        items = items.with_columns(parsed.values.alias(name))
    if "native_id" in items.columns:
        missing = items["native_id"].is_null() & ~bad
        for i in missing.arg_true().to_list():
            problems.append(Problem(**where(i), field="native_id", problem="the item has no id"))
        bad = bad | missing
    if "posted_at" in items.columns:
        missing = items["posted_at"].is_null() & ~bad
        for i in missing.arg_true().to_list():
            problems.append(Problem(**where(i), field="posted_at",
                                    problem="the item has no publication time"))
        bad = bad | missing
    return items.filter(~bad), problems, naive
