"""Reading JSON export files, with the place of any damage named.

X archive files are JavaScript assignments (``window.YTD.tweets.part0 = [...]``, Grailbird's
``Grailbird.data.tweets_2014_05 = [...]``): the JSON starts after the first ``=``. A truncated or
damaged file becomes a Problem naming its line and column, never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from recordskit.errors import Problem
from recordskit.sources.base import Unreadable


def _decode(path: Path, text: str, start: int) -> Any:
    body = text[start:]
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        # Positions are relative to the body; the body starts on the file's first line when the
        # prefix holds no newline, so only the column of line 1 needs the prefix added back.
        prefix = text[:start]
        line = exc.lineno + prefix.count("\n")
        col = exc.colno + (len(prefix) - prefix.rfind("\n") - 1 if exc.lineno == 1 else 0)
        last_line = body.rstrip().count("\n") + 1
        what = "ends before the JSON is complete (truncated?)" if exc.lineno >= last_line \
            else "is not valid JSON"
        what += f": {exc.msg} (column {col})"
        raise Unreadable(Problem(str(path), f"file {what}", line=line)) from None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise Unreadable(Problem(str(path), "file is not UTF-8 text", line=line)) from None


def read_json(path: Path) -> Any:
    return _decode(path, _read(path), 0)


def js_prefix(path: Path, limit: int = 200) -> str | None:
    """The assignment target of a ``NAME = [...]`` JavaScript file (``window.YTD.tweets.part0``),
    or None when the file is not one."""
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        head = fh.read(limit)
    left, eq, _ = head.partition("=")
    if not eq:
        return None
    target = left.strip().removeprefix("var ").strip()
    return target or None


def read_js_assignment(path: Path) -> Any:
    text = _read(path)
    eq = text.find("=")
    if eq < 0:
        raise Unreadable(Problem(str(path), "file is not a JavaScript data assignment "
                                  "(no '=' found)", line=1))
    return _decode(path, text, eq + 1)


def item_lines(path: Path) -> list[int]:
    """The line each item of the file's top-level array starts on (after any ``NAME =``
    prefix; for a top-level object, of the array that is its first value). Used only to locate
    a problem, so it may cost a second pass."""
    text = _read(path)
    decoder = json.JSONDecoder()
    i = text.find("[")
    if i < 0:
        return []
    lines, line, pos = [], 1 + text.count("\n", 0, i), i
    i += 1
    n = len(text)
    while i < n:
        while i < n and text[i] in " \t\r\n,":
            i += 1
        if i >= n or text[i] == "]":
            break
        line += text.count("\n", pos, i)
        pos = i
        lines.append(line)
        try:
            _, i = decoder.raw_decode(text, i)
        except json.JSONDecodeError:
            break
    return lines
