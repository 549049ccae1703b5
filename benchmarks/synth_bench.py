"""Benchmark the synthetic city generator: wall time and peak memory for 1,000,000 comments.

    uv run python benchmarks/synth_bench.py [--scale 1000000] [--keep]

Writes benchmarks/results/synth.json: wall and CPU seconds (the machine may be shared: CPU time
does not count the waits), peak resident memory, output size. The generated city goes to a
temporary folder under benchmarks/data/ (ignored by git) and is removed afterwards unless
--keep is given.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the generated city")
    args = parser.parse_args()

    from recordskit.synth import generate

    out = HERE / "data" / f"synth-{args.scale}"
    if out.exists():
        shutil.rmtree(out)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    cpu_started = time.process_time()
    summary = generate(out, seed=args.seed, scale=args.scale)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    result = {
        "benchmark": "synth",
        "scale": args.scale,
        "seed": args.seed,
        "wall_seconds": round(seconds, 1),
        "cpu_seconds": round(cpu_seconds, 1),
        "comments_per_second": round(summary.public_comments / seconds),
        "comments_per_cpu_second": round(summary.public_comments / cpu_seconds),
        "load_average_at_start": round(load_before, 2),
        "peak_rss_mib": round(peak_kib / 1024, 1),
        "public_comments": summary.public_comments,
        "content_rows": summary.content_rows,
        "files": summary.files,
        "output_mib": round(summary.bytes / 2**20, 1),
        "python": sys.version.split()[0],
        "machine": f"{platform.machine()}, {platform.system()}",
    }
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    (results / "synth.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    if not args.keep:
        shutil.rmtree(out)


if __name__ == "__main__":
    main()
