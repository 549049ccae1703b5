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
from abc import abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from recordskit.batch import Batch
from recordskit.errors import Problem
from recordskit.sources.base import LoadContext, Loader, Unreadable, captured_at
from recordskit.sources.content import add_content, check_items, items_frame
from recordskit.sources.identity import export_account
from recordskit.sources.jsonfile import item_lines, read_json
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


class MetaExport(Loader):
    """Loading that the Facebook and Instagram exports share: find the export's owner, resolve
    it to a city account, read each data file (repairing Meta's encoding) into content rows, and
    locate problems by line. A subclass says which files are its own, who owns the export, and
    how a file's items become rows."""

    platform: ClassVar[str]
    label: ClassVar[str]
    """The export's name in messages ("Facebook")."""

    @abstractmethod
    def data_files(self, path: Path) -> list[Path]:
        """The data files of this format at ``path`` (a file or a folder)."""

    @abstractmethod
    def is_root(self, folder: Path) -> bool:
        """Whether ``folder`` is an export of this format (or holds its data files)."""

    @abstractmethod
    def owner(self, path: Path) -> str | None:
        """The export's owner (page name, username) from the export folder holding ``path``."""

    @abstractmethod
    def rows(self, path: Path, data: Any, owner: str | None) -> list[dict]:
        """Content rows of one data file, without platform, account and capture time."""

    def claims(self, path: Path) -> bool:
        return (path.is_file() or self.is_root(path)) and bool(self.data_files(path))

    def inputs(self, path: Path) -> list[Path]:
        return self.data_files(path)

    def load(self, path: Path, ctx: LoadContext) -> Iterator[Batch]:
        try:
            owner = self.owner(path)
        except Unreadable as exc:
            for f in self.inputs(path):
                yield self.refused(f, exc.problem)
            return
        for f in self.inputs(path):
            yield self._load_file(f, owner, ctx)

    def _load_file(self, path: Path, owner: str | None, ctx: LoadContext) -> Batch:
        account, problem = export_account(ctx, self.platform, [owner], path)
        if problem:
            return self.refused(path, problem)
        batch = self.new_batch(path)
        try:
            rows = self.rows(path, read_meta_json(path), owner)
        except Unreadable as exc:
            return self.refused(path, exc.problem)
        except (AttributeError, TypeError, KeyError, IndexError) as exc:
            return self.refused(path, Problem(str(path), f"not the {self.label} export layout "
                                              f"this loader reads ({exc!r})"))
        capture = captured_at(path, ctx).isoformat()
        for r in rows:
            r.update(platform=self.platform, account_id=account, captured_at=capture)
        batch.rows_read = len(rows)
        lines: list[int] = []

        def where(i: int) -> dict:
            lines or lines.extend(item_lines(path))
            return {"file": str(path), "line": lines[i] if i < len(lines) else None}

        items, problems, naive = check_items(items_frame(rows), ctx, where)
        batch.rejects.extend(problems)
        batch.naive_timestamps += naive
        add_content(batch, items, ctx)
        return batch
