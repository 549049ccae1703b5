"""Removal patterns a person should look at (MOD-7): a city page is a limited public forum, so
removals must be viewpoint-neutral and consistent.

Reported: removals by reason, account and moderator (tables and charts); authors removed again
and again in the period; off-topic removals whose text resembles the post they answered
(rapidfuzz ``token_set_ratio`` of their content words), which may be on-topic criticism.
"""

from __future__ import annotations

import re
from functools import cache

import polars as pl

from recordskit.audit.context import AuditContext
from recordskit.audit.evidence import with_items
from recordskit.audit.finding import NotEvaluable, Outcome
from recordskit.audit.moderation import poster_keys, removals_in_period
from recordskit.audit.registry import control

_URL = re.compile(r"(?i)https?://\S+|www\.\S+")
_WORD = re.compile(r"[^\W_]+")
STOP_WORDS = (
    "a an and are as at be been but by for from has have i in is it its me more my no not of "
    "on or our so than that the their them there these they this those to us was we were will "
    "with you your again still just also about after before here what when which who why how "
    "all any can could would should do does did"
)
"""A short English list is enough to keep "the" and "on" from making two texts look alike."""


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(STOP_WORDS.split())


def content_words(text: str | None) -> str:
    stop = _stop_words()
    words = _WORD.findall(_URL.sub(" ", (text or "").casefold()))
    return " ".join(w for w in words if w not in stop)


def similarity(a: str | None, b: str | None) -> float:
    from rapidfuzz import fuzz

    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return float(fuzz.token_set_ratio(wa, wb))


def _counts(frame: pl.DataFrame, column: str, label: str) -> pl.DataFrame:
    return (frame.group_by(pl.col(column).fill_null("(none)").alias(label))
            .agg(pl.len().alias("removals")).sort(["removals", label], descending=[True, False]))


@control("MOD-7")
def removal_patterns(ctx: AuditContext) -> Outcome:
    removals = removals_in_period(ctx)
    if not removals.height:
        raise NotEvaluable("moderation_actions", "no removals in the period")
    p = ctx.params["moderation"]
    keys = poster_keys(ctx, removals)
    removals = removals.join(keys, on=["action_id", "platform"], how="left")
    staff = ctx.frame("staff").select("staff_id", pl.col("name").alias("moderator_name"))
    with_names = removals.join(staff, left_on="actor_staff_id", right_on="staff_id",
                               how="left").with_columns(
        pl.coalesce(pl.format("{} ({})", "moderator_name", "actor_staff_id"),
                    "actor_staff_id").alias("moderator"))
    tables = {
        "removals by reason": _counts(removals, "reason_code", "reason_code"),
        "removals by account": _counts(removals, "account_id", "account_id"),
        "removals by moderator": _counts(with_names, "moderator", "moderator"),
    }

    rows = []
    repeat_min = int(p["repeat_removals_min"])
    repeated = (removals.filter(pl.col("poster_key").is_not_null())
                .group_by("platform", "poster_key").agg(pl.len().alias("n"))
                .filter(pl.col("n") >= repeat_min))
    for r in removals.join(repeated, on=["platform", "poster_key"]).sort(
            "acted_at").iter_rows(named=True):
        rows.append({"id": r["action_id"], "record_id": r["record_id"],
                     "pattern": "author removed repeatedly",
                     "detail": f"{r['poster_name'] or r['poster_key']}: {r['n']} removals in "
                               f"the period; this one as {r['reason_code']}",
                     "reason_code": r["reason_code"], "similarity": None})
    off_codes = set(p["off_topic_codes"]) & ctx.profile.codes
    off = removals.filter(pl.col("reason_code").is_in(list(off_codes))
                          & pl.col("record_id").is_not_null())
    removed = ctx.content_by_ids(off["record_id"].to_list()).select(
        "record_id", "text", "parent_record_id")
    parents = ctx.content_by_ids(removed["parent_record_id"].drop_nulls().to_list()).select(
        pl.col("record_id").alias("parent_record_id"), pl.col("text").alias("parent_text"))
    pairs = off.join(removed, on="record_id").join(parents, on="parent_record_id")
    threshold = float(p["off_topic_similarity_min"])
    for r in pairs.iter_rows(named=True):
        score = similarity(r["text"], r["parent_text"])
        if score >= threshold:
            rows.append({"id": r["action_id"], "record_id": r["record_id"],
                         "pattern": "off-topic removal resembling its parent post",
                         "detail": f"removed as {r['reason_code']}, but its words match the "
                                   f"post it answered (similarity {score:.0f} >= "
                                   f"{threshold:.0f})",
                         "reason_code": r["reason_code"], "similarity": round(score, 1)})
    frame = pl.DataFrame(rows, schema={"id": pl.String, "record_id": pl.String,
                                       "pattern": pl.String, "detail": pl.String,
                                       "reason_code": pl.String, "similarity": pl.Float64})
    evidence = with_items(ctx, frame).sort("posted_at_local")
    authors = repeated.height
    return Outcome(
        evidence, removals.height,
        f"{removals.height} removals in the period; {authors} author(s) removed "
        f"{repeat_min}+ times; {frame.filter(pl.col('similarity').is_not_null()).height} "
        "off-topic removal(s) resemble their parent post",
        metrics={"removals": removals.height, "repeatedly_removed_authors": authors,
                 "by_reason": dict(tables["removals by reason"].iter_rows())},
        parameters={k: f"parameters.yaml moderation.{k} = {p[k]}" for k in
                    ("repeat_removals_min", "off_topic_codes", "off_topic_similarity_min")},
        tables=tables)
