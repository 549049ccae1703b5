"""recordskit: records-request and policy-audit workbench for a city's social media archive.

The public names below are imported on first use, so that ``recordskit --help`` starts without
loading polars, Delta Lake or pydantic.
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

try:
    __version__ = version("recordskit")
except PackageNotFoundError:  # a source tree that is not installed
    __version__ = "0+unknown"

_PUBLIC = {
    "Archive": "recordskit.archive",
    "IngestResult": "recordskit.archive",
    "VerifyReport": "recordskit.archive",
    "Batch": "recordskit.batch",
    "ConfigError": "recordskit.errors",
    "InputError": "recordskit.errors",
    "IntegrityError": "recordskit.errors",
    "Problem": "recordskit.errors",
    "RecordsKitError": "recordskit.errors",
    "WorkspaceLocked": "recordskit.errors",
    "Workspace": "recordskit.workspace",
    "init_workspace": "recordskit.workspace",
    "open_workspace": "recordskit.workspace",
}

__all__ = [*sorted(_PUBLIC), "__version__"]


def __getattr__(name: str):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'recordskit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # "X as X": an explicit re-export, for type checkers and linters
    from recordskit.archive import Archive as Archive
    from recordskit.archive import IngestResult as IngestResult
    from recordskit.archive import VerifyReport as VerifyReport
    from recordskit.batch import Batch as Batch
    from recordskit.errors import ConfigError as ConfigError
    from recordskit.errors import InputError as InputError
    from recordskit.errors import IntegrityError as IntegrityError
    from recordskit.errors import Problem as Problem
    from recordskit.errors import RecordsKitError as RecordsKitError
    from recordskit.errors import WorkspaceLocked as WorkspaceLocked
    from recordskit.workspace import Workspace as Workspace
    from recordskit.workspace import init_workspace as init_workspace
    from recordskit.workspace import open_workspace as open_workspace
