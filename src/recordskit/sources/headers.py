"""Matching an export's column headers to canonical field names.

Headers are compared after normalization: case, spaces, underscores and punctuation are ignored
("Account ID", "account_id" and "ACCOUNT-ID" are one name). A field may have aliases (localized
or older spellings); the first alias found in the header wins.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalize(name: object) -> str:
    if name is None:
        return ""
    text = unicodedata.normalize("NFKC", str(name)).casefold()
    return _NOT_WORD.sub("", text)


def match_columns(header: Sequence[object], aliases: Mapping[str, Iterable[str]]
                  ) -> dict[str, int]:
    """Field -> index of its column in ``header``, for the fields whose name or an alias appears."""
    positions: dict[str, int] = {}
    for i, h in enumerate(header):
        key = normalize(h)
        if key and key not in positions:
            positions[key] = i
    found: dict[str, int] = {}
    for field, names in aliases.items():
        for n in (field, *names):
            i = positions.get(normalize(n))
            if i is not None:
                found[field] = i
                break
    return found


def find_header(rows: Iterable[Sequence[object]], aliases: Mapping[str, Iterable[str]],
                required: Iterable[str], scan: int = 30
                ) -> tuple[int, dict[str, int]] | None:
    """The first of the leading ``scan`` rows holding every required field: its index and its
    field -> column mapping. Title rows, merged title cells and blank rows above it are skipped."""
    required = list(required)
    for n, row in enumerate(rows):
        if n >= scan:
            break
        found = match_columns(row, aliases)
        if all(r in found for r in required):
            return n, found
    return None
