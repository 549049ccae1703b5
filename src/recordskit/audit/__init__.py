"""The quarterly policy audit: one check per control of docs/controls.md, findings with their
evidence rows, and a report people read.

    from recordskit.audit import run_audit
    result = run_audit(ws, "2026-Q3", fail_on="critical")

Modules: ``finding`` (what a control reports), ``registry`` (the catalog and one function per
control id), ``context`` (what controls read), ``business_hours``, ``evidence``, one module per
concept (``accounts``, ``notices``, ``posts``, ``moderation``, ``patterns``, ``prohibited``,
``engagement``, ``brown_act``, ``retention``, ``pra``), ``runner`` and ``report``.
"""

from __future__ import annotations

import importlib

_PUBLIC = {
    "run_audit": "recordskit.audit.runner",
    "AuditResult": "recordskit.audit.runner",
    "Finding": "recordskit.audit.finding",
    "NotEvaluable": "recordskit.audit.finding",
    "registry": "recordskit.audit.registry",
    "catalog": "recordskit.audit.registry",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'recordskit.audit' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
