"""Moderation logs kept by departments (CSV or XLSX): one moderation action per row.

The columns are those of docs/formats.md ("Moderation log"). The header row is found by its
names, so title rows, merged title cells and blank rows above it are skipped; blank rows (the
trailing ones included) are ignored; every sheet of a workbook whose header matches is read.

An empty moderator, time or reason is kept as the log has it: the suites report the gap (MOD-1,
MOD-2). A cell that cannot be read (a text that is not a date, an unknown action, an account
that is not in the register) rejects its row, named by line or sheet and cell.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl

from recordskit.batch import Batch
from recordskit.hashing import sha256_strings
from recordskit.schema import MODERATION_ACTIONS, PLATFORMS, UTC_TIMESTAMP
from recordskit.sources.base import LoadContext, Loader, Unreadable
from recordskit.sources.headers import find_header
from recordskit.sources.identity import resolve_accounts
from recordskit.sources.ids import record_ids
from recordskit.sources.sheets import RawTable, csv_header, read_csv, read_xlsx, xlsx_headers
from recordskit.sources.timestamps import parse_times
from recordskit.sources.values import canonical_platforms, parse_dates

COLUMNS: dict[str, tuple[str, ...]] = {
    "action_id": ("action id", "log id"),
    "platform": (),
    "account_id": ("account",),
    "item_id": ("item", "native id", "comment id"),
    "item_kind": ("kind",),
    "action": (),
    "acted_at": ("acted at", "date and time", "timestamp"),
    "date": (),
    "time": (),
    "moderator": ("moderator staff id", "actor", "actor staff id"),
    "reason_code": ("reason code", "category"),
    "reason": ("reason text",),
    "poster_id": ("poster native id",),
    "poster_name": (),
    "poster_unavailable_reason": (),
}
HEADER_REQUIRED = ("platform", "account_id", "action")
# Past tenses and spellings seen in departments' logs (matched lower-case).
ACTION_ALIASES = {"hidden": "hide", "unhidden": "unhide", "deleted": "delete",
                  "restored": "restore", "banned": "ban", "unbanned": "unban",
                  "approved": "approve", "rejected": "reject", "removed": "delete",
                  "remove": "delete"}


def _raw_tables(path: Path) -> list[RawTable]:
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path, COLUMNS, HEADER_REQUIRED)
    return [read_csv(path, COLUMNS)]


class ModerationLog(Loader):
    name = "moderation_log"
    summary = "moderation log (CSV or XLSX) with the columns of docs/formats.md"

    def claims(self, path: Path) -> bool:
        if not path.is_file():
            return False
        suffix = path.suffix.lower()
        if suffix == ".csv":
            rows = [csv_header(path) or []]
        elif suffix == ".xlsx":
            rows = xlsx_headers(path)
        else:
            return False
        return find_header(rows, COLUMNS, HEADER_REQUIRED, scan=len(rows) + 1) is not None

    def load(self, path: Path, ctx: LoadContext) -> Iterator[Batch]:
        batch = self.new_batch(path)
        try:
            tables = _raw_tables(path)
        except Unreadable as exc:
            yield self.refused(path, exc.problem)
            return
        for raw in tables:
            batch.rejects.extend(raw.problems)
            batch.rows_read += raw.frame.height + len(raw.problems)
            frame = self._actions(raw, batch, ctx)
            if frame.height:
                batch.add("moderation_actions", frame)
        yield batch

    def _actions(self, raw: RawTable, batch: Batch, ctx: LoadContext) -> pl.DataFrame:
        f = raw.frame
        for name in COLUMNS:
            if name not in f.columns:
                f = f.with_columns(pl.lit(None, dtype=pl.String).alias(name))
        f = f.with_columns(pl.col(pl.String).str.strip_chars())
        f = f.with_columns([pl.when(pl.col(c).str.len_chars() > 0).then(pl.col(c)).alias(c)
                            for c in f.columns])
        checks: list[tuple[str, pl.Series, str]] = []
        platform = canonical_platforms(f["platform"]).alias("platform")
        checks.append(("platform", platform.is_null() | ~platform.is_in(PLATFORMS),
                       f"not a platform ({', '.join(PLATFORMS)})"))
        account = resolve_accounts(pl.DataFrame([platform, f["account_id"]]), ctx)
        checks.append(("account_id", account.is_null(), "required value is empty"))
        action = f["action"].str.to_lowercase().replace(ACTION_ALIASES).alias("action")
        checks.append(("action", action.is_null() | ~action.is_in(MODERATION_ACTIONS),
                       f"unknown action (one of {', '.join(MODERATION_ACTIONS)})"))
        acted, bad_time, naive = self._acted_at(f, ctx)
        batch.naive_timestamps += naive
        checks.append(("acted_at" if "acted_at" in raw.frame.columns else "date", bad_time,
                       "not a date and time"))
        bad = pl.Series([False] * f.height, dtype=pl.Boolean)
        for field, mask, problem in checks:
            mask = mask.fill_null(False)
            for i in (mask & ~bad).arg_true().to_list():
                batch.rejects.append(raw.locator.problem(i, problem, field=field,
                                                         value=f[field][i]))
            bad = bad | mask
        rows = pl.DataFrame([
            platform, account.alias("account_id"), action, acted.alias("acted_at"),
            f["item_id"].alias("target_native_id"),
            f["item_kind"].str.to_lowercase().fill_null("comment").alias("kind"),
            f["action_id"], f["moderator"].alias("actor_staff_id"),
            f["reason_code"].str.to_lowercase().str.replace_all(r"[\s-]+", "_")
            .alias("reason_code"),
            f["reason"].alias("reason_text"), f["poster_id"].alias("poster_native_id"),
            f["poster_name"], f["poster_unavailable_reason"],
        ]).filter(~bad)
        rows = rows.with_columns(
            record_ids(rows, native="target_native_id").alias("record_id"),
            pl.lit(batch.source_file).alias("source_file"),
            pl.lit(batch.source_sha256).alias("source_sha256"),
        )
        return rows.with_columns(pl.coalesce("action_id", _derived_ids(rows)).alias("action_id")
                                 ).drop("kind")

    def _acted_at(self, f: pl.DataFrame, ctx: LoadContext):
        text = f["acted_at"]
        if text.null_count() == f.height and f["date"].null_count() < f.height:
            day, bad_day = parse_dates(f["date"])
            text = pl.select(pl.concat_str([day.dt.to_string("%Y-%m-%d"),
                                            f["time"].str.replace(r"^\d{4}-\d{2}-\d{2}[ T]", "")],
                                           separator=" ", ignore_nulls=True)
                             .alias("acted_at")).to_series()
            parsed = parse_times(text, ctx.tz_name)
            return parsed.values, parsed.unreadable | bad_day, parsed.naive
        parsed = parse_times(text, ctx.tz_name)
        return parsed.values, parsed.unreadable, parsed.naive


def _derived_ids(rows: pl.DataFrame) -> pl.Series:
    """An action id for logs without their own: from what the row says, so a later copy of
    the same log derives the same id."""
    key = rows.select(pl.concat_str([
        pl.col("platform"), pl.col("account_id"), pl.col("target_native_id").fill_null(""),
        pl.col("action"),
        pl.col("acted_at").cast(UTC_TIMESTAMP).dt.to_string("%Y-%m-%dT%H:%M:%S%.6fZ")
        .fill_null(""),
        pl.col("actor_staff_id").fill_null(""), pl.col("poster_native_id").fill_null(""),
    ], separator="\x1f").alias("k")).to_series()
    if rows.height == 0:
        return pl.Series("action_id", [], dtype=pl.String)
    digests = sha256_strings(key)
    return pl.select((pl.lit("ma-") + digests.str.slice(0, 24)).alias("action_id")).to_series()
