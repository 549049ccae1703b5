"""When a record becomes eligible for disposition under the retention schedule (RET-1).

- The series applied is the disposition's own, else the account's ``retention_series``, else
  the profile's default series. A series the adopted schedule does not list takes the profile's
  retention defaults only when it is the profile's default series; otherwise its eligibility is
  unknown (null), and a disposition under it cannot be shown to be timely.
- ``years_after_creation``: eligible N years after the record was posted (same local time).
- ``calendar_years_after_creation`` ("CU+N"): eligible from local midnight on January 1 after the
  N-th full calendar year following the year it was posted.
- The GC 34090 floor (``minimum_eligible_at``) is the profile's ``minimum_years`` after posting,
  whatever the schedule says.
"""

from __future__ import annotations

import polars as pl

from recordskit.checks.inputs import CheckInputs
from recordskit.schema import RETENTION_BASES, UTC_TIMESTAMP

YEARS_AFTER, CALENDAR_YEARS_AFTER = RETENTION_BASES


def schedule(inputs: CheckInputs) -> pl.LazyFrame:
    """The adopted schedule, plus the profile's default series when the schedule lacks it."""
    adopted = inputs.current("retention_schedule").select(
        "series_id", "retention_years", "retention_basis")
    r = inputs.profile.retention
    default = pl.LazyFrame({"series_id": [r.default_series], "retention_years": [r.retention_years],
                            "retention_basis": [r.retention_basis]},
                           schema={"series_id": pl.String, "retention_years": pl.Int64,
                                   "retention_basis": pl.String})
    return pl.concat([adopted, default.join(adopted, on="series_id", how="anti")])


def _years_later(posted_at: pl.Expr, years: pl.Expr, inputs: CheckInputs) -> pl.Expr:
    local = posted_at.dt.convert_time_zone(str(inputs.tz))
    return local.dt.offset_by(pl.format("{}y", years)).dt.convert_time_zone("UTC")


def _calendar_years_later(posted_at: pl.Expr, years: pl.Expr, inputs: CheckInputs) -> pl.Expr:
    year = posted_at.dt.convert_time_zone(str(inputs.tz)).dt.year() + years + 1
    return (pl.datetime(year, 1, 1, time_zone=str(inputs.tz))
            .dt.convert_time_zone("UTC").cast(UTC_TIMESTAMP))


def eligibility(records: pl.LazyFrame, inputs: CheckInputs) -> pl.LazyFrame:
    """``records`` (``posted_at``, ``series_id``) with ``eligible_at`` and
    ``minimum_eligible_at`` added."""
    years, basis = pl.col("retention_years"), pl.col("retention_basis")
    floor = pl.lit(inputs.profile.retention.minimum_years, dtype=pl.Int64)
    return (records.join(schedule(inputs), on="series_id", how="left")
            .with_columns(
                pl.when(basis == YEARS_AFTER)
                .then(_years_later(pl.col("posted_at"), years, inputs))
                .when(basis == CALENDAR_YEARS_AFTER)
                .then(_calendar_years_later(pl.col("posted_at"), years, inputs))
                .otherwise(None).cast(UTC_TIMESTAMP).alias("eligible_at"),
                _years_later(pl.col("posted_at"), floor, inputs).cast(UTC_TIMESTAMP)
                .alias("minimum_eligible_at"))
            .drop("retention_years", "retention_basis"))
