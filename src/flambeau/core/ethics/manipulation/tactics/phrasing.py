"""Cues for launch, live-shopping, membership and retention copy (third round, by category).

Countdowns on closing enrolment, threats to empty a cart, offers valid only during a live,
rooms filling up, one-of-a-kind pieces, members-only prices, automatic upgrades with an
opt-out, bodies and pets "begging", mistakes "most people make". Merged in `__init__`.
"""

from __future__ import annotations

from flambeau.core.ethics.manipulation.spec import CueSpec, cue

_IN_HOURS_EN = r"in (?:<N>|a few) (?:hours?|minutes?|mins?|hrs?|h)"
_IN_HOURS_FR = r"dans (?:<N> ?|quelques )(?:heures?|minutes?|h|min)"

PHRASING_CUES: dict[str, dict[str, list[CueSpec]]] = {
    "urgency": {
        "en": [
            cue(r"(?:closes?|closing|shuts?) " + _IN_HOURS_EN, 0.8),
            cue(
                r"or (?:your|the) (?:cart|basket|bag|reservation|booking|seat|spot|discount|code) "
                r"(?:gets|will be|is) (?:emptied|released|cancell?ed|lost|gone|deleted|given away)",
                0.8,
            ),
            cue(r"(?:valid|available) only (?:while|during)|only valid (?:while|during)", 0.8),
            cue(r"(?:don't|do not) (?:overthink|think twice|hesitate)", 0.4),
        ],
        "fr": [
            cue(r"(?:ferment|ferme|fermeture) " + _IN_HOURS_FR, 0.8),
            cue(
                r"ou (?:il|elle|votre panier|votre reservation|votre place|votre code) sera "
                r"(?:vide|libere|annule|perdu|supprime)e?",
                0.8,
            ),
            cue(r"valables? (?:uniquement|seulement) pendant|uniquement pendant le live", 0.8),
            cue(r"ne (?:reflechissez|reflechis|hesitez|hesite) (?:pas|plus)", 0.4),
        ],
    },
    "scarcity": {
        "en": [
            cue(r"filling up (?:fast|quickly)|fill(?:ing)? up fast"),
            cue(
                r"(?:when|once) (?:it's|it is|they're|they are) (?:sold|gone),? (?:that's it|"
                r"it's gone|there's no more|we're done)"
            ),
            cue(r"(?:hardly|barely|scarcely) any(?: \w+)? left", 0.8),
        ],
        "fr": [
            cue(r"se rempli(?:ssen)?t (?:vite|a toute vitesse|rapidement|tres vite)"),
            cue(r"une fois (?:vendue?s?|partie?s?),? c'est (?:termine|fini)"),
            cue(r"(?:quasi|presque|quasiment) plus rien", 0.8),
        ],
    },
    "fomo": {
        "en": [
            cue(r"(?:everyone|everybody)(?:'s| is) (?:going|coming|there|doing it|signed up)", 0.8),
            cue(r"(?:will you be|are you) one of them", 0.8),
        ],
        "fr": [
            cue(r"tout le monde (?:y va|vient|sera la|s'y met)", 0.8),
            cue(r"en (?:ferez|faites)-vous partie", 0.8),
        ],
    },
    "clickbait": {
        "en": [
            cue(r"stop doing (?:this|that)", 0.8),
            cue(
                r"the (?:one |biggest |#1 )?mistakes? (?:<N> out of <N>|most|everyone|you're)", 0.8
            ),
        ],
        "fr": [
            cue(r"arretez (?:immediatement |tout de suite )?de faire (?:ca|cela)", 0.8),
            cue(r"l'erreur que (?:font|fait|commettent) (?:<N>|la plupart|tout le monde)", 0.8),
        ],
    },
    "sneaking": {
        "en": [
            cue(
                r"(?:auto-?upgrades?|automatically upgrades?|upgrades automatically|moves? "
                r"automatically) (?:to|into)",
                0.6,
            ),
            cue(r"unless you opt out", 0.4),
        ],
        "fr": [
            cue(r"passe automatiquement (?:en|a|au|sur)", 0.6),
            cue(r"sauf si vous (?:refusez|vous y opposez|decochez)", 0.4),
        ],
    },
    "forced_action": {
        "en": [
            cue(r"(?:prices?|deals?) (?:are )?(?:visible|shown|available) (?:only )?to members"),
            cue(
                r"(?:follow|subscribe to|like) (?:our|my|the) (?:page|account|channel)(?: <W>){0,2} "
                r"to (?:get|receive|unlock) (?:the |your |a |our )?(?:discount|promo|coupon|code|"
                r"link|deal|offer|voucher|price)"
            ),
        ],
        "fr": [
            cue(
                r"(?:prix|offres?) (?:visibles?|affiche\w*|reserve\w*) (?:aux|par les|pour les) membres"
            ),
            cue(
                r"(?:abonnez-vous|suivez|likez) (?:a )?(?:notre|ma|la) (?:page|compte|chaine)"
                r"(?: <W>){0,2} pour (?:recevoir|obtenir|debloquer|avoir) (?:le |la |votre |un |une |"
                r"l' ?)?(?:lien|code|reduction|remise|promo|coupon|offre|bon|prix)"
            ),
        ],
    },
    "exaggeration": {
        "en": [
            cue(r"known to (?:humankind|mankind|man)|(?:nobody|no one) can (?:match|beat)", 0.8)
        ],
        "fr": [
            cue(
                r"que l'humanite (?:ait )?(?:connue?s?|jamais vue?s?)|personne ne peut (?:egaler|"
                r"battre)",
                0.8,
            )
        ],
    },
    "guilt": {
        "en": [
            cue(
                r"(?:doesn't|don't) (?:your|their) \w+ deserve|your (?:body|skin|hair|dog|cat|plants?"
                r"|car|home) (?:is begging|begs|is crying out)",
                0.8,
            )
        ],
        "fr": [
            cue(
                r"(?:votre|vos|ta|ton|tes) \w+ ne merite(?:nt)?-t-(?:il|elle|ils|elles) pas|(?:votre|"
                r"ton) (?:corps|peau|chien|chat|plantes?|maison|voiture) (?:reclame|supplie|crie)",
                0.8,
            )
        ],
    },
    "fear": {
        "en": [
            cue(
                r"(?:could|might|may|will) run out of (?:money|savings|cash)|anyone (?:on|at|in) "
                r"(?:<W> ){0,4}can (?:read|see|steal|access)",
                0.8,
            )
        ],
        "fr": [
            cue(
                r"(?:pourriez|pourrait|risquez de) manquer d'argent|n'importe qui (?:<W> ){0,6}peut "
                r"(?:lire|voir|voler|acceder)",
                0.8,
            )
        ],
    },
    "confirmshaming": {
        "fr": [
            cue(r"\([^)\n]{0,30}m'(?:est|sont) egale?s?\)"),
            cue(
                r"je garde (?:ma|mon|mes) (?:<W> )?(?:ennuyeu\w+|terne\w*|moche\w*|vieill\w*|nul\w*)"
            ),
        ],
    },
}
