"""The controls: their catalog (``controls.yaml``) and one function per control id.

A concept module registers its functions with ``@control("ACC-1")``; ``registry()`` imports
every concept module once, so all controls are known. A lookup of an unknown id says which ids
exist.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from recordskit.errors import ConfigError, RecordsKitError

if TYPE_CHECKING:
    from recordskit.audit.context import AuditContext
    from recordskit.audit.finding import Outcome

CATALOG_FILE = "controls.yaml"
CONCEPT_MODULES = ("accounts", "notices", "posts", "moderation", "patterns", "prohibited",
                   "engagement", "brown_act", "retention", "pra")

ControlFunction = Callable[["AuditContext"], "Outcome"]


class UnknownControl(RecordsKitError):
    def __init__(self, asked: str, known: list[str]):
        self.asked = asked
        self.known = known
        super().__init__(f"no control {asked!r}; the controls are {', '.join(known)}")


@dataclass(frozen=True)
class ControlSpec:
    control_id: str
    title: str
    source: str
    requirement: str
    severity: str
    id_kind: str
    check: str = ""


@cache
def catalog() -> dict[str, ControlSpec]:
    """Every control of docs/controls.md, in its order."""
    text = resources.files("recordskit.audit").joinpath(CATALOG_FILE).read_text("utf-8")
    data: dict[str, dict[str, Any]] = yaml.safe_load(text)
    out = {}
    for control_id, entry in data.items():
        try:
            out[control_id] = ControlSpec(control_id=control_id, **entry)
        except TypeError as exc:
            raise ConfigError(f"{CATALOG_FILE}: {control_id}: {exc}") from None
    return out


_FUNCTIONS: dict[str, ControlFunction] = {}


def control(control_id: str) -> Callable[[ControlFunction], ControlFunction]:
    """Register ``func`` as the check of ``control_id`` (an id of controls.yaml)."""

    def register(func: ControlFunction) -> ControlFunction:
        if control_id not in catalog():
            raise UnknownControl(control_id, list(catalog()))
        if control_id in _FUNCTIONS and _FUNCTIONS[control_id] is not func:
            raise ConfigError(f"control {control_id} is registered twice "
                              f"({_FUNCTIONS[control_id].__module__}, {func.__module__})")
        _FUNCTIONS[control_id] = func
        return func

    return register


@cache
def _load_all() -> None:
    for name in CONCEPT_MODULES:
        importlib.import_module(f"recordskit.audit.{name}")


def registry() -> dict[str, ControlFunction]:
    """Control id -> function, in the catalog's order."""
    _load_all()
    return {cid: _FUNCTIONS[cid] for cid in catalog() if cid in _FUNCTIONS}


def get(control_id: str) -> ControlFunction:
    functions = registry()
    if control_id not in functions:
        raise UnknownControl(control_id, list(functions))
    return functions[control_id]


def spec(control_id: str) -> ControlSpec:
    if control_id not in catalog():
        raise UnknownControl(control_id, list(catalog()))
    return catalog()[control_id]


@cache
def parameters() -> dict[str, Any]:
    """The audit's own parameters (``parameters.yaml``), each with its reason in the file."""
    text = resources.files("recordskit.audit").joinpath("parameters.yaml").read_text("utf-8")
    return yaml.safe_load(text)
