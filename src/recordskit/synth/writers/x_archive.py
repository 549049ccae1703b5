"""The X (Twitter) archive of one account: ``data/account.js``, ``data/tweets.js`` and a second
part file, ``data/deleted-tweets.js``. Ids and counts are strings, times like
``Fri Feb 20 09:10:58 +0000 2026``, text HTML-escaped with links shortened to t.co as X does."""

from __future__ import annotations

import html
import time
from pathlib import Path

from recordskit.synth import clock
from recordskit.synth.ids import b64_digest, mix64
from recordskit.synth.model import X_DELETED, Account, Item
from recordskit.synth.writers.files import JsonArrayStream, write_text

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PART1_FROM = clock.local_ts(2025, 4, 1)
"""Tweets from this time on go to the second part file (X splits archives by size)."""
SOURCE = '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>'
SEPARATORS = (",", " : ")


def x_time(ts: int) -> str:
    t = time.gmtime(ts)
    return (f"{DAYS[t.tm_wday]} {MONTHS[t.tm_mon - 1]} {t.tm_mday:02d} "
            f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} +0000 {t.tm_year}")


class XArchiveWriter:
    def __init__(self, export_dir: Path, account: Account, username: str):
        self.data = export_dir / "data"
        self.account = account
        write_text(self.data / "account.js", "window.YTD.account.part0 = " + _dumps([{
            "account": {
                "email": f"socialmedia+{username.lower()}@harborpoint.example.org",
                "createdVia": "web", "username": username, "accountId": account.native_id,
                "createdAt": f"{account.activated_on}T16:00:00.000Z",
                "accountDisplayName": account.display_name,
            }}]) + "\n")
        self._parts = [
            JsonArrayStream(self.data / "tweets.js", "window.YTD.tweets.part0 = ",
                            separators=SEPARATORS),
            JsonArrayStream(self.data / "tweets-part1.js", "window.YTD.tweets.part1 = ",
                            separators=SEPARATORS),
        ]
        self._deleted = JsonArrayStream(self.data / "deleted-tweets.js",
                                        "window.YTD.deleted_tweets.part0 = ",
                                        separators=SEPARATORS)

    def write(self, item: Item) -> None:
        tweet = self._tweet(item)
        if item.channel == X_DELETED:
            tweet["deleted_at"] = x_time(item.posted_at + 3 * clock.HOUR)
            self._deleted.write({"tweet": tweet})
        else:
            self._parts[item.posted_at >= PART1_FROM].write({"tweet": tweet})

    def _tweet(self, item: Item) -> dict:
        text = item.versions[-1].text
        if item.parent_author is not None:
            text = f"@{item.parent_author.handle} {text}"
        urls = []
        for url in item.urls:
            short = f"https://t.co/{b64_digest(url, item.native_id, length=10)}"
            if url in text:
                start = text.index(url)
                text = text.replace(url, short, 1)
                urls.append({"url": short, "expanded_url": url,
                             "display_url": _display(url),
                             "indices": [str(start), str(start + len(short))]})
        full = html.escape(text, quote=False)
        h = mix64(int(item.native_id))
        tweet: dict = {
            "edit_info": {"initial": {
                "editTweetIds": [item.native_id],
                "editableUntil": clock.iso_z(item.posted_at + 3600).replace("Z", ".000Z"),
                "editsRemaining": "5", "isEditEligible": True}},
            "retweeted": False, "source": SOURCE,
            "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": urls},
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(h % 97), "id_str": item.native_id, "truncated": False,
            "retweet_count": str(h % 13), "id": item.native_id,
            "created_at": x_time(item.posted_at), "favorited": False, "full_text": full,
            "lang": "en",
        }
        if item.parent_native_id and item.parent_author is not None:
            tweet.update({
                "in_reply_to_status_id_str": item.parent_native_id,
                "in_reply_to_status_id": item.parent_native_id,
                "in_reply_to_user_id_str": item.parent_author.native_id,
                "in_reply_to_user_id": item.parent_author.native_id,
                "in_reply_to_screen_name": item.parent_author.handle,
            })
            tweet["entities"]["user_mentions"] = [{
                "name": item.parent_author.display_name,
                "screen_name": item.parent_author.handle, "indices": ["0", str(
                    len(item.parent_author.handle) + 1)],
                "id_str": item.parent_author.native_id, "id": item.parent_author.native_id}]
        return tweet

    def close(self) -> None:
        for part in self._parts:
            part.close()
        self._deleted.close()


def _display(url: str) -> str:
    """How X shows a link: no scheme, cut at 26 characters with an ellipsis."""
    shown = url.split("://", 1)[-1]
    return shown if len(shown) <= 26 else shown[:25] + "…"


def _dumps(doc: object) -> str:
    import json

    return json.dumps(doc, indent=2, ensure_ascii=False, separators=SEPARATORS)
