"""The frame the ``registers`` suite validates: one row per account, from the accounts register
and from every account seen in content, with the first archived post and the administrators
whose access is in force.

Registers are judged as they stand at the end of the period (or now); the first archived post is
taken over the whole archive, since registration must precede it whenever it was.
"""

from __future__ import annotations

import polars as pl

from recordskit.checks.access import active_administrators
from recordskit.checks.columns import Column, Derived, canonical, conform_frame
from recordskit.checks.inputs import CheckInputs

ID_COLUMN = "account_id"
TABLES = ("accounts",)

COLUMNS: dict[str, Column] = {
    "account_id": canonical("accounts.account_id"),
    "department": canonical("accounts.department"),
    "site_administrator_staff_id": canonical("accounts.site_administrator_staff_id"),
    "department_director": canonical("accounts.department_director"),
    "registration_approved_on": canonical("accounts.registration_approved_on"),
    "activated_on": canonical("accounts.activated_on"),
    "is_registered": Derived(
        pl.Boolean, "ACC-2: the account id is in the accounts register (false for an account "
        "seen only in content)"),
    "first_posted_on": Derived(
        pl.Date, "ACC-1: the city's calendar day of the account's earliest archived item "
        "(null when nothing is archived)"),
    "is_active": Derived(
        pl.Boolean, "ACC-4: registered, activated on or before the day judged, and not retired "
        "on or before it"),
    "active_administrator_count": Derived(
        pl.Int64, "ACC-4: staff holding an administrator grant in force at the instant judged, "
        "not separated (see checks/access.py)"),
}


def build(inputs: CheckInputs) -> pl.DataFrame:
    day = inputs.as_of_day
    register = inputs.current("accounts").with_columns(pl.lit(True).alias("is_registered"))
    first = (inputs.table("content").group_by("account_id")
             .agg(inputs.local_day(pl.col("posted_at").min()).alias("first_posted_on")))
    frame = (register.join(first, on="account_id", how="full", coalesce=True)
             .join(active_administrators(inputs, inputs.as_of), on="account_id", how="left")
             .with_columns(
                 pl.col("is_registered").fill_null(False),
                 pl.col("active_administrator_count").fill_null(0),
                 (pl.col("is_registered").fill_null(False)
                  & (pl.col("activated_on") <= day).fill_null(False)
                  & (pl.col("retired_on").is_null() | (pl.col("retired_on") > day)))
                 .alias("is_active"))
             .sort("account_id")
             .collect())
    return conform_frame(frame, COLUMNS)


def parameters(inputs: CheckInputs) -> dict[str, object]:
    return {}
