"""What a team works on: workspaces, brands, campaigns, their posts and the review trail."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from flambeau.core.channels import CHANNEL_IDS

CHANNEL_CHOICES = [(c, c) for c in CHANNEL_IDS]


class Verdict(models.TextChoices):
    PASS = "pass", _("pass")
    WARN = "warn", _("warn")
    BLOCK = "block", _("block")


class Severity(models.TextChoices):
    INFO = "info", _("info")
    WARN = "warn", _("warn")
    BLOCK = "block", _("block")


class Workspace(models.Model):
    """A team's space: its brands, campaigns and channel accounts."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Brand(models.Model):
    """A brand as the brief describes it; campaigns of the same brand share it."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="brands")
    name = models.CharField(max_length=200)
    language = models.CharField(max_length=35)
    voice = models.JSONField(default=list, blank=True)
    avoid = models.JSONField(default=list, blank=True)
    colors = models.JSONField(default=list, blank=True)
    hashtags = models.JSONField(default=list, blank=True)
    website = models.URLField(blank=True)
    sector = models.CharField(max_length=50, blank=True)
    jurisdiction = models.CharField(max_length=2, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["workspace", "name"], name="brand_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class Campaign(models.Model):
    """One campaign: its brief, how it was generated, and its plan-level ethics report."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="campaigns")
    brand = models.ForeignKey(Brand, on_delete=models.PROTECT, related_name="campaigns")
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120)
    goal = models.CharField(max_length=20, blank=True)
    start = models.DateField()
    end = models.DateField()
    timezone = models.CharField(max_length=64, default="UTC")
    language = models.CharField(max_length=35)
    brief = models.JSONField(help_text=_("The brief as loaded, for reproducing the campaign."))
    generator = models.JSONField(default=dict, blank=True)
    verdict = models.CharField(max_length=5, choices=Verdict.choices, default=Verdict.PASS)
    out_dir = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start", "name"]
        constraints = [
            models.UniqueConstraint(fields=["workspace", "slug"], name="campaign_unique_slug"),
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="campaign_dates_in_order"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class Audience(models.Model):
    """An audience the brief names; below the policy's k it cannot be targeted."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="audiences")
    name = models.CharField(max_length=200)
    size = models.PositiveIntegerField(null=True, blank=True)
    basis = models.CharField(max_length=30, blank=True)
    age_min = models.PositiveSmallIntegerField(null=True, blank=True)
    age_max = models.PositiveSmallIntegerField(null=True, blank=True)
    interests = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["campaign", "name"], name="audience_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class PostStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    APPROVED = "approved", _("approved")
    SCHEDULED = "scheduled", _("scheduled")
    PUBLISHED = "published", _("published")


class Post(models.Model):
    """One post of a campaign as written; `status` moves only through the services."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="posts")
    key = models.CharField(max_length=20, help_text=_("The plan's post id, e.g. p01."))
    channel = models.CharField(max_length=20, choices=CHANNEL_CHOICES)
    scheduled_at = models.DateTimeField(help_text=_("Stored in UTC; shown in the campaign's zone."))
    message = models.TextField()
    audience = models.ForeignKey(
        Audience, null=True, blank=True, on_delete=models.SET_NULL, related_name="posts"
    )
    angle = models.CharField(max_length=40, blank=True)
    text = models.TextField()
    hashtags = models.JSONField(default=list, blank=True)
    link = models.URLField(max_length=1000, blank=True)
    alt_text = models.TextField(blank=True)
    disclosure = models.JSONField(default=list, blank=True)
    parts = models.JSONField(default=list, blank=True)
    extra = models.JSONField(default=dict, blank=True)
    provenance = models.JSONField(default=dict, blank=True)
    verdict = models.CharField(max_length=5, choices=Verdict.choices, default=Verdict.PASS)
    status = models.CharField(max_length=10, choices=PostStatus.choices, default=PostStatus.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["scheduled_at", "key"]
        constraints = [models.UniqueConstraint(fields=["campaign", "key"], name="post_unique_key")]
        indexes = [models.Index(fields=["campaign", "scheduled_at"])]

    def __str__(self) -> str:
        return f"{self.key} ({self.channel})"

    @property
    def blocked(self) -> bool:
        return self.verdict == Verdict.BLOCK

    @property
    def scheduled_local(self) -> dt.datetime:
        """The scheduled time in the campaign's zone (stored in UTC)."""
        return self.scheduled_at.astimezone(self.campaign.zone)


class Asset(models.Model):
    """A visual of a post (the rendered card), with its alt text and provenance."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="assets")
    file = models.FileField(upload_to="assets/%Y/%m/")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    alt_text = models.TextField(blank=True)
    layout = models.CharField(max_length=40, blank=True)
    labels = models.JSONField(default=list, blank=True)
    provenance = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.file.name


class Finding(models.Model):
    """One thing an ethics rule found, on a post (`post` set) or on the whole plan."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="findings")
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="findings"
    )
    rule = models.CharField(max_length=100)
    family = models.CharField(max_length=50)
    severity = models.CharField(max_length=5, choices=Severity.choices)
    message = models.TextField()
    basis = models.TextField(blank=True)
    suggestion = models.TextField(blank=True)
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    subject = models.CharField(max_length=20, default="text")
    subject_id = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["campaign", "family"])]

    def __str__(self) -> str:
        return f"{self.severity} {self.rule}"


class Approval(models.Model):
    """Who approved a post, when and why; overriding `warn` findings names them and says why."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="approvals")
    actor = models.CharField(max_length=200, help_text=_("Who decided, as shown in the trail."))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    reason = models.TextField(blank=True)
    overridden = models.JSONField(
        default=list, blank=True, help_text=_("Rule ids of the warn findings this overrides.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.post} approved by {self.actor}"

    @property
    def is_override(self) -> bool:
        return bool(self.overridden)
