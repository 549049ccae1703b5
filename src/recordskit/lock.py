"""The workspace lock: one writer at a time.

The lock is an OS file lock (released by the kernel when its holder dies, even by SIGKILL), with
a JSON note beside it naming the holder, so the second writer can say who holds it.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from filelock import FileLock, Timeout

from recordskit.errors import WorkspaceLocked


def _holder(command: str) -> dict[str, object]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": user,
        "command": command or " ".join(sys.argv[:3]),
        "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


@contextmanager
def workspace_lock(state_dir: Path, command: str = "", wait_seconds: float = 0) -> Iterator[None]:
    """Hold the workspace's writer lock, or raise WorkspaceLocked naming the holder."""
    state_dir.mkdir(parents=True, exist_ok=True)
    lock_path = state_dir / "writer.lock"
    note_path = state_dir / "writer.lock.json"
    lock = FileLock(str(lock_path), timeout=wait_seconds)
    try:
        lock.acquire()
    except Timeout:
        try:
            holder = json.loads(note_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            holder = None
        raise WorkspaceLocked(str(lock_path), holder) from None
    try:
        note_path.write_text(json.dumps(_holder(command)), encoding="utf-8")
        yield
    finally:
        with suppress(OSError):
            note_path.unlink()
        lock.release()
