"""`python -m flambeau.app.manage ...`: Django's management commands for Flambeau."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    from django.core.management import execute_from_command_line

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "flambeau.app.settings")
    execute_from_command_line(["flambeau manage", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
