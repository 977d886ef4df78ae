"""The studio's pages; the project includes these at "/"."""

from django.contrib.auth import views as auth_views
from django.urls import include, path, reverse_lazy

from flambeau.app.web.views import campaigns, editing, posts, review

app_name = "web"

urlpatterns = [
    path("", campaigns.campaign_list, name="campaigns"),
    path("w/<slug:workspace_slug>/", campaigns.campaign_list, name="workspace"),
    path("campaigns/<int:campaign_id>/", campaigns.campaign_detail, name="campaign"),
    path(
        "campaigns/<int:campaign_id>/calendar/",
        campaigns.campaign_calendar,
        name="campaign_calendar",
    ),
    path("campaigns/<int:campaign_id>/posts/", posts.campaign_posts, name="campaign_posts"),
    path("campaigns/<int:campaign_id>/report/", campaigns.campaign_report, name="campaign_report"),
    path(
        "campaigns/<int:campaign_id>/deliveries/",
        campaigns.campaign_deliveries,
        name="campaign_deliveries",
    ),
    path(
        "campaigns/<int:campaign_id>/approve/",
        review.campaign_approve_passing,
        name="campaign_approve",
    ),
    path(
        "campaigns/<int:campaign_id>/schedule/",
        review.campaign_schedule_approved,
        name="campaign_schedule",
    ),
    path("posts/<int:post_id>/", posts.post_detail, name="post"),
    path("posts/<int:post_id>/edit/", editing.post_edit, name="post_edit"),
    path("posts/<int:post_id>/measure/", editing.post_measure, name="post_measure"),
    path("posts/<int:post_id>/unschedule/", review.post_unschedule, name="post_unschedule"),
    path("posts/<int:post_id>/deliveries/", posts.post_deliveries, name="post_deliveries"),
    path("posts/<int:post_id>/approve/", review.post_approve, name="post_approve"),
    path("posts/<int:post_id>/schedule/", review.post_schedule, name="post_schedule"),
    path("deliveries/<int:delivery_id>/retry/", review.delivery_retry, name="delivery_retry"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(
            template_name="web/login.html", next_page=reverse_lazy("web:campaigns")
        ),
        name="login",
    ),
    path(
        "accounts/logout/",
        auth_views.LogoutView.as_view(next_page=reverse_lazy("web:campaigns")),
        name="logout",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
]
