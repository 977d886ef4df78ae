"""Plain colour names for alt text, in French and English."""

from __future__ import annotations

import colorsys

from flambeau.core.visuals.contrast import RGB

_HUES = (
    (15, "red", "rouge"),
    (40, "orange", "orange"),
    (68, "yellow", "jaune"),
    (165, "green", "vert"),
    (195, "teal", "bleu-vert"),
    (255, "blue", "bleu"),
    (290, "purple", "violet"),
    (340, "pink", "rose"),
    (361, "red", "rouge"),
)


def colour_name(rgb: RGB, lang: str) -> str:
    """'dark brown', 'cream', 'navy blue'... close enough for a person who cannot see it."""
    h, lightness, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    fr = lang == "fr"
    if lightness > 0.93:
        return "blanc" if fr else "white"
    if lightness < 0.1:
        return "noir" if fr else "black"
    hue = h * 360
    if s < 0.12:
        base = ("gris", "grey")
    elif lightness > 0.78 and 20 <= hue <= 70:
        return "crème" if fr else "cream"
    elif lightness < 0.45 and (hue < 45 or hue > 340):
        base = ("brun", "brown")
    else:
        base = next((fr_name, en) for limit, en, fr_name in _HUES if hue < limit)
    if lightness < 0.3:
        return f"{base[0]} foncé" if fr else f"dark {base[1]}"
    if lightness > 0.7:
        return f"{base[0]} clair" if fr else f"light {base[1]}"
    return base[0] if fr else base[1]
