"""Text-wide pressure signals that strengthen weak cues: exclamations, capitals, alarms, 'buy now'."""

from __future__ import annotations

import re

from flambeau.core.ethics.manipulation.spec import expand

_EXCLAIM = re.compile(r"!")
_CAPS = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ]{3,}(?![^\W\d_])")
_ALARM = re.compile(
    "[\u23f0\u23f3\u231b\U0001f525\U0001f6a8\u26a0\u2757\u203c\U0001f4a5\U0001f631\U0001f3c3\u2755]"
)
_PUSH = {
    "en": re.compile(
        expand(
            r"(?:buy|order|book|shop|grab|get|claim|sign up|register|subscribe|reserve|join|act|call|"
            r"click|download|start|enrol|enroll|apply|upgrade|save|secure|snap|treat yourself|go"
            r"|install|protect|switch|try|get protected|pick up|lock in|stock up|donate|give|accept|decide"
            r"|renew|sign)"
            r"(?: \S+){0,4} (?:now|today|immediately|right away|asap|tonight)"
        )
    ),
    "fr": re.compile(
        expand(
            r"(?:achetez|commandez|reservez|profitez|foncez|inscrivez-vous|abonnez-vous|craquez|"
            r"decouvrez|cliquez|rejoignez|telechargez|appelez|economisez|prenez|offrez-vous|"
            r"achete|commande|reserve|profite|fonce|inscris-toi|craque|clique|rejoins|installez|"
            r"protegez|passez|essayez|donnez|equipez-vous|procurez-vous|agissez|souscrivez|utilisez|validez"
            r"|finalisez|recuperez|acceptez|decidez|renouvelez)"
            r"(?:-vous|-toi|-les|-la|-le|-en)?(?: \S+){0,4} (?:maintenant|aujourd'hui|vite|ce soir|"
            r"tout de suite|sans attendre|des maintenant|immediatement|des aujourd'hui)"
        )
    ),
}
MAX_BOOST = 0.7


def pressure_boost(text: str, folded: str, lang: str) -> float:
    """How much the text's tone adds to a weak cue (0 for a calm text, at most MAX_BOOST)."""
    bangs = len(_EXCLAIM.findall(text))
    boost = 0.4 if bangs == 1 else 0.5 if bangs > 1 else 0.0
    caps = _CAPS.findall(text)
    if len(caps) >= 2 or any(len(word) >= 5 for word in caps):
        boost += 0.25
    if _ALARM.search(text):
        boost += 0.3
    if _PUSH[lang].search(folded):
        boost += 0.4
    return min(boost, MAX_BOOST)
