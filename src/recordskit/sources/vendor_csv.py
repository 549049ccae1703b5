"""CSV exports of archiving services (CivicPlus/ArchiveSocial, Pagefreezer ...), read through a
column map of ``recordskit.toml`` (``[vendor_csv.NAME]``, see docs/formats.md).

Built for size: a million-row export is read by polars and every step below works on whole
columns; Python runs per row only to describe the rows that are rejected.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl

from recordskit.batch import Batch
from recordskit.config import VendorColumnMap
from recordskit.schema import CONTENT, CONTENT_KINDS, PLATFORMS, UTC_TIMESTAMP, VISIBILITY
from recordskit.sources.base import LoadContext, Loader, captured_at
from recordskit.sources.content import add_content
from recordskit.sources.headers import normalize
from recordskit.sources.identity import resolve_accounts
from recordskit.sources.sheets import csv_header, read_csv
from recordskit.sources.timestamps import parse_times
from recordskit.sources.values import blank_to_null_expr, canonical_platforms, split_list

TARGETS = (*(f.name for f in CONTENT.fields if f.name not in (
    "record_id", "parent_record_id", "thread_record_id", "source_file", "source_sha256",
    "content_sha256")), "parent_native_id", "thread_native_id")
"""Canonical fields a column map may fill."""

# Vendor spellings of kinds and states, mapped to the canonical values (matched lower-case).
KIND_ALIASES = {"tweet": "post", "status": "post", "photo": "post", "retweet": "post",
                "dm": "message", "direct message": "message", "like": "reaction"}
VISIBILITY_ALIASES = {"removed": "removed_by_city", "deleted": "deleted_by_author",
                      "hidden by page": "hidden", "removed by city": "removed_by_city",
                      "deleted by author": "deleted_by_author"}


class VendorCsv(Loader):
    """One column map; registered as ``vendor_csv:<map name>``."""

    summary = "archiving-service CSV read through a [vendor_csv.NAME] column map"

    def __init__(self, map_name: str, column_map: VendorColumnMap):
        unknown = sorted(set(column_map.columns) - set(TARGETS))
        if unknown:
            from recordskit.errors import ConfigError

            raise ConfigError(f"vendor_csv.{map_name}.columns: unknown canonical fields "
                              f"{unknown}; allowed: {', '.join(TARGETS)}")
        self.name = f"vendor_csv:{map_name}"
        self.column_map = column_map

    def claims(self, path: Path) -> bool:
        if not path.is_file() or path.suffix.lower() != ".csv":
            return False
        header = {normalize(h) for h in csv_header(path) or []}
        return all(normalize(c) in header for c in self.column_map.columns.values())

    def load(self, path: Path, ctx: LoadContext) -> Iterator[Batch]:
        yield self._load_file(path, ctx)

    def _load_file(self, path: Path, ctx: LoadContext) -> Batch:
        batch = self.new_batch(path)
        cmap = self.column_map
        raw = read_csv(path, {field: (column,) for field, column in cmap.columns.items()})
        missing = sorted(set(cmap.columns) - set(raw.frame.columns))
        if missing:
            return self.refused(path, raw.locator.problem(
                None, f"columns {[cmap.columns[m] for m in missing]} of the column map are "
                f"not in the header ({', '.join(raw.header)})"))
        batch.rejects.extend(raw.problems)
        f = raw.frame
        batch.rows_read = f.height + len(raw.problems)
        checks: list[tuple[str, pl.Series, str]] = []  # field, rows failing, why

        # every cell trimmed and blanks made null, in one pass over all columns (text is kept as
        # written)
        trimmed = f.select(blank_to_null_expr(c) for c in f.columns if c != "text")

        def column(name: str, constant: str | None = None) -> pl.Series:
            if name in trimmed.columns:
                return trimmed[name]
            return pl.Series(name, [constant] * f.height, dtype=pl.String)

        platform = canonical_platforms(column("platform", cmap.platform)).alias("platform")
        checks.append(("platform", platform.is_null() | ~platform.is_in(PLATFORMS),
                       f"not a platform ({', '.join(PLATFORMS)})"))
        cells = pl.DataFrame([platform, column("account_id", cmap.account_id)])
        account = resolve_accounts(cells, ctx)
        checks.append(("account_id", account.is_null(), "required value is empty"))
        native = column("native_id")
        checks.append(("native_id", native.is_null(), "required value is empty"))
        parent = column("parent_native_id")
        kind = column("kind").str.to_lowercase().replace(KIND_ALIASES)
        kind = pl.select(pl.when(kind.is_null() & ("kind" not in f.columns))
                         .then(pl.when(parent.is_not_null()).then(pl.lit("comment"))
                               .otherwise(pl.lit("post")))
                         .otherwise(kind).alias("kind")).to_series()
        checks.append(("kind", kind.is_null() | ~kind.is_in(CONTENT_KINDS),
                       f"not a kind of item ({', '.join(CONTENT_KINDS)})"))
        visibility = column("visibility").str.to_lowercase().replace(VISIBILITY_ALIASES) \
            .str.replace_all(" ", "_").fill_null("visible")
        checks.append(("visibility", ~visibility.is_in(VISIBILITY),
                       f"not a visibility state ({', '.join(VISIBILITY)})"))
        times = {}
        for name in ("posted_at", "edited_at", "captured_at"):
            parsed = parse_times(column(name), ctx.tz_name, cmap.timestamp_format)
            times[name] = parsed.values.alias(name)
            batch.naive_timestamps += parsed.naive
            checks.append((name, parsed.unreadable, "not a date and time"))
        checks.append(("posted_at", times["posted_at"].is_null(), "required value is empty"))
        if "captured_at" not in f.columns:
            times["captured_at"] = pl.Series("captured_at", [captured_at(path, ctx)] * f.height,
                                             dtype=UTC_TIMESTAMP)
        items = pl.DataFrame([
            platform, account.alias("account_id"), native.alias("native_id"), kind,
            parent.alias("parent_native_id"), column("thread_native_id"),
            column("author_native_id"), column("author_handle"), column("author_display_name"),
            *times.values(),
            f["text"] if "text" in f.columns else pl.Series("text", [None] * f.height,
                                                             dtype=pl.String),
            split_list(column("urls"), None).alias("urls"),
            split_list(column("media_refs"), None).alias("media_refs"),
            visibility,
        ])
        bad = pl.Series([False] * f.height, dtype=pl.Boolean)
        for field, mask, problem in checks:
            mask = mask.fill_null(False)
            source = cmap.columns.get(field)
            for i in (mask & ~bad).arg_true().to_list():
                value = f[field][i] if field in f.columns else None
                batch.rejects.append(raw.locator.problem(
                    i, problem, field=source or field, value=value))
            bad = bad | mask
        add_content(batch, items.filter(~bad), ctx)
        return batch


def vendor_loaders(maps: dict[str, VendorColumnMap]) -> list[VendorCsv]:
    return [VendorCsv(name, m) for name, m in sorted(maps.items())]
