"""Every studio page renders from data stored through the app's services."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils.html import escape

from flambeau.app.publishing.services import post_schedule
from flambeau.app.studio.services import post_approve

pytestmark = pytest.mark.django_db


def test_campaign_list_shows_brand_dates_channels_counts_and_verdict(client, campaign):
    response = client.get(reverse("web:campaigns"))
    assert response.status_code == 200
    html = response.content.decode()
    assert campaign.name in html and escape(campaign.brand.name) in html
    assert reverse("web:campaign", args=[campaign.pk]) in html
    for channel in ("Instagram", "LinkedIn", "Mastodon", "Email newsletter"):
        assert channel in html
    assert "3 posts" in html and "Draft: 3" in html
    assert "1 blocked, 1 with warnings" in html
    assert 'badge--block">Blocked<' in html


def test_workspace_page_lists_its_campaigns_and_an_unknown_one_is_404(client, campaign):
    assert client.get(reverse("web:workspace", args=["default"])).status_code == 200
    assert client.get(reverse("web:workspace", args=["nope"])).status_code == 404


def test_empty_studio_says_how_to_start(client, db):
    response = client.get(reverse("web:campaigns"))
    assert response.status_code == 200
    assert "flambeau demo" in response.content.decode()


def test_campaign_page_has_summary_and_calendar(client, campaign):
    response = client.get(reverse("web:campaign", args=[campaign.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="week"' in html and "Europe/Paris" in html
    assert html.count('class="chip ch-') == 3  # the three posts fall in the campaign's first week
    assert "Amateurs de cuisine à Lyon" in html  # audiences
    assert "hx-get=" in html  # week navigation works with htmx, and as plain links


def test_posts_page_previews_each_post_and_filters_by_channel(client, campaign, posts):
    url = reverse("web:campaign_posts", args=[campaign.pk])
    html = client.get(url).content.decode()
    assert html.count('class="preview preview--') == 3
    assert "preview--caption" in html and "preview--long" in html and "preview--short" in html
    only = client.get(url, {"channel": "linkedin"}).content.decode()
    assert only.count('class="preview preview--') == 1 and "preview--long" in only
    blocked = client.get(url, {"verdict": "block"}).content.decode()
    assert blocked.count('class="preview preview--') == 1
    assert client.get(url, {"verdict": "bogus"}).status_code == 200


def test_posts_page_is_paginated_and_keeps_the_filter(client, import_campaign):
    campaign = import_campaign(["pass"] * 14)
    url = reverse("web:campaign_posts", args=[campaign.pk])
    first = client.get(url).content.decode()
    assert first.count('class="preview preview--') == 12
    assert "Page 1 of 2" in first and "page=2" in first
    second = client.get(url, {"page": 2}).content.decode()
    assert second.count('class="preview preview--') == 2
    assert client.get(url, {"page": "zzz"}).status_code == 200  # a bad page is the first one
    filtered = client.get(url, {"verdict": "pass"}).content.decode()
    assert "?verdict=pass&amp;page=2" in filtered  # the next page keeps the filter
    instagram = client.get(url, {"channel": "instagram"}).content.decode()
    assert instagram.count('class="preview preview--') == 4 and "page=2" not in instagram


def test_report_groups_findings_by_family_with_counts_and_a_verdict_per_post(client, campaign):
    response = client.get(reverse("web:campaign_report", args=[campaign.pk]))
    assert response.status_code == 200
    groups = response.context["groups"]
    assert [(g.family, g.counts) for g in groups] == [("test", {"block": 1, "warn": 1})]
    html = response.content.decode()
    assert 'id="family-test"' in html
    assert '<a href="#family-test">test</a></th><td>1</td><td>1</td><td>0</td><td>2</td>' in html
    assert [post.key for post, _ in response.context["rows"]] == ["p01", "p02", "p03"]
    assert [post.verdict for post, _ in response.context["rows"]] == ["pass", "warn", "block"]
    assert "Campaign verdict: Blocked" in html


def test_post_page_shows_preview_counter_image_alt_labels_provenance(client, posts):
    post = posts["p02"]  # LinkedIn, warn
    response = client.get(reverse("web:post", args=[post.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "preview--long" in html
    assert f"{len(post.text)}/3000" in html  # LinkedIn counts characters
    assert post.assets.get().file.url in html
    assert 'alt="Card for post p02"' in html
    assert "AI-generated" in html  # the disclosure label
    assert "template" in html  # provenance: the writer
    assert "#PainDOr" in html and "https://paindor.example/ateliers" in html


def test_post_page_marks_the_finding_span_and_explains_it(client, posts):
    post = posts["p02"]
    html = client.get(reverse("web:post", args=[post.pk])).content.decode()
    finding = post.findings.get()
    marked = (
        f'<mark class="hl hl--warn" aria-describedby="finding-{finding.pk}">{post.text[:4]}</mark>'
    )
    assert marked in html
    assert f'id="finding-{finding.pk}"' in html
    assert "test.warn found something" in html and "a calmer wording" in html
    assert "test basis" in html


def test_unknown_ids_are_404_not_500(client, db):
    for name in ("web:campaign", "web:campaign_posts", "web:campaign_report", "web:post"):
        assert client.get(reverse(name, args=[999])).status_code == 404


def test_deliveries_page_shows_status_and_attempts_once_scheduled(client, campaign, posts):
    post_approve(post=posts["p01"], actor="Claire")
    post_schedule(post=posts["p01"])
    response = client.get(reverse("web:campaign_deliveries", args=[campaign.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Outbox" in html and "Feed" in html and "0/5" in html
    assert response.context["counts"] == {"pending": 2}


def test_deliveries_page_without_deliveries_says_so(client, campaign):
    html = client.get(reverse("web:campaign_deliveries", args=[campaign.pk])).content.decode()
    assert "Nothing scheduled yet" in html


def test_french_interface(client, campaign, posts):
    client.cookies["django_language"] = "fr"
    html = client.get(reverse("web:post", args=[posts["p03"].pk])).content.decode()
    assert '<html lang="fr">' in html
    assert "Cette publication ne peut pas être approuvée." in html
    assert "Campagnes" in html


def test_a_delivered_post_shows_where_it_went(client, campaign, posts):
    from flambeau.app.publishing.models import Delivery

    post_approve(post=posts["p01"], actor="Claire")
    outbox, feed = sorted(post_schedule(post=posts["p01"]), key=lambda d: d.connector)
    Delivery.objects.filter(pk=outbox.pk).update(
        status="delivered", attempts=1, url="file:///srv/outbox/p01"
    )
    Delivery.objects.filter(pk=feed.pk).update(
        status="delivered", attempts=1, url="https://paindor.example/ateliers"
    )
    html = client.get(reverse("web:post", args=[posts["p01"].pk])).content.decode()
    assert 'href="file://' not in html  # a browser will not open it from here: shown as a path
    assert "<code>/srv/outbox/p01</code>" in html
    assert 'href="https://paindor.example/ateliers" rel="noopener noreferrer"' in html
    page = client.get(reverse("web:campaign_deliveries", args=[campaign.pk])).content.decode()
    assert 'href="file://' not in page and "/srv/outbox/p01" in page


def test_open_deliveries_refresh_themselves_until_done(client, campaign, posts):
    from flambeau.app.publishing.models import Delivery

    post_approve(post=posts["p01"], actor="Claire")
    post_schedule(post=posts["p01"])
    panel = reverse("web:post_deliveries", args=[posts["p01"].pk])
    page = client.get(reverse("web:post", args=[posts["p01"].pk])).content.decode()
    assert f'hx-get="{panel}" hx-trigger="every 10s"' in page
    table_url = reverse("web:campaign_deliveries", args=[campaign.pk])
    table = client.get(table_url, headers={"HX-Request": "true"}).content.decode()
    assert table.lstrip().startswith('<div id="delivery-table"') and "every 10s" in table
    Delivery.objects.update(status="delivered", attempts=1)
    done = client.get(panel, headers={"HX-Request": "true"}).content.decode()
    assert done.lstrip().startswith('<section id="deliveries"')
    assert "every 10s" not in done and "Delivered" in done
    assert "every 10s" not in client.get(table_url, headers={"HX-Request": "true"}).content.decode()


def test_campaigns_are_listed_per_workspace(client, campaign, example_brief, make_plan):
    from flambeau.app.studio.services import campaign_import, workspace_ensure

    agency = workspace_ensure(name="Agence Lumière", slug="agence")
    plan, out_dir = make_plan(example_brief, ["pass"])
    other = campaign_import(workspace=agency, brief=example_brief, plan=plan, out_dir=out_dir)
    everything = client.get(reverse("web:campaigns")).content.decode()
    assert (
        "Agence Lumière" in everything and reverse("web:workspace", args=["agence"]) in everything
    )
    assert everything.count('<th scope="row"><a href="/campaigns/') == 2
    only = client.get(reverse("web:workspace", args=["agence"]))
    assert [row.campaign.pk for row in only.context["rows"]] == [other.pk]
    assert 'aria-current="page">Agence Lumière' in only.content.decode()
