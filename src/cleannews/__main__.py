"""``python -m cleannews``: the same command as ``cleannews``."""

import sys

from .cli import main

# Guarded: worker processes started with "spawn" re-import the main module.
if __name__ == "__main__":
    sys.exit(main())
