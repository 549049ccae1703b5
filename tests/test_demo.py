"""`make demo` runs `recordskit demo`: the main job end to end on the sample city."""

from __future__ import annotations

import json
import subprocess
import sys

import bagit

from tests.builders import REPO


def test_demo_runs_the_main_job_to_the_end_and_says_where_its_outputs_are(tmp_path):
    out = subprocess.run([sys.executable, "-m", "recordskit", "demo", "--out", str(tmp_path)],
                         capture_output=True, text=True, cwd=REPO, timeout=900)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = dict(line.split(None, 1) for line in out.stdout.splitlines()[1:] if line.strip())
    assert lines["verify"].strip() == "ok"
    [run_dir] = tmp_path.iterdir()
    workspace = run_dir / "workspace"
    packet = workspace / "reports" / "pra" / "PRA-2026-052"
    assert str(packet) in lines["pra"]
    bagit.Bag(str(packet)).validate()
    [audit] = (workspace / "reports" / "audits" / "2026-Q3").iterdir()
    assert str(audit) in lines["audit"]
    summary = json.loads((audit / "data" / "summary.json").read_text(encoding="utf-8"))
    assert summary["period"] == "2026-Q3"
    assert summary["controls"] == 38 == sum(summary["status"].values())
    bagit.Bag(str(audit)).validate()
