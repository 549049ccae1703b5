"""Planted cases and their clean look-alikes, one module per family of controls.

Each module's ``plant(scene)`` always stages the look-alikes (cases that resemble a violation
but must not be flagged) and, unless the generation is clean, the violations, recording both in
the answer key. Planted cases fall in the audit quarter 2026-Q3 unless they say otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from recordskit.profiles import Profile
from recordskit.synth.answer_key import AnswerKey
from recordskit.synth.city import City
from recordskit.synth.model import Author
from recordskit.synth.people import CommenterPool
from recordskit.synth.records import Records
from recordskit.synth.roster import Member
from recordskit.synth.snapshots import Snapshot
from recordskit.synth.staging import Stage


@dataclass
class Outage:
    """A window in which the archiving vendor captured nothing for one account."""

    account_id: str
    starts_at: int
    ends_at: int

    def shift(self, captured_at: int) -> int:
        """Captures that fell in the window happen in the first minutes after it, in order."""
        if self.starts_at <= captured_at < self.ends_at:
            span = self.ends_at - self.starts_at
            return self.ends_at + (captured_at - self.starts_at) * 600 // span
        return captured_at


@dataclass
class Scene:
    city: City
    roster: list[Member]
    profile: Profile
    pools: dict[str, CommenterPool]
    stage: Stage
    key: AnswerKey
    records: Records
    snapshots: list[Snapshot]
    clean: bool
    outage: Outage | None = None

    def public(self, platform: str, index: int) -> Author:
        """A member of the public (a commenter of the pool, so they have enrollment
        contacts)."""
        pool = self.pools[platform]
        return pool.author(index % pool.size)

    def member(self, body: str, seat: str, serving_on: str = "2026-07-01") -> Member:
        for m in self.roster:
            if m.body == body and m.seat == seat and m.serving_on(serving_on):
                return m
        raise KeyError((body, seat, serving_on))

    def code(self, *preferred: str) -> str:
        """The first of ``preferred`` that the profile has."""
        for c in preferred:
            if c in self.profile.codes:
                return c
        raise KeyError(f"profile {self.profile.name} has none of {preferred}")


def plant_all(scene: Scene) -> None:
    from recordskit.synth.plants import (
        accounts,
        brown_act,
        moderation,
        posts,
        requests,
        retention,
    )

    for module in (accounts, posts, moderation, brown_act, retention, requests):
        module.plant(scene)
