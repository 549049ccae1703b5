"""Accounts and access (ACC-1..4): registration, the register, separations, administrators."""

from __future__ import annotations

import datetime as dt

import polars as pl

from recordskit.audit.context import AuditContext
from recordskit.audit.evidence import rows
from recordskit.audit.finding import Outcome
from recordskit.audit.registry import control
from recordskit.periods import day_starts_at

CITY_POST_KINDS = ("post", "video")


def _midnight_after(ctx: AuditContext, day: dt.date) -> dt.datetime:
    """The first instant after the city's calendar day ``day`` (UTC)."""
    return day_starts_at(day + dt.timedelta(days=1), ctx.tz)


def registered_up_to_period_end(ctx: AuditContext) -> pl.DataFrame:
    accounts = ctx.require("accounts")
    return accounts.filter(pl.col("activated_on").is_null()
                           | (pl.col("activated_on") <= ctx.period.last_day))


def active_in_period(ctx: AuditContext) -> pl.DataFrame:
    """Register rows of accounts live at some time in the period."""
    return registered_up_to_period_end(ctx).filter(
        pl.col("retired_on").is_null() | (pl.col("retired_on") >= ctx.period.first_day))


@control("ACC-1")
def registration_approved(ctx: AuditContext) -> Outcome:
    accounts = registered_up_to_period_end(ctx)
    first_posts = (ctx.content_summary()
                   .filter(pl.col("kind").is_in(CITY_POST_KINDS)
                           & (pl.col("posted_at") < ctx.ends_at))
                   .sort("posted_at")
                   .group_by("account_id")
                   .agg(pl.col("posted_at").first().alias("first_posted_at"),
                        pl.col("record_id").first().alias("record_id"),
                        pl.col("platform").first().alias("first_platform"))
                   .collect())
    joined = accounts.join(first_posts, on="account_id", how="left").with_columns(
        ctx.local_day(pl.col("first_posted_at")).alias("first_post_on"))
    found = []
    for r in joined.iter_rows(named=True):
        approved, activated, first = (r["registration_approved_on"], r["activated_on"],
                                      r["first_post_on"])
        problems = []
        if approved is None:
            problems.append("no registration approval recorded")
        else:
            if activated is not None and approved > activated:
                problems.append(f"approved {approved}, after activation on {activated}")
            if first is not None and approved > first:
                problems.append(f"first archived post {first}, before the approval ({approved})")
        if problems:
            found.append({
                "id": r["account_id"], "account_id": r["account_id"],
                "platform": r["platform"],
                "record_id": r["record_id"] if first is not None and approved is not None
                and approved > first else None,
                "detail": "; ".join(problems),
                "registration_approved_on": approved, "activated_on": activated,
                "first_post_on": first,
            })
    evidence = rows(pl.DataFrame(found, schema={
        "id": pl.String, "account_id": pl.String, "platform": pl.String, "record_id": pl.String,
        "detail": pl.String, "registration_approved_on": pl.Date, "activated_on": pl.Date,
        "first_post_on": pl.Date}))
    return Outcome(evidence, accounts.height,
                   f"{evidence.height} of {accounts.height} registered accounts lack an approval "
                   "on or before activation and their first archived post")


def _handle_key(expr: pl.Expr) -> pl.Expr:
    return expr.str.strip_chars().str.strip_chars_start("@").str.to_lowercase()


@control("ACC-2")
def register_complete(ctx: AuditContext) -> Outcome:
    register = registered_up_to_period_end(ctx)
    known = set(register["account_id"].str.to_lowercase().to_list()) | set(
        register.select(_handle_key(pl.col("handle"))).to_series().drop_nulls().to_list())
    seen = (ctx.content_summary()
            .filter(pl.col("posted_at") < ctx.ends_at)
            .group_by("account_id", "platform")
            .agg(pl.len().alias("items"), pl.col("posted_at").min().alias("first_posted_at"))
            .collect())
    unknown = seen.filter(~pl.col("account_id").str.to_lowercase().is_in(list(known)))
    found = [{
        "id": r["account_id"], "account_id": r["account_id"], "platform": r["platform"],
        "detail": f"{r['items']} archived item(s) from {ctx.show(r['first_posted_at'])} on; the "
                  "account is not in the accounts register",
    } for r in unknown.sort("account_id").iter_rows(named=True)]
    required = {"department": "department", "site_administrator_staff_id": "site administrator",
                "department_director": "department director"}
    for r in register.sort("account_id").iter_rows(named=True):
        lacking = [label for col, label in required.items()
                   if r[col] is None or not str(r[col]).strip()]
        if lacking:
            found.append({"id": r["account_id"], "account_id": r["account_id"],
                          "platform": r["platform"],
                          "detail": f"register row has no {', no '.join(lacking)}"})
    evidence = rows(pl.DataFrame(found, schema={"id": pl.String, "account_id": pl.String,
                                                "platform": pl.String, "detail": pl.String}))
    return Outcome(evidence, register.height + unknown.height,
                   f"{unknown.height} account(s) seen in content are not in the register; "
                   f"{evidence.height - unknown.height} register row(s) lack a required field")


@control("ACC-3")
def access_removed_at_separation(ctx: AuditContext) -> Outcome:
    staff = ctx.require("staff")
    access = ctx.require("account_access")
    grace = ctx.profile.targets.access_revocation_grace_days
    separated = staff.filter(pl.col("separated_on").is_not_null()
                             & (pl.col("separated_on") <= ctx.period.last_day))
    actions = ctx.frame("moderation_actions")
    found = []
    for s in separated.sort("staff_id").iter_rows(named=True):
        gone_at = _midnight_after(ctx, s["separated_on"])
        deadline = _midnight_after(ctx, s["separated_on"] + dt.timedelta(days=grace))
        grants = access.filter((pl.col("staff_id") == s["staff_id"])
                               & (pl.col("granted_at") < gone_at))
        base = {"id": s["staff_id"], "staff_name": s["name"], "separated_on": s["separated_on"]}
        for g in grants.sort("account_id", "granted_at").iter_rows(named=True):
            revoked = g["revoked_at"]
            if revoked is None and deadline <= ctx.as_of:
                detail = f"{g['role']} access to {g['account_id']} never revoked"
            elif revoked is not None and revoked >= deadline:
                days = (revoked.astimezone(ctx.tz).date() - s["separated_on"]).days
                detail = (f"{g['role']} access to {g['account_id']} revoked "
                          f"{ctx.show(revoked)}, {days} days after separation")
            else:
                continue
            found.append({**base, "account_id": g["account_id"],
                          "detail": f"{detail} (grace period {grace} days)"})
        late = actions.filter((pl.col("actor_staff_id") == s["staff_id"])
                              & (pl.col("acted_at") >= gone_at))
        for a in late.sort("acted_at").iter_rows(named=True):
            found.append({**base, "account_id": a["account_id"], "platform": a["platform"],
                          "record_id": a["record_id"], "action_id": a["action_id"],
                          "detail": f"{a['action']} action {a['action_id']} dated "
                                    f"{ctx.show(a['acted_at'])}, after separation"})
    evidence = rows(pl.DataFrame(found, schema={
        "id": pl.String, "account_id": pl.String, "platform": pl.String,
        "record_id": pl.String, "detail": pl.String, "staff_name": pl.String,
        "separated_on": pl.Date, "action_id": pl.String}))
    flagged = evidence["id"].n_unique()
    return Outcome(evidence, separated.height,
                   f"{flagged} of {separated.height} separated staff kept access past the grace "
                   "period or acted after separation",
                   parameters={"access_revocation_grace_days": ctx.profile_ref(
                       f"targets.access_revocation_grace_days = {grace}")})


def _gaps(spans: list[tuple[dt.datetime, dt.datetime]], start: dt.datetime, end: dt.datetime
          ) -> list[tuple[dt.datetime, dt.datetime]]:
    """Parts of [start, end) that no span covers."""
    gaps, cursor = [], start
    for lo, hi in sorted(spans):
        if hi <= cursor:
            continue
        if lo > cursor:
            gaps.append((cursor, min(lo, end)))
        cursor = max(cursor, hi)
        if cursor >= end:
            break
    if cursor < end:
        gaps.append((cursor, end))
    return [(a, b) for a, b in gaps if b > a]


@control("ACC-4")
def administrators_known(ctx: AuditContext) -> Outcome:
    accounts = active_in_period(ctx)
    access = ctx.require("account_access")
    staff = ctx.frame("staff")
    gone = {r["staff_id"]: _midnight_after(ctx, r["separated_on"])
            for r in staff.filter(pl.col("separated_on").is_not_null()).iter_rows(named=True)}
    admins = access.filter(pl.col("role") == "administrator")
    never = dt.datetime.max.replace(tzinfo=dt.UTC)
    found = []
    for a in accounts.sort("account_id").iter_rows(named=True):
        start = ctx.starts_at
        if a["activated_on"] is not None:
            start = max(start, _midnight_after(ctx, a["activated_on"]))
        end = ctx.as_of
        if a["retired_on"] is not None:
            end = min(end, _midnight_after(ctx, a["retired_on"]))
        if end <= start:
            continue
        spans = []
        for g in admins.filter(pl.col("account_id") == a["account_id"]).iter_rows(named=True):
            hi = min(g["revoked_at"] or never, gone.get(g["staff_id"], never))
            spans.append((g["granted_at"], hi))
        for lo, hi in _gaps(spans, start, end):
            found.append({"id": a["account_id"], "account_id": a["account_id"],
                          "platform": a["platform"],
                          "detail": f"no active administrator from {ctx.show(lo)} to "
                                    f"{ctx.show(hi)}" + ("" if spans else
                                                          " (none was ever granted)"),
                          "gap_starts_at": lo, "gap_ends_at": hi})
    evidence = rows(pl.DataFrame(found, schema={
        "id": pl.String, "account_id": pl.String, "platform": pl.String, "detail": pl.String,
        "gap_starts_at": pl.Datetime("us", "UTC"), "gap_ends_at": pl.Datetime("us", "UTC")}))
    return Outcome(evidence, accounts.height,
                   f"{evidence['id'].n_unique()} of {accounts.height} active accounts were "
                   "without an active administrator at some time in the period")
