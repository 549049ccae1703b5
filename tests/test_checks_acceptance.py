"""Acceptance on the synthetic city: the suites flag exactly the planted removal and retention
violations (no miss, no false alarm), and on the clean city every suite passes."""

from __future__ import annotations

import pytest

from recordskit.checks import SUITES, run_suites

CONTROLS = ("MOD-1", "MOD-2", "MOD-3", "MOD-4", "RET-1", "RET-2", "RET-3",
            "ACC-1", "ACC-2", "ACC-4")


@pytest.fixture(scope="module")
def synthetic_run(synthetic_city):
    return run_suites(synthetic_city.ws)


@pytest.mark.parametrize("control", CONTROLS)
def test_failing_ids_equal_the_answer_key(synthetic_city, synthetic_run, control):
    key = synthetic_city.controls()[control]
    planted = sorted({p["id"] for p in key["planted"]})
    got = sorted({i for r in synthetic_run.results
                  if r.control_id == control and r.id_column == key["id_kind"]
                  for i in r.failing_ids})
    assert got == planted
    assert not {lk["id"] for lk in key["lookalikes"]} & set(got)


def test_every_suite_ran_on_the_synthetic_city(synthetic_run):
    assert synthetic_run.not_evaluable == {}
    assert {r.suite for r in synthetic_run.results} == set(SUITES)


def test_every_suite_passes_on_the_clean_city(clean_synthetic_city):
    run = run_suites(clean_synthetic_city.ws)
    assert run.not_evaluable == {}
    assert [r for r in run.results if not r.success] == []
