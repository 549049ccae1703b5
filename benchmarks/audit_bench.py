"""Benchmark the quarterly audit end to end on one quarter of a 10-million-comment archive.

    uv run python benchmarks/audit_bench.py [--comments 10000000] [--keep]

The archive: the committed synthetic city's registers (accounts, staff, access, roster, profile
snapshots, requests ...) read by the loaders, then the city's posts and ``--comments`` public
comments over its three years (2023-10 .. 2026-09), written as canonical batches (the loaders
are benchmarked by ingest_bench.py; here the archive only has to exist). About one comment in
50 asks the city a question, one in 250 is profane and removed by a moderator. The audit of
2026-Q3 (``run_audit``, the report written and sealed: HTML, PDF, workbook, Data Docs, bag) is
timed: wall time, CPU time and peak memory (RSS of this process and, separately, of the
children it waited for: Chromium).

Writes benchmarks/results/audit.json and appends a section to benchmarks/RESULTS.md. The
archive is kept under benchmarks/data/ with --keep and reused by the next --keep run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "data_samples" / "city"
FIRST, LAST = dt.datetime(2023, 10, 1, 15, tzinfo=dt.UTC), dt.datetime(2026, 9, 30, 23,
                                                                          tzinfo=dt.UTC)
BATCH_COMMENTS = 500_000
POSTS_PER_ACCOUNT_DAY = 2

COMMENTS = (
    "Thanks for the update, this is helpful.",
    "Great work by the crews on {street}.",
    "The new schedule works much better for our family.",
    "We walked by {park} yesterday and it looked great.",
    "Please keep posting these updates.",
    "Traffic on {street} has been better since the change.",
    "Our neighborhood group shared this with everyone.",
    "The library staff were very kind to my kids.",
)
QUESTIONS = (
    "Will {street} be closed at night?",
    "Is {park} open on the holiday?",
    "Where can I find the slides from the meeting?",
)
PROFANE = ("This is total bullshit, nobody answers.", "Shit parking again on {street}.")
STREETS = ("Harbor Way", "Pacific Ave", "Miner Ave", "Weber Ave", "March Lane")
PARKS = ("Victory Park", "Louis Park", "McKinley Park")


def _rss_mib(usage: resource.struct_rusage) -> float:
    return usage.ru_maxrss / 1024  # Linux: KiB


def _texts(rng, n: int, templates: tuple[str, ...]):
    import numpy as np

    pick = rng.integers(0, len(templates), n)
    street = rng.integers(0, len(STREETS), n)
    park = rng.integers(0, len(PARKS), n)
    return np.array([templates[p].format(street=STREETS[s], park=PARKS[q])
                     for p, s, q in zip(pick, street, park, strict=True)], dtype=object)


def build(root: Path, comments: int, seed: int = 7) -> dict:
    """A workspace with the sample city's registers and the bulk posts and comments."""
    import numpy as np
    import polars as pl
    from click.testing import CliRunner

    from recordskit import Batch
    from recordskit.archive import Archive
    from recordskit.cli import cli
    from recordskit.sources.ids import record_id_columns
    from recordskit.workspace import open_workspace

    root.mkdir(parents=True)
    shutil.copy(SAMPLE / "recordskit.toml", root / "recordskit.toml")
    ws = open_workspace(root)
    Archive.create(ws.archive_path, lock_dir=ws.state_dir)
    result = CliRunner().invoke(cli, ["-w", str(root), "ingest", str(SAMPLE / "registers")])
    assert result.exit_code == 0, result.output
    accounts = ws.archive.current("accounts").collect()
    accounts = accounts.filter(pl.col("retired_on").is_null())
    rng = np.random.default_rng(seed)
    days = (LAST - FIRST).days
    # posts: POSTS_PER_ACCOUNT_DAY per account and day, at 09:00 and 14:00 city time
    post_rows = []
    for a in accounts.iter_rows(named=True):
        for d in range(days):
            for k in range(POSTS_PER_ACCOUNT_DAY):
                post_rows.append((a["account_id"], a["platform"], a["handle"],
                                  FIRST + dt.timedelta(days=d, hours=1 + 5 * k)))
    posts = pl.DataFrame(post_rows, schema=["account_id", "platform", "author_handle",
                                            "posted_at"], orient="row").with_columns(
        pl.format("bench-post-{}", pl.int_range(pl.len())).alias("native_id"),
        pl.lit("post").alias("kind"), pl.lit("city").alias("author_role"),
        pl.lit("visible").alias("visibility"),
        pl.lit("Today at City Hall: updates for residents. More: "
               "https://www.harborpoint.example.org/news").alias("text"))
    posts = posts.with_columns(
        record_id_columns(posts, {"record_id": ("kind", "native_id")})["record_id"],
        (pl.col("posted_at") + pl.duration(minutes=9)).alias("captured_at"),
        pl.col("author_handle").alias("author_native_id"))
    batches = [_batch(Batch, "bench-posts", {"content": posts})]
    added = {"posts": posts.height, "comments": 0, "removals": 0}
    written = 0
    while written < comments:
        n = min(BATCH_COMMENTS, comments - written)
        parent = rng.integers(0, posts.height, n)
        minutes = rng.integers(5, 600, n)
        roll = rng.random(n)
        text = _texts(rng, n, COMMENTS)
        questions, profane = roll < 0.02, (roll >= 0.02) & (roll < 0.024)
        text[questions] = _texts(rng, int(questions.sum()), QUESTIONS)
        text[profane] = _texts(rng, int(profane.sum()), PROFANE)
        p = posts[parent]
        frame = pl.DataFrame({
            "account_id": p["account_id"], "platform": p["platform"],
            "native_id": [f"bench-c-{written + i}" for i in range(n)],
            "kind": ["comment"] * n, "parent_native_id": p["native_id"],
            "posted_at": p["posted_at"] + pl.Series(minutes * 60_000_000).cast(
                pl.Duration("us")),
            "author_native_id": [f"u{v}" for v in rng.integers(0, 200_000, n)],
            "author_role": ["public"] * n, "text": text.tolist(),
            "visibility": np.where(profane, "removed_by_city", "visible").tolist(),
        }).with_columns(pl.col("author_native_id").alias("author_handle"),
                        (pl.col("posted_at") + pl.duration(minutes=9)).alias("captured_at"),
                        pl.lit("post").alias("parent_kind"))
        ids = record_id_columns(frame, {"record_id": ("kind", "native_id"),
                                        "parent_record_id": ("parent_kind",
                                                             "parent_native_id")})
        frame = frame.with_columns(ids["record_id"], ids["parent_record_id"],
                                   ids["parent_record_id"].alias("thread_record_id")).drop(
            "parent_native_id", "parent_kind")
        removed = frame.filter(pl.col("visibility") == "removed_by_city")
        actions = removed.select(
            pl.format("BENCH-{}", pl.col("native_id")).alias("action_id"), "record_id",
            "account_id", "platform", pl.col("native_id").alias("target_native_id"),
            pl.lit("delete").alias("action"),
            (pl.col("posted_at") + pl.duration(hours=3)).alias("acted_at"),
            pl.lit(None, pl.String).alias("actor_staff_id"),
            pl.lit("profanity").alias("reason_code"),
            pl.lit("Profane language or content.").alias("reason_text"),
            pl.col("author_native_id").alias("poster_native_id"))
        batches.append(_batch(Batch, f"bench-comments-{written}",
                              {"content": frame, "moderation_actions": actions}))
        added["comments"] += n
        added["removals"] += actions.height
        written += n
        ws.archive.ingest(batches)
        batches = []
        print(f"  {written:,} comments written", file=sys.stderr)
    return added


def _batch(batch_cls, name: str, frames: dict):
    import hashlib

    sha = hashlib.sha256(name.encode()).hexdigest()
    b = batch_cls(source_file=name, source_sha256=sha, loader="benchmark")
    for table, frame in frames.items():
        b.add(table, frame)
        b.rows_read += frame.height
    return b


def audit(root: Path, skip: list[str]) -> dict:
    from recordskit.audit import catalog, run_audit
    from recordskit.workspace import open_workspace

    ws = open_workspace(root)
    load = os.getloadavg()[0]
    cpu0, wall0 = time.process_time(), time.perf_counter()
    controls = [c for c in catalog() if c not in skip]
    result = run_audit(ws, "2026-Q3", fail_on="never", controls=controls)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    per_control, peak_after = {}, {}
    for line in result.log_file.read_text().splitlines():
        m = re.search(r"INFO recordskit.audit: ([A-Z]+-\d|suites) .*?([\d.]+)s, peak (\d+) MiB",
                      line)
        if m:
            per_control[m[1]] = float(m[2])
            peak_after[m[1]] = int(m[3])
    import polars as pl

    from recordskit.periods import parse_period

    content_rows = ws.archive.table("content").select(pl.len()).collect().item()
    p = parse_period("2026-Q3")
    in_quarter = (ws.archive.table("content")
                  .filter((pl.col("posted_at") >= p.starts_at(ws.config.tz))
                          & (pl.col("posted_at") < p.ends_at(ws.config.tz)))
                  .select(pl.len()).collect().item())
    return {
        "wall_seconds": round(wall, 1), "cpu_seconds": round(cpu, 1),
        "peak_rss_mib": round(_rss_mib(resource.getrusage(resource.RUSAGE_SELF)), 1),
        "peak_rss_children_mib": round(
            _rss_mib(resource.getrusage(resource.RUSAGE_CHILDREN)), 1),
        "load_average_at_start": round(load, 2),
        "archive_content_rows": content_rows, "content_rows_in_quarter": in_quarter,
        "archive_version": result.archive_version,
        "controls": result.summary["status"], "skipped": skip,
        "seconds_per_control": per_control,
        "peak_mib_after_control": peak_after,
        "report": str(result.out_dir),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=10_000_000)
    parser.add_argument("--keep", action="store_true", help="keep (and reuse) the archive")
    parser.add_argument("--skip", action="append", default=[], metavar="CONTROL",
                        help="leave a control out (repeatable), e.g. RET-5, whose "
                             "Archive.verify holds every row in memory")
    parser.add_argument("--build-only", action="store_true",
                        help="build (and keep) the archive, audit nothing: the harness builds "
                             "first so that the audit's own peak memory is what it measures")
    args = parser.parse_args()
    root = HERE / "data" / f"audit-{args.comments}"
    built = None
    if not (args.keep and (root / "archive").is_dir()):
        if root.exists():
            shutil.rmtree(root)
        t0 = time.perf_counter()
        built = build(root, args.comments)
        built["build_seconds"] = round(time.perf_counter() - t0, 1)
    if args.build_only:
        print(json.dumps({"built": built}, indent=2))
        return
    doc = {"date": dt.date.today().isoformat(), "comments": args.comments, "build": built,
           "audit": audit(root, args.skip), "cpus": os.cpu_count()}
    out = HERE / "results" / "audit.json"
    out.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    a = doc["audit"]
    slowest = sorted(a["seconds_per_control"].items(), key=lambda kv: -kv[1])[:5]
    section = (
        f"\n## audit run ({doc['date']})\n\n"
        f"`uv run python benchmarks/audit_bench.py --comments {args.comments}`: the audit of "
        f"2026-Q3 over an archive of {a['archive_content_rows']:,} content rows "
        f"({a['content_rows_in_quarter']:,} posted in the quarter), report written and sealed "
        f"(HTML, PDF, workbook, Data Docs, bag): {a['wall_seconds']} s wall "
        f"({a['cpu_seconds']} s CPU), peak {a['peak_rss_mib']} MiB resident (largest child "
        f"process, Chromium or a fork: {a['peak_rss_children_mib']} MiB), load average "
        f"{a['load_average_at_start']} at start, {doc['cpus']} cores. Slowest controls: "
        + ", ".join(f"{c} {s:.1f} s" for c, s in slowest)
        + (f". Left out: {', '.join(a['skipped'])}" if a["skipped"] else "")
        + ". Numbers in `benchmarks/results/audit.json`.\n")
    with open(HERE / "RESULTS.md", "a", encoding="utf-8") as fh:
        fh.write(section)
    print(json.dumps(doc, indent=2))
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
