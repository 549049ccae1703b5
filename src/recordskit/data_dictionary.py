"""The data dictionary (docs/data_dictionary.md), generated from schema.py.

``python -m recordskit.data_dictionary > docs/data_dictionary.md`` (``make docs``); a test fails
when the committed file drifts from the schema.
"""

from __future__ import annotations

from recordskit.schema import TABLES, Table


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table_section(t: Table) -> list[str]:
    lines = [f"## `{t.name}`", "", t.description, ""]
    facts = [f"key: {', '.join(f'`{k}`' for k in t.key)}"]
    if t.version_column:
        facts.append(f"a new version when `{t.version_column}` changes")
    if t.confidential:
        facts.append("**confidential**: never in a packet or report")
    if t.register:
        facts.append(f"loaded from a register file `{t.name}.csv|xlsx|yaml`")
    if t.archive_written:
        facts.append("written by the archive itself")
    lines += ["; ".join(facts) + ".", ""]
    lines += ["| field | type | required | allowed values | description |",
              "|---|---|---|---|---|"]
    for f in t.stored_fields:
        allowed = ", ".join(f.allowed) if f.allowed else ""
        desc = f.description + (" **Confidential.**" if f.confidential else "")
        lines.append(f"| `{f.name}` | {f.dtype_name} | {'yes' if not f.nullable else ''} | "
                     f"{_cell(allowed)} | {_cell(desc)} |")
    lines.append("")
    return lines


def render() -> str:
    lines = [
        "# Data dictionary",
        "",
        "Generated from `src/recordskit/schema.py` by `make docs`; do not edit by hand.",
        "Timestamps (`_at`) are stored in UTC; dates (`_on`) are calendar dates in the city's time "
        "zone. Every table but `ingest_log` also carries `ingest_seq` (the archive version that "
        "added the row) and `row_sha256` (the row's digest, checked by `recordskit verify`).",
        "",
        "Tables: " + ", ".join(f"[`{n}`](#{n})" for n in TABLES),
        "",
    ]
    for t in TABLES.values():
        lines += _table_section(t)
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(), end="")
