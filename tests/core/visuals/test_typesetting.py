"""Text is wrapped and sized to fit its box: every word kept, nothing past the edges."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from flambeau.core.visuals.typesetting import FontSet, drawable, fit, wrap

FONTS = FontSet.shipped()
WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçœ€0123456789", min_size=1, max_size=11),
    min_size=1,
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(words=WORDS, width=st.integers(200, 1200), height=st.integers(60, 900))
def test_fit_keeps_every_word_and_stays_inside_the_box(
    words: list[str], width: int, height: int
) -> None:
    text = " ".join(words)
    setting = fit(text, FONTS, "heavy", width=width, height=height, max_size=120, min_size=14)
    if setting is None:  # the only alternative to cutting: say it cannot fit even at 14 px
        font = FONTS.font("heavy", 14)
        lines = wrap(text, font, width)
        ascent, descent = font.getmetrics()
        assert lines is None or round(14 * 1.12) * (len(lines) - 1) + ascent + descent > height
        return
    assert " ".join(setting.lines).split() == text.split()
    for line in setting.lines:
        assert setting.font.getlength(line) <= width
    assert setting.height <= height


def test_the_largest_size_that_fits_is_chosen() -> None:
    small = fit("Bonjour", FONTS, "heavy", width=300, height=400, max_size=400, min_size=10)
    wide = fit("Bonjour", FONTS, "heavy", width=900, height=400, max_size=400, min_size=10)
    assert small is not None and wide is not None and wide.size > small.size


def test_balanced_lines_leave_no_orphan_word() -> None:
    setting = fit(
        "Apprendre à faire son propre levain chez soi",
        FONTS,
        "heavy",
        width=700,
        height=600,
        max_size=110,
        min_size=20,
    )
    assert setting is not None and len(setting.lines) >= 2
    lengths = [len(line.split()) for line in setting.lines]
    assert min(lengths) >= 2


def test_a_word_wider_than_the_box_is_refused_not_cut() -> None:
    assert (
        fit(
            "Anticonstitutionnellement",
            FONTS,
            "heavy",
            width=80,
            height=400,
            max_size=60,
            min_size=40,
        )
        is None
    )


def test_drawable_drops_emoji_and_sets_apostrophes() -> None:
    assert drawable("Pain d'Or 🥖 ouvre ✨ samedi") == "Pain d’Or ouvre samedi"
    assert drawable("a\u00a0· b") == "a\u00a0· b"
