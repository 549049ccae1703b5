"""Policy profiles: what a city's policy requires, as data.

A profile is a folder of dated YAML files (``profiles/<name>/<effective date>.yaml``); each file
is the version of the policy in force from its ``effective_on``. Controls read their parameters
from the profile in force during the period they audit, never from constants in code.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from recordskit.errors import ConfigError

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReasonCode(_Model):
    code: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    clause: str
    policy_text: str = Field(min_length=1, description="the policy's own words")


class Notice(_Model):
    control: str = Field(pattern=r"^NOT-\d+$")
    clause: str
    applies: Literal["all", "comments_allowed"]
    description: str | None = None
    text: str | None = Field(None, description="required wording, matched by fuzzy similarity")
    requires_purpose_statement: bool = False
    requires_logo: bool = False
    requires_contact_info: bool = False
    requires_policy_link: bool = False
    requires_city_website_link: bool = False

    @model_validator(mode="after")
    def _checks_something(self) -> Notice:
        if not (self.text or self.requires_purpose_statement or self.requires_logo
                or self.requires_contact_info or self.requires_policy_link
                or self.requires_city_website_link):
            raise ValueError(f"notice {self.control} requires nothing")
        return self


class BusinessHours(_Model):
    days: tuple[Weekday, ...]
    opens_at: dt.time
    closes_at: dt.time

    @model_validator(mode="after")
    def _opens_before_close(self) -> BusinessHours:
        if self.opens_at >= self.closes_at:
            raise ValueError("opens_at must be before closes_at")
        return self

    @property
    def weekday_numbers(self) -> frozenset[int]:
        return frozenset(WEEKDAYS.index(d) for d in self.days)


class Targets(_Model):
    removal_business_hours: float = Field(gt=0)
    reply_business_hours: float = Field(gt=0)
    access_revocation_grace_days: int = Field(ge=0)


class RetentionDefaults(_Model):
    default_series: str
    retention_years: int = Field(ge=2)
    retention_basis: Literal["years_after_creation", "calendar_years_after_creation"]
    minimum_years: int = Field(ge=2, description="GC 34090: never less than two years")


class PraProfile(_Model):
    web_address: str | None


class Profile(_Model):
    name: str
    city: str
    policy: str
    effective_on: dt.date
    source: str
    reason_codes: tuple[ReasonCode, ...] = Field(min_length=1)
    notices: tuple[Notice, ...]
    notice_match_threshold: float = Field(ge=0, le=100)
    business_hours: BusinessHours
    targets: Targets
    review_before_posting: bool
    bans_require_prior_removal: bool
    retention: RetentionDefaults
    pra: PraProfile

    @model_validator(mode="after")
    def _unique(self) -> Profile:
        codes = [r.code for r in self.reason_codes]
        if len(codes) != len(set(codes)):
            raise ValueError("reason codes must be unique")
        controls = [n.control for n in self.notices]
        if len(controls) != len(set(controls)):
            raise ValueError("notice controls must be unique")
        return self

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(r.code for r in self.reason_codes)

    def reason(self, code: str) -> ReasonCode:
        for r in self.reason_codes:
            if r.code == code:
                return r
        raise KeyError(f"profile {self.name} has no reason code {code!r}; it has "
                       f"{', '.join(sorted(self.codes))}")


def _shipped_root() -> Path:
    return Path(str(resources.files("recordskit") / "profiles"))


def shipped_profiles() -> list[str]:
    return sorted(p.name for p in _shipped_root().iterdir() if p.is_dir())


def _folder(name_or_path: str, base: Path | None) -> Path:
    shipped = _shipped_root() / name_or_path
    if shipped.is_dir() and "/" not in name_or_path:
        return shipped
    path = Path(name_or_path)
    if not path.is_absolute() and base is not None:
        path = base / path
    if path.is_dir():
        return path
    raise ConfigError(f"unknown policy profile {name_or_path!r}: not a shipped profile "
                      f"({', '.join(shipped_profiles())}) nor a folder of profile files")


@cache
def _versions(folder: Path) -> tuple[Profile, ...]:
    out = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            out.append(Profile.model_validate(data))
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML: {exc}") from None
        except ValidationError as exc:
            msgs = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise ConfigError(f"{path}: {msgs}") from None
    if not out:
        raise ConfigError(f"{folder}: no profile files (*.yaml)")
    return tuple(sorted(out, key=lambda p: p.effective_on))


def load_profile(name_or_path: str, on: dt.date | None = None, base: Path | None = None
                 ) -> Profile:
    """The version of the profile in force on ``on`` (the newest when None)."""
    versions = _versions(_folder(name_or_path, base).resolve())
    if on is None:
        return versions[-1]
    in_force = [p for p in versions if p.effective_on <= on]
    if not in_force:
        raise ConfigError(f"profile {name_or_path!r} has no version in force on {on} (the "
                          f"earliest takes effect {versions[0].effective_on})")
    return in_force[-1]
