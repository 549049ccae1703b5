"""Prohibited content (MOD-8) and the detectors the audit screens texts with.

- Profanity: better-profanity's word list and its leetspeak variants decide. It checks about
  one text in 40 ms, so a vectorized pre-filter (one polars regular expression built from the
  same word list and character variants, every word delimited) picks the texts that could hold
  a listed word, and only those go to ``Profanity.contains_profanity``.
- Personal data: ``pra.detectors.find_sensitive`` behind ``pra.redact.candidate_pattern``, the
  pre-filter the packets use. The city's own published phone numbers and addresses (its profile
  contact information) and addresses on the city's domains are not personal data.
- Solicitation and threats: no maintained library detects them; the patterns are data
  (``parameters.yaml``, ``prohibited``), kept specific so ordinary words do not match.
"""

from __future__ import annotations

import re
from functools import cache

import polars as pl

from recordskit.audit import links
from recordskit.audit.context import AuditContext
from recordskit.audit.evidence import with_items
from recordskit.audit.finding import NotEvaluable, Outcome
from recordskit.audit.registry import control

HITS_SCHEMA = {"record_id": pl.String, "category": pl.String, "detail": pl.String}
REMOVALS = ("hide", "delete")


@cache
def _profanity():
    from better_profanity import Profanity

    return Profanity()


@cache
def profanity_prefilter() -> str:
    """A polars regular expression every text better-profanity flags matches."""
    from better_profanity.utils import get_complete_path_of_file, read_wordlist

    variants = _profanity().CHARS_MAPPING

    def char_class(c: str) -> str:
        options = sorted({c, *variants.get(c, ())})
        if len(options) == 1:
            return re.escape(c)
        return "[" + "".join(re.escape(o) for o in options) + "]"

    words = read_wordlist(get_complete_path_of_file("profanity_wordlist.txt"))
    alternatives = sorted({"".join(char_class(c) for c in w.lower()) for w in words},
                          key=len, reverse=True)
    return r"(?i)(?:^|[^\p{L}\p{N}])(?:" + "|".join(alternatives) + r")(?:[^\p{L}\p{N}]|$)"


def profanity_hits(frame: pl.DataFrame) -> pl.DataFrame:
    candidates = frame.filter(pl.col("text").str.contains(profanity_prefilter()).fill_null(False))
    prof = _profanity()
    found = [{"record_id": r, "category": "profanity",
              "detail": "profane language (better-profanity word list)"}
             for r, t in candidates.select("record_id", "text").iter_rows()
             if prof.contains_profanity(t)]
    return pl.DataFrame(found, schema=HITS_SCHEMA)


def pattern_hits(frame: pl.DataFrame, category: str, patterns: list[str]) -> pl.DataFrame:
    if not patterns:
        return pl.DataFrame(schema=HITS_SCHEMA)
    joined = "(?i)" + "|".join(f"(?:{p})" for p in patterns)
    hits = frame.filter(pl.col("text").str.contains(joined).fill_null(False))
    return hits.select(
        "record_id", pl.lit(category).alias("category"),
        pl.concat_str(pl.lit(f"{category}: \""),
                      pl.col("text").str.extract(joined.replace("(?i)", "(?i)(", 1) + ")", 1),
                      pl.lit("\"")).alias("detail"))


def city_contact_values(ctx: AuditContext) -> tuple[str, ...]:
    """Phone numbers and email addresses the city publishes on its profiles."""
    from recordskit.pra.detectors import find_emails, find_phones

    profiles = ctx.frame("account_profiles")
    values: set[str] = set()
    for text in (*profiles["contact_info"].drop_nulls().unique().to_list(),
                 *profiles["about_text"].drop_nulls().unique().to_list()):
        for f in (*find_phones(text), *find_emails(text)):
            values.add(text[f.start:f.end])
    return tuple(sorted(values))


def pii_hits(ctx: AuditContext, frame: pl.DataFrame) -> pl.DataFrame:
    """Personal data in ``frame``'s texts (one row per record and kind)."""
    from recordskit.pra.detectors import find_sensitive
    from recordskit.pra.redact import candidate_pattern

    keep = city_contact_values(ctx)
    domains = ctx.config.city_web_domains
    candidates = frame.filter(pl.col("text").str.contains(candidate_pattern()).fill_null(False))
    found = []
    for record_id, text in candidates.select("record_id", "text").iter_rows():
        kinds = []
        for f in find_sensitive(text, profile=ctx.profile.name, keep=keep):
            value = text[f.start:f.end]
            if f.kind == "email" and domains and links.on_domains(value.split("@")[-1],
                                                                  domains):
                continue  # the city's own address
            kinds.append(f.kind)
        for kind in dict.fromkeys(kinds):
            found.append({"record_id": record_id, "category": f"personal data: {kind}",
                          "detail": f"{kind} found by pra/detectors"})
    return pl.DataFrame(found, schema=HITS_SCHEMA)


def screen(ctx: AuditContext, frame: pl.DataFrame) -> pl.DataFrame:
    """Every detector over ``frame`` (record_id, text): one row per record and category."""
    patterns = ctx.params["prohibited"]
    return pl.concat([
        profanity_hits(frame),
        pattern_hits(frame, "solicitation", patterns["solicitation"]),
        pattern_hits(frame, "threat", patterns["threat"]),
        pii_hits(ctx, frame),
    ])


@control("MOD-8")
def prohibited_content_acted_on(ctx: AuditContext) -> Outcome:
    content = ctx.content_in_period()
    if not content.height:
        raise NotEvaluable("content", "no content posted in the period")
    actions = ctx.frame("moderation_actions")
    acted = set(actions.filter(pl.col("action").is_in(REMOVALS))["record_id"].drop_nulls()
                .to_list())
    visible = content.filter(
        (pl.col("visibility") == "visible") & (pl.col("author_role") != "city")
        & (pl.col("kind") != "reaction") & pl.col("text").is_not_null()
        & ~pl.col("record_id").is_in(list(acted)))
    hits = screen(ctx, visible.select("record_id", "text"))
    per_record = hits.group_by("record_id", maintain_order=True).agg(
        pl.col("category").str.join("; ").alias("categories"),
        pl.col("detail").str.join("; ").alias("detail"))
    evidence = with_items(ctx, per_record.with_columns(pl.col("record_id").alias("id")),
                          content).sort("posted_at_local")
    by_category = hits.group_by("category").agg(pl.len().alias("items")).sort("category")
    return Outcome(evidence, visible.height,
                   f"{evidence.height} of {visible.height} visible public items posted in the "
                   "period match a prohibited-content detector and were not acted on",
                   metrics={"by_category": dict(by_category.iter_rows())},
                   tables={"prohibited content by category": by_category})
