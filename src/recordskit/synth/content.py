"""Background content, generated in chunks (one account, one month) and streamed.

Nothing here breaks the policy: every removal is recorded in full and fast, every question gets
a timely city reply, every city post is approved. Violations are planted separately
(``violations.py``), so a clean generation is this stream plus the clean registers.

Shape of the stream: city posts on business days (weekly rhythm), a heavy-tailed number of
comments per post (Pareto weights), comment times that follow the post and the day's rhythm,
bursts around city events, replies that answer recent comments, edits and deletions by authors.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass

from recordskit.profiles import Profile
from recordskit.synth import clock, text
from recordskit.synth.city import City
from recordskit.synth.ids import action_id, derive_seed, item_native_id
from recordskit.synth.model import (
    FB_POSTS,
    IG_POSTS,
    VENDOR,
    X_DELETED,
    X_TWEETS,
    Account,
    Action,
    Approval,
    Item,
    Version,
)
from recordskit.synth.people import CommenterPool
from recordskit.synth.staging import (
    UNNUMBERED,
    city_post_channel,
    city_reply_channel,
    dyi_native_id,
)

# City events that bring bursts of posts and comments: (day, topics, boost)
EVENTS = (
    ("2023-10-28", ("events",), 2.0),
    ("2024-01-22", ("roads", "water"), 2.5),
    ("2024-07-04", ("events", "parks", "fire"), 4.0),
    ("2024-11-05", ("council",), 2.0),
    ("2025-01-29", ("events",), 2.5),
    ("2025-03-11", ("council", "business"), 2.5),
    ("2025-07-04", ("events", "parks", "fire"), 4.0),
    ("2026-02-17", ("events",), 2.5),
    ("2026-07-04", ("events", "parks", "fire"), 4.0),
    ("2026-07-18", ("sideshow",), 6.0),
    ("2026-08-22", ("sideshow",), 3.0),
)

QUESTION_RATE = 0.04
PROHIBITED_RATE = 0.004
HOSTILE_RATE = 0.001
EDIT_RATE = 0.02
AUTHOR_DELETE_RATE = 0.01
RECAPTURE_RATE = 0.005
REPLY_SHARE = 0.3
DYI_SHARE = 0.15
"""Share of Facebook and Instagram posts with comments turned off (they reach the platform
export, not the vendor's thread capture)."""


@dataclass(frozen=True)
class ChunkPlan:
    account: Account
    month: int
    comments: int


def active_window(a: Account, month: int) -> tuple[int, int] | None:
    start, end = clock.month_bounds(month)
    act = clock.local_ts(*map(int, a.activated_on.split("-")))
    start = max(start, act)
    if a.retired_on:
        end = min(end, clock.local_ts(*map(int, a.retired_on.split("-"))) + clock.DAY)
    end = min(end, clock.PERIOD_END)
    return (start, end) if start < end else None


def _event_boost(a: Account, month: int) -> float:
    y, m = clock.month_of(month)
    boost = 1.0
    for day, topics, b in EVENTS:
        if day.startswith(f"{y}-{m:02d}") and set(topics) & set(a.topics):
            boost += b / 3
    return boost


def allocate(accounts: list[Account], total: int) -> list[ChunkPlan]:
    """Split ``total`` comments over (account, month): popularity, growth, events, and the
    share of the month the account was live. Largest remainder, so the counts sum exactly."""
    cells = []
    for a in accounts:
        for mi in range(clock.MONTHS):
            w = active_window(a, mi)
            start, end = clock.month_bounds(mi)
            share = (w[1] - w[0]) / (end - start) if w else 0.0
            weight = (a.popularity * share * (1 + mi / 48) * _event_boost(a, mi)
                      if a.comments_allowed else 0.0)
            cells.append((a, mi, weight))
    wsum = sum(w for _, _, w in cells) or 1.0
    raw = [total * w / wsum for _, _, w in cells]
    counts = [int(r) for r in raw]
    order = sorted(range(len(cells)), key=lambda i: (-(raw[i] - counts[i]), i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return [ChunkPlan(a, mi, c) for (a, mi, _), c in zip(cells, counts, strict=True)]


class ContentGenerator:
    def __init__(self, seed: int, city: City, profile: Profile,
                 pools: dict[str, CommenterPool], post_rate: float):
        self.seed = seed
        self.city = city
        self.profile = profile
        self.pools = pools
        self.post_rate = post_rate
        self.categories = text.categories_for(profile.codes)
        self.category_names = sorted(self.categories)
        self.hours = profile.business_hours
        self.event_days = {day: (topics, boost) for day, topics, boost in EVENTS}

    # --- chunk ------------------------------------------------------------------------------
    def chunk(self, plan: ChunkPlan) -> Iterator[Item]:
        a, mi = plan.account, plan.month
        window = active_window(a, mi)
        if window is None:
            return
        rng = random.Random(derive_seed(self.seed, "content", a.account_id, mi))
        self._serial = 0
        self._action_serial = 0
        self._month = mi
        self._unnumbered: set[int] = set()
        posts = self._posts(a, window, rng)
        yield from posts
        open_posts = [p for p in posts if p.channel in (VENDOR, X_TWEETS)]
        if not open_posts or plan.comments == 0 or not a.comments_allowed:
            return
        weights = []
        for p in open_posts:
            boost = self.event_days.get(clock.iso_date(p.posted_at), ((), 1.0))[1]
            weights.append(rng.paretovariate(1.2) * boost)
        cum, total = [], 0.0
        for w in weights:
            total += w
            cum.append(total)
        per_post = [0] * len(open_posts)
        for i in rng.choices(range(len(open_posts)), cum_weights=cum, k=plan.comments):
            per_post[i] += 1
        for p, n in zip(open_posts, per_post, strict=True):
            if n:
                yield from self._thread(p, n, window[1], rng)

    def _native(self, a: Account, kind: str, parent: str | None = None) -> str:
        self._serial += 1
        return item_native_id(a.platform, kind, a.number, self._month, self._serial, parent,
                              page_id=a.native_id)

    # --- posts ------------------------------------------------------------------------------
    def _posts(self, a: Account, window: tuple[int, int], rng: random.Random) -> list[Item]:
        posts: list[Item] = []
        start, end = window
        day = start - clock.local_seconds(start) % clock.DAY  # local midnight (approximately)
        last = start
        p_day = min(0.95, a.posts_per_week * self.post_rate / 5)
        while day < end:
            wd = clock.weekday(day + 12 * clock.HOUR)
            iso = clock.iso_date(day + 12 * clock.HOUR)
            event = self.event_days.get(iso)
            n = 0
            if wd < 5 and rng.random() < p_day:
                n = 1
            if event and set(event[0]) & set(a.topics):
                n += 1 + int(event[1] > 3)
            if n == 0 and day - last >= 6 * clock.DAY and wd < 5:
                n = 1
            for _ in range(n):
                when = day + rng.randint(7 * 3600 + 1800, 18 * 3600)
                if not start <= when < end:
                    continue
                topic = (rng.choice([t for t in event[0] if t in a.topics])
                         if event and set(event[0]) & set(a.topics) else rng.choice(a.topics))
                posts.append(self._post(a, when, topic, rng))
                last = when
            day += clock.DAY
        posts.sort(key=lambda p: p.posted_at)
        return posts

    def _post(self, a: Account, when: int, topic: str, rng: random.Random) -> Item:
        body, urls = text.post(topic, rng)
        channel = city_post_channel(a.platform)
        if a.platform == "x" and rng.random() < 0.01:
            channel = X_DELETED
        elif a.platform in ("facebook", "instagram") and rng.random() < DYI_SHARE:
            channel = FB_POSTS if a.platform == "facebook" else IG_POSTS
        kind = "video" if a.platform == "youtube" else "post"
        native = self._native(a, kind)
        if channel in UNNUMBERED:
            when -= when % 2  # even seconds: staged items of Meta exports use odd ones
            while when in self._unnumbered:
                when += 2
            self._unnumbered.add(when)
            native = dyi_native_id("post", when)
        item = Item(a, kind, native, self.city.city_author(a), when,
                    [Version(when + rng.randint(120, 3600), body)], channel, urls=urls,
                    topic=topic)
        if channel == VENDOR and rng.random() < 0.01:
            edited_at = when + rng.randint(600, 7200)
            item.versions.append(Version(edited_at + 900, body + " (Updated)", "visible",
                                         edited_at))
        approver = self.city.director(a) if rng.random() < 0.7 else self.city.roles["cmo.admin"]
        item.approval = Approval(when - rng.randint(600, 2 * clock.DAY), approver,
                                 f"APR-{a.number:02d}{self._month:02d}-{self._serial:06d}")
        return item

    # --- threads ----------------------------------------------------------------------------
    def _thread(self, post: Item, n: int, window_end: int, rng: random.Random
                ) -> Iterator[Item]:
        a = post.account
        pool = self.pools[a.platform]
        latest = min(clock.PERIOD_END - 3 * clock.HOUR, window_end - clock.HOUR)
        if latest <= post.posted_at + 60:
            return
        times = []
        for _ in range(n):
            delay = min(rng.lognormvariate(math.log(7200), 1.4), 12 * clock.DAY)
            t = post.posted_at + 60 + int(delay)
            if clock.local_hour(t) < 6 and rng.random() < 0.7:
                t += (7 - clock.local_hour(t)) * clock.HOUR
            if t > latest:
                t = post.posted_at + 60 + int((latest - post.posted_at - 60) * rng.random())
            times.append(t)
        times.sort()
        thread: list[Item] = []
        two_levels = a.platform == "youtube"
        top_level: dict[str, Item] = {}
        for t in times:
            parent = post
            if thread and rng.random() < REPLY_SHARE:
                parent = thread[max(0, len(thread) - 1 - int(rng.expovariate(0.3)))]
                if two_levels and parent.kind == "reply":
                    parent = top_level[parent.parent_native_id]
            kind = "comment" if parent is post else "reply"
            author = pool.author(pool.pick(rng.random()))
            item = Item(a, kind, self._native(a, kind, parent.native_id), author, t, [],
                        VENDOR, parent_native_id=parent.native_id,
                        thread_native_id=post.native_id, topic=post.topic)
            captured = t + rng.randint(60, 1800)
            roll = rng.random()
            can_ask = not (two_levels and kind == "reply")  # a reply there cannot be answered
            reply = self._answer(item, rng) if roll < QUESTION_RATE and can_ask else None
            if reply is not None:
                item.versions.append(Version(captured, text.question(rng, a.handle)))
            elif not (QUESTION_RATE <= roll < QUESTION_RATE + PROHIBITED_RATE
                      and self._remove(item, captured, rng)):
                body = (rng.choice(text.HOSTILE) if roll > 1 - HOSTILE_RATE
                        else text.comment(post.topic or a.topics[0], rng))
                item.versions.append(Version(captured, body))
                self._author_changes(item, rng)
            if rng.random() < RECAPTURE_RATE:
                item.recaptures = 1
            thread.append(item)
            if two_levels and kind == "comment":
                top_level[item.native_id] = item
            yield item
            if reply is not None:
                yield reply

    def _answer(self, question: Item, rng: random.Random) -> Item | None:
        """The city's reply to a question, within the profile's business-hours target."""
        a = question.account
        target = self.profile.targets.reply_business_hours
        when = clock.add_business_hours(question.posted_at, rng.uniform(0.3, target * 0.7),
                                        self.hours)
        if when > clock.PERIOD_END - clock.HOUR:
            return None
        reply = Item(a, "reply", self._native(a, "reply", question.native_id),
                     self.city.city_author(a), when,
                     [Version(when + rng.randint(60, 1800), text.city_reply(rng))],
                     city_reply_channel(a.platform), parent_native_id=question.native_id,
                     thread_native_id=question.thread_native_id, parent_author=question.author)
        return reply

    def _remove(self, item: Item, captured: int, rng: random.Random) -> bool:
        """A prohibited comment and its removal, recorded in full within the target."""
        a = item.account
        target = self.profile.targets.removal_business_hours
        when = clock.add_business_hours(item.posted_at, rng.uniform(0.1, target * 0.75),
                                        self.hours)
        actors = self.city.moderators(a.account_id, when)
        if when > clock.PERIOD_END - clock.HOUR or not actors:
            return False
        category = rng.choice(self.category_names)
        code = self.categories[category]
        body = text.prohibited(category, rng)
        action = "hide" if a.platform == "x" or rng.random() < 0.3 else "delete"
        self._action_serial += 1
        # offenders are people outside the enrolled pool, each seen once, so background
        # removals never make a pattern of one author removed again and again (MOD-7)
        pool = self.pools[a.platform]
        item.author = pool.author(pool.size + (a.number * 100 + self._month) * 100_000
                                  + self._action_serial)
        item.actions.append(Action(
            action_id(a.department, a.number, self._month, self._action_serial), a,
            item.native_id, "comment", action, when, rng.choice(actors), code,
            text.reason_text(code), item.author.native_id, item.author.display_name))
        if captured < when:
            item.versions.append(Version(captured, body))
        state = "hidden" if action == "hide" else "removed_by_city"
        item.versions.append(Version(when + rng.randint(300, 3600), body, state))
        return True

    def _author_changes(self, item: Item, rng: random.Random) -> None:
        r = rng.random()
        v = item.versions[-1]
        if r < EDIT_RATE:
            edited_at = v.captured_at + rng.randint(300, 7200)
            item.versions.append(Version(edited_at + rng.randint(60, 3600),
                                         text.edited(v.text, rng), "visible", edited_at))
        elif r < EDIT_RATE + AUTHOR_DELETE_RATE:
            item.versions.append(Version(v.captured_at + rng.randint(3600, 3 * clock.DAY),
                                         v.text, "deleted_by_author"))
        for later in item.versions[1:]:
            later.captured_at = min(later.captured_at, clock.EXPORT_AT)

