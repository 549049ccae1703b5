"""The records responsive to a request: the request's scope searched in the archive as it was
when the request was received (or at a given version).

- Archive version: the last version committed at or before receipt; when the archive has none
  (its exports were loaded after the request arrived), the current version, and the search
  log says so. A version given by the caller wins. The version used is recorded, so the packet
  can be rebuilt exactly.
- Scope: the request's query, accounts and period (both ends inclusive); the period ends at
  receipt at the latest (records created after the request are not responsive to it).
- Removed and hidden items and earlier versions of edited items are records, so a packet
  includes them by default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from recordskit.archive import Archive, ArchiveError
from recordskit.pra.search import SearchIndex, SearchResult, SearchScope, search


@dataclass(frozen=True)
class Responsive:
    request: dict[str, Any]
    archive: Archive
    """The archive pinned at the version searched."""
    result: SearchResult
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def archive_version(self) -> int:
        return self.archive.version


def request_scope(request: dict[str, Any], *, include_removed: bool = True,
                  include_versions: bool = True) -> SearchScope:
    """The search scope of a register row. The register's period is inclusive at both ends
    ([scope_starts_at, scope_ends_at]); the search's end is exclusive, one microsecond (the
    archive's resolution) later."""
    last = request.get("scope_ends_at")
    received = request["received_at"]
    last = received if last is None or last > received else last
    ends = last + dt.timedelta(microseconds=1)
    return SearchScope(
        query=request.get("scope_query"),
        starts_at=request.get("scope_starts_at"),
        ends_at=ends,
        account_ids=tuple(request.get("scope_account_ids") or ()),
        include_removed=include_removed,
        include_versions=include_versions,
    )


def archive_at_receipt(archive: Archive, request: dict[str, Any], as_of: int | None = None
                       ) -> tuple[Archive, tuple[str, ...]]:
    """The archive version to search, and a note for the search log. The note describes the
    version against the request's receipt, never how it was chosen, so a rebuild that names
    the version explicitly writes the same search log."""
    received: dt.datetime = request["received_at"]
    try:
        at_receipt: int | None = archive.as_of(timestamp=received).version
    except ArchiveError:
        at_receipt = None
    if as_of is not None:
        pinned = archive.as_of(version=as_of)
    elif at_receipt is not None:
        pinned = archive.as_of(version=at_receipt)
    else:
        pinned = archive.as_of(version=archive.version)
    when = received.isoformat()
    if at_receipt is None:
        note = (f"the archive has no version committed at or before receipt ({when}): its "
                f"records were loaded later; version {pinned.version} was searched")
    elif at_receipt == pinned.version:
        note = f"archive version {pinned.version}: the last committed at or before receipt ({when})"
    else:
        note = (f"archive version {pinned.version} was searched; the last version committed "
                f"at or before receipt ({when}) is {at_receipt}")
    return pinned, (note,)


def responsive_records(archive: Archive, request: dict[str, Any], *, as_of: int | None = None,
                       index: SearchIndex | None = None, include_removed: bool = True,
                       include_versions: bool = True) -> Responsive:
    pinned, notes = archive_at_receipt(archive, request, as_of)
    scope = request_scope(request, include_removed=include_removed,
                          include_versions=include_versions)
    result = search(pinned, scope, index=index)
    return Responsive(request, pinned, result, notes)
