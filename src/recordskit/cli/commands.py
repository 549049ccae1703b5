"""Every command module; each registers its command(s) on the root group when imported."""

from recordskit.cli import (  # noqa: F401
    audit_cmd,
    demo_cmd,
    ingest_cmd,
    pra_cmd,
    search_cmd,
    synth_cmd,
    validate_cmd,
    workspace_cmds,
)
