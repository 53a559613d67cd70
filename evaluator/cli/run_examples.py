"""``make run``: start the app with the bundled examples, or explain the headless alternatives."""

from __future__ import annotations

import sys

from .app_launch import HEADLESS_HELP, has_display, launch


def main() -> int:
    if not has_display():
        sys.stderr.write(HEADLESS_HELP)
        from ..resources import example_paths
        from . import main as cli_main

        examples = example_paths()
        if examples:
            sys.stderr.write("\nThe analysis of the bundled examples follows.\n\n")
            for path in examples:
                cli_main(["analyze", str(path)])
                print()
        return 0
    return launch(None)


if __name__ == "__main__":
    sys.exit(main())
