"""The connector registry: built-ins come through the entry-point group, like plugins."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import ClassVar

import pytest

from flambeau.connectors import (
    BaseConnector,
    Connector,
    Receipt,
    build_connector,
    connectors,
    get_connector,
    register,
    unregister,
)
from flambeau.connectors.registry import BUILTIN_HOOK, ENTRY_POINT_GROUP
from flambeau.core.errors import ConnectorError


class FakeConnector(BaseConnector):
    id: ClassVar[str] = "fake"
    name: ClassVar[str] = "Fake"

    def publish(self, publication):
        return Receipt(
            connector=self.id,
            key=publication.key,
            external_id="1",
            published_at=publication.published_at,
        )


@pytest.fixture
def fake():
    register(FakeConnector)
    try:
        yield FakeConnector
    finally:
        unregister("fake")


def test_builtins_are_registered_through_the_entry_point_group():
    values = [ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)]
    assert BUILTIN_HOOK in values
    assert {"outbox", "rss"} <= set(connectors())


def test_builtins_satisfy_the_protocol(tmp_path):
    for connector_id in ("outbox", "rss"):
        assert isinstance(build_connector(connector_id, {"root": str(tmp_path)}), Connector)


def test_a_registered_connector_is_found(fake, publication):
    assert get_connector("fake") is FakeConnector
    receipt = build_connector("fake").publish(publication())
    assert receipt.connector == "fake"


def test_unknown_connector_lists_the_known_ones():
    with pytest.raises(ConnectorError, match=r"unknown connector 'mastodn'; known: .*outbox"):
        get_connector("mastodn")


def test_two_connectors_cannot_share_an_id(fake):
    class Other(FakeConnector):
        pass

    with pytest.raises(ConnectorError, match="already registered"):
        register(Other)


def test_a_connector_needs_an_id():
    class Nameless(BaseConnector):
        pass

    with pytest.raises(ConnectorError, match="no `id`"):
        register(Nameless)


def test_connectors_do_not_import_django():
    import subprocess
    import sys

    code = (
        "import sys, flambeau.connectors, flambeau.connectors.outbox, flambeau.connectors.rss;"
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
