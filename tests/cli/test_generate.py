"""`flambeau generate`: the whole core pipeline from a brief to a folder, with no database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from flambeau.cli import main
from flambeau.core.brief import load_brief
from flambeau.core.campaign import CampaignPlan
from flambeau.core.channels import get_channel
from tests.core.conftest import SHARED_BRIEFS, example_data
from tests.core.test_planning import assert_plan_invariants


def generate(brief: Path, out: Path, *extra: str) -> int:
    return main(["generate", str(brief), "--out", str(out), "--quiet", *extra])


def assert_generated(brief_path: Path, out: Path) -> CampaignPlan:
    brief = load_brief(brief_path)
    raw = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    assert set(raw) >= {"brief", "generator", "posts"}
    assert raw["brief"] == {
        "brand": brief.brand.name,
        "campaign": brief.campaign.name,
        "language": brief.language,
    }
    plan = CampaignPlan.model_validate(raw)
    from flambeau.core.campaign import slot_of

    assert_plan_invariants(brief, [slot_of(p) for p in plan.posts])
    for post in plan.posts:
        spec = get_channel(post.channel)
        assert spec.fits(post.text), (post.id, spec.measure(post.text), spec.text_limit)
        for part in post.parts:
            assert spec.fits(part), (post.id, part)
        assert post.provenance.created_at is not None and post.provenance.writer
        assert post.ethics.verdict in ("pass", "warn", "block")
        if spec.images:
            assert post.image and (out / post.image).is_file(), post.id
            assert post.alt_text, post.id
            if spec.alt_text_limit:
                assert len(post.alt_text) <= spec.alt_text_limit, post.id
        if brief.campaign.link:
            assert post.link and post.link.startswith(brief.campaign.link)
            assert f"utm_source={post.channel}" in post.link
    html = (out / "report.html").read_text(encoding="utf-8")
    for post in plan.posts:
        assert f'id="{post.id}"' in html
    return plan


@pytest.mark.parametrize("path", SHARED_BRIEFS, ids=lambda p: p.name)
def test_generate_each_shared_brief_with_templates(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert generate(path, out, "--writer", "template") == 0
    plan = assert_generated(path, out)
    assert plan.generator["writer"] == "template"


@pytest.mark.slow
@pytest.mark.parametrize("path", SHARED_BRIEFS, ids=lambda p: p.name)
def test_generate_each_shared_brief_with_the_bundled_model(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert generate(path, out) == 0
    plan = assert_generated(path, out)
    assert plan.generator["writer"].startswith("llm:")
    assert any(p.provenance.model for p in plan.posts), "the model wrote none of the posts"


def test_only_rewrites_one_post_and_keeps_the_others(tmp_path: Path) -> None:
    out = tmp_path / "out"
    brief = SHARED_BRIEFS[0]
    assert generate(brief, out, "--writer", "template") == 0
    before = CampaignPlan.read(out / "plan.json")
    target = before.posts[1].id
    untouched_image = (out / before.posts[0].image).read_bytes() if before.posts[0].image else None
    assert generate(brief, out, "--writer", "template", "--only", target) == 0
    after = CampaignPlan.read(out / "plan.json")
    assert [p.id for p in after.posts] == [p.id for p in before.posts]
    for old, new in zip(before.posts, after.posts, strict=True):
        if old.id != target:
            assert (old.text, old.scheduled_at, old.image) == (
                new.text,
                new.scheduled_at,
                new.image,
            )
    if untouched_image is not None:
        assert (out / before.posts[0].image).read_bytes() == untouched_image
    assert after.post(target).provenance.created_at >= before.post(target).provenance.created_at


def test_only_with_an_unknown_id_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert generate(SHARED_BRIEFS[0], out, "--writer", "template") == 0
    before = (out / "plan.json").read_bytes()
    assert generate(SHARED_BRIEFS[0], out, "--writer", "template", "--only", "p999") == 1
    assert "no post 'p999' in this plan; known: p01" in capsys.readouterr().err
    assert (out / "plan.json").read_bytes() == before


BAD_BRIEFS: list[tuple[str, Any, str]] = [
    ("campaign.channels", {"twiter": "3/week"}, "campaign.channels.twiter: unknown channel"),
    ("campaign.end", "2026-12-01", "campaign.end: must not be before campaign.start"),
    ("facts", [], "facts:"),
    ("brand.language", "français", "brand.language:"),
]


@pytest.mark.parametrize(("field", "value", "message"), BAD_BRIEFS, ids=[b[0] for b in BAD_BRIEFS])
def test_a_bad_brief_exits_2_names_the_field_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str, value: Any, message: str
) -> None:
    data = example_data()
    section, _, key = field.rpartition(".")
    (data[section] if section else data)[key] = value
    brief = tmp_path / "bad.yaml"
    brief.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    assert generate(brief, out, "--writer", "template") == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml"]


def test_the_installed_command_reports_a_bad_brief_without_a_traceback(tmp_path: Path) -> None:
    brief = tmp_path / "bad.yaml"
    brief.write_text("version: 1\nbrand: {name: X}\n", encoding="utf-8")
    exe = Path(sys.executable).with_name("flambeau")
    result = subprocess.run(
        [str(exe), "generate", str(brief), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "brand.language: required" in result.stderr and "campaign: required" in result.stderr
    assert "Traceback" not in result.stderr


def test_plan_command_prints_the_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    path = next(p for p in SHARED_BRIEFS if "paindor" in p.name)
    assert main(["plan", str(path), "--format", "json"]) == 0
    slots = json.loads(capsys.readouterr().out)
    assert len(slots) == 17 and slots[0]["id"] == "p01"


def test_an_unknown_model_is_bad_input_listing_the_known_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert generate(SHARED_BRIEFS[0], out, "--model", "no-such-model") == 2
    err = capsys.readouterr().err
    assert "unknown model 'no-such-model'" in err and "SmolLM2" in err
    assert not out.exists()
