"""A run's output folder: built in a temporary folder beside its target and renamed into place
only when complete, so a folder that exists under ``reports/`` is always a finished run.

An existing target is never replaced unless the caller asks (``overwrite=True``): the earlier
run is then moved aside, the new one renamed into place, and the earlier one deleted.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from recordskit.errors import RecordsKitError

TEMP_PREFIX = ".tmp-"
"""Temporary folders start with this (and a dot, so listings of reports/ skip them)."""


class RunFolderExists(RecordsKitError):
    """The target folder holds an earlier run and overwriting was not asked for."""

    def __init__(self, target: Path):
        self.target = target
        super().__init__(f"{target}: an earlier run is there; pass --overwrite to replace it, "
                         "or choose another output folder")


def new_run_id(now: dt.datetime | None = None) -> str:
    """A run id that sorts by time and does not collide: ``20261121T215100Z-3f9a1c``."""
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


@contextmanager
def run_folder(target: str | Path, *, overwrite: bool = False) -> Iterator[Path]:
    """Yield an empty temporary folder beside ``target``; on success rename it to ``target``.

    On an exception the temporary folder is removed and ``target`` is left as it was.
    Raises RunFolderExists before anything is written when ``target`` exists and
    ``overwrite`` is false.
    """
    target = Path(target).resolve()
    if target.exists() and not overwrite:
        raise RunFolderExists(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.parent / f"{TEMP_PREFIX}{target.name}-{secrets.token_hex(4)}"
    temp.mkdir()
    try:
        yield temp
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    _move_into_place(temp, target, overwrite)


def _move_into_place(temp: Path, target: Path, overwrite: bool) -> None:
    if not target.exists():
        try:
            os.rename(temp, target)
            return
        except OSError:
            if not target.exists():
                shutil.rmtree(temp, ignore_errors=True)
                raise
    if not overwrite:  # another run finished first
        shutil.rmtree(temp, ignore_errors=True)
        raise RunFolderExists(target)
    aside = target.parent / f"{TEMP_PREFIX}{target.name}-replaced-{secrets.token_hex(4)}"
    os.rename(target, aside)
    os.rename(temp, target)
    shutil.rmtree(aside, ignore_errors=True)
