"""Editing a post's text: a live count as the platform counts, then a fresh ethics check."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flambeau.app.studio import services as studio
from flambeau.app.web.labels import VERDICTS, word
from flambeau.app.web.previews import channel_preview
from flambeau.app.web.views.common import post_or_404
from flambeau.app.web.views.review import attempt, current_actor

MAX_TEXT = 60_000  # above every channel's limit: a guard against pasting a whole book


@require_POST
def post_measure(request: HttpRequest, post_id: int) -> HttpResponse:
    """The length of the text being typed, as the post's channel counts it (for htmx)."""
    post = post_or_404(post_id)
    text = request.POST.get("text", "")[:MAX_TEXT]
    preview = channel_preview(post.channel, text=text)
    return render(request, "web/posts/_counter.html", {"counter": preview.counter})


@require_POST
def post_edit(request: HttpRequest, post_id: int) -> HttpResponse:
    """Save new text (and alt text); the post is checked again and needs a new approval."""
    post = post_or_404(post_id)
    actor = current_actor(request)
    text = request.POST.get("text", "").replace("\r\n", "\n")[:MAX_TEXT]
    alt_text = request.POST.get("alt_text")

    def revise() -> str:
        revised = studio.post_revise(
            post=post,
            actor=actor,
            text=text,
            alt_text=alt_text.replace("\r\n", "\n") if alt_text is not None else None,
        )
        return _("%(post)s saved and checked again: %(verdict)s.") % {
            "post": revised.key,
            "verdict": word(VERDICTS, revised.verdict),
        }

    attempt(request, revise)
    return redirect(reverse("web:post", args=[post_id]))
