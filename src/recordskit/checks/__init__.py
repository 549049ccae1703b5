"""Great Expectations suites over frames prepared from the archive.

``expectations/*.json`` are the suites (one per concern: removals, retention, content,
registers); this package prepares the pandas frame each validates (``removals.py`` ...), runs
them in an ephemeral GX context (``runner.py``) and returns plain results
(``results.py``) whose pass or fail is decided per control severity (``severity.py``).

    from recordskit.checks import run_suites, SUITES
"""

from __future__ import annotations

from recordskit.checks.results import ExpectationResult, ValidationRun
from recordskit.checks.runner import run_suites
from recordskit.checks.suites import SUITES

__all__ = ["SUITES", "ExpectationResult", "ValidationRun", "run_suites"]
