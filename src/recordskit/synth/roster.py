"""The legislative bodies subject to the Brown Act: a City Council of 7 and a Planning
Commission of 5, with their members' terms and social media handles."""

from __future__ import annotations

from dataclasses import dataclass

from recordskit.synth.ids import derive_seed
from recordskit.synth.model import Author
from recordskit.synth.people import ascii_fold, person

COUNCIL = "City Council"
COMMISSION = "Planning Commission"
SEATS = {COUNCIL: 7, COMMISSION: 5}


@dataclass(frozen=True)
class Member:
    member_id: str
    name: str
    body: str
    seat: str
    title: str
    term_starts_on: str
    term_ends_on: str
    number: int

    @property
    def handles(self) -> dict[str, str]:
        last = ascii_fold(self.name.split(" ", 1)[1])
        first = ascii_fold(self.name.split(" ", 1)[0])
        tag = self.seat.replace("District ", "d").replace("At-large", "al").replace("Seat ", "s")
        return {"facebook": f"{first}.{last}.{tag}.{self.number}",
                "x": f"{self.title[:2]}{last[:8]}{tag}{self.number}"}

    def author(self, platform: str) -> Author:
        native = (str(100_077_000_000_000 + self.number * 9_001) if platform == "facebook"
                  else str(1_333_000_000 + self.number * 9_001))
        return Author(native, self.handles[platform], self.name, "legislator")

    def serving_on(self, day: str) -> bool:
        return self.term_starts_on <= day <= self.term_ends_on


_COUNCIL_SEATS = (
    ("At-large", "Mayor", "2024-12-03", "2028-12-04"),
    ("District 1", "Councilmember", "2022-12-06", "2026-12-07"),
    ("District 2", "Councilmember", "2024-12-03", "2028-12-04"),
    ("District 3", "Councilmember", "2022-12-06", "2026-12-07"),
    ("District 4", "Councilmember", "2024-12-03", "2028-12-04"),
    ("District 5", "Councilmember", "2022-12-06", "2026-12-07"),
    ("District 6", "Councilmember", "2024-12-03", "2028-12-04"),
    ("District 4", "Councilmember", "2020-12-01", "2024-12-02"),  # former member, seat 4
)
_COMMISSION_SEATS = tuple(
    (f"Seat {i}", "Commissioner", start, end) for i, (start, end) in enumerate((
        ("2023-07-01", "2027-06-30"), ("2023-07-01", "2027-06-30"), ("2025-07-01", "2029-06-30"),
        ("2025-07-01", "2029-06-30"), ("2025-07-01", "2029-06-30")), start=1))


def build_roster(seed: int) -> list[Member]:
    salt = derive_seed(seed, "roster names")
    members = []
    used: set[str] = set()
    n = 0
    for body, seats in ((COUNCIL, _COUNCIL_SEATS), (COMMISSION, _COMMISSION_SEATS)):
        for seat, title, start, end in seats:
            while (name := person(n, salt).name) in used:
                n += 1
            used.add(name)
            prefix = "CC" if body == COUNCIL else "PC"
            members.append(Member(f"{prefix}-{len(members) + 1:02d}", name, body, seat, title,
                                  start, end, len(members) + 1))
    return members


def current(members: list[Member], body: str, day: str) -> list[Member]:
    return [m for m in members if m.body == body and m.serving_on(day)]


def former(members: list[Member], body: str, day: str) -> list[Member]:
    return [m for m in members if m.body == body and m.term_ends_on < day]
