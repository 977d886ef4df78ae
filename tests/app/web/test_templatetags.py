"""Template helpers say their meaning in words and never raise on odd values."""

import datetime as dt

from django.test import override_settings
from django.utils import translation

from flambeau.app.web.templatetags import studio


def test_badges_carry_words_not_only_colour():
    assert studio.verdict_badge("block") == '<span class="badge badge--block">Blocked</span>'
    assert studio.severity_badge("warn") == '<span class="badge badge--warn">Warning</span>'
    assert "Scheduled" in studio.status_badge("scheduled")
    assert studio.verdict_badge("odd") == '<span class="badge badge--odd">odd</span>'


@override_settings(USE_I18N=True)
def test_words_follow_the_active_language():
    with translation.override("fr"):
        assert studio.verdict_name("block") == "Bloquée"
        assert studio.family_name("manipulation") == "Manipulation"
        assert studio.status_name("published") == "Publiée"


def test_channel_names_and_unknown_channels():
    assert studio.channel_name("newsletter") == "Email newsletter"
    assert studio.channel_name("myspace") == "myspace"
    assert 'class="channel ch-x"' in studio.channel_label("x")


def test_urls_paths_and_iso_times():
    assert studio.is_web_url("https://a.example/x") and not studio.is_web_url("file:///tmp/x")
    assert not studio.is_web_url(None)
    assert studio.local_path("file:///srv/outbox/p01") == "/srv/outbox/p01"
    assert studio.iso_datetime("2026-12-01T08:22:10Z") == dt.datetime(
        2026, 12, 1, 8, 22, 10, tzinfo=dt.UTC
    )
    assert studio.iso_datetime("yesterday") == "yesterday"
    assert studio.get({"warn": 2}, "warn") == 2 and studio.get(None, "warn") == 0


@override_settings(USE_I18N=True)
def test_brief_values_are_shown_in_the_interface_language():
    with translation.override("fr"):
        assert studio.cadence_name("3/week") == "3/semaine"
        assert studio.cadence_name("once") == "une fois"
        assert studio.goal_name("registrations") == "inscriptions"
        assert studio.basis_name("legitimate-interest") == "intérêt légitime"
        assert studio.channel_name("newsletter") == "Lettre d'information"
        assert studio.channel_name("linkedin") == "LinkedIn"  # a brand keeps its name
    assert studio.cadence_name("2/day") == "2/day"
    assert studio.cadence_name("odd") == "odd"
