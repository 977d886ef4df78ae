"""What every studio view shares: loading by id or 404, htmx detection, the acting person."""

from __future__ import annotations

from django.http import Http404, HttpRequest

from flambeau.app.studio import selectors
from flambeau.app.studio.models import Campaign, Post

ACTOR_SESSION_KEY = "flambeau_actor"


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def campaign_or_404(campaign_id: int) -> Campaign:
    try:
        return selectors.campaign_get(campaign_id=campaign_id)
    except Campaign.DoesNotExist:
        raise Http404("no such campaign") from None


def post_or_404(post_id: int) -> Post:
    try:
        return selectors.post_get(post_id=post_id)
    except Post.DoesNotExist:
        raise Http404("no such post") from None


def signed_in_name(request: HttpRequest) -> str | None:
    """The signed-in person's name as the review trail shows it, or None."""
    user = request.user
    if not user.is_authenticated:
        return None
    full = user.get_full_name().strip() if hasattr(user, "get_full_name") else ""
    return full or user.get_username()


def remembered_actor(request: HttpRequest) -> str:
    """The name a signed-out reviewer gave last time (kept in their session), or ''."""
    return str(request.session.get(ACTOR_SESSION_KEY, ""))
