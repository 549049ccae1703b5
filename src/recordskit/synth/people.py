"""Fictional people: names, the public commenters of each platform and their contacts.

Commenters are computed from their index (a cheap integer hash picks the name parts), so a pool
of hundreds of thousands is never held in memory. Emails are on example.org / example.com and
phone numbers in the 555-01xx range reserved for fiction.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from recordskit.synth.ids import b64_number, mix64
from recordskit.synth.model import Author

FIRST_NAMES = (
    "José", "Zoë", "Maria", "James", "Thảo", "Linh", "Renée", "Ximena", "Darnell", "Aaliyah",
    "Priya", "Mateo", "Sofía", "Ethan", "Olivia", "Noah", "Mei", "Haruto", "Fatima", "Omar",
    "Chloé", "Björn", "Siobhán", "Jamal", "Keisha", "Hiroshi", "Ana", "Luis", "Camila", "Tyler",
    "Brianna", "Minh", "Quang", "Anh", "Gurpreet", "Harjit", "Rosa", "Elena", "Tomás", "Nora",
    "Marcus", "Ava", "Liam", "Isabella", "Wei", "Jun", "Amara", "Kwame", "Leilani", "Kai",
)
LAST_NAMES = (
    "Nguyễn", "García", "Hernández", "Smith", "Johnson", "Trần", "Lê", "Patel", "Singh", "Kim",
    "Ramírez", "Chávez", "O'Brien", "Müller", "Okafor", "Cohen", "da Silva", "Ortiz", "Lopez",
    "Williams", "Brown", "Phạm", "Tanaka", "Yamamoto", "Khan", "Ali", "Castillo", "Morales",
    "Jones", "Davis", "Martínez", "Rodríguez", "Wilson", "Anderson", "Thompson", "Reyes",
    "Sandoval", "Fernández", "Begay", "Yazzie", "Vu", "Dang", "Gill", "Sidhu", "Park", "Choi",
    "Nakamura", "Rossi", "Nowak", "Łukasik",
)
STREETS = (
    "Harbor Way", "Pacific Ave", "El Dorado St", "Miner Ave", "Weber Ave", "March Lane",
    "Hammer Lane", "Center St", "Oak Grove Rd", "Fremont St", "Lincoln Blvd", "Calle Sonora",
)
DOMAINS = ("example.org", "example.com")


@lru_cache(maxsize=4096)
def ascii_fold(s: str) -> str:
    """José Nguyễn -> jose.nguyen (for handles and email local parts)."""
    s = s.replace("Ł", "L").replace("ł", "l").replace("đ", "d").replace("Đ", "D")
    folded = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def fictional_phone(n: int) -> str:
    return f"(209) 555-01{n % 100:02d}"


@dataclass(frozen=True)
class Person:
    first: str
    last: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def person(index: int, salt: int) -> Person:
    h = mix64(index * 0x2545F4914F6CDD1D + salt)
    return Person(FIRST_NAMES[h % len(FIRST_NAMES)], LAST_NAMES[(h >> 20) % len(LAST_NAMES)])


@dataclass(frozen=True)
class CommenterPool:
    """The public who comment on one platform, index 0 .. size-1."""

    platform: str
    size: int
    salt: int

    def person(self, i: int) -> Person:
        return person(i, self.salt)

    def author(self, i: int) -> Author:
        return _author(self, i)

    def _make_author(self, i: int) -> Author:
        p = self.person(i)
        h = mix64(i + self.salt)
        first, last = ascii_fold(p.first), ascii_fold(p.last)
        if self.platform == "x":
            return Author(str(1_400_000_000 + i * 7919 + h % 7919), f"{first}_{last}{i}",
                          p.name, "public")
        if self.platform == "facebook":
            return Author(str(100_000_000_000_000 + i * 104_729 + h % 104_729),
                          f"{first}.{last}.{i}", p.name, "public")
        if self.platform == "instagram":
            return Author(str(5_000_000_000 + i * 6007 + h % 6007), f"{first}{last}_{i}",
                          p.name, "public")
        return Author(f"UC{b64_number(h, 11)}{b64_number(i, 11)}", f"@{first}{last}{i}",
                      p.name, "public")

    def contact(self, i: int) -> dict[str, str]:
        p = self.person(i)
        h = mix64(i ^ self.salt)
        return {
            "platform": self.platform,
            "author_native_id": self.author(i).native_id,
            "name": p.name,
            "email": f"{ascii_fold(p.first)}.{ascii_fold(p.last)}{i}@{DOMAINS[h % 2]}",
            "phone": fictional_phone(h >> 8),
            "postal_address": f"{100 + h % 8900} {STREETS[(h >> 16) % len(STREETS)]}, "
                              "Harbor Point, CA 95299",
        }

    def pick(self, u: float) -> int:
        """A commenter for a uniform draw u: a few people write most comments."""
        return min(self.size - 1, int(self.size * u ** 2.5))

    def contacts(self) -> Iterator[dict[str, str]]:
        """Every member's enrollment contacts, in index order."""
        for i in range(self.size):
            yield self.contact(i)


@lru_cache(maxsize=1 << 16)
def _author(pool: CommenterPool, i: int) -> Author:
    # a few people write most comments: caching them saves most of the work
    return pool._make_author(i)
