"""Stable bytes for files that embed the time they were written.

A report rebuilt from the same archive version must have the same payload, but xlsx files (zip
entry times, ``docProps/core.xml``) and Chromium's PDFs (``/CreationDate``, ``/ModDate``) carry
the moment of writing. These functions replace those moments with one given moment — callers
pass a moment derived from their inputs (the archive version's commit time), never the clock.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

_CORE_TIMES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")
_PDF_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)")


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("a reproducible moment must be time-zone aware")
    return moment.astimezone(dt.UTC)


def stabilize_zip(path: str | Path, moment: dt.datetime) -> None:
    """Rewrite the zip at ``path`` with every entry dated ``moment`` and the Office core
    properties (created, modified) set to it."""
    moment = _utc(moment)
    stamp = max(moment, dt.datetime(1980, 1, 1, tzinfo=dt.UTC)).timetuple()[:6]
    w3c = moment.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    path = Path(path)
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    tmp = path.with_name(path.name + ".stable")
    with zipfile.ZipFile(tmp, "w") as out:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = _CORE_TIMES.sub(lambda m: m.group(1) + w3c + m.group(2), data)
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            out.writestr(fixed, data)
    tmp.replace(path)


def stabilize_pdf(path: str | Path, moment: dt.datetime) -> None:
    """Set a PDF's creation and modification dates to ``moment`` in place. The replacement has
    the same length as what it replaces, so the cross-reference offsets stay valid."""
    moment = _utc(moment)
    path = Path(path)
    data = path.read_bytes()

    def fix(m: re.Match[bytes]) -> bytes:
        old = m.group(0)
        new = b"/" + m.group(1) + b" (D:" + moment.strftime("%Y%m%d%H%M%S").encode() + b"Z)"
        if len(new) > len(old):
            new = new[:len(old) - 1] + b")"
        return new + b" " * (len(old) - len(new)) if len(new) < len(old) else new

    path.write_bytes(_PDF_DATE.sub(fix, data))
