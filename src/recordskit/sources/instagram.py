"""Instagram "Download Your Information" exports: posts and the account's comments.

Posts are in ``posts_1.json``: a list of ``{media: [{uri, creation_timestamp, title}], title,
creation_timestamp}`` (a single-photo post may carry its caption and time on the media only).
Comments are in ``post_comments_1.json``: a list (older exports: ``{"comments_media_comments":
[...]}``) of ``{string_map_data: {Comment: {value}, "Media Owner": {value}, Time: {timestamp}}}``.
The account is named by ``personal_information.json``
(``profile_user[0].string_map_data.Username.value``).

Both files hold what the account itself published, so the author is the account (``city``).
Comments name no post id, so they have no parent record.
"""

from __future__ import annotations

import re
from pathlib import Path

from recordskit.sources.meta import (
    MetaExport,
    derived_ids,
    epoch_text,
    find_files,
    read_meta_json,
)

_POSTS = re.compile(r"^posts_\d+\.json$")
_COMMENTS = re.compile(r"^post_comments_\d+\.json$")
PROFILE_PATHS = ("personal_information/personal_information.json",
                 "personal_information/personal_information/personal_information.json")
MAX_UP = 5  # how far above a data file its DYI folder may be


def _data_files(path: Path) -> list[Path]:
    def ours(p: Path) -> bool:
        return bool(_POSTS.match(p.name) or _COMMENTS.match(p.name))

    if path.is_file():
        return [path] if ours(path) else []
    return sorted(p for p in find_files(path, ("posts_*.json", "post_comments_*.json"))
                  if ours(p))


def _is_root(folder: Path) -> bool:
    return any((folder / p).is_file() for p in PROFILE_PATHS) \
        or (folder / "your_instagram_activity").is_dir() \
        or any(_POSTS.match(p.name) or _COMMENTS.match(p.name) for p in folder.glob("*.json"))


def _username(path: Path) -> str | None:
    for folder in list((path if path.is_dir() else path.parent, *path.parents))[:MAX_UP]:
        for rel in PROFILE_PATHS:
            if (folder / rel).is_file():
                data = read_meta_json(folder / rel)
                users = data.get("profile_user") or [{}]
                return users[0].get("string_map_data", {}).get("Username", {}).get("value")
    return None


class InstagramExport(MetaExport):
    name = "instagram"
    platform = "instagram"
    label = "Instagram"
    summary = "Instagram Download Your Information: posts_1.json, post_comments_1.json"

    def data_files(self, path: Path) -> list[Path]:
        return _data_files(path)

    def is_root(self, folder: Path) -> bool:
        return _is_root(folder)

    def owner(self, path: Path) -> str | None:
        return _username(path)

    def rows(self, path: Path, data, owner: str | None) -> list[dict]:
        rows = _comment_rows(data) if _COMMENTS.match(path.name) else _post_rows(data)
        # Both files hold what the account itself published.
        for r in rows:
            r.update(author_handle=owner, author_role="city", visibility="visible")
        return rows


def _post_rows(data: list) -> list[dict]:
    posts = data if isinstance(data, list) else next(iter(data.values()), [])
    times = [p.get("creation_timestamp") or (p.get("media") or [{}])[0].get("creation_timestamp")
             for p in posts]
    rows = []
    for native, ts, p in zip(derived_ids("post", times), times, posts, strict=True):
        media = p.get("media") or []
        text = p.get("title") or (media[0].get("title") if media else None)
        rows.append({"native_id": native, "kind": "post", "posted_at": epoch_text(ts),
                     "text": text or None, "urls": [],
                     "media_refs": [m["uri"] for m in media if m.get("uri")]})
    return rows


def _comment_rows(data) -> list[dict]:
    entries = data if isinstance(data, list) else next(iter(data.values()), [])
    maps = [e.get("string_map_data", {}) for e in entries]
    times = [m.get("Time", {}).get("timestamp") for m in maps]
    return [
        {"native_id": native, "kind": "comment", "posted_at": epoch_text(ts),
         "text": m.get("Comment", {}).get("value"), "urls": [], "media_refs": []}
        for native, ts, m in zip(derived_ids("comment", times), times, maps, strict=True)
    ]
