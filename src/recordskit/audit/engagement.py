"""Public engagement (ENG-1): questions addressed to the city get a city reply within the
profile's business-hours target.

A comment requests a response when it asks a question (a question mark) and is addressed to
the city: it answers a city post or reply, or names a city account (@handle). The clock runs in
business hours (``business_hours.py``); an unanswered question is late once its deadline has
passed before the latest capture the archive holds (what the archive cannot have seen is not
counted against the city).
"""

from __future__ import annotations

import re

import polars as pl

from recordskit.audit.context import AuditContext
from recordskit.audit.evidence import with_items
from recordskit.audit.finding import NotEvaluable, Outcome
from recordskit.audit.registry import control

ASKING_ROLES = ("public", "unknown")


def _mentions_city(ctx: AuditContext) -> str | None:
    accounts = ctx.frame("accounts")
    handles = accounts["handle"].drop_nulls().str.strip_chars_start("@").unique().to_list()
    if not handles:
        return None
    return "(?i)@(?:" + "|".join(re.escape(h) for h in sorted(handles, key=len,
                                                             reverse=True)) + r")\b"


def questions(ctx: AuditContext, content: pl.DataFrame) -> pl.DataFrame:
    marks = "|".join(re.escape(m) for m in ctx.params["engagement"]["question_marks"])
    asked = content.filter(pl.col("author_role").is_in(ASKING_ROLES)
                           & pl.col("kind").is_in(("comment", "reply"))
                           & (pl.col("visibility") == "visible")
                           & pl.col("text").str.contains(marks).fill_null(False))
    parents = ctx.content_by_ids(asked["parent_record_id"].drop_nulls().to_list()).select(
        pl.col("record_id").alias("parent_record_id"),
        pl.col("author_role").alias("parent_role"))
    asked = asked.join(parents, on="parent_record_id", how="left")
    addressed = pl.col("parent_role") == "city"
    mention = _mentions_city(ctx)
    if mention:
        addressed = addressed | pl.col("text").str.contains(mention)
    return asked.filter(addressed.fill_null(False))


def city_replies(ctx: AuditContext, question_ids: list[str]) -> pl.DataFrame:
    """The first city reply to each question, wherever (whenever) it was posted."""
    if not question_ids:
        return pl.DataFrame(schema={"parent_record_id": pl.String,
                                    "replied_at": pl.Datetime("us", "UTC")})
    return (ctx.content_summary()
            .filter(pl.col("parent_record_id").is_in(question_ids)
                    & (pl.col("author_role") == "city"))
            .group_by("parent_record_id").agg(pl.col("posted_at").min().alias("replied_at"))
            .collect())


@control("ENG-1")
def timely_answers(ctx: AuditContext) -> Outcome:
    content = ctx.content_in_period()
    if not content.height:
        raise NotEvaluable("content", "no content posted in the period")
    target = ctx.profile.targets.reply_business_hours
    asked = questions(ctx, content)
    replies = city_replies(ctx, asked["record_id"].to_list())
    seen_until = ctx.content_summary().select(pl.col("captured_at").max()).collect().item()
    known = min(ctx.now, seen_until) if seen_until is not None else ctx.now
    found = []
    joined = asked.join(replies, left_on="record_id", right_on="parent_record_id", how="left")
    answered_in_time = 0
    for r in joined.select("record_id", "posted_at", "replied_at").iter_rows(named=True):
        due = ctx.clock.add(r["posted_at"], target)
        if r["replied_at"] is not None:
            took = ctx.clock.between(r["posted_at"], r["replied_at"])
            if took <= target:
                answered_in_time += 1
                continue
            detail = (f"answered {ctx.show(r['replied_at'])}, after {took:.1f} business hours "
                      f"(target {target:g})")
        elif due <= known:
            detail = f"no city reply; it was due {ctx.show(due)}"
        else:
            continue
        found.append({"id": r["record_id"], "record_id": r["record_id"], "detail": detail,
                      "due_at_local": ctx.show(due)})
    evidence = with_items(ctx, pl.DataFrame(found, schema={
        "id": pl.String, "record_id": pl.String, "detail": pl.String,
        "due_at_local": pl.String}), content).sort("posted_at_local")
    return Outcome(evidence, asked.height,
                   f"{evidence.height} of {asked.height} questions to the city were not "
                   f"answered within {target:g} business hours",
                   metrics={"questions": asked.height, "answered_in_time": answered_in_time},
                   parameters={"reply_business_hours": ctx.profile_ref(
                       f"targets.reply_business_hours = {target:g}")})
