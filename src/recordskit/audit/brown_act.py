"""Brown Act (BRN-1..3): members who do not identify themselves, majorities on a thread or a
topic, and members responding to each other.

Members are found through the roster: an item's platform and author handle match one of the
member's handles, and the member was serving on the item's (city) day. A majority is more than
half the body's seats (3 of 5, 4 of 7; Gov. Code §54952.2). Comments, replies and reactions
all count as taking part (§54952.2(b)(3): reaction icons are responses).
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from recordskit.audit.context import AuditContext
from recordskit.audit.evidence import with_items
from recordskit.audit.finding import NotEvaluable, Outcome
from recordskit.audit.patterns import similarity
from recordskit.audit.registry import control

PARTICIPATION = ("comment", "reply", "reaction")


def majority(seats: int) -> int:
    """The smallest number of members that is more than half the seats."""
    return seats // 2 + 1


def _handle_key(expr: pl.Expr) -> pl.Expr:
    return expr.str.strip_chars().str.strip_chars_start("@").str.to_lowercase()


def roster_handles(ctx: AuditContext) -> pl.DataFrame:
    roster = ctx.require("roster")
    return (roster.explode("handles").filter(pl.col("handles").is_not_null())
            .with_columns(pl.col("handles").str.split_exact(":", 1)
                          .struct.rename_fields(["platform", "handle"]).alias("_h"))
            .unnest("_h")
            .with_columns(_handle_key(pl.col("handle")).alias("handle_key"))
            .select("platform", "handle_key", "body", "member_id", "member_name", "title",
                    "body_seats", "term_starts_on", "term_ends_on"))


def member_items(ctx: AuditContext, content: pl.DataFrame) -> pl.DataFrame:
    """Items by serving members: the item's columns plus the member's."""
    handles = roster_handles(ctx)
    day = ctx.local_day(pl.col("posted_at"))
    return (content.with_columns(_handle_key(pl.col("author_handle")).alias("handle_key"))
            .join(handles, on=["platform", "handle_key"])
            .filter((pl.col("term_starts_on") <= day)
                    & (pl.col("term_ends_on").is_null() | (day <= pl.col("term_ends_on")))))


def _period_content(ctx: AuditContext) -> pl.DataFrame:
    content = ctx.content_in_period()
    if not content.height:
        raise NotEvaluable("content", "no content posted in the period")
    return content


@control("BRN-1")
def members_identify(ctx: AuditContext) -> Outcome:
    items = member_items(ctx, _period_content(ctx)).filter(
        pl.col("kind").is_in(("post", "comment", "reply")))
    generic = [w.casefold() for w in ctx.params["brown_act"]["title_words"]]
    found = []
    for r in items.iter_rows(named=True):
        text = (r["text"] or "").casefold()
        words = [w for w in ([r["title"].casefold()] if r["title"] else []) + generic]
        if not any(w in text for w in words):
            found.append({"id": r["record_id"], "record_id": r["record_id"],
                          "member": f"{r['member_name']} ({r['title'] or 'member'}, "
                                    f"{r['body']})",
                          "detail": f"{r['member_name']} comments without identifying as "
                                    f"{r['title'] or 'a member'} of the {r['body']}"})
    evidence = with_items(ctx, pl.DataFrame(found, schema={
        "id": pl.String, "record_id": pl.String, "member": pl.String, "detail": pl.String}),
        items).sort("posted_at_local")
    return Outcome(evidence, items.height,
                   f"{evidence.height} of {items.height} comments by members of a legislative "
                   "body do not carry their title")


def _thread_key() -> pl.Expr:
    return pl.coalesce("thread_record_id", "parent_record_id", "record_id")


def _windows(ctx: AuditContext, roots: pl.DataFrame) -> list[list[str]]:
    """Groups of threads that discuss one topic: opening posts alike and close in time."""
    p = ctx.params["brown_act"]
    window = dt.timedelta(days=int(p["topic_window_days"]))
    threshold = float(p["topic_similarity_min"])
    rows = roots.sort("posted_at").to_dicts()
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(rows):
        for j in range(i + 1, len(rows)):
            b = rows[j]
            if b["posted_at"] - a["posted_at"] > window:
                break
            if similarity(a["text"], b["text"]) >= threshold:
                parent[find(j)] = find(i)
    groups: dict[int, list[str]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(find(i), []).append(r["thread"])
    return [g for g in groups.values() if len(g) > 1]


@control("BRN-2")
def no_quorum_on_a_thread(ctx: AuditContext) -> Outcome:
    items = member_items(ctx, _period_content(ctx)).filter(
        pl.col("kind").is_in(PARTICIPATION)).with_columns(_thread_key().alias("thread"))
    seats = items.group_by("body").agg(pl.col("body_seats").max())
    per_thread = (items.group_by("body", "thread")
                  .agg(pl.col("member_name").unique().sort().alias("members"),
                       pl.col("kind").unique().sort().alias("kinds"))
                  .join(seats, on="body"))
    found = []
    for r in per_thread.iter_rows(named=True):
        need = majority(r["body_seats"])
        if len(r["members"]) >= need:
            found.append({"id": r["thread"], "record_id": r["thread"], "body": r["body"],
                          "members": ", ".join(r["members"]),
                          "detail": f"{len(r['members'])} of {r['body_seats']} {r['body']} "
                                    f"members ({', '.join(r['kinds'])}) on one thread; a "
                                    f"majority is {need}"})
    flagged = {f["id"] for f in found}
    roots = ctx.content_by_ids(per_thread["thread"].unique().to_list()).select(
        pl.col("record_id").alias("thread"), "posted_at", "text")
    for body, need_seats in seats.iter_rows():
        body_threads = per_thread.filter(pl.col("body") == body)
        members = {t: set(m) for t, m in body_threads.select("thread", "members").iter_rows()}
        for group in _windows(ctx, roots.filter(pl.col("thread").is_in(list(members)))):
            together = set().union(*(members[t] for t in group))
            if len(together) >= majority(need_seats) and not set(group) <= flagged:
                for t in group:
                    found.append({"id": t, "record_id": t, "body": body,
                                  "members": ", ".join(sorted(together)),
                                  "detail": f"{len(together)} of {need_seats} {body} members "
                                            f"across {len(group)} threads on one topic within "
                                            f"{ctx.params['brown_act']['topic_window_days']} "
                                            "days"})
    evidence = with_items(ctx, pl.DataFrame(found, schema={
        "id": pl.String, "record_id": pl.String, "body": pl.String, "members": pl.String,
        "detail": pl.String})).sort("posted_at_local")
    return Outcome(evidence, per_thread.height,
                   f"{evidence['id'].n_unique()} thread(s) where a majority of one body's "
                   "members commented or reacted",
                   metrics={"threads_with_members": per_thread.height},
                   tables={"Brown Act events": evidence.select("id", "body", "members",
                                                               "detail")})


@control("BRN-3")
def members_do_not_respond(ctx: AuditContext) -> Outcome:
    content = _period_content(ctx)
    items = member_items(ctx, content).filter(pl.col("kind").is_in(PARTICIPATION)
                                              & pl.col("parent_record_id").is_not_null())
    parents = ctx.content_by_ids(items["parent_record_id"].to_list())
    parent_members = member_items(ctx, parents).select(
        pl.col("record_id").alias("parent_record_id"), pl.col("body").alias("parent_body"),
        pl.col("member_id").alias("parent_member_id"),
        pl.col("member_name").alias("parent_member"))
    pairs = items.join(parent_members, on="parent_record_id").filter(
        (pl.col("body") == pl.col("parent_body"))
        & (pl.col("member_id") != pl.col("parent_member_id")))
    evidence = with_items(ctx, pairs.select(
        pl.col("record_id").alias("id"), "record_id", "body", "parent_record_id",
        pl.format("{} ({}) responds to {} of the same body", "member_name", "kind",
                  "parent_member").alias("detail")), content).sort("posted_at_local")
    return Outcome(evidence, items.height,
                   f"{evidence.height} of {items.height} member replies and reactions respond "
                   "to another member of the same body",
                   tables={"Brown Act responses": evidence.select("id", "body", "detail")})
