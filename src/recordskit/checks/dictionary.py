"""The checks' reference (docs/checks.md), generated from the suites and the frames' column
declarations: ``python -m recordskit.checks.dictionary > docs/checks.md``. A test fails when the
committed file drifts."""

from __future__ import annotations

from recordskit.checks.columns import Canonical
from recordskit.checks.severity import GX_SEVERITY
from recordskit.checks.suites import SUITES


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render() -> str:
    lines = [
        "# Checks (Great Expectations suites)",
        "",
        "Generated from `expectations/*.json` and `src/recordskit/checks/` by "
        "`python -m recordskit.checks.dictionary > docs/checks.md`; do not edit by hand.",
        "",
        "`recordskit validate` (and `recordskit.checks.run_suites`) prepares one frame per suite "
        "from the archive, validates it with Great Expectations and decides pass or fail from "
        "the control's severity (docs/controls.md), which each expectation's `meta` names. "
        "GX's own `severity` field is set from it: "
        + ", ".join(f"{k} → {v}" for k, v in GX_SEVERITY.items())
        + ". A metric never fails. A suite whose input tables hold no rows is reported as not "
        "evaluable, naming them, and is never a pass. `--period` keeps the removals, "
        "dispositions and content of the period; registers are judged as they stand at the "
        "period's end.",
        "",
    ]
    for name, spec in SUITES.items():
        doc = spec.load()
        lines += [f"## `{name}`", "", doc.get("notes", ""), "",
                  f"One row per `{spec.id_column}` (failing ids name it). Not evaluable when "
                  f"{', '.join(f'`{t}`' for t in spec.tables)} is empty.", "",
                  "| control | severity | expectation | columns |", "|---|---|---|---|"]
        for e in doc["expectations"]:
            kw = e["kwargs"]
            cols = [kw[k] for k in ("column", "column_A", "column_B") if k in kw]
            cols += kw.get("column_list", [])
            lines.append(f"| {e['meta']['control_id']} | {e['meta']['severity']} | "
                         f"{_cell(e['description'])} | {', '.join(f'`{c}`' for c in cols)} |")
        lines += ["", "| column | from |", "|---|---|"]
        for column, source in spec.columns.items():
            where = (f"`{source.table}.{source.field}`" if isinstance(source, Canonical)
                     else _cell(source.description))
            lines.append(f"| `{column}` | {where} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(), end="")
