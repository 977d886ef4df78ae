from django.contrib import admin

from flambeau.app.jobs.models import Job
from flambeau.app.readonly_admin import ReadOnlyAdmin


@admin.register(Job)
class JobAdmin(ReadOnlyAdmin):
    list_display = ("name", "subject", "status", "attempt", "started_at", "finished_at")
    list_filter = ("status", "name")
    search_fields = ("subject",)
