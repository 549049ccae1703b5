"""Moderation records (MOD-1..6): what the removals record, how fast they came, and bans.

MOD-1..4 come from the ``removals`` Great Expectations suite (the suite results feed the
controls they cover); MOD-5 is a metric in business hours; MOD-6 judges bans.
"""

from __future__ import annotations

import statistics

import polars as pl

from recordskit.audit.context import AuditContext
from recordskit.audit.evidence import with_items
from recordskit.audit.finding import NotEvaluable, Outcome
from recordskit.audit.registry import control
from recordskit.audit.suite_fed import failing_ids
from recordskit.schema import REMOVAL_ACTIONS

SUITE = "removals"
SUMMARIES = {
    "MOD-1": "removals lack their action time, or the poster's identity and a reason it is "
             "unavailable",
    "MOD-2": "removals lack a reason code of the profile or a reason description",
    "MOD-3": "removals whose removed record is missing from the archive, has no text or "
             "fails its hash",
    "MOD-4": "removals dated before the item was posted or in the future, or by staff "
             "without access to the account at that time",
}


def actions_evidence(ctx: AuditContext, failing: pl.DataFrame) -> pl.DataFrame:
    """Evidence rows for failing action ids: the action and the item it acted on."""
    actions = ctx.frame("moderation_actions").select(
        "action_id", "record_id", "account_id", "platform",
        pl.col("target_native_id").alias("native_id"), "action", "acted_at",
        "actor_staff_id", "reason_code", "reason_text", "poster_name")
    frame = failing.join(actions, left_on="id", right_on="action_id", how="left").with_columns(
        ctx.local_text(pl.col("acted_at")).alias("acted_at_local")).drop("acted_at")
    return with_items(ctx, frame)


def _suite_control(control_id: str):
    def check(ctx: AuditContext) -> Outcome:
        failing, checked, covered = failing_ids(ctx, control_id, SUITE)
        evidence = actions_evidence(ctx, failing)
        return Outcome(evidence, checked,
                       f"{evidence.height} of {checked} {SUMMARIES[control_id]}",
                       parameters={"expectations": "; ".join(covered),
                                   "reason_codes": ctx.profile_ref(
                                       "reason_codes = " + ", ".join(sorted(ctx.profile.codes)))})

    check.__name__ = check.__qualname__ = f"check_{control_id.replace('-', '_').lower()}"
    return control(control_id)(check)


for _cid in SUMMARIES:
    _suite_control(_cid)


def removals_in_period(ctx: AuditContext) -> pl.DataFrame:
    actions = ctx.require("moderation_actions")
    return actions.filter(pl.col("action").is_in(REMOVAL_ACTIONS)
                          & ctx.in_period(pl.col("acted_at")).fill_null(False))


@control("MOD-5")
def time_to_removal(ctx: AuditContext) -> Outcome:
    target = ctx.profile.targets.removal_business_hours
    removals = removals_in_period(ctx).filter(pl.col("record_id").is_not_null())
    first = removals.sort("acted_at").group_by("record_id", maintain_order=True).first()
    content = ctx.content_by_ids(first["record_id"].to_list())
    joined = first.join(content.select("record_id", "posted_at"), on="record_id", how="inner")
    # inconsistent dates (acted before posting, in the future) are MOD-4's, not a latency
    joined = joined.filter((pl.col("acted_at") >= pl.col("posted_at"))
                           & (pl.col("acted_at") <= ctx.now))
    if not joined.height:
        raise NotEvaluable("moderation_actions", "no removal in the period with its removed "
                           "item in the archive")
    hours = ctx.clock.many_between(zip(joined["posted_at"], joined["acted_at"], strict=True))
    joined = joined.with_columns(pl.Series("business_hours", hours, pl.Float64).round(2),
                                 ((pl.col("acted_at") - pl.col("posted_at")).dt.total_minutes()
                                  / 60).round(2).alias("clock_hours"))
    over = joined.filter(pl.col("business_hours") > target)
    evidence = with_items(ctx, over.select(
        pl.col("action_id").alias("id"), "record_id", "action_id", "action",
        ctx.local_text(pl.col("acted_at")).alias("acted_at_local"), "business_hours",
        "clock_hours", "actor_staff_id",
        pl.format("removed after {} business hours (target {})", pl.col("business_hours"),
                  pl.lit(target)).alias("detail")), content).sort("posted_at_local")
    values = joined["business_hours"].to_list()
    within = sum(v <= target for v in values)
    metrics = {
        "removals": len(values), "target_business_hours": target,
        "within_target": within, "share_within_target": round(within / len(values), 4),
        "median_business_hours": round(statistics.median(values), 2),
        "p90_business_hours": round(statistics.quantiles(values, n=10)[-1], 2)
        if len(values) > 1 else values[0],
        "max_business_hours": max(values),
    }
    return Outcome(evidence, len(values),
                   f"median {metrics['median_business_hours']} business hours from comment to "
                   f"removal; {within} of {len(values)} within the target of {target}",
                   metrics=metrics,
                   parameters={"removal_business_hours": ctx.profile_ref(
                       f"targets.removal_business_hours = {target}"),
                       "business_hours": ctx.profile_ref(
                           f"business_hours {', '.join(ctx.profile.business_hours.days)} "
                           f"{ctx.profile.business_hours.opens_at:%H:%M}-"
                           f"{ctx.profile.business_hours.closes_at:%H:%M} "
                           f"{ctx.config.time_zone}, judicial holidays and closure days off")},
                   tables={"latency": joined.select("action_id", "account_id",
                                                    "business_hours", "clock_hours")})


def _blank(expr: pl.Expr) -> pl.Expr:
    return expr.is_null() | (expr.str.strip_chars() == "")


def poster_keys(ctx: AuditContext, actions: pl.DataFrame) -> pl.DataFrame:
    """action_id -> the platform and id of the person whose content it was: the action's
    poster id, else the author of the removed record, else the poster's name. Records are
    looked up only for actions that name no poster (a look-up scans the archive)."""
    anonymous = actions.filter(pl.col("poster_native_id").is_null()
                               & pl.col("record_id").is_not_null())
    authors = ctx.content_by_ids(anonymous["record_id"].to_list()).select(
        "record_id", "author_native_id")
    return (actions.join(authors, on="record_id", how="left")
            .select("action_id", "platform",
                    pl.coalesce(pl.col("poster_native_id"), pl.col("author_native_id"),
                                pl.col("poster_name")).alias("poster_key")))


@control("MOD-6")
def bans_justified(ctx: AuditContext) -> Outcome:
    actions = ctx.require("moderation_actions")
    bans = actions.filter((pl.col("action") == "ban")
                          & ctx.in_period(pl.col("acted_at")).fill_null(True))
    needs_prior = ctx.profile.bans_require_prior_removal
    removals = actions.filter(pl.col("action").is_in(REMOVAL_ACTIONS))
    keys = poster_keys(ctx, pl.concat([bans, removals]))
    removed = removals.join(keys, on=["action_id", "platform"]).select(
        "platform", "poster_key", pl.col("acted_at").alias("removed_at"))
    found = []
    for b in bans.join(keys, on=["action_id", "platform"]).iter_rows(named=True):
        problems = []
        code, text = b["reason_code"], b["reason_text"]
        if not (code or "").strip() and not (text or "").strip():
            problems.append("no reason recorded")
        elif code and code not in ctx.profile.codes:
            problems.append(f"reason code {code!r} is not a category of the profile")
        if needs_prior:
            earlier = removed.filter((pl.col("platform") == b["platform"])
                                     & (pl.col("poster_key") == b["poster_key"])
                                     & (pl.col("removed_at") < b["acted_at"]))
            if b["poster_key"] is None or not earlier.height:
                problems.append("no earlier documented removal of the person's content")
        if problems:
            found.append({"id": b["action_id"], "action_id": b["action_id"],
                          "account_id": b["account_id"], "platform": b["platform"],
                          "acted_at_local": ctx.show(b["acted_at"]),
                          "poster": b["poster_name"] or b["poster_key"],
                          "detail": "; ".join(problems)})
    evidence = with_items(ctx, pl.DataFrame(found, schema={
        "id": pl.String, "action_id": pl.String, "account_id": pl.String,
        "platform": pl.String, "acted_at_local": pl.String, "poster": pl.String,
        "detail": pl.String}).with_columns(pl.lit(None, pl.String).alias("record_id")),
        ctx.content_by_ids([]))
    rule = ("a reason and an earlier documented removal" if needs_prior else "a reason")
    return Outcome(evidence, bans.height,
                   f"{evidence.height} of {bans.height} bans in the period lack {rule}",
                   parameters={"bans_require_prior_removal": ctx.profile_ref(
                       f"bans_require_prior_removal = {str(needs_prior).lower()}")})
