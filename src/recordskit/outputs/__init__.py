"""Output machinery every report shares (PRA packets, the quarterly audit report).

- ``run_folder``: build a run's output beside its target and rename it into place when complete;
- ``bag``: seal a folder as a BagIt bag (sha256 manifests, bag-info);
- ``safe_cells``: neutralize spreadsheet formulas in cell text (CSV injection);
- ``xlsx``: openpyxl workbooks with frozen headers, filters, widths and wrapped text;
- ``tables``: CSV and JSON Lines files written from polars frames;
- ``reproducible``: stable timestamps inside zip-based files and PDFs;
- ``html``: Jinja2 templates with autoescaping;
- ``pdf``: HTML printed to PDF by headless Chromium;
- ``notebook``: papermill execution, HTML export without code, JSON sidecars.

Every module imports its heavy library inside the functions that use it.
"""
