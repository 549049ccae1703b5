"""A hand-built town for the audit's tests: registers, content and logs as canonical batches,
with helpers that make a post, a comment, a removal ... in the city's time (America/Los_Angeles).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zoneinfo
from dataclasses import dataclass, field

import polars as pl

from recordskit import Batch
from recordskit.audit.context import AuditContext
from recordskit.audit.runner import evaluate
from recordskit.periods import parse_period
from recordskit.schema import TABLES, record_id

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
NOW = dt.datetime(2026, 11, 15, tzinfo=dt.UTC)
PERIOD = "2026-Q3"


def at(day: str, hour: int = 10, minute: int = 0) -> dt.datetime:
    """A wall-clock time in the city, as a UTC instant."""
    return dt.datetime.fromisoformat(day).replace(hour=hour, minute=minute,
                                                 tzinfo=LA).astimezone(dt.UTC)


@dataclass
class Town:
    tables: dict[str, list[dict]] = field(default_factory=dict)
    _serial: int = 0

    def add(self, table: str, **row) -> dict:
        self.tables.setdefault(table, []).append(row)
        return row

    def account(self, account_id: str, platform: str = "facebook", **kw) -> dict:
        row = {"account_id": account_id, "platform": platform, "handle": account_id.upper(),
               "department": "Parks", "purpose_statement": f"News of {account_id}.",
               "site_administrator_staff_id": "s-admin", "department_director": "D. Rector",
               "registration_approved_on": dt.date(2020, 1, 1),
               "registration_approved_by": "City Manager", "registration_form_ref": "F-1",
               "activated_on": dt.date(2020, 1, 2), "is_comments_allowed": True,
               "policy_profile": "stockton", "retention_series": "SOC-MEDIA"}
        row.update(kw)
        return self.add("accounts", **row)

    def _native(self) -> str:
        self._serial += 1
        return str(1000 + self._serial)

    def item(self, account: str, when: dt.datetime, text: str | None, *, kind: str = "comment",
             parent: dict | None = None, role: str = "public", handle: str | None = None,
             platform: str = "facebook", visibility: str = "visible",
             urls: list[str] | None = None, captured: dt.datetime | None = None) -> dict:
        native = self._native()
        thread = None
        if parent is not None:
            thread = parent["thread_record_id"] or parent["record_id"]
        return self.add(
            "content", record_id=record_id(platform, account, kind, native), platform=platform,
            account_id=account, native_id=native, kind=kind,
            parent_record_id=parent["record_id"] if parent else None, thread_record_id=thread,
            author_native_id=f"u-{handle or native}", author_handle=handle or f"user{native}",
            author_display_name=handle or f"User {native}", author_role=role, posted_at=when,
            captured_at=captured or when + dt.timedelta(minutes=9), text=text,
            urls=urls or [], visibility=visibility)

    def post(self, account: str, when: dt.datetime, text: str, **kw) -> dict:
        return self.item(account, when, text, kind="post", role="city", handle=account.upper(),
                         **kw)

    def removal(self, action_id: str, item: dict, when: dt.datetime | None, **kw) -> dict:
        row = {"action_id": action_id, "record_id": item["record_id"],
               "account_id": item["account_id"], "platform": item["platform"],
               "target_native_id": item["native_id"], "action": "delete", "acted_at": when,
               "actor_staff_id": "s-admin", "reason_code": "profanity",
               "reason_text": "Profane language", "poster_native_id": item["author_native_id"],
               "poster_name": item["author_handle"]}
        row.update(kw)
        return self.add("moderation_actions", **row)

    def batches(self) -> list[Batch]:
        out = []
        for name, rows in self.tables.items():
            sha = hashlib.sha256(repr((name, rows)).encode()).hexdigest()
            b = Batch(source_file=f"{name}.test", source_sha256=sha, loader="test")
            frame = pl.DataFrame(rows, schema={f.name: f.dtype for f in TABLES[name].fields
                                               if any(f.name in r for r in rows)})
            b.add(name, frame)
            b.rows_read = len(rows)
            out.append(b)
        return out


def context(ws, period: str = PERIOD) -> AuditContext:
    p = parse_period(period)
    return AuditContext(ws.archive, ws.profile_on(p.last_day), ws.config, p, NOW,
                        reports_dir=ws.reports_dir)


def findings(ws, controls: list[str], period: str = PERIOD, suites: bool = False) -> dict:
    ctx = context(ws, period)
    if suites:
        from recordskit.audit.runner import AUDIT_SUITES
        from recordskit.checks import run_suites

        ctx.suite_run = run_suites(ws, list(AUDIT_SUITES), ctx.period, ctx.archive, None, NOW)
    return {f.control_id: f for f in evaluate(ctx, controls)}
