"""Builders of canonical rows and batches for tests."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import polars as pl

from recordskit import Batch
from recordskit.schema import record_id

REPO = Path(__file__).resolve().parents[1]
T0 = dt.datetime(2026, 7, 1, 16, 0, tzinfo=dt.UTC)


def content_rows(ids, *, account="acc-x", platform="x", text="comment {i}", captured=T0,
                 visibility="visible"):
    return [
        {
            "record_id": record_id(platform, account, "comment", str(i)),
            "platform": platform,
            "account_id": account,
            "native_id": str(i),
            "kind": "comment",
            "author_native_id": f"u{i}",
            "author_handle": f"@user{i}",
            "author_role": "public",
            "posted_at": T0 - dt.timedelta(days=1, minutes=int(i)),
            "captured_at": captured,
            "text": text.format(i=i),
            "urls": [f"https://example.org/{i}"],
            "visibility": visibility,
        }
        for i in ids
    ]


def content_batch(ids, name="export.json", **kw) -> Batch:
    rows = content_rows(ids, **kw)
    sha = hashlib.sha256(repr((name, rows)).encode()).hexdigest()
    b = Batch(source_file=name, source_sha256=sha, loader="test")
    b.add("content", pl.DataFrame(rows).with_columns(pl.lit(name).alias("source_file"),
                                                     pl.lit(sha).alias("source_sha256")))
    b.rows_read = len(rows)
    return b


def script_module(path: Path, name: str) -> Iterator[ModuleType]:
    """A script that is not a package module (``benchmarks/run.py``) imported under ``name``,
    for a fixture to yield from; registered in ``sys.modules`` while in use (its dataclasses
    resolve their annotations there)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(name, None)
