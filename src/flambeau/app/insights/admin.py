from django.contrib import admin

from flambeau.app.insights.models import Metric
from flambeau.app.readonly_admin import ReadOnlyAdmin


@admin.register(Metric)
class MetricAdmin(ReadOnlyAdmin):
    list_display = ("delivery", "name", "value", "measured_at")
