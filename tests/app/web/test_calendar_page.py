"""The campaign's calendar page: posts land in their day and hour in the campaign's zone."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def grid_cells(html: str) -> dict[tuple[str, int], list[str]]:
    """{(hour label, day column): [post keys]} read back from the rendered table."""
    body = html.split('<table class="week">', 1)[1].split("</table>", 1)[0]
    cells: dict[tuple[str, int], list[str]] = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body.split("<tbody>", 1)[1], flags=re.S):
        hour = re.search(r'<th scope="row" class="hour">([^<]+)</th>', row).group(1)
        for column, cell in enumerate(re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)):
            keys = re.findall(r'data-key="([^"]+)"', cell)
            if keys:
                cells[(hour, column)] = keys
    return cells


def test_a_post_sits_in_its_local_day_and_hour(client, import_campaign):
    # 00:30 UTC on Wednesday 9 December is 01:30 in Paris, the campaign's zone.
    campaign = import_campaign(["pass"], start=dt.datetime(2026, 12, 8, 23, 30, tzinfo=dt.UTC))
    post = campaign.posts.get()
    assert post.scheduled_at == dt.datetime(2026, 12, 9, 0, 30, tzinfo=dt.UTC)
    html = client.get(reverse("web:campaign", args=[campaign.pk])).content.decode()
    assert grid_cells(html) == {("01:00", 2): ["p01"]}  # Wednesday is the third column
    assert 'data-local="2026-12-09 01:30"' in html
    assert "<strong>01:30</strong>" in html


def test_week_navigation_with_htmx_returns_the_grid_alone(client, import_campaign):
    campaign = import_campaign(["pass"] * 9)  # one a day from Monday 7 December
    first = client.get(reverse("web:campaign", args=[campaign.pk])).content.decode()
    assert sorted(k for keys in grid_cells(first).values() for k in keys) == [
        f"p0{n}" for n in range(1, 8)
    ]
    url = reverse("web:campaign_calendar", args=[campaign.pk])
    response = client.get(url, {"week": "2026-12-14"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="week"') and "<html" not in html
    assert grid_cells(html) == {("11:30", 0): ["p08"], ("12:00", 1): ["p09"]} or sorted(
        k for keys in grid_cells(html).values() for k in keys
    ) == ["p08", "p09"]
    assert "week=2026-12-07" in html  # back to the first week
    assert "HX-Request" in response["Vary"]


def test_calendar_without_htmx_renders_the_whole_page(client, import_campaign):
    campaign = import_campaign(["pass"])
    url = reverse("web:campaign_calendar", args=[campaign.pk])
    response = client.get(url, {"week": "2026-12-14"})
    assert response.status_code == 200
    assert "<html" in response.content.decode()
    assert response.context["grid"].start == dt.date(2026, 12, 14)


def test_a_bad_week_parameter_falls_back_to_the_first_week(client, import_campaign):
    campaign = import_campaign(["pass"])
    response = client.get(reverse("web:campaign", args=[campaign.pk]), {"week": "2026-13-45"})
    assert response.status_code == 200
    assert response.context["grid"].start == dt.date(2026, 12, 7)


def test_chips_carry_channel_and_verdict(client, campaign):
    html = client.get(reverse("web:campaign", args=[campaign.pk])).content.decode()
    assert 'class="chip ch-mastodon chip--block"' in html
    assert 'class="chip ch-linkedin chip--warn"' in html
    assert 'class="chip ch-instagram chip--pass"' in html


def test_while_the_campaign_runs_the_calendar_opens_on_this_week_and_marks_today(
    client, import_campaign, before_the_campaign
):
    campaign = import_campaign(["pass"] * 9)
    before_the_campaign.advance_to(dt.datetime(2026, 12, 15, 22, 30, tzinfo=dt.UTC))
    response = client.get(reverse("web:campaign", args=[campaign.pk]))
    grid = response.context["grid"]
    assert grid.start == dt.date(2026, 12, 14)
    assert grid.today == dt.date(2026, 12, 15)  # 23:30 in Paris
    assert 'class="today" aria-current="date"' in response.content.decode()
