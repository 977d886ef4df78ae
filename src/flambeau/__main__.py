"""`python -m flambeau` runs the CLI."""

import sys

from flambeau.cli import main

sys.exit(main())
