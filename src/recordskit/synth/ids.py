"""Identifiers: seeds for sub-generators and the platforms' own native id shapes.

Native ids are built from (account number, month, serial) so that they are unique within an
account without remembering what was issued: background items take serials from 0 upward,
planted and showcase items from PLANTED_SERIAL upward.
"""

from __future__ import annotations

import base64
import hashlib

PLANTED_SERIAL = 90_000_000_000
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def derive_seed(*parts: object) -> int:
    """A seed for one sub-generator, stable across Python runs (no hash randomization)."""
    text = "\x1f".join(str(p) for p in parts)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def mix64(x: int) -> int:
    """splitmix64 finalizer: a cheap, well-spread integer hash."""
    x = (x + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return x ^ (x >> 31)


def b64_number(n: int, width: int) -> str:
    """A number in URL-safe base64 digits, left-padded: a bijection, hence unique."""
    out = []
    for _ in range(width):
        n, r = divmod(n, 64)
        out.append(_B64[r])
    return "".join(reversed(out))


def serial_number(account_no: int, month: int, serial: int) -> int:
    return (account_no * 100 + month) * 100_000_000_000 + serial


def item_native_id(platform: str, kind: str, account_no: int, month: int, serial: int,
                   parent_native_id: str | None = None, page_id: str | None = None) -> str:
    """The native id of a post, video, comment or reply in the platform's own shape."""
    n = serial_number(account_no, month, serial)
    if platform == "x":
        return str(1_700_000_000_000_000_000 + n)
    if platform == "facebook":
        if kind == "post":
            return f"{page_id}_{10**15 + n}"
        return f"{10**15 + n}_{10**15 + mix64(n) % 10**15}"
    if platform == "instagram":
        if kind == "post":
            return str(3_000_000_000_000_000_000 + n)
        return str(17_000_000_000_000_000 + n)
    if platform == "youtube":
        # mix64 is a bijection on 64-bit integers: scrambled ids stay unique
        if kind == "video":
            return b64_number(mix64(n), 11)
        if kind == "reply" and parent_native_id and parent_native_id.startswith("Ug"):
            top = parent_native_id.split(".", 1)[0]  # YouTube threads are two levels deep
            return f"{top}.{b64_number(mix64(n), 11)}{b64_number(mix64(~n & (2**64 - 1)), 11)}"
        return f"Ugz{b64_number(mix64(n), 11)}{b64_number(n, 9)}4AaABAg"
    raise ValueError(f"no native id shape for platform {platform!r}")


def reaction_native_id(target_native_id: str, reactor_native_id: str) -> str:
    return f"{target_native_id}:{reactor_native_id}"


def short_hex(*parts: object, length: int = 8) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:length]


def b64_digest(*parts: object, length: int = 22) -> str:
    raw = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return base64.urlsafe_b64encode(raw).decode()[:length]


def action_id(department: str, account_no: int, month: int, serial: int) -> str:
    """A moderation log's own id of an action, e.g. PD-0433-000017."""
    return f"{department.upper()}-{account_no:02d}{month:02d}-{serial:06d}"


PLANTED_ACTION_SERIAL = 900_000
