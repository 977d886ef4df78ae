"""Connectors by id; built-ins and third parties register through the `flambeau.connectors`
entry-point group, whose objects are callables given the `register` function."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from flambeau.connectors.base import BaseConnector
from flambeau.core.errors import ConnectorError

ENTRY_POINT_GROUP = "flambeau.connectors"
BUILTIN_HOOK = "flambeau.connectors.builtin:register_connectors"

_connectors: dict[str, type[BaseConnector]] = {}
_loaded = False
_lock = threading.Lock()


def register(connector: type[BaseConnector]) -> type[BaseConnector]:
    """Add a connector class (usable as a decorator); a second one with the same id is refused."""
    if not connector.id:
        raise ConnectorError(f"{connector.__name__} has no `id`")
    existing = _connectors.get(connector.id)
    if existing is not None and existing is not connector:
        raise ConnectorError(f"a connector {connector.id!r} is already registered")
    _connectors[connector.id] = connector
    return connector


def unregister(connector_id: str) -> None:
    _connectors.pop(connector_id, None)


def _allowed(entry_point: EntryPoint) -> bool:
    """FLAMBEAU_BLOCK_PLUGINS=1 (tests) keeps only Flambeau's own entry points."""
    if os.environ.get("FLAMBEAU_BLOCK_PLUGINS", "") in ("", "0"):
        return True
    return entry_point.value.startswith("flambeau.")


def load_plugins() -> None:
    """Run every registered hook once (thread-safe); the built-ins come in through the group."""
    global _loaded
    if _loaded:
        return
    with _lock:
        if _loaded:
            return
        hooks: list[Callable[[Callable[[type[BaseConnector]], Any]], None]] = []
        seen_builtin = False
        for entry_point in entry_points(group=ENTRY_POINT_GROUP):
            if not _allowed(entry_point):
                continue
            seen_builtin = seen_builtin or entry_point.value == BUILTIN_HOOK
            hooks.append(entry_point.load())
        if not seen_builtin:  # metadata of a stale editable install: still offer the built-ins
            from flambeau.connectors.builtin import register_connectors

            hooks.insert(0, register_connectors)
        for hook in hooks:
            hook(register)
        _loaded = True


def connectors() -> dict[str, type[BaseConnector]]:
    load_plugins()
    return dict(sorted(_connectors.items()))


def get_connector(connector_id: str) -> type[BaseConnector]:
    known = connectors()
    try:
        return known[connector_id]
    except KeyError:
        raise ConnectorError(
            f"unknown connector {connector_id!r}; known: {', '.join(known)}"
        ) from None


def build_connector(connector_id: str, options: dict[str, Any] | None = None) -> BaseConnector:
    """An instance of a registered connector with validated options."""
    return get_connector(connector_id).build(options)
