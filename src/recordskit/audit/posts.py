"""City posts (POST-1..4): review before posting, links back to the city, no personal data,
external links labelled."""

from __future__ import annotations

import polars as pl

from recordskit.audit import links
from recordskit.audit.context import AuditContext
from recordskit.audit.evidence import with_items
from recordskit.audit.finding import NotEvaluable, Outcome
from recordskit.audit.prohibited import pii_hits
from recordskit.audit.registry import control

CITY_POST_KINDS = ("post", "video")


def _period_content(ctx: AuditContext) -> pl.DataFrame:
    content = ctx.content_in_period()
    if not content.height:
        raise NotEvaluable("content", "no content posted in the period")
    return content


def city_posts(ctx: AuditContext) -> pl.DataFrame:
    return _period_content(ctx).filter((pl.col("author_role") == "city")
                                       & pl.col("kind").is_in(CITY_POST_KINDS))


def _domains(ctx: AuditContext) -> tuple[str, ...]:
    domains = ctx.config.city_web_domains
    if not domains:
        raise NotEvaluable("city_web_domains (recordskit.toml)",
                           "the workspace names no city web domains (city_web_domains in "
                           "recordskit.toml)")
    return domains


def _is_external(ctx: AuditContext, url: str, platform: str, domains: tuple[str, ...]) -> bool:
    own = ctx.params["posts"]["own_platform_hosts"].get(platform, [])
    return not links.on_domains(url, domains) and not links.on_domains(url, own)


@control("POST-1")
def reviewed_before_posting(ctx: AuditContext) -> Outcome:
    required = ctx.profile.review_before_posting
    if not required:
        empty = with_items(ctx, pl.DataFrame(schema={"id": pl.String, "record_id": pl.String}),
                           ctx.content_by_ids([]))
        return Outcome(empty, 0, f"the {ctx.profile.name} profile does not require review "
                       "before posting", applies=False)
    posts = city_posts(ctx)
    approvals = ctx.require("content_approvals")
    first = approvals.group_by("record_id").agg(pl.col("approved_at").min(),
                                                pl.col("approved_by_staff_id").first())
    joined = posts.join(first, on="record_id", how="left")
    bad = joined.filter(pl.col("approved_at").is_null()
                        | (pl.col("approved_at") > pl.col("posted_at")))
    late_minutes = ((pl.col("approved_at") - pl.col("posted_at")).dt.total_minutes())
    bad = bad.select(
        pl.col("record_id").alias("id"), "record_id",
        pl.when(pl.col("approved_at").is_null()).then(pl.lit("no approval recorded"))
        .otherwise(pl.concat_str(pl.lit("approved "), ctx.local_text(pl.col("approved_at")),
                                 pl.lit(", "), late_minutes.cast(pl.String),
                                 pl.lit(" minutes after it was posted"))).alias("detail"),
        pl.col("approved_by_staff_id"))
    evidence = with_items(ctx, bad, posts).sort("posted_at_local")
    return Outcome(evidence, posts.height,
                   f"{evidence.height} of {posts.height} city posts have no approval recorded "
                   "at or before posting",
                   parameters={"review_before_posting": ctx.profile_ref(
                       "review_before_posting = true")})


@control("POST-2")
def links_back_to_city(ctx: AuditContext) -> Outcome:
    domains = _domains(ctx)
    posts = city_posts(ctx).with_columns(
        pl.struct("urls", "text").map_elements(
            lambda s: any(links.on_domains(u, domains) for u in links.all_urls(s["urls"],
                                                                              s["text"])),
            return_dtype=pl.Boolean).alias("links_to_city"))
    share = posts["links_to_city"].mean() if posts.height else None
    by_account = (posts.group_by("account_id")
                  .agg(pl.len().alias("city_posts"),
                       pl.col("links_to_city").sum().alias("linking_to_city"))
                  .with_columns((pl.col("linking_to_city") / pl.col("city_posts"))
                                .round(3).alias("share"))
                  .sort("account_id"))
    without = posts.filter(~pl.col("links_to_city")).select(
        pl.col("record_id").alias("id"), "record_id",
        pl.lit("no link to the city's website").alias("detail"))
    evidence = with_items(ctx, without, posts).sort("posted_at_local")
    shown = "no city posts" if share is None else f"{share:.0%}"
    return Outcome(evidence, posts.height,
                   f"{shown} of {posts.height} city posts link to the city's website "
                   f"({', '.join(domains)})",
                   metrics={"share_linking_to_city": None if share is None else round(share, 4),
                            "city_posts": posts.height},
                   tables={"city posts linking to the city website, by account": by_account})


@control("POST-3")
def no_personal_information(ctx: AuditContext) -> Outcome:
    content = _period_content(ctx)
    city = content.filter((pl.col("author_role") == "city") & (pl.col("kind") != "reaction")
                          & pl.col("text").is_not_null())
    hits = pii_hits(ctx, city.select("record_id", "text"))
    per_record = hits.group_by("record_id", maintain_order=True).agg(
        pl.col("category").str.join("; ").alias("detail"))
    evidence = with_items(ctx, per_record.with_columns(pl.col("record_id").alias("id")),
                          city).sort("posted_at_local")
    return Outcome(evidence, city.height,
                   f"{evidence.height} of {city.height} city-authored posts and replies carry "
                   "personal data (SSN, card, bank, birth date, phone or email not published "
                   "by the city)")


@control("POST-4")
def external_links_labelled(ctx: AuditContext) -> Outcome:
    domains = _domains(ctx)
    labels = [s.casefold() for s in ctx.params["posts"]["external_link_labels"]]
    posts = city_posts(ctx)
    found = []
    for r in posts.select("record_id", "platform", "urls", "text").iter_rows(named=True):
        external = [u for u in links.all_urls(r["urls"], r["text"])
                    if _is_external(ctx, u, r["platform"], domains)]
        if external and not any(lab in (r["text"] or "").casefold() for lab in labels):
            found.append({"id": r["record_id"], "record_id": r["record_id"],
                          "detail": "external link without a label: " + ", ".join(external)})
    evidence = with_items(ctx, pl.DataFrame(found, schema={
        "id": pl.String, "record_id": pl.String, "detail": pl.String}), posts)
    return Outcome(evidence.sort("posted_at_local"), posts.height,
                   f"{evidence.height} of {posts.height} city posts link to an external site "
                   "without identifying it as external",
                   parameters={"external_link_labels": "parameters.yaml posts."
                               "external_link_labels: " + ", ".join(labels)})
