"""The command line: light start-up, clear errors, the exit-code contract, the lock."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from recordskit import WorkspaceLocked
from recordskit.cli import cli
from tests.builders import REPO, content_batch

HEAVY = ("great_expectations", "papermill", "openpyxl", "polars", "deltalake")


def test_importing_the_entry_point_does_not_import_heavy_libraries():
    code = textwrap.dedent(f"""
        import sys
        from recordskit.cli import main
        heavy = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))
        print(','.join(heavy))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""


def test_help_runs_and_every_command_has_an_example():
    runner = CliRunner()
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0 and "Exit codes" in result.output

    def walk(group, path):
        for name, cmd in group.commands.items():
            yield [*path, name], cmd
            if hasattr(cmd, "commands"):
                yield from walk(cmd, [*path, name])

    for path, cmd in walk(cli, []):
        if hasattr(cmd, "commands"):
            continue
        out = runner.invoke(cli, [*path, "--help"])
        assert out.exit_code == 0, path
        assert "Example" in out.output, f"`recordskit {' '.join(path)} --help` has no example"


def test_bad_input_is_one_line_without_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "recordskit", "-w", str(tmp_path / "nowhere"), "verify"],
        capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_debug_shows_the_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "recordskit", "--debug", "-w", str(tmp_path / "x"), "verify"],
        capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" in result.stderr


def test_workspace_found_from_a_subfolder_and_from_the_environment(workspace, tmp_path):
    sub = workspace.root / "reports"
    env = {k: v for k, v in os.environ.items() if k != "RECORDSKIT_WORKSPACE"}
    here = subprocess.run([sys.executable, "-m", "recordskit", "verify", "--json"],
                          capture_output=True, text=True, cwd=sub, env=env)
    assert here.returncode == 0, here.stderr
    via_env = subprocess.run([sys.executable, "-m", "recordskit", "verify", "--json"],
                             capture_output=True, text=True, cwd=tmp_path,
                             env={**env, "RECORDSKIT_WORKSPACE": str(workspace.root)})
    assert via_env.returncode == 0, via_env.stderr
    assert '"ok": true' in via_env.stdout


def test_a_second_writer_is_refused_and_told_who_holds_the_lock(workspace):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import time
            from recordskit.workspace import open_workspace
            with open_workspace({str(workspace.root)!r}).lock("audit run --period 2026-Q3"):
                print("held", flush=True)
                time.sleep(60)
        """)], stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WorkspaceLocked) as err:
            workspace.archive.ingest([content_batch([1])])
        assert err.value.exit_code == 3
        assert err.value.holder["pid"] == holder.pid
        assert "audit run --period 2026-Q3" in str(err.value)
        assert workspace.archive.version == 0
    finally:
        holder.kill()
        holder.wait()
    [r] = workspace.archive.ingest([content_batch([1])])  # the lock died with its holder
    assert r.seq == 1


def test_ingest_exits_3_naming_the_holder_while_another_run_writes(workspace, tmp_path):
    registers = REPO / "data_samples" / "templates"
    with workspace.lock("audit run --period 2026-Q3"):
        out = CliRunner().invoke(cli, ["-w", str(workspace.root), "ingest", str(registers)])
    assert out.exit_code == 3, out.output
    assert "locked by another run" in out.output and "audit run --period 2026-Q3" in out.output
    assert workspace.archive.version == 0
