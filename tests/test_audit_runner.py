"""The audit as a whole: not evaluable is never pass, suite results feed their controls,
tampering fails RET-5, the lock, the exit codes, the light command line."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from recordskit import init_workspace
from recordskit.audit.finding import FAIL_ON
from recordskit.audit.registry import UnknownControl, catalog, get, registry
from recordskit.audit.runner import run_audit
from recordskit.cli import cli
from tests.audit_city import NOW, Town, at, findings
from tests.builders import REPO


def test_every_control_of_the_spec_has_a_function_and_agrees_with_it():
    rows = {}
    for line in (REPO / "docs" / "controls.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0][:3] in ("ACC", "NOT", "POS", "MOD", "ENG", "BRN",
                                                 "RET", "PRA"):
            rows[cells[0]] = cells
    assert list(rows) == list(catalog()) == list(registry())
    for cid, (_, source, requirement, _check_or_applies, severity) in rows.items():
        spec = catalog()[cid]
        assert (spec.source, spec.severity) == (source, severity), cid
        assert spec.requirement == requirement, cid


def test_a_miss_names_the_controls_that_exist():
    with pytest.raises(UnknownControl) as exc:
        get("MOD-99")
    assert "MOD-99" in str(exc.value) and "MOD-1" in str(exc.value)


def test_an_empty_workspace_passes_nothing(workspace):
    result = run_audit(workspace, "2026-Q3", write=False, now=NOW)
    for f in result.findings:
        if f.applies:
            assert f.status == "not_evaluable", (f.control_id, f.status, f.summary)
            assert f.missing_table, f.control_id
    assert result.finding("MOD-1").missing_table == "moderation_actions"
    assert result.finding("ACC-1").missing_table == "accounts"
    assert result.exit_code == 0


def suite_town(t: Town) -> None:
    t.account("acc-fb")
    t.add("staff", staff_id="s-admin", name="Ada Admin")
    t.add("account_access", account_id="acc-fb", staff_id="s-admin", role="administrator",
          granted_at=at("2020-01-02"))
    post = t.post("acc-fb", at("2026-07-06", 9), "Farmers market returns.")
    for action_id, kw in (("BAD-CODE", {"reason_code": "offensive"}),
                          ("GOOD", {}),
                          ("UNHIDE", {"action": "unhide", "reason_code": None,
                                      "reason_text": None})):
        c = t.item("acc-fb", at("2026-07-06", 11), "This is total bullshit.", parent=post,
                   visibility="removed_by_city")
        t.removal(action_id, c, at("2026-07-06", 14), **kw)
    young = t.post("acc-fb", at("2025-01-10"), "Camp scholarships.")
    old = t.post("acc-fb", at("2023-10-05"), "Leaf pickup.")
    for did, rec in (("D-YOUNG", young), ("D-OLD", old)):
        t.add("dispositions", disposition_id=did, record_id=rec["record_id"],
              series_id="SOC-MEDIA", disposed_at=at("2026-08-03"),
              council_resolution_ref="Res 2026-1", attorney_consent_ref="Consent 2026-1")


@pytest.fixture(scope="module")
def suite_ws(tmp_path_factory):
    ws = init_workspace(tmp_path_factory.mktemp("suites") / "ws", city_name="Town")
    t = Town()
    suite_town(t)
    ws.archive.ingest(t.batches())
    return ws


def test_suite_results_feed_the_controls_they_cover(suite_ws):
    found = findings(suite_ws, ["MOD-1", "MOD-2", "MOD-3", "MOD-4", "RET-1", "RET-2",
                                "RET-3"], suites=True)
    assert found["MOD-2"].flagged_ids == ["BAD-CODE"]
    assert found["MOD-2"].status == "fail"
    assert found["RET-1"].flagged_ids == ["D-YOUNG"]
    assert found["RET-3"].status == "pass" and found["RET-3"].checked == 2
    row = found["MOD-2"].evidence.row(0, named=True)
    assert row["account_id"] == "acc-fb" and row["excerpt"] == "This is total bullshit."


def test_no_rows_in_the_period_is_a_pass_not_a_missing_table(suite_ws):
    found = findings(suite_ws, ["RET-1"], period="2026-Q1", suites=True)
    assert found["RET-1"].status == "pass" and found["RET-1"].checked == 0


def test_a_tampered_record_fails_ret5(tmp_path):
    ws = init_workspace(tmp_path / "ws", city_name="Town")
    t = Town()
    t.account("acc-fb")
    t.post("acc-fb", at("2026-07-06"), "Pool opens.")
    [batch] = [b for b in t.batches() if "content" in b.frames]
    import polars as pl

    batch.frames["content"] = batch.frames["content"].with_columns(
        pl.lit("0" * 64).alias("content_sha256"))
    ws.archive.ingest(t.batches()[:1] + [batch])
    f = findings(ws, ["RET-5"])["RET-5"]
    assert f.status == "fail" and f.severity == "critical"
    assert "content_sha256 does not match" in f.evidence["detail"][0]


def test_exit_code_follows_fail_on(suite_ws):
    result = run_audit(suite_ws, "2026-Q3", write=False, now=NOW)
    assert result.finding("MOD-2").fails_at("critical")
    assert result.exit_code == 1
    result.fail_on = "never"
    assert result.exit_code == 0
    assert FAIL_ON["warning"] == ("critical", "major")
    log = result.log_file.read_text()
    assert "MOD-2 fail" in log and result.log_file.parent.name == "logs"


def test_a_second_run_exits_3_while_the_lock_is_held(suite_ws):
    with suite_ws.lock("another audit"):
        out = CliRunner().invoke(cli, ["-w", str(suite_ws.root), "audit", "run", "--period",
                                       "2026-Q3", "--json"])
    assert out.exit_code == 3
    assert "locked" in out.output


def test_bad_fail_on_is_usage_error(suite_ws):
    out = CliRunner().invoke(cli, ["-w", str(suite_ws.root), "audit", "run", "--fail-on",
                                   "sometimes"])
    assert out.exit_code == 2


def test_help_does_not_import_heavy_libraries():
    code = textwrap.dedent("""
        import sys
        from click.testing import CliRunner
        from recordskit.cli import cli
        CliRunner().invoke(cli, ["audit", "run", "--help"])
        heavy = {"polars", "openpyxl", "papermill", "great_expectations", "matplotlib",
                 "better_profanity", "rapidfuzz"}
        print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_summary_is_json_serializable(suite_ws):
    result = run_audit(suite_ws, "2026-Q3", write=False, now=NOW,
                       controls=["MOD-2", "RET-1"])
    doc = json.loads(json.dumps(result.as_dict(), default=str))
    assert doc["failing_at_threshold"] == ["MOD-2", "RET-1"]
    assert dt.date.fromisoformat(doc["last_day"]) == dt.date(2026, 9, 30)
