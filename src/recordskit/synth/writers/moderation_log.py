"""Departments' moderation logs, with the untidiness of real ones.

Workbooks (openpyxl) carry a merged title row, a "kept by" line, a blank row, then the header;
most times are date cells in local time, some are typed as text ("3/14/2026 2:05 PM"), and a few
formatted but empty rows trail the data. CSV logs come in three styles: ISO times in UTC, local
times without a zone, and separate date and time columns. Columns follow docs/formats.md
"Moderation log".
"""

from __future__ import annotations

from pathlib import Path

from recordskit.synth import clock
from recordskit.synth.city import DEPARTMENTS
from recordskit.synth.model import Action
from recordskit.synth.writers.files import open_csv, save_workbook

HEADER = ["Action ID", "Platform", "Account ID", "Item ID", "Item Kind", "Action", "Acted At",
          "Moderator", "Reason Code", "Reason", "Poster ID", "Poster Name",
          "Poster Unavailable Reason"]
# department -> how its log is kept
STYLES = {"pd": "xlsx", "parks": "xlsx", "cmo": "csv_utc", "pw": "csv_date_time",
          "fire": "csv_local", "lib": "csv_local", "ced": "csv_local"}
TEXT_DATE_EVERY = 7
"""In workbooks, every seventh action's time was typed as text."""


def text_date(ts: int) -> str:
    d = clock.local_datetime(ts)
    hour = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {hour}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def _row(a: Action) -> list:
    return [a.action_id, a.account.platform, a.account.account_id, a.target_native_id or "",
            a.target_kind if a.target_native_id else "", a.action, None, a.actor_staff_id,
            a.reason_code or "", a.reason_text or "", a.poster_native_id or "",
            a.poster_name or "", a.poster_unavailable_reason or ""]


def _order(actions: list[Action]) -> list[Action]:
    return sorted(actions, key=lambda a: (a.acted_at is None, a.acted_at or 0, a.action_id))


def path_of(out_dir: Path, department: str) -> Path:
    ext = "xlsx" if STYLES[department] == "xlsx" else "csv"
    return out_dir / "moderation_logs" / f"{department}_moderation_log.{ext}"


def write_log(out_dir: Path, department: str, actions: list[Action], seed: int) -> Path:
    path = path_of(out_dir, department)
    style = STYLES[department]
    if style == "xlsx":
        _workbook(path, department, _order(actions), seed)
        return path
    header = list(HEADER)
    if style == "csv_date_time":
        header[6:7] = ["Date", "Time"]
    fh, writer = open_csv(path, header)
    for a in _order(actions):
        row = _row(a)
        if a.acted_at_text is not None:
            when = [a.acted_at_text]
        elif a.acted_at is None:
            when = [""]
        elif style == "csv_utc":
            when = [clock.iso_z(a.acted_at)]
        elif style == "csv_local":
            when = [clock.local_datetime(a.acted_at).strftime("%Y-%m-%d %H:%M:%S")]
        else:
            d = clock.local_datetime(a.acted_at)
            when = [d.strftime("%Y-%m-%d"), d.strftime("%H:%M")]
        if style == "csv_date_time" and len(when) == 1:
            when = [when[0], ""]
        writer.writerow(row[:6] + when + row[7:])
    fh.close()
    return path


def _workbook(path: Path, department: str, actions: list[Action], seed: int) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Log"
    name = DEPARTMENTS[department][0]
    ws.append([f"Harbor Point {name} - Social Media Moderation Log (synthetic data)"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([f"Kept by: {DEPARTMENTS[department][2]}"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    ws.append([])  # the blank row between the title block and the header
    ws.append(HEADER)
    for n, a in enumerate(actions, start=1):
        row = _row(a)
        if a.acted_at_text is not None:
            row[6] = a.acted_at_text
        elif a.acted_at is not None:
            row[6] = (text_date(a.acted_at) if n % TEXT_DATE_EVERY == 0
                      else clock.local_datetime(a.acted_at))
        ws.append([v if v != "" else None for v in row])
        cell = ws.cell(row=ws.max_row, column=7)
        if not isinstance(cell.value, str):
            cell.number_format = "m/d/yyyy h:mm AM/PM"
    thin = Border(bottom=Side(style="thin"))
    last = ws.max_row
    for r in range(last + 1, last + 4):  # formatted, empty trailing rows
        for c in range(1, len(HEADER) + 1):
            ws.cell(row=r, column=c).border = thin
    ws.column_dimensions["G"].width = 20
    save_workbook(wb, path, seed)
