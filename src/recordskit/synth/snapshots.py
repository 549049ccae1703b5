"""Dated snapshots of each account's public profile: the evidence for the required notices.

A snapshot carries every notice the policy profile requires, in the profile's own wording (the
notices name the profile's city, so that notice matching runs against the profile as shipped),
unless the planting step marks a notice missing or reflowed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from recordskit.profiles import Profile
from recordskit.synth import city as city_mod
from recordskit.synth.model import Account
from recordskit.synth.text import CITY_SITE

SNAPSHOT_DAYS = ("2023-10-02", "2024-04-01", "2024-10-01", "2025-04-01", "2025-10-01",
                 "2026-04-01", "2026-08-14")
POLICY_URL = f"{CITY_SITE}/social-media-policy"


@dataclass
class Snapshot:
    account: Account
    day: str
    missing: set[str] = field(default_factory=set)
    """Notice controls (NOT-n) this snapshot lacks."""
    reflowed: bool = False
    """Notices broken over lines and abbreviated the way pages reflow them."""

    @property
    def captured_at(self) -> int:
        return city_mod.at(self.day, 10, 15)


def build_snapshots(accounts: list[Account]) -> list[Snapshot]:
    out = []
    for a in accounts:
        if not a.registered:
            continue
        for day in SNAPSHOT_DAYS:
            if day >= a.activated_on and (a.retired_on is None or day <= a.retired_on):
                out.append(Snapshot(a, day))
    return out


def _reflow(text: str) -> str:
    words = text.split(" ")
    return "\n".join(" ".join(words[i:i + 9]) for i in range(0, len(words), 9))


def render(s: Snapshot, profile: Profile) -> dict:
    """The account_profiles row of a snapshot."""
    a = s.account
    parts: list[str] = []
    links = [f"{CITY_SITE}/", POLICY_URL]
    has_logo = True
    contact: str | None = city_mod.CITY_CONTACT
    for notice in profile.notices:
        if notice.applies == "comments_allowed" and not a.comments_allowed:
            continue
        missing = notice.control in s.missing
        # a missing notice with a logo or link component lacks just that component, so each
        # planted case has one defect
        if missing and notice.requires_logo:
            has_logo, missing = False, False
        if notice.requires_purpose_statement and not missing:
            parts.append(a.purpose)
        if notice.text and not missing:
            words = notice.text if notice.text.endswith(".") else f"This account is {notice.text}."
            parts.append(_reflow(words) if s.reflowed else words)
        if notice.requires_policy_link:
            if missing:
                links.remove(POLICY_URL)
            else:
                parts.append(f"Social Media Policy: {POLICY_URL}")
        if notice.requires_city_website_link:
            parts.append(f"City website: {CITY_SITE}/")
    if not any(n.requires_purpose_statement for n in profile.notices):
        parts.insert(0, a.purpose)
    return {
        "account_id": a.account_id,
        "captured_at": dt.datetime.fromtimestamp(s.captured_at, dt.UTC),
        "about_text": "\n\n".join(parts),
        "links": links,
        "contact_info": contact,
        "has_logo": has_logo,
        "source_url": account_url(a),
    }


def account_url(a: Account) -> str:
    if a.platform == "x":
        return f"https://x.com/{a.handle}"
    if a.platform == "facebook":
        return f"https://www.facebook.com/{a.native_id}"
    if a.platform == "instagram":
        return f"https://www.instagram.com/{a.handle}/"
    return f"https://www.youtube.com/channel/{a.native_id}"
