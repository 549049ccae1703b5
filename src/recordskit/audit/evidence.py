"""Evidence rows: what identifies each archived item a finding points at.

Every row names the record and the item as a person finds it on the platform: account,
platform, native id, posted at (city time) and a short excerpt of its text.
"""

from __future__ import annotations

import polars as pl

from recordskit.audit.context import AuditContext
from recordskit.audit.finding import EVIDENCE_COLUMNS, conform_evidence

ITEM_COLUMNS = ("account_id", "platform", "native_id", "posted_at_local", "excerpt")


def excerpt(text: pl.Expr, chars: int) -> pl.Expr:
    """The text on one line, cut to ``chars`` characters with an ellipsis."""
    flat = text.str.replace_all(r"\s+", " ").str.strip_chars()
    return (pl.when(flat.str.len_chars() > chars)
            .then(flat.str.slice(0, chars - 1) + pl.lit("…"))
            .otherwise(flat))


def item_columns(ctx: AuditContext, content: pl.DataFrame) -> pl.DataFrame:
    """record_id and the identifying columns of content rows."""
    chars = int(ctx.params["evidence"]["excerpt_chars"])
    return content.select(
        "record_id", "account_id", "platform", "native_id",
        ctx.local_text(pl.col("posted_at")).alias("posted_at_local"),
        excerpt(pl.col("text"), chars).alias("excerpt"),
    )


def with_items(ctx: AuditContext, frame: pl.DataFrame, content: pl.DataFrame | None = None
               ) -> pl.DataFrame:
    """``frame`` (which has ``record_id``) with the item columns filled from the archive; values
    the frame already has are kept. ``content``: rows to take them from (else looked up)."""
    if content is None:
        content = ctx.content_by_ids(frame["record_id"].to_list())
    else:  # excerpts and city times of the rows the frame names, not of every row given
        content = content.join(frame.select("record_id").unique(), on="record_id", how="semi")
    items = item_columns(ctx, content)
    joined = frame.join(items, on="record_id", how="left", suffix="_item")
    fill = []
    for col in ITEM_COLUMNS:
        if f"{col}_item" in joined.columns:
            fill.append(pl.coalesce(col, f"{col}_item").alias(col) if col in frame.columns
                        else pl.col(f"{col}_item").alias(col))
    joined = joined.with_columns(fill).drop([c for c in joined.columns if c.endswith("_item")])
    return conform_evidence(joined)


def rows(frame: pl.DataFrame) -> pl.DataFrame:
    """Evidence rows that point at no archived item (accounts, staff, requests ...)."""
    return conform_evidence(frame)


__all__ = ["EVIDENCE_COLUMNS", "excerpt", "item_columns", "rows", "with_items"]
