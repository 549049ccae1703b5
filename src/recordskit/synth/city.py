"""The synthetic city: its departments, accounts, staff and who may act on which account.

Everything here is fictional and marked so. ``build_city`` makes the city every generation
shares (planted or clean); the planting step may then change staff and access records.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from recordskit.synth import clock
from recordskit.synth.ids import derive_seed
from recordskit.synth.model import Account, Author
from recordskit.synth.people import person

CITY_NAME = "City of Harbor Point (synthetic)"
CITY_DOMAINS = ("harborpoint.example.org", "www.harborpoint.example.org")
CITY_CONTACT = ("City of Harbor Point, 100 Harbor Way, Harbor Point, CA 95299 · (209) 555-0100 · "
                "info@harborpoint.example.org")

# key: (name, director title, site administrator title)
DEPARTMENTS = {
    "cmo": ("City Manager's Office", "Assistant City Manager", "Community Relations Officer"),
    "pd": ("Police Department", "Police Chief", "Public Information Officer"),
    "fire": ("Fire Department", "Fire Chief", "Fire Public Information Officer"),
    "parks": ("Parks and Recreation", "Director of Parks and Recreation",
              "Recreation Marketing Coordinator"),
    "pw": ("Public Works", "Director of Public Works", "Public Works Communications Analyst"),
    "lib": ("Library", "City Librarian", "Library Outreach Coordinator"),
    "ced": ("Economic Development", "Director of Economic Development",
            "Economic Development Specialist"),
}

# account id, platform, handle, display name, department key, activated on, comments allowed,
# retired on, registered, posts per week, popularity, topics
_ACCOUNTS = (
    ("cmo-fb", "facebook", "City of Harbor Point (synthetic)", "City of Harbor Point (synthetic)",
     "cmo", "2014-05-12", True, None, True, 3.0, 3.0, ("council", "events", "roads", "business")),
    ("cmo-x", "x", "HarborPointCity", "City of Harbor Point (synthetic)", "cmo", "2012-09-03",
     True, None, True, 2.5, 1.5, ("council", "events", "water", "permits")),
    ("cmo-yt", "youtube", "Harbor Point City Hall", "Harbor Point City Hall (synthetic)", "cmo",
     "2021-03-15", True, None, True, 0.7, 0.5, ("council",)),
    ("pd-fb", "facebook", "Harbor Point Police Department", "Harbor Point Police Department",
     "pd", "2013-02-01", True, None, True, 3.0, 3.0, ("police", "sideshow")),
    ("pd-x", "x", "HarborPointPD", "Harbor Point Police (synthetic)", "pd", "2012-11-20", True,
     None, True, 2.5, 1.5, ("police", "sideshow")),
    ("fire-x", "x", "HarborPointFire", "Harbor Point Fire (synthetic)", "fire", "2024-02-01",
     True, None, True, 1.5, 0.6, ("fire", "events")),
    ("parks-fb", "facebook", "Harbor Point Parks & Recreation", "Harbor Point Parks & Recreation",
     "parks", "2015-06-01", True, None, True, 2.0, 1.5, ("parks", "events")),
    ("parks-ig", "instagram", "harborpointparks", "Harbor Point Parks (synthetic)", "parks",
     "2017-04-10", True, None, True, 2.0, 1.2, ("parks", "events")),
    ("pw-x", "x", "HarborPointPW", "Harbor Point Public Works (synthetic)", "pw", "2016-01-11",
     True, None, True, 1.5, 0.8, ("roads", "water")),
    ("pw-yt", "youtube", "Harbor Point Public Works", "Harbor Point Public Works (synthetic)",
     "pw", "2019-08-05", False, None, True, 0.5, 0.0, ("roads", "water")),
    ("lib-ig", "instagram", "harborpointlibrary", "Harbor Point Library (synthetic)", "lib",
     "2022-03-01", True, None, True, 1.5, 0.8, ("library", "events")),
    ("ced-fb", "facebook", "Harbor Point Economic Development", "Harbor Point Economic "
     "Development", "ced", "2018-10-01", True, "2025-06-30", True, 1.0, 0.4,
     ("business", "permits")),
)


@dataclass
class Staff:
    staff_id: str
    name: str
    title: str
    department: str
    hired_on: str
    separated_on: str | None = None


@dataclass
class Grant:
    account_id: str
    staff_id: str
    role: str
    granted_at: int
    revoked_at: int | None = None


@dataclass
class Registration:
    approved_on: str | None
    approved_by: str | None
    form_ref: str
    site_administrator_staff_id: str | None
    department_director: str | None


@dataclass
class City:
    seed: int
    accounts: list[Account]
    staff: list[Staff]
    grants: list[Grant]
    registrations: dict[str, Registration]
    roles: dict[str, str] = field(default_factory=dict)
    """Role key ("pd.director", "pd.mod1" ...) -> staff id."""

    def account(self, account_id: str) -> Account:
        for a in self.accounts:
            if a.account_id == account_id:
                return a
        raise KeyError(account_id)

    def staff_member(self, staff_id: str) -> Staff:
        for s in self.staff:
            if s.staff_id == staff_id:
                return s
        raise KeyError(staff_id)

    @property
    def registered_accounts(self) -> list[Account]:
        return [a for a in self.accounts if a.registered]

    def employed(self, staff_id: str, ts: int) -> bool:
        s = self.staff_member(staff_id)
        day = clock.iso_date(ts)
        return s.hired_on <= day and (s.separated_on is None or day <= s.separated_on)

    def moderators(self, account_id: str, ts: int) -> list[str]:
        """Staff who may moderate the account at ``ts``: access granted and not revoked, and
        still employed."""
        out = {g.staff_id for g in self.grants
               if g.account_id == account_id and g.role in ("administrator", "moderator")
               and g.granted_at <= ts and (g.revoked_at is None or ts < g.revoked_at)
               and self.employed(g.staff_id, ts)}
        return sorted(out)

    def director(self, account: Account) -> str:
        return self.roles[f"{account.department}.director"]

    def city_author(self, account: Account) -> Author:
        return Author(account.native_id, account.handle, account.display_name, "city")


def _account_native_id(platform: str, number: int) -> str:
    if platform == "x":
        return str(1_290_000_000 + number * 1_000_003)
    if platform == "facebook":
        return str(100_064_000_000_000 + number * 7_000_001)
    if platform == "instagram":
        return str(25_000_000_000 + number * 700_001)
    return f"UCharborpoint{number:02d}synthetic0"


TOPIC_WORDS = {"council": "City Council and commission meetings", "events": "community events",
               "roads": "streets and traffic", "business": "local business",
               "water": "water service", "permits": "permits", "police": "public safety",
               "sideshow": "traffic enforcement", "fire": "fire safety", "parks": "parks",
               "library": "library programs"}


def _purpose(display: str, topics: tuple[str, ...]) -> str:
    subjects = [TOPIC_WORDS[t] for t in topics]
    listed = ", ".join(subjects[:-1]) + (" and " if len(subjects) > 1 else "") + subjects[-1]
    return (f"Official account of the {display.replace(' (synthetic)', '')} (synthetic): news "
            f"and services of the City of Harbor Point on {listed}.")


def _at(day: str, hh: int = 9, mm: int = 0) -> int:
    d = dt.date.fromisoformat(day)
    return clock.local_ts(d.year, d.month, d.day, hh, mm)


def build_city(seed: int) -> City:
    rng = random.Random(derive_seed(seed, "city"))
    accounts = []
    for number, row in enumerate(_ACCOUNTS, start=1):
        (aid, platform, handle, display, dept, activated, comments, retired, registered,
         ppw, popularity, topics) = row
        accounts.append(Account(
            account_id=aid, number=number, platform=platform, handle=handle,
            display_name=display, native_id=_account_native_id(platform, number),
            department=dept, purpose=_purpose(display, topics), activated_on=activated,
            comments_allowed=comments, retired_on=retired, registered=registered,
            posts_per_week=ppw, popularity=popularity, topics=topics))

    staff: list[Staff] = []
    roles: dict[str, str] = {}
    salt = derive_seed(seed, "staff names")

    used: set[str] = set()

    def hire(key: str, title: str, dept: str, hired_on: str) -> str:
        sid = f"S{1001 + len(staff)}"
        n = len(staff)
        while (name := person(n, salt).name) in used:
            n += 1000
        used.add(name)
        staff.append(Staff(sid, name, title, DEPARTMENTS[dept][0], hired_on))
        roles[key] = sid
        return sid

    def old_hire() -> str:
        return f"{rng.randint(2005, 2021)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    hire("city.manager", "City Manager", "cmo", "2016-07-01")
    hire("city.clerk", "City Clerk", "cmo", "2012-03-19")
    hire("city.attorney", "City Attorney", "cmo", "2018-01-08")
    for dept, (_, director_title, admin_title) in DEPARTMENTS.items():
        hire(f"{dept}.director", director_title, dept, old_hire())
        hire(f"{dept}.admin", admin_title, dept, old_hire())
        hire(f"{dept}.mod1", "Community Engagement Specialist", dept, old_hire())
        hire(f"{dept}.mod2", "Social Media Assistant", dept, old_hire())
    # separations of the ordinary kind, with access removed at once, and their replacements
    hire("pd.mod1b", "Community Engagement Specialist", "pd", "2024-09-03")
    hire("parks.mod2b", "Social Media Assistant", "parks", "2025-04-01")
    hire("pw.admin2", DEPARTMENTS["pw"][2], "pw", "2026-07-20")
    by_id = {s.staff_id: s for s in staff}
    by_id[roles["pd.mod1"]].separated_on = "2024-08-16"
    by_id[roles["parks.mod2"]].separated_on = "2025-03-14"

    grants: list[Grant] = []
    registrations: dict[str, Registration] = {}
    def grant(a: Account, key: str, role: str, start: str, end: int | None) -> None:
        s = by_id[roles[key]]
        stop = end
        if s.separated_on:
            sep = _at(s.separated_on, 16, 30)
            stop = sep if stop is None else min(stop, sep)
        grants.append(Grant(a.account_id, s.staff_id, role, _at(max(start, s.hired_on), 8, 30),
                            stop))

    for a in accounts:
        start = a.activated_on
        end = _at(a.retired_on, 17) if a.retired_on else None
        d = a.department
        grant(a, f"{d}.admin", "administrator", start, end)
        grant(a, f"{d}.mod1", "moderator", start, end)
        grant(a, f"{d}.mod2", "editor", start, end)
        grants.append(Grant(a.account_id, roles["cmo.admin"], "analyst", _at(start, 8, 0),
                            end))
        if d == "pd":
            grant(a, "pd.mod1b", "moderator", start, end)
        if d == "parks":
            grant(a, "parks.mod2b", "editor", start, end)
        if a.registered:
            act = dt.date.fromisoformat(a.activated_on)
            approved = act - dt.timedelta(days=rng.randint(7, 45))
            registrations[a.account_id] = Registration(
                approved_on=approved.isoformat(),
                approved_by=f"{by_id[roles['city.manager']].name}, City Manager",
                form_ref=f"SMR-{approved.year}-{a.number:03d}",
                site_administrator_staff_id=roles[f"{d}.admin"],
                department_director=by_id[roles[f"{d}.director"]].name)
    # an ordinary hand-over of administration: the new administrator first, then the old one
    # loses access the same day (never a moment without an administrator)
    for g in grants:
        if g.account_id == "pw-x" and g.staff_id == roles["pw.admin"]:
            g.revoked_at = _at("2026-08-03", 10)
    grants.append(Grant("pw-x", roles["pw.admin2"], "administrator", _at("2026-08-03", 9)))
    return City(seed, accounts, staff, grants, registrations, roles)


def at(day: str, hh: int = 9, mm: int = 0) -> int:
    """Epoch seconds of a local wall-clock time on an ISO day."""
    return _at(day, hh, mm)
