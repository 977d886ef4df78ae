"""Structural cues: the shape of a pressure move, whatever the product or the words around it.

Gated rewards ("<do X> to unlock your coupon"), threats tied to a deadline ("pay within 20
minutes or lose your room"), price jumps after a date, decline buttons with a parenthetical
loss, invented crowds near the reader, curiosity gaps, loyalty threats. Merged into the tactic
specs in `__init__`, after `broad`.
"""

from __future__ import annotations

from flambeau.core.ethics.manipulation.spec import CueSpec, cue

_SOON_EN = r"(?:tonight|today|at midnight|this evening)"  # a calm deadline: needs tone
_COUNTDOWN_EN = r"in (?:<N>|a few) (?:hours?|minutes?|mins?|hrs?|h)"
_SOON_FR = r"(?:ce soir|aujourd'hui|a minuit)"
_COUNTDOWN_FR = r"dans (?:<N> ?|quelques )(?:heures?|minutes?|h|min)"
_ENDS_EN = (
    r"(?:ends?|ending|expires?|expiring|finishes|stops|disappears?|vanish(?:es)?"
    r"|goes away|is over|runs out|wraps up|switches off|gone|self-destructs?)"
)
_ENDS_FR = (
    r"(?:expire|expirent|se termine|se terminent|prend fin|finit|s'arrete|disparait|disparaissent"
    r"|s'acheve|c'est fini|s'envole|s'autodetrui\w*)"
)
_REWARD_EN = (
    r"(?:coupon|discount|code|price|prices|offer|deal|full version|menu|article|content|recipe|"
    r"rest|results?|gift|voucher|reward|size guide|download|pdf|guide|free trial|bonus|answer)"
)
_REWARD_FR = (
    r"(?:coupon|reduction|remise|code|prix|tarifs?|offre|version complete|menu|article|contenu|"
    r"recette|suite|resultats?|cadeau|bon|recompense|guide|telechargement|pdf|bonus|reponse)"
)
_GATE_EN = (
    r"(?:install|download|add|rate|review|follow|like|subscribe to|sign up for|join|share|"
    r"invite <FEW> friends|connect|enable|allow|turn on|log in with|sign in with|verify)"
)
_GATE_FR = (
    r"(?:installez|telechargez|ajoutez|notez|evaluez|suivez|likez|abonnez-vous a|"
    r"inscrivez-vous a|partagez|invitez <FEW> amis|connectez-vous avec|activez|autorisez|"
    r"verifiez|rejoignez)"
)
_MOCK_EN = (
    r"(?:the hard way|messy|a mess|chaos|paying (?:more|too much)|pay (?:more|too much)|"
    r"overpay\w*|full price|boring|ugly|worse|struggl\w+|suffer\w*|tired|stressed|mediocre|"
    r"broke|cold|hungry|alone|behind)"
)
_GOOD_EN = (
    r"(?:free \w+|to save|saving|savings|a discount|my discount|better \w+|more \w+|to grow|"
    r"to improve|to learn|to win|to succeed|to be happy|feeling better|to feel better|"
    r"sleeping better|looking good|getting fit|being healthy|extra \w+)"
)
_GOOD_FR = (
    r"(?:de la livraison gratuite|de livraison gratuite|de (?:ma |la |cette )?(?:reduction|remise)"
    r"|de cadeau|du cadeau|faire des economies|economiser|progresser|reussir|aller mieux|"
    r"gagner (?:plus|du temps)|etre (?:en forme|heureu\w+|mieux))"
)
_FEEL_FR = (
    r"(?:me sentir mieux|economiser|faire des economies|gagner du temps|progresser|reussir|"
    r"etre en forme|aller mieux|bien dormir|etre en securite|prendre soin de moi)"
)

STRUCTURE_CUES: dict[str, dict[str, list[CueSpec]]] = {
    "urgency": {
        "en": [
            cue(_ENDS_EN + r" " + _SOON_EN, 0.6),
            cue(_ENDS_EN + r" " + _COUNTDOWN_EN, 0.8),
            cue(_ENDS_EN + r" tomorrow", 0.6),
            cue(r"deal of the (?:day|hour|week)|today's deal|daily deal", 0.3),
            cue(r"limited[- ]time only|for a limited time only", 0.8),
            cue(r"limited[- ]time (?:offer|deal|sale|price|discount)|for a limited time", 0.6),
            cue(
                r"(?:offer|discount|deal|code|reward|coupon|voucher|gift|points|cart|basket|"
                r"reservation|booking|trial|price)(?: <W>)? (?:expires?|ends?|runs out|is ending|"
                r"disappears?) (?:very )?(?:soon|shortly)",
                0.8,
            ),
            cue(
                r"before (?:it|they|the offer|the deal|the code|the discount|the sale|your \w+) "
                r"(?:expires?|ends?|runs out|disappears?|is gone)",
                0.8,
            ),
            cue(
                r"order (?:within|in the next) <N> ?(?:hrs?|hours?|h|mins?|minutes?)(?: (?:and )?<N> ?"
                r"(?:mins?|minutes?))?",
                0.8,
            ),
            cue(
                r"(?:only|just) (?:available )?(?:this|for this|until this) (?:week|weekend|month)"
                r"|(?:this|the) (?:week|weekend) only",
                0.6,
            ),
            cue(
                r"(?:after that|afterwards|after (?:today|tonight|midnight|this|then)|from "
                r"(?:tomorrow|midnight)),? (?:the )?(?:price|prices|tickets?|it|fares?|rates?|"
                r"entry|cost) (?:jumps?|goes up|go up|rises?|increases?|doubles?|will cost|costs?|"
                r"climbs?|will be|is|goes to|moves? to)"
            ),
            cue(
                r"or (?:you'll |you will |you )?(?:lose|miss|forfeit)(?: out)? (?:it|your|the|this|"
                r"out|them|that)",
                0.8,
            ),
            cue(
                r"before (?:the )?(?:price|prices|rate|fare|cost)s? (?:changes?|goes up|go up|"
                r"rises?|increases?|jumps?|doubles?)",
                0.8,
            ),
        ],
        "fr": [
            cue(_ENDS_FR + r" " + _SOON_FR, 0.6),
            cue(_ENDS_FR + r" " + _COUNTDOWN_FR, 0.8),
            cue(_ENDS_FR + r" demain", 0.6),
            cue(r"(?:bon plan|offre|deal|promo|vente) du jour", 0.3),
            cue(r"pour une duree limitee seulement|duree limitee uniquement", 0.8),
            cue(r"(?:a|pour une|pendant une) duree limitee|limitee dans le temps", 0.6),
            cue(
                r"avant (?:qu'(?:il|elle|ils|elles) (?:n' ?)?(?:expire|disparaisse|se termine)\w*"
                r"|(?:la fin|l'expiration) de (?:l'offre|votre|la promo|la vente))",
                0.8,
            ),
            cue(r"commandez (?:dans les|d'ici|sous|avant) <N> ?h(?: ?<N> ?(?:min)?)?", 0.8),
            cue(
                r"(?:reservee?s?|garantie?s?) (?:pendant|pour|seulement|uniquement) <N> ?"
                r"(?:heures|h|minutes|min)",
                0.8,
            ),
            cue(
                r"(?:uniquement|seulement) (?:cette semaine|ce week-end|ce mois-ci)|(?:cette semaine"
                r"|ce week-end) (?:uniquement|seulement)",
                0.6,
            ),
            cue(
                r"ne (?:resteront|restera) pas (?:aussi bas|a ce prix|longtemps|eternellement)", 0.8
            ),
            cue(
                r"(?:ensuite|apres|passe ce delai|au-dela|des demain|apres minuit|apres quoi),? "
                r"(?:le |les |son |leur )?(?:prix|tarifs?|billets?|il|elle|l'entree) (?:passe|"
                r"passent|augmente|augmentent|grimpe|grimpent|double|doublent|sera|seront|coutera"
                r"|couteront|remonte|remontent)"
            ),
            cue(
                r"ou (?:vous )?(?:perdez|perdrez|ratez|raterez|manquez|manquerez|perdre|rater) "
                r"(?:votre|vos|le|la|les|cette|cet|ce|l' ?|tout)",
                0.8,
            ),
            cue(
                r"avant (?:que|qu') (?:le |les )?(?:prix|tarifs?) (?:ne )?(?:change|augmente|"
                r"remonte|grimpe|double)\w*",
                0.8,
            ),
        ],
    },
    "scarcity": {
        "en": [
            cue(r"low in stock|stock (?:is )?(?:getting |running )?low|(?:very )?few left", 0.6),
            cue(
                r"(?:only|just) (?:a )?(?:few|handful of|couple of) (?:seats?|spots?|places?|rooms?"
                r"|tickets?|tables?|units?|pieces?|items?|pairs?|left|remaining|available)",
                0.8,
            ),
            cue(
                r"(?:most|half|majority) (?:of them |of these )?(?:are |have been )?(?:already )?"
                r"(?:spoken for|claimed|reserved|snapped up|gone|taken)",
                0.8,
            ),
            cue(r"to avoid missing out|before you miss out|so you don't miss out", 0.4),
            cue(
                r"(?:likely|expected|bound|set|going) to sell out|(?:could|may|might|will) sell out"
                r"|(?:are|is) selling out",
                0.8,
            ),
        ],
        "fr": [
            cue(r"stock (?:faible|bas|reduit)|faible stock|(?:tres )?peu en stock", 0.6),
            cue(
                r"(?:il (?:ne )?(?:nous |vous )?reste|plus que|seulement) (?:tres )?peu de "
                r"(?:places?|billets?|chambres?|tables?|exemplaires|pieces|articles|stock|creneaux"
                r"|tailles)",
                0.8,
            ),
            cue(r"pour ne (?:pas|rien) (?:le |la |les )?(?:rater|manquer)", 0.4),
            cue(
                r"risque (?:d'epuisement|de rupture)|(?:pourrait|risque d' ?)etre (?:vite )?epuise\w*"
                r"|devrait (?:partir|s'epuiser|s'ecouler) (?:tres )?vite",
                0.8,
            ),
        ],
    },
    "social_proof": {
        "en": [
            cue(
                r"(?:trending|popular|selling fast|hot) (?:in|near) (?:your (?:area|city|town|"
                r"neighbou?rhood|region)|you)"
            ),
            cue(
                r"[a-z]+ (?:from|in) (?!(?:january|february|march|april|june|july|august|"
                r"september|october|november|december|the|a|our|your)(?![a-z]))[a-z]+ (?:just |"
                r"has |recently )?(?:saved|earned|won|lost|made|cut|doubled) (?:<N>|[£$€] ?<N>|"
                r"over|more than|almost|nearly)",
                0.8,
            ),
            cue(
                r"(?:booked|bought|chosen|ordered|reserved|picked|viewed|purchased|saved) by <N> "
                r"(?:other )?(?:travell?ers|people|guests|customers|shoppers|users|families|couples"
                r"|readers|members|others|buyers|visitors)"
            ),
            cue(
                r"(?:customers|shoppers|people|fans|everyone|buyers|parents|readers|our community)"
                r" (?:are |have been )?(?:going crazy|going wild|obsessed|raving|can't get enough|"
                r"snapping (?:it |them )?up|queu(?:e)?ing|lining up|fighting over)"
            ),
            cue(
                r"(?:people|customers|shoppers|everyone|fans) (?:are )?(?:loving|raving about|"
                r"adoring|hooked on) (?:this|it|these|them)",
                0.6,
            ),
            cue(
                r"<N> (?:people|others|customers|shoppers) (?:ahead of you|in the queue|in line|"
                r"waiting|on the waitlist)",
                0.8,
            ),
        ],
        "fr": [
            cue(
                r"(?:tendance|populaire|cartonne|star des ventes) (?:pres de chez (?:vous|toi)|"
                r"dans (?:votre|ta) (?:region|ville|quartier|zone))"
            ),
            cue(
                r"[a-z]+ (?:de|d') ?[a-z]+ (?:a|vient d' ?|vient de) ?(?:economise|gagne|perdu|"
                r"obtenu|empoche|double)\w* (?:<N>|plus de|pres de)",
                0.8,
            ),
            cue(
                r"(?:reserve|achete|choisi|commande|vu|adopte)e?s? par <N> (?:autres )?"
                r"(?:voyageurs|personnes|clients|clientes|utilisateurs|familles|membres|acheteurs|"
                r"visiteurs|lecteurs|couples)"
            ),
            cue(
                r"(?:nos |les )?(?:clients|clientes|fans|gens|acheteurs|francais|francaises|"
                r"parents|lectrices|lecteurs) (?:s'arrachent|s'arrache|raffolent|sont fous|sont "
                r"folles|sont accros|font la queue|se battent)"
            ),
            cue(
                r"<N> (?:personnes|autres|clients) (?:devant vous|dans la file|en attente|sur (?:la )?"
                r"liste d'attente)",
                0.8,
            ),
        ],
    },
    "confirmshaming": {
        "en": [
            cue(r"i (?:don't|do not) want " + _GOOD_EN),
            cue(r"(?:i'm|i am) not interested in " + _GOOD_EN),
            cue(r"(?:i'm|i am) (?:fine|ok|okay|happy|good) with (?:<W> ){0,2}" + _MOCK_EN),
            cue(
                r"\(and (?:miss|lose|forget|give up|pay more|waste|stay|keep)[^)\n]{0,40}\)"
                r"|\((?:the hard way|sadly|forever|like a loser)\)"
            ),
            cue(r"the hard way", 0.5),
            cue(r"i(?:'ll| will) (?:figure|work) it out (?:myself|on my own|alone)", 0.5),
        ],
        "fr": [
            cue(r"je ne veux pas " + _GOOD_FR),
            cue(
                r"je n'ai pas besoin (?:de|d') ?(?:la |une )?(?:reduction|remise|cadeau|economies|"
                r"livraison gratuite|promo|bon plan)"
            ),
            cue(_FEEL_FR + r" ne m'interesse pas"),
            cue(
                r"ca me va,? (?:<W> ){0,3}(?:desordre|bazar|fouillis|lent\w*|cher\w*|moche|stress"
                r"\w*|fatigue\w*|payer plus|plein tarif)"
            ),
            cue(
                r"\(et (?:rater|perdre|manquer|oublier|renoncer|payer plus|rester)[^)\n]{0,40}\)"
                r"|\((?:a la dure|a l'ancienne|tant pis|pour toujours)\)"
            ),
            cue(r"a la dure", 0.5),
            cue(r"je me debrouillerai (?:tout )?seule?", 0.5),
        ],
    },
    "fear": {
        "en": [
            cue(
                r"unprotected (?:<W> )?(?:devices|homes|phones|computers|accounts|sites|cars|"
                r"families|businesses|laptops|pipes) (?:fail|break|get|are|can|will|die)",
                0.8,
            ),
            cue(r"when you (?:least expect|can least afford) it", 0.5),
            cue(
                r"(?:is|are) (?:your|you) (?:<W> )?next\?|will (?:you|your \w+) be next\?|"
                r"(?:you|your \w+) could be next"
            ),
            cue(r"can happen to anyone|could happen to you|no one is safe", 0.5),
            cue(
                r"(?:could|can|will|might|may) (?:wreck|ruin|destroy|damage|cripple|devastate|"
                r"wipe out|sink) your|(?:don't|do not) let (?:<W> ){1,4}(?:ruin|wreck|spoil|"
                r"destroy) your",
                0.8,
            ),
            cue(
                r"(?:losing|lose|lost) (?:all )?(?:your|of your) (?:<W> ){0,4}(?:forever|for good"
                r"|for ever)|(?:leaving|cancell?ing|quitting|unsubscribing)(?: now)? means "
                r"(?:losing|giving up|saying goodbye)"
            ),
            cue(r"think again|not so fast", 0.4),
            cue(r"(?:you're|you are) about to lose", 0.8),
            cue(
                r"(?:you'll|you will|you're going to) lose your (?:<W> ){0,2}(?:discount|code|offer|"
                r"points|rewards?|perks|benefits|savings|spot|place|seat|cart|basket|status|streak)",
                0.8,
            ),
            cue(
                r"(?:unsubscribing|cancell?ing|leaving|opting out) (?:will|means you'll|means) (?:stop|"
                r"end|lose|cancel|forfeit)(?: <W>){0,3} (?:forever|for good|all)",
                0.8,
            ),
            cue(
                r"(?:think|believe|sure) (?:your|you're|you are) (?:<W> ){0,2}(?:is |are )?"
                r"(?:safe|secure|covered)\?",
                0.5,
            ),
        ],
        "fr": [
            cue(
                r"(?:appareils|maisons|comptes|telephones|ordinateurs|logements|voitures|"
                r"canalisations) non proteg\w+ (?:tombent|sont|peuvent|risquent|lachent)",
                0.8,
            ),
            cue(r"(?:quand|lorsque) vous vous y attendez le moins|au pire moment", 0.5),
            cue(
                r"sera-t-(?:elle|il) (?:la |le )?prochaine?|serez-vous (?:la |le )?prochaine?|"
                r"(?:vous|votre \w+) pourri(?:ez|ait) etre (?:la |le )?prochaine?"
            ),
            cue(r"peut (?:toucher|arriver a) (?:tout le monde|n'importe qui|chacun)", 0.5),
            cue(
                r"(?:peut|pourrait|risque de|va|vont) (?:ruiner|detruire|gacher|abimer|couler|"
                r"aneantir|briser|plomber) (?:votre|vos|ton|ta|tes)|ne laissez pas (?:<W> ){1,5}"
                r"(?:gacher|ruiner|detruire|abimer) (?:votre|vos)",
                0.8,
            ),
            cue(
                r"perdre (?:tous |toutes )?(?:vos|votre|tes|ton) (?:<W> ){0,4}(?:pour toujours|a "
                r"jamais|definitivement)|(?:partir|resilier|annuler|quitter)(?: maintenant)?,? "
                r"c'est perdre"
            ),
            cue(r"detrompez-vous|detrompe-toi|pas si vite", 0.4),
            cue(
                r"(?:vous perdrez|vous allez perdre|tu perdras|tu vas perdre) (?:votre|vos|ta|tes|ton) "
                r"(?:<W> ){0,2}(?:reduction|remise|code|offre|points|avantages|place|panier|statut)",
                0.8,
            ),
            cue(
                r"vous pensez que (?:vos|votre) (?:<W> ){1,3}(?:est|sont) (?:surs?|sures?|"
                r"proteg\w+|en securite)",
                0.5,
            ),
        ],
    },
    "guilt": {
        "en": [
            cue(r"(?:you've been|you're|you are|you keep) ignoring (?:us|me|our|your)"),
            cue(
                r"(?:is|are) (?:counting|relying|depending) on you|(?:don't|do not) (?:abandon|turn "
                r"your back on) (?:them|him|her|us|your)",
                0.8,
            ),
            cue(
                r"(?:can|could|would) you really (?:say no|refuse|walk away|ignore|look away|"
                r"scroll past|turn (?:them|away)|leave)"
            ),
            cue(
                r"(?:selfish|heartless|cruel|uncaring|irresponsible|careless) (?:person|parent|"
                r"people|friend|owner|mum|mom|dad|human)s? (?:would|could|will|skip|ignore)"
            ),
            cue(
                r"(?:don't|do not|never) (?:let|leave) (?:your |them |him |her |the |yourself)"
                r"(?:<W> ){0,2}down|let (?:them|him|her|yourself|your \w+(?: \w+)?) down"
            ),
        ],
        "fr": [
            cue(r"(?:vous nous|tu nous) ignore[sz]?"),
            cue(
                r"compte(?:nt)? sur (?:vous|toi)|ne (?:les|la|le|nous) (?:abandonnez|abandonne) pas"
                r"|ne (?:leur|lui|nous) tournez pas le dos",
                0.8,
            ),
            cue(
                r"(?:pouvez-vous|peux-tu|pourriez-vous|oserez-vous) vraiment (?:dire non|refuser|"
                r"ignorer|detourner|passer|partir|les laisser)"
            ),
            cue(
                r"(?:personnes?|parents?|gens|amis?|maitres?|proprietaires?) (?:egoistes?|sans "
                r"coeur|irresponsables?|indignes?)|egoistes? (?:passerait|passeraient|refuserait|"
                r"ignorerait)"
            ),
            cue(
                r"ne (?:decevez|decois) pas (?:vos|votre|ton|ta|tes)|ne (?:les|la|le|vous|te) "
                r"(?:laissez|laisse) pas tomber"
            ),
        ],
    },
    "fomo": {
        "en": [
            cue(r"(?:you're|you are) (?:about|going) to miss"),
            cue(r"(?:don't|do not) leave empty-?handed", 0.8),
            cue(
                r"(?:don't|do not) let (?:your|that|this) (?:cart|basket|bag|discount|code|points|"
                r"savings|offer) (?:go to waste|expire|slip away|go)",
                0.8,
            ),
            cue(
                r"(?:started|begun|begins|happening|going on|partying|celebrating|moving on) "
                r"without you",
                0.8,
            ),
        ],
        "fr": [
            cue(r"(?:vous etes|tu es) sur le point de (?:rater|manquer|passer a cote)"),
            cue(r"ne (?:repartez|pars|repars|partez) pas les mains vides", 0.8),
            cue(
                r"ne laissez pas (?:votre|vos|cette|ce) (?:panier|reduction|remise|code|points|offre)"
                r" (?:se perdre|expirer|filer|s'envoler|partir)",
                0.8,
            ),
            cue(
                r"(?:commence|commencee|a lieu|continue|se passe|avance|part|partent) sans "
                r"(?:vous|toi)",
                0.8,
            ),
        ],
    },
    "clickbait": {
        "en": [
            cue(r"(?:did|have) you (?:see|seen) (?:this|that|it)\?", 0.8),
            cue(
                r"\((?:it's not|it isn't|not what you think|hint|spoiler|open to|you'll|you will|"
                r"no,|wait)[^)\n]{0,40}\)",
                0.8,
            ),
            cue(r"open to (?:find out|see|discover|reveal)|find out inside|details inside"),
            cue(
                r"(?:we|i) (?:can't|cannot|still can't|couldn't) believe (?:we're|we are|we|i'm|"
                r"this|it|what)",
                0.8,
            ),
            cue(r"the (?:real )?reason (?:why )?(?:your|you|we|most|nobody)", 0.4),
        ],
        "fr": [
            cue(r"(?:vous avez|t'as|tu as|avez-vous|as-tu) vu (?:ca|cela|ceci) ?\?", 0.8),
            cue(
                r"\((?:ce n'est pas|c'est pas|ouvrez|indice|spoiler|vous allez|non,|attendez)"
                r"[^)\n]{0,40}\)",
                0.8,
            ),
            cue(
                r"ouvrez pour (?:savoir|decouvrir|voir)|(?:a decouvrir|details|tout savoir) a "
                r"l'interieur"
            ),
            cue(
                r"(?:on|je|nous) (?:n'arrive|n'arrivons|n'en revient|n'en reviens) (?:pas|toujours"
                r" pas) (?:a croire)?|on n'y croit pas",
                0.8,
            ),
            cue(r"la (?:vraie )?raison pour laquelle (?:votre|vous|vos|on|personne)", 0.4),
        ],
    },
    "engagement_bait": {
        "en": [
            cue(r"(?:save|bookmark) (?:this|the) (?:post|reel|video|pin|carousel)", 0.5),
            cue(
                r"share (?:it |this )?with (?:a|someone|your|every) (?:friend|mate|bestie|person|"
                r"one|bff)",
                0.6,
            ),
            cue(
                r"(?:vote|react|answer|reply|respond) (?:with|using) (?:an? )?(?:emojis?|a heart|"
                r"reactions?)"
            ),
            cue(
                r"(?:turn on|enable|hit|ring|smash) (?:the |post |those )?(?:notifications?|bell|"
                r"notifs?)(?: <W>){0,3} (?:so you|to never|and never|to not)"
            ),
            cue(r"follow (?:us|me) (?:and|&|\+) (?:turn on|like|share|comment|tag)", 0.6),
        ],
        "fr": [
            cue(
                r"(?:enregistre|enregistrez|sauvegarde|sauvegardez) (?:ce|cette) (?:post|"
                r"publication|reel|video|carrousel)",
                0.5,
            ),
            cue(
                r"partage(?:-le|-la|z-le|z-la|z)? (?:a|avec) (?:une? |ton |ta |tes |vos |votre )?"
                r"(?:amie?|pote|copine?|proche|personne)s?",
                0.6,
            ),
            cue(
                r"(?:votez|vote|reagis|reagissez|repondez|reponds) (?:avec|en) (?:les |un |une |"
                r"des )?(?:emojis?|emoticones?|coeurs?|reactions?)"
            ),
            cue(
                r"(?:active|activez|allume|allumez) (?:la cloche|les notifications?|les notifs)"
                r"(?: <W>){0,3} pour (?:ne rien rater|ne pas rater|ne jamais)"
            ),
            cue(
                r"(?:abonne-toi|abonnez-vous) et (?:active|activez|like|likez|partage|commente)",
                0.6,
            ),
        ],
    },
    "sneaking": {
        "en": [
            cue(
                r"auto-?renew(?:s|al)? at (?:the )?(?:standard|full|regular|normal|then-current)",
                0.8,
            ),
            cue(
                r"includes? (?:an |the |our )?optional \w+|optional (?:<W> ){0,3}(?:included|added)",
                0.8,
            ),
            cue(
                r"(?:prices?|rates?|fares?) (?:shown )?(?:exclude|excludes|do not include|don't include)"
                r" (?:<W> ){0,3}(?:fees|charges)",
                0.8,
            ),
            cue(
                r"(?:continues|renews|rolls over|carries on|is billed|bills?) (?:monthly |yearly |"
                r"annually |automatically |each month )?(?:after|at the end of|once) (?:the |your )?"
                r"(?:promotional|promo|trial|intro|introductory|free|first|discount)",
                0.8,
            ),
        ],
        "fr": [
            cue(
                r"renouvellement automatique au (?:tarif|prix) (?:normal|plein|standard|en vigueur)",
                0.8,
            ),
            cue(
                r"(?:continue|se poursuit|se renouvelle|est facture|reconduit)\w* (?:chaque mois |"
                r"automatiquement |tacitement |mensuellement )?(?:apres|a la fin de|a l'issue de) "
                r"(?:la |votre )?(?:periode|offre|essai|premiere)",
                0.8,
            ),
            cue(r"tacite reconduction|reconduction tacite", 0.6),
            cue(r"(?:optionnel(?:le)?|facultati(?:f|ve)) (?:inclus|incluse|ajoute|ajoutee)", 0.8),
            cue(
                r"decochez(?:-la|-le|-les)? pour (?:la |le |les )?(?:retirer|supprimer|enlever)",
                0.8,
            ),
        ],
    },
    "forced_action": {
        "en": [
            cue(
                _GATE_EN + r"(?: <W>){0,4} to (?:claim|unlock|get|receive|redeem|see|view|access|"
                r"download|read|activate|reveal)(?: <W>){0,2} (?:your |the |this |our |a )?"
                + _REWARD_EN
            ),
            cue(
                r"you (?:must|need to|have to) (?:subscribe|sign up|register|create|log in|sign in|"
                r"install|download|follow|share|accept|enable)(?: <W>){0,5} to",
                0.8,
            ),
            cue(
                r"(?:log|sign) in (?:with|using|via) (?:facebook|google|apple|instagram|your social"
                r"|tiktok)(?: <W>){0,2} to (?:continue|proceed|see|view|access|read|shop|get)",
                0.8,
            ),
        ],
        "fr": [
            cue(
                _GATE_FR
                + r"(?:-nous|-moi|-la|-le|-les)?(?: <W>){0,4} pour (?:obtenir|debloquer|recevoir|voir|acceder a|"
                r"telecharger|lire|activer|profiter de|decouvrir|reveler|beneficier de)(?: <W>){0,2}"
                r" (?:votre |le |la |les |ce |cette |notre |un |une |l' ?)?" + _REWARD_FR
            ),
            cue(
                r"(?:partage|partagez|like|likez|commente|commentez|suis|suivez|abonne-toi|"
                r"abonnez-vous) pour (?:debloquer|obtenir|gagner|recevoir|acceder)"
            ),
            cue(
                r"vous devez (?:vous abonner|vous inscrire|creer|vous connecter|installer|"
                r"telecharger|suivre|partager|accepter|activer)(?: <W>){0,5} pour",
                0.8,
            ),
            cue(
                r"connectez-vous (?:avec|via) (?:facebook|google|apple|instagram|tiktok)(?: <W>)"
                r"{0,2} pour (?:continuer|poursuivre|voir|acceder|lire)",
                0.8,
            ),
        ],
    },
    "exaggeration": {
        "en": [
            cue(
                r"<N> ?(?:x|times) (?:more|better|faster|stronger|cheaper) (?:<W> )?than (?:anything"
                r"|any other|everything|all|the rest|the competition)"
            ),
            cue(r"than anything else (?:on the market|out there)?|than any other", 0.5),
        ],
        "fr": [
            cue(
                r"<N> ?fois plus (?:<W> )?(?:que|qu') ?(?:tout|toutes?|les autres|n'importe|la "
                r"concurrence)"
            ),
            cue(r"que tout le reste|que tous les autres|que n'importe quel", 0.5),
            cue(
                r"(?:le )?(?:prix|tarif) le plus bas (?:garanti|du marche|de france)|(?:prix|tarif) "
                r"garanti le plus bas|meilleur prix garanti"
            ),
        ],
    },
}

STRUCTURE_GUARDS: dict[str, dict[str, list[str]]] = {
    # a stated opening window ("runs 12:00-16:00") is a schedule
    "urgency": {
        "en": [r"\d{1,2}[:.h]\d{2} ?(?:-|to|until) ?\d{1,2}[:.h]\d{2}"],
        "fr": [r"de \d{1,2} ?h(?:\d{2})? a \d{1,2} ?h|\d{1,2}[:h]\d{2} ?- ?\d{1,2}[:h]\d{2}"],
    },
    # a restock date given with the count informs
    "scarcity": {
        "en": [
            r"(?:we'll|we will) restock|restock(?:ing|ed)? (?:in|on|by|around)|back in stock (?:on|in|by)"
        ],
        "fr": [r"(?:nous )?reassort\w*|de retour en stock (?:le|sous|dans|d'ici)"],
    },
}
