"""The platform exports of one account: which export folder, which writer, created on first
use so an account only has the exports of its platform."""

from __future__ import annotations

from pathlib import Path

from recordskit.synth.model import (
    FB_COMMENTS,
    FB_POSTS,
    IG_COMMENTS,
    IG_POSTS,
    X_DELETED,
    X_TWEETS,
    YT_COMMENTS,
    Account,
    Item,
)
from recordskit.synth.people import ascii_fold
from recordskit.synth.writers.meta import FacebookWriter, InstagramWriter
from recordskit.synth.writers.x_archive import XArchiveWriter
from recordskit.synth.writers.youtube import YouTubeWriter

EXPORT_DAY = "2026-10-01"
OLDER_TAKEOUT = {"cmo-yt"}
"""Channels whose Takeout uses the older comments header."""
LOWERCASE_X_USERNAME = {"pd-x"}
"""Exports that spell the handle differently from the register (matching ignores case)."""


def export_folder(out_dir: Path, a: Account) -> Path:
    slug = ascii_fold(a.handle)
    name = {
        "x": f"twitter-{EXPORT_DAY}-{slug}",
        "facebook": f"facebook-{slug}-{EXPORT_DAY}",
        "instagram": f"instagram-{slug}-{EXPORT_DAY}",
        "youtube": "takeout-20261001T160000Z-001",
    }[a.platform]
    return out_dir / "exports" / a.account_id / name


class AccountExports:
    CHANNELS = {X_TWEETS, X_DELETED, FB_POSTS, FB_COMMENTS, IG_POSTS, IG_COMMENTS, YT_COMMENTS}

    def __init__(self, out_dir: Path, account: Account):
        self.account = account
        self.folder = export_folder(out_dir, account)
        a = account
        if a.platform == "x":
            username = a.handle.lower() if a.account_id in LOWERCASE_X_USERNAME else a.handle
            self.writer = XArchiveWriter(self.folder, a, username)
        elif a.platform == "facebook":
            self.writer = FacebookWriter(self.folder, a)
        elif a.platform == "instagram":
            self.writer = InstagramWriter(self.folder, a)
        else:
            self.writer = YouTubeWriter(self.folder, a, older=a.account_id in OLDER_TAKEOUT)

    def write(self, item: Item) -> None:
        if item.channel not in self.CHANNELS:
            raise ValueError(f"{item.channel} is not a platform export channel")
        self.writer.write(item)

    def close(self) -> None:
        self.writer.close()
