"""What Facebook and Instagram exports (Meta "Download Your Information") have in common.

- Every string is mis-encoded; ``read_meta_json`` repairs them all (see ``mojibake.py``).
- Times are epoch seconds.
- Items carry no id of their own. An item's native id is derived from its kind and creation
  time (``post:1771578658``), which a later export of the same account repeats, so record ids are
  stable across re-exports; an edit keeps the creation time and so becomes a new version. Items
  of one kind created in the same second are told apart by their order in the file
  (``post:1771578658#2``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from recordskit.sources.jsonfile import read_json
from recordskit.sources.mojibake import repair

SEARCH_DEPTH = 5  # DYI folders nest data three or four levels deep (your_facebook_activity/...)


def read_meta_json(path: Path) -> Any:
    return repair(read_json(path))


def epoch_text(value: object) -> str | None:
    """Epoch seconds as ISO text in UTC; anything else as given (parsing then reports it)."""
    if value is None or value == "":
        return None
    try:
        return dt.datetime.fromtimestamp(float(value), tz=dt.UTC).isoformat()
    except (TypeError, ValueError, OverflowError, OSError):
        return str(value)


def derived_ids(kind: str, timestamps: list[object]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for ts in timestamps:
        base = f"{kind}:{ts}"
        seen[base] = seen.get(base, 0) + 1
        out.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return out


def find_files(root: Path, names: tuple[str, ...], depth: int = SEARCH_DEPTH) -> Iterator[Path]:
    """Files under ``root`` (at most ``depth`` folders down) whose name matches a glob."""
    if root.is_file():
        return
    stack = [(root, 0)]
    while stack:
        folder, level = stack.pop()
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for p in entries:
            if p.is_dir() and level < depth:
                stack.append((p, level + 1))
            elif p.is_file() and any(p.match(n) for n in names):
                yield p
