"""Previews count text as each platform does and pick the channel's look."""

from flambeau.app.web.previews import channel_preview


def test_x_counts_a_url_as_23():
    text = "Atelier levain samedi https://paindor.example/ateliers?utm_source=x&utm_medium=social"
    preview = channel_preview("x", text=text)
    assert str(preview.counter) == f"{len('Atelier levain samedi ') + 23}/280"
    assert preview.template == "web/previews/short.html"
    assert preview.counter.state == "ok"


def test_over_the_limit_is_flagged_and_threads_are_counted_per_part():
    preview = channel_preview("bluesky", text="é" * 301, parts=["a" * 10, "b" * 20])
    assert preview.counter.over and preview.counter.state == "over"
    assert [str(p.counter) for p in preview.parts] == ["10/300", "20/300"]
    assert preview.is_thread


def test_email_has_subject_and_preheader_and_its_own_template():
    preview = channel_preview(
        "newsletter", text="Bonjour", extra={"subject": "Ateliers", "preheader": "Samedi 10h"}
    )
    assert preview.template == "web/previews/email.html"
    assert (preview.title, preview.preheader) == ("Ateliers", "Samedi 10h")


def test_unknown_channel_previews_as_payload_instead_of_failing():
    preview = channel_preview("myspace", text="hi")
    assert preview.template == "web/previews/payload.html"
    assert preview.spec.name == "myspace"
