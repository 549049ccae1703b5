"""Whether a record was in the scope of a legal hold in force when it was destroyed (RET-2).

A hold is in force from ``issued_on`` until the day before ``released_on`` (city calendar).
Its scope is read exactly as a PRA search scope is (``recordskit.pra.search``): accounts
(``scope_account_ids``; none listed means all), the posting window ``[scope_starts_at,
scope_ends_at)`` and the keyword query language (``scope_query``), tested on every version of the
record, removed ones included. A record the archive does not hold cannot be shown to be outside
the scope of a hold in force, so it counts as in scope: destroying what may be held is the
error to report.
"""

from __future__ import annotations

import polars as pl

from recordskit.checks.inputs import CheckInputs
from recordskit.pra.query import parse_query
from recordskit.pra.query_match import query_expr
from recordskit.pra.search import SearchScope, scope_filter
from recordskit.pra.search_index import COLUMNS as INDEX_COLUMNS
from recordskit.pra.search_index import TEXT_COLUMN, with_search_text


def _scope(hold: dict) -> SearchScope:
    return SearchScope(query=hold["scope_query"], starts_at=hold["scope_starts_at"],
                       ends_at=hold["scope_ends_at"],
                       account_ids=tuple(hold["scope_account_ids"] or ()),
                       include_removed=True, include_versions=True)


def hold_scope(hold: dict) -> pl.Expr:
    """A test on content versions (with their search text): in this hold's scope."""
    scope = _scope(hold)
    return scope_filter(scope) & query_expr(parse_query(scope.query), TEXT_COLUMN)


def _in_force(hold: dict, day: pl.Expr) -> pl.Expr:
    return (pl.lit(hold["issued_on"]) <= day) & (
        pl.lit(hold["released_on"], dtype=pl.Date).is_null()
        | (day < pl.lit(hold["released_on"], dtype=pl.Date)))


def under_active_hold(items: pl.DataFrame, inputs: CheckInputs, *, key: list[str],
                      at: str) -> pl.DataFrame:
    """``key`` and ``is_under_active_hold`` for each item (columns ``key``, ``record_id``,
    ``at``)."""
    holds = inputs.current("legal_holds").collect()
    day = inputs.local_day(pl.col(at))
    days = items.select(day.alias("_day")).unique()
    # a hold in force on none of the items' days flags none of them: its scope is not read
    live = [h for h in holds.iter_rows(named=True)
            if days.select(_in_force(h, pl.col("_day")).any()).item()]
    if not live:
        return items.select(*key, pl.lit(False).alias("is_under_active_hold"))
    record_ids = items.select("record_id").unique()["record_id"].implode()
    versions = (inputs.table("content").filter(pl.col("record_id").is_in(record_ids))
                .select(*INDEX_COLUMNS, "text"))
    archived = (versions.select("record_id").unique().collect()
                .with_columns(pl.lit(True).alias("_archived")))
    # the search text (the costly part) only of versions inside some hold's accounts and window
    candidates = (versions.filter(pl.any_horizontal([scope_filter(_scope(h)) for h in live]))
                  .pipe(with_search_text).collect())
    flags = []
    for hold in live:
        in_scope = (candidates.filter(hold_scope(hold)).select("record_id").unique()
                    .with_columns(pl.lit(True).alias("_in_scope")))
        flags.append(items.join(archived, on="record_id", how="left")
                     .join(in_scope, on="record_id", how="left")
                     .select(*key, (_in_force(hold, day) & (pl.col("_in_scope").fill_null(False)
                                                           | pl.col("_archived").is_null()))
                             .alias("_held")))
    return (pl.concat(flags).group_by(key, maintain_order=True)
            .agg(pl.col("_held").any().alias("is_under_active_hold")))

