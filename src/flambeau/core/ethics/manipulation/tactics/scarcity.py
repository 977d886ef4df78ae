"""Pressure scarcity: stock and seat counters used to hurry, not to inform."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

_ITEMS_EN = (
    r"(?:spots?|places?|seats?|tickets?|items?|units?|pieces?|pairs?|rooms?|tables?|slots?|"
    r"copies|bottles?|boxes|kits?|bags?|passes|licen[cs]es|beds?|bikes?|sizes?|left|available)"
)

SCARCITY = TacticSpec(
    info=TacticInfo(
        name="scarcity",
        title="Pressure scarcity",
        description=(
            "Low-stock counters, 'selling fast' and 'almost gone' claims that turn stock into "
            "pressure; stating capacity plainly ('each workshop takes 8 people') is fine."
        ),
        basis="UCPD Annex I 7 and Art. 6(1)(b); FTC dark patterns (2022); Mathur et al. 2019",
        examples={
            "en": [
                ("Hurry! Only 3 spots left!", "Each workshop takes up to 8 people."),
                ("Selling fast — 87% claimed!", "We printed 500 copies of the first edition."),
            ],
            "fr": [
                (
                    "Plus que 2 places ! Ça part très vite !",
                    "Chaque atelier accueille 8 personnes.",
                ),
                (
                    "Presque épuisé : il n'en reste presque plus !",
                    "Tirage de 300 exemplaires numérotés.",
                ),
            ],
        },
    ),
    lexicon={
        "en": r"suppl(?:y|ies)|stocks?|dwindling|scarce|rare|tiny|demand|remaining|left|few|final|only one|running low|nearly empty|almost empty|out until|while you can|stock up|sells? out",
        "fr": r"stocks?|fondent|s'epuise\w*|rare\w*|minuscule|demande|restant\w*|reste|quelques|derni\w+|un seul|une seule|presque vides?|plus rien|tant que vous pouvez|faites le plein|a peine",
    },
    messages={
        "en": "Pressure scarcity: stock or seats are used to hurry the reader; state capacity plainly.",
        "fr": "Rareté mise en avant pour presser : indiquez simplement la capacité ou le stock.",
    },
    cues={
        "en": [
            cue(
                r"(?:only|just) <FEW> (?:spots?|places?|seats?|tickets?|rooms?|tables?|slots?|beds?|passes)"
                r"(?: <W>){0,2} (?:left|remaining|remain|available)",
                1.0,
                "places are limited",
            ),
            cue(r"(?:only|just) <FEW>(?: <W>){0,3} (?:left|remaining|remain|to go)(?: in stock)?"),
            cue(
                r"(?:only|just) <FEW> "
                + _ITEMS_EN
                + r" (?:available|still available|at this price)"
            ),
            cue(r"<N>(?: <W>){0,2} left(?: in stock)?", 0.6),
            cue(
                r"(?:low|limited) (?:stock|supply|supplies|availability|quantities|numbers)"
                r"|stocks? (?:are |is )?(?:running )?low|running out",
                0.6,
            ),
            cue(
                r"(?:selling|going|moving) (?:out )?(?:fast|quickly)|flying off the shelves"
                r"|(?:almost|nearly|practically|virtually) (?:gone|sold out|full|booked|out of stock)"
                r"|(?:about|soon|set|going) to sell out|sell(?:s|ing)? out (?:fast|quickly|soon)"
                r"|won't last(?: long)?|(?:don't|won't) stay (?:in stock )?(?:for )?long"
            ),
            cue(
                r"(?:never|won't|will not) be (?:back|restocked|available again|repeated|made again)",
                0.8,
            ),
            cue(
                r"(?:once|when) (?:it's|they're|these are|this is|they are|it is) gone,? "
                r"(?:it's|they're|it is|they are) gone|gone forever|snapped up"
            ),
            cue(r"<N> ?% (?:already )?(?:claimed|sold|gone|booked|reserved|taken|full)"),
            cue(r"(?:in )?(?:high|huge|heavy|crazy) demand", 0.6),
            cue(
                r"limited edition|while (?:stocks?|supplies) last|limited (?:places|spots|seats)",
                0.4,
            ),
            cue(
                r"(?:last|final) few (?:units|pieces|items|seats|spots|places|tickets|copies|pairs|rooms|tables"
                r"|sizes|bottles|days|hours)"
            ),
            cue(
                r"(?:last|final) (?:units|pieces|items|seats|spots|places|tickets|copies|pairs"
                r"|rooms|tables|sizes|bottles)",
                0.8,
            ),
            cue(
                r"(?:get|grab|book|buy|order) (?:it|yours|them|one|now|your \w+)? ?(?:before|while) "
                r"(?:they're|it's|they are|it is|stocks?|supplies) (?:all )?(?:gone|last|sold out)"
                r"|before (?:they're|it's|they are|it is) (?:all )?(?:gone|sold out|snapped up)"
            ),
            cue(r"once (?:<W> ){0,3}(?:are|is) (?:gone|sold|finished)", 0.6),
            cue(
                r"(?:won't|will not|never) (?:make|bring back|restock|stock|have|see|sell) (?:this|it|them|these|that)(?: <W>)? again",
                0.6,
            ),
            cue(
                r"down to (?:the|our) (?:last|final)|(?:the |our )?(?:last|final) few (?!years|months|weeks|decades|days|minutes|hours|seasons|times)\w+"
            ),
            cue(r"sold out in (?:just |only |under )?<N> (?:hours?|minutes?|days?)", 0.6),
            cue(
                r"(?:will|is going to|are going to) (?:go|sell|disappear|fly)(?: out)? (?:even )?(?:faster|quicker|quickly|fast)"
            ),
            cue(
                r"(?:most|half|nearly all|almost all) (?:of them |of these )?(?:are |have )?(?:already )?(?:gone|sold|taken|booked)|flying out(?: the door)?|(?:can't|cannot) promise (?:it'll|it will|they'll|they will) (?:be here|last|be available)",
                0.8,
            ),
            cue(r"(?:over |more than )?<N> (?:already )?sold(?! out)", 0.4),
            cue(
                r"(?:last|final) (?:one|item|piece|pair|unit|copy|room|seat|ticket|bottle|bag)(?: left| remaining)?(?: in stock)?",
                0.8,
            ),
            cue(r"(?:nearly|almost|practically) out(?: of stock)?|(?:last|final) restock", 0.8),
            cue(
                r"not for long|won't last the (?:week|day|weekend|hour)|before (?:we|they|it|stocks?) (?:run|runs|sell|sells) out"
            ),
            cue(r"sold out (?:twice|three times|again|before)", 0.6),
            cue(r"(?:extremely |very )?limited availability|to avoid disappointment", 0.5),
        ],
        "fr": [
            cue(
                r"(?:plus que|il (?:ne )?reste (?:plus )?que|seulement) <FEW> (?:places?|billets?|chambres?"
                r"|tables?|creneaux|lits)",
                1.0,
                "places limitées",
            ),
            cue(r"plus (?:que|qu') ?(?:<FEW>|un seul|une seule|quelques)(?! (?:ans|annees))"),
            cue(
                r"il (?:n' ?en |ne |n' ?)?(?:nous |vous )?(?:en )?reste (?:plus )?(?:que |qu' ?|seulement )"
                r"(?:<FEW>|un seul|une seule)"
            ),
            cue(r"il n'en reste (?:presque|quasiment|bientot|pratiquement) plus"),
            cue(r"(?:seulement|que) <FEW>(?: <W>){0,2} (?:restant\w*|disponibles?|en stock)"),
            cue(r"<N>(?: <W>){0,2} restant(?:e|s|es)?", 0.6),
            cue(
                r"(?:presque|bientot|quasi|quasiment|pratiquement) (?:epuise|complet|parti|en rupture)"
                r"\w*|en rupture (?:imminente|bientot)"
            ),
            cue(
                r"(?:part|partent|s'arrache\w*|s'envole\w*) (?:comme des petits pains|tres vite|a toute"
                r" vitesse|vite)|se vend(?:ent)? (?:tres |super )?vite|victime de (?:son|leur) succes"
            ),
            cue(r"<N> ?% (?:deja )?(?:vendu|reserve|parti|ecoule|pris|reclame)\w*"),
            cue(
                r"stocks? (?:tres )?limite\w*|quantites? (?:tres )?limitee\w*|places limitees", 0.6
            ),
            cue(r"dans la limite des stocks(?: disponibles)?|edition limitee|serie limitee", 0.3),
            cue(
                r"(?:derniers|dernieres) (?:exemplaires|pieces|places|billets|articles|tailles|unites"
                r"|chambres|tables|paires|bouteilles)",
                0.8,
            ),
            cue(r"(?:forte|tres forte|grosse) demande|tres demande\w*", 0.6),
            cue(
                r"(?:une fois|quand c'est|quand (?:ils|elles) seront) (?:parti|epuise)\w*,? (?:c'est|ce "
                r"sera) (?:fini|trop tard)|ne (?:sera|seront) (?:plus jamais|pas) (?:reedite|reassorti"
                r"|reapprovisionne|refait)\w*"
            ),
            cue(
                r"avant (?:qu'il n'y en ait plus|la rupture|qu'(?:ils|elles) ne (?:partent|soient)"
                r"|qu'il ne (?:parte|soit epuise))"
            ),
            cue(r"(?:vendu|reserve|parti|ecoule|pris|rempli|complet)\w* a <N> ?%"),
            cue(r"une fois (?:<W> ){0,3}(?:partis?|parties|epuise\w*|vendu\w*)", 0.6),
            cue(
                r"ne (?:reviendra|reviendront) (?:pas|plus|jamais)|ne (?:sera|seront) (?:plus|pas|jamais) (?:refait|reproduit|reedite|remis en vente)\w*",
                0.6,
            ),
            cue(
                r"(?:on arrive|nous arrivons|on en est|il ne reste que) (?:aux|les) derni\w+|(?:derniers|dernieres) (?:boites|coffrets|pots|lots|modeles|pieces|exemplaires|paquets|sacs|flacons)"
            ),
            cue(
                r"(?:parti|vendu|ecoule|epuise)e?s? en (?:seulement |moins de )?<N> (?:heures?|minutes?|jours?)",
                0.6,
            ),
            cue(
                r"(?:partira|partiront|se vendra|se vendront|s'ecoulera|s'ecouleront) (?:encore )?(?:plus )?vite"
            ),
            cue(
                r"(?:presque|quasi|quasiment|pratiquement) (?:tout )?(?:est |sont )?(?:epuise|complet|parti|vendu)\w*"
            ),
            cue(r"(?:les|nos) <N> derni(?:ers|eres) \w+", 0.8),
            cue(
                r"(?:la plupart|presque tous|presque toutes|la moitie) (?:sont |ont )?(?:deja )?(?:partis?|parties|vendus?|vendues|reserve\w*|pris)|fond a vue d'(?:oeil|œil)|(?:on ne peut|nous ne pouvons) pas promettre qu'(?:il|elle|ils|elles) (?:en )?rest\w*",
                0.8,
            ),
            cue(r"(?:plus de )?<N> (?:deja )?vendu(?:e|s|es)?", 0.4),
            cue(
                r"(?:dernier|derniere) (?:exemplaire|article|modele|billet|siege|piece|paire|place|chambre|unite|bouteille|lot)(?: restant\w*| en stock| disponible)?",
                0.8,
            ),
            cue(
                r"(?:presque|bientot|quasiment) a court|dernier reassort|dernier reapprovisionnement",
                0.8,
            ),
            cue(
                r"<N> (?:vendu|reserve|commande|achete)e?s? (?:ces|dans les|dans la|en) (?:dernieres? |derniere )?(?:<N> )?(?:heures?|minutes?|h)"
            ),
            cue(
                r"pas pour longtemps|ne (?:tiendra|tiendront|durera|dureront) pas (?:la semaine|la journee|le week-end|longtemps)"
            ),
            cue(
                r"deja epuise\w* (?:deux|trois|plusieurs) fois|(?:a ete|ete) epuise\w* (?:deux|trois|plusieurs) fois",
                0.6,
            ),
            cue(
                r"disponibilit\w* (?:tres |extremement )?limitee?s|pour eviter (?:toute )?deception",
                0.5,
            ),
        ],
    },
    guards={
        "en": [
            r"(?:each|every|per) (?:class|workshop|session|tour|group|course|table|room|event)"
            r"|up to <N> (?:people|guests|participants)|maximum of"
        ],
        "fr": [
            r"(?:chaque|par) (?:atelier|seance|cours|groupe|visite|session|table)"
            r"|jusqu'a <N> (?:personnes|participants)|au maximum"
        ],
    },
    fallback={"en": "Quantities are limited.", "fr": "Les quantités sont limitées."},
)
