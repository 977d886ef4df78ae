"""What the API returns and accepts (OpenAPI at /api/docs)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ninja import Schema


class Problem(Schema):
    detail: str


class FindingOut(Schema):
    id: int
    rule: str
    family: str
    severity: str
    message: str
    basis: str
    suggestion: str
    start: int | None
    end: int | None
    post_id: int | None


class ApprovalOut(Schema):
    id: int
    post_id: int
    actor: str
    reason: str
    overridden: list[str]
    created_at: dt.datetime


class DeliveryOut(Schema):
    id: int
    post_id: int
    key: str
    connector: str
    status: str
    due_at: dt.datetime
    next_attempt_at: dt.datetime
    attempts: int
    last_error: str
    delivered_at: dt.datetime | None
    external_id: str
    url: str


class PostOut(Schema):
    id: int
    key: str
    campaign_id: int
    channel: str
    scheduled_at: dt.datetime
    scheduled_local: str
    message: str
    audience: str | None
    angle: str
    text: str
    hashtags: list[str]
    link: str
    alt_text: str
    disclosure: list[str]
    verdict: str
    status: str
    image_url: str | None
    findings: list[FindingOut]


class CampaignOut(Schema):
    id: int
    name: str
    slug: str
    brand: str
    goal: str
    start: dt.date
    end: dt.date
    timezone: str
    language: str
    verdict: str
    n_posts: int


class CampaignDetail(CampaignOut):
    summary: dict[str, Any]


class ApproveIn(Schema):
    actor: str | None = None
    reason: str = ""


class RefusalOut(Schema):
    post_id: int
    key: str
    reason: str


class BatchOut(Schema):
    done: list[int]
    refused: list[RefusalOut]


class ReviseIn(Schema):
    text: str
    alt_text: str | None = None
    actor: str | None = None
