"""Severities: the controls' own (CONTROLS.md) and how they map onto Great Expectations'.

GX records a severity but still reports ``success: false`` for any failed expectation, so
whether a run passes is decided here, from the controls' severity stored in each expectation's
``meta``. A metric is reported and never fails.
"""

from __future__ import annotations

from typing import Literal

Severity = Literal["metric", "review", "major", "critical"]
SEVERITIES: tuple[Severity, ...] = ("metric", "review", "major", "critical")
"""Lowest to highest."""

GX_SEVERITY: dict[str, str] = {
    "critical": "critical", "major": "warning", "review": "info", "metric": "info",
}
"""The GX ``severity`` field each control severity is stored with (GX knows three levels)."""

FAILING: tuple[Severity, ...] = ("review", "major", "critical")
"""Thresholds a caller may fail at: metrics never fail."""


def rank(severity: str) -> int:
    try:
        return SEVERITIES.index(severity)  # type: ignore[arg-type]
    except ValueError:
        raise ValueError(f"unknown severity {severity!r}; expected one of "
                         f"{', '.join(SEVERITIES)}") from None


def at_or_above(severity: str, threshold: str) -> bool:
    """True when ``severity`` fails a run held to ``threshold`` (never for a metric)."""
    if threshold not in FAILING:
        raise ValueError(f"unknown threshold {threshold!r}; expected one of {', '.join(FAILING)}")
    return severity != "metric" and rank(severity) >= rank(threshold)
