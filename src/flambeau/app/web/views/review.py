"""Review actions: approve (overriding warnings with a reason), schedule, retry a delivery.

Each one calls the app's service and shows what happened as a flash message; a refusal by
the gate (GateError) or a record that does not validate is a message, never an error page.
Without JavaScript the form posts and the page reloads; with htmx only the panel changes.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from flambeau.app.publishing import selectors as publishing_selectors
from flambeau.app.publishing import services as publishing
from flambeau.app.studio import services as studio
from flambeau.app.web.views.common import (
    ACTOR_SESSION_KEY,
    campaign_or_404,
    is_htmx,
    post_or_404,
    signed_in_name,
)
from flambeau.app.web.views.posts import post_context
from flambeau.core.errors import FlambeauError, GateError

MAX_ACTOR = 200


def attempt(request: HttpRequest, action: Callable[[], str]) -> bool:
    """Run a service call; its success or refusal becomes a flash message."""
    try:
        done = action()
    except FlambeauError as exc:  # GateError and friends: the gate said no
        messages.error(request, _("Refused: %(reason)s") % {"reason": exc})
        return False
    except ValidationError as exc:
        messages.error(request, _("Not saved: %(reason)s") % {"reason": "; ".join(exc.messages)})
        return False
    messages.success(request, done)
    return True


def _respond(request: HttpRequest, post_id: int) -> HttpResponse:
    """The review panel (and messages, out of band) for htmx; else back to the post page."""
    if not is_htmx(request):
        return redirect(reverse("web:post", args=[post_id]), permanent=False)
    post = post_or_404(post_id)
    campaign = campaign_or_404(post.campaign_id)
    return render(request, "web/posts/_review_swap.html", post_context(request, post, campaign))


def current_actor(request: HttpRequest) -> str:
    """Who acts: the signed-in person, else the name typed in the form (remembered)."""
    name = signed_in_name(request)
    if name:
        return name
    typed = request.POST.get("actor", "").strip()[:MAX_ACTOR]
    if typed:
        request.session[ACTOR_SESSION_KEY] = typed
    return typed


@require_POST
def post_approve(request: HttpRequest, post_id: int) -> HttpResponse:
    """Approve one post; with warnings, the reason given records the override."""
    post = post_or_404(post_id)
    actor = current_actor(request)
    reason = request.POST.get("reason", "")
    user = request.user if request.user.is_authenticated else None

    def approve() -> str:
        approval = studio.post_approve(post=post, actor=actor, reason=reason, user=user)
        if approval.is_override:
            return _("%(post)s approved by %(actor)s, overriding %(rules)s.") % {
                "post": post.key,
                "actor": approval.actor,
                "rules": ", ".join(approval.overridden),
            }
        return _("%(post)s approved by %(actor)s.") % {"post": post.key, "actor": approval.actor}

    attempt(request, approve)
    return _respond(request, post_id)


@require_POST
def post_schedule(request: HttpRequest, post_id: int) -> HttpResponse:
    """Create the approved post's deliveries, due at its scheduled time."""
    post = post_or_404(post_id)

    def schedule() -> str:
        deliveries = publishing.post_schedule(post=post)
        return _("%(post)s scheduled: %(n)d deliveries, to %(accounts)s.") % {
            "post": post.key,
            "n": len(deliveries),
            "accounts": ", ".join(d.account.name for d in deliveries),
        }

    attempt(request, schedule)
    return _respond(request, post_id)


@require_POST
def post_unschedule(request: HttpRequest, post_id: int) -> HttpResponse:
    """Take a scheduled post off the calendar so that it can be edited."""
    post = post_or_404(post_id)

    def unschedule() -> str:
        publishing.post_unschedule(post=post)
        return _("%(post)s taken off the calendar: its deliveries are cancelled.") % {
            "post": post.key
        }

    attempt(request, unschedule)
    return _respond(request, post_id)


@require_POST
def campaign_approve_passing(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Approve every draft with a clean verdict; posts with findings wait for a look one by one."""
    campaign = campaign_or_404(campaign_id)
    actor = current_actor(request)
    user = request.user if request.user.is_authenticated else None

    def approve() -> str:
        if not actor:
            raise GateError(_("say who approves"))
        batch = studio.campaign_approve(campaign=campaign, actor=actor, reason="", user=user)
        approved = ngettext(
            "%(n)d post approved by %(actor)s",
            "%(n)d posts approved by %(actor)s",
            len(batch.approved),
        ) % {"n": len(batch.approved), "actor": actor}
        waiting = ngettext(
            "%(n)d with findings waits for a review of its own.",
            "%(n)d with findings wait for a review one by one.",
            len(batch.refused),
        ) % {"n": len(batch.refused)}
        return f"{approved}; {waiting}"

    attempt(request, approve)
    return redirect(reverse("web:campaign", args=[campaign_id]))


@require_POST
def campaign_schedule_approved(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Schedule every approved post of the campaign; the others are left as they are."""
    campaign = campaign_or_404(campaign_id)

    def schedule() -> str:
        batch = publishing.campaign_schedule(campaign=campaign)
        scheduled = ngettext(
            "%(n)d post scheduled", "%(n)d posts scheduled", len(batch.scheduled)
        ) % {"n": len(batch.scheduled)}
        left = ngettext(
            "%(n)d not approved or blocked.", "%(n)d not approved or blocked.", len(batch.refused)
        ) % {"n": len(batch.refused)}
        return f"{scheduled}; {left}"

    attempt(request, schedule)
    return redirect(reverse("web:campaign", args=[campaign_id]))


@require_POST
def delivery_retry(request: HttpRequest, delivery_id: int) -> HttpResponse:
    """Try a failed delivery again now (the gate still applies when it publishes)."""
    delivery = publishing_selectors.delivery_list().filter(pk=delivery_id).first()
    if delivery is None:
        raise Http404("no such delivery")

    def retry() -> str:
        publishing.delivery_retry(delivery=delivery)
        return _("Delivery %(key)s will be tried again.") % {"key": delivery.key}

    attempt(request, retry)
    return _respond(request, delivery.post_id)
