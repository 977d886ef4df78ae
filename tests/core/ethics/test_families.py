"""Edge cases of individual rules, beyond their documented examples."""

from __future__ import annotations

from typing import Any

import pytest

from flambeau.core.ethics import check_allocation, check_post, check_text, load_policy
from flambeau.core.ethics.examples import run_side, scenario_brief, scenario_post
from flambeau.core.ethics.policy import Policy
from flambeau.core.ethics.rules import registry


def _rules(report: Any) -> set[str]:
    return {f.rule for f in report.findings}


def _side(
    rule_id: str, scenario: dict[str, Any], lang: str = "en", policy: Policy | None = None
) -> list[Any]:
    return run_side(registry.get(rule_id), scenario, lang, policy or Policy())


def test_in_france_only_the_french_sponsored_wording_counts() -> None:
    sponsored = {"campaign": {"sponsored": True}}
    post = {"text": "#ad Découvrez notre atelier samedi."}
    assert _side("disclosure.sponsored_label", {"brief": sponsored, "post": post}, "fr") == []
    french = {**sponsored, "brand": {"jurisdiction": "FR"}}
    assert _side("disclosure.sponsored_label", {"brief": french, "post": post}, "fr")
    labelled = {"text": "Collaboration commerciale avec Nordwind. Atelier samedi."}
    assert _side("disclosure.sponsored_label", {"brief": french, "post": labelled}, "fr") == []


def test_fold_position_is_a_rule_option(tmp_path: Any) -> None:
    (tmp_path / "p.yaml").write_text(
        "rules:\n  disclosure.sponsored_placement:\n    fold_chars: 20\n", encoding="utf-8"
    )
    policy = load_policy("p.yaml", base_dir=tmp_path)
    brief = scenario_brief("en", {"campaign": {"sponsored": True}})
    post = scenario_post({"text": "Month-end close, explained calmly. #ad"})
    assert "disclosure.sponsored_placement" in _rules(check_post(post, brief=brief, policy=policy))
    assert "disclosure.sponsored_placement" not in _rules(check_post(post, brief=brief))


def test_each_part_of_a_thread_must_fit() -> None:
    long_part = "word " * 70
    post = {"channel": "x", "text": "short", "parts": ["1/2 fine", long_part]}
    findings = _side("disclosure.truncated", {"post": post})
    assert len(findings) == 1 and "part 2" in findings[0].message


def test_virtual_images_from_a_generated_person() -> None:
    brief = {"brand": {"jurisdiction": "FR"}}
    post = {
        "image": "images/p01.png",
        "image_provenance": {"model": "sdxl"},
        "extra": {"image": {"shows_person": True, "labels": ["ai-generated"]}},
    }
    assert _side("disclosure.virtual_images", {"brief": brief, "post": post}, "fr")
    post["extra"]["image"]["labels"].append("images-virtuelles")
    assert _side("disclosure.virtual_images", {"brief": brief, "post": post}, "fr") == []


def test_alt_text_over_the_channel_limit() -> None:
    post = {"channel": "x", "image": "images/p01.png", "alt_text": "A loaf. " * 200}
    findings = _side("accessibility.alt_text", {"post": post})
    assert findings and "1000" in findings[0].message


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Des ateliers INCROYABLES", True),
        ("Une méthode révolutionnaires", True),
        ("Le meilleure pain", True),
        ("incroyablement bon", False),
        ("Pain d'Or, Lyon", False),
    ],
)
def test_avoid_words_ignore_case_accents_and_endings(text: str, found: bool) -> None:
    brief = {"brand": {"avoid": ["incroyable", "révolutionnaire", "meilleur"]}}
    assert bool(_side("brand.avoid_words", {"brief": brief, "text": text}, "fr")) is found


def test_avoid_word_suggestion_drops_the_word() -> None:
    brief = {"brand": {"avoid": ["epic"]}}
    [finding] = _side("brand.avoid_words", {"brief": brief, "text": "An epic tune-up."})
    assert "An tune-up." in (finding.suggestion or "")


def test_quiet_hours_fall_back_to_the_policy() -> None:
    late = {"posts": [{"scheduled_at": "2026-12-08T23:30:00+01:00"}]}
    assert _side("wellbeing.quiet_hours", late) == []
    policy = Policy(quiet_hours="22:00-07:00")
    assert _side("wellbeing.quiet_hours", late, policy=policy)


def test_channel_caps_can_be_overridden_per_channel() -> None:
    posts = {"posts": [{"channel": "x"}] * 6}
    assert _side("wellbeing.channel_frequency", posts)
    roomy = Policy(frequency_caps={"channels": {"x": {"day": 8}}})
    assert _side("wellbeing.channel_frequency", posts, policy=roomy) == []


def test_message_runs_are_counted_per_channel() -> None:
    messages = ["Give a winter food box", "Thank you to the volunteers"]
    interleaved = [
        {"channel": channel, "message": messages[i % 2]}
        for i in range(4)
        for channel in ("x", "mastodon", "bluesky", "facebook")
    ]
    assert _side("diversity.message_rotation", {"posts": interleaved}) == []
    one_channel = [{"channel": "x", "message": m} for m in [messages[0]] * 4 + [messages[1]] * 3]
    [finding] = _side("diversity.message_rotation", {"posts": one_channel})
    assert "4 times in a row on x" in finding.message


def test_labels_do_not_make_posts_near_duplicates() -> None:
    label = "\n\nWritten with the help of AI."
    posts = [
        {"id": "p01", "text": "Brakes checked in 20 minutes." + label},
        {"id": "p02", "text": "Our workshop has fixed bikes since 2014." + label},
    ]
    assert _side("diversity.near_duplicate", {"posts": posts}) == []


def test_an_audience_missing_from_the_allocation_is_starved() -> None:
    report = check_allocation({"A": 1.0}, sizes={"A": 10, "B": 10})
    assert [(f.rule, f.subject_id) for f in report.findings] == [("fairness.exposure_floor", "B")]


def test_accessibility_text_rules() -> None:
    assert "accessibility.camelcase_hashtags" in _rules(check_text("#harbourfoodbankwinter"))
    assert "accessibility.camelcase_hashtags" not in _rules(check_text("#HarbourFoodBank #lyon"))
    assert "accessibility.emoji_as_words" in _rules(check_text("I ❤️ Lyon", lang="en"))
    assert "accessibility.emoji_as_words" not in _rules(check_text("Bread is ready. 🥖"))
    assert "accessibility.all_caps" not in _rules(check_text("NASA and the ESA at CERN"))


def test_voice_drift_only_for_a_calm_voice() -> None:
    calm = {"brief": {"brand": {"voice": ["calm"]}}, "text": "Join us!!"}
    loud = {"brief": {"brand": {"voice": ["bold", "fun"]}}, "text": "Join us!!"}
    assert _side("brand.voice_drift", calm)
    assert _side("brand.voice_drift", loud) == []


def test_claims_backed_by_a_fact_are_allowed() -> None:
    text = "Our boxes are compostable."
    assert _side("honesty.green_claim", {"text": text})
    backed = {"facts": ["Our boxes are compostable (EN 13432 certified)"]}
    assert _side("honesty.green_claim", {"brief": backed, "text": text}) == []


def test_pii_given_by_the_brief_is_not_flagged() -> None:
    text = "Write to claire@gmail.com"
    assert _side("privacy.personal_data", {"text": text})
    facts = {"facts": ["Questions: claire@gmail.com"]}
    assert _side("privacy.personal_data", {"brief": facts, "text": text}) == []


def test_crypto_brief_gets_its_pack_not_the_influencer_warning() -> None:
    brief = scenario_brief("fr", {"brand": {"jurisdiction": "FR", "sector": "crypto"}})
    assert "sector.unlisted_crypto" not in _rules(check_text("Notre bitcoin.", brief=brief))
    other = scenario_brief("fr", {"brand": {"jurisdiction": "FR"}})
    assert "sector.unlisted_crypto" in _rules(check_text("Notre bitcoin.", brief=other))


def test_an_english_brief_under_french_law_gets_the_french_sponsored_label() -> None:
    from flambeau.core.disclosure import sponsored_label

    brief = scenario_brief(
        "en",
        {"brand": {"jurisdiction": "FR"}, "campaign": {"sponsored": True, "partner": "Nordwind"}},
    )
    assert sponsored_label(brief) == "Collaboration commerciale avec Nordwind"
    post = scenario_post({"text": sponsored_label(brief) + "\n\nJoin the webinar."})
    assert "disclosure.sponsored_label" not in _rules(check_post(post, brief=brief))


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Keeping old bikes on the road is good for people and the planet.", "en", True),
        ("Des paniers bons pour la planète.", "fr", True),
        ("Our cargo bike is great for the school run.", "en", False),
        ("Nos pains sont bons pour le goûter.", "fr", False),
    ],
)
def test_generic_green_phrasings(text: str, lang: str, found: bool) -> None:
    assert bool(_side("honesty.green_claim", {"text": text}, lang)) is found
