"""The connectors Flambeau ships, registered like any plugin's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flambeau.connectors.base import BaseConnector


def register_connectors(register: Callable[[type[BaseConnector]], Any]) -> None:
    from flambeau.connectors.outbox import OutboxConnector
    from flambeau.connectors.rss import FeedConnector

    register(OutboxConnector)
    register(FeedConnector)
