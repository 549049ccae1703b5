"""The frame the ``retention`` suite validates: one row per record destroyed by a disposition,
with the record's schedule eligibility and whether a legal hold covered it when destroyed.

Period: dispositions performed in the period.
"""

from __future__ import annotations

import polars as pl

from recordskit.checks.columns import Column, Derived, canonical, conform_frame
from recordskit.checks.eligibility import eligibility
from recordskit.checks.holds import under_active_hold
from recordskit.checks.inputs import CheckInputs

ID_COLUMN = "disposition_id"
TABLES = ("dispositions",)

COLUMNS: dict[str, Column] = {
    "disposition_id": canonical("dispositions.disposition_id"),
    "record_id": canonical("dispositions.record_id"),
    "disposed_at": canonical("dispositions.disposed_at"),
    "council_resolution_ref": canonical("dispositions.council_resolution_ref"),
    "attorney_consent_ref": canonical("dispositions.attorney_consent_ref"),
    "eligible_at": Derived(
        pl.Datetime("us", "UTC"), "RET-1: when the record became eligible for disposition under "
        "its retention series (see checks/eligibility.py); null when the record is not in the "
        "archive or its series is not on the schedule"),
    "minimum_eligible_at": Derived(
        pl.Datetime("us", "UTC"), "RET-1, GC 34090: the record's posting time plus the "
        "profile's minimum_years (null when the record is not in the archive)"),
    "is_under_active_hold": Derived(
        pl.Boolean, "RET-2: a legal hold in force on the disposal day had the record in its "
        "scope (accounts, posting window, keyword query as in PRA searches; a record not in "
        "the archive counts as in scope; see checks/holds.py)"),
}


def _disposed_records(inputs: CheckInputs) -> pl.LazyFrame:
    disposed = (inputs.current("dispositions")
                .filter(inputs.in_period(pl.col("disposed_at"))))
    records = (inputs.table("content")
               .join(disposed.select("record_id").unique(), on="record_id", how="semi")
               .group_by("record_id")
               .agg(pl.col("posted_at").min(), pl.col("account_id").first()))
    accounts = inputs.current("accounts").select(
        "account_id", pl.col("retention_series").alias("_account_series"))
    return (disposed.join(records, on="record_id", how="left")
            .join(accounts, on="account_id", how="left")
            .with_columns(pl.coalesce("series_id", "_account_series",
                                      pl.lit(inputs.profile.retention.default_series))
                          .alias("series_id")))


def build(inputs: CheckInputs) -> pl.DataFrame:
    key = ["disposition_id", "record_id"]
    records = _disposed_records(inputs).collect()
    held = under_active_hold(records, inputs, key=key, at="disposed_at")
    frame = (eligibility(records.lazy(), inputs)
             .join(held.lazy(), on=key, how="left")
             .sort(key)
             .collect())
    return conform_frame(frame, COLUMNS)


def parameters(inputs: CheckInputs) -> dict[str, object]:
    return {}
