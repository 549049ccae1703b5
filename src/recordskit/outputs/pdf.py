"""HTML printed to PDF by Debian's headless Chromium (nbconvert's ``webpdf`` wants to download
a browser of its own, which cannot work offline). ``make env`` installs ``chromium``.

Chromium runs without network features, with a throw-away profile folder, and prints local
files only.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

from recordskit.errors import RecordsKitError
from recordskit.outputs.reproducible import stabilize_pdf

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
TIMEOUT_SECONDS = 120
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-pdf-header-footer",
)


class PdfError(RecordsKitError):
    """No browser to print with, or printing failed."""


def find_browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise PdfError("cannot print PDF: no chromium found (install it with `make env`, or "
                   "`apt-get install chromium`)")


def html_to_pdf(html_path: str | Path, pdf_path: str | Path, *,
                moment: dt.datetime | None = None,
                timeout: float = TIMEOUT_SECONDS) -> Path:
    """Print ``html_path`` to ``pdf_path``. ``moment``: the creation date written into the
    PDF (for identical bytes on a rebuild); Chromium's clock when None."""
    browser = find_browser()
    html_path, pdf_path = Path(html_path).resolve(), Path(pdf_path).resolve()
    with tempfile.TemporaryDirectory(prefix="recordskit-chromium-") as profile:
        cmd = [browser, *FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf_path}",
               html_path.as_uri()]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise PdfError(f"{html_path}: chromium did not finish printing in {timeout:.0f} "
                           "s") from None
    if done.returncode != 0 or not pdf_path.exists() or pdf_path.stat().st_size == 0:
        tail = (done.stderr or "").strip().splitlines()[-3:]
        raise PdfError(f"{html_path}: chromium could not print it (exit {done.returncode}): "
                       + " | ".join(tail))
    if moment is not None:
        stabilize_pdf(pdf_path, moment)
    return pdf_path
