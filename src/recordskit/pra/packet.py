"""The response packet of a public records request: its payload files, built from the archive
as of one version, redacted, with an exemption log and a cover letter.

``build_packet`` writes the payload into a folder:

- ``records.xlsx``: sheets Index, Records (thread context, Bates numbers), Removed content
  (time, date, poster, reason and moderator), Exemption log, Search log;
- ``records.csv`` and ``records.jsonl``: the Records sheet for spreadsheets and for programs;
- ``cover_letter.html`` and ``cover_letter.pdf``.

``packet_run.run_packet`` runs the packet notebook (which calls ``build_packet``), adds the
notebook as ``packet.html`` and seals everything as a BagIt bag.

Rebuilding at the same archive version gives the same payload: nothing in it depends on the
clock. The times embedded in the xlsx and PDF files are the archive version's commit time, and
the letter is dated from the register (see ``letter_date``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from recordskit.pra.cover_letter import determination_for, letter_context, split_exemptions
from recordskit.pra.deadlines import DeadlineRules
from recordskit.pra.packet_redaction import (
    Withholding,
    log_frame,
    redact_table,
    withhold_public_names,
    withhold_records,
)
from recordskit.pra.packet_tables import records_table, removed_table, search_log_table
from recordskit.pra.register import get_request, public_fields, read_request_file
from recordskit.pra.responsive import responsive_records
from recordskit.pra.search import index_for

FILES = ("records.xlsx", "records.csv", "records.jsonl", "cover_letter.html",
         "cover_letter.pdf")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S %Z"
SHEETS = ("Index", "Records", "Removed content", "Exemption log", "Search log")


@dataclass(frozen=True)
class PacketOptions:
    as_of: int | None = None
    """Archive version to search; None: the version at the request's receipt."""
    reviewer: str | None = None
    """Who decided the redactions (the exemption log's "responsible"); None: the first of the
    workspace's pra.responsible_officials."""
    include_removed: bool = True
    include_versions: bool = True
    withhold: tuple[Withholding, ...] = ()
    letter_on: dt.date | None = None
    keep: tuple[str, ...] = ()
    """Phone numbers and email addresses the city publishes, left visible."""
    use_index: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of, "reviewer": self.reviewer,
                "include_removed": self.include_removed,
                "include_versions": self.include_versions,
                "withhold": [w.__dict__ for w in self.withhold],
                "letter_on": self.letter_on.isoformat() if self.letter_on else None,
                "keep": list(self.keep)}


@dataclass
class Packet:
    request_id: str
    folder: Path
    archive_version: int
    determination: str
    tables: dict[str, pl.DataFrame]
    """The sheets as written (times as text in the city's zone)."""
    letter: dict[str, Any]
    options: PacketOptions
    notes: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def files(self) -> list[Path]:
        return [self.folder / f for f in FILES]

    def summary(self) -> dict[str, Any]:
        """What the notebook hands back (sidecar) and the bag-info records."""
        return {"request_id": self.request_id, "archive_version": self.archive_version,
                "determination": self.determination, "counts": self.counts,
                "parameters": self.options.as_dict(), "files": list(FILES),
                "due_on": self.letter["due_in_force_on"], "notes": list(self.notes)}


def resolve_request(ws, request: str | Path) -> dict[str, Any]:
    """A register row: ``request`` is a request id of the register or a request file."""
    path = Path(str(request))
    if path.suffix.lower() in (".yaml", ".yml") or path.is_file():
        rf = read_request_file(path, DeadlineRules.from_config(ws.config), ws.config.time_zone)
        row = rf.rows.row(0, named=True)
        return {n: row.get(n) for n in rf.rows.columns} | {
            n: None for n in public_fields() if n not in rf.rows.columns}
    return get_request(ws.archive, str(request))


def _responsible(ws, reviewer: str | None) -> Any:
    if reviewer:
        return reviewer
    officials = ws.config.pra.responsible_officials
    return officials[0] if officials else "Records Officer"


def letter_date(request: dict[str, Any], options: PacketOptions, committed_at: dt.datetime,
                tz) -> dt.date:
    """The recorded determination date; else the date given; else the later of receipt and
    the archive version's commit (never the clock, so a rebuild dates the letter alike)."""
    if request.get("determination_at") is not None:
        return request["determination_at"].astimezone(tz).date()
    if options.letter_on is not None:
        return options.letter_on
    return max(request["received_at"].astimezone(tz).date(), committed_at.astimezone(tz).date())


def _local(frame: pl.DataFrame, tz: str) -> pl.DataFrame:
    from recordskit.outputs.tables import display_frame

    return display_frame(frame, tz, TIME_FORMAT)


def _jsonl_frame(frame: pl.DataFrame, tz: str) -> pl.DataFrame:
    return frame.with_columns(
        pl.col(c).dt.convert_time_zone(tz) for c, t in frame.schema.items()
        if isinstance(t, pl.Datetime) and t.time_zone is not None)


def _index_table(request: dict[str, Any], letter: dict[str, Any], counts: dict[str, int],
                 exemptions: list[str], city: str) -> pl.DataFrame:
    rows = [
        ("City", city), ("Request id", request["request_id"]),
        ("Requester", request.get("requester") or ""),
        ("Request", request["description"]), ("Received", letter["received"]),
        ("Determination due", letter["due_on"]),
        ("Extended due date", letter["extension"]["due_on"] if letter["extension"] else ""),
        ("Determination", letter["determination_label"]), ("Letter dated", letter["letter_on"]),
        ("Archive version searched", str(letter["archive_version"])),
        ("Records", str(counts["records"])), ("Record versions", str(counts["versions"])),
        ("Bates numbers", " to ".join(letter["bates_range"]) if letter["bates_range"] else ""),
        ("Removed or hidden items", str(counts["removed"])),
        ("Redactions", str(counts["redactions"])),
        ("Records withheld", str(counts["withheld"])),
        ("Exemptions cited", "; ".join(exemptions) or "none"),
        ("Times", "shown in the city's time zone"),
        *((f"Sheet: {s}", "") for s in SHEETS[1:]),
    ]
    return pl.DataFrame(rows, schema={"item": pl.String, "value": pl.String}, orient="row")


def build_packet(ws, request: str | Path | dict[str, Any], folder: str | Path,
                 options: PacketOptions | None = None) -> Packet:
    """Write the payload files of ``request``'s packet into ``folder``."""
    from recordskit.outputs.html import write_html
    from recordskit.outputs.pdf import html_to_pdf
    from recordskit.outputs.tables import write_csv, write_jsonl
    from recordskit.outputs.xlsx import sheet_from_frame, write_workbook

    options = options or PacketOptions()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tz = ws.config.time_zone
    row = request if isinstance(request, dict) else resolve_request(ws, request)
    request = {k: v for k, v in row.items() if k in public_fields()}
    request_id = request["request_id"]
    responsible = _responsible(ws, options.reviewer)
    index = index_for(ws.state_dir) if options.use_index else None
    responsive = responsive_records(ws.archive, request, as_of=options.as_of, index=index,
                                    include_removed=options.include_removed,
                                    include_versions=options.include_versions)

    records = records_table(responsive, request_id)
    records, withheld_rows = withhold_records(records, options.withhold, responsible)
    records, name_rows = withhold_public_names(records, responsible)
    records, redaction_rows = redact_table(records, responsible, profile=ws.profile.name,
                                           keep=options.keep)
    redaction_rows = [*name_rows, *redaction_rows]
    removed = removed_table(responsive, records, tz)
    removed, removed_rows = redact_table(
        removed, responsible, profile=ws.profile.name, keep=options.keep,
        columns=["poster", "reason_text", "moderator"])
    log = log_frame([*withheld_rows, *redaction_rows, *removed_rows])

    counts = {"records": records["record_id"].n_unique(), "versions": records.height,
              "removed": removed["record_id"].n_unique(),
              "redactions": len(redaction_rows) + len(removed_rows),
              "withheld": len({r["record_id"] for r in withheld_rows}),
              **responsive.result.counts}
    determination = determination_for(request, counts["records"], counts["redactions"],
                                      counts["withheld"])
    committed_at = responsive.archive.history()["committed_at"][-1]
    exemptions = split_exemptions(log["exemption"].to_list())
    bates_range = (records["bates_number"][0], records["bates_number"][-1]) \
        if records.height else None
    letter = letter_context(
        city_name=ws.config.city_name, request=request, determination=determination,
        rules=DeadlineRules.from_config(ws.config),
        letter_on=letter_date(request, options, committed_at, ws.config.tz),
        exemptions=exemptions, officials=list(ws.config.pra.responsible_officials),
        records_officer=ws.config.pra.records_officer,
        files=[*FILES, "packet.html"], bates_range=bates_range,
        archive_version=responsive.archive_version)

    tables = {
        "Index": _index_table(request, letter, counts, exemptions, ws.config.city_name),
        "Records": _local(records, tz),
        "Removed content": _local(removed, tz),
        "Exemption log": log,
        "Search log": search_log_table(responsive),
    }
    write_workbook(folder / "records.xlsx",
                   [sheet_from_frame(name, frame) for name, frame in tables.items()],
                   moment=committed_at)
    write_csv(folder / "records.csv", tables["Records"])
    write_jsonl(folder / "records.jsonl", _jsonl_frame(records, tz))
    write_html(folder / "cover_letter.html", "recordskit.pra", "cover_letter.html.j2", **letter)
    html_to_pdf(folder / "cover_letter.html", folder / "cover_letter.pdf", moment=committed_at)
    return Packet(request_id, folder, responsive.archive_version, determination, tables,
                  letter, options, responsive.notes, counts)
