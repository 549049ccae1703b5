"""Who is who: which city account an export belongs to, and whether an author is the city, a
member of a legislative body or the public (docs/formats.md, "Which account an export belongs to"
and "Author role").

Handles are compared case-insensitively with a leading "@" ignored. The city is any account of
the accounts register on the same platform (a department's account commenting on the city's
page is still the city speaking). A roster handle is written ``platform:handle``; without a
platform it matches on every platform.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import polars as pl

from recordskit.errors import Problem
from recordskit.sources.base import LoadContext

_SEP = "\x1f"


def norm_handle(value: object) -> str:
    return str(value).strip().removeprefix("@").strip().casefold() if value is not None else ""


def _norm_expr(e: pl.Expr) -> pl.Expr:
    return e.cast(pl.String).str.strip_chars().str.strip_prefix("@").str.strip_chars() \
        .str.to_lowercase()


def export_account(ctx: LoadContext, platform: str, identities: Iterable[object], path: Path
                   ) -> tuple[str | None, Problem | None]:
    """The account of a platform export: ``--account``, else the export's own identity matched
    against the register's handles (or account ids)."""
    accounts = ctx.accounts.filter(pl.col("platform") == platform)
    if ctx.account_id is not None:
        row = ctx.accounts.filter(pl.col("account_id") == ctx.account_id)
        if row.height == 0:
            return None, Problem(str(path), f"unknown account {ctx.account_id!r}: not in the "
                                 "accounts register (load accounts first)", field="account_id",
                                 value=ctx.account_id)
        if row["platform"][0] != platform:
            return None, Problem(str(path), f"account {ctx.account_id!r} is on "
                                 f"{row['platform'][0]}, but this is a {platform} export",
                                 field="account_id", value=ctx.account_id)
        return ctx.account_id, None
    wanted = {norm_handle(i) for i in identities if i is not None and str(i).strip()}
    hits = sorted({
        aid for aid, handle in zip(accounts["account_id"], accounts["handle"], strict=True)
        if norm_handle(handle) in wanted or norm_handle(aid) in wanted
    })
    if len(hits) == 1:
        return hits[0], None
    if len(hits) > 1:
        return None, Problem(str(path), f"the export matches several accounts ({', '.join(hits)}); "
                             "pass --account")
    named = ", ".join(sorted(wanted)) or "none"
    return None, Problem(str(path), "cannot tell which account this export belongs to; pass "
                         f"--account (the export names itself {named}, which no {platform} "
                         "handle of the accounts register matches)")


def resolve_accounts(frame: pl.DataFrame, ctx: LoadContext) -> pl.Series:
    """The account id of each row's ``account_id`` cell: a handle of an account of the register
    on the row's platform becomes that account's id; any other value is kept as the account id
    it names, registered or not (control ACC-2 reports accounts seen in content that the
    register lacks, so their rows must reach the archive). Null only where the cell is empty."""
    by_id = ctx.accounts.select(pl.col("account_id").alias("_aid"),
                                pl.col("account_id").alias("_by_id"))
    by_handle = ctx.accounts.filter(pl.col("handle").is_not_null()).select(
        pl.col("platform").alias("_platform"), _norm_expr(pl.col("handle")).alias("_h"),
        pl.col("account_id").alias("_by_handle"),
    ).unique(subset=["_platform", "_h"], keep="first")
    out = (
        frame.select(pl.col("account_id").alias("_aid"), pl.col("platform").alias("_platform"))
        .with_columns(_norm_expr(pl.col("_aid")).alias("_h"))
        .join(by_id, on="_aid", how="left", maintain_order="left")
        .join(by_handle, on=["_platform", "_h"], how="left", maintain_order="left")
    )
    return out.select(pl.coalesce("_by_id", "_by_handle", pl.col("_aid").str.strip_chars())
                      .alias("account_id")).to_series()


def _roster_keys(ctx: LoadContext) -> list[str]:
    keys = []
    for handles in ctx.roster["handles"].to_list():
        for h in handles or []:
            platform, sep, handle = str(h).partition(":")
            keys.append(f"{platform.strip().lower()}{_SEP}{norm_handle(handle)}" if sep
                        else f"*{_SEP}{norm_handle(h)}")
    return keys


def author_roles(frame: pl.DataFrame, ctx: LoadContext) -> pl.Series:
    """city / legislator / public / unknown for each row, from its platform and author columns
    (author_handle, author_native_id, author_display_name)."""
    city = [f"{p}{_SEP}{norm_handle(h)}" for p, h in
            zip(ctx.accounts["platform"], ctx.accounts["handle"], strict=True) if h]
    city += [f"{p}{_SEP}{norm_handle(a)}" for p, a in
             zip(ctx.accounts["platform"], ctx.accounts["account_id"], strict=True)]
    roster = _roster_keys(ctx)
    candidates = [c for c in ("author_handle", "author_native_id", "author_display_name")
                  if c in frame.columns]
    if not candidates:
        return pl.Series("author_role", ["unknown"] * frame.height, dtype=pl.String)

    # authors repeat: decide each distinct author once, then join the roles back; each author
    # column is normalized once
    authors = frame.select("platform", *candidates)
    distinct = authors.unique()
    normal = distinct.select("platform", *(_norm_expr(pl.col(c)).alias(c) for c in candidates))
    own = [pl.concat_str([pl.col("platform"), pl.lit(_SEP), pl.col(c)]) for c in candidates]
    anywhere = [pl.concat_str([pl.lit("*" + _SEP), pl.col(c)]) for c in candidates]
    flags = normal.select(
        pl.any_horizontal(k.is_in(city) for k in own).fill_null(False).alias("city"),
        pl.any_horizontal(k.is_in(roster) for k in own + anywhere).fill_null(False)
        .alias("member"))
    named = pl.any_horizontal(pl.col(c).is_not_null() for c in candidates)
    roles = distinct.with_columns(
        pl.when(flags["city"]).then(pl.lit("city"))
        .when(flags["member"]).then(pl.lit("legislator"))
        .when(named).then(pl.lit("public"))
        .otherwise(pl.lit("unknown")).alias("author_role"))
    return authors.join(roles, on=["platform", *candidates], how="left", nulls_equal=True,
                        maintain_order="left")["author_role"]
