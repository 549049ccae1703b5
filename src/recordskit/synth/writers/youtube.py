"""Google Takeout for one YouTube channel: the channel's own comments
(``comments/comments.csv``) and ``channels/channel.csv``.

Two header generations exist; ``older`` writes ``Comment ID,Channel ID,Comment Create
Timestamp,Price,Parent Comment ID,Video ID,Comment Text`` with text as
``{"takeoutSegments":[{"text":"…"}]}``, the newer order puts the text earlier as
``{"text":"a"},{"text":"\\n"}``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from recordskit.synth.model import Account, Item
from recordskit.synth.writers.files import open_csv

ROOT = Path("Takeout") / "YouTube and YouTube Music"
OLDER = ["Comment ID", "Channel ID", "Comment Create Timestamp", "Price", "Parent Comment ID",
         "Video ID", "Comment Text"]
NEWER = ["Comment ID", "Channel ID", "Comment Create Timestamp", "Price", "Comment Text",
         "Video ID", "Parent Comment ID"]


def takeout_time(ts: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ts)) + ".000+00:00"


def segments(text: str, older: bool) -> str:
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append({"text": "\n"})
        if line:
            parts.append({"text": line})
    if older:
        return json.dumps({"takeoutSegments": parts}, ensure_ascii=False)
    return ",".join(json.dumps(p, ensure_ascii=False) for p in parts)


class YouTubeWriter:
    def __init__(self, export_dir: Path, account: Account, older: bool):
        self.account = account
        self.older = older
        root = export_dir / ROOT
        fh, writer = open_csv(root / "channels" / "channel.csv",
                              ["Channel ID", "Channel Title (Original)", "Channel Visibility"])
        writer.writerow([account.native_id, account.handle, "Public"])
        fh.close()
        self._fh, self._csv = open_csv(root / "comments" / "comments.csv",
                                       OLDER if older else NEWER)

    def write(self, item: Item) -> None:
        text = segments(item.versions[-1].text, self.older)
        parent = item.parent_native_id if item.parent_native_id != item.thread_native_id else ""
        row = {"Comment ID": item.native_id, "Channel ID": self.account.native_id,
               "Comment Create Timestamp": takeout_time(item.posted_at), "Price": "",
               "Parent Comment ID": parent or "", "Video ID": item.thread_native_id or "",
               "Comment Text": text}
        self._csv.writerow([row[c] for c in (OLDER if self.older else NEWER)])

    def close(self) -> None:
        self._fh.close()
