"""``recordskit pra run``: execute the packet notebook with papermill, add the executed notebook
as ``packet.html`` (results only, no code), and seal the packet as a BagIt bag in
``reports/pra/<request id>/`` (or another folder), built aside and renamed into place.

Bag-info records the request id, the archive version searched, the parameters and the tool
version, so the packet can be rebuilt and checked later.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recordskit import __version__
from recordskit.errors import RecordsKitError
from recordskit.pra.packet import resolve_request

NOTEBOOK = Path(__file__).resolve().parents[3] / "notebooks" / "pra_response_packet.ipynb"
REPORT_KIND = "pra"


@dataclass(frozen=True)
class PacketRun:
    folder: Path
    summary: dict[str, Any]


def packet_folder(ws, request_id: str) -> Path:
    return ws.reports_dir / REPORT_KIND / request_id


def bag_info(summary: dict[str, Any], city_name: str) -> dict[str, Any]:
    return {
        "Source-Organization": city_name,
        "External-Identifier": summary["request_id"],
        "External-Description": f"Response packet of public records request "
                                f"{summary['request_id']}",
        "Request-Id": summary["request_id"],
        "Archive-Version": summary["archive_version"],
        "Determination": summary["determination"],
        "Parameters": summary["parameters"],
        "Tool-Version": f"recordskit {__version__}",
    }


def run_packet(ws, request: str | Path, *, out: str | Path | None = None,
               as_of: int | None = None, reviewer: str | None = None,
               overwrite: bool = False, progress: bool = False,
               withhold: Sequence[Mapping[str, str]] = (),
               notebook: Path = NOTEBOOK) -> PacketRun:
    """Build, document and seal the packet of ``request`` (a request id or request file).
    ``withhold``: records withheld whole ({"record_id", "topic", "reason"})."""
    from recordskit.outputs.bag import seal_bag
    from recordskit.outputs.notebook import execute_notebook, notebook_to_html, read_sidecar
    from recordskit.outputs.run_folder import run_folder

    if not notebook.exists():
        raise RecordsKitError(f"{notebook}: the packet notebook is missing (run from a "
                              "checkout of the project)")
    ref = str(Path(request).resolve()) if Path(str(request)).is_file() else str(request)
    request_id = resolve_request(ws, ref)["request_id"]
    target = Path(out).resolve() if out else packet_folder(ws, request_id)
    with run_folder(target, overwrite=overwrite) as payload, \
            tempfile.TemporaryDirectory(prefix="recordskit-packet-") as scratch:
        executed = Path(scratch) / notebook.name
        sidecar = Path(scratch) / "packet.json"
        execute_notebook(notebook, executed,
                         {"request": ref, "as_of": as_of, "output_dir": str(payload),
                          "reviewer": reviewer, "workspace": str(ws.root),
                          "withhold": [dict(w) for w in withhold]},
                         cwd=ws.root, progress=progress, sidecar=sidecar)
        summary = read_sidecar(sidecar)
        notebook_to_html(executed, payload / "packet.html")
        seal_bag(payload, bag_info(summary, ws.config.city_name))
    return PacketRun(target, summary)
