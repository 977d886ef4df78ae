"""API authentication: a bearer token (FLAMBEAU_API_TOKEN) or a logged-in studio session."""

from __future__ import annotations

import hmac
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth


class TokenAuth(HttpBearer):
    """`Authorization: Bearer <FLAMBEAU_API_TOKEN>`; refused when no token is configured."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        expected = settings.FLAMBEAU_API_TOKEN
        if expected and hmac.compare_digest(token.encode(), expected.encode()):
            return "token"
        return None


API_AUTH = [TokenAuth(), SessionAuth()]


def actor_of(request: HttpRequest, given: str | None) -> str:
    """Who acts: the session's user name, else the `actor` the token holder gave."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return str(user.get_username())
    return (given or "").strip()
