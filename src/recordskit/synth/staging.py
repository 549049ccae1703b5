"""Hand-placed items: the showcase examples, the records the registers point at, and the planted
cases. A Stage builds them with ids from the planted serial range and keeps them by account and
month, so the writers merge them into the same files as the background content."""

from __future__ import annotations

from collections import defaultdict

from recordskit.synth import clock
from recordskit.synth.city import City
from recordskit.synth.ids import (
    PLANTED_ACTION_SERIAL,
    PLANTED_SERIAL,
    action_id,
    item_native_id,
    reaction_native_id,
)
from recordskit.synth.model import (
    FB_COMMENTS,
    FB_POSTS,
    IG_COMMENTS,
    IG_POSTS,
    VENDOR,
    X_TWEETS,
    YT_COMMENTS,
    Account,
    Action,
    Approval,
    Author,
    Item,
    Version,
)

DEFAULT = "default"
UNNUMBERED = (FB_POSTS, FB_COMMENTS, IG_POSTS, IG_COMMENTS)
"""Channels whose export carries no item id: the item is known by its timestamp (see
``dyi_native_id``)."""


def dyi_native_id(kind: str, posted_at: int) -> str:
    """The native id the loaders derive for an item of a Meta export, which has none: its kind
    and timestamp (``post:1700000000``). The generator never gives one account two such items
    of a kind in the same second (the loaders would number the second one ``#2``)."""
    return f"{kind}:{posted_at}"


def city_post_channel(platform: str) -> str:
    return X_TWEETS if platform == "x" else VENDOR


def city_reply_channel(platform: str) -> str:
    return {"x": X_TWEETS, "youtube": YT_COMMENTS}.get(platform, VENDOR)


class Stage:
    def __init__(self, city: City):
        self.city = city
        self.items: dict[tuple[str, int], list[Item]] = defaultdict(list)
        self.loose_actions: list[Action] = []
        """Actions that act on no archived item (bans, removals of items never captured)."""
        self._serial: dict[tuple[str, int], int] = defaultdict(int)
        self._action_serial: dict[tuple[str, int], int] = defaultdict(int)
        self._uncaptured: dict[str, str] = {}
        """Texts of items the vendor never saw before they were removed."""

    # --- ids --------------------------------------------------------------------------------
    def native_id(self, account: Account, kind: str, when: int,
                  parent_native_id: str | None = None) -> str:
        key = (account.account_id, clock.month_index(when))
        self._serial[key] += 1
        return item_native_id(account.platform, kind, account.number, key[1],
                              PLANTED_SERIAL + self._serial[key], parent_native_id,
                              page_id=account.native_id)

    def action_id(self, account: Account, when: int) -> str:
        key = (account.account_id, clock.month_index(when))
        self._action_serial[key] += 1
        return action_id(account.department, account.number, key[1],
                         PLANTED_ACTION_SERIAL + self._action_serial[key])

    def _keep(self, item: Item) -> Item:
        self.items[(item.account.account_id, clock.month_index(item.posted_at))].append(item)
        return item

    # --- items ------------------------------------------------------------------------------
    def post(self, account_id: str, when: int, text: str, urls: tuple[str, ...] = (),
             approval: object = DEFAULT, channel: str | None = None,
             topic: str | None = None) -> Item:
        """A city post. ``approval``: DEFAULT (approved two hours before), None (none
        recorded) or seconds relative to posting (negative: before)."""
        a = self.city.account(account_id)
        kind = "video" if a.platform == "youtube" else "post"
        channel = channel or city_post_channel(a.platform)
        if channel in UNNUMBERED:
            when |= 1  # odd seconds: background items of Meta exports use even ones
        native = (dyi_native_id("post", when) if channel in UNNUMBERED
                  else self.native_id(a, kind, when))
        item = Item(a, kind, native, self.city.city_author(a), when,
                    [Version(when + 420, text)], channel, urls=urls, topic=topic)
        if approval is not None:
            offset = -7200 if approval == DEFAULT else int(approval)  # type: ignore[arg-type]
            item.approval = Approval(when + offset, self.city.director(a),
                                     f"APR-{item.native_id[-8:]}")
        return self._keep(item)

    def comment(self, parent: Item, when: int, author: Author, text: str, *,
                captured: bool = True, kind: str | None = None) -> Item:
        """A comment on a post, or a reply when the parent is itself a comment."""
        a = parent.account
        if when <= parent.posted_at:
            raise ValueError(f"staged comment at {clock.iso_z(when)} precedes its parent "
                             f"({clock.iso_z(parent.posted_at)}): {text[:40]!r}")
        kind = kind or ("comment" if parent.kind in ("post", "video") else "reply")
        thread = parent.thread_native_id or parent.native_id
        item = Item(a, kind, self.native_id(a, kind, when, parent.native_id), author, when,
                    [Version(when + 540, text)] if captured else [], VENDOR,
                    parent_native_id=parent.native_id, thread_native_id=thread)
        if not captured:
            self._uncaptured[item.record_id] = text
        return self._keep(item)

    def own_comment(self, account_id: str, when: int, text: str) -> Item:
        """A comment by the account itself, as the Meta export lists it (no post named)."""
        a = self.city.account(account_id)
        channel = FB_COMMENTS if a.platform == "facebook" else IG_COMMENTS
        when |= 1
        item = Item(a, "comment", dyi_native_id("comment", when), self.city.city_author(a), when,
                    [Version(when, text)], channel)
        return self._keep(item)

    def city_reply(self, parent: Item, when: int, text: str) -> Item:
        a = parent.account
        item = self.comment(parent, when, self.city.city_author(a), text, kind="reply")
        item.channel = city_reply_channel(a.platform)
        item.parent_author = parent.author
        return item

    def reaction(self, target: Item, when: int, author: Author, text: str = "👍") -> Item:
        a = target.account
        item = Item(a, "reaction", reaction_native_id(target.native_id, author.native_id),
                    author, when, [Version(when + 600, text)], VENDOR,
                    parent_native_id=target.native_id,
                    thread_native_id=target.thread_native_id or target.native_id)
        return self._keep(item)

    # --- moderation -------------------------------------------------------------------------
    def remove(self, item: Item, when: int | None, actor: str, reason_code: str | None,
               reason_text: str | None, *, action: str = "delete", poster: bool = True,
               unavailable: str | None = None, acted_at_text: str | None = None,
               keep_text: bool = True) -> Action:
        """A moderator's removal of ``item``, and the vendor's capture of the removed state."""
        a = item.account
        act = Action(self.action_id(a, item.posted_at), a, item.native_id,
                     "post" if item.kind in ("post", "video") else "comment", action, when,
                     actor, reason_code, reason_text,
                     item.author.native_id if poster else None,
                     item.author.display_name if poster else None, unavailable, acted_at_text)
        item.actions.append(act)
        state = "hidden" if action == "hide" else "removed_by_city"
        text = (item.versions[0].text if item.versions
                else self._uncaptured.get(item.record_id, "")) if keep_text else ""
        captured = min(max(when or item.posted_at, item.posted_at) + 1800, clock.EXPORT_AT)
        item.versions.append(Version(captured, text, state))
        return act

    def loose_action(self, account_id: str, action: str, when: int | None, actor: str,
                     reason_code: str | None, reason_text: str | None, *,
                     target_native_id: str | None = None, poster: Author | None = None,
                     acted_at_text: str | None = None) -> Action:
        a = self.city.account(account_id)
        act = Action(self.action_id(a, when or clock.PERIOD_END), a, target_native_id,
                     "comment", action, when, actor, reason_code, reason_text,
                     poster.native_id if poster else None,
                     poster.display_name if poster else None, None, acted_at_text)
        self.loose_actions.append(act)
        return act
