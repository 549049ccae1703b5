"""The frame the ``removals`` suite validates: one row per removal (hide, delete), joined with
the record it removed, and the actor's access at the time.

Period: removals acted in the period. A removal with no action time, or one later than the run
(an impossible time: MOD-4 flags it), is placed by the posting time of the record it removed, and
kept in every period when neither is known (it must be reported somewhere: MOD-1 flags it).
"""

from __future__ import annotations

import polars as pl

from recordskit.checks.access import had_access
from recordskit.checks.columns import Column, Derived, canonical, conform_frame, non_blank
from recordskit.checks.inputs import CheckInputs
from recordskit.checks.removed_records import removed_record_facts
from recordskit.schema import REMOVAL_ACTIONS

ID_COLUMN = "action_id"
TABLES = ("moderation_actions",)
"""Input tables without which the suite is not evaluable."""

COLUMNS: dict[str, Column] = {
    "action_id": canonical("moderation_actions.action_id"),
    "action": canonical("moderation_actions.action"),
    "acted_at": canonical("moderation_actions.acted_at"),
    "actor_staff_id": canonical("moderation_actions.actor_staff_id"),
    "reason_code": canonical("moderation_actions.reason_code"),
    "reason_text": canonical("moderation_actions.reason_text"),
    "posted_at": canonical("content.posted_at"),
    "has_poster_or_reason": Derived(
        pl.Boolean, "MOD-1: the poster's platform id or name is recorded, or else a reason "
        "the poster's identity is unavailable (blank text counts as absent)"),
    "is_record_archived": Derived(
        pl.Boolean, "MOD-3: the removed record id has at least one version in content"),
    "has_archived_text": Derived(
        pl.Boolean, "MOD-3: some archived version of the removed record holds non-blank text "
        "(null when the record is not archived: is_record_archived reports that)"),
    "is_hash_verified": Derived(
        pl.Boolean, "MOD-3: every archived version's content_sha256 equals the SHA-256 of its "
        "version fields recomputed at validation (null when the record is not archived)"),
    "actor_had_access": Derived(
        pl.Boolean, "MOD-4: actor_staff_id held a grant on the action's account in force at "
        "acted_at, and had not separated (null when acted_at is missing: MOD-1 reports that)"),
}


def build(inputs: CheckInputs) -> pl.DataFrame:
    actions = (inputs.current("moderation_actions")
               .filter(pl.col("action").is_in(REMOVAL_ACTIONS))
               .collect().lazy())  # read and deduplicated once, used three times
    facts = removed_record_facts(inputs, actions.filter(pl.col("record_id").is_not_null()))
    access = had_access(actions, inputs, key="action_id", account="account_id",
                        staff="actor_staff_id", at="acted_at")
    frame = (actions
             .join(facts.lazy(), on="record_id", how="left")
             .join(access, on="action_id", how="left")
             .filter(inputs.in_period(
                 pl.when(pl.col("acted_at") <= inputs.now).then(pl.col("acted_at"))
                 .otherwise(pl.col("posted_at"))).fill_null(True))
             .with_columns(
                 (non_blank("poster_native_id") | non_blank("poster_name")
                  | non_blank("poster_unavailable_reason")).alias("has_poster_or_reason"),
                 pl.col("posted_at").is_not_null().alias("is_record_archived"),
                 pl.col("had_access").alias("actor_had_access"))
             .sort("action_id")
             .collect())
    return conform_frame(frame, COLUMNS)


def parameters(inputs: CheckInputs) -> dict[str, object]:
    """MOD-2's categories come from the profile in force; MOD-4's "not in the future" is the
    run's instant."""
    return {"reason_codes": sorted(inputs.profile.codes), "now": inputs.now}
