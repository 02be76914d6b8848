"""``python -m journalmeta``: the command line."""

import sys

from journalmeta.cli import main

sys.exit(main())
