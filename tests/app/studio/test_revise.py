"""Editing a post: checked again by the real ethics engine, approval needed again."""

from __future__ import annotations

import pytest

from flambeau.app.publishing.models import Delivery, DeliveryStatus
from flambeau.app.publishing.services import post_schedule, post_unschedule
from flambeau.app.studio.briefs import campaign_brief
from flambeau.app.studio.models import PostStatus
from flambeau.app.studio.revising import _as_plan_post
from flambeau.app.studio.services import post_approve, post_revise
from flambeau.core.errors import GateError
from flambeau.core.ethics import check_post

pytestmark = pytest.mark.django_db
CLEAN = "Un atelier levain chaque samedi à 10h. Texte rédigé avec l'aide d'une IA."
SNEAKY = "Frais de service ajoutés au paiement. Abonnement reconduit automatiquement sans préavis."


def _expected(post):
    report = check_post(_as_plan_post(post), brief=campaign_brief(post.campaign))
    return report.verdict, sorted(f.rule for f in report.findings)


def test_revised_text_gets_the_engines_findings(import_campaign):
    post = import_campaign(["pass"]).posts.get()
    revised = post_revise(post=post, actor="Claire", text=SNEAKY)
    verdict, rules = _expected(revised)
    assert revised.verdict == verdict == "block"
    assert sorted(revised.findings.values_list("rule", flat=True)) == rules
    assert revised.campaign.verdict == "block"
    with pytest.raises(GateError, match="blocking"):
        post_approve(post=revised, actor="Claire", reason="fine")


def test_fixing_a_blocked_post_lets_it_through(import_campaign):
    post = import_campaign(["block"]).posts.get()
    fixed = post_revise(post=post, actor="Claire", text=CLEAN)
    verdict, _ = _expected(fixed)
    assert fixed.verdict == verdict and fixed.verdict != "block"
    assert not fixed.findings.filter(rule="test.block").exists()
    post_approve(post=fixed, actor="Claire", reason="checked after the edit")
    assert fixed.provenance["edited_by"] == "Claire"


def test_an_edit_needs_approval_again(import_campaign):
    post = import_campaign(["pass"]).posts.get()
    post_approve(post=post, actor="Claire")
    revised = post_revise(post=post, actor="Claire", text=CLEAN)
    assert revised.status == PostStatus.DRAFT


def test_plan_level_findings_survive_an_edit(import_campaign):
    post = import_campaign(["pass"]).posts.get()
    post.findings.create(
        campaign=post.campaign,
        rule="wellbeing.frequency",
        family="wellbeing",
        severity="warn",
        message="too many posts",
        subject="plan",
    )
    revised = post_revise(post=post, actor="Claire", text=CLEAN)
    assert revised.findings.filter(rule="wellbeing.frequency").exists()
    assert revised.verdict == "warn"


def test_a_scheduled_post_must_be_unscheduled_first(import_campaign):
    post = import_campaign(["pass"]).posts.get()
    post_approve(post=post, actor="Claire")
    post_schedule(post=post)
    with pytest.raises(GateError, match="unschedule"):
        post_revise(post=post, actor="Claire", text="new")
    post_unschedule(post=post)
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.CANCELLED}
    revised = post_revise(post=post, actor="Claire", text=CLEAN)
    post_approve(post=revised, actor="Claire", reason="ok")
    post_schedule(post=revised)
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.PENDING}
    assert Delivery.objects.count() == 2


def test_empty_text_or_actor_is_refused(import_campaign):
    post = import_campaign(["pass"]).posts.get()
    with pytest.raises(GateError, match="empty"):
        post_revise(post=post, actor="Claire", text="  ")
    with pytest.raises(GateError, match="who"):
        post_revise(post=post, actor="", text="x")


def test_an_edited_thread_publishes_the_edit_as_its_first_part(import_campaign):
    post = import_campaign(["pass"]).posts.get()
    post.parts = ["Old opening 1/3", "Second part 2/3", "Closing 3/3"]
    post.save()
    revised = post_revise(post=post, actor="Claire", text=CLEAN)
    assert revised.parts == [CLEAN, "Second part 2/3", "Closing 3/3"]


def test_an_edited_email_rebuilds_its_plain_and_html_bodies(import_campaign):
    post = import_campaign(["pass"]).posts.get()
    post.extra = {**post.extra, "subject": "Ateliers", "plain": "old", "html": "<p>old</p>"}
    post.save()
    edited = "Bonjour,\n\nUn atelier levain chaque samedi à 10h.\nÀ bientôt <3"
    revised = post_revise(post=post, actor="Claire", text=edited)
    assert revised.extra["plain"] == edited and revised.extra["subject"] == "Ateliers"
    assert revised.extra["html"] == (
        "<p>Bonjour,</p><p>Un atelier levain chaque samedi à 10h.<br>À bientôt &lt;3</p>"
    )
