"""YouTube comments from Google Takeout (``YouTube and YouTube Music/comments/comments.csv``).

Two layouts exist. The older header is ``Comment ID,Channel ID,Comment Create Timestamp,Price,
Parent Comment ID,Video ID,Comment Text`` with the text as ``{"takeoutSegments":[{"text":"…"}]}``;
the newer orders the columns differently and writes the text as ``{"text":"a"},{"text":"\\n"}``
(segments that become a JSON array once wrapped in ``[]``). Headers may be lower-case or
translated (and the file renamed, e.g. ``Kommentare.csv``): columns are matched by name, and any
column whose name is not recognized is recognized by its values instead (channel ids start with
``UC``, video ids have 11 characters, times are ISO 8601, texts are JSON segments, and a reply's
comment id is its parent's id, a dot and more).

The export holds the comments the channel itself wrote; the account is named by
``channels/channel.csv`` (``Channel ID``, ``Channel Title (Original)``). A top-level comment
answers its video: parent and thread are the video; a reply's parent is the comment it answers.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import polars as pl

from recordskit.batch import Batch
from recordskit.sources.base import LoadContext, Loader, captured_at
from recordskit.sources.content import add_content, check_items
from recordskit.sources.headers import match_columns
from recordskit.sources.identity import export_account
from recordskit.sources.sheets import csv_header, read_csv

COLUMNS = {
    "comment_id": ("Comment ID",),
    "channel_id": ("Channel ID",),
    "created": ("Comment Create Timestamp", "Create Timestamp"),
    "parent_id": ("Parent Comment ID",),
    "video_id": ("Video ID",),
    "text": ("Comment Text", "Text"),
    "price": ("Price",),
}
REQUIRED = ("comment_id", "channel_id", "created", "video_id", "text")
CHANNEL_COLUMNS = {"channel_id": ("Channel ID",),
                   "title": ("Channel Title (Original)", "Channel Title")}

_CHANNEL = re.compile(r"^UC[\w-]{22}$")
_VIDEO = re.compile(r"^[\w-]{11}$")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_COMMENT = re.compile(r"^[\w.-]{16,}$")
SAMPLE_ROWS = 200
# A Takeout comments file has 7 columns (6 in exports without Price); a CSV much narrower or
# wider is something else, and is not sampled.
MIN_COLUMNS, MAX_COLUMNS = 5, 9


def _sample(path: Path) -> pl.DataFrame | None:
    try:
        return pl.read_csv(path, infer_schema=False, n_rows=SAMPLE_ROWS, raise_if_empty=False)
    except (pl.exceptions.PolarsError, UnicodeDecodeError, OSError):
        return None


def _share(values: pl.Series, pattern: re.Pattern) -> float:
    present = values.drop_nulls()
    if present.len() == 0:
        return 0.0
    return float(present.str.contains(pattern.pattern).mean())


def infer_columns(path: Path) -> dict[str, str] | None:
    """Role -> column name of a comments CSV, by header name and then by content; None when the
    file is not a YouTube comments export."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return _infer_columns(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4096)
def _infer_columns(path: Path, mtime_ns: int, size: int) -> dict[str, str] | None:
    header = csv_header(path)
    if not header or not MIN_COLUMNS <= len(header) <= MAX_COLUMNS:
        return None
    by_name = {role: header[i] for role, i in match_columns(header, COLUMNS).items()}
    if all(r in by_name for r in REQUIRED):
        return by_name
    sample = _sample(path)
    if sample is None or sample.height == 0:
        return None
    free = [c for c in sample.columns if c not in by_name.values()]
    found = dict(by_name)

    def claim(role: str, test) -> None:
        if role in found:
            return
        for c in free:
            if c not in found.values() and test(sample[c]):
                found[role] = c
                return

    claim("text", lambda s: s.drop_nulls().len() > 0
          and float(s.drop_nulls().str.contains(r'^\s*\{\s*"(text|takeoutSegments)"').mean()) > .9)
    claim("created", lambda s: _share(s, _TIME) > .9)
    claim("channel_id", lambda s: _share(s, _CHANNEL) > .9)
    claim("video_id", lambda s: _share(s, _VIDEO) > .9)
    ids = [c for c in free if c not in found.values() and _share(sample[c], _COMMENT) > .9]
    if "comment_id" not in found and ids:
        ids.sort(key=lambda c: (sample[c].null_count(), not sample[c].str.contains(r"\.").any()))
        found["comment_id"] = ids[0]
        if "parent_id" not in found and len(ids) > 1:
            found["parent_id"] = ids[1]
    return found if all(r in found for r in REQUIRED) else None


def segments_text(value: str | None) -> str | None:
    """The text of a Takeout comment cell, in either layout (plain text is kept as it is)."""
    if value is None:
        return None
    stripped = value.strip()
    if not stripped.startswith("{"):
        return value
    try:
        data = json.loads(stripped)
        segments = data.get("takeoutSegments", [data]) if isinstance(data, dict) else data
    except json.JSONDecodeError:
        try:
            segments = json.loads(f"[{stripped}]")
        except json.JSONDecodeError:
            return value
    return "".join(s.get("text", "") for s in segments if isinstance(s, dict))


def _channel(path: Path) -> dict[str, str | None]:
    """Id and title of the exporting channel, from ``channels/channel.csv`` near ``path``."""
    for folder in (path if path.is_dir() else path.parent, *path.parents):
        candidate = folder / "channels" / "channel.csv"
        if candidate.is_file():
            sample = _sample(candidate)
            if sample is None or sample.height == 0:
                break
            found = {role: sample.columns[i]
                     for role, i in match_columns(sample.columns, CHANNEL_COLUMNS).items()}
            if "channel_id" not in found:  # translated header: recognize the id by its value
                found["channel_id"] = next((c for c in sample.columns
                                            if _share(sample[c], _CHANNEL) == 1.0), None)
            if "title" not in found:
                found["title"] = next((c for c in sample.columns
                                       if c != found["channel_id"]), None)
            row = sample.row(0, named=True)
            return {"id": row.get(found["channel_id"]), "title": row.get(found["title"])}
        if folder == folder.parent:
            break
    return {"id": None, "title": None}


def _comment_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path] if path.suffix.lower() == ".csv" and infer_columns(path) else []
    return sorted(p for p in path.rglob("*.csv") if p.parent.name != "channels"
                  and infer_columns(p))


class YouTubeTakeout(Loader):
    name = "youtube"
    summary = "YouTube comments CSV from Google Takeout (either header order, any language)"

    def claims(self, path: Path) -> bool:
        if path.is_dir() and not ((path / "channels" / "channel.csv").is_file()
                                  or any(infer_columns(p) for p in path.glob("*.csv"))):
            return False
        return bool(_comment_files(path))

    def inputs(self, path: Path) -> list[Path]:
        return _comment_files(path)

    def load(self, path: Path, ctx: LoadContext) -> Iterator[Batch]:
        owner = _channel(path)
        for f in self.inputs(path):
            yield self._load_file(f, owner, ctx)

    def _load_file(self, path: Path, owner: dict, ctx: LoadContext) -> Batch:
        account, problem = export_account(ctx, "youtube", [owner["id"], owner["title"]], path)
        if problem:
            return self.refused(path, problem)
        batch = self.new_batch(path)
        roles = infer_columns(path) or {}
        raw = read_csv(path, {role: (name,) for role, name in roles.items()})
        batch.rejects.extend(raw.problems)
        f = raw.frame
        if "parent_id" not in f.columns:
            f = f.with_columns(pl.lit(None, dtype=pl.String).alias("parent_id"))
        batch.rows_read = f.height + len(raw.problems)
        items = f.select(
            pl.lit("youtube").alias("platform"),
            pl.lit(account).alias("account_id"),
            pl.col("comment_id").alias("native_id"),
            pl.when(pl.col("parent_id").is_not_null()).then(pl.lit("reply"))
            .otherwise(pl.lit("comment")).alias("kind"),
            pl.coalesce("parent_id", "video_id").alias("parent_native_id"),
            pl.col("video_id").alias("thread_native_id"),
            pl.col("channel_id").alias("author_native_id"),
            pl.when(pl.col("channel_id") == owner["id"]).then(pl.lit(owner["title"]))
            .alias("author_display_name"),
            pl.col("created").alias("posted_at"),
            pl.lit(captured_at(path, ctx)).alias("captured_at"),
            pl.col("text").map_elements(segments_text, return_dtype=pl.String).alias("text"),
        )
        items, problems, naive = check_items(
            items, ctx, lambda i: {"file": str(path), **raw.locator.where(i, None)})
        batch.rejects.extend(problems)
        batch.naive_timestamps += naive
        add_content(batch, items, ctx)
        return batch
