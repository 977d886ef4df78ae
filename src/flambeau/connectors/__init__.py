"""Channel connectors: publish, delete, fetch metrics, validate credentials. No Django here."""

from flambeau.connectors.base import BaseConnector, Connector, Metrics, Publication, Receipt
from flambeau.connectors.registry import (
    build_connector,
    connectors,
    get_connector,
    register,
    unregister,
)

__all__ = [
    "BaseConnector",
    "Connector",
    "Metrics",
    "Publication",
    "Receipt",
    "build_connector",
    "connectors",
    "get_connector",
    "register",
    "unregister",
]
