from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from flambeau.connectors import Publication


@pytest.fixture
def publication(tmp_path: Path) -> Callable[..., Publication]:
    """A publication with a real PNG; keyword arguments override fields."""
    image = tmp_path / "card.png"
    Image.new("RGB", (40, 20), (10, 20, 30)).save(image)

    def build(**overrides: Any) -> Publication:
        fields: dict[str, Any] = {
            "key": "demo-p01-outbox1-abc123",
            "post_id": "p01",
            "channel": "instagram",
            "campaign": "Ateliers levain",
            "brand": "Pain d'Or",
            "language": "fr",
            "text": "Apprenez à faire votre levain.\nChaque samedi à 10h.",
            "link": "https://paindor.example/ateliers?utm_source=instagram",
            "hashtags": ["#PainDOr", "#Levain"],
            "image": image,
            "alt_text": "Une miche dorée sur une planche",
            "scheduled_at": dt.datetime(2026, 12, 8, 9, 30, tzinfo=dt.UTC),
            "published_at": dt.datetime(2026, 12, 8, 9, 30, 5, tzinfo=dt.UTC),
        }
        fields.update(overrides)
        return Publication(**fields)

    return build
