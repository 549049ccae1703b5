"""The runner's structured results, severities, not-evaluable suites, Data Docs and the
``recordskit validate`` command."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from recordskit.checks import SUITES, run_suites
from recordskit.checks.gx_engine import FrameToValidate, validate_frames
from recordskit.cli import cli
from recordskit.errors import ConfigError
from tests.checks_city import compliant_city

EXPECTATIONS = sum(len(spec.load()["expectations"]) for spec in SUITES.values())


def flawed_city():
    """Compliant but for one critical gap (a removal with no time) and one major one (a
    disposition without the attorney's consent)."""
    c = compliant_city()
    c.row("moderation_actions", action_id="a1")["acted_at"] = None
    c.row("dispositions", disposition_id="disp-1")["attorney_consent_ref"] = None
    return c


@pytest.fixture(scope="module")
def flawed_ws(tmp_path_factory):
    from recordskit import init_workspace

    ws = init_workspace(tmp_path_factory.mktemp("flawed") / "ws")
    flawed_city().ingest(ws)
    return ws


@pytest.fixture(scope="module")
def flawed_run(flawed_ws, tmp_path_factory):
    return run_suites(flawed_ws, data_docs_dir=tmp_path_factory.mktemp("docs") / "data_docs")


def test_one_structured_result_per_expectation(flawed_run):
    assert len(flawed_run.results) == EXPECTATIONS
    assert flawed_run.suites == list(SUITES) and flawed_run.not_evaluable == {}
    for r in flawed_run.results:
        assert r.severity in ("critical", "major", "review", "metric") and r.control_id
        assert r.clause and r.description and r.columns
        assert r.id_column == SUITES[r.suite].id_column
        assert r.success == (r.unexpected_count == 0)
        assert len(r.failing_ids) <= r.unexpected_count
    [mod1] = [r for r in flawed_run.results if not r.success and r.control_id == "MOD-1"]
    assert (mod1.columns, mod1.failing_ids, mod1.unexpected_count) == (["acted_at"], ["a1"], 1)


def test_pass_or_fail_follows_the_control_severity(flawed_run):
    assert [r.control_id for r in flawed_run.failed("critical")] == ["MOD-1"]
    assert [r.control_id for r in flawed_run.failed("major")] == ["MOD-1", "RET-3"]
    assert flawed_run.failed("review") == flawed_run.failed("major")
    assert flawed_run.failing_ids_by_control() == {"MOD-1": ["a1"], "RET-3": ["disp-1"]}
    with pytest.raises(ValueError, match="threshold"):
        flawed_run.failed("metric")


def test_results_are_json_and_data_docs_are_built(flawed_run):
    doc = json.loads(json.dumps(flawed_run.as_dict()))
    assert doc["failed"] == {"critical": 1, "major": 2, "review": 2}
    assert len(doc["results"]) == EXPECTATIONS
    index = flawed_run.data_docs
    assert index.name == "index.html" and index.exists()
    assert {p.name for p in (index.parent / "expectations").glob("*.html")} == {
        f"{name}.html" for name in SUITES}


def test_empty_tables_are_not_evaluable_never_a_pass(workspace):
    run = run_suites(workspace)
    assert run.results == [] and run.failed("review") == []
    assert run.not_evaluable == {name: list(spec.tables) for name, spec in SUITES.items()}


def test_a_suite_gx_cannot_fully_load_is_refused():
    doc = SUITES["registers"].load()
    doc["expectations"].append({"type": "expect_nothing_recordskit_knows", "kwargs": {},
                                "meta": {}})
    import pandas as pd

    n = len(doc["expectations"]) - 1
    with pytest.raises(ConfigError, match=f"loaded {n} of {n + 1} expectations .*"
                       "expect_nothing_recordskit_knows"):
        validate_frames({"registers": FrameToValidate(doc, pd.DataFrame({"account_id": []}),
                                                      "account_id", {})}, None)


def test_suite_meta_must_match_the_control_severity(tmp_path, monkeypatch):
    from recordskit.checks import suites

    doc = SUITES["retention"].load()
    doc["expectations"][0]["severity"] = "info"
    (tmp_path / "retention.json").write_text(json.dumps(doc))
    monkeypatch.setattr(suites, "EXPECTATIONS_DIR", tmp_path)
    with pytest.raises(ConfigError, match="does not match the control severity"):
        SUITES["retention"].load()


def _validate(ws, *args):
    return CliRunner().invoke(cli, ["--workspace", str(ws.root), "validate", *args])


def test_cli_exits_1_on_a_critical_failure_and_prints_only_json(flawed_ws):
    result = _validate(flawed_ws, "--json")
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    assert doc["failed"]["critical"] == 1
    folder = flawed_ws.reports_dir / "validate"
    run_dir = folder / doc["run_folder"].rsplit("/", 1)[-1]
    assert (run_dir / "results.json").exists() and (run_dir / "data_docs" / "index.html").exists()
    assert doc["data_docs"] == str(run_dir / "data_docs" / "index.html")
    assert not [p for p in folder.iterdir() if p.name.startswith(".")], "temporary folder left"


def test_cli_exits_0_when_only_major_fail_and_shows_a_table(flawed_ws):
    result = _validate(flawed_ws, "--suite", "retention", "--period", "2026-Q1")
    assert result.exit_code == 0, result.output
    assert "RET-3" in result.stdout and "disp-1" in result.stdout and "FAIL" in result.stdout


def test_cli_rejects_an_unknown_suite_and_reports_empty_ones(flawed_ws, workspace):
    bad = _validate(flawed_ws, "--suite", "nope")
    assert bad.exit_code == 2 and "no suite 'nope'" in bad.stderr
    empty = _validate(workspace, "--json")
    assert empty.exit_code == 0
    assert set(json.loads(empty.stdout)["not_evaluable"]) == set(SUITES)


def test_importing_gx_leaves_the_iri_grammar_until_an_iri_is_checked():
    """gx_engine defers jsonschema's RFC 3987 parser (seconds to build) without changing what
    jsonschema's "iri" formats accept: run in a fresh process, where GX is not yet imported."""
    import subprocess
    import sys

    script = """
import sys
from recordskit.checks.gx_engine import _import_gx
_import_gx()
assert "jsonschema._format" in sys.modules, "GX no longer imports jsonschema: drop the stand-in"
assert "rfc3987_syntax.syntax_helpers" not in sys.modules, "the grammar was built on import"
import jsonschema
check = jsonschema.FormatChecker().conforms
assert check("https://example.org/caf\\u00e9?q=1#f", "iri") and check("a/b", "iri-reference")
assert not check("not an iri", "iri") and not check("http://[bad", "iri")
assert "rfc3987_syntax.syntax_helpers" in sys.modules
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_frame_that_cannot_be_prepared_stops_the_run(flawed_ws, monkeypatch):
    """GX validates in a thread of its own while the next frame is prepared: a failure in this
    thread still ends the run with its own error, nothing left running."""
    import threading

    from recordskit.checks import registers

    def broken(inputs):
        raise RuntimeError("registers frame failed")

    monkeypatch.setattr(registers, "build", broken)
    with pytest.raises(RuntimeError, match="registers frame failed"):
        run_suites(flawed_ws)
    assert not [t for t in threading.enumerate() if t.name.startswith("recordskit-gx")]
