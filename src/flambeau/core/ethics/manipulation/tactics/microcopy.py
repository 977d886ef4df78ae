"""Cues for app, game, bank and shop microcopy (fourth round, by category of miss).

Giveaways gated on likes or comments, crowds counted "today", "and counting", decline buttons
that say "I like paying fees", homes as "easy targets", "don't they deserve", "if you cared",
"goes back to full price", "or the bonus is gone", fees added at checkout, accounts demanded
before ordinary information. Merged in `__init__`.
"""

from __future__ import annotations

from flambeau.core.ethics.manipulation.spec import CueSpec, cue

_CROWD_EN = (
    r"(?:gamers|players|users|customers|people|shoppers|members|readers|buyers|families|"
    r"students|travell?ers|guests|fans|parents|women|men|teams|companies|drivers|investors)"
)
_CROWD_FR = (
    r"(?:joueurs|utilisateurs|clients|clientes|personnes|acheteurs|membres|lecteurs|lectrices|"
    r"familles|etudiants|voyageurs|fans|parents|equipes|entreprises|conducteurs|investisseurs)"
)
_NOW_EN = (
    r"(?:today|this (?:week|morning|month|weekend)|right now|so far today|in the (?:last|past) \w+)"
)
_NOW_FR = (
    r"(?:aujourd'hui|cette semaine|ce matin|ce mois-ci|ce week-end|en ce moment|depuis ce matin)"
)
_BUDDY_EN = (
    r"(?:buddy|bestie|bff|friend|mate|partner|squad|crew|other half|mum|mom|sister|brother|"
    r"twin|plus one)"
)
_BUDDY_FR = (
    r"(?:partenaire|pote|amie?|meilleure? amie?|binome|soeur|frere|mere|moitie|copine?|"
    r"acolyte|jumelle?)"
)

MICROCOPY_CUES: dict[str, dict[str, list[CueSpec]]] = {
    "urgency": {
        "en": [
            cue(
                r"(?:goes|go|going|is going) back to (?:full|normal|regular) price|back to full price"
                r" (?:tomorrow|tonight|at midnight|on \w+)",
                0.8,
            ),
            cue(
                r"or the (?:<W> ){0,3}(?:bonus|discount|offer|deal|gift|price|rate|saving) (?:is gone"
                r"|disappears|expires|ends|goes)",
                0.8,
            ),
        ],
        "fr": [
            cue(r"repasse(?:nt|ra|ront)? au (?:prix fort|plein tarif|prix normal)", 0.8),
            cue(
                r"ou (?:le |la |l' ?)(?:<W> ){0,3}(?:bonus|remise|reduction|offre|cadeau|prix|tarif)"
                r" (?:s'envole|disparait|expire|saute|tombe)",
                0.8,
            ),
            cue(r"pendant <N> ?(?:min|minutes|h|heures) (?:seulement|uniquement)", 0.8),
        ],
    },
    "scarcity": {
        "en": [cue(r"<N> already (?:claimed|reserved|sold|taken|gone|booked)", 0.8)],
        "fr": [cue(r"<N> deja (?:reserve|vendu|pris|parti|reclame)e?s?", 0.8)],
    },
    "social_proof": {
        "en": [
            cue(r"<N>\+? (?:<W> )?" + _CROWD_EN + r" (?:<W> ){1,5}" + _NOW_EN, 0.8),
            cue(
                r"<N>\+? (?:<W> )?(?:orders|sales|sold|bookings|sign-?ups|downloads) and counting"
                r"|and counting!"
            ),
            cue(r"and counting", 0.5),
            cue(
                r"[a-z]+ (?:from|in) (?!(?:the|a|our|your)(?![a-z]))[a-z]+ just (?:upgraded|switched|"
                r"renewed|unlocked|activated|enrolled|started|subscribed)"
            ),
            cue(r"(?:thousands|millions|hundreds) of \w+ (?:already|have already)", 0.6),
        ],
        "fr": [
            cue(r"<N> (?:<W> )?" + _CROWD_FR + r" (?:<W> ){1,5}" + _NOW_FR, 0.8),
            cue(
                r"<N> (?:<W> )?(?:commandes|ventes|reservations|inscriptions|telechargements) et ca "
                r"continue"
            ),
            cue(r"et ca continue", 0.5),
            cue(
                r"[a-z]+ de [a-z]+ vient de (?:passer a|souscrire|s'abonner|s'inscrire|rejoindre|"
                r"debloquer|activer|reserver|commander|acheter)"
            ),
            cue(r"des (?:milliers|millions|centaines) de \w+ (?:ont )?deja", 0.6),
        ],
    },
    "fomo": {
        "en": [
            cue(r"what's stopping you\??|what are you waiting for", 0.5),
            cue(r"(?:while|as) you (?:wait|hesitate|think it over|scroll|sleep)", 0.5),
            cue(r"others (?:are|have) already", 0.5),
        ],
        "fr": [
            cue(
                r"ne (?:manquez|ratez|loupez|manque|rate|loupe) pas (?:le|la|les|l'|cette|ce|cet|nos|"
                r"notre|votre)",
                0.8,
            ),
            cue(r"qu'est-ce qui vous retient ?\??|qu'attendez-vous", 0.5),
            cue(
                r"pendant que (?:vous|tu) (?:hesitez|hesites|attendez|attends|reflechissez|dormez)",
                0.5,
            ),
            cue(r"d'autres (?:<W> ){0,3}deja", 0.5),
        ],
    },
    "confirmshaming": {
        "en": [
            cue(
                r"(?:no thanks|no|nope|nah|skip)[,.!]? i (?:like|love|enjoy) (?:paying|wasting|losing|"
                r"missing|being|staying|overpaying|fees)"
            ),
            cue(
                r"i (?:don't|do not) want to (?:level up|get better|improve|progress|succeed|earn "
                r"more|sleep better|get fit|look better|feel better|win|grow)"
            ),
        ],
        "fr": [
            cue(
                r"non(?: merci)?,? j'(?:aime|adore) (?:payer|perdre|gaspiller|rater|etre|rester|les "
                r"frais)"
            ),
            cue(
                r"(?:mon|ma) (?:entreprise|boutique|equipe|site|activite) n'a pas besoin (?:de plus "
                r"de|d'autres) (?:clients|ventes|visiteurs|croissance)"
            ),
        ],
    },
    "fear": {
        "en": [
            cue(r"(?:is|are) an? (?:easy|soft|prime) targets?", 0.8),
            cue(
                r"(?:leave|leaving) (?:your|their) (?:family|kids|children|home|loved ones) "
                r"(?:exposed|unprotected|vulnerable|at risk)"
            ),
        ],
        "fr": [
            cue(r"(?:est|sont) une? (?:cible|proie)s? (?:facile|ideale|toute trouvee)s?", 0.8),
            cue(
                r"(?:laissez|laisser) (?:votre|vos) (?:famille|enfants|maison|proches) (?:sans "
                r"protection|expose\w*|vulnerable\w*|a decouvert)"
            ),
        ],
    },
    "guilt": {
        "en": [
            cue(r"(?:don't|doesn't) (?:they|he|she|you|it) deserve (?:better|more|the best)"),
            cue(
                r"if you (?:really |truly )?(?:cared|care) about [^,.!?\n]{0,30},? you(?:'d| would)"
            ),
            cue(r"will you really (?:scroll past|ignore|look away|say no|walk away)"),
        ],
        "fr": [
            cue(r"ne merite(?:nt)?-t-(?:il|elle|ils|elles) pas (?:mieux|plus|le meilleur)"),
            cue(
                r"(?:vous|te) (?:tenait|tenaient) (?:vraiment )?a c(?:oe|œ)ur|si vous (?:aimiez|"
                r"teniez a|vous souciez de) (?:vraiment )?",
                0.8,
            ),
            cue(r"allez-vous vraiment (?:passer|ignorer|detourner|refuser|dire non)"),
        ],
    },
    "clickbait": {
        "en": [
            cue(r"(?:you'll|you will) never (?:look at|see|think about|use) (?:<W> ){1,3}the same")
        ],
        "fr": [cue(r"vous ne (?:regarderez|verrez|penserez|utiliserez) plus jamais")],
    },
    "engagement_bait": {
        "en": [
            cue(r"tag (?:your|the) (?:<W> )?" + _BUDDY_EN),
            cue(
                r"(?:like|comment|share|tag|follow|repost)(?: <W>){0,3} (?:for a chance|to win"
                r"|and we'll (?:gift|send|give))|for a chance to win"
            ),
        ],
        "fr": [
            cue(r"(?:identifie|tague|tag) (?:ton|ta|tes) (?:<W> )?" + _BUDDY_FR),
            cue(
                r"(?:like|likez|commente|commentez|partage|partagez)(?: <W>){0,3} (?:pour tenter|"
                r"pour gagner|et on (?:t' ?|vous )?(?:offre|envoie))"
            ),
        ],
    },
    "sneaking": {
        "en": [
            cue(
                r"(?:fees?|charges?|surcharges?)(?:[^.!?\n]|\.(?=\d)){0,40}?(?:added|applied|charged)"
                r" (?:at|during|on) (?:checkout|payment|the final step)"
            ),
            cue(
                r"then (?:<W> ){0,2}(?:<N>|[£$€] ?<N>)(?: ?[£$€])? ?(?:/ ?|per |a )(?:month|mo|year|"
                r"yr) automatically"
            ),
        ],
        "fr": [
            cue(
                r"puis (?:<N>|€ ?<N>)(?: ?€)? ?(?:/ ?|par )(?:mois|an) (?:automatiquement|sans "
                r"action de votre part)"
            ),
        ],
    },
    "forced_action": {
        "en": [
            cue(
                r"(?:create|open|make) (?:a |an |your )?(?:free )?account to (?:see|view|get|"
                r"unlock|access|read|reveal)",
                0.8,
            ),
        ],
        "fr": [
            cue(
                r"(?:creez|cree|ouvrez) (?:un |votre )?compte(?: gratuit)? pour (?:voir|consulter|"
                r"connaitre|obtenir|debloquer|acceder|lire|decouvrir)",
                0.8,
            ),
        ],
    },
}

MICROCOPY_GUARDS: dict[str, dict[str, list[str]]] = {
    # an alternative offered in the same breath makes the request a choice
    "forced_action": {
        "en": [r"or (?:enter|continue|use|check out|type|search|choose|browse)"],
        "fr": [r"ou (?:saisissez|continuez|utilisez|commandez|entrez|choisissez|parcourez)"],
    },
}

# Fifth round: paraphrased pressure seen in festival, airline, second-hand and course copy.
PARAPHRASE_CUES: dict[str, dict[str, list[CueSpec]]] = {
    "urgency": {
        "en": [
            cue(
                r"(?:prices?|fares?|rates?) (?:rise|go up|increase|jump|climb)s? (?:at|from) \d",
                0.8,
            ),
            cue(r"this (?:very )?(?:second|minute|instant)", 0.5),
            cue(r"(?:last|final) <N> ?(?:h|hrs?|hours?|mins?|minutes?) (?:to|for|left)"),
            cue(r"for (?:the next|just one|one) (?:hour|day|night)", 0.6),
            cue(
                r"(?:disappears?|expires?|ends?|vanish(?:es)?) (?:on )?(?:monday|tuesday|wednesday|"
                r"thursday|friday|saturday|sunday) (?:night|evening|at midnight)",
                0.6,
            ),
        ],
        "fr": [
            cue(
                r"(?:les )?(?:prix|tarifs) (?:montent|augmentent|grimpent|changent) (?:a|des) \d",
                0.8,
            ),
            cue(r"sur-le-champ|a l'instant meme|cette seconde", 0.5),
            cue(r"(?:dernieres|ultimes) <N> ?(?:h|heures|minutes|min)"),
            cue(r"pendant (?:une|la prochaine) heure", 0.6),
            cue(r"sur le point de (?:disparaitre|expirer|s'envoler|finir|se terminer)"),
            cue(
                r"(?:disparait|expire|se termine|prend fin) (?:lundi|mardi|mercredi|jeudi|vendredi|"
                r"samedi|dimanche) (?:soir|a minuit)",
                0.6,
            ),
        ],
    },
    "scarcity": {
        "en": [
            cue(
                r"(?:lots of|many|loads of|plenty of) (?:people|buyers|shoppers|you) (?:want|are "
                r"after|are eyeing|have asked for)",
                0.8,
            ),
            cue(
                r"(?:never|don't|won't|doesn't) (?:stay|last|remain|be on the market|be around|hang "
                r"around) (?:<W> )?long",
                0.8,
            ),
            cue(r"(?:very|extremely|super) limited stock", 0.8),
        ],
        "fr": [
            cue(
                r"beaucoup de (?:monde|gens|personnes) (?:le|la|les) (?:veut|veulent|convoitent|"
                r"demandent)",
                0.8,
            ),
            cue(
                r"ne (?:restent|reste|resteront|restera|durent|dure) (?:jamais|pas) longtemps", 0.8
            ),
            cue(r"stock (?:tres|extremement) (?:reduit|limite|faible)", 0.8),
        ],
    },
    "social_proof": {
        "en": [
            cue(
                r"<N>\+? (?:<W> )?" + _CROWD_EN + r" (?:<W> ){1,5}in (?:just |only |under )?<N> "
                r"(?:hours|days|minutes)",
                0.8,
            ),
            cue(
                r"<N> (?:people|shoppers|others) (?:have|added|saved) (?:this|it)(?: <W>)? (?:in|to)"
                r" (?:their )?(?:favou?rites|wishlists?|baskets?|carts?|bags?)"
            ),
            cue(
                r"(?:influencers|celebrities|experts|editors|stylists|dermatologists) (?:everywhere"
                r" |all over )?(?:are )?(?:raving|obsessed|swear by|can't stop)"
            ),
            cue(
                r"(?:everyone|everybody|all) who (?:tried|bought|used) (?:it|this|them) (?:is|are)",
                0.8,
            ),
        ],
        "fr": [
            cue(
                r"<N> (?:<W> )?(?:inscrits|inscrites|" + _CROWD_FR[3:] + r" (?:<W> ){0,5}en "
                r"(?:seulement |moins de )?<N> (?:heures|jours|minutes)",
                0.8,
            ),
            cue(
                r"<N> personnes ont (?:mis|ajoute|enregistre) (?:cet article|ce produit|ceci|ce "
                r"modele) (?:en favori|dans leur panier|dans leurs favoris|en wishlist)"
            ),
            cue(
                r"(?:les )?(?:influenceuses?|influenceurs|stars|celebrites|experts|stylistes) ne "
                r"jurent que par"
            ),
        ],
    },
    "confirmshaming": {
        "en": [
            cue(
                r"(?:i'd|i would) rather (?:keep )?(?:burning|wasting|losing|throwing away|paying)"
            ),
            cue(
                r"(?:i'm|i am) not interested in (?:a |an )?(?:cleaner|better|healthier|safer|"
                r"happier|greener|richer|bigger)"
            ),
            cue(r"\((?:and )?(?:let|leave|abandon|disappoint)[^)\n]{0,40}\)"),
            cue(r"(?:i'll|i will) stay (?:clueless|ignorant|uninformed|in debt|poor)"),
        ],
        "fr": [
            cue(r"(?:meilleure?s?|plus \w+) ne m'interesse(?:nt)? pas"),
            cue(r"\((?:et )?(?:laisser|abandonner|decevoir)[^)\n]{0,40}\)"),
        ],
    },
    "fear": {
        "en": [
            cue(
                r"(?:die|dies|fail|fails|break|crash|stop working) (?:<W> )?without (?:warning|"
                r"notice)",
                0.8,
            ),
            cue(r"(?:don't|do not) lose (?:years|months|all) of", 0.5),
        ],
        "fr": [
            cue(
                r"(?:lachent|lache|tombent en panne|plantent|meurent) (?:<W> )?(?:sans prevenir|"
                r"sans crier gare)",
                0.8,
            ),
            cue(r"ne perdez pas (?:des annees|des mois|tout)", 0.5),
        ],
    },
    "guilt": {
        "en": [
            cue(r"(?:don't|do not) make (?:them|him|her|us) wait", 0.8),
            cue(r"can't you (?:spare|give|find)"),
            cue(r"(?:would|will) be (?:so |very |really )?(?:disappointed|hurt|sad|upset) if you"),
        ],
        "fr": [
            cue(r"ne (?:les|le|la|nous) (?:faites|fais) pas attendre", 0.8),
            cue(
                r"(?:vous ne pouvez|tu ne peux) (?:pas|meme pas) (?:donner|offrir|trouver|consacrer)"
            ),
            cue(
                r"serai(?:t|ent) (?:tellement |si |tres )?(?:decue?s?|triste|blesse\w*) si (?:vous|tu)"
            ),
        ],
    },
    "fomo": {
        "en": [cue(r"(?:are|is) ahead of you", 0.8), cue(r"catch up", 0.3)],
        "fr": [cue(r"(?:sont|est) en avance sur (?:vous|toi)", 0.8), cue(r"rattrapez", 0.3)],
    },
    "clickbait": {
        "en": [
            cue(r"(?:this|one) (?:tiny |small |little |simple )?change (?:made|turned|got)", 0.8),
            cue(r"overnight", 0.2),
            cue(r"(?:we|i) (?:messed|screwed) up|oops", 0.6),
        ],
        "fr": [
            cue(r"ce (?:petit |simple )?changement a (?:rendu|fait|transforme)", 0.8),
            cue(r"du jour au lendemain", 0.2),
            cue(r"on a fait une (?:betise|boulette|gaffe)|oups", 0.6),
        ],
    },
    "engagement_bait": {
        "en": [cue(r"double[- ]?tap (?:for|if)")],
        "fr": [cue(r"double[- ]?tap(?:e|ez)? (?:pour|si)")],
    },
    "forced_action": {
        "en": [
            cue(
                r"sign up (?:to|for) (?:our |the )?newsletter to (?:see|view|get|read|access|"
                r"download)"
            ),
            cue(r"(?:download|install) (?:the|our) app to (?:apply|use|redeem|claim|activate)"),
            cue(
                r"(?:enter|give|share) your (?:phone number|number|mobile) to (?:see|view|reveal|get"
                r"|unlock)",
                0.8,
            ),
        ],
        "fr": [
            cue(
                r"inscrivez-vous a (?:la|notre) newsletter pour (?:voir|lire|acceder|telecharger|"
                r"decouvrir)"
            ),
            cue(
                r"(?:telechargez|installez) (?:l'appli|l'application|notre appli\w*) pour utiliser"
            ),
            cue(
                r"(?:saisissez|indiquez|entrez|donnez) votre (?:numero(?: de telephone)?|adresse "
                r"e-?mail|e-?mail|mail) pour (?:voir|decouvrir|obtenir|debloquer|afficher)",
                0.8,
            ),
        ],
    },
    "exaggeration": {
        "en": [
            cue(
                r"(?:will|is going to|guaranteed to) make you (?:rich|a millionaire|famous|thin|"
                r"young)"
            )
        ],
        "fr": [cue(r"(?:va|vont) vous rendre (?:riche|millionnaire|celebre|mince)")],
    },
}
