"""Workspace configuration: ``recordskit.toml``.

A workspace is a folder holding ``recordskit.toml``, the archive and the reports. The settings
are frozen models that reject unknown keys and say which keys are allowed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tomllib
import zoneinfo
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from recordskit.errors import ConfigError, WorkspaceNotFound

CONFIG_FILE = "recordskit.toml"
WORKSPACE_ENV = "RECORDSKIT_WORKSPACE"


class _Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ResponsibleOfficial(_Settings):
    name: str
    title: str


class PraSettings(_Settings):
    office_closes_at: dt.time = Field(
        dt.time(17, 0), description="requests received after this local time may count as "
        "received the next business day (see after_hours_next_business_day)")
    after_hours_next_business_day: bool = Field(
        False, description="count a request received after office_closes_at, or on a closed "
        "day, as received on the next business day (a common practice, not a statutory rule)")
    responsible_officials: tuple[ResponsibleOfficial, ...] = Field(
        (), description="names and titles of the persons responsible for determinations "
        "(Gov. Code §7922.540)")
    records_officer: ResponsibleOfficial | None = Field(
        None, description="who signs the cover letter")


class VendorColumnMap(_Settings):
    """Maps the columns of an archiving vendor's CSV export onto the canonical content table."""

    platform: str | None = Field(None, description="platform of every row, when the export has "
                                 "no platform column")
    account_id: str | None = Field(None, description="account of every row, when the export "
                                   "has no account column")
    columns: dict[str, str] = Field(description="canonical field -> the export's column name")
    timestamp_format: str | None = Field(None, description="strptime format of the timestamps; "
                                         "ISO 8601 when unset")


class WorkspaceConfig(_Settings):
    city_name: str = Field(description="the city's name as it appears in reports")
    profile: str = Field("stockton", description="policy profile: a shipped name (stockton, "
                         "stanton) or a path to a profile folder")
    time_zone: str = Field("America/Los_Angeles", description="the city's time zone (IANA)")
    archive_path: str = Field("archive", description="folder of the Delta tables, relative to "
                              "the workspace")
    reports_path: str = Field("reports", description="folder runs write into, relative to the "
                              "workspace")
    city_web_domains: tuple[str, ...] = Field((), description="domains of the city's websites")
    closure_days: tuple[dt.date, ...] = Field((), description="days the city's offices are "
                                              "closed besides weekends and holidays")
    pra: PraSettings = Field(default_factory=PraSettings, description="public records settings")
    vendor_csv: dict[str, VendorColumnMap] = Field(
        default_factory=dict, description="column maps of vendor CSV exports, by name")

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, v: str) -> str:
        try:
            zoneinfo.ZoneInfo(v)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {v!r}") from exc
        return v

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)


def _allowed_keys(model: type[BaseModel]) -> str:
    return ", ".join(model.model_fields)


def _model_for(loc: tuple[Any, ...]) -> type[BaseModel]:
    model: type[BaseModel] = WorkspaceConfig
    for part in loc[:-1]:
        info = model.model_fields.get(str(part)) if isinstance(part, str) else None
        ann = getattr(info, "annotation", None) if info else None
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            model = ann
    return model


def parse_workspace(data: dict[str, Any], source: str) -> WorkspaceConfig:
    try:
        return WorkspaceConfig.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"])
            if err["type"] == "extra_forbidden":
                allowed = _allowed_keys(_model_for(err["loc"]))
                lines.append(f"{source}: unknown setting {where!r}; allowed: {allowed}")
            else:
                lines.append(f"{source}: {where}: {err['msg']}")
        raise ConfigError("\n".join(lines)) from None


def load_workspace_config(root: Path) -> WorkspaceConfig:
    path = root / CONFIG_FILE
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise WorkspaceNotFound(f"{path}: no workspace configuration here") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_workspace(data, str(path))


def find_workspace(explicit: str | Path | None = None, start: Path | None = None) -> Path:
    """The workspace folder: ``explicit``, else $RECORDSKIT_WORKSPACE, else the nearest folder
    upward from ``start`` (the current folder) that holds recordskit.toml."""
    if explicit:
        root = Path(explicit).expanduser().resolve()
        if not (root / CONFIG_FILE).is_file():
            raise WorkspaceNotFound(f"{root}: not a workspace (no {CONFIG_FILE}); "
                                    "create one with `recordskit init`")
        return root
    env = os.environ.get(WORKSPACE_ENV)
    if env:
        return find_workspace(env)
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise WorkspaceNotFound(
        f"no workspace: pass --workspace DIR, set ${WORKSPACE_ENV}, or run inside a folder "
        f"holding {CONFIG_FILE} (create one with `recordskit init DIR`)")


TEMPLATE = """\
# recordskit workspace. Every key is documented in docs/configuration.md.
city_name = {city_name}
profile = {profile}            # policy profile: stockton, stanton, or a path to a profile folder
time_zone = "America/Los_Angeles"
archive_path = "archive"
reports_path = "reports"
city_web_domains = {domains}
closure_days = []                # e.g. ["2026-12-24"]: days the offices are closed

[pra]
office_closes_at = 17:00:00
after_hours_next_business_day = false
responsible_officials = [
  {{ name = "Records Officer", title = "City Clerk" }},
]
"""


def write_template(root: Path, city_name: str, profile: str, domains: tuple[str, ...]) -> Path:
    # JSON strings and arrays of strings are valid TOML basic strings and arrays.
    text = TEMPLATE.format(city_name=json.dumps(city_name), profile=json.dumps(profile),
                           domains=json.dumps(list(domains)))
    parse_workspace(tomllib.loads(text), "template")  # the template must always be valid
    path = root / CONFIG_FILE
    path.write_text(text, encoding="utf-8")
    return path
