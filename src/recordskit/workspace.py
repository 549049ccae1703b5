"""An opened workspace: its settings, its policy profile, its archive and its reports folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from recordskit.archive import Archive
from recordskit.config import (
    CONFIG_FILE,
    WorkspaceConfig,
    find_workspace,
    load_workspace_config,
    write_template,
)
from recordskit.errors import ConfigError
from recordskit.lock import workspace_lock
from recordskit.profiles import Profile, load_profile

STATE_DIR = ".recordskit"


@dataclass(frozen=True)
class Workspace:
    root: Path
    config: WorkspaceConfig

    @property
    def state_dir(self) -> Path:
        return self.root / STATE_DIR

    @property
    def archive_path(self) -> Path:
        return (self.root / self.config.archive_path).resolve()

    @property
    def reports_dir(self) -> Path:
        return (self.root / self.config.reports_path).resolve()

    @cached_property
    def archive(self) -> Archive:
        return Archive(self.archive_path, lock_dir=self.state_dir)

    @cached_property
    def profile(self) -> Profile:
        """The newest version of the workspace's policy profile."""
        return load_profile(self.config.profile, base=self.root)

    def profile_on(self, day: dt.date) -> Profile:
        """The version of the policy profile in force on ``day``."""
        return load_profile(self.config.profile, on=day, base=self.root)

    @contextmanager
    def lock(self, command: str) -> Iterator[None]:
        """Hold the workspace's writer lock (exit code 3 for whoever comes second)."""
        with workspace_lock(self.state_dir, command):
            yield


def open_workspace(path: str | Path | None = None) -> Workspace:
    root = find_workspace(path)
    return Workspace(root, load_workspace_config(root))


def init_workspace(path: str | Path, city_name: str = "City of Stockton",
                   profile: str = "stockton", city_web_domains: tuple[str, ...] = ()
                   ) -> Workspace:
    """Create a workspace: its configuration, an empty archive and the reports folder.

    A folder that already holds a recordskit.toml (a configuration written by hand, or the
    sample city's) keeps it: only the archive and the reports folder are created.
    """
    root = Path(path).expanduser().resolve()
    if (root / CONFIG_FILE).exists():
        ws = open_workspace(root)
        if (ws.archive_path / "ingest_log").exists():
            raise ConfigError(f"{root}: already a workspace ({CONFIG_FILE} and an archive)")
        ws.profile  # noqa: B018  (fail before writing anything if the profile is unknown)
    else:
        root.mkdir(parents=True, exist_ok=True)
        load_profile(profile, base=root)  # fail before writing anything if it is unknown
        write_template(root, city_name, profile, city_web_domains)
        ws = open_workspace(root)
    Archive.create(ws.archive_path, lock_dir=ws.state_dir)
    ws.reports_dir.mkdir(parents=True, exist_ok=True)
    ws.state_dir.mkdir(parents=True, exist_ok=True)
    (ws.state_dir / ".gitignore").write_text("*\n", encoding="utf-8")
    return ws
