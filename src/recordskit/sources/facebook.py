"""Facebook "Download Your Information" exports: posts and comments.

Posts are in ``your_posts_1.json`` (``_2`` ...): a list of
``{timestamp, data: [{post}, {update_timestamp}], attachments: [{data: [{external_context: {url}}
| {media: {uri}}]}], title}``. Comments are in ``comments.json``:
``{"comments_v2": [{timestamp, title, data: [{comment: {timestamp, comment, author}}]}]}`` (older
exports: the key ``comments``). The account is named by ``profile_information.json``
(``profile_v2.name.full_name``).

The export is what the account published: posts are the account's own (``city``); comments name
their author, which decides the role. Comments name no post id, so they have no parent record.
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

POSTS = ("your_posts_*.json",)
COMMENTS = ("comments.json",)
PROFILE_PATHS = ("profile_information/profile_information.json",
                 "personal_information/profile_information/profile_information.json")
MAX_UP = 5  # how far above a data file its DYI folder may be
_POSTS_NAME = re.compile(r"^your_posts_\d+\.json$")
_REPLY_TITLE = re.compile(r"\breplied to\b", re.IGNORECASE)


def _is_comments(path: Path) -> bool:
    if path.name != "comments.json" or not path.is_file():
        return False
    with open(path, encoding="utf-8", errors="replace") as fh:
        head = fh.read(200)
    return '"comments_v2"' in head or '"comments"' in head


def _data_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path] if (_POSTS_NAME.match(path.name) or _is_comments(path)) else []
    return sorted(p for p in find_files(path, POSTS + COMMENTS)
                  if _POSTS_NAME.match(p.name) or _is_comments(p))


def _is_root(folder: Path) -> bool:
    """A DYI folder (its profile file or activity folder at the usual place), or a folder
    holding the data files themselves."""
    return any((folder / p).is_file() for p in PROFILE_PATHS) \
        or (folder / "your_facebook_activity").is_dir() \
        or any(_POSTS_NAME.match(p.name) or _is_comments(p) for p in folder.glob("*.json"))


def _page_name(path: Path) -> str | None:
    """The page's name from the profile file of the DYI folder holding ``path``."""
    for folder in list((path if path.is_dir() else path.parent, *path.parents))[:MAX_UP]:
        for rel in PROFILE_PATHS:
            if (folder / rel).is_file():
                data = read_meta_json(folder / rel)
                return (data.get("profile_v2") or data.get("profile") or {}).get("name", {}) \
                    .get("full_name")
    return None


class FacebookExport(MetaExport):
    name = "facebook"
    platform = "facebook"
    label = "Facebook"
    summary = "Facebook Download Your Information: your_posts_N.json, comments.json"

    def data_files(self, path: Path) -> list[Path]:
        return _data_files(path)

    def is_root(self, folder: Path) -> bool:
        return _is_root(folder)

    def owner(self, path: Path) -> str | None:
        return _page_name(path)

    def rows(self, path: Path, data, owner: str | None) -> list[dict]:
        return _comment_rows(data, owner) if _is_comments(path) else _post_rows(data, owner)


def _post_rows(data: list, page: str | None) -> list[dict]:
    posts = data if isinstance(data, list) else data.get("status_updates_v2", [])
    ids = derived_ids("post", [p.get("timestamp") for p in posts])
    rows = []
    for native, p in zip(ids, posts, strict=True):
        text = next((d["post"] for d in p.get("data", []) if "post" in d), None)
        updated = next((d["update_timestamp"] for d in p.get("data", [])
                        if "update_timestamp" in d), None)
        urls, media = [], []
        for att in p.get("attachments", []):
            for d in att.get("data", []):
                if "external_context" in d and d["external_context"].get("url"):
                    urls.append(d["external_context"]["url"])
                if "media" in d and d["media"].get("uri"):
                    media.append(d["media"]["uri"])
        rows.append({
            "native_id": native, "kind": "post", "posted_at": epoch_text(p.get("timestamp")),
            "edited_at": epoch_text(updated) if updated and updated != p.get("timestamp")
            else None,
            "text": text, "urls": urls, "media_refs": media, "visibility": "visible",
            "author_display_name": page, "author_role": "city",
        })
    return rows


def _comment_rows(data: dict, page: str | None) -> list[dict]:
    entries = data.get("comments_v2", data.get("comments", []))
    comments = []
    for e in entries:
        c = next((d["comment"] for d in e.get("data", []) if "comment" in d), {})
        comments.append((e, c))
    ids = derived_ids("comment", [c.get("timestamp", e.get("timestamp")) for e, c in comments])
    rows = []
    for native, (e, c) in zip(ids, comments, strict=True):
        media = [d["media"]["uri"] for a in e.get("attachments", []) for d in a.get("data", [])
                 if "media" in d and d["media"].get("uri")]
        urls = [d["external_context"]["url"] for a in e.get("attachments", [])
                for d in a.get("data", []) if d.get("external_context", {}).get("url")]
        rows.append({
            "native_id": native,
            "kind": "reply" if _REPLY_TITLE.search(e.get("title") or "") else "comment",
            "posted_at": epoch_text(c.get("timestamp", e.get("timestamp"))),
            "text": c.get("comment"), "urls": urls, "media_refs": media,
            "visibility": "visible",
            "author_display_name": c.get("author") or page,
        })
    return rows
