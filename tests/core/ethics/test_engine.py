"""The engine end to end: texts, posts, plans, audiences and allocations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from flambeau.core import disclosure
from flambeau.core.brief import Brief, load_brief
from flambeau.core.ethics import (
    check_allocation,
    check_audiences,
    check_plan,
    check_post,
    check_text,
    load_policy,
)
from flambeau.core.ethics.examples import scenario_brief
from flambeau.core.post import Post, Provenance
from tests.core.conftest import EXAMPLE_BRIEF, SHARED_BRIEFS

ZONE = dt.timezone(dt.timedelta(hours=1))


def _post(brief: Brief, index: int = 0, **fields: Any) -> Post:
    text = fields.pop("text", brief.facts[index % len(brief.facts)])
    labelled = disclosure.apply_disclosures(
        text, disclosure.required_disclosures(brief, machine_written=True)
    )
    data: dict[str, Any] = {
        "id": f"p{index + 1:02d}",
        "channel": next(iter(brief.campaign.channels)),
        "scheduled_at": dt.datetime(2026, 12, 7 + index, 10, 30, tzinfo=ZONE),
        "message": brief.messages[index % len(brief.messages)],
        "audience": brief.audiences[index % len(brief.audiences)].name if brief.audiences else None,
        "angle": ("tip", "story", "question", "how-to")[index % 4],
        "text": labelled,
        "provenance": Provenance(model="SmolLM2-135M-Instruct", writer="llm:SmolLM2"),
        "image": f"images/p{index + 1:02d}.png",
        "alt_text": "A branded card with the post's headline.",
    }
    data.update(fields)
    return Post.model_validate(data)


@pytest.fixture
def paindor() -> Brief:
    return load_brief(EXAMPLE_BRIEF)


def test_a_clean_post_of_the_example_brief_passes(paindor: Brief) -> None:
    report = check_post(_post(paindor), brief=paindor, policy=load_policy())
    assert report.verdict == "pass", [f.rule for f in report.findings]


def test_post_findings_carry_the_post_id_and_spans_into_its_text(paindor: Brief) -> None:
    post = _post(paindor, text="Vite, dernière chance ! Un atelier incroyable chaque samedi.")
    report = check_post(post, brief=paindor, policy=load_policy())
    rules = {f.rule for f in report.findings}
    assert {"manipulation.urgency", "brand.avoid_words"} <= rules
    avoid = next(f for f in report.findings if f.rule == "brand.avoid_words")
    assert post.text[avoid.start : avoid.end] == "incroyable"
    assert avoid.subject_id == "p01"
    assert "Retirez" in (avoid.suggestion or "")


def test_missing_labels_and_alt_text_block_a_post(paindor: Brief) -> None:
    post = _post(paindor, alt_text="", text="Un atelier levain chaque samedi à 10h")
    post = post.model_copy(update={"text": "Un atelier levain chaque samedi à 10h"})
    report = check_post(post, brief=paindor, policy=load_policy())
    assert report.blocked
    assert {"disclosure.ai_label", "accessibility.alt_text"} <= {f.rule for f in report.findings}


def test_a_template_post_needs_no_ai_label(paindor: Brief) -> None:
    post = _post(paindor, provenance=Provenance(writer="template"))
    post = post.model_copy(update={"text": paindor.facts[0]})
    assert check_post(post, brief=paindor, policy=load_policy()).verdict == "pass"


def test_ai_label_off_in_the_policy(paindor: Brief, tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text("ai_label: false\n", encoding="utf-8")
    policy = load_policy("p.yaml", base_dir=tmp_path)
    post = _post(paindor).model_copy(update={"text": paindor.facts[0]})
    assert "disclosure.ai_label" not in {
        f.rule for f in check_post(post, brief=paindor, policy=policy).findings
    }


def test_overlay_contrast_from_the_painter_metadata(paindor: Brief) -> None:
    low = _post(paindor, extra={"image": {"min_contrast": 3.2}})
    high = _post(paindor, extra={"image": {"min_contrast": 8.0}})
    assert "accessibility.contrast" in {f.rule for f in check_post(low, brief=paindor).findings}
    assert "accessibility.contrast" not in {
        f.rule for f in check_post(high, brief=paindor).findings
    }


@pytest.mark.parametrize("path", SHARED_BRIEFS, ids=lambda p: p.name)
def test_clean_plans_of_the_shared_briefs_have_no_blocking_finding(path: Path) -> None:
    brief = load_brief(path)
    posts = [_post(brief, i) for i in range(len(brief.facts))]
    report = check_plan(posts, brief=brief, policy=load_policy(brief.policy))
    assert not report.blocked, [(f.rule, f.message) for f in report.findings]
    for post in posts:
        assert not check_post(post, brief=brief, policy=load_policy()).blocked


def test_velo_verde_audience_can_include_minors() -> None:
    brief = next(load_brief(p) for p in SHARED_BRIEFS if "velo" in p.name)
    report = check_audiences(brief, policy=load_policy())
    finding = next(f for f in report.findings if f.rule == "privacy.minors_profiling")
    assert finding.subject == "audience"
    assert finding.subject_id == "Bristol commuters who cycle"
    assert "16" in finding.message
    assert check_audiences(brief, policy=load_policy("strict")).blocked


def test_plan_level_findings_name_posts_and_audiences() -> None:
    brief = scenario_brief(
        "en",
        {
            "audiences": [
                {"name": "Tiny", "size": 40, "basis": "consent", "age_min": 18},
                {"name": "Faithful", "size": 4000, "age_min": 18, "interests": ["church events"]},
            ]
        },
    )
    same = "Free safety check for any bike this fortnight. Book a slot at the shop."
    posts = [
        _post(
            brief,
            i,
            audience="Tiny",
            text=same,
            scheduled_at=dt.datetime(2026, 12, 8, 9 + i, tzinfo=ZONE),
            message=brief.messages[0],
            angle="tip",
        )
        for i in range(5)
    ]
    report = check_plan(posts, brief=brief, policy=load_policy())
    by_rule: dict[str, set[str | None]] = {}
    for finding in report.findings:
        by_rule.setdefault(finding.rule, set()).add(finding.subject_id)
    assert by_rule["privacy.audience_below_k"] == {"Tiny"}
    assert by_rule["privacy.special_category"] == {"Faithful"}
    assert by_rule["privacy.lawful_basis"] == {"Faithful"}
    assert by_rule["wellbeing.audience_frequency"] == {"p04"}
    assert by_rule["wellbeing.channel_frequency"] == {"p05"}
    assert by_rule["diversity.near_duplicate"] == {"p02", "p03", "p04", "p05"}
    assert "diversity.message_rotation" in by_rule
    assert by_rule["diversity.audience_coverage"] == {"Faithful"}
    assert report.blocked


def test_quiet_hours_use_the_campaign_zone() -> None:
    brief = scenario_brief(
        "en", {"campaign": {"timezone": "America/Halifax", "quiet_hours": "21:00-08:00"}}
    )
    # 10:30 in Paris is 05:30 in Halifax: quiet there.
    post = _post(brief, scheduled_at=dt.datetime(2026, 12, 8, 10, 30, tzinfo=ZONE))
    [finding] = [
        f for f in check_plan([post], brief=brief).findings if f.rule == "wellbeing.quiet_hours"
    ]
    assert (finding.subject, finding.subject_id) == ("plan", "p01")
    assert "05:30" in finding.message


def test_allocation_fairness() -> None:
    sizes = {"Past donors": 5200, "Local businesses": 900}
    starving = check_allocation({"Past donors": 0.99, "Local businesses": 0.01}, sizes=sizes)
    assert [(f.rule, f.subject_id) for f in starving.findings] == [
        ("fairness.exposure_floor", "Local businesses")
    ]
    fair = check_allocation({"Past donors": 0.8, "Local businesses": 0.2}, sizes=sizes)
    assert fair.verdict == "pass"
    skewed = check_allocation({"A": 0.1, "B": 0.9}, sizes={"A": 9000, "B": 1000})
    assert {f.rule for f in skewed.findings} == {"fairness.delivery_skew"}


def test_text_rules_with_a_brief_add_brand_and_grounding(paindor: Brief) -> None:
    alone = check_text("Le meilleur atelier de Lyon : 12 places.", lang="fr")
    with_brief = check_text("Le meilleur atelier de Lyon : 12 places.", brief=paindor)
    assert "brand.avoid_words" not in {f.rule for f in alone.findings}
    rules = {f.rule for f in with_brief.findings}
    assert {"brand.avoid_words", "honesty.unsupported_claim"} <= rules


def test_check_text_guesses_the_language_for_suggestions() -> None:
    fr = check_text("Contactez Julie au 06 12 34 56 78.")
    en = check_text("You can call Julie at 06 12 34 56 78 for the details.")
    assert fr.findings[0].message != en.findings[0].message
    assert "téléphone" in fr.findings[0].message


def test_lint_speed_path_reuses_the_compiled_rule_set() -> None:
    policy = load_policy()
    first = policy.active("text", None)
    assert policy.active("text", None) is first


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Open Monday to Saturday at 12 Gloucester Road, Bristol.", False),
        ("Call us on 0117 496 0000 with any question.", False),
        ("Écrivez-nous : contact@paindor.fr ou 04 78 00 00 00", False),
        ("Questions? Ask Sarah at sarah.jones@gmail.com.", True),
        ("Contactez Julie au 06 12 34 56 78.", True),
    ],
)
def test_business_contact_details_are_not_personal_data(text: str, flagged: bool) -> None:
    rules = {f.rule for f in check_text(text).findings}
    assert ("privacy.personal_data" in rules) is flagged


def test_phrase_patterns_match_longest_phrase_on_word_boundaries() -> None:
    from flambeau.core.ethics.text import words_pattern

    pattern = words_pattern(["vote", "vote for", "Votez", "élection", "élections"])
    assert [m[0] for m in pattern.finditer("vote for votez elections electionsx devote")] == [
        "vote for",
        "votez",
        "elections",
    ]


def test_report_counts_and_subjects() -> None:
    report = check_text("Hurry! Only 2 left! Card 4111 1111 1111 1111", lang="en")
    counts = report.counts()
    assert counts["privacy"] == {"block": 1}
    assert sum(counts["manipulation"].values()) >= 1
    assert report.about("nobody").findings == []
