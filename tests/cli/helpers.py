"""Running the command line in a fresh process, as a user does, and writing the document it
reads, for the tests of the subcommands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_command(command: str, *args: str, timeout: float = 120,
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """``python -m evaluator COMMAND ARGS...``; ``env`` is added to this process's environment."""
    return subprocess.run([sys.executable, "-m", "evaluator", command, *args], capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


def write_doc(folder: Path, doc: dict[str, Any], name: str = "offer.oppeval") -> Path:
    """``doc`` as a JSON file ``name`` in ``folder``."""
    path = folder / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path
