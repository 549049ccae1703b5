"""The ``recordskit`` command line: thin commands that parse, call the library and present.

Each command group lives in its own module and is registered in ``commands.py``. Heavy libraries
(Great Expectations, papermill, openpyxl) are imported inside commands, never at module level,
so that ``recordskit --help`` is instant.
"""

from recordskit.cli import commands as _commands  # noqa: F401  (registers the commands)
from recordskit.cli.app import cli, main

__all__ = ["cli", "main"]
