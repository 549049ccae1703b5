"""The citation table: statute sections as packets, derivations and exemption logs print them.

The table lives in ``citations.yaml`` next to this module: each topic has its section in the
current code and, for the recodified CPRA, the former section, printed as
"Gov. Code §7927.700 (former §6254(c))". The same file says on which grounds each kind of
personal data is withheld (``grounds``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from recordskit.errors import ConfigError

DATA_FILE = "citations.yaml"


@dataclass(frozen=True)
class Citation:
    topic: str
    code: str
    section: str
    former: tuple[str, ...]
    title: str
    unconfirmed: bool = False

    @property
    def text(self) -> str:
        """E.g. "Gov. Code §7922.535 (former §6253(c))" or "CCP §12a"."""
        text = f"{self.code} {_section_mark(self.section)}{self.section}"
        if self.former:
            mark = "§§" if len(self.former) > 1 else "§"
            text += f" (former {mark}{', '.join(self.former)})"
        return text

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Ground:
    """Why one kind of personal data is withheld."""

    kind: str
    label: str
    exemptions: tuple[Citation, ...]
    reason: str
    policy_basis: dict[str, str]

    @property
    def exemption_text(self) -> str:
        return "; ".join(c.text for c in self.exemptions)

    def reason_for(self, profile: str | None = None) -> str:
        basis = self.policy_basis.get(profile) if profile else None
        return f"{self.reason}; {basis}" if basis else self.reason


def _section_mark(section: str) -> str:
    return "§§" if ("–" in section or "," in section) else "§"


@cache
def _table() -> dict[str, Any]:
    text = resources.files("recordskit.pra").joinpath(DATA_FILE).read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{DATA_FILE}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or "sections" not in data or "grounds" not in data:
        raise ConfigError(f"{DATA_FILE}: needs the mappings 'sections' and 'grounds'")
    return data


def topics() -> list[str]:
    return list(_table()["sections"])


def citation(topic: str) -> Citation:
    sections = _table()["sections"]
    try:
        entry = sections[topic]
    except KeyError:
        raise ConfigError(f"{DATA_FILE}: no citation topic {topic!r}; topics: "
                          f"{', '.join(sections)}") from None
    return Citation(
        topic=topic,
        code=entry["code"],
        section=str(entry["section"]),
        former=tuple(str(f) for f in entry.get("former") or ()),
        title=entry["title"],
        unconfirmed=bool(entry.get("unconfirmed", False)),
    )


def cite(*topic_names: str) -> str:
    """Several citations in one line, separated by semicolons."""
    return "; ".join(citation(t).text for t in topic_names)


def ground(kind: str) -> Ground:
    grounds = _table()["grounds"]
    try:
        entry = grounds[kind]
    except KeyError:
        raise ConfigError(f"{DATA_FILE}: no withholding ground for {kind!r}; kinds: "
                          f"{', '.join(grounds)}") from None
    return Ground(
        kind=kind,
        label=entry["label"],
        exemptions=tuple(citation(t) for t in entry["exemptions"]),
        reason=entry["reason"],
        policy_basis=dict(entry.get("policy_basis") or {}),
    )


def ground_kinds() -> list[str]:
    return list(_table()["grounds"])
