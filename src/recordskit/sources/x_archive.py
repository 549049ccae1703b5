"""X (Twitter) archives: the current ``data/tweets.js`` family and pre-2019 Grailbird archives.

Current archives hold JavaScript assignments ``window.YTD.<name>.partN = [...]``:
``tweets.js`` (older: ``tweet.js``), more parts as ``tweets-part1.js`` ..., ``deleted-tweets.js``
(items carry ``deleted_at``: visibility ``deleted_by_author``) and ``note-tweet.js`` (long posts,
``noteTweet`` items with ISO times). The account is named by ``data/account.js``.

Grailbird archives hold ``tweets.csv`` and the same tweets as ``data/js/tweets/YYYY_MM.js``
(``Grailbird.data.tweets_YYYY_MM = [...]``); the account is in ``data/js/user_details.js``. When
both are present the monthly files are read (they carry more: entities, the user) and
``tweets.csv`` is left out, since it would only repeat them.

Every item of an archive is the account's own: the author is the account (``city``). An edit
(``edit_info.edit.initialTweetId``) is a new version of the first tweet's record.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import polars as pl

from recordskit.batch import Batch
from recordskit.sources.base import LoadContext, Loader, Unreadable, captured_at
from recordskit.sources.content import add_content, check_items, items_frame
from recordskit.sources.identity import export_account
from recordskit.sources.jsonfile import item_lines, js_prefix, read_js_assignment
from recordskit.sources.sheets import csv_header, read_csv

_YTD = re.compile(r"^window\.YTD\.(tweets?|deleted_tweets?|note_tweet)\.part\d+$")
_GRAILBIRD_JS = re.compile(r"^Grailbird\.data\.tweets_\d{4}_\d{2}$")
GRAILBIRD_CSV_COLUMNS = ("tweet_id", "in_reply_to_status_id", "timestamp", "text")


def _is_tweet_js(path: Path) -> bool:
    if path.suffix != ".js" or not path.is_file():
        return False
    target = js_prefix(path) or ""
    return bool(_YTD.match(target) or _GRAILBIRD_JS.match(target))


def _is_grailbird_csv(path: Path) -> bool:
    return path.name == "tweets.csv" and set(GRAILBIRD_CSV_COLUMNS) <= set(csv_header(path) or [])


def _data_files(folder: Path) -> list[Path]:
    data = folder / "data" if (folder / "data").is_dir() else folder
    current = sorted(p for p in data.glob("*.js") if _is_tweet_js(p))
    monthly = sorted(p for p in (data / "js" / "tweets").glob("*.js") if _is_tweet_js(p))
    grailbird_csv = [folder / "tweets.csv"] if _is_grailbird_csv(folder / "tweets.csv") else []
    return current + monthly + ([] if monthly else grailbird_csv)


def _identity(path: Path) -> dict[str, str | None]:
    """username, accountId and display name from account.js or Grailbird's user_details.js,
    looked for in the archive folder of ``path``."""
    for folder in (path if path.is_dir() else path.parent, *path.parents):
        for candidate in (folder / "data" / "account.js", folder / "account.js"):
            if candidate.is_file():
                items = read_js_assignment(candidate)
                acc = (items[0] if items else {}).get("account", {})
                return {"handle": acc.get("username"), "id": acc.get("accountId"),
                        "name": acc.get("accountDisplayName")}
        for candidate in (folder / "data" / "js" / "user_details.js",
                          folder / "js" / "user_details.js"):
            if candidate.is_file():
                user = read_js_assignment(candidate)
                return {"handle": user.get("screen_name"), "id": str(user.get("id") or "") or None,
                        "name": user.get("full_name")}
        if folder.name and (folder / "Your archive.html").is_file():
            break
    return {"handle": None, "id": None, "name": None}


class XArchive(Loader):
    name = "x_archive"
    summary = "X/Twitter archive: data/tweets.js (tweet.js, partN), deleted-tweets.js, " \
              "note-tweet.js; Grailbird tweets.csv and data/js/tweets/YYYY_MM.js"

    def claims(self, path: Path) -> bool:
        if path.is_dir():
            return bool(_data_files(path))
        return _is_tweet_js(path) or _is_grailbird_csv(path)

    def inputs(self, path: Path) -> list[Path]:
        return _data_files(path) if path.is_dir() else [path]

    def load(self, path: Path, ctx: LoadContext) -> Iterator[Batch]:
        try:
            who = _identity(path)
        except Unreadable as exc:
            for f in self.inputs(path):
                yield self.refused(f, exc.problem)
            return
        for f in self.inputs(path):
            yield self._load_file(f, who, ctx)

    def _load_file(self, path: Path, who: dict, ctx: LoadContext) -> Batch:
        account, problem = export_account(ctx, "x", [who["handle"], who["id"]], path)
        if problem:
            return self.refused(path, problem)
        batch = self.new_batch(path)
        try:
            if path.suffix == ".csv":
                rows, where, unread = _grailbird_csv_rows(path)
                batch.rejects.extend(unread)
            else:
                rows = [_item(x) for x in read_js_assignment(path)]
                where = _json_where(path)
        except Unreadable as exc:
            return self.refused(path, exc.problem)
        capture = captured_at(path, ctx).isoformat()
        first_posted = {r["native_id"]: r["posted_at"] for r in rows if r["edited_at"] is None}
        for r in rows:
            r.update(platform="x", account_id=account, author_native_id=who["id"],
                     author_handle=who["handle"], author_display_name=who["name"],
                     author_role="city", captured_at=capture)
            if r["edited_at"] is not None:
                r["posted_at"] = first_posted.get(r["native_id"], r["posted_at"])
        batch.rows_read = len(rows)
        items, problems, naive = check_items(items_frame(rows), ctx, where)
        batch.rejects.extend(problems)
        batch.naive_timestamps += naive
        add_content(batch, items, ctx)
        return batch


def _json_where(path: Path):
    lines: list[int] = []

    def where(i: int) -> dict:
        if not lines:
            lines.extend(item_lines(path))
        return {"file": str(path), "line": lines[i] if i < len(lines) else None}

    return where


def _item(entry: dict) -> dict:
    """One archive entry as item fields (times still text)."""
    if "noteTweet" in entry:
        note = entry["noteTweet"]
        core = note.get("core", {})
        return {
            "native_id": str(note.get("noteTweetId")), "kind": "post",
            "posted_at": note.get("createdAt"),
            "edited_at": note.get("updatedAt") if note.get("updatedAt") != note.get("createdAt")
            else None,
            "text": core.get("text"),
            "urls": [u.get("expandedUrl") or u.get("expanded_url") or u.get("url")
                     for u in core.get("urls", [])],
            "media_refs": [], "visibility": "visible",
        }
    t = entry.get("tweet", entry)
    native = str(t.get("id_str") or t.get("id"))
    initial = (t.get("edit_info") or {}).get("edit", {}).get("initialTweetId")
    edited = initial is not None and str(initial) != native
    parent = t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id")
    entities = t.get("entities") or {}
    media = (t.get("extended_entities") or {}).get("media") or entities.get("media") or []
    return {
        "native_id": str(initial) if edited else native,
        "kind": "reply" if parent else "post",
        "parent_native_id": str(parent) if parent else None,
        "posted_at": t.get("created_at"),
        "edited_at": t.get("created_at") if edited else None,
        "text": t.get("full_text", t.get("text")),
        "urls": [u.get("expanded_url") or u.get("url") for u in entities.get("urls", [])],
        "media_refs": [m.get("media_url_https") or m.get("media_url") for m in media],
        "visibility": "deleted_by_author" if t.get("deleted_at") else "visible",
    }


def _grailbird_csv_rows(path: Path) -> tuple[list[dict], object, list]:
    raw = read_csv(path, {c: () for c in (*GRAILBIRD_CSV_COLUMNS, "expanded_urls")})
    f = raw.frame
    if "expanded_urls" not in f.columns:
        f = f.with_columns(pl.lit(None, dtype=pl.String).alias("expanded_urls"))
    rows = [
        {"native_id": r["tweet_id"], "kind": "reply" if r["in_reply_to_status_id"] else "post",
         "parent_native_id": r["in_reply_to_status_id"] or None, "posted_at": r["timestamp"],
         "edited_at": None, "text": r["text"],
         "urls": [u for u in (r["expanded_urls"] or "").split(",") if u], "media_refs": [],
         "visibility": "visible"}
        for r in f.iter_rows(named=True)
    ]
    return rows, lambda i: {"file": str(path), **raw.locator.where(i, None)}, raw.problems
