"""Deterministic file writing: the same content always gives the same bytes.

Text is UTF-8 with "\\n" line ends unless a format says otherwise; workbooks get fixed document
properties and fixed zip entry times (openpyxl stamps both with the wall clock).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import yaml

ZIP_TIME = (2026, 10, 1, 8, 0, 0)


def ensure_parent(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def write_text(path: Path, text: str) -> None:
    ensure_parent(path).write_bytes(text.encode("utf-8"))


def write_json(path: Path, doc: Any, *, ascii_only: bool = False) -> None:
    write_text(path, json.dumps(doc, indent=2, ensure_ascii=ascii_only) + "\n")


def write_yaml(path: Path, doc: Any) -> None:
    write_text(path, yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100))


def open_csv(path: Path, header: list[str], lineterminator: str = "\n"):
    """An open file and a csv writer that has written the header."""
    fh = open(ensure_parent(path), "w", encoding="utf-8", newline="")  # noqa: SIM115 (returned)
    writer = csv.writer(fh, lineterminator=lineterminator)
    writer.writerow(header)
    return fh, writer


def fixed_moment(seed: int) -> dt.datetime:
    """A document time derived from the seed (never the wall clock)."""
    return dt.datetime(2026, 10, 1, 8, 0, 0) + dt.timedelta(seconds=seed % 86_400)


def save_workbook(wb, path: Path, seed: int) -> None:
    """Save an openpyxl workbook byte-for-byte reproducibly.

    ``openpyxl.Workbook.save`` sets ``properties.modified`` to now and the zip module stamps
    every entry with the current time; both are replaced by fixed values.
    """
    from openpyxl.writer.excel import ExcelWriter

    moment = fixed_moment(seed)
    wb.properties.created = moment
    wb.properties.modified = moment
    wb.properties.creator = "recordskit synth"
    wb.properties.lastModifiedBy = "recordskit synth"
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).write_data()
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    ensure_parent(path).write_bytes(out.getvalue())


class JsonArrayStream:
    """A JSON array written one element at a time: ``prefix [`` elements ``] suffix``."""

    def __init__(self, path: Path, prefix: str = "", suffix: str = "\n", *,
                 ascii_only: bool = False, separators: tuple[str, str] = (",", ": ")):
        self.path = path
        self._fh = open(ensure_parent(path), "w", encoding="utf-8",  # noqa: SIM115 (streamed)
                        newline="\n")
        self._fh.write(prefix + "[")
        self._suffix = suffix
        self._ascii = ascii_only
        self._separators = separators
        self.count = 0

    def write(self, element: Any) -> None:
        text = json.dumps(element, indent=2, ensure_ascii=self._ascii,
                          separators=self._separators)
        self._fh.write(("," if self.count else "") + "\n  " + text.replace("\n", "\n  "))
        self.count += 1

    def close(self) -> None:
        self._fh.write(("\n" if self.count else "") + "]" + self._suffix)
        self._fh.close()
