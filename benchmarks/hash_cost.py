"""What SHA-256 costs the ingest: bytes hashed per record, and the CPU of each SHA-256 at hand.

    uv run python benchmarks/hash_cost.py [--scale 1000000] [--files 40] [--rounds 4]

Loads the first ``--files`` vendor CSV exports of the synthetic city (the one ``synth_bench.py
--keep`` left under benchmarks/data/, generated when missing) with the archive's own loader,
then measures the canonical forms the loader hashes (content version fields, row fields,
record-id keys) and the export file's bytes per record. It then times, on the content canonical
forms, DuckDB's vectorized ``sha256`` (what the loaders use), ``hashlib.sha256`` called once per
string, and OpenSSL over the same bytes as one message (a lower bound), interleaved over
``--rounds`` rounds, the fastest counting (the machine's speed varies between runs).

Prints the figures and writes benchmarks/results/hash_cost.json. Not part of ``make bench``:
it explains W1's result, it is not a workload.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1_000_000)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()

    import polars as pl
    from ingest_bench import _city, _with_registers, _workspace

    from recordskit.hashing import canonical_expr, hashed
    from recordskit.schema import CONTENT
    from recordskit.sources.ids import key_expr
    from recordskit.sources.reading import workspace_context

    city, _ = _city(args.scale, 7)
    files = sorted((city / "vendor").glob("*.csv"))[:args.files]
    root = _workspace(city)
    try:
        ws, registry = _with_registers(root, city)
        ctx = workspace_context(ws)
        loader = registry.detect(files[0])
        content = pl.concat([b.frames["content"] for f in files for b in loader.load(f, ctx)])
    finally:
        shutil.rmtree(root, ignore_errors=True)

    n = content.height
    version = content.select(canonical_expr(content.schema, CONTENT.identity_fields)).to_series()
    row = content.select(canonical_expr(content.schema, CONTENT.row_hash_fields)).to_series()
    key = content.select(key_expr("kind", "native_id")).to_series()
    per_record = {
        "content sha256 (version fields)": version.str.len_bytes().mean(),
        "row digest (row fields)": row.str.len_bytes().mean(),
        "three record ids (own, parent, thread)": 3 * key.str.len_bytes().mean(),
        "the export file's sha256": sum(f.stat().st_size for f in files) / n,
    }

    strings = version.to_list()
    encoded = [s.encode() for s in strings]
    joined = b"".join(encoded)
    frame = pl.DataFrame({"s": version})
    ways = {
        "DuckDB sha256, vectorized (the loaders' way)":
            lambda: hashed(frame, "SELECT sha256(s) FROM frame"),
        "hashlib.sha256, one call per string (holds the GIL)":
            lambda: [hashlib.sha256(b).hexdigest() for b in encoded],
        "OpenSSL over the same bytes as one message (lower bound)":
            lambda: hashlib.sha256(joined).hexdigest(),
    }
    runs: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(args.rounds):
        for name, way in ways.items():
            started = time.process_time()
            way()
            runs[name].append((time.process_time() - started) / n * 1e6)

    mean_length = sum(len(b) for b in encoded) / n
    result = {
        "city": str(city), "files": len(files), "records": n,
        "bytes_per_record": {k: round(v) for k, v in per_record.items()},
        "bytes_per_record_total": round(sum(per_record.values())),
        "content_form_mean_bytes": round(mean_length),
        "cpu_us_per_content_form": {k: round(min(v), 2) for k, v in runs.items()},
        "cpu_us_per_content_form_rounds": {k: [round(x, 2) for x in v] for k, v in runs.items()},
    }
    print(f"{n:,} records from {len(files)} files of {city}")
    for name, value in per_record.items():
        print(f"  {name}: {value:,.0f} bytes per record")
    print(f"  total: {sum(per_record.values()):,.0f} bytes per record")
    print(f"CPU per content canonical form ({mean_length:.0f} bytes), fastest of {args.rounds}:")
    for name, values in runs.items():
        print(f"  {name}: {min(values):.2f} us")
    out = HERE / "results" / "hash_cost.json"
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
