"""Admin for channel accounts and deliveries (deliveries are read-only; retry is an action)."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from flambeau.app.publishing.models import ChannelAccount, Delivery
from flambeau.app.publishing.services import delivery_retry
from flambeau.app.readonly_admin import ReadOnlyAdmin
from flambeau.core.errors import FlambeauError


@admin.register(ChannelAccount)
class ChannelAccountAdmin(admin.ModelAdmin):
    list_display = ("name", "workspace", "connector", "channel", "enabled")
    list_filter = ("workspace", "connector", "enabled")


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyAdmin):
    list_display = ("key", "post", "connector", "status", "due_at", "attempts", "delivered_at")
    list_filter = ("status", "connector")
    search_fields = ("key",)
    actions = ("retry_selected",)

    @admin.action(description="Retry selected failed deliveries")
    def retry_selected(self, request: HttpRequest, queryset: QuerySet[Delivery]) -> None:
        for delivery in queryset:
            try:
                delivery_retry(delivery=delivery)
            except FlambeauError as exc:
                self.message_user(request, str(exc), messages.ERROR)
