"""The tables of a response packet, before redaction and display formatting: the responsive
records with Bates numbers and thread context, the removed content with who removed it, when
and why, and the search log.

Bates numbers run over the records in the order the packet lists them (time posted, record id,
version), "<request id>-000001" onward, so a rebuild at the same archive version numbers them
alike.
"""

from __future__ import annotations

import polars as pl

from recordskit.pra.responsive import Responsive
from recordskit.schema import REMOVAL_ACTIONS

BATES_DIGITS = 6
RECORD_COLUMNS = (
    "bates_number", "record_id", "version", "is_current_version", "platform", "account_id",
    "kind", "posted_at", "edited_at", "captured_at", "author_handle", "author_native_id",
    "author_display_name",
    "author_role", "visibility", "text", "urls", "media_refs",
    "thread_record_id", "thread_posted_at", "thread_author_handle", "thread_text",
    "parent_record_id", "parent_posted_at", "parent_author_handle", "parent_text",
    "content_sha256",
)
REMOVED_COLUMNS = (
    "bates_number", "record_id", "platform", "account_id", "kind", "posted_at", "visibility",
    "removed_text", "action", "removed_on", "removed_time", "acted_at", "poster",
    "reason_code", "reason_text", "moderator", "moderator_staff_id",
)


def bates(request_id: str, n: int) -> str:
    return f"{request_id}-{n:0{BATES_DIGITS}d}"


def records_table(responsive: Responsive, request_id: str) -> pl.DataFrame:
    hits = responsive.result.hits
    out = hits.with_columns(
        pl.Series("bates_number", [bates(request_id, i + 1) for i in range(hits.height)],
                  pl.String),
        (pl.col("version_number").cast(pl.String) + " of "
         + pl.col("version_count").cast(pl.String)).alias("version"),
        *[pl.col(c).list.join("; ").alias(c) for c in ("urls", "media_refs")],
    )
    return out.select(RECORD_COLUMNS)


def _staff_names(archive) -> pl.DataFrame:
    staff = archive.current("staff").select("staff_id", "name", "title").collect()
    return staff.select(
        pl.col("staff_id").alias("moderator_staff_id"),
        pl.when(pl.col("title").is_not_null()).then(pl.col("name") + ", " + pl.col("title"))
        .otherwise(pl.col("name")).alias("moderator"),
    )


def removed_table(responsive: Responsive, records: pl.DataFrame, tz: str) -> pl.DataFrame:
    """One row per removal (hide or delete) of a responsive record, and one per responsive
    record shown removed or hidden with no removal logged."""
    archive = responsive.archive
    latest = records.sort("bates_number").unique("record_id", keep="last", maintain_order=True)
    ids = latest["record_id"].to_list()
    actions = archive.current("moderation_actions").filter(
        pl.col("record_id").is_in(pl.Series(ids, dtype=pl.String).implode())
        & pl.col("action").is_in(list(REMOVAL_ACTIONS))
    ).select("record_id", "action", "acted_at", "actor_staff_id", "reason_code", "reason_text",
             "poster_native_id", "poster_name", "poster_unavailable_reason").collect()
    removed = latest.join(actions, on="record_id", how="left").filter(
        pl.col("action").is_not_null() | (pl.col("visibility") != "visible"))
    removed = removed.join(_staff_names(archive), left_on="actor_staff_id",
                           right_on="moderator_staff_id", how="left")
    local = pl.col("acted_at").dt.convert_time_zone(tz)
    removed = removed.with_columns(
        pl.col("text").alias("removed_text"),
        pl.col("action").fill_null("none logged"),
        local.dt.strftime("%Y-%m-%d").alias("removed_on"),
        local.dt.strftime("%H:%M:%S %Z").alias("removed_time"),
        # public posters are named by handle and platform id (packet_rules.yaml); the
        # display name (already withheld for public authors) for the city and legislators
        pl.coalesce(
            pl.when(pl.col("author_role").is_in(["city", "legislator"]))
            .then(pl.col("author_display_name")),
            pl.concat_str([pl.col("author_handle"), pl.lit(" (id "),
                           pl.coalesce("author_native_id", "poster_native_id"), pl.lit(")")]),
            pl.col("poster_native_id"),
            pl.lit("unavailable: ") + pl.col("poster_unavailable_reason"),
            pl.lit("not recorded")).alias("poster"),
        pl.coalesce(pl.col("moderator"), pl.col("actor_staff_id"),
                    pl.lit("not recorded")).alias("moderator"),
        pl.col("actor_staff_id").alias("moderator_staff_id"),
    )
    return removed.sort(["bates_number", "acted_at"], nulls_last=True).select(REMOVED_COLUMNS)


def search_log_table(responsive: Responsive) -> pl.DataFrame:
    r = responsive.result
    scope = r.scope.as_dict()
    rows = [
        ("query as given", scope["query"] or "(none: every record in scope)"),
        ("query as parsed", str(r.query)),
        ("records posted from", scope["starts_at"] or "(no start)"),
        ("records posted before", scope["ends_at"] or "(no end)"),
        ("accounts", ", ".join(scope["account_ids"]) or "all"),
        ("platforms", ", ".join(scope["platforms"]) or "all"),
        ("authors", ", ".join(scope["authors"]) or "all"),
        ("removed and hidden items", "included" if scope["include_removed"] else "left out"),
        ("earlier versions of edited items",
         "included" if scope["include_versions"] else "left out"),
        ("archive version searched", str(r.archive_version)),
        *(("archive version note", n) for n in responsive.notes),
        ("matching", "every word of the query matched as a whole word, case- and "
         "accent-insensitive; word* matches words starting with word; no ranking, no limit"),
        ("record versions in scope", str(r.counts.get("rows_in_scope", 0))),
        ("record versions matched", str(r.counts.get("versions_hit", 0))),
        ("records matched", str(r.counts.get("records_hit", 0))),
    ]
    return pl.DataFrame(rows, schema={"item": pl.String, "value": pl.String}, orient="row")
