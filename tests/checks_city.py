"""A small hand-built city for the checks' tests: every row compliant, so a test changes one
thing and sees one expectation fail (and its look-alike pass)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

import polars as pl

from recordskit import Batch
from recordskit.schema import record_id

ACCOUNT = "acc-fb"
ADMIN, MOD = "s-admin", "s-mod"
D = dt.date


def at(day: str, hour: int = 12, minute: int = 0) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=dt.UTC)


def rid(native: str) -> str:
    return record_id("facebook", ACCOUNT, "comment", native)


def _content(native: str, posted: dt.datetime, text: str | None, *, kind: str = "comment",
             visibility: str = "visible", captured: dt.datetime | None = None,
             account: str = ACCOUNT) -> dict:
    return {"record_id": record_id("facebook", account, kind, native), "platform": "facebook",
            "account_id": account, "native_id": native, "kind": kind,
            "author_native_id": f"u-{native}", "author_handle": f"@user{native}",
            "author_role": "city" if kind == "post" else "public", "posted_at": posted,
            "captured_at": captured or posted + dt.timedelta(hours=1), "text": text,
            "visibility": visibility}


def _action(action_id: str, native: str | None, action: str, acted: dt.datetime | None,
            **kw) -> dict:
    row = {"action_id": action_id, "record_id": rid(native) if native else None,
           "account_id": ACCOUNT, "platform": "facebook", "target_native_id": native,
           "action": action, "acted_at": acted, "actor_staff_id": MOD,
           "reason_code": "profanity", "reason_text": "Profane language",
           "poster_native_id": f"u-{native}" if native else None, "poster_name": None,
           "poster_unavailable_reason": None}
    row.update(kw)
    return row


@dataclass
class City:
    tables: dict[str, list[dict]] = field(default_factory=dict)
    tampered: set[str] = field(default_factory=set)
    """Native ids of content whose stored content_sha256 is replaced (as if altered)."""

    def rows(self, table: str) -> list[dict]:
        return self.tables.setdefault(table, [])

    def row(self, table: str, **match) -> dict:
        [row] = [r for r in self.rows(table) if all(r.get(k) == v for k, v in match.items())]
        return row

    def batches(self) -> list[Batch]:
        out = []
        for name, rows in self.tables.items():
            if not rows:
                continue
            sha = hashlib.sha256(repr((name, rows)).encode()).hexdigest()
            b = Batch(source_file=f"{name}.test", source_sha256=sha, loader="test")
            b.add(name, pl.DataFrame(rows, infer_schema_length=None))
            if name == "content" and self.tampered:
                b.frames[name] = b.frames[name].with_columns(
                    pl.when(pl.col("native_id").is_in(list(self.tampered)))
                    .then(pl.lit("0" * 64)).otherwise(pl.col("content_sha256"))
                    .alias("content_sha256"))
            b.rows_read = len(rows)
            out.append(b)
        return out

    def ingest(self, ws) -> None:
        ws.archive.ingest(self.batches())


def compliant_city() -> City:
    """One Facebook account of the city, two staff, removals and a disposition, all compliant."""
    c = City()
    c.rows("accounts").append({
        "account_id": ACCOUNT, "platform": "facebook", "handle": "testville",
        "department": "City Manager's Office", "site_administrator_staff_id": ADMIN,
        "department_director": "Dana Director", "registration_approved_on": D(2022, 12, 20),
        "registration_approved_by": "City Manager", "activated_on": D(2023, 1, 10),
        "is_comments_allowed": True, "retention_series": "SOC-MEDIA"})
    c.rows("staff").extend([{"staff_id": ADMIN, "name": "Ana Admin"},
                            {"staff_id": MOD, "name": "Mo Moderator"}])
    c.rows("account_access").extend([
        {"account_id": ACCOUNT, "staff_id": ADMIN, "role": "administrator",
         "granted_at": at("2023-01-10", 9)},
        {"account_id": ACCOUNT, "staff_id": MOD, "role": "moderator",
         "granted_at": at("2023-01-10", 9)}])
    c.rows("retention_schedule").append({
        "series_id": "SOC-MEDIA", "description": "social media content", "retention_years": 2,
        "retention_basis": "calendar_years_after_creation"})
    c.rows("content").extend([
        _content("p1", at("2023-03-01", 9), "Welcome to our page", kind="post"),
        _content("p2", at("2026-07-01", 9), "Farmers market on Thursday", kind="post"),
        _content("c1", at("2026-07-01", 10), "This is total bullshit"),
        _content("c1", at("2026-07-01", 10), "This is total bullshit",
                 visibility="removed_by_city", captured=at("2026-07-02", 9)),
        _content("c2", at("2026-07-01", 11), "Buy cheap roofs now"),
        _content("c3", at("2026-07-01", 12), "Nice market"),
    ])
    c.rows("moderation_actions").extend([
        _action("a1", "c1", "delete", at("2026-07-01", 14)),
        _action("a2", "c2", "hide", at("2026-07-01", 15), reason_code="solicitation",
                reason_text="Promotes a business", poster_native_id=None,
                poster_unavailable_reason="the platform shows no name for deleted accounts"),
        _action("a3", "c2", "unhide", at("2026-07-01", 16), reason_code=None, reason_text=None),
    ])
    post = record_id("facebook", ACCOUNT, "post", "p1")
    c.rows("dispositions").append({
        "disposition_id": "disp-1", "record_id": post, "series_id": "SOC-MEDIA",
        "disposed_at": at("2026-01-05"), "council_resolution_ref": "Res. 2025-117",
        "attorney_consent_ref": "CA-2025-09", "performed_by_staff_id": ADMIN})
    c.rows("legal_holds").append({
        "hold_id": "hold-1", "matter": "Flood claim", "scope_account_ids": [ACCOUNT],
        "scope_query": "flood", "issued_on": D(2025, 6, 1)})
    return c
