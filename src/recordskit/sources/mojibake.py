"""Repair of Meta's export encoding.

Facebook and Instagram "Download Your Information" files write every non-ASCII character as the
Latin-1 reading of its UTF-8 bytes: "é" appears as "\\u00c3\\u00a9", an emoji as four such
characters. Encoding each string back to Latin-1 and decoding it as UTF-8 restores the text.

The repair is guarded so that text that is already right is never damaged: a string holding a
character above U+00FF cannot be Latin-1 bytes (it was written correctly), and a string whose
Latin-1 bytes are not valid UTF-8 (a lone "é") was not mis-encoded either; both are kept as they
are.
"""

from __future__ import annotations

from typing import Any


def repair_text(s: str) -> str:
    if s.isascii():
        return s
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def repair(value: Any) -> Any:
    """``value`` with every string inside it (keys included) repaired."""
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, list):
        return [repair(v) for v in value]
    if isinstance(value, dict):
        return {repair_text(k): repair(v) for k, v in value.items()}
    return value
