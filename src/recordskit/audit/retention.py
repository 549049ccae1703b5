"""Retention and integrity (RET-1..6).

RET-1..3 come from the ``retention`` Great Expectations suite; RET-4 counts records past
retention and not under hold (the suite's own eligibility and hold rules, ``checks/``);
RET-5 is ``Archive.verify``; RET-6 looks for days without captures.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from recordskit.audit.accounts import active_in_period
from recordskit.audit.context import AuditContext
from recordskit.audit.evidence import rows, with_items
from recordskit.audit.finding import NotEvaluable, Outcome
from recordskit.audit.registry import control
from recordskit.audit.suite_fed import failing_ids

SUITE = "retention"
SUMMARIES = {
    "RET-1": "dispositions destroyed a record before its schedule eligibility or the GC 34090 "
             "two-year floor",
    "RET-2": "dispositions destroyed a record in the scope of an active legal hold",
    "RET-3": "dispositions lack a council resolution or the city attorney's consent",
}


def _suite_control(control_id: str):
    def check(ctx: AuditContext) -> Outcome:
        failing, checked, covered = failing_ids(ctx, control_id, SUITE)
        disposed = ctx.frame("dispositions").select(
            "disposition_id", "record_id", "series_id",
            ctx.local_text(pl.col("disposed_at")).alias("disposed_at_local"),
            "council_resolution_ref", "attorney_consent_ref")
        frame = failing.join(disposed, left_on="id", right_on="disposition_id", how="left")
        evidence = with_items(ctx, frame)
        return Outcome(evidence, checked,
                       f"{evidence['id'].n_unique()} of {checked} {SUMMARIES[control_id]}",
                       parameters={"expectations": "; ".join(covered),
                                   "minimum_years": ctx.profile_ref(
                                       f"retention.minimum_years = "
                                       f"{ctx.profile.retention.minimum_years}")})

    check.__name__ = check.__qualname__ = f"check_{control_id.replace('-', '_').lower()}"
    return control(control_id)(check)


for _cid in SUMMARIES:
    _suite_control(_cid)


@control("RET-4")
def past_retention(ctx: AuditContext) -> Outcome:
    from recordskit.checks.eligibility import eligibility
    from recordskit.checks.holds import under_active_hold

    minimum = ctx.profile.retention.minimum_years
    floor = ctx.ends_at.replace(year=ctx.ends_at.year - minimum)
    content = ctx.content_summary()
    if content.head(1).collect().height == 0:
        raise NotEvaluable("content")
    accounts = ctx.frame("accounts").select("account_id",
                                            pl.col("retention_series").alias("_series"))
    disposed = ctx.frame("dispositions").select("record_id").unique()
    # nothing younger than the GC 34090 floor can be eligible: read only older records
    records = (content.filter(pl.col("posted_at") < floor)
               .group_by("record_id").agg(pl.col("posted_at").min(),
                                          pl.col("account_id").first())
               .join(disposed.lazy(), on="record_id", how="anti")
               .join(accounts.lazy(), on="account_id", how="left")
               .with_columns(pl.coalesce("_series", pl.lit(
                   ctx.profile.retention.default_series)).alias("series_id"))
               .drop("_series"))
    eligible = (eligibility(records, ctx.inputs)
                .filter((pl.col("eligible_at") <= ctx.as_of)
                        & (pl.col("minimum_eligible_at") <= ctx.as_of))
                .with_columns(pl.lit(ctx.as_of).alias("as_of"))
                .collect())
    if eligible.height:
        held = under_active_hold(eligible, ctx.inputs, key=["record_id"], at="as_of")
        eligible = eligible.join(held, on="record_id", how="left").filter(
            ~pl.col("is_under_active_hold").fill_null(False))
    by_account = (eligible.group_by("account_id", "series_id").agg(pl.len().alias("records"))
                  .sort("account_id"))
    evidence = with_items(ctx, eligible.sort("posted_at").head(
        int(ctx.params["evidence"]["row_limit"])).select(
        pl.col("record_id").alias("id"), "record_id", "series_id",
        pl.format("eligible for disposition since {}", ctx.local_text(pl.col("eligible_at")))
        .alias("detail")))
    return Outcome(evidence, eligible.height,
                   f"{eligible.height} records are past retention, not disposed and under no "
                   f"active hold as of {ctx.show(ctx.as_of)}",
                   metrics={"eligible_not_held": eligible.height},
                   tables={"records past retention by account": by_account})


@control("RET-5")
def integrity(ctx: AuditContext) -> Outcome:
    report = ctx.archive.verify()
    if not report.rows_checked.get("content"):
        raise NotEvaluable("content", "the archive holds no content to verify")
    found = []
    for m in report.mismatches:
        record = m.key.get("record_id") if isinstance(m.key, dict) else None
        found.append({"id": str(record or ", ".join(f"{k}={v}" for k, v in m.key.items())),
                      "record_id": record, "table": m.table,
                      "ingest_seq": m.ingest_seq, "detail": m.what})
    evidence = with_items(ctx, pl.DataFrame(found, schema={
        "id": pl.String, "record_id": pl.String, "table": pl.String,
        "ingest_seq": pl.Int64, "detail": pl.String}))
    checked = sum(report.rows_checked.values())
    return Outcome(evidence, checked,
                   f"{len(report.mismatches)} mismatch(es) over {checked} rows and "
                   f"{report.archive_version + 1} chain entries",
                   metrics={"archive_version": report.archive_version,
                            "rows_checked": report.rows_checked})


@control("RET-6")
def capture_complete(ctx: AuditContext) -> Outcome:
    accounts = active_in_period(ctx)
    min_days = int(ctx.params["capture"]["gap_days_min"])
    max_chance = float(ctx.params["capture"]["gap_probability_max"])
    last_day = min(ctx.period.last_day, ctx.as_of.astimezone(ctx.tz).date()
                   - dt.timedelta(days=0 if ctx.as_of == ctx.ends_at else 1))
    days = (ctx.content_summary()
            .filter(ctx.in_period(pl.col("captured_at")))
            .select("account_id", ctx.local_day(pl.col("captured_at")).alias("day"))
            .unique().collect())
    if not days.height:
        raise NotEvaluable("content", "no captures in the period")
    by_account = {a: set(d) for a, d in
                  days.group_by("account_id").agg(pl.col("day")).iter_rows()}
    found = []
    for a in accounts.sort("account_id").iter_rows(named=True):
        first = max(ctx.period.first_day, a["activated_on"] or ctx.period.first_day)
        last = min(last_day, a["retired_on"] or last_day)
        captured = by_account.get(a["account_id"], set())
        span = (last - first).days + 1
        for start, length in _empty_runs(captured, first, last):
            others = span - length
            share = (len(captured) / others) if others > 0 else 0.0
            # an active account with no capture at all in the period is always listed
            chance = (1 - min(share, 1.0)) ** length if captured else 0.0
            if length >= min_days and chance <= max_chance:
                end = start + dt.timedelta(days=length - 1)
                found.append({"id": a["account_id"], "account_id": a["account_id"],
                              "platform": a["platform"], "gap_starts_on": start,
                              "gap_ends_on": end, "chance": chance,
                              "detail": f"no captures for {length} days, {start} through "
                                        f"{end}; the account had captures on {share:.0%} of "
                                        "its other days"})
    evidence = rows(pl.DataFrame(found, schema={
        "id": pl.String, "account_id": pl.String, "platform": pl.String,
        "gap_starts_on": pl.Date, "gap_ends_on": pl.Date, "chance": pl.Float64,
        "detail": pl.String}))
    return Outcome(evidence, accounts.height,
                   f"{evidence['id'].n_unique()} of {accounts.height} active accounts have "
                   f"{min_days}+ days without captures in the period (platform totals are "
                   "not in the archive, so counts cannot be compared with them)",
                   parameters={"gap_days_min": f"parameters.yaml capture.gap_days_min = "
                                               f"{min_days}",
                               "gap_probability_max": "parameters.yaml capture."
                                                      f"gap_probability_max = {max_chance}"})


def _empty_runs(captured: set[dt.date], first: dt.date, last: dt.date
                ) -> list[tuple[dt.date, int]]:
    """(first day, length) of every run of days in [first, last] without a capture."""
    runs, start, day = [], None, first
    while day <= last:
        if day not in captured:
            start = start or day
        elif start is not None:
            runs.append((start, (day - start).days))
            start = None
        day += dt.timedelta(days=1)
    if start is not None:
        runs.append((start, (last - start).days + 1))
    return runs
