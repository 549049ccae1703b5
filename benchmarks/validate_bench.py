"""Benchmark ``recordskit validate``: every suite over 10,000,000 content rows and 200,000
removals.

    uv run python benchmarks/validate_bench.py [--rows 10000000] [--removals 200000] [--keep]

The archive is built once in benchmarks/data/validate-<rows>/ (ignored by git) from canonical
frames made with numpy and polars (the generator is too slow for 10M rows on a shared machine),
ingested through the archive like any batch. The validation then runs in a fresh process, so
its peak resident memory is its own. Writes benchmarks/results/validate.json and appends a
section to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ACCOUNTS = 40
STAFF = 120


def _batch(name: str, table: str, frame):
    from recordskit import Batch

    b = Batch(source_file=name, source_sha256=f"{hash((name, frame.height)) & (2**64 - 1):064x}",
              loader="bench")
    b.add(table, frame)
    b.rows_read = frame.height
    return b


def _account_ids(ids):
    import polars as pl

    return (pl.Series(ids % ACCOUNTS).cast(pl.String).str.zfill(2)
            .str.replace(r"^", "acc-"))


def build(root: Path, rows: int, removals: int) -> None:
    """A workspace whose archive holds ``rows`` content versions and ``removals`` removals,
    with registers to match (each removal by a moderator with access)."""
    import numpy as np
    import polars as pl

    from recordskit import init_workspace
    from recordskit.profiles import load_profile

    ws = init_workspace(root)
    rng = np.random.default_rng(7)
    accounts = _account_ids(np.arange(ACCOUNTS)).to_list()
    staff = [f"s-{i:03d}" for i in range(STAFF)]
    start = dt.datetime(2022, 1, 1, tzinfo=dt.UTC)
    registers = [
        _batch("accounts", "accounts", pl.DataFrame({
            "account_id": accounts, "platform": ["facebook"] * ACCOUNTS,
            "department": ["Dept"] * ACCOUNTS, "site_administrator_staff_id": staff[:ACCOUNTS],
            "department_director": ["Director"] * ACCOUNTS,
            "registration_approved_on": [dt.date(2021, 12, 1)] * ACCOUNTS,
            "activated_on": [dt.date(2021, 12, 15)] * ACCOUNTS})),
        _batch("staff", "staff", pl.DataFrame({"staff_id": staff, "name": staff})),
        _batch("access", "account_access", pl.DataFrame({
            "account_id": [a for a in accounts for _ in range(3)],
            "staff_id": [staff[(i * 3 + k) % STAFF] for i in range(ACCOUNTS) for k in range(3)],
            "role": ["administrator", "moderator", "moderator"] * ACCOUNTS,
            "granted_at": [start - dt.timedelta(days=30)] * (3 * ACCOUNTS)})),
    ]
    ws.archive.ingest(registers)
    chunk = 2_000_000
    seconds = rng.integers(0, 4 * 365 * 86400, size=rows)
    codes = sorted(load_profile("stockton").codes)
    for part, lo in enumerate(range(0, rows, chunk)):
        hi = min(rows, lo + chunk)
        ids = np.arange(lo, hi)
        posted = pl.Series(seconds[lo:hi] * 1_000_000 + int(start.timestamp() * 1e6)).cast(
            pl.Datetime("us", "UTC"))
        frame = pl.DataFrame({
            "record_id": pl.Series(ids).cast(pl.String).str.zfill(24).str.replace(r"^", "fa-"),
            "platform": "facebook",
            "account_id": _account_ids(ids),
            "native_id": pl.Series(ids).cast(pl.String),
            "kind": "comment", "author_role": "public",
            "posted_at": posted, "captured_at": posted + dt.timedelta(hours=2),
            "text": pl.Series(ids).cast(pl.String).str.replace(r"^", "comment number "),
            "visibility": "visible", "source_file": f"export-{part}.csv",
            "source_sha256": "ab" * 32,
        })
        ws.archive.ingest([_batch(f"content-{part}", "content", frame)])
        print(f"content {hi:,} rows", flush=True)
    picked = rng.choice(rows, size=removals, replace=False)
    acted = (seconds[picked] + 3600) * 1_000_000 + int(start.timestamp() * 1e6)
    content_ids = pl.Series(picked).cast(pl.String).str.zfill(24).str.replace(r"^", "fa-")
    account_idx = picked % ACCOUNTS
    ws.archive.ingest([_batch("moderation", "moderation_actions", pl.DataFrame({
        "action_id": [f"act-{i:07d}" for i in range(removals)],
        "record_id": content_ids,
        "account_id": _account_ids(picked),
        "platform": "facebook",
        "target_native_id": pl.Series(picked).cast(pl.String),
        "action": np.where(rng.random(removals) < 0.5, "hide", "delete"),
        "acted_at": pl.Series(acted).cast(pl.Datetime("us", "UTC")),
        "actor_staff_id": [staff[(i * 3 + 1) % STAFF] for i in account_idx],
        "reason_code": rng.choice(codes, size=removals),
        "reason_text": "Removed under the policy",
        "poster_native_id": pl.Series(picked).cast(pl.String).str.replace(r"^", "u-"),
    }))])
    print(f"built {root}", flush=True)


def run(root: Path) -> dict:
    from recordskit import open_workspace
    from recordskit.checks import run_suites

    ws = open_workspace(root)
    started = time.perf_counter()
    cpu_started = time.process_time()
    result = run_suites(ws)
    seconds = time.perf_counter() - started
    by_suite = {name: {"expectations": sum(r.suite == name for r in result.results),
                       "rows": max((r.element_count for r in result.results if r.suite == name),
                                   default=0),
                       "failed": sum(not r.success for r in result.results if r.suite == name)}
                for name in result.suites}
    return {"wall_seconds": round(seconds, 1),
            "cpu_seconds": round(time.process_time() - cpu_started, 1),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "suites": by_suite}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--removals", type=int, default=200_000)
    parser.add_argument("--keep", action="store_true", help="keep the archive for another run")
    parser.add_argument("--build-only", action="store_true",
                        help="build (and keep) the archive, validate nothing: the harness builds "
                             "first so that validation's own peak memory is what it measures")
    parser.add_argument("--phase", choices=("build", "run"), help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "build":
        build(args.root, args.rows, args.removals)
        return
    if args.phase == "run":
        print(json.dumps(run(args.root)))
        return

    root = HERE / "data" / f"validate-{args.rows}-{args.removals}"
    me = [sys.executable, __file__, "--rows", str(args.rows), "--removals", str(args.removals),
          "--root", str(root)]
    if not (root / "recordskit.toml").exists():
        shutil.rmtree(root, ignore_errors=True)
        started = time.perf_counter()
        subprocess.run([*me, "--phase", "build"], check=True)
        build_seconds = round(time.perf_counter() - started, 1)
    else:
        build_seconds = None
    if args.build_only:
        return
    load_before = os.getloadavg()[0]
    out = subprocess.run([*me, "--phase", "run"], check=True, capture_output=True, text=True)
    measured = json.loads(out.stdout.strip().splitlines()[-1])
    result = {"benchmark": "validate", "content_rows": args.rows, "removals": args.removals,
              **measured, "build_seconds": build_seconds,
              "load_average_at_start": round(load_before, 2),
              "python": sys.version.split()[0],
              "machine": f"{platform.machine()}, {platform.system()}, {os.cpu_count()} cpus"}
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "validate.json").write_text(json.dumps(result, indent=2) + "\n")
    with open(HERE / "RESULTS.md", "a", encoding="utf-8") as fh:
        fh.write(f"\n## validate ({dt.date.today()})\n\n"
                 f"`recordskit validate` (all suites) over {args.rows:,} content rows and "
                 f"{args.removals:,} removals: {result['wall_seconds']} s wall "
                 f"({result['cpu_seconds']} s CPU), peak {result['peak_rss_mib']} MiB resident, "
                 f"load average {result['load_average_at_start']} at start. Per suite: "
                 + "; ".join(f"{n} {s['rows']:,} rows, {s['expectations']} expectations"
                             for n, s in result["suites"].items()) + ".\n")
    print(json.dumps(result, indent=2))
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
