"""The retention suite: RET-1 (schedule and the two-year floor), RET-2 (holds), RET-3
(approvals), each caught, each look-alike passed."""

from __future__ import annotations

import datetime as dt

import pytest

from recordskit.checks import run_suites
from recordskit.schema import record_id
from tests.checks_city import ACCOUNT, _content, at, compliant_city

D = dt.date
# disposition id -> (native id, posted, disposed, series, text, expected failing (control, column))
CASES = {
    "r1-early": ("e1", at("2025-03-01"), at("2026-08-01"), "SOC-MEDIA", "old news",
                 {("RET-1", "eligible_at"), ("RET-1", "minimum_eligible_at")}),
    "r1-short-series": ("e2", at("2025-01-01"), at("2026-03-01"), "SHORT", "notice",
                        {("RET-1", "minimum_eligible_at")}),
    "r1-unknown-series": ("e3", at("2022-01-05"), at("2026-03-01"), "NOPE", "notice",
                          {("RET-1", "eligible_at")}),
    "r1-not-archived": (None, None, at("2026-03-01"), "SOC-MEDIA", None,
                        {("RET-1", "eligible_at"), ("RET-1", "minimum_eligible_at"),
                         ("RET-2", "is_under_active_hold")}),
    "l-on-eligibility": ("e4", at("2023-06-01"), dt.datetime(2026, 1, 1, 8, tzinfo=dt.UTC),
                         "SOC-MEDIA", "CU+2: eligible at local midnight, 2026-01-01", set()),
    "r2-held": ("e5", at("2023-04-01"), at("2026-02-01"), "SOC-MEDIA", "The FLOOD at the park",
                {("RET-2", "is_under_active_hold")}),
    "l-floodlight": ("e6", at("2023-04-01"), at("2026-02-01"), "SOC-MEDIA",
                     "New floodlights at the park (a word, not the hold's)", set()),
    "l-hold-released": ("e7", at("2023-04-01"), at("2026-02-01"), "SOC-MEDIA",
                        "storm drains cleared", set()),
    "l-before-hold": ("e8", at("2022-04-01"), at("2025-05-01"), "SOC-MEDIA",
                      "flood warning lifted", set()),
    "r3-no-resolution": ("e9", at("2023-04-01"), at("2026-02-01"), "SOC-MEDIA", "x",
                         {("RET-3", "council_resolution_ref")}),
    "r3-blank-consent": ("e10", at("2023-04-01"), at("2026-02-01"), "SOC-MEDIA", "y",
                         {("RET-3", "attorney_consent_ref")}),
}


def retention_city():
    c = compliant_city()
    c.rows("retention_schedule").append({
        "series_id": "SHORT", "description": "a series adopted under the floor",
        "retention_years": 1, "retention_basis": "years_after_creation"})
    c.rows("legal_holds").append({
        "hold_id": "hold-2", "matter": "Storm claim", "scope_query": "storm",
        "issued_on": D(2025, 1, 1), "released_on": D(2025, 12, 1)})
    for disposition_id, (native, posted, disposed, series, text, _) in CASES.items():
        if native is not None:
            c.rows("content").append(_content(native, posted, text))
        c.rows("dispositions").append({
            "disposition_id": disposition_id,
            "record_id": record_id("facebook", ACCOUNT, "comment", native or "gone"),
            "series_id": series, "disposed_at": disposed,
            "council_resolution_ref": None if disposition_id == "r3-no-resolution" else "Res. 1",
            "attorney_consent_ref": "  " if disposition_id == "r3-blank-consent" else "CA-1"})
    return c


@pytest.fixture(scope="module")
def retention_run(tmp_path_factory):
    from recordskit import init_workspace

    ws = init_workspace(tmp_path_factory.mktemp("retention") / "ws")
    retention_city().ingest(ws)
    return run_suites(ws, suites=["retention"])


def test_each_violation_fails_exactly_its_expectations(retention_run):
    failing: dict[str, set[tuple[str, str]]] = {}
    for r in retention_run.results:
        for disposition_id in r.failing_ids:
            failing.setdefault(disposition_id, set()).add((r.control_id, r.columns[-1]))
    expected = {d: case[-1] for d, case in CASES.items() if case[-1]}
    assert failing == expected


def test_every_disposition_is_checked(retention_run):
    assert {r.element_count for r in retention_run.results} == {len(CASES) + 1}
