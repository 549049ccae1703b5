"""Who could act on which account, and when: the access register joined with staff separations.

A grant counts from ``granted_at`` (inclusive) until ``revoked_at`` (exclusive), and only while
the holder is employed: through ``separated_on`` (their last day, in the city's calendar). A
separation ends access even when nobody revoked the grant (ACC-3 reports that omission; here it
only means the person could no longer act for the city).
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from recordskit.checks.inputs import CheckInputs
from recordskit.schema import ACCESS_ROLES

ADMINISTRATOR = "administrator"
assert ADMINISTRATOR in ACCESS_ROLES, "the schema renamed the administrator role"


def grants(inputs: CheckInputs) -> pl.LazyFrame:
    """Every current access grant with its holder's separation day."""
    staff = inputs.current("staff").select("staff_id", "separated_on")
    return (inputs.current("account_access")
            .select("account_id", "staff_id", "role", "granted_at", "revoked_at")
            .join(staff, on="staff_id", how="left"))


def grant_in_force(at: pl.Expr, inputs: CheckInputs) -> pl.Expr:
    """True where the grant (columns of ``grants``) was in force at instant ``at``."""
    return ((pl.col("granted_at") <= at)
            & (pl.col("revoked_at").is_null() | (at < pl.col("revoked_at")))
            & (pl.col("separated_on").is_null()
               | (inputs.local_day(at) <= pl.col("separated_on"))))


def had_access(events: pl.LazyFrame, inputs: CheckInputs, *, key: str, account: str,
               staff: str, at: str) -> pl.LazyFrame:
    """``key`` and ``had_access`` for each event: whether staff member ``staff`` held any grant on
    ``account`` in force at ``at``. Null where the event has no time (it cannot be placed);
    false where it names no staff member or one with no grant then."""
    matched = (events.select(key, account, staff, at)
               .join(grants(inputs), left_on=[account, staff],
                     right_on=["account_id", "staff_id"], how="inner")
               .filter(grant_in_force(pl.col(at), inputs))
               .select(key).unique().with_columns(pl.lit(True).alias("_granted")))
    return (events.select(key, at).join(matched, on=key, how="left")
            .select(key, pl.when(pl.col(at).is_null()).then(None)
                    .otherwise(pl.col("_granted").fill_null(False)).alias("had_access")))


def active_administrators(inputs: CheckInputs, at: dt.datetime) -> pl.LazyFrame:
    """``account_id`` and ``active_administrator_count``: administrators whose grant is in force
    at ``at`` (accounts with none are absent)."""
    return (grants(inputs).filter((pl.col("role") == ADMINISTRATOR)
                                  & grant_in_force(pl.lit(at, dtype=pl.Datetime("us", "UTC")),
                                                   inputs))
            .group_by("account_id")
            .agg(pl.col("staff_id").n_unique().cast(pl.Int64).alias("active_administrator_count")))
