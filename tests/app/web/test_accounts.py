"""Signing in and out of the studio; unknown pages get the studio's own 404."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_sign_in_then_out(client, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast in tests
    get_user_model().objects.create_user("claire", password="levain-depuis-2009")
    page = client.get(reverse("web:campaigns")).content.decode()
    assert reverse("web:login") in page and "Sign in" in page
    form = client.get(reverse("web:login"), {"next": "/w/default/"})
    assert form.status_code == 200 and 'value="/w/default/"' in form.content.decode()
    bad = client.post(reverse("web:login"), {"username": "claire", "password": "wrong"})
    assert bad.status_code == 200 and 'role="alert"' in bad.content.decode()
    good = client.post(
        reverse("web:login"), {"username": "claire", "password": "levain-depuis-2009"}
    )
    assert good.status_code == 302 and good["Location"] == reverse("web:campaigns")
    assert "Signed in as claire" in client.get(reverse("web:campaigns")).content.decode()
    out = client.post(reverse("web:logout"))
    assert out.status_code == 302
    assert "Sign in" in client.get(reverse("web:campaigns")).content.decode()


def test_unknown_page_is_the_studio_404(client):
    response = client.get("/campaigns/999/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Not found" in html and reverse("web:campaigns") in html
