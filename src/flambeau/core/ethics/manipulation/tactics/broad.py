"""Broader cues per tactic, written by category of miss on new wording (not per sentence).

Each group names the structure it catches: countdown clocks, loss framing in the second
person, decline buttons that mock the reader, crowds counted in the present, fees that appear
late, actions demanded before content. They are merged into the tactic specs in `__init__`.
"""

from __future__ import annotations

from flambeau.core.ethics.manipulation.spec import CueSpec, cue

_CLOCK = r"(?:\d{1,2} ?: ?){1,2}\d{2}(?! ?(?:am|pm|h|uhr))"  # 14:59, 02:13:45 (not 10:30am)
_VALUE_EN = (
    r"(?:slow|boring|broke|behind|disorgani[sz]ed|stressed|tired|bored|confused|overwhelmed|"
    r"average|mediocre|poor|unprotected|ugly|unfit|out of shape|in the dark|invisible|lonely|"
    r"full price|paying more|overpaying|missing out|wasting (?:time|money)|clutter\w*|lazy|"
    r"stuck|unhealthy|unsafe|exposed|offline|forever)"
)
_VALUE_FR = (
    r"(?:mal organise|desorganise|fauche|en retard|stresse|fatigue|perdu|moyen|dans le flou|"
    r"invisible|lent|seul|plein tarif|plus cher|trop cher|a la traine|depasse|expose|"
    r"sans protection|en mauvaise forme|mal equipe|paresseu\w*|encombre|pour toujours)\w*"
)
_VALUED_EN = (
    r"(?:my )?(?:security|safety|health|privacy|savings|money|success|family|skin|data|future|"
    r"career|business|growth|wellbeing|well-being|kids|children|time)"
)
_VALUED_FR = (
    r"(?:la |ma |mon |mes )?(?:securite|sante|vie privee|reussite|protection|famille|peau|"
    r"donnees|avenir|carriere|entreprise|forme|bien-etre|enfants|economies|temps)"
    r"(?: de (?:mes|mon|ma) \w+)?"
)
_THINGS_EN = (
    r"(?:account|data|home|house|family|business|site|website|device|computer|laptop|phone|"
    r"skin|health|files|photos|money|savings|identity|car|kids|children|pets?|privacy|"
    r"passwords?|inbox|network|wifi|store|shop)"
)
_THINGS_FR = (
    r"(?:compte|donnees|maison|famille|entreprise|site|ordinateur|telephone|peau|sante|"
    r"fichiers|photos|argent|economies|identite|voiture|enfants|vie privee|logement|"
    r"mots de passe|boutique|reseau)"
)

BROAD_CUES: dict[str, dict[str, list[CueSpec]]] = {
    "urgency": {
        "en": [
            # a running clock: "expires in 14:59", "the timer is ticking"
            cue(r"(?:expires?|ends?|ending|closes?|closing|resets?|released?|gone) in " + _CLOCK),
            cue(
                r"(?:the )?(?:timer|countdown|clock) (?:is )?(?:running|ticking|on|has started)"
                r"|tick,? tock"
            ),
            cue(
                r"(?:prices?|rates?|fares?) (?:goes|go|will go|jumps?|jump|rises?|rise|increases?|"
                r"double|doubles|climbs?) (?:back )?(?:up )?(?:at midnight|tonight|tomorrow|"
                r"in <N> (?:hours?|minutes?|mins?|hrs?)|when the (?:timer|clock|countdown))"
            ),
            cue(
                r"to (?:keep|lock in|lock|hold|secure|save|grab) (?:this|these|the|your) "
                r"(?:prices?|rate|deal|discount|offer|spot|seat|fare|saving)s?",
                0.5,
            ),
            cue(r"(?:ending|ends|expires?|closing|closes|over) (?:very )?soon", 0.5),
            cue(r"(?:still )?time is running out|running out of time|clock's ticking"),
        ],
        "fr": [
            cue(
                r"(?:expire|expirent|se termine|se terminent|termine|prend fin|finit|disparait|"
                r"libere\w*|fin) dans " + _CLOCK
            ),
            cue(
                r"(?:le )?(?:chrono|chronometre|compte a rebours|minuteur|decompte) (?:est )?"
                r"(?:lance|tourne|defile|demarre|en cours)|le temps (?:presse|file|est compte)"
            ),
            cue(
                r"(?:les )?(?:prix|tarifs) (?:remontent|remonteront|augmentent|augmenteront|"
                r"grimpent|flambent|doublent) (?:demain|ce soir|a minuit|dans <N> "
                r"(?:heures?|minutes?|h|min))"
            ),
            cue(r"dans l'heure|dans les (?:<N> )?prochaines (?:heures|minutes)", 0.5),
            cue(
                r"pour (?:garder|bloquer|beneficier de|decrocher|saisir) "
                r"(?:ce|cet|cette|ces|le|la|les|votre|vos) (?:tarifs?|prix|offres?|remises?|"
                r"reductions?|promos?|places?|avantages?)",
                0.5,
            ),
            cue(r"(?:se termine|prend fin|expire) (?:tres )?(?:bientot|tres vite)", 0.5),
        ],
    },
    "scarcity": {
        "en": [
            cue(
                r"<N> ?% of (?:the |our |all )?(?:stock|inventory|seats|tickets|rooms|units|"
                r"places|spots|tables) (?:is |are |has been |have been )?(?:already )?"
                r"(?:sold|gone|claimed|booked|taken|reserved)"
            ),
            cue(
                r"(?:only|just) (?:a handful|a few|a couple|<N>) (?:of )?(?:units?|pieces?|"
                r"pairs?|items?|seats?|tickets?|rooms?|bottles?|copies|boxes|bags?|spots?|"
                r"places?|jars?|packs?) (?:made it|arrived|came in|were made|in stock|"
                r"up for grabs|to go|still available)"
            ),
            cue(r"(?:last|final) (?:batch|run|drop|shipment|restock|production run)", 0.5),
            cue(r"(?:we'll|we will) (?:ever|never again) (?:make|stock|sell|produce|brew)", 0.5),
            cue(r"first come,? first served|first-come,? first-served", 0.5),
        ],
        "fr": [
            cue(
                r"<N> ?% (?:du|des) (?:stock|places|billets|chambres|articles|tables|pieces) "
                r"(?:est |sont |a ete |ont ete )?(?:deja )?(?:vendu|parti|reserve|pris|ecoule)\w*"
            ),
            cue(r"premiers? arrives?,? premiers? servis?", 0.5),
            cue(r"(?:dernier|derniere) (?:lot|fournee|serie|arrivage|production|cuvee)", 0.5),
            cue(
                r"(?:nous n'en|on n'en|nous ne les|on ne les) (?:referons|refera|fera) (?:plus|pas)"
            ),
        ],
    },
    "social_proof": {
        "en": [
            cue(
                r"join (?:over |more than |the )?<N>\+? (?:<W> ){0,2}(?:who|that) "
                r"(?:have )?(?:already|switched|use|love|trust|made the switch)"
            ),
            cue(r"join (?:over |more than )?<N>\+? (?:other |happy |satisfied )?\w+", 0.5),
            cue(
                r"(?:who|that) (?:have )?already (?:switched|joined|signed up|upgraded|bought|"
                r"ordered|made the switch|trust us)",
                0.5,
            ),
            cue(
                r"(?:the whole|all of|all|everyone on|everybody on) (?:the )?(?:internet|"
                r"instagram|insta|tiktok|twitter|town|city|office|world|country|uk|london)"
                r" (?:is |are |'s )?(?:obsessed|talking|raving|going crazy|going wild|"
                r"can't stop|loves?|buzzing)"
            ),
            cue(
                r"(?:everyone|everybody|the internet|tiktok|instagram)(?:'s| is)? "
                r"(?:obsessed with|raving about|talking about|going crazy for|going wild for)"
            ),
        ],
        "fr": [
            cue(
                r"(?:reserve|achete|commande|vendu|vu|consulte|ajoute)e?s? <N> fois "
                r"(?:au cours|ces|dans|aujourd'hui|cette|depuis|en)"
            ),
            cue(
                r"(?:dont )?tout (?:instagram|insta|tiktok|internet|le web|paris|lyon|la ville|"
                r"le bureau|le quartier|le monde) (?:en )?(?:parle|est fan|s'arrache|adore|"
                r"raffole|est accro)"
            ),
            cue(
                r"(?:ils|elles|vous) (?:sont|etes) (?:deja )?(?:plus de )?<N> a (?:nous faire "
                r"confiance|l'avoir|l'utiliser|l'adopter|l'adorer|nous suivre|avoir (?:craque|"
                r"choisi|adopte))"
            ),
            cue(r"rejoignez-les|rejoins-les|rejoignez (?:les )?(?:plus de )?<N>", 0.5),
        ],
    },
    "confirmshaming": {
        "en": [
            cue(
                r"(?:i'll|i will|i'd rather|i would rather|i prefer to|let me|i'm happy to) "
                r"(?:just )?(?:stay|remain|keep being|keep|go on being|carry on being) "
                r"(?:<W> ){0,2}" + _VALUE_EN
            ),
            cue(
                r"i'm (?:fine|ok|okay|happy|good|content) (?:with|being|paying|staying|to stay|"
                r"to pay|to keep) (?:<W> ){0,3}" + _VALUE_EN
            ),
            cue(
                r"i (?:don't|do not) care about "
                + _VALUED_EN
                + r"|"
                + _VALUED_EN
                + r" (?:doesn't|does not|don't) (?:matter|interest) (?:to )?me"
            ),
            cue(
                r"i(?:'ll| will)? (?:give up|forfeit|pass on|throw away|waste|lose) (?:my|the|this)"
                r" (?:free )?(?:discount|gift|offer|bonus|savings?|reward|perk|deal|credit)"
            ),
            cue(
                r"(?:without|no) (?:protection|insurance|cover|security|backup|warranty)"
                r"(?: <W>){0,2} ?\(? ?(?:not recommended|risky|at your own risk)"
            ),
        ],
        "fr": [
            cue(
                r"(?:je|j') ?(?:renonce|abandonne|laisse tomber|dis non) (?:a )?(?:ma|mon|mes|"
                r"cette|cet|ce|l') ?(?:reduction|remise|cadeau|offre|avantage|bonus|code|promo|"
                r"economie|livraison gratuite|recompense|credit)\w*"
            ),
            cue(r"tant pis,? (?:je|j') ?(?:reste|prefere|paie|paye|continue|rate|passe|garde)"),
            cue(
                r"(?:je|j') ?(?:reste|resterai|prefere rester|continue a etre|veux rester) "
                r"(?:<W> ){0,2}" + _VALUE_FR
            ),
            cue(
                _VALUED_FR + r" ne m'interesse(?:nt)? pas|je me fiche (?:de|du|des) \w+"
                r"|(?:je ne veux|je n'ai) pas (?:besoin )?(?:de |d' ?)?(?:proteger|securiser)"
            ),
            cue(
                r"sans (?:protection|assurance|garantie|securite|sauvegarde|couverture)"
                r"(?: <W>){0,2} ?\(? ?(?:deconseille|non recommande|pas recommande|a vos risques)"
            ),
        ],
    },
    "fear": {
        "en": [
            cue(
                r"(?:could|can|will|might|may|would) cost you (?:<W> ){0,2}(?:<N>|[£$€] ?<N>|a "
                r"fortune|thousands|everything|dearly|your)",
                0.6,
            ),
            cue(
                r"without (?:this|our|the right|proper|a|any) (?:plan|cover|insurance|protection|"
                r"backup|policy|upgrade|warranty|antivirus|vpn)",
                0.5,
            ),
            cue(
                r"your " + _THINGS_EN + r"(?: <W>)? (?:is|are|may be|could be|might be) "
                r"(?:exposed|vulnerable|under attack|unprotected|under threat)"
            ),
            cue(
                r"your " + _THINGS_EN + r"(?: <W>)? (?:is|are|may be|could be|might be) "
                r"(?:at|in|not) (?:risk|danger|safe)"
            ),
            cue(r"are you (?:really |fully )?(?:protected|safe|covered|secure)\?", 0.5),
            cue(r"(?:every|each) <N> (?:seconds?|minutes?)", 0.4),
            cue(
                r"(?:you'll|you will|you're going to|you are going to|you'd|you would) lose "
                r"(?:all|every|everything|your)",
                0.6,
            ),
            cue(
                r"if you (?:leave|cancel|go|quit|unsubscribe|downgrade|close this)(?: now| today)?"
                r"|(?:leave|cancel|quit|unsubscribe) now",
                0.4,
            ),
            cue(
                r"(?:permanently|irreversibly) (?:deleted|lost|erased|gone)|(?:deleted|lost|gone) "
                r"(?:forever|for good)",
                0.6,
            ),
            cue(r"until it's too late|before it's too late|when it's too late"),
        ],
        "fr": [
            cue(
                r"(?:peut|pourrait|risque de|va) vous couter (?:<W> ){0,2}(?:<N>|cher|une fortune|"
                r"tres cher|des milliers|tout)",
                0.6,
            ),
            cue(
                r"sans (?:cette|cet|ce|notre|une|la bonne|un|aucune) (?:assurance|protection|"
                r"garantie|offre|option|sauvegarde|formule|couverture|antivirus)",
                0.5,
            ),
            cue(
                r"(?:votre|vos) " + _THINGS_FR + r"(?: <W>)? (?:est|sont|pourrait etre|"
                r"pourraient etre|peut etre|peuvent etre) (?:menace\w*|expose\w*|"
                r"vulnerable\w*|pirate\w*)"
            ),
            cue(
                r"(?:votre|vos) " + _THINGS_FR + r"(?: <W>)? (?:est|sont|pourrait etre|"
                r"pourraient etre|peut etre|peuvent etre) (?:en|a|non) (?:danger|risque|peril|"
                r"protege\w*)"
            ),
            cue(
                r"(?:etes-vous|es-tu|etes vous) (?:bien |vraiment )?(?:protege|couvert|"
                r"en securite)\w* ?\?",
                0.5,
            ),
            cue(r"(?:toutes les|chaque) <N> (?:secondes|minutes)", 0.4),
            cue(
                r"(?:vous allez|tu vas|vous risquez de|tu risques de) perdre (?:tous|toutes|tout|"
                r"vos|votre|l'acces)|vous perdrez (?:tous|toutes|tout|vos|votre)",
                0.6,
            ),
            cue(
                r"si vous (?:partez|resiliez|annulez|quittez|vous desabonnez|fermez)"
                r"(?: maintenant| aujourd'hui)?|(?:partez|resiliez|annulez) maintenant",
                0.4,
            ),
            cue(
                r"definitivement (?:supprime|perdu|efface)\w*|(?:supprime|perdu|efface)\w* "
                r"(?:a jamais|pour toujours|definitivement)",
                0.6,
            ),
            cue(r"(?:avant|jusqu'a ce) qu'il (?:ne )?(?:soit|fasse) trop tard"),
        ],
    },
    "guilt": {
        "en": [
            cue(
                r"deserves? (?:so much )?better than|(?:your|their) \w+ deserves? (?:so much )?better"
            ),
            cue(r"you (?:promised|swore to|told) (?:yourself|us)"),
            cue(
                r"(?:every|each) (?:cancellation|unsubscribe|refund|lost customer|goodbye)"
                r"(?: <W>){0,3} (?:really )?(?:hurts|costs us|breaks)|(?:hurts|breaks) (?:us|our "
                r"hearts?)"
            ),
            cue(
                r"after (?:everything|all) (?:that )?(?:we've|we have|we did|we) (?:done|given|"
                r"made|been through) for you"
            ),
            cue(r"leaving (?:us )?(?:already|so soon)\?|please (?:don't go|stay)\?", 0.6),
            cue(
                r"because you (?:scrolled|ignored|looked away|said no|clicked away|skipped|"
                r"walked away|closed)"
            ),
            cue(r"think of the (?:kids|children|animals|families|people)", 0.5),
        ],
        "fr": [
            cue(
                r"merite\w* (?:bien )?mieux (?:que|qu')|(?:votre|vos|leur|leurs|ton|ta|tes) \w+ "
                r"merite\w* (?:bien )?mieux"
            ),
            cue(r"(?:vous vous etiez|tu t'etais|vous vous etes|tu t'es) (?:promis|jure)"),
            cue(
                r"(?:chaque|chacun de vos|chacune de vos) (?:desabonnement|annulation|resiliation|"
                r"depart|remboursement)\w*(?: <W>){0,3} (?:nous )?(?:fait (?:tres |vraiment )?mal"
                r"|coute|brise)|nous (?:fait|font) (?:tres |vraiment )?mal|nous brise le coeur"
            ),
            cue(r"apres tout ce (?:qu'on|que nous|que l'on) (?:a |avons )?(?:fait|donne|partage)"),
            cue(
                r"(?:vous nous|tu nous) quitte[sz]? (?:deja|si vite)|restez,? s'il vous plait", 0.6
            ),
            cue(
                r"parce que (?:vous|tu) (?:avez|as) (?:ignore|fait defiler|dit non|detourne|"
                r"ferme|zappe)"
            ),
            cue(r"pensez aux (?:enfants|animaux|familles|personnes)", 0.5),
        ],
    },
    "fomo": {
        "en": [
            cue(
                r"(?:everyone|everybody|(?:all )?your (?:friends|colleagues|neighbours|neighbors|"
                r"competitors|peers|mates)|the others|the rest of us)(?: else)?(?:'s|'re| is| are)?"
                r" already (?:in|here|on board|inside|saving|using|enjoying|shopping|signed up|"
                r"wearing|loving|there|ahead|winning|booked|making|doing)"
            ),
            cue(r"(?:you're|you are) still waiting\?|still waiting\?|still on the fence\?", 0.6),
            cue(
                r"got (?:early|first|exclusive) access (?:yesterday|already|last night|first)", 0.6
            ),
            cue(r"(?:don't|do not) (?:sit (?:this|it) out|be left out|stay on the sidelines)"),
            cue(
                r"(?:you're|you are) (?:about to )?(?:missing out|going to miss out|one step from "
                r"missing)"
            ),
        ],
        "fr": [
            cue(
                r"(?:tout le monde|vos amis|tes amis|vos collegues|vos voisins|vos concurrents)"
                r" (?:<W> ){0,2}deja"
            ),
            cue(r"(?:vous attendez|tu attends) encore ?\?|qu'attendez-vous ?\?", 0.6),
            cue(
                r"ont (?:eu|deja eu) (?:l'acces|acces) (?:anticipe|en avant-premiere|prioritaire"
                r"|en premier)",
                0.6,
            ),
            cue(
                r"(?:vous allez|tu vas|vous risquez de|tu risques de|vous etes en train de) "
                r"(?:passer a cote|rater|manquer)"
            ),
            cue(
                r"ne (?:restez|reste) pas (?:sur la touche|a l'ecart|en dehors|sur le banc)"
                r"|ne soyez pas (?:le seul|la seule|le dernier|la derniere)"
            ),
        ],
    },
    "clickbait": {
        "en": [
            cue(
                r"(?:this|one|these) (?:one |1 |simple |weird |little |tiny |easy |strange |crazy "
                r"|genius |surprising )*(?:trick|hack|habit|routine|tip|method|rule|secret|thing)s? "
                r"(?:just |totally |completely )?(?:cut|cuts|saved|saves|changed|changes|doubled|"
                r"halved|transformed|made|will change|will save|fixed|fixes)"
            ),
            cue(r"we (?:need|have) to talk|we need to have a talk", 0.8),
            cue(r"(?:^|(?:subject|subject line) ?: ?)(?:re|fwd?) ?: ?", 0.8),
        ],
        "fr": [
            cue(
                r"cette (?:petite |simple |seule )?(?:astuce|technique|methode|habitude|routine) "
                r"(?:a |m'a |qui a |va |vous a )(?:divise|double|change|sauve|transforme|fait|"
                r"permis|revolutionne|bouleverse)"
            ),
            cue(r"il faut qu'on parle|on doit parler|nous devons parler|faut qu'on se parle", 0.8),
            cue(r"(?:^|objet ?: ?)(?:re|tr|fwd?) ?: ?", 0.8),
        ],
    },
    "engagement_bait": {
        "en": [
            cue(r"the more (?:you )?(?:share|shares|tag|tags|comment|comments),? the more"),
        ],
        "fr": [
            cue(
                r"(?:partage|partagez|reposte\w*|repartage\w*) (?:ce|cette|le|la|notre) (?:post|"
                r"publication|photo|video|story|reel|message)(?: <W>){0,3} (?:pour|et) "
                r"(?:participer|gagner|tenter|jouer|etre tire)"
            ),
            cue(
                r"plus (?:tu|vous) (?:partages|partagez|commentes|commentez|identifies|"
                r"identifiez),? plus"
            ),
        ],
    },
    "sneaking": {
        "en": [
            cue(
                r"(?:we've|we have|we) (?:automatically |also |kindly )?added (?!(?:a |your )?free)"
                r"(?:[^.!?\n]|\.(?=\d)){0,60}?to your (?:order|basket|cart|bag|booking|subscription|trip)",
                0.8,
            ),
            cue(
                r"(?:trial|plan|membership)(?: <W>){0,2} (?:rolls (?:over )?into|converts? "
                r"(?:automatically )?(?:to|into)|turns into|switches (?:to|into)|becomes) "
                r"(?:a |an )?(?:paid|<N>|[£$€] ?<N>|monthly|annual|yearly|premium|full)",
                0.8,
            ),
            cue(
                r"(?:resort|destination|facility|urban|amenity|cleaning|service|booking|handling|"
                r"admin|processing)(?: fee| fees| charge| charges)(?: <W>){0,5} (?:payable|due|"
                r"paid|collected|charged|added) (?:at|on|upon) (?:the )?(?:property|hotel|arrival|"
                r"check-in|venue|pickup|collection|checkout)"
            ),
            cue(
                r"by (?:continuing|clicking|proceeding|tapping)[^.!?\n]{0,20}?you (?:agree|accept|"
                r"consent) to (?:a |an |our )?(?:recurring|monthly|weekly|annual|automatic|"
                r"auto-?renew\w*|paid|premium|ongoing)"
            ),
        ],
        "fr": [
            cue(
                r"(?:nous avons|on a|nous vous avons) (?:automatiquement |aussi |egalement )?ajoute"
                r" (?!(?:un |une |votre )?(?:cadeau|gratuit))(?:[^.!?\n]|\.(?=\d)){0,60}?(?:a|dans) (?:votre|"
                r"ton) (?:panier|commande|reservation|abonnement|sejour)",
                0.8,
            ),
            cue(
                r"(?:essai|offre|abonnement)(?: <W>){0,2} (?:se transforme|se convertit|bascule|"
                r"passe automatiquement|devient) (?:en |vers |sur )?(?:un |une )?(?:abonnement|"
                r"offre payante|formule payante|payant|<N>)",
                0.8,
            ),
            cue(
                r"en (?:continuant|cliquant|poursuivant|validant)[^.!?\n]{0,20}?vous acceptez "
                r"(?:un|une|le|la|les) (?:\w+ )?(?:recurrent|mensuel|automatique|abonnement|"
                r"prelevement|don|renouvellement)"
            ),
        ],
    },
    "forced_action": {
        "en": [
            cue(
                r"to (?:continue|keep|start|carry on) (?:reading|watching|browsing|shopping|"
                r"listening|using|playing)[,;:-]? (?:please |you (?:must|need to|have to) )?"
                r"(?:enable|allow|turn on|accept|download|install|sign up|sign in|log in|register|"
                r"subscribe|create|share|verify|give|connect)"
            ),
            cue(
                r"(?:share|sync|upload|import|give us access to) (?:your |all your )?"
                r"(?:contacts|address book|phone book|camera roll|friends list)(?: <W>){0,2} to "
                r"(?:get|unlock|receive|claim|see|access|continue|redeem|use|activate)"
            ),
        ],
        "fr": [
            cue(
                r"(?:partagez|partage|synchronisez|importez|donnez acces a|autorisez l'acces a) "
                r"(?:vos |tes |votre |ton )?(?:contacts|carnet d'adresses|repertoire|photos)"
                r"(?: <W>){0,2} pour (?:obtenir|recevoir|debloquer|voir|acceder|continuer|"
                r"activer|profiter|beneficier)"
            ),
        ],
    },
}

BROAD_GUARDS: dict[str, dict[str, list[str]]] = {
    # a count dated from an opening or a year is a record, not a crowd pushing now
    "social_proof": {
        "en": [
            r"since (?:we (?:opened|launched|started)|(?:19|20)\d\d|(?:january|february|march|april|"
            r"may|june|july|august|september|october|november|december))"
        ],
        "fr": [
            r"depuis (?:son |notre |leur |l' ?)?(?:ouverture|lancement|creation)|depuis (?:19|20)\d\d"
        ],
    },
    # meters of the reader's own quota are information, not stock pressure
    "scarcity": {
        "en": [
            r"(?:storage|disk|drive|battery|inbox|mailbox|memory|quota|space)(?: <W>)? "
            r"(?:is )?<N> ?% full"
        ],
        "fr": [
            r"(?:stockage|disque|batterie|boite mail|memoire|quota|espace)(?: <W>)? "
            r"(?:plein|rempli)e? a <N> ?%"
        ],
    },
    # a stated grace period turns a deletion notice into a policy
    "fear": {
        "en": [r"(?:after|within|for) <N> (?:days|weeks|months)"],
        "fr": [r"(?:au bout de|apres|sous|pendant) <N> (?:jours|semaines|mois)"],
    },
}

# More hint words per tactic (see `lexicon` in TacticSpec): one counts with a pressing tone,
# two in one sentence count on their own.
BROAD_LEXICON: dict[str, dict[str, str]] = {
    "urgency": {
        "en": r"immediately|asap|rush|last days?|final (?:hours|days)|ends|ending soon|limited time|"
        r"don't wait|self-destruct\w*|on air|live now|reminder|expires?|timer|hours left|"
        r"minutes left|while it lasts|act (?:fast|quickly)",
        "fr": r"immediatement|tout de suite|derniers jours|dernier jour|dernieres heures|ferment|"
        r"finissent|se terminent|duree limitee|n'attendez pas|foncez|en direct|rappel|chrono|"
        r"minuteur|heures restantes|s'autodetrui\w*|faites vite|plus que \d+ ?h",
    },
    "scarcity": {
        "en": r"filling up|fill up|hardly any|barely any|one of a kind|that's it|won't last|"
        r"almost out|going fast|limited",
        "fr": r"se remplissent|se remplit|quasi plus|presque plus|piece unique|c'est termine|"
        r"c'est fini|limitee?s?|partent|epuise\w*|rupture",
    },
    "social_proof": {
        "en": r"joined|bought|grabbed|reviews?|rated|#1|no\. ?1|views|viewing|waitlist|switching|"
        r"be next|your turn|during the live|the office",
        "fr": r"ont rejoint|l'ont achete|avis|etoiles|elue?s?|n°1|vues|liste d'attente|"
        r"passe a|passent a|a votre tour|le bureau|pendant le live",
    },
    "confirmshaming": {
        "en": r"i'll stay|i don't care|i'm good with|i'm fine|i enjoy|dull|ugly|i'll keep my|"
        r"decline|thanks but no",
        "fr": r"je garde|je reste|m'est egale?|ca me va|j'adore|terne|moche|refuser|tant pis",
    },
    "fear": {
        "en": r"anyone can|run out of|protect yourself|break-in|burglar\w*|exposed|"
        r"vulnerable|too late|ignore this|taken by",
        "fr": r"n'importe qui|manquer d'argent|protegez-vous|cambriolage|expose\w*|vulnerable\w*|"
        r"trop tard|ignorez|pris par|perdez",
    },
    "guilt": {
        "en": r"begging|again\?|good host|good parents?|served you well|the same from you|you owe|"
        r"let down|neglect\w*",
        "fr": r"reclame\w*|encore|bon hote|bonne mere|bon pere|vous a bien servi|la meme chose|"
        r"vous devez bien|decevoir",
    },
    "fomo": {
        "en": r"everyone's|everyone is|are you\?|will you be|one of them|the last to know|"
        r"full of people|next drop|don't be",
        "fr": r"et vous ?\?|en ferez-vous partie|le dernier|la derniere|rempli de gens|prochain drop|"
        r"ne soyez pas|y va|y vont",
    },
    "clickbait": {
        "en": r"shocked|stop doing|the mistake|are you one|what happened|tried this|here's why|"
        r"the reason",
        "fr": r"choquee?s?|arretez|l'erreur|en faites-vous partie|j'ai teste|voici pourquoi|la raison",
    },
    "engagement_bait": {
        "en": r"reply with|tell us your|like if|share if|tag the|comment your|drop your|we'll pick|"
        r"who still",
        "fr": r"reponds avec|dis-nous|like si|partage si|tague|commente ton|on choisit|qui te doit",
    },
    "sneaking": {
        "en": r"charged|final page|last page|auto-?upgrades?|automatically|unless you opt out|"
        r"pre-?ticked|pre-?selected|per booking",
        "fr": r"factures?|derniere page|automatiquement|sauf si vous refusez|sauf refus|"
        r"pre-?coche\w*|preselectionne\w*|par reservation",
    },
    "forced_action": {
        "en": r"members only|visible to|download|the app|our app|follow our|to get the|to read",
        "fr": r"membres uniquement|visibles? par|telechargez|l'application|notre application|"
        r"abonnez-vous|pour recevoir|pour lire",
    },
    "exaggeration": {
        "en": r"softest|nobody can match|no one can match|instantly|years younger|"
        r"clinically proven|of all time|world's|on earth|in history",
        "fr": r"plus douces?|que l'humanite|personne ne peut egaler|instantanement|rajeuni\w*|"
        r"cliniquement prouve|de tous les temps|au monde|sur terre|de l'histoire",
    },
}
