"""BagIt bags: a payload folder sealed with sha256 manifests and bag-info, so anyone can check
it with the standard ``bagit`` tool (``bagit.py --validate PATH``).

Bag-info values are text; lists become repeated tags, mappings are written as one JSON line.
``bagit`` adds ``Bagging-Date``, ``Payload-Oxum`` and ``Bag-Software-Agent`` itself: the bagging
date sits in the tag files, never in the payload.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from recordskit.errors import IntegrityError

CHECKSUMS = ("sha256",)


class BagInvalid(IntegrityError):
    """A bag whose payload or tag files do not match its manifests."""


def bag_info_value(value: Any) -> str | list[str]:
    """A bag-info value as bagit writes it."""
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    if isinstance(value, Mapping):
        return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return str(value)


def seal_bag(folder: str | Path, info: Mapping[str, Any], *, processes: int = 1):
    """Turn ``folder`` into a bag in place: its files move into ``data/``, sha256 manifests and
    ``bag-info.txt`` (with ``info``) are written. Returns the ``bagit.Bag``."""
    import bagit

    clean = {k: bag_info_value(v) for k, v in info.items() if v is not None}
    return bagit.make_bag(str(folder), bag_info=clean, checksums=list(CHECKSUMS),
                          processes=processes)


def validate_bag(path: str | Path, *, fast: bool = False) -> None:
    """Check every manifest of the bag at ``path``; raise BagInvalid naming what differs."""
    import bagit

    try:
        bagit.Bag(str(path)).validate(fast=fast)
    except bagit.BagValidationError as exc:
        details = "; ".join(str(d) for d in getattr(exc, "details", [])[:20])
        raise BagInvalid(f"{path}: not a valid bag: {exc.message}"
                         + (f" ({details})" if details else "")) from None
    except bagit.BagError as exc:
        raise BagInvalid(f"{path}: not a valid bag: {exc}") from None


def read_bag_info(path: str | Path) -> dict[str, Any]:
    import bagit

    return dict(bagit.Bag(str(path)).info)
