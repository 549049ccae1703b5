"""The one exception root and its subclasses.

Every error a user can cause carries where it happened (file, line or cell, field, value) so the
CLI can print one clear line per problem without a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as the input allows."""

    file: str
    problem: str
    line: int | None = None
    cell: str | None = None  # "Sheet!B7" for workbooks
    field: str | None = None
    value: str | None = None

    @property
    def location(self) -> str:
        where = self.file
        if self.cell:
            where += f" [{self.cell}]"
        elif self.line is not None:
            where += f":{self.line}"
        return where

    def __str__(self) -> str:
        detail = self.problem
        if self.field:
            detail = f"{self.field}: {detail}"
        if self.value is not None:
            shown = self.value if len(self.value) <= 60 else self.value[:57] + "..."
            detail += f" (got {shown!r})"
        return f"{self.location}: {detail}"

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "cell": self.cell,
            "field": self.field,
            "value": self.value,
            "problem": self.problem,
        }


class RecordsKitError(Exception):
    """Root of every error recordskit raises on purpose."""

    exit_code = 2


class InputError(RecordsKitError):
    """Bad input: one or more problems, each located. Nothing was written."""

    def __init__(self, problems: list[Problem] | Problem, summary: str | None = None):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        if not self.problems:
            raise ValueError("InputError needs at least one problem")
        self.summary = summary or f"{len(self.problems)} problem(s) in the input"
        super().__init__(self.summary + "\n" + "\n".join(str(p) for p in self.problems[:20]))


class ConfigError(RecordsKitError):
    """A workspace configuration or policy profile is missing or invalid."""


class WorkspaceNotFound(ConfigError):
    """No workspace was named and none was found upward from the current folder."""


class WorkspaceLocked(RecordsKitError):
    """Another writer holds the workspace lock."""

    exit_code = 3

    def __init__(self, lock_path: str, holder: dict[str, object] | None):
        self.lock_path = lock_path
        self.holder = holder or {}
        who = ", ".join(f"{k} {v}" for k, v in self.holder.items()) or "holder unknown"
        super().__init__(f"workspace is locked by another run ({who}); lock file {lock_path}")


class IntegrityError(RecordsKitError):
    """Stored records do not match their hashes, or the ingest chain is broken."""

    exit_code = 1


class SchemaError(RecordsKitError):
    """A frame handed to the archive does not match the canonical schema (a programming error in a
    loader, not bad user input)."""
