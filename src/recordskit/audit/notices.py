"""Required notices (NOT-1..8), judged on each active account's latest profile snapshot on or
before the end of the period.

Notice texts are matched by fuzzy similarity (rapidfuzz ``partial_ratio`` of the notice
against the page text, both with white space, quotes and case normalized), since pages reflow,
wrap and abbreviate; the profile's ``notice_match_threshold`` decides. Each finding shows the
best-matching passage and its score.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import polars as pl

from recordskit.audit import links
from recordskit.audit.accounts import active_in_period
from recordskit.audit.context import AuditContext
from recordskit.audit.evidence import rows
from recordskit.audit.finding import NotEvaluable, Outcome
from recordskit.audit.registry import catalog, control
from recordskit.profiles import Notice

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "…": "..."})
PASSAGE_CHARS = 240

EVIDENCE_SCHEMA = {
    "id": pl.String, "account_id": pl.String, "platform": pl.String, "detail": pl.String,
    "snapshot_captured_at": pl.Datetime("us", "UTC"), "best_passage": pl.String,
    "score": pl.Float64, "threshold": pl.Float64, "source_url": pl.String,
}


def normalize(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def best_match(needle: str, haystack: str | None) -> tuple[float, str]:
    """Score (0-100) of the best-matching passage of ``haystack`` for ``needle``, and the
    passage."""
    from rapidfuzz import fuzz

    n, h = normalize(needle), normalize(haystack)
    if not n or not h:
        return 0.0, ""
    m = fuzz.partial_ratio_alignment(n, h)
    if m is None:
        return 0.0, ""
    passage = h[m.dest_start:m.dest_end]
    if len(passage) > PASSAGE_CHARS:
        passage = passage[:PASSAGE_CHARS - 1] + "…"
    return float(m.score), passage


def latest_snapshots(ctx: AuditContext) -> pl.DataFrame:
    profiles = ctx.require("account_profiles")
    return (profiles.filter(pl.col("captured_at") < ctx.ends_at)
            .sort("captured_at").group_by("account_id").agg(pl.all().last()))


def _problems(ctx: AuditContext, notice: Notice, account: dict, snap: dict
              ) -> tuple[list[str], float | None, str | None]:
    threshold = ctx.profile.notice_match_threshold
    about = snap["about_text"]
    urls = links.all_urls(snap["links"], about)
    domains = ctx.config.city_web_domains
    problems: list[str] = []
    score = passage = None
    if notice.text:
        score, passage = best_match(notice.text, about)
        if score < threshold:
            problems.append(f"notice text not found (best match {score:.0f} < {threshold:.0f})")
    if notice.requires_purpose_statement:
        purpose = account.get("purpose_statement")
        if not purpose:
            problems.append("no purpose statement registered to compare the page with")
        else:
            s, p = best_match(purpose, about)
            score, passage = (s, p) if score is None else (score, passage)
            if s < threshold:
                problems.append(f"registered purpose statement not found (best match {s:.0f} "
                                f"< {threshold:.0f})")
    if notice.requires_logo and not snap["has_logo"]:
        problems.append("the city logo is missing")
    if notice.requires_contact_info and not (snap["contact_info"] or "").strip():
        problems.append("no contact information shown")
    if notice.requires_city_website_link:
        if not domains:
            raise NotEvaluable("city_web_domains (recordskit.toml)",
                               "the workspace names no city web domains (city_web_domains in "
                               "recordskit.toml), so links back to the city cannot be told")
        if not any(links.on_domains(u, domains) for u in urls):
            problems.append("no link back to the city website")
    if notice.requires_policy_link:
        words = ctx.params["notices"]["policy_link_path_words"]
        policy = [u for u in urls if (not domains or links.on_domains(u, domains))
                  and any(w in links.path(u) for w in words)]
        if not policy:
            problems.append("the policy link is missing")
    return problems, score, passage


def check_notice(ctx: AuditContext, control_id: str) -> Outcome:
    notice = next((n for n in ctx.profile.notices if n.control == control_id), None)
    if notice is None:
        return Outcome(pl.DataFrame(schema=EVIDENCE_SCHEMA).pipe(rows), 0,
                       f"the {ctx.profile.name} profile requires no {control_id} notice",
                       applies=False)
    accounts = active_in_period(ctx)
    if notice.applies == "comments_allowed":
        accounts = accounts.filter(pl.col("is_comments_allowed").fill_null(True))
    snaps = {r["account_id"]: r for r in latest_snapshots(ctx).iter_rows(named=True)}
    threshold = ctx.profile.notice_match_threshold
    found = []
    for a in accounts.sort("account_id").iter_rows(named=True):
        base = {"id": a["account_id"], "account_id": a["account_id"], "platform": a["platform"],
                "threshold": threshold}
        snap = snaps.get(a["account_id"])
        if snap is None:
            found.append({**base, "detail": "no profile snapshot on or before "
                                            f"{ctx.period.last_day}"})
            continue
        problems, score, passage = _problems(ctx, notice, a, snap)
        if problems:
            found.append({**base, "detail": "; ".join(problems),
                          "snapshot_captured_at": snap["captured_at"], "best_passage": passage,
                          "score": score, "source_url": snap["source_url"]})
    evidence = rows(pl.DataFrame(found, schema=EVIDENCE_SCHEMA))
    applies = "accounts allowing comments" if notice.applies == "comments_allowed" else \
        "accounts"
    return Outcome(
        evidence, accounts.height,
        f"{evidence.height} of {accounts.height} {applies} lack the notice on their latest "
        f"snapshot on or before {ctx.period.last_day}",
        clause=f"{ctx.profile.policy}, {notice.clause}"
               + (f": \"{notice.text}\"" if notice.text else
                  f": {notice.description}" if notice.description else ""),
        parameters={"notice_match_threshold": ctx.profile_ref(
            f"notice_match_threshold = {threshold} (rapidfuzz partial_ratio)")})


for _cid in (c for c in catalog() if c.startswith("NOT-")):
    _fn = functools.partial(check_notice, control_id=_cid)
    _fn.__module__ = __name__  # type: ignore[attr-defined]
    control(_cid)(_fn)
