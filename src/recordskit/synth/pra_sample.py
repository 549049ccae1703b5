"""The sample public records request and the records responsive to it, found while the
content streams past."""

from __future__ import annotations

import datetime as dt

from recordskit.synth.city import at
from recordskit.synth.model import FB_COMMENTS, IG_COMMENTS, Item

REQUEST = {
    "request_id": "PRA-2026-052",
    "received_at": dt.datetime(2026, 9, 21, 17, 40, tzinfo=dt.UTC),
    "requester": "Marisol Ortega-Vance (synthetic requester)",
    "requester_contact": "m.ortega-vance@example.com",
    "description": "All posts, comments and replies about sideshows on the Police Department's "
                   "Facebook page and X account from July 1 through August 31, 2026, including "
                   "comments the City removed or hid and comments their authors deleted.",
    "scope_query": "sideshow",
    "scope_starts_at": dt.datetime.fromtimestamp(at("2026-07-01", 0), dt.UTC),
    "scope_ends_at": dt.datetime.fromtimestamp(at("2026-08-31", 23, 59) + 59, dt.UTC),
    "scope_account_ids": ["pd-fb", "pd-x"],
}
MATCH_RULE = ("an item is responsive when its account is in scope_account_ids, its posted_at "
              "lies in [scope_starts_at, scope_ends_at] (inclusive), and the text of any "
              "captured version contains scope_query (case-insensitive); every visibility "
              "counts, removed and deleted ones included")


class PraSample:
    def __init__(self) -> None:
        self.accounts = set(REQUEST["scope_account_ids"])
        self.starts = int(REQUEST["scope_starts_at"].timestamp())
        self.ends = int(REQUEST["scope_ends_at"].timestamp())
        self.query = REQUEST["scope_query"].casefold()
        self.responsive: set[str] = set()
        self.not_visible: set[str] = set()
        self.context: set[str] = set()

    def observe(self, item: Item) -> None:
        if item.account.account_id not in self.accounts:
            return
        if not self.starts <= item.posted_at <= self.ends:
            return
        if not any(self.query in v.text.casefold() for v in item.versions):
            return
        rid = item.record_id
        self.responsive.add(rid)
        if any(v.visibility != "visible" for v in item.versions):
            self.not_visible.add(rid)
        if item.channel not in (FB_COMMENTS, IG_COMMENTS):
            for native in (item.parent_native_id, item.thread_native_id):
                if native:
                    self.context.add(item.related_record_id(native))

    def as_dict(self) -> dict:
        return {
            "file": "pra_request.yaml",
            "request_id": REQUEST["request_id"],
            "match_rule": MATCH_RULE,
            "responsive_record_ids": sorted(self.responsive),
            "responsive_not_visible_record_ids": sorted(self.not_visible),
            "thread_context_record_ids": sorted(self.context - self.responsive),
        }
