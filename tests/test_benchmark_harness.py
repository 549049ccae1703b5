"""The benchmark harness (``benchmarks/run.py``) read against the results of a real run.

The harness turns each workload script's JSON into a row of the table in RESULTS.md. The run
that table names (``results/run-<stamp>.json`` and ``results/run-<stamp>/``, committed with it)
holds both: the scripts' JSON files and the records the harness made of them, so a script whose
JSON changes shape (or a summary that reads it wrongly) fails here rather than at the end of an
hour of ``make bench``, and the table cannot drift from the run it cites.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.builders import script_module

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
_CITED = re.search(r"Details in `benchmarks/results/(run-\d{8}T\d{6}Z)\.json`",
                   (BENCH / "RESULTS.md").read_text(encoding="utf-8"))
RUN = _CITED.group(1) if _CITED else "no run cited"


@pytest.fixture(scope="module")
def harness():
    yield from script_module(BENCH / "run.py", "bench_harness")


@pytest.fixture(scope="module")
def run() -> dict:
    assert _CITED, "RESULTS.md's table names no harness run"
    return json.loads((BENCH / "results" / f"{RUN}.json").read_text(encoding="utf-8"))


def _tier(size: int) -> str:
    return {1_000_000: "1m", 10_000_000: "10m"}[size]


def test_every_workload_of_both_tiers_is_in_the_run(harness, run):
    keys = {(r["workload"], r["size"]) for r in run["records"]}
    for w in harness.WORKLOADS:
        assert (w.key, 1_000_000) in keys
        if w.key != "W4":  # the packet is 10,000 records at any archive size
            assert (w.key, 10_000_000) in keys
    assert all(r["exit_status"] == 0 for r in run["records"])


def test_summaries_rebuild_the_rows_from_the_scripts_json(harness, run):
    by_key = {w.key: w for w in harness.WORKLOADS}
    for record in run["records"]:
        w = by_key[record["workload"]]
        doc = json.loads((BENCH / "results" / RUN / _tier(record["size"]) / w.result_file)
                         .read_text(encoding="utf-8"))
        measured, comparison, met = w.summary(doc, record["size"])
        assert (measured, comparison, met) == (record["measured"], record["comparison"],
                                               record["met"]), record["workload"]
        if w.own_peak is not None:
            assert w.own_peak(doc) == record["peak_rss_mib"]
            assert record["process_tree_peak_rss_mib"] >= record["peak_rss_mib"]


def test_w1_is_judged_against_its_floor(harness, run):
    w1 = next(w for w in harness.WORKLOADS if w.key == "W1")
    doc = json.loads((BENCH / "results" / RUN / "1m" / "ingest.json").read_text("utf-8"))
    floor = doc["floor"]["rows_per_second"]
    assert w1.summary({**doc, "records_per_second": floor // 2 + 1}, 1_000_000)[2] is True
    assert w1.summary({**doc, "records_per_second": floor // 2 - 1}, 1_000_000)[2] is False


def test_results_md_table_is_replaced_and_the_notes_kept(harness, run, tmp_path, monkeypatch):
    target = tmp_path / "RESULTS.md"
    monkeypatch.setattr(harness, "RESULTS_MD", target)
    notes = ("# Benchmark results\n\n" + harness.BEGIN + "\nan older table\n" + harness.END
             + "\n\n## Notes kept by hand\n\nprofiles <b>and</b> fixes\n")
    harness.write_results_md(notes, run)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Benchmark results\n\n" + harness.BEGIN)
    assert "an older table" not in text
    assert text.count(harness.BEGIN) == 1 and text.count(harness.END) == 1
    assert text.endswith("## Notes kept by hand\n\nprofiles <b>and</b> fixes\n")
    rows = [line for line in text.splitlines() if line.startswith("| W")]
    assert len(rows) == len(run["records"])
    assert "| W1 ingest | 10,000,000 |" in text and "| **no** |" in text

    # a second run over the first keeps one table and the same notes
    harness.write_results_md(text, run)
    assert target.read_text(encoding="utf-8") == text


def test_committed_results_md_holds_this_runs_table(harness, run):
    text = (BENCH / "RESULTS.md").read_text(encoding="utf-8")
    block = text[text.index(harness.BEGIN):text.index(harness.END) + len(harness.END)]
    assert block == harness.table(run)


def test_memory_over_the_target_is_flagged(harness, run):
    over = {**run, "records": [{**run["records"][0], "peak_rss_mib": 9000.0}]}
    assert "(**over 8 GB**)" in harness.table(over)
