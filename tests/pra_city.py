"""A small hand-built city for packet tests: a police post with comments that carry planted
personal data, hostile markup and a formula, a removal logged by a moderator, staff, and the
confidential commenter contacts that no packet may contain."""

from __future__ import annotations

import datetime as dt
import hashlib

import polars as pl

from recordskit import Batch
from recordskit.schema import record_id

T = dt.datetime(2026, 7, 10, 18, 0, tzinfo=dt.UTC)
SSN = "536-90-4399"
EMAIL = "jane.doe@example.net"
PHONE = "(209) 555-0134"
SCRIPT = "<script>alert(1)</script>"
FORMULA = '=HYPERLINK("http://evil","x")'
CONTACTS = [
    {"platform": "facebook", "author_native_id": "u2", "name": "Quentin Hiddenname",
     "email": "quentin.hidden@example.org", "phone": "+1 209 555 0199",
     "postal_address": "123 Confidential Way, Stockton CA"},
    {"platform": "facebook", "author_native_id": "u3", "name": "Rosalind Secretperson",
     "email": "rosalind.secret@example.org", "phone": "+1 209 555 0142",
     "postal_address": "77 Private Court, Stockton CA"},
]
NAMES = {c["author_native_id"]: c["name"] for c in CONTACTS} | {"city": "Police Department"}
"""Public commenters post under their enrollment names, as the synthetic city's do."""
REQUEST_YAML = """\
request_id: PRA-2026-077
received_at: 2026-07-20 10:15
requester: Stockton Record (synthetic)
requester_contact: requester.private@example.com
description: All comments about sideshows on the Police Department Facebook page in July 2026.
scope_query: sideshow* OR hammer
scope_starts_at: 2026-07-01
scope_ends_at: 2026-07-31
scope_account_ids: [pd-fb]
"""


def batch(name: str, frames: dict[str, list[dict]]) -> Batch:
    sha = hashlib.sha256(repr((name, frames)).encode()).hexdigest()
    b = Batch(source_file=name, source_sha256=sha, loader="test")
    for table, rows in frames.items():
        frame = pl.DataFrame(rows)
        if table in ("content", "moderation_actions"):
            frame = frame.with_columns(pl.lit(name).alias("source_file"),
                                       pl.lit(sha).alias("source_sha256"))
        b.add(table, frame)
        b.rows_read += len(rows)
    return b


def item(native, text, *, kind="comment", parent=None, thread=None, minutes=0,
         visibility="visible", author="u1", account="pd-fb"):
    return {"record_id": record_id("facebook", account, kind, native), "platform": "facebook",
            "account_id": account, "native_id": native, "kind": kind,
            "parent_record_id": parent, "thread_record_id": thread,
            "author_native_id": author, "author_handle": f"user_{author}",
            "author_display_name": NAMES.get(author, f"User {author.upper()}"),
            "author_role": "city" if author == "city" else "public",
            "posted_at": T + dt.timedelta(minutes=minutes), "captured_at": T + dt.timedelta(days=2),
            "text": text, "visibility": visibility}


def build_city(ws) -> dict[str, str]:
    post = item("p1", "Sideshow response: officers stopped a sideshow on Hammer Lane.",
                kind="post", author="city", minutes=0)
    pid = post["record_id"]
    comments = [
        item("c1", f"The sideshow woke my baby. My SSN is {SSN}, email {EMAIL}", parent=pid,
             thread=pid, minutes=5, author="u2"),
        item("c2", f"sideshow {SCRIPT}", parent=pid, thread=pid, minutes=6, author="u3"),
        item("c3", f"{FORMULA} sideshow", parent=pid, thread=pid, minutes=7, author="u2"),
        item("c4", f"Next sideshow Saturday, call me {PHONE}", parent=pid, thread=pid,
             minutes=8, author="u3", visibility="hidden"),
        item("c5", "Nice weather today", parent=pid, thread=pid, minutes=9),
    ]
    reply = item("r1", "Agreed, stop them", kind="reply", parent=comments[0]["record_id"],
                 thread=pid, minutes=12, author="u3")
    c4 = comments[3]["record_id"]
    ws.archive.ingest([
        batch("registers.yaml", {
            "staff": [{"staff_id": "S-9", "name": "Pat Moderator", "title": "Social Media "
                       "Coordinator", "department": "Police"}],
            "commenter_contacts": CONTACTS,
        }),
        batch("pd-fb.json", {"content": [post, *comments, reply]}),
        batch("moderation.xlsx", {"moderation_actions": [{
            "action_id": "A-1", "record_id": c4, "account_id": "pd-fb",
            "platform": "facebook", "action": "hide",
            "acted_at": T + dt.timedelta(hours=3), "actor_staff_id": "S-9",
            "reason_code": "illegal_activity", "reason_text": "promotes an illegal sideshow",
            "poster_native_id": "u3", "poster_name": CONTACTS[1]["name"]}]}),
    ])
    return {"post": pid, "hidden": c4}
