"""Benchmark the exhaustive search: 20 PRA-style queries over an archive of N public comments,
against the same queries as DuckDB SQL over the same Parquet files, result sets compared.

    uv run python benchmarks/search_bench.py [--comments 1000000] [--comments 10000000] [--keep]

The archive: N comments written as canonical batches over three years and 24 accounts; texts
from templates with street, park and topic words, about one in twelve with accented or
non-Latin characters (the non-ASCII path of the normalizer), each ending with three words of a
made-up vocabulary so that no two texts repeat (see VOCABULARY).

The search index (``.recordskit/search_index/``) is built once and timed separately, as is
loading it into memory (the first search of a process) and one query read straight from the
Parquet files (what a one-shot ``recordskit search`` does). Each query is then timed with the
index in memory (``in_memory=True``) as:

- ``match``: ``search.match_versions``, the hit keys (what the DuckDB query computes);
- ``full``: ``search.search``, the hits with every content column and their thread context;
- ``duckdb``: the same scope and text test as SQL over the index's Parquet files
  (``query_match.query_sql``), all versions, removed included.

Equality: for every query, the set of (record_id, ingest_seq, content_sha256) of ``match`` with
include_versions and include_removed equals DuckDB's.

Peak memory, in two processes: the DuckDB queries run in a child process of their own (spawned
when the run starts, before this process builds or loads the index: Linux carries a process's
peak over fork and exec), which writes each query's distinct hit keys to a Parquet file of a
temporary folder for this process to compare, and reports its timings and its own peak resident
memory (``duckdb_peak_rss_mib``). A process's peak is the largest it ever held, so in one
process DuckDB's buffers and results would count as the search's; ``peak_rss_mib`` is this
process's alone (``RUSAGE_SELF``): the index in memory and our searches. The harness
(benchmarks/run.py) takes W3's peak from this report: ``os.wait4`` covers the children the
script waited for as well.

Writes benchmarks/results/search.json and appends a section to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = dt.datetime(2023, 10, 1, 15, tzinfo=dt.UTC)
DAYS = 1095
BATCH = 1_000_000
ACCOUNTS = [f"{d}-{p}" for d in ("pd", "parks", "pw", "fire", "lib", "cm", "hr", "dev")
            for p in ("fb", "x", "ig")]
STREETS = ("Harbor Way", "Pacific Ave", "Miner Ave", "Weber Ave", "March Lane", "Hammer Lane",
           "El Dorado St", "Center St")
PARKS = ("Victory Park", "Louis Park", "McKinley Park", "Oak Grove Regional Park",
         "Parque Las Palmas")
TEMPLATES = (
    "Thanks for the update about {street}, this is helpful.",
    "Great work by the crews on {street} this week.",
    "We walked by {park} yesterday and it looked great!",
    "When will the permit counter reopen? I need a building permit for my ADU.",
    "The sideshow on {street} last night was out of control. Please do something.",
    "Parking near {park} is impossible on weekends.",
    "Is {park} open on the holiday? The gates were closed.",
    "Traffic on {street} has been better since the change.",
    "The library staff were very kind to my kids.",
    "Fireworks at {park} again, my dog is terrified.",
    "Potholes on {street} are getting worse, who do I call?",
    "Love the new bike lanes on {street}.",
)
ACCENTED = (
    "¡Gracias! La reunión en {park} fue excelente, señora Núñez.",
    "Café Lumière on {street} was great after the festival — merci!",
    "Tết festival at {park}: the lion dance was amazing 🎉",
    "Straße closed? No, {street} reopened. Día de los Muertos parade at {park}.",
)
QUERIES = [  # (query, scope): PRA-style requests
    ("sideshow", {}),
    ("sideshow*", {"accounts": ["pd-fb", "pd-x"]}),
    ('"hammer lane"', {}),
    ("permit*", {"from": "2025-01-01", "to": "2025-12-31"}),
    ("permit AND adu", {}),
    ("park", {}),
    ('"victory park" OR "louis park"', {"accounts": ["parks-fb", "parks-ig"]}),
    ("fireworks AND dog*", {"from": "2026-06-01", "to": "2026-07-31"}),
    ("pothole* OR \"who do i call\"", {}),
    ("cafe OR reunion", {}),
    ("sideshow NOT \"hammer lane\"", {}),
    ("tet AND festival", {}),
    ("bike* lane*", {"accounts": ["pw-fb", "pw-x"]}),
    ("traffic AND NOT change", {}),
    ("holiday AND (gate* OR closed)", {"from": "2024-01-01", "to": "2024-12-31"}),
    ('"harbor way" OR "pacific ave"', {"from": "2026-07-01", "to": "2026-09-30"}),
    ("library AND kid*", {}),
    ("nunez OR senora", {}),
    ("visibility:removed_by_city", {}),
    ("strasse", {}),
]


VOCABULARY = 5000
FILLER_WORDS = 3
"""Each comment ends with three words drawn from a vocabulary of 5,000 made-up words, so texts
are as varied as real comments: templated texts alone would repeat, and a Parquet reader could
test each distinct text once (dictionary encoding) instead of every row."""


def _vocabulary() -> list[str]:
    import random

    rng = random.Random(5)
    syllables = [c + v for c in "bdfgklmnrstvz" for v in "aeiou"]
    words: set[str] = set()
    while len(words) < VOCABULARY:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _frame(rng, n: int, seq0: int):
    import numpy as np
    import polars as pl

    from recordskit.schema import record_id

    plain = rng.random(n) >= 1 / 12
    tmpl = np.where(plain, rng.integers(0, len(TEMPLATES), n),
                    len(TEMPLATES) + rng.integers(0, len(ACCENTED), n))
    all_t = pl.Series(TEMPLATES + ACCENTED)
    street = pl.Series(STREETS).gather(rng.integers(0, len(STREETS), n))
    park = pl.Series(PARKS).gather(rng.integers(0, len(PARKS), n))
    words = [pl.Series(_vocabulary()).gather(rng.integers(0, VOCABULARY, n))
             for _ in range(FILLER_WORDS)]
    text = pl.select(pl.concat_str(
        [all_t.gather(tmpl).str.replace("{street}", street, literal=True)
         .str.replace("{park}", park, literal=True), *words], separator=" ")).to_series()
    account = pl.Series(ACCOUNTS).gather(rng.integers(0, len(ACCOUNTS), n))
    day = rng.integers(0, DAYS, n)
    seconds = rng.integers(0, 86_400, n)
    posted = pl.Series([FIRST]).dt.cast_time_unit("us").gather([0] * n) + pl.Series(
        (day * 86_400 + seconds) * 1_000_000).cast(pl.Duration("us"))
    natives = pl.Series([f"c{seq0 + i}" for i in range(n)])
    platform = account.str.split("-").list.get(1).replace({"fb": "facebook", "ig": "instagram"})
    removed = rng.random(n) < 1 / 250
    frame = pl.DataFrame({
        "platform": platform, "account_id": account, "native_id": natives,
        "kind": pl.Series(["comment"] * n), "author_native_id": pl.Series(
            rng.integers(1, 200_000, n)).cast(pl.String),
        "author_role": pl.Series(["public"] * n), "posted_at": posted,
        "text": text, "visibility": pl.Series(np.where(removed, "removed_by_city", "visible")),
    })
    frame = frame.with_columns(
        ("@user" + pl.col("author_native_id")).alias("author_handle"),
        pl.col("posted_at").alias("captured_at"),
        pl.struct("platform", "account_id", "native_id").map_elements(
            lambda s: record_id(s["platform"], s["account_id"], "comment", s["native_id"]),
            return_dtype=pl.String).alias("record_id"),
    )
    return frame


def build(root: Path, comments: int, seed: int = 7) -> dict:
    import numpy as np
    import polars as pl

    from recordskit import Batch, init_workspace

    if root.exists():
        shutil.rmtree(root)
    ws = init_workspace(root, city_name="Benchmark City (synthetic)")
    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    written = 0
    while written < comments:
        n = min(BATCH, comments - written)
        frame = _frame(rng, n, written)
        name = f"bench-comments-{written}"
        sha = hashlib.sha256(name.encode()).hexdigest()
        b = Batch(source_file=name, source_sha256=sha, loader="bench")
        b.add("content", frame.with_columns(pl.lit(name).alias("source_file"),
                                            pl.lit(sha).alias("source_sha256")))
        b.rows_read = n
        ws.archive.ingest([b])
        written += n
        print(f"  ingested {written:,} comments ({time.perf_counter() - started:.0f} s)",
              file=sys.stderr)
    return {"comments": written, "build_seconds": round(time.perf_counter() - started, 1)}


def _scope(q: str, s: dict, tz, **flags):
    from recordskit.cli.search_cmd import local_bound
    from recordskit.pra.search import SearchScope

    return SearchScope(query=q, starts_at=local_bound(s.get("from"), tz, end=False),
                       ends_at=local_bound(s.get("to"), tz, end=True),
                       account_ids=tuple(s.get("accounts", ())), **flags)


def _sql(scope, files: list[str], version: int) -> str:
    from recordskit.pra.query import parse_query
    from recordskit.pra.query_match import query_sql

    conds = [f"ingest_seq <= {version}", query_sql(parse_query(scope.query))]
    if scope.starts_at:
        conds.append(f"posted_at >= TIMESTAMPTZ '{scope.starts_at.isoformat()}'")
    if scope.ends_at:
        conds.append(f"posted_at < TIMESTAMPTZ '{scope.ends_at.isoformat()}'")
    if scope.account_ids:
        conds.append("account_id IN (" + ", ".join(f"'{a}'" for a in scope.account_ids) + ")")
    listed = ", ".join(f"'{f}'" for f in files)
    return (f"SELECT record_id, ingest_seq, content_sha256 FROM read_parquet([{listed}]) "
            f"WHERE {' AND '.join(conds)}")


KEY = ["record_id", "ingest_seq", "content_sha256"]
"""A hit version; the result sets are compared as sets of these (anti-joins in polars: Python
sets of three million tuples held 2 GB, more than the search they checked)."""


def _duckdb_queries(sqls: list[str], repeats: int, keys_dir: str) -> dict:
    """The DuckDB comparison, run in a spawned child process (see ``measure``): each query's SQL
    ``repeats`` times, each timed; the last result's distinct KEY rows written to
    ``keys_dir/<query number>.parquet``. Returns the timings per query and this process's peak
    resident memory."""
    import duckdb

    con = duckdb.connect()
    seconds = []
    for i, sql in enumerate(sqls):
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            duck = con.sql(sql).pl()
            times.append(time.perf_counter() - t)
        duck.select(KEY).unique().write_parquet(Path(keys_dir) / f"{i}.parquet")
        seconds.append(times)
        print(f"  duckdb {i + 1}/{len(sqls)}: {duck.height} rows, "
              f"{round(statistics.median(times), 4)} s", file=sys.stderr, flush=True)
        del duck  # released before the next query, as in the search's loop
    con.close()
    return {"seconds": seconds, "peak_rss_mib": round(_rss_mib(), 1)}


def _duckdb_process() -> ProcessPoolExecutor:
    """The process for ``_duckdb_queries``, so that its memory is not this process's: started,
    and its interpreter up, before this process grows. Linux carries a process's peak resident
    memory over fork and exec, so a child started after the index was built reported this
    process's peak (1,139 MiB at 1M) as its own."""
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    pool.submit(_rss_mib).result()
    return pool


def measure(root: Path, repeats: int) -> dict:
    duckdb_process = _duckdb_process()
    try:
        return _measure(root, repeats, duckdb_process)
    finally:
        duckdb_process.shutdown()


def _measure(root: Path, repeats: int, duckdb_process: ProcessPoolExecutor) -> dict:
    import polars as pl

    from recordskit.pra.search import index_for, match_versions, search
    from recordskit.workspace import open_workspace

    ws = open_workspace(root)
    tz = ws.config.tz
    index = index_for(ws.state_dir, in_memory=True)
    t = time.perf_counter()
    segments = index.update(ws.archive).segments
    index_seconds = time.perf_counter() - t
    files = [str(index.folder / s.file) for s in segments]
    version = ws.archive.version
    with tempfile.TemporaryDirectory(prefix="search-bench-duckdb-") as keys_dir:
        # DuckDB first, in its own process, before this one loads the index: each process's
        # peak is then its own, and the two are never resident together
        sqls = [_sql(_scope(q, s, tz, include_removed=True, include_versions=True), files,
                     version) for q, s in QUERIES]
        duckdb_run = duckdb_process.submit(_duckdb_queries, sqls, repeats, keys_dir).result()
        t = time.perf_counter()
        index.open(ws.archive)  # the first search of a process loads the index into memory
        load_seconds = time.perf_counter() - t
        on_disk = index_for(ws.state_dir)
        t = time.perf_counter()
        match_versions(ws.archive, _scope("sideshow", {}, tz), on_disk)
        one_shot_seconds = time.perf_counter() - t
        per_query = []
        for i, (q, s) in enumerate(QUERIES):
            every = _scope(q, s, tz, include_removed=True, include_versions=True)
            default = _scope(q, s, tz)
            times = {"match": [], "match_default": [], "full": [],
                     "duckdb": duckdb_run["seconds"][i]}
            for _ in range(repeats):
                t = time.perf_counter()
                keys, _, _ = match_versions(ws.archive, every, index)
                times["match"].append(time.perf_counter() - t)
                t = time.perf_counter()
                match_versions(ws.archive, default, index)
                times["match_default"].append(time.perf_counter() - t)
            t = time.perf_counter()
            full = search(ws.archive, default, index=index)
            times["full"].append(time.perf_counter() - t)
            ours = keys.select(KEY).unique()
            theirs = pl.read_parquet(Path(keys_dir) / f"{i}.parquet").select(KEY).unique()
            equal = ours.height == theirs.height and ours.join(
                theirs, on=KEY, how="anti", nulls_equal=True).is_empty()
            per_query.append({"query": q, "scope": s, "hits": ours.height,
                              "records_default": full.hits["record_id"].n_unique(),
                              "equal_to_duckdb": equal,
                              **{f"{k}_median_s": round(statistics.median(v), 4)
                                 for k, v in times.items()}})
            print(f"  {q!r}: {ours.height} hits, match {per_query[-1]['match_median_s']} s, "
                  f"duckdb {per_query[-1]['duckdb_median_s']} s, equal {equal}",
                  file=sys.stderr)
            # what one query made is released before the next: the process peak is a query's own
            del keys, full, ours, theirs

    def pct(key: str, p: float) -> float:
        values = sorted(r[key] for r in per_query)
        return round(values[min(len(values) - 1, int(round(p * (len(values) - 1))))], 4)

    return {
        "rows": ws.archive.table("content").select(pl.len()).collect().item(),
        "archive_version": version, "index_build_seconds": round(index_seconds, 1),
        "index_load_seconds": round(load_seconds, 2),
        "one_shot_query_seconds": round(one_shot_seconds, 2),
        "index_bytes": sum(Path(f).stat().st_size for f in files),
        "repeats": repeats,
        "all_equal_to_duckdb": all(r["equal_to_duckdb"] for r in per_query),
        "duckdb_peak_rss_mib": duckdb_run["peak_rss_mib"],
        **{f"{k}_p50_s": pct(f"{k}_median_s", 0.5) for k in
           ("match", "match_default", "full", "duckdb")},
        **{f"{k}_p95_s": pct(f"{k}_median_s", 0.95) for k in
           ("match", "match_default", "full", "duckdb")},
        "queries": per_query,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--comments", type=int, action="append")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--keep", action="store_true", help="keep and reuse the archives")
    ap.add_argument("--build-only", action="store_true",
                    help="build (and keep) the archives, measure nothing: the harness builds "
                         "first so that the searches' own peak memory is what it measures")
    args = ap.parse_args()
    results = []
    for n in args.comments or [1_000_000]:
        root = HERE / "data" / f"search-{n}"
        print(f"search benchmark at {n:,} comments", file=sys.stderr)
        built = None
        if not (args.keep and (root / "recordskit.toml").exists()):
            built = build(root, n)
        if args.build_only:
            continue
        measured = measure(root, args.repeats)
        # this process's own peak (our search; DuckDB's is measured in its child process)
        results.append({"comments": n, "build": built, "load_average": os.getloadavg(),
                        "peak_rss_mib": round(_rss_mib(), 1), **measured})
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    if args.build_only:
        return
    out = HERE / "results" / "search.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"run_at": dt.datetime.now(dt.UTC).isoformat(),
                               "results": results}, indent=2))
    _append_results(results)


def _append_results(results: list[dict]) -> None:
    lines = [f"\n## search ({dt.date.today().isoformat()})\n",
             "`uv run python benchmarks/search_bench.py` — 20 PRA-style queries "
             "(benchmarks/search_bench.py QUERIES), median of repeats per query, then p50/p95 "
             "over the queries; `match` = hit keys (all versions, removed included), "
             "`default` = current visible versions, `full` = hits with content and thread "
             "context, `duckdb` = the same SQL over the same index Parquet files. Peak memory "
             "in separate processes: `search` = the benchmark process (the index in memory and "
             "our searches), `DuckDB` = the child process that ran the DuckDB queries and "
             "wrote their hit keys for the comparison; a process's peak is the largest it ever "
             "held, so in one process the comparison's buffers would count as the search's "
             "(the harness's `os.wait4` peak is the larger of the two). Details in "
             "`benchmarks/results/search.json`.\n",
             "| comments | index build / load | one-shot query | match p50 / p95 "
             "| default p50 / p95 | full p50 / p95 | DuckDB p50 / p95 | equal to DuckDB "
             "| peak: search / DuckDB | load avg |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(
            f"| {r['rows']:,} | {r['index_build_seconds']} s / {r['index_load_seconds']} s | "
            f"{r['one_shot_query_seconds']} s | {r['match_p50_s']} / "
            f"{r['match_p95_s']} s | {r['match_default_p50_s']} / {r['match_default_p95_s']} s "
            f"| {r['full_p50_s']} / {r['full_p95_s']} s | {r['duckdb_p50_s']} / "
            f"{r['duckdb_p95_s']} s | {'all 20' if r['all_equal_to_duckdb'] else 'NO'} | "
            f"{r['peak_rss_mib']:,} / {r['duckdb_peak_rss_mib']:,} MiB | "
            f"{r['load_average'][0]:.1f} |")
    with open(HERE / "RESULTS.md", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
