"""The records-management registers: retention schedule, legal holds, dispositions and the
public records request register, in their ordinary (compliant) state."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from recordskit.profiles import Profile
from recordskit.synth import clock
from recordskit.synth.city import at
from recordskit.synth.ids import derive_seed
from recordskit.synth.people import person

REQUEST_TOPICS = (
    "All comments removed from the Police Department Facebook page in {month}.",
    "Posts and comments about the Harbor Way rezoning on City accounts, {month}.",
    "Moderation logs of the Parks and Recreation accounts for {month}.",
    "Direct messages to the City's X account about street paving, {month}.",
    "Records of blocked or banned users on City social media accounts, {month}.",
)
DETERMINATIONS = ("records_provided", "records_provided", "partially_withheld", "no_records")


@dataclass
class Records:
    schedule: list[dict] = field(default_factory=list)
    holds: list[dict] = field(default_factory=list)
    dispositions: list[dict] = field(default_factory=list)
    requests: list[dict] = field(default_factory=list)


def utc(ts: int | None) -> dt.datetime | None:
    return None if ts is None else clock.utc_datetime(ts)


def retention_schedule(profile: Profile) -> list[dict]:
    r = profile.retention
    return [
        {"series_id": r.default_series, "description": "Social media posts, comments, replies "
         "and removed or hidden content of City accounts", "retention_years": r.retention_years,
         "retention_basis": r.retention_basis, "authority": "Resolution 2019-118 (synthetic)",
         "effective_on": dt.date(2019, 7, 1)},
        {"series_id": "SOC-MEDIA-VIDEO", "description": "Videos of public meetings posted to "
         "City channels", "retention_years": 5, "retention_basis": "years_after_creation",
         "authority": "Resolution 2021-044 (synthetic)", "effective_on": dt.date(2021, 3, 1)},
    ]


def legal_holds() -> list[dict]:
    return [
        {"hold_id": "H-2024-005", "matter": "Claim of Ortega v. City of Harbor Point "
         "(park injury, synthetic)", "scope_account_ids": ["parks-fb"], "scope_query": None,
         "scope_starts_at": utc(at("2023-10-01", 0)), "scope_ends_at": utc(at("2024-03-31", 23)),
         "issued_on": dt.date(2024, 4, 22), "released_on": dt.date(2026, 1, 15),
         "issued_by": "City Attorney"},
        {"hold_id": "H-2025-002", "matter": "Anticipated litigation over a police pursuit "
         "(synthetic)", "scope_account_ids": ["pd-fb"], "scope_query": None,
         "scope_starts_at": utc(at("2023-10-01", 0)), "scope_ends_at": utc(at("2023-12-31", 23)),
         "issued_on": dt.date(2025, 6, 2), "released_on": None, "issued_by": "City Attorney"},
        {"hold_id": "H-2026-003", "matter": "Sideshow ordinance challenge (synthetic)",
         "scope_account_ids": ["pd-fb", "pd-x"], "scope_query": "sideshow",
         "scope_starts_at": utc(at("2026-07-01", 0)), "scope_ends_at": utc(at("2026-08-31", 23)),
         "issued_on": dt.date(2026, 9, 21), "released_on": None, "issued_by": "City Attorney"},
    ]


def disposition(disposition_id: str, record_ids: list[str], series: str, when: int,
                resolution: str | None, consent: str | None, staff_id: str) -> list[dict]:
    return [{"disposition_id": disposition_id, "record_id": rid, "series_id": series,
             "disposed_at": utc(when), "council_resolution_ref": resolution,
             "attorney_consent_ref": consent, "performed_by_staff_id": staff_id}
            for rid in record_ids]


def pra_request(request_id: str, received: int, requester: str, contact: str,
                description: str, determination: str, determination_at: int | None, *,
                extension_reason: str | None = None, extension_notice_at: int | None = None,
                extended_due_on: str | None = None, scope_query: str | None = None,
                accounts: list[str] | None = None) -> dict:
    return {
        "request_id": request_id, "received_at": utc(received), "requester": requester,
        "requester_contact": contact, "description": description, "scope_query": scope_query,
        "scope_starts_at": None, "scope_ends_at": None, "scope_account_ids": accounts or [],
        "determination": determination, "determination_at": utc(determination_at),
        "extension_reason": extension_reason, "extension_notice_at": utc(extension_notice_at),
        "due_on": None,
        "extended_due_on": dt.date.fromisoformat(extended_due_on) if extended_due_on else None,
        "responded_at": utc(determination_at + 3 * clock.DAY) if determination_at else None,
        "packet_ref": f"packets/{request_id}" if determination_at else None,
    }


def background_requests(seed: int) -> list[dict]:
    """Ordinary requests, each decided within a week of receipt (well inside ten days, so no
    holiday or weekend makes one late)."""
    rng = random.Random(derive_seed(seed, "pra requests"))
    salt = derive_seed(seed, "requesters")
    out = []
    for n in range(1, 25):
        month = min(clock.MONTHS - 1, (n * 3 + rng.randint(0, 2)) % 34)
        start, _ = clock.month_bounds(month)
        day = start + rng.randint(1, 20) * clock.DAY
        while clock.weekday(day + 12 * clock.HOUR) >= 5:
            day += clock.DAY
        received = day - clock.local_seconds(day) % clock.DAY + rng.randint(9, 15) * clock.HOUR
        decided = received + rng.randint(2, 7) * clock.DAY
        who = person(n, salt)
        y, m = clock.month_of(month)
        out.append(pra_request(
            f"PRA-{y}-{n:03d}", received, who.name,
            f"{who.first.lower()}.requests{n}@example.com",
            rng.choice(REQUEST_TOPICS).format(month=dt.date(y, m, 1).strftime("%B %Y")),
            rng.choice(DETERMINATIONS), decided))
    return out


def build_records(seed: int, profile: Profile) -> Records:
    return Records(schedule=retention_schedule(profile), holds=legal_holds(),
                   requests=background_requests(seed))
