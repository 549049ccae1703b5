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
from collections.abc import Iterator
from pathlib import Path

from recordskit.batch import Batch
from recordskit.errors import Problem
from recordskit.sources.base import LoadContext, Loader, Unreadable, captured_at
from recordskit.sources.content import add_content, check_items, items_frame
from recordskit.sources.identity import export_account
from recordskit.sources.jsonfile import item_lines
from recordskit.sources.meta import derived_ids, epoch_text, find_files, read_meta_json

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


class InstagramExport(Loader):
    name = "instagram"
    summary = "Instagram Download Your Information: posts_1.json, post_comments_1.json"

    def claims(self, path: Path) -> bool:
        return (path.is_file() or _is_root(path)) and bool(_data_files(path))

    def inputs(self, path: Path) -> list[Path]:
        return _data_files(path)

    def load(self, path: Path, ctx: LoadContext) -> Iterator[Batch]:
        try:
            user = _username(path)
        except Unreadable as exc:
            for f in self.inputs(path):
                yield self.refused(f, exc.problem)
            return
        for f in self.inputs(path):
            yield self._load_file(f, user, ctx)

    def _load_file(self, path: Path, user: str | None, ctx: LoadContext) -> Batch:
        account, problem = export_account(ctx, "instagram", [user], path)
        if problem:
            return self.refused(path, problem)
        batch = self.new_batch(path)
        try:
            data = read_meta_json(path)
            rows = _comment_rows(data) if _COMMENTS.match(path.name) else _post_rows(data)
        except Unreadable as exc:
            return self.refused(path, exc.problem)
        except (AttributeError, TypeError, KeyError, IndexError) as exc:
            return self.refused(path, Problem(str(path), "not the Instagram export layout "
                                              f"this loader reads ({exc!r})"))
        capture = captured_at(path, ctx).isoformat()
        for r in rows:
            r.update(platform="instagram", account_id=account, captured_at=capture,
                     author_handle=user, author_role="city", visibility="visible")
        batch.rows_read = len(rows)
        lines: list[int] = []

        def where(i: int) -> dict:
            lines or lines.extend(item_lines(path))
            return {"file": str(path), "line": lines[i] if i < len(lines) else None}

        items, problems, naive = check_items(items_frame(rows), ctx, where)
        batch.rejects.extend(problems)
        batch.naive_timestamps += naive
        add_content(batch, items, ctx)
        return batch


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
