"""The `flambeau` command: core commands need no database; app commands run Django."""

from __future__ import annotations

import importlib
import sys

import click

from flambeau import __version__
from flambeau.core.errors import FlambeauError, ModelNotFoundError, ProblemsError

# Each module exposes `commands: list[click.Command]`.
COMMAND_MODULES = (
    "flambeau.cli.core_commands",
    "flambeau.cli.lint",
    "flambeau.cli.app_commands",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="flambeau")
def cli() -> None:
    """Flambeau: plan, write, illustrate, check and publish a campaign, ethically."""


for _name in COMMAND_MODULES:
    for _command in importlib.import_module(_name).commands:
        cli.add_command(_command)


def main(argv: list[str] | None = None) -> int:
    """Entry point: user errors become one clear message and a non-zero exit, never a traceback."""
    try:
        # Without standalone mode click returns ctx.exit()'s code instead of raising Exit.
        result = cli.main(args=argv, prog_name="flambeau", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return 2 if isinstance(exc, click.UsageError | click.BadParameter) else exc.exit_code
    except ProblemsError as exc:
        click.echo(exc.render(), err=True)
        return 2
    except ModelNotFoundError as exc:  # bad input, like a bad brief: nothing was done
        click.echo(f"error: {exc}", err=True)
        return 2
    except FlambeauError as exc:
        click.echo(f"error: {exc}", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        return 130
    return result if isinstance(result, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
