"""Every workload script of ``make bench``, run for real at a tiny size.

``make bench`` takes the better part of an hour; a script broken by a change elsewhere would
only show at its end. Here each script runs as the harness runs it (its own process, from a copy
of ``benchmarks/``, so nothing is written into the working tree), on a 20,000-comment city, and
the harness's summary reads the JSON it wrote: the same path from script to table row.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import script_module

ROOT = Path(__file__).resolve().parents[1]
SIZE = 20_000

RUNS = [  # workload, the script's arguments at this size (the harness's, scaled down)
    ("W0", ["--scale", str(SIZE), "--keep"]),
    ("W1", ["--scale", str(SIZE)]),
    ("W2", ["--rows", str(SIZE), "--removals", "1000", "--keep"]),
    ("W3", ["--comments", str(SIZE), "--keep"]),
    ("W4", ["--records", "200", "--keep"]),
    ("W5", ["--comments", str(SIZE), "--keep"]),
]


@pytest.fixture(scope="module")
def bench_copy(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bench")
    (root / "benchmarks" / "results").mkdir(parents=True)
    for script in (ROOT / "benchmarks").glob("*.py"):
        shutil.copy(script, root / "benchmarks" / script.name)
    shutil.copy(ROOT / "benchmarks" / "RESULTS.md", root / "benchmarks" / "RESULTS.md")
    (root / "data_samples").symlink_to(ROOT / "data_samples")
    return root


@pytest.fixture(scope="module")
def harness(bench_copy):
    yield from script_module(bench_copy / "benchmarks" / "run.py", "bench_copy_harness")


@pytest.mark.parametrize(("key", "args"), RUNS, ids=[key for key, _ in RUNS])
def test_workload_script_runs_and_its_row_is_made(bench_copy, harness, key, args):
    w = next(w for w in harness.WORKLOADS if w.key == key)
    done = subprocess.run([sys.executable, str(bench_copy / "benchmarks" / w.script), *args],
                          cwd=bench_copy, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{w.script} failed:\n{done.stderr[-3000:]}"
    doc = json.loads((bench_copy / "benchmarks" / "results" / w.result_file)
                     .read_text(encoding="utf-8"))
    measured, comparison, met = w.summary(doc, SIZE)
    assert measured and measured != "failed"
    if key == "W1":
        assert doc["floor"]["rows"] == doc["rows_read"] > SIZE  # the floor read the same rows
        assert doc["rows_rejected"] == 0 and doc["record_ids"]["identical"]
        assert "floor" in comparison and met in (True, False)
    if key == "W3":
        assert "results equal: True" in comparison  # DuckDB found the same records
        assert w.own_peak(doc) > 0
    if key == "W5":
        assert doc["audit"]["controls"]["pass"] + doc["audit"]["controls"]["fail"] > 0
