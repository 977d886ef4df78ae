"""Commands: filled in by their owners."""

import click

commands: list[click.Command] = []
