"""The benchmark harness (``make bench``): every workload, at each data size, in one run.

    uv run python benchmarks/run.py [--tier 1m] [--tier 10m] [--only W1 --only W3]

Each workload is a script of this folder, run in its own process so that its wall time and peak
memory are its own (``os.wait4``; W3 runs its DuckDB comparison in a child process and reports
its search process's peak itself); the script writes its detailed numbers to
``results/<name>.json``, which the harness copies into ``results/run-<stamp>/<tier>/``. The
harness then writes ``results/run-<stamp>.json`` and the table between the markers of
``RESULTS.md``: each workload against its target and its comparison (the floor, DuckDB), with
the machine, the versions and the data sizes. Sections below the table are the scripts' own
notes from their development runs; the harness restores them as they were.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
RESULTS_MD = HERE / "RESULTS.md"
BEGIN, END = "<!-- harness:begin -->", "<!-- harness:end -->"
TIERS = {"1m": 1_000_000, "10m": 10_000_000}
GIB = 1024**3
MEMORY_TARGET_MIB = 8 * 1024  # every workload: peak memory <= 8 GB


@dataclass(frozen=True)
class Workload:
    key: str
    title: str
    script: str
    result_file: str
    args: Callable[[int], list[str]]
    summary: Callable[[dict, int], tuple[str, str, bool | None]]
    """(measured, comparison or target, met?) from the script's JSON and the tier size."""
    prepare: Callable[[int], list[str]] | None = None
    """Arguments of an untimed run first (building the data), when the script has one."""
    own_peak: Callable[[dict], float] | None = None
    """The workload's own peak memory (MiB) from the script's JSON, when the script runs its
    comparison in a child process: ``wait4`` reports the largest of the process and the
    children it waited for, so the comparison's memory would count as the workload's."""


def _w1(doc: dict, n: int) -> tuple[str, str, bool | None]:
    ratio = doc["floor"]["rows_per_second"] / max(doc["records_per_second"], 1)
    return (f"{doc['records_per_second']:,} records/s ({doc['rows_read']:,} rows, "
            f"{doc['wall_seconds']} s)",
            f"floor {doc['floor']['rows_per_second']:,} records/s: {ratio:.1f}x slower "
            "(target within 2x)", ratio <= 2)


def _w2(doc: dict, n: int) -> tuple[str, str, bool | None]:
    target = n < TIERS["10m"] or doc["wall_seconds"] <= 60
    return (f"{doc['wall_seconds']} s for {doc['content_rows']:,} rows and "
            f"{doc['removals']:,} removals", "target <= 60 s at 10M", target)


def _w3(doc: dict, n: int) -> tuple[str, str, bool | None]:
    r = doc["results"][-1]
    ok = r["match_p50_s"] <= r["duckdb_p50_s"] and (n < TIERS["10m"] or r["match_p50_s"] <= 1)
    return (f"p50 {r['match_p50_s']} s, p95 {r['match_p95_s']} s (with thread context: p50 "
            f"{r['full_p50_s']} s); search process peak {r['peak_rss_mib']:,} MiB",
            f"DuckDB SQL p50 {r['duckdb_p50_s']} s, p95 {r['duckdb_p95_s']} s, its own process "
            f"peak {r['duckdb_peak_rss_mib']:,} MiB; results equal: "
            f"{r['all_equal_to_duckdb']} (target p50 <= 1 s at 10M, no slower than DuckDB)",
            ok and r["all_equal_to_duckdb"])


def _w4(doc: dict, n: int) -> tuple[str, str, bool | None]:
    return (f"{doc['wall_seconds']} s for {doc['counts']['records']:,} records",
            "target <= 60 s", doc["wall_seconds"] <= 60)


def _w5(doc: dict, n: int) -> tuple[str, str, bool | None]:
    a = doc["audit"]
    target = n < TIERS["10m"] or a["wall_seconds"] <= 120
    return (f"{a['wall_seconds']} s for one quarter ({a['content_rows_in_quarter']:,} of "
            f"{a['archive_content_rows']:,} content rows)", "target <= 120 s at 10M", target)


def _w0(doc: dict, n: int) -> tuple[str, str, bool | None]:
    return (f"{doc['wall_seconds']} s, {doc['comments_per_second']:,} comments/s",
            "no target (test and benchmark data)", None)


# W0 keeps the city it generates (benchmarks/data/synth-<n>) for W1 to ingest (W1 generates it,
# untimed, when missing); beyond the first tier a kept city is not generated again. W2, W3 and
# W5 build their archives in an untimed run first (so that the measured process's peak memory
# is the workload's own) and keep them under benchmarks/data/ for later runs; ``--fresh``
# removes them all first.
WORKLOADS = [
    Workload("W0", "synthetic city", "synth_bench.py", "synth.json",
             lambda n: ["--scale", str(n), "--keep"], _w0),
    Workload("W1", "ingest", "ingest_bench.py", "ingest.json",
             lambda n: ["--scale", str(n)], _w1),
    Workload("W2", "validate", "validate_bench.py", "validate.json",
             lambda n: ["--rows", str(n), "--removals", str(max(n // 50, 1000)), "--keep"],
             _w2, prepare=lambda n: ["--rows", str(n), "--removals", str(max(n // 50, 1000)),
                                     "--keep", "--build-only"]),
    Workload("W3", "search", "search_bench.py", "search.json",
             lambda n: ["--comments", str(n), "--keep"], _w3,
             prepare=lambda n: ["--comments", str(n), "--keep", "--build-only"],
             own_peak=lambda doc: doc["results"][-1]["peak_rss_mib"]),
    Workload("W4", "PRA packet", "packet_bench.py", "packet.json",
             lambda n: ["--records", "10000", "--keep"], _w4),
    Workload("W5", "quarterly audit", "audit_bench.py", "audit.json",
             lambda n: ["--comments", str(n), "--keep"], _w5,
             prepare=lambda n: ["--comments", str(n), "--keep", "--build-only"]),
]
DATA = HERE / "data"


def synth_city(n: int) -> Path:
    return DATA / f"synth-{n}"


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in ("recordskit", "polars", "deltalake", "duckdb", "pyarrow",
                 "great-expectations", "pandas", "papermill"):
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def _machine() -> dict[str, object]:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return {"cores": os.cpu_count(), "memory_gib": round(mem / GIB, 1),
            "platform": platform.platform(), "load_average_at_start": os.getloadavg()}


def run_one(w: Workload, n: int, out_dir: Path) -> dict[str, object]:
    if w.prepare:
        print(f"[{w.key}] preparing (untimed): {w.script} {' '.join(w.prepare(n))}",
              file=sys.stderr, flush=True)
        subprocess.run([sys.executable, str(HERE / w.script), *w.prepare(n)], cwd=HERE.parent,
                       stdout=subprocess.DEVNULL, check=True)
    cmd = [sys.executable, str(HERE / w.script), *w.args(n)]
    print(f"[{w.key}] {w.title} at {n:,}: {' '.join(cmd[1:])}", file=sys.stderr, flush=True)
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=HERE.parent, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = round(time.monotonic() - started, 1)
    record: dict[str, object] = {
        "workload": w.key, "title": w.title, "size": n, "wall_seconds": wall,
        "peak_rss_mib": round(usage.ru_maxrss / 1024, 1),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
        "exit_status": os.waitstatus_to_exitcode(status),
    }
    result = RESULTS / w.result_file
    if record["exit_status"] == 0 and result.exists():
        doc = json.loads(result.read_text(encoding="utf-8"))
        shutil.copy2(result, out_dir / w.result_file)
        measured, comparison, met = w.summary(doc, n)
        record.update(measured=measured, comparison=comparison, met=met)
        if w.own_peak is not None:
            record.update(process_tree_peak_rss_mib=record["peak_rss_mib"],
                          peak_rss_mib=w.own_peak(doc))
    else:
        record.update(measured="failed", comparison="", met=False)
    print(f"[{w.key}] {record['measured']} ({wall} s, {record['peak_rss_mib']} MiB)",
          file=sys.stderr, flush=True)
    return record


def table(run: dict) -> str:
    m = run["machine"]
    v = run["versions"]
    lines = [
        BEGIN,
        f"## Harness run {run['started_at']}",
        "",
        f"`make bench` on {m['cores']} cores and {m['memory_gib']} GiB ({m['platform']}), load "
        f"average at start {', '.join(f'{x:.2f}' for x in m['load_average_at_start'])}; Python "
        f"{v['python']}, polars {v['polars']}, deltalake {v['deltalake']}, duckdb "
        f"{v['duckdb']}, great-expectations {v['great-expectations']}. Details in "
        f"`benchmarks/results/{run['file']}`.",
        "",
        "| workload | size | measured | comparison / target | peak memory | met |",
        "|---|---|---|---|---|---|",
    ]
    for r in run["records"]:
        met = {True: "yes", False: "**no**", None: "n/a"}[r["met"]]
        memory_ok = r["peak_rss_mib"] <= MEMORY_TARGET_MIB
        mem = f"{r['peak_rss_mib']:,} MiB" + ("" if memory_ok else " (**over 8 GB**)")
        lines.append(f"| {r['workload']} {r['title']} | {r['size']:,} | {r['measured']} | "
                     f"{r['comparison']} | {mem} | {met} |")
    lines += ["", END]
    return "\n".join(lines)


def write_results_md(notes: str, run: dict) -> None:
    head = "# Benchmark results\n\n"
    body = notes
    if BEGIN in body:
        before, rest = body.split(BEGIN, 1)
        body = before + rest.split(END, 1)[1].lstrip("\n")
    if body.startswith(head):
        body = body[len(head):]
    RESULTS_MD.write_text(head + table(run) + "\n\n" + body, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tier", action="append", choices=sorted(TIERS),
                    help="data size (repeatable; default: 1m and 10m)")
    ap.add_argument("--only", action="append", choices=[w.key for w in WORKLOADS],
                    help="run only these workloads (repeatable)")
    ap.add_argument("--fresh", action="store_true",
                    help="remove the cities and archives kept by earlier runs first")
    args = ap.parse_args()
    tiers = args.tier or ["1m", "10m"]
    if args.fresh and DATA.exists():
        shutil.rmtree(DATA)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    notes = RESULTS_MD.read_text(encoding="utf-8") if RESULTS_MD.exists() else ""
    run: dict = {"started_at": stamp, "file": f"run-{stamp}.json", "machine": _machine(),
                 "versions": _versions(), "records": []}
    try:
        for tier in tiers:
            out_dir = RESULTS / f"run-{stamp}" / tier
            out_dir.mkdir(parents=True, exist_ok=True)
            for w in WORKLOADS:
                if args.only and w.key not in args.only:
                    continue
                if w.key == "W4" and tier != tiers[0]:
                    continue  # the packet is 10,000 records at any archive size
                if w.key == "W0" and tier != tiers[0] and synth_city(TIERS[tier]).is_dir():
                    continue  # a kept city is reused (W0 has no target; see RESULTS.md)
                run["records"].append(run_one(w, TIERS[tier], out_dir))
    finally:
        (RESULTS / run["file"]).write_text(json.dumps(run, indent=2) + "\n", encoding="utf-8")
        write_results_md(notes, run)  # the scripts' appended sections are replaced by the table
    print(table(run))
    if any(r["exit_status"] for r in run["records"]):
        sys.exit(1)


if __name__ == "__main__":
    main()
