"""The archiving vendor's CSV export (ArchiveSocial-like): every captured version of every item
on a row, with its thread structure. One file per account and quarter of the thread's post,
split every ``max_rows`` rows."""

from __future__ import annotations

from pathlib import Path

from recordskit.synth import clock
from recordskit.synth.model import Item
from recordskit.synth.writers.files import open_csv

MAP_NAME = "archivesocial"
COLUMNS = {
    "native_id": "Item ID", "platform": "Network", "account_id": "Account", "kind": "Type",
    "parent_native_id": "Parent ID", "thread_native_id": "Thread ID",
    "author_native_id": "Author ID", "author_handle": "Author Handle",
    "author_display_name": "Author Name", "posted_at": "Created (UTC)",
    "edited_at": "Edited (UTC)", "text": "Content", "urls": "Links",
    "visibility": "State", "captured_at": "Captured (UTC)",
}
HEADER = list(COLUMNS.values())
STATES = {"visible": "Visible", "hidden": "Hidden by page", "removed_by_city": "Removed",
          "deleted_by_author": "Deleted"}


class VendorCsvWriter:
    def __init__(self, out_dir: Path, max_rows: int):
        self.folder = out_dir / "vendor"
        self.max_rows = max_rows
        self._key: tuple[str, str] | None = None
        self._part = 0
        self._rows = 0
        self._fh = None
        self._csv = None
        self.files: list[Path] = []

    def _open(self, account_id: str, quarter: str) -> None:
        self.close()
        self._key = (account_id, quarter)
        self._part = 1
        self._start_part()

    def _start_part(self) -> None:
        if self._fh:
            self._fh.close()
        account_id, quarter = self._key  # type: ignore[misc]
        suffix = "" if self._part == 1 else f"_part{self._part}"
        path = self.folder / f"{MAP_NAME}_{account_id}_{quarter}{suffix}.csv"
        self._fh, self._csv = open_csv(path, HEADER, lineterminator="\r\n")
        self._rows = 0
        self.files.append(path)

    def write(self, item: Item, captured: list[int], quarter: str) -> int:
        """Write one row per captured version (capture times given, after any outage shift)
        into the file of ``quarter`` (the quarter the item's thread was generated in: files are
        written one after another and never reopened); returns the rows written."""
        key = (item.account.account_id, quarter)
        if key != self._key:
            self._open(*key)
        if self._rows >= self.max_rows:
            self._part += 1
            self._start_part()
        a = item.account
        common = [item.native_id, a.platform, a.account_id, item.kind,
                  item.parent_native_id or "", item.thread_native_id or "",
                  item.author.native_id, item.author.handle, item.author.display_name,
                  clock.iso_z(item.posted_at)]
        links = " ".join(item.urls)
        rows = 0
        versions = list(zip(item.versions, captured, strict=True))
        if item.recaptures:
            last, at = versions[-1]
            versions.append((last, min(at + 6 * clock.HOUR, clock.EXPORT_AT)))
        for v, at in versions:
            self._csv.writerow(common + [  # type: ignore[union-attr]
                clock.iso_z(v.edited_at) if v.edited_at else "", v.text, links,
                STATES[v.visibility], clock.iso_z(at)])
            rows += 1
        self._rows += rows
        return rows

    def close(self) -> None:
        if self._fh:
            self._fh.close()
        self._fh = None
        self._key = None
