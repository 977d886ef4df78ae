"""Exaggeration: absolute superlatives, guaranteed outcomes, miracle promises."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

_OUTCOME_EN = (
    r"(?:double|triple|work|change|transform|boost|increase|make|grow|cure|fix|lose|get|win|save|"
    r"earn|deliver|improve|eliminate|remove|make you|melt|heal|stop|end)"
)
_OUTCOME_FR = (
    r"(?:doubler|tripler|fonctionner|marcher|transformer|booster|augmenter|faire|perdre|gagner|guerir"
    r"|eliminer|effacer|changer|ameliorer|reussir|mincir|maigrir)"
)

EXAGGERATION = TacticSpec(
    info=TacticInfo(
        name="exaggeration",
        title="Exaggeration",
        description=(
            "Absolute superlatives ('the best in the world'), guaranteed results and miracle "
            "promises that no fact can support; describe what the product does."
        ),
        basis="UCPD Art. 6(1)(b) and Annex I 17; FTC Act §5 (substantiation)",
        examples={
            "en": [
                (
                    "The world's best coffee, scientifically proven.",
                    "We roast our beans in small batches every Tuesday.",
                ),
                (
                    "Guaranteed to double your sales in 30 days!",
                    "Teams in our pilot closed their month-end two days sooner on average.",
                ),
            ],
            "fr": [
                (
                    "Le meilleur pain du monde, tout simplement.",
                    "Notre pain est cuit au feu de bois chaque matin.",
                ),
                (
                    "Résultats garantis en 7 jours ou remboursé !",
                    "Satisfait ou remboursé sous 30 jours.",
                ),
            ],
        },
    ),
    lexicon={
        "en": r"guaranteed|instant(?:ly)?|perfect|miracle|ultimate|revolutionary|unbeatable|powerful|every single time|forever|best|greatest|most|finest|known to|humankind|mankind|total transformation|simply the|life-changing",
        "fr": r"garanti\w*|instantane\w*|parfait\w*|miracle|ultime|revolutionnaire|imbattable|puissant\w*|a chaque fois|pour toujours|meilleur\w*|jamais|connu de|l'humanite|transformation totale|tout simplement|qui change la vie",
    },
    messages={
        "en": "Exaggeration: an absolute or guaranteed claim that facts cannot support.",
        "fr": "Exagération : une promesse absolue ou garantie qu'aucun fait ne peut étayer.",
    },
    cues={
        "en": [
            cue(
                r"(?:the )?(?:world's|world|planet's|universe's|earth's|internet's|galaxy's)(?: very)? "
                r"(?:best|greatest|finest|tastiest|number one|#1|no\.? ?1)"
            ),
            cue(
                r"(?:the )?(?:very )?(?:best|greatest|finest|tastiest|most \w+)(?: <W>){0,3} (?:in the "
                r"(?:world|universe|galaxy|country|land|whole \w+|city)|on (?:the )?(?:planet|earth|market)|ever"
                r" (?:made|created|invented|baked|brewed|tasted|seen)|of all time|money can buy|in history"
                r"|you(?:'ll| will) ever (?:taste|try|use|have|need|eat|drink|own|buy|sleep on))"
            ),
            cue(
                r"guaranteed (?:<W> ){0,2}(?:results?|success|weight loss|growth|income|returns?|profits?|"
                r"gains?|to "
                + _OUTCOME_EN
                + r")|(?:results?|success|weight loss|growth|income|returns?|"
                r"profits?|gains?|fit) (?:are |is )?(?:100 ?% )?guaranteed"
            ),
            cue(
                r"100 ?% (?:guaranteed|effective|risk[ -]free|successful|success rate|proven|foolproof|"
                r"results)"
            ),
            cue(r"(?:scientifically|clinically|medically) proven", 0.8),
            cue(r"miracle|miraculous|magic (?:pill|cure|formula|solution|cream)", 0.8),
            cue(
                r"miracle (?:cure|cream|pill|serum|diet|solution|remedy|product|formula)|(?:cure|remede|creme|pilule|serum|regime|solution|produit|formule) miracle"
            ),
            cue(
                r"(?:instant(?:ly)?|overnight|immediate) (?:results|transformation|relief|weight loss|cure|"
                r"success|wealth|glow|fix)",
                0.7,
            ),
            cue(
                r"(?:lose|drop|shed|melt) <N> ?(?:kg|kilos?|lbs?|pounds|stone|sizes)(?: of fat)? (?:in|within)"
                r" (?:<N> |a |one )?(?:days?|weeks?|month)"
            ),
            cue(
                r"(?:double|triple|10x|quadruple) your (?:sales|income|revenue|followers|money|savings|"
                r"traffic|leads|profits?|results)",
                0.7,
            ),
            cue(
                r"(?:make|earn) (?:\$|£|€)?<N> ?(?:\$|£|€)? ?(?:a|per|every) (?:day|week|month)(?: <W>)? "
                r"(?:from home|without|with no|easily|guaranteed|passive|doing nothing)"
            ),
            cue(
                r"(?:cures?|heals?|eliminates?|reverses?|erases?|melts?(?: away)?|burns?|banish(?:es)?) (?:all |any |"
                r"every )?(?:<W> ){0,4}(?:forever|instantly|overnight|permanently|for good)"
            ),
            cue(
                r"(?:cures?|heals?|eliminates?|reverses?|erases?|melts?(?: away)?|burns?|banish(?:es)?) (?:all |any |"
                r"every )?(?:<W> ){0,4}in (?:just |only |under )?(?:days|minutes|seconds|hours|a week|<N> \w+)",
                0.6,
            ),
            cue(r"(?:the )?only (?:<W> ){0,3}you(?:'ll| will)? ever need"),
            cue(
                r"(?:unbeatable|unrivall?ed|unmatched|unparalleled) (?:price|quality|results|value)",
                0.5,
            ),
            cue(
                r"revolutionary|life[ -]changing|game[ -]changing|groundbreaking|risk[ -]free|no[ -]risk"
                r"|effortless(?:ly)?|zero effort",
                0.4,
            ),
            cue(r"(?:#1|number one|no\.? ?1) (?:<W> ){0,3}in the (?:world|country|universe)"),
            cue(r"(?:the )?most \w+ (?:<W> ){0,2}ever \w+"),
            cue(
                r"(?:best|greatest|finest|tastiest|most \w+)(?:[ -]\w+){1,4} (?:on (?:the )?(?:planet|earth)|in the (?:world|universe|galaxy))"
            ),
            cue(r"(?:the )?(?:world's|planet's|universe's|earth's) (?:most \w+|\w+est)"),
            cue(r"say goodbye to (?:<W> ){1,3}(?:forever|for good|overnight|instantly|in days)"),
            cue(
                r"(?:burn|lose|melt|shed) (?:<W> )?(?:fat|weight|pounds|kilos|belly fat) (?:in your sleep|while you sleep|overnight|without (?:dieting|exercise|effort|trying))"
            ),
            cue(r"the (?:only|last) (?:<W> ){0,3}you(?:'ll| will)? ever need"),
            cue(
                r"(?:the )?(?:very )?(?:\w+est|most \w+) (?:<W> ){0,3}(?:in the (?:world|universe|galaxy)|on (?:the )?(?:planet|earth))"
            ),
            cue(r"guaranteed ?!", 0.4),
            cue(
                r"(?:lose|drop|shed) (?:weight|pounds|kilos|fat|belly fat) (?:fast|quickly|in days|overnight|effortlessly)|without (?:any )?(?:diet(?:ing)?|exercise)(?: or (?:diet(?:ing)?|exercise))?"
            ),
        ],
        "fr": [
            cue(
                r"(?:le |la |les )?(?:meilleur|meilleure|meilleurs|meilleures|plus \w+)(?: <W>){0,3} (?:du "
                r"monde|au monde|de l'univers|de la planete|de tous les temps|jamais (?:cree|fait|vu|goute|"
                r"invente)\w*|qui existe|sur terre|du marche|que vous (?:goute|essaie)rez jamais)"
            ),
            cue(
                r"(?:resultats?|succes|reussite|efficacite|perte de poids|gains?|rendements?|revenus|"
                r"effet|minceur) (?:<W> )?garanti\w*|garanti\w* (?:a|de) " + _OUTCOME_FR
            ),
            cue(
                r"100 ?% (?:garanti\w*|efficace|sans risque|reussi\w*|prouve\w*|infaillible|des resultats)"
            ),
            cue(r"(?:scientifiquement|cliniquement|medicalement) prouve\w*", 0.8),
            cue(r"miracle\w*|miraculeu\w*|(?:pilule|formule|potion|creme|solution) magique", 0.8),
            cue(r"(?:cure|remede|creme|pilule|serum|regime|solution|produit|formule) miracle"),
            cue(
                r"(?:resultats?|effet|transformation|soulagement|perte de poids) (?:instantane|immediat|"
                r"garanti)\w*|(?:en une nuit|du jour au lendemain)",
                0.6,
            ),
            cue(
                r"(?:perdez|perdre|eliminez|eliminer) <N> ?(?:kg|kilos?|tailles)(?: <W>)? en (?:<N> |une |"
                r"un )?(?:jours?|semaines?|mois)"
            ),
            cue(
                r"(?:doublez|triplez|multipliez) (?:vos|votre) (?:ventes|revenus|chiffre|abonnes|audience|"
                r"trafic|benefices|resultats|clients)",
                0.7,
            ),
            cue(
                r"(?:gagnez|gagner) <N> ?(?:€|euros?)? ?(?:par|/) ?(?:jour|semaine|mois)(?: <W>)? (?:depuis "
                r"chez (?:vous|soi)|sans|facilement|garanti|sans rien faire)"
            ),
            cue(r"(?:le |la )?seul\w* (?:<W> ){0,3}dont vous aurez (?:jamais )?besoin"),
            cue(
                r"(?:guerit|soigne|elimine|efface|(?:faire|fait|font) (?:fondre|disparaitre)) (?:<W> ){0,3}"
                r"(?:definitivement|pour toujours|instantanement|en une nuit)"
            ),
            cue(
                r"(?:guerit|soigne|elimine|efface|(?:faire|fait|font) (?:fondre|disparaitre)) (?:<W> ){0,3}en "
                r"(?:quelques )?(?:jours|minutes|secondes|heures|<N> \w+)",
                0.6,
            ),
            cue(r"imbattables?|inegal\w*|sans egal|sans pareil|inegalables?", 0.5),
            cue(r"revolutionnaire\w*|sans (?:aucun )?effort|zero risque|aucun risque", 0.4),
            cue(r"(?:n°|no|numero) ?1 (?:<W> )?(?:au monde|mondial|du monde)"),
            cue(r"(?:le |la |les )?plus \w+ (?:<W> ){0,2}jamais \w+"),
            cue(
                r"garanti\w* pour (?:<W> )?"
                + _OUTCOME_FR
                + r"|(?:booster|doubler|tripler) (?:votre|vos) \w+ (?:des|en) ",
                1.0,
            ),
            cue(
                r"(?:gueri|soign|elimin|effac|brul|fai\w* fondre|fai\w* disparaitre)\w* (?:<W> ){0,4}(?:instantanement|en une nuit|definitivement|pour toujours|en quelques (?:jours|minutes|heures))"
            ),
            cue(
                r"(?:gueri|soign|elimin|effac|brul|fai\w* fondre|fai\w* disparaitre)\w* (?:\S+ ){0,4}(?:instantanement|en une nuit|definitivement|pour toujours|en quelques (?:jours|minutes|heures))"
            ),
            cue(
                r"(?:le |la |les )?plus \w+ (?:\S+ ){0,2}(?:de la planete|du monde|au monde|de l'univers)"
            ),
            cue(
                r"dites adieu (?:a|au|aux) (?:<W> ){1,4}(?:pour toujours|definitivement|a jamais|en une nuit|en quelques jours)"
            ),
            cue(
                r"(?:gueri|soign|elimin|effac|brul|fai\w* fondre|fai\w* disparaitre)\w* (?:<W> ){0,4}en (?:seulement |moins de |a peine )?<N> (?:jours|heures|minutes|semaines|nuits)",
                0.6,
            ),
            cue(
                r"(?:brulez|perdez|eliminez|faites fondre|bruler|perdre) (?:<W> ){0,2}(?:graisses?|poids|kilos) (?:pendant votre sommeil|en dormant|sans (?:regime|effort|sport|rien faire))"
            ),
            cue(
                r"(?:le|la) (?:seul|dernier|derniere)\w* (?:<W> ){0,3}dont vous aurez (?:jamais )?besoin"
            ),
            cue(r"garanti ?!", 0.4),
            cue(
                r"(?:maigrissez|perdez du poids|mincissez|maigrir|mincir) (?:vite|rapidement|sans effort|en <N> jours)|sans regime ni sport|sans sport ni regime"
            ),
            cue(
                r"(?:le |la |les )?(?:meilleur|meilleure|meilleurs|meilleures) (?:<W> ){0,3}(?:de la ville|du quartier|de la region|de france|de paris)",
                0.6,
            ),
        ],
    },
    guards={
        "en": [
            r"study|trial|according to|source|n ?= ?<N>|independent|published|warranty|voted|awarded"
            r"|winner of|readers|award"
        ],
        "fr": [
            r"etude|essai clinique|selon|source|n ?= ?<N>|independant|publie|meilleur ouvrier|elue?s?"
            r"|laureat|lecteurs|concours|medaille|prix du"
        ],
    },
)
