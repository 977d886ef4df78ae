"""Admin for the studio; post status moves only through the services, so the gate holds here too."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from flambeau.app.readonly_admin import ReadOnlyAdmin
from flambeau.app.studio.models import (
    Approval,
    Asset,
    Audience,
    Brand,
    Campaign,
    Finding,
    Post,
    Workspace,
)
from flambeau.app.studio.services import post_approve
from flambeau.core.errors import FlambeauError


@admin.register(Workspace)
class WorkspaceAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "created_at")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Brand)
class BrandAdmin(admin.ModelAdmin):
    list_display = ("name", "workspace", "language", "sector", "jurisdiction")
    list_filter = ("workspace",)


class AudienceInline(admin.TabularInline):
    model = Audience
    extra = 0


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ("name", "brand", "start", "end", "timezone", "verdict")
    list_filter = ("workspace", "verdict")
    readonly_fields = ("brief", "generator", "verdict", "out_dir", "created_at")
    inlines = (AudienceInline,)


class FindingInline(admin.TabularInline):
    model = Finding
    extra = 0
    can_delete = False
    fields = ("rule", "severity", "message", "suggestion")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ApprovalInline(admin.TabularInline):
    model = Approval
    extra = 0
    can_delete = False
    fields = ("actor", "reason", "overridden", "created_at")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    """Posts are read here; approving goes through `post_approve` (the gate), never a field."""

    list_display = ("key", "campaign", "channel", "local_time", "verdict", "status")
    list_select_related = ("campaign",)
    list_filter = ("campaign", "channel", "verdict", "status")
    search_fields = ("text", "message")
    readonly_fields = tuple(
        f.name for f in Post._meta.get_fields() if f.concrete and not f.auto_created
    )
    inlines = (FindingInline, ApprovalInline)
    actions = ("approve_selected",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.display(description="scheduled (campaign time)", ordering="scheduled_at")
    def local_time(self, post: Post) -> str:
        return f"{post.scheduled_local:%Y-%m-%d %H:%M} {post.campaign.timezone}"

    @admin.action(description="Approve selected posts (the ethics gate applies)")
    def approve_selected(self, request: HttpRequest, queryset: QuerySet[Post]) -> None:
        actor = request.user.get_username() or "admin"
        approved = 0
        for post in queryset.order_by("scheduled_at"):
            try:
                post_approve(post=post, actor=actor, user=request.user)
            except FlambeauError as exc:
                self.message_user(request, str(exc), messages.ERROR)
            else:
                approved += 1
        if approved:
            self.message_user(request, f"{approved} post(s) approved.", messages.SUCCESS)


@admin.register(Audience)
class AudienceAdmin(admin.ModelAdmin):
    list_display = ("name", "campaign", "size", "basis", "age_min")
    list_filter = ("campaign",)


@admin.register(Asset)
class AssetAdmin(ReadOnlyAdmin):
    list_display = ("file", "post", "width", "height")


@admin.register(Finding)
class FindingAdmin(ReadOnlyAdmin):
    list_display = ("rule", "severity", "campaign", "post", "message")
    list_filter = ("severity", "family", "campaign")


@admin.register(Approval)
class ApprovalAdmin(ReadOnlyAdmin):
    list_display = ("post", "actor", "created_at", "reason", "overridden")
