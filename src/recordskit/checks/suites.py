"""The suites: for each, its JSON file in ``expectations/``, the frame it validates and the
column that names a failing row.

The JSON files are the suites (Great Expectations' own format, each with a suite-level ``id``);
every expectation carries ``severity`` (GX's field) and ``meta`` naming its control
(``control_id``), the policy clause (``clause``) and the control's severity (``severity``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import polars as pl

from recordskit.checks import content, registers, removals, retention
from recordskit.checks.columns import Column
from recordskit.checks.inputs import CheckInputs
from recordskit.checks.severity import GX_SEVERITY
from recordskit.errors import ConfigError

EXPECTATIONS_DIR = Path(__file__).resolve().parents[3] / "expectations"
"""The repository's ``expectations/`` folder (the package is installed editable from it)."""

META_KEYS = ("control_id", "clause", "severity")


@dataclass(frozen=True)
class SuiteSpec:
    name: str
    module: ModuleType

    @property
    def path(self) -> Path:
        return EXPECTATIONS_DIR / f"{self.name}.json"

    @property
    def id_column(self) -> str:
        return self.module.ID_COLUMN

    @property
    def tables(self) -> tuple[str, ...]:
        """Input tables: when one holds no rows the suite is not evaluable."""
        return self.module.TABLES

    @property
    def columns(self) -> dict[str, Column]:
        return self.module.COLUMNS

    @property
    def build(self) -> Callable[[CheckInputs], pl.DataFrame]:
        return self.module.build

    @property
    def parameters(self) -> Callable[[CheckInputs], dict[str, object]]:
        return self.module.parameters

    def load(self) -> dict:
        """The suite's JSON, checked: an id, and every expectation's meta and severity."""
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"{self.path}: cannot read the suite: {exc}") from None
        problems = []
        if doc.get("name") != self.name or not doc.get("id"):
            problems.append(f"the suite needs name {self.name!r} and an id")
        for i, e in enumerate(doc.get("expectations", [])):
            meta = e.get("meta") or {}
            missing = [k for k in META_KEYS if not meta.get(k)]
            if missing:
                problems.append(f"expectation {i} ({e.get('type')}): meta lacks {missing}")
            elif e.get("severity") != GX_SEVERITY.get(meta["severity"]):
                problems.append(f"expectation {i} ({e.get('type')}): severity "
                                f"{e.get('severity')!r} does not match the control severity "
                                f"{meta['severity']!r} (expected "
                                f"{GX_SEVERITY.get(meta['severity'])!r})")
        if not doc.get("expectations"):
            problems.append("the suite has no expectations")
        if problems:
            raise ConfigError("\n".join(f"{self.path}: {p}" for p in problems))
        return doc


SUITES: dict[str, SuiteSpec] = {
    m.__name__.rsplit(".", 1)[-1]: SuiteSpec(m.__name__.rsplit(".", 1)[-1], m)
    for m in (removals, retention, content, registers)
}


def resolve(names: list[str] | tuple[str, ...] | None) -> list[str]:
    """Suite names in registry order; every suite when None."""
    if not names:
        return list(SUITES)
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        from recordskit.errors import InputError, Problem

        raise InputError([Problem("--suite", f"no suite {n!r}; the suites are "
                                  f"{', '.join(SUITES)}", value=n) for n in unknown])
    return [n for n in SUITES if n in names]
