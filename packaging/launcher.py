"""Entry point of the frozen program (PyInstaller): the same as ``python -m evaluator``."""

import multiprocessing
import sys

from evaluator.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless where unused; needed if a worker process is ever spawned
    sys.exit(main())
