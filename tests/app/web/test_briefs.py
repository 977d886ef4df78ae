"""The stored brief is read tolerantly: cadences as written, odd values kept, nothing raised."""

from flambeau.app.web.briefs import channels_of


def test_channels_with_cadences_as_the_brief_wrote_them():
    brief = {
        "campaign": {
            "channels": {
                "instagram": {"count": 3, "per": "week"},
                "newsletter": "once",
                "x": "2/day",
            }
        }
    }
    assert channels_of(brief) == [("instagram", "3/week"), ("newsletter", "once"), ("x", "2/day")]


def test_a_missing_or_odd_channels_entry_gives_what_it_can():
    assert channels_of({}) == []
    assert channels_of(None) == []
    assert channels_of({"campaign": {"channels": {"x": "sometimes"}}}) == [("x", "sometimes")]
