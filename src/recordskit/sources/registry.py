"""The registry of input formats, and detection: which loader reads a file or folder.

A folder is an export when one loader claims it whole (an unzipped X archive, a Facebook or
Instagram DYI folder, a Takeout folder). Otherwise it is walked: each subfolder that a platform
loader claims is read as one export, and each remaining file by the loader that claims it
(registers, moderation logs, vendor CSVs); files that no loader claims are listed as ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from recordskit.errors import InputError, Problem
from recordskit.sources.base import Loader

EXPORT_LOADERS = ("x_archive", "facebook", "instagram", "youtube")
"""Loaders that claim folders: they are tried on a folder before it is walked."""


class UnknownFormat(InputError):
    pass


@dataclass
class Plan:
    """What reading a set of paths will do: (input, loader) pairs in reading order, and the
    files nothing reads."""

    units: list[tuple[Path, Loader]] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)

    @property
    def files(self) -> list[Path]:
        return [f for path, loader in self.units for f in loader.inputs(path)]


class Registry:
    def __init__(self, loaders: Iterable[Loader] = ()):
        self._loaders: dict[str, Loader] = {}
        self._skip: set[Path] = set()
        for loader in loaders:
            self.register(loader)

    def register(self, loader: Loader) -> Loader:
        if loader.name in self._loaders:
            raise ValueError(f"a loader named {loader.name!r} is already registered")
        self._loaders[loader.name] = loader
        return loader

    @property
    def names(self) -> list[str]:
        return list(self._loaders)

    def __iter__(self) -> Iterator[Loader]:
        return iter(self._loaders.values())

    def get(self, name: str) -> Loader:
        if name in self._loaders:
            return self._loaders[name]
        vendor = [n for n in self._loaders if n.startswith(f"{name}:")]
        if len(vendor) == 1:  # "vendor_csv" when the workspace has one column map
            return self._loaders[vendor[0]]
        hint = ""
        if name.startswith("vendor_csv"):
            hint = " (vendor CSV formats are the [vendor_csv.NAME] column maps of recordskit.toml)"
        raise UnknownFormat(Problem("--format", f"unknown format {name!r}; known formats: "
                                    f"{', '.join(self.names)}{hint}", value=name))

    def detect(self, path: Path) -> Loader | None:
        """The loader that reads ``path`` whole, or None (a folder to walk, or unknown)."""
        candidates = self._loaders.values()
        if path.is_dir():
            candidates = [self._loaders[n] for n in EXPORT_LOADERS if n in self._loaders]
        hits = [loader for loader in candidates if loader.claims(path)]
        return hits[0] if hits else None

    def plan(self, paths: Iterable[Path], forced: str | None = None,
             skip: Iterable[Path] = ()) -> Plan:
        """Every input of ``paths``: registers first (the exports need them), then the rest in
        the order given. Folders in ``skip`` (the workspace's own archive and reports, when the
        workspace folder itself is ingested) are not walked. Raises UnknownFormat for a named
        file no loader reads."""
        plan = Plan()
        self._skip = {p.resolve() for p in skip}
        problems = []
        for path in paths:
            if not path.exists():
                problems.append(Problem(str(path), "no such file or folder"))
            elif forced is not None:
                plan.units.append((path, self.get(forced)))
            elif (loader := self.detect(path)) is not None:
                plan.units.append((path, loader))
            elif path.is_dir():
                self._walk(path, plan)
            else:
                problems.append(Problem(str(path), "no loader recognizes this file; known "
                                        f"formats: {', '.join(self.names)} (use --format)"))
        if problems:
            raise UnknownFormat(problems)
        plan.units.sort(key=lambda u: not u[1].is_register)
        return plan

    def _walk(self, folder: Path, plan: Plan) -> None:
        for entry in sorted(folder.iterdir()):
            if entry.name.startswith(".") or entry.resolve() in self._skip:
                continue
            loader = self.detect(entry)
            if loader is not None:
                plan.units.append((entry, loader))
            elif entry.is_dir():
                self._walk(entry, plan)
            else:
                plan.ignored.append(entry)

