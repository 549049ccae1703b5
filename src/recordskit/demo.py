"""The demo: the main job, end to end, on the sample city in ``data_samples/city``.

It makes a fresh workspace under ``reports/demo/<run-id>/``, ingests the sample exports, logs and
registers, verifies the archive, runs the Great Expectations suites, registers the sample PRA
request and builds its response packet, and runs the quarterly policy audit. Every step calls the
same library functions the commands call.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from recordskit.errors import ConfigError

SAMPLE_INPUTS = ("registers", "exports", "vendor", "moderation_logs")
SAMPLE_PERIOD = "2026-Q3"


@dataclass
class DemoResult:
    run_dir: Path
    workspace: Path
    steps: list[tuple[str, str]] = field(default_factory=list)
    """(step, what it produced) in the order run."""


def find_samples(start: Path | None = None) -> Path:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "data_samples" / "city"
        if (candidate / "recordskit.toml").is_file():
            return candidate
    raise ConfigError("no sample city found: run the demo from a checkout of the project "
                      "(it reads data_samples/city), or pass --samples DIR")


def run_demo(samples: Path, out_root: Path,
             say: Callable[[str], None] = lambda _: None) -> DemoResult:
    from recordskit.checks import run_suites
    from recordskit.periods import parse_period
    from recordskit.pra.packet_run import run_packet
    from recordskit.pra.register import add_requests
    from recordskit.sources import default_registry, read_inputs
    from recordskit.sources.reading import workspace_context
    from recordskit.workspace import init_workspace

    run_id = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    run_dir = out_root / run_id
    root = run_dir / "workspace"
    root.mkdir(parents=True)
    shutil.copy2(samples / "recordskit.toml", root / "recordskit.toml")
    ws = init_workspace(root)  # keeps the sample's configuration (its vendor column map)
    result = DemoResult(run_dir, root)

    say(f"1/6 ingesting the sample city from {samples}")
    reading = read_inputs([samples / name for name in SAMPLE_INPUTS], workspace_context(ws),
                          default_registry(ws.config))
    ingested = ws.archive.ingest(reading.batches)
    rows = sum(r.total_added for r in ingested)
    result.steps.append(("ingest", f"{len(ingested)} files, {rows} rows, archive version "
                                   f"{ws.archive.version}"))

    say("2/6 verifying record hashes and the ingest chain")
    report = ws.archive.verify()
    result.steps.append(("verify", "ok" if report.ok else f"{len(report.mismatches)} mismatches"))

    say("3/6 running the Great Expectations suites")
    validate_dir = ws.reports_dir / "validate" / run_id
    validation = run_suites(ws, data_docs_dir=validate_dir / "data_docs")
    failed = validation.failed("major")
    result.steps.append(("validate", f"{len(validation.results)} expectations, {len(failed)} "
                                     f"failing at major or above; Data Docs in {validate_dir}"))

    request_file = samples / "pra_request.yaml"
    say(f"4/6 registering the sample PRA request ({request_file.name})")
    add_requests(ws, request_file)
    result.steps.append(("pra new", str(request_file)))

    say("5/6 building its response packet (papermill)")
    packet = run_packet(ws, request_file)
    result.steps.append(("pra run", f"{packet.summary['request_id']}: {packet.folder}"))

    say(f"6/6 auditing {SAMPLE_PERIOD}")
    period = parse_period(SAMPLE_PERIOD)
    result.steps.extend(_audit(ws, period))
    return result


def _audit(ws, period) -> list[tuple[str, str]]:
    from recordskit.audit import run_audit

    audit = run_audit(ws, period, fail_on="never")
    failing = sum(1 for f in audit.findings if f.status == "fail")
    return [("audit run", f"{len(audit.findings)} controls, {failing} failing; report in "
                          f"{audit.out_dir}")]
