"""Benchmark a 10,000-record response packet built end to end: `recordskit pra run` — the
search, redaction, workbook, CSV, JSON Lines, cover letter printed by Chromium, the notebook
executed by papermill and exported, the bag sealed.

    uv run python benchmarks/packet_bench.py [--records 10000] [--background 30000] [--keep]

The archive: one police account with 1% of its items as posts and the rest as comments
threaded under them, all mentioning sideshows (the responsive records); one in 20 carries an
SSN, email address or phone number; one in 50 is hidden by a moderator with a logged action;
plus background comments on other accounts that the request does not reach.

Writes benchmarks/results/packet.json and appends a section to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import resource
import shutil
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
T0 = dt.datetime(2026, 7, 1, 16, tzinfo=dt.UTC)
REQUEST = """\
request_id: PRA-BENCH-001
received_at: 2026-09-21 10:40
requester: Benchmark Requester (synthetic)
requester_contact: bench.requester@example.com
description: Every post and comment about sideshows on the police Facebook page, July to
  September 2026.
scope_query: sideshow*
scope_starts_at: 2026-07-01
scope_ends_at: 2026-09-20
scope_account_ids: [pd-fb]
"""
TEXTS = (
    "The sideshow on Hammer Lane last night was out of control.",
    "Another sideshow at March Lane, please send officers.",
    "Sideshows every weekend now. When will the ordinance pass?",
    "Thank you for stopping the sideshow, we finally slept.",
)
PII = ("My SSN is 536-90-4399, fix my citation.", "Email me at neighbor{i}@example.net",
       "Call me at (209) 555-01{d:02d} about the sideshow.")
BACKGROUND = ("Great work on the park cleanup.", "When is the library open?",
              "Potholes on Pacific Ave again.", "Thanks for the update.")


def _batch(name: str, frames: dict):
    import polars as pl

    from recordskit import Batch

    sha = hashlib.sha256(name.encode()).hexdigest()
    b = Batch(source_file=name, source_sha256=sha, loader="bench")
    for table, frame in frames.items():
        if table in ("content", "moderation_actions"):
            frame = frame.with_columns(pl.lit(name).alias("source_file"),
                                       pl.lit(sha).alias("source_sha256"))
        b.add(table, frame)
        b.rows_read += frame.height
    return b


def build(root: Path, records: int, background: int, seed: int = 7) -> dict:
    import numpy as np
    import polars as pl

    from recordskit import init_workspace
    from recordskit.schema import record_id

    if root.exists():
        shutil.rmtree(root)
    ws = init_workspace(root, city_name="Benchmark City (synthetic)")
    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    posts = max(1, records // 100)
    rows = []
    post_ids = [record_id("facebook", "pd-fb", "post", f"p{i}") for i in range(posts)]
    for i in range(records):
        is_post = i < posts
        native = f"p{i}" if is_post else f"c{i}"
        text = TEXTS[i % len(TEXTS)]
        if i % 20 == 7:
            text += " " + PII[(i // 20) % len(PII)].format(i=i, d=i % 100)
        thread = None if is_post else post_ids[int(rng.integers(0, posts))]
        rows.append({
            "record_id": record_id("facebook", "pd-fb", "post" if is_post else "comment",
                                   native),
            "platform": "facebook", "account_id": "pd-fb", "native_id": native,
            "kind": "post" if is_post else "comment", "parent_record_id": thread,
            "thread_record_id": thread, "author_native_id": "city" if is_post else f"u{i}",
            "author_handle": "stocktonpd" if is_post else f"neighbor{i}",
            "author_display_name": "Police Department" if is_post else f"Neighbor {i}",
            "author_role": "city" if is_post else "public",
            "posted_at": T0 + dt.timedelta(minutes=int(rng.integers(0, 80 * 24 * 60))),
            "captured_at": T0 + dt.timedelta(days=85),
            "text": text,
            "visibility": "hidden" if i % 50 == 3 and not is_post else "visible",
        })
    content = pl.DataFrame(rows, infer_schema_length=None)
    hidden = content.filter(pl.col("visibility") == "hidden")
    actions = hidden.select(
        ("A-" + pl.col("native_id")).alias("action_id"), "record_id", "account_id",
        "platform", pl.lit("hide").alias("action"),
        (pl.col("posted_at") + pl.duration(hours=2)).alias("acted_at"),
        pl.lit("S-1").alias("actor_staff_id"), pl.lit("illegal_activity").alias("reason_code"),
        pl.lit("promotes an illegal sideshow").alias("reason_text"),
        pl.col("author_native_id").alias("poster_native_id"))
    staff = pl.DataFrame([{"staff_id": "S-1", "name": "Pat Moderator",
                           "title": "Social Media Coordinator"}])
    other = pl.DataFrame([{
        "record_id": record_id("facebook", "parks-fb", "comment", f"b{i}"),
        "platform": "facebook", "account_id": "parks-fb", "native_id": f"b{i}",
        "kind": "comment", "author_native_id": f"b{i}", "author_role": "public",
        "posted_at": T0 + dt.timedelta(minutes=i), "captured_at": T0 + dt.timedelta(days=85),
        "text": BACKGROUND[i % len(BACKGROUND)], "visibility": "visible"}
        for i in range(background)])
    ws.archive.ingest([
        _batch("staff.yaml", {"staff": staff}),
        _batch("pd-fb.csv", {"content": content}),
        _batch("parks-fb.csv", {"content": other}),
        _batch("moderation.xlsx", {"moderation_actions": actions}),
    ])
    (root / "request.yaml").write_text(REQUEST, encoding="utf-8")
    return {"records": records, "background": background,
            "build_seconds": round(time.perf_counter() - started, 1)}


def run(root: Path) -> dict:
    import bagit

    from recordskit.pra.packet_run import run_packet
    from recordskit.workspace import open_workspace

    ws = open_workspace(root)
    out = root / "packets" / "bench"
    if out.exists():
        shutil.rmtree(out)
    before_self = resource.getrusage(resource.RUSAGE_SELF)
    before_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = run_packet(ws, root / "request.yaml", out=out)
    wall = time.perf_counter() - t
    after_self = resource.getrusage(resource.RUSAGE_SELF)
    after_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    bagit.Bag(str(out)).validate()
    validate = time.perf_counter() - t
    cpu = lambda a, b: (a.ru_utime + a.ru_stime) - (b.ru_utime + b.ru_stime)  # noqa: E731
    sizes = {p.name: p.stat().st_size for p in (out / "data").iterdir()}
    return {"wall_seconds": round(wall, 1),
            "cpu_seconds_self": round(cpu(after_self, before_self), 1),
            "cpu_seconds_children": round(cpu(after_children, before_children), 1),
            "peak_rss_mib_children": round(after_children.ru_maxrss / 1024, 1),
            "bag_validate_seconds": round(validate, 1),
            "counts": done.summary["counts"], "payload_bytes": sizes}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--background", type=int, default=30_000)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    root = HERE / "data" / f"packet-{args.records}"
    built = None
    if not (args.keep and (root / "request.yaml").exists()):
        built = build(root, args.records, args.background)
    load = os.getloadavg()
    result = {"run_at": dt.datetime.now(dt.UTC).isoformat(), "build": built,
              "load_average_at_start": load, **run(root)}
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "packet.json").write_text(json.dumps(result, indent=2))
    c = result["counts"]
    lines = [
        f"\n## PRA packet ({dt.date.today().isoformat()})\n",
        "`uv run python benchmarks/packet_bench.py`: one request's packet built end to end by "
        "`run_packet` (search, redaction, xlsx/csv/jsonl, cover letter printed by Chromium, "
        "the notebook executed by papermill and exported, bag sealed). Details in "
        "`benchmarks/results/packet.json`.\n",
        "| measure | value |", "|---|---|",
        f"| records in the packet | {c['records']:,} ({c['versions']:,} versions) |",
        f"| redactions logged | {c['redactions']:,} |",
        f"| removed items | {c['removed']:,} |",
        f"| wall seconds | {result['wall_seconds']} |",
        f"| CPU seconds (this process / kernel, Chromium and other children) | "
        f"{result['cpu_seconds_self']} / {result['cpu_seconds_children']} |",
        f"| peak memory of a child (the kernel) | {result['peak_rss_mib_children']} MiB |",
        f"| payload | {sum(result['payload_bytes'].values()) / 2**20:.1f} MiB |",
        f"| bag validation | {result['bag_validate_seconds']} s |",
        f"| load average at start (shared machine) | {load[0]:.1f} |",
    ]
    with open(HERE / "RESULTS.md", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
