"""Acceptance on the synthetic city: every planted violation is reported under its control and
none of the planted clean look-alikes is (precision and recall 1.0 per control); the command
runs from cron's environment; the report loads in headless Chromium without console errors and
its PDF has a section per control."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from recordskit.audit.registry import catalog
from recordskit.audit.runner import run_audit
from tests.audit_city import NOW

QUARTER = "2026-Q3"
VENV_RECORDSKIT = Path(sys.executable).parent / "recordskit"

KNOWN_DISAGREEMENTS: dict[str, str] = {}
NOT_IN_PRECISION_RECALL = {
    "PRA-4": "CONTROLS.md checks packet payloads; the key plants archived comments that carry "
             "their author's contact, which only leak if a packet includes them unredacted "
             "(detection is tested in test_audit_controls)",
}


def _period_of(case: dict) -> str:
    return case.get("period") or QUARTER


@pytest.fixture(scope="module")
def audits(synthetic_city):
    """One findings map per period the answer key plants cases in."""
    key = synthetic_city.controls()
    periods = {QUARTER}
    for entry in key.values():
        periods |= {_period_of(c) for c in entry["planted"] + entry["lookalikes"]}
    out = {}
    for period in sorted(periods):
        result = run_audit(synthetic_city.ws, period, write=False, now=NOW)
        out[period] = {f.control_id: f for f in result.findings}
    return out


@pytest.mark.parametrize("control_id", list(catalog()))
def test_precision_and_recall_are_one(control_id, synthetic_city, audits, request):
    entry = synthetic_city.controls()[control_id]
    if control_id in NOT_IN_PRECISION_RECALL:
        pytest.skip(NOT_IN_PRECISION_RECALL[control_id])
    if not entry["evaluable"] or not entry["applies"]:
        f = audits[QUARTER][control_id]
        assert f.status != "fail", f.summary  # nothing planted: nothing may fail
        pytest.skip(entry.get("reason", "not evaluable from the generated inputs"))
    if control_id in KNOWN_DISAGREEMENTS:
        request.applymarker(pytest.mark.xfail(strict=True,
                                              reason=KNOWN_DISAGREEMENTS[control_id]))
    planted = {(c["id"], _period_of(c)) for c in entry["planted"]}
    lookalikes = {(c["id"], _period_of(c)) for c in entry["lookalikes"]}
    flagged = {(i, p) for p, found in audits.items() for i in found[control_id].flagged_ids}
    true_pos = planted & flagged
    false_pos = lookalikes & flagged
    recall = len(true_pos) / len(planted) if planted else 1.0
    precision = len(true_pos) / (len(true_pos) + len(false_pos)) if true_pos or false_pos \
        else 1.0
    assert (precision, recall) == (1.0, 1.0), {
        "missed": sorted(planted - flagged), "look-alikes flagged": sorted(false_pos)}
    if planted and entry.get("metric") is False:
        assert all(audits[p][control_id].status == "fail" for _, p in planted)


def test_metrics_never_fail(audits):
    for control_id in ("POST-2", "MOD-5", "RET-4"):
        assert audits[QUARTER][control_id].status == "pass"


@pytest.fixture(scope="module")
def cron_run(synthetic_city, tmp_path_factory):
    """``recordskit audit run`` as cron runs it: an empty environment but PATH, another working
    directory, the workspace by flag, the venv's recordskit by absolute path."""
    elsewhere = tmp_path_factory.mktemp("cron-cwd")
    out = elsewhere / "report"
    done = subprocess.run(
        ["env", "-i", "PATH=/usr/bin:/bin", str(VENV_RECORDSKIT), "-w",
         str(synthetic_city.ws.root), "audit", "run", "--period", QUARTER, "--out", str(out),
         "--fail-on", "critical", "--json"],
        capture_output=True, text=True, cwd=elsewhere, timeout=900)
    return done, out


def test_cron_run_exits_1_on_critical_findings_and_writes_a_valid_bag(cron_run):
    from recordskit.outputs.bag import read_bag_info, validate_bag

    done, out = cron_run
    assert done.returncode == 1, done.stderr
    doc = json.loads(done.stdout)
    assert doc["exit_code"] == 1 and "BRN-2" in doc["failing_at_threshold"]
    validate_bag(out)
    assert read_bag_info(out)["Audit-Period"] == QUARTER
    for name in ("audit.html", "audit.pdf", "findings.xlsx", "summary.json",
                 "data_docs/index.html"):
        assert (out / "data" / name).is_file(), name
    log = Path(doc["log_file"])
    assert log.parent.name == "logs" and "audit 2026-Q3 written" in log.read_text()


def test_workbook_has_a_sheet_per_control(cron_run):
    from openpyxl import load_workbook

    _, out = cron_run
    wb = load_workbook(out / "data" / "findings.xlsx", read_only=True)
    assert wb.sheetnames == ["Summary", *catalog()]


@pytest.mark.skipif(not shutil.which("chromium"), reason="chromium is not installed")
def test_html_report_loads_in_headless_chromium_without_console_errors(cron_run, tmp_path):
    _, out = cron_run
    page = (out / "data" / "audit.html").resolve()
    done = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    assert done.returncode == 0
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
    assert "Summary of controls" in done.stdout and "<svg" in done.stdout


def test_pdf_has_a_section_per_control(cron_run):
    from pypdf import PdfReader

    _, out = cron_run
    text = "\n".join(p.extract_text() for p in PdfReader(out / "data" / "audit.pdf").pages)
    text = unicodedata.normalize("NFKC", text)  # the PDF's fonts set "fi" as a ligature
    sections = text.split("Controls")[-1]
    for control_id, spec in catalog().items():
        assert f"{control_id} {spec.title}" in " ".join(sections.split()), control_id


@pytest.mark.skipif(not shutil.which("chromium"), reason="chromium is not installed")
def test_pra3_and_pra4_read_the_packets_the_packet_builder_writes(synthetic_city, tmp_path):
    """The sample request's packet redacts every commenter contact and logs each redaction
    with its exemption and who decided; a contact pasted into its payload is found."""
    from click.testing import CliRunner

    from recordskit.cli import cli
    from recordskit.workspace import open_workspace

    root = tmp_path / "city"
    shutil.copytree(synthetic_city.ws.root, root)
    ws = open_workspace(root)
    request = synthetic_city.root / "pra_request.yaml"
    done = CliRunner().invoke(cli, ["-w", str(root), "pra", "run", str(request), "--json"])
    assert done.exit_code == 0, done.output
    found = {f.control_id: f for f in run_audit(ws, QUARTER, write=False, now=NOW,
                                                controls=["PRA-3", "PRA-4"]).findings}
    assert found["PRA-3"].status == "pass" and found["PRA-3"].checked == 1
    assert found["PRA-4"].status == "pass" and found["PRA-4"].checked >= 4
    planted = synthetic_city.controls()["PRA-4"]["planted"][0]["id"]
    email = ws.archive.current("commenter_contacts").collect()["email"][0]
    [payload] = list((root / "reports" / "pra").glob("*/data/records.jsonl"))
    with open(payload, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"record_id": planted, "text": f"write to {email}"}) + "\n")
    leak = run_audit(ws, QUARTER, write=False, now=NOW, controls=["PRA-4"]).findings[0]
    assert leak.status == "fail" and leak.flagged_ids == [planted]
