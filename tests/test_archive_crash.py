"""An ingest killed with SIGKILL leaves an archive that opens at its last good state."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import polars as pl
import pytest

from recordskit import open_workspace
from tests.builders import REPO, content_batch

# The child ingests a batch that writes two tables (content, then moderation_actions) and is
# killed at the point the mode names. It runs the real archive code; only the kill is injected.
CHILD = textwrap.dedent("""
    import os, signal, sys, time
    import polars as pl
    import deltalake
    from recordskit import open_workspace
    from recordskit.archive import Archive
    from tests.builders import content_batch

    ws_path, mode, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
    batch = content_batch(range(1000, 1000 + rows), "big.json")
    batch.add("moderation_actions", pl.DataFrame([{
        "action_id": "a1", "account_id": "acc-x", "platform": "x", "action": "hide",
        "record_id": batch.frames["content"]["record_id"][0]}]))

    if mode == "before_log":
        Archive._append_log = lambda self, entry: os.kill(os.getpid(), signal.SIGKILL)
    elif mode == "between_tables":
        original = deltalake.write_deltalake
        calls = []
        def write(*args, **kwargs):
            calls.append(args[0])
            if len(calls) == 2:
                os.kill(os.getpid(), signal.SIGKILL)
            return original(*args, **kwargs)
        deltalake.write_deltalake = write
    print("ingesting", flush=True)
    open_workspace(ws_path).archive.ingest([batch], progress=lambda f: print("writing", flush=True))
    print("done", flush=True)
""")


def _child(ws_root, mode, rows=50):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(ws_root), mode, str(rows)],
                            stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)


def _assert_last_good_state(ws_root, good_rows):
    archive = open_workspace(ws_root).archive
    assert archive.version == 1
    content = archive.table("content").collect()
    assert content.height == good_rows, "no partial rows are visible"
    assert archive.table("moderation_actions").collect().height == 0
    report = archive.verify()
    assert report.ok, report.mismatches
    return report


@pytest.mark.parametrize("mode", ["before_log", "between_tables"])
def test_killed_ingest_leaves_the_last_good_state(workspace, mode):
    workspace.archive.ingest([content_batch(range(10), "first.json")])
    child = _child(workspace.root, mode)
    child.wait(timeout=120)
    assert child.returncode == -signal.SIGKILL

    report = _assert_last_good_state(workspace.root, 10)
    assert "content" in report.orphan_tables, "the killed ingest did write data files"

    # The next writer discards what the killed one left, and its own ingest is whole.
    archive = open_workspace(workspace.root).archive
    [r] = archive.ingest([content_batch(range(10, 13), "next.json")])
    assert r.seq == 2
    assert archive.table("content").collect()["native_id"].cast(pl.Int64).max() == 12
    assert archive.table("content").collect().height == 13
    final = archive.verify()
    assert final.ok and not final.orphan_tables


def test_kill_at_an_arbitrary_moment_gives_old_or_new_state_never_a_mix(workspace):
    workspace.archive.ingest([content_batch(range(10), "first.json")])
    rows = 60_000
    for delay in (0.0, 0.4, 1.2):
        child = _child(workspace.root, "none", rows)
        assert child.stdout.readline().strip() == "ingesting"
        assert child.stdout.readline().strip() == "writing"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        archive = open_workspace(workspace.root).archive
        content = archive.table("content").collect().height
        actions = archive.table("moderation_actions").collect().height
        assert (content, actions) in {(10, 0), (10 + rows, 1)}, (delay, content, actions)
        assert archive.verify().ok
        if content > 10:
            break
