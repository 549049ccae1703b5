"""Meta's "Download Your Information" exports of one Facebook page or Instagram account.

Meta writes every non-ASCII character mis-encoded: the UTF-8 bytes read as Latin-1, then
escaped (``é`` arrives as ``\\u00c3\\u00a9``). The writers reproduce that; loaders repair it
with ``s.encode("latin-1").decode("utf-8")``. The exports carry no item ids.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from recordskit.synth import clock
from recordskit.synth.model import FB_POSTS, IG_POSTS, Account, Item
from recordskit.synth.writers.files import JsonArrayStream, write_json


def mis_encode(value: Any) -> Any:
    """Meta's mis-encoding, applied to every string of a document."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mis_encode(v) for v in value]
    if isinstance(value, dict):
        return {mis_encode(k): mis_encode(v) for k, v in value.items()}
    return value


class FacebookWriter:
    def __init__(self, export_dir: Path, account: Account):
        self.account = account
        write_json(export_dir / "profile_information" / "profile_information.json", mis_encode({
            "profile_v2": {
                "name": {"full_name": account.handle, "first_name": "", "middle_name": "",
                         "last_name": ""},
                "emails": {"emails": ["socialmedia@harborpoint.example.org"],
                           "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
                "registration_timestamp": clock.local_ts(*map(int, account.activated_on
                                                              .split("-")), 9),
                "username": account.handle.lower().replace(" ", "").replace("&", "and"),
            }}), ascii_only=True)
        self._posts = JsonArrayStream(export_dir / "posts" / "your_posts_1.json",
                                      ascii_only=True)
        self._comments = JsonArrayStream(export_dir / "comments" / "comments.json",
                                         '{\n  "comments_v2": ', "\n}\n", ascii_only=True)

    def write(self, item: Item) -> None:
        name = self.account.handle
        text = item.versions[-1].text
        if item.channel == FB_POSTS:
            post: dict = {"timestamp": item.posted_at,
                          "data": [{"post": text}, {"update_timestamp": item.posted_at}],
                          "title": f"{name} updated their status."}
            if item.urls:
                post["attachments"] = [{"data": [{"external_context": {"url": u}}
                                                 for u in item.urls]}]
            self._posts.write(mis_encode(post))
        else:
            self._comments.write(mis_encode({
                "timestamp": item.posted_at,
                "data": [{"comment": {"timestamp": item.posted_at, "comment": text,
                                      "author": name}}],
                "title": f"{name} commented on {name}'s post."}))

    def close(self) -> None:
        self._posts.close()
        self._comments.close()


class InstagramWriter:
    def __init__(self, export_dir: Path, account: Account):
        self.account = account
        write_json(export_dir / "personal_information" / "personal_information.json",
                   mis_encode({"profile_user": [{
                       "title": "", "media_map_data": {},
                       "string_map_data": {
                           "Username": {"href": "", "value": account.handle, "timestamp": 0},
                           "Name": {"href": "", "value": account.display_name,
                                    "timestamp": 0}}}]}), ascii_only=True)
        self._posts = JsonArrayStream(export_dir / "content" / "posts_1.json", ascii_only=True)
        self._comments = JsonArrayStream(export_dir / "comments" / "post_comments_1.json",
                                         ascii_only=True)

    def write(self, item: Item) -> None:
        text = item.versions[-1].text
        if item.channel == IG_POSTS:
            month = clock.local_datetime(item.posted_at).strftime("%Y%m")
            self._posts.write(mis_encode({"media": [{
                "uri": f"media/posts/{month}/{item.posted_at}.jpg",
                "creation_timestamp": item.posted_at, "media_metadata": {},
                "title": text, "cross_post_source": {"source_app": "FB"}}]}))
        else:
            self._comments.write(mis_encode({
                "media_list_data": [{"uri": ""}],
                "string_map_data": {
                    "Comment": {"value": text},
                    "Media Owner": {"value": self.account.handle},
                    "Time": {"timestamp": item.posted_at}}}))

    def close(self) -> None:
        self._posts.close()
        self._comments.close()
