"""The generator's own records of what it made: accounts, people, items, actions.

Plain data; the modules that make them and the writers that serialize them share these shapes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recordskit.schema import record_id

# Where an item is written. The platforms' exports carry mostly the city's own posts; the
# archiving vendor carries public comments with their thread structure.
VENDOR = "vendor"
X_TWEETS = "x_tweets"
X_DELETED = "x_deleted"
FB_POSTS = "fb_posts"
FB_COMMENTS = "fb_comments"
IG_POSTS = "ig_posts"
IG_COMMENTS = "ig_comments"
YT_COMMENTS = "yt_comments"


@dataclass(frozen=True)
class Account:
    account_id: str
    number: int
    platform: str
    handle: str
    display_name: str
    native_id: str
    department: str
    purpose: str
    activated_on: str
    comments_allowed: bool = True
    retired_on: str | None = None
    registered: bool = True
    posts_per_week: float = 1.5
    popularity: float = 1.0
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Author:
    native_id: str
    handle: str
    display_name: str
    role: str  # city, legislator, public


@dataclass
class Version:
    captured_at: int
    text: str
    visibility: str = "visible"  # canonical visibility
    edited_at: int | None = None

    def key(self) -> tuple:
        """What makes a version distinct (the capture time does not)."""
        return (self.text, self.visibility, self.edited_at)


@dataclass
class Approval:
    approved_at: int
    staff_id: str
    ref: str


@dataclass
class Action:
    action_id: str
    account: Account
    target_native_id: str | None
    target_kind: str
    action: str
    acted_at: int | None
    actor_staff_id: str
    reason_code: str | None
    reason_text: str | None
    poster_native_id: str | None
    poster_name: str | None
    poster_unavailable_reason: str | None = None
    acted_at_text: str | None = None
    """Write the time as this text instead of a date cell (untidy logs; planted typos)."""


@dataclass
class Item:
    account: Account
    kind: str  # post, video, comment, reply, reaction
    native_id: str
    author: Author
    posted_at: int
    versions: list[Version]
    channel: str = VENDOR
    parent_native_id: str | None = None
    thread_native_id: str | None = None
    urls: tuple[str, ...] = ()
    topic: str | None = None
    approval: Approval | None = None
    actions: list[Action] = field(default_factory=list)
    parent_author: Author | None = None
    """Who the parent was written by (X replies name the user they answer)."""
    recaptures: int = 0
    """Extra captures of the last version (same content, later capture time)."""

    @property
    def platform(self) -> str:
        return self.account.platform

    @property
    def record_id(self) -> str:
        return record_id(self.platform, self.account.account_id, self.kind, self.native_id)

    def related_record_id(self, native_id: str | None) -> str | None:
        if native_id is None:
            return None
        return record_id(self.platform, self.account.account_id, "post", native_id)

    @property
    def distinct_versions(self) -> int:
        return len({v.key() for v in self.versions})

    @property
    def is_city_post(self) -> bool:
        return self.author.role == "city" and self.kind in ("post", "video")
