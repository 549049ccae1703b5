"""Registers every command module on the root group. One line per module."""

from recordskit.cli.app import cli
from recordskit.cli.workspace_cmds import init, verify

cli.add_command(init)
cli.add_command(verify)
from recordskit.cli import ingest_cmd  # noqa: E402, F401  (registers `ingest`)
from recordskit.cli import pra_cmd  # noqa: E402, F401  (registers `pra`)
from recordskit.cli import search_cmd  # noqa: E402, F401  (registers `search`)
from recordskit.cli import synth_cmd  # noqa: E402, F401  (registers `synth`)
from recordskit.cli import validate_cmd  # noqa: E402, F401  (registers `validate`)
from recordskit.cli import demo_cmd  # noqa: E402, F401  (registers `demo`)
from recordskit.cli import audit_cmd  # noqa: E402, F401  (registers `audit`)
