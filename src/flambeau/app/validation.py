"""`saved()`: full_clean then save, with Django's validation errors turned into a user message."""

from __future__ import annotations

from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db.models import Model

from flambeau.core.errors import FlambeauError

M = TypeVar("M", bound=Model)


class RecordError(FlambeauError):
    """A record that cannot be stored as it is; the message names each field."""


def validated(instance: M) -> M:
    """Validate every field (full_clean); problems name the model and the field."""
    try:
        instance.full_clean()
    except ValidationError as exc:
        label = f"{instance._meta.verbose_name} {instance}".strip()
        problems = [
            f"{field}: {' '.join(messages)}" for field, messages in exc.message_dict.items()
        ]
        raise RecordError(f"{label}: {'; '.join(problems)}") from None
    return instance


def saved(instance: M) -> M:
    """full_clean then save."""
    validated(instance).save()
    return instance
