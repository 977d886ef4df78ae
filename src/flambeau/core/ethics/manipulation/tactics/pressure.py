"""Time and stock pressure: false urgency, pressure scarcity and fear of missing out."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

_COMMERCE_EN = r"(?:offer|deal|sale|discount|price|prices|code|promo|promotion|bundle|voucher)"
_COMMERCE_FR = r"(?:offre|promo\w*|remise|reduction|soldes?|vente|prix|code|tarif|bon plan)"
_ITEMS_EN = (
    r"(?:spots?|places?|seats?|tickets?|items?|units?|pieces?|pairs?|rooms?|tables?|slots?|"
    r"copies|bottles?|boxes|kits?|bags?|passes|licen[cs]es|beds?|bikes?|sizes?|left|available)"
)

URGENCY = TacticSpec(
    info=TacticInfo(
        name="urgency",
        title="False urgency",
        description=(
            "Deadlines, countdowns and 'last chance' calls that push people to decide before "
            "they can think; a deadline stated calmly with its date is information, not pressure."
        ),
        basis="UCPD Annex I 7; FTC 'Bringing Dark Patterns to Light' (2022); Mathur et al. 2019",
        examples={
            "en": [
                ("LAST CHANCE! The sale ends tonight, hurry!", "The sale ends on 31 March."),
                ("Offer ends in 02:14:59 — act now!", "The offer is valid until Sunday 6 pm."),
            ],
            "fr": [
                (
                    "Dépêchez-vous, l'offre expire ce soir à minuit !",
                    "L'offre est valable jusqu'au 31 mars.",
                ),
                (
                    "Dernière chance : plus que quelques heures !",
                    "Les inscriptions ferment le 20 décembre.",
                ),
            ],
        },
    ),
    messages={
        "en": "False urgency: the wording rushes the reader instead of stating the deadline calmly.",
        "fr": "Urgence artificielle : le texte presse le lecteur au lieu d'indiquer calmement l'échéance.",
    },
    cues={
        "en": [
            cue(
                r"(?<!in\sa\s)(?<!no\s)(?<!no\sneed\sto\s)(?<!don.t\s)(?<!not\sto\s)hurry(?: up)?"
                r"(?! to (?:the|our))(?! (?:over|on over|along|down|back|round|home) to)"
            ),
            cue(r"last chance|last call|final call|final countdown|final hours?|last hours?"),
            cue(r"(?:last|final) day to (?:buy|book|save|order|grab|get|claim|shop)"),
            cue(
                r"(?:only|just) (?:<FEW>|hours|days|minutes) (?:more )?(?:hours?|days?|minutes?|hrs?|mins?)"
                r" (?:left|to go|remaining)"
            ),
            cue(r"(?:few|last) (?:hours?|minutes?|days?) (?:left|remaining|to go)"),
            cue(
                r"act (?:now|fast|quickly|today|immediately)|don't delay|(?:don't|do not) wait(?! for)"
            ),
            cue(
                r"what are you waiting for|before it's too late|now or never|time is running out|"
                r"running out of time|(?:the )?clock is ticking|tick[ -]tock"
            ),
            cue(r"(?:today|tonight) only|only (?:today|tonight)|one day only|24 hours only", 0.8),
            cue(
                r"(?:ends?|expires?|closes?|finishes|over|gone|disappears?|vanishes) "
                r"(?:tonight|at midnight|today|tomorrow|soon|in <N> ?(?:h|hrs?|hours?|min|mins|minutes?"
                r"|seconds?|secs?)|forever|for good)",
                0.7,
                None,
            ),
            cue(
                _COMMERCE_EN + r"[^.!?\n]{0,30}(?:ends?|expires?|disappears?|valid|over|gone|until)"
                r"[^.!?\n]{0,14}(?:tonight|at midnight|midnight tonight|today only)",
                0.7,
                None,
            ),
            cue(r"(?:ends?|expires?|closes?|left|remaining|in) <N>? ?\d{1,2} ?: ?\d{2} ?: ?\d{2}"),
            cue(r"\d{1,2} ?[:h] ?\d{2} ?[:m] ?\d{2} ?s?", 0.8),
            cue(r"countdown|timer", 0.5),
            cue(r"(?:for a )?limited[ -]time(?: only| offer| deal)?", 0.5),
            cue(r"(?:flash|lightning) (?:sale|deal)s?", 0.5),
            cue(r"(?:ends|ending) soon", 0.7),
            cue(
                r"prices? (?:go(?:es)? up|increases?|rises?|will (?:rise|go up|increase)|doubles?)"
                r" (?:tomorrow|tonight|at midnight|soon|next week|on \w+)",
                0.6,
                None,
            ),
            cue(
                r"(?:your )?(?:cart|basket|reservation|booking|seat|hold|bag|order) (?:is about to|will soon"
                r"|will|is going to) expire|(?:reserved|held) for (?:only |just )?<N> (?:minutes?|mins?)"
            ),
            cue(
                r"before someone else (?:grabs?|takes?|gets?|books?|buys?|snaps?) (?:it|them|yours)"
            ),
            cue(r"immediately|asap|right now", 0.3),
            cue(r"(?:in|within) the next <N> (?:hours?|minutes?|hrs?|mins?)", 0.7),
            cue(
                r"(?:book|order|buy|reserve|sign up|register|act|shop|apply|enrol|subscribe|pay)"
                r" (?:<W> )?(?:in|within) the next <N> (?:hours?|minutes?|hrs?|mins?)"
            ),
            cue(
                r"(?:about|going|set|soon) to (?:vanish|disappear|expire|end|go up|be gone)|will soon (?:vanish|disappear|expire|end)",
                0.8,
            ),
            cue(
                r"(?:use|claim|spend|redeem) it (?:<W> ){0,4}or lose it|or lose (?:it|your (?:spot|place|seat|discount|code))"
            ),
            cue(
                r"(?:only )?(?:held|reserved|saved|guaranteed) for (?:the next |only |just )?<N> (?:minutes?|mins?)"
            ),
            cue(
                r"(?:once|when) the (?:clock|timer|countdown) (?:hits|reaches|runs out|strikes|gets to)"
            ),
            cue(
                r"<N>[ -]?(?:hour|hr|h|day) (?:sale|deal|flash|offer|event)|(?:11|11:59) ?pm|23:59",
                0.5,
            ),
            cue(r"it's (?:all )?over|before (?:it|they|the \w+) (?:ends?|closes?|expires?)", 0.4),
            cue(
                r"(?:after that|afterwards|after which|then|otherwise|or else)(?: \S+){0,2} (?:it's|it is|they're) (?:gone|over|too late|back to full price)|or (?:you'll )?pay (?:double|more|full price|twice|the full price)",
                0.8,
            ),
            cue(
                r"(?:before|until|by) (?:midnight|tonight|the end of (?:today|the day)|close of business today|<N> ?(?:am|pm) today)",
                0.5,
                None,
            ),
            cue(r"don't sleep on (?:this|it|these)|move fast|be quick|quick,? before", 0.9),
            cue(r"no extensions?|won't be extended|will not be extended", 0.5),
            cue(r"(?:timer|countdown|clock)[^.!?\n]{0,30}\d{1,2} ?: ?\d{2}"),
            cue(
                r"(?:vanish|vanishes|disappears?|is gone|are gone|gone for good|released|goes back up)",
                0.5,
                None,
            ),
            cue(
                r"while (?:you (?:still )?can|it lasts|they last|there's still time)|unless you (?:pay|book|buy|order|act|confirm|check out)",
                0.7,
            ),
            cue(
                r"\d{1,2} ?(?:d|days?) ?\d{1,2} ?(?:h|hrs?|hours?) ?\d{1,2} ?(?:m|min|mins?)|\d{1,2} ?(?:h|hrs?) ?\d{1,2} ?(?:m|min|mins?) ?\d{1,2} ?(?:s|secs?)"
            ),
            cue(
                r"(?:in|within|for|during) the next <N> (?:hours?|hrs?|minutes?|mins?)|<N> (?:hours?|hrs?|minutes?|mins?|days?) only",
                0.8,
            ),
            cue(r"deal of the day|today's deal|daily deal|doorbuster", 0.4),
            cue(
                r"back to (?:the )?(?:normal|full|regular|usual) price|full price returns|prices? (?:go|goes) back up",
                0.5,
            ),
            cue(r"(?:won't|will not|never) (?:reopen|return|be repeated)", 0.6),
        ],
        "fr": [
            cue(
                r"(?:depechez|depeche|depechons)[ -]?(?:vous|toi|nous)|(?:faites|fais) vite|"
                r"(?:agissez|agis|foncez|fonce) (?:vite|maintenant|des maintenant|sans attendre"
                r"|aujourd'hui)"
            ),
            cue(r"vite ?!", 0.8),
            cue(r"foncez|fonce ?!", 0.7),
            cue(
                r"derniere chance|dernier appel|derniers? (?:jours?|heures?|instants?|minutes?)"
                r"|dernieres (?:heures|minutes)"
            ),
            cue(
                r"(?:plus que|il (?:ne )?reste (?:plus )?(?:que|seulement)|seulement|encore) <FEW> "
                r"(?:h|heures?|minutes?|jours?)(?: pour| avant)"
            ),
            cue(r"plus que (?:<FEW>|quelques) (?:h|heures?|minutes?|jours?)"),
            cue(
                r"<FEW> (?:h|heures?|jours?|minutes?) (?:seulement|uniquement|pour en profiter|chrono)",
                0.8,
            ),
            cue(
                r"(?:quand|une fois|lorsqu' ?)[^.!?\n]{0,30}(?:plus|parti|epuise)\w*,? (?:ce sera|c'est|il "
                r"sera) (?:fini|trop tard)"
            ),
            cue(
                r"(?:se termine|termine|fin|expire|finit|s'acheve|prend fin|disparait|disparaissent"
                r"|se terminent|ferme|cloture) (?:ce soir|a minuit|aujourd'hui|demain|bientot|dans <N>"
                r" ?(?:h|heures?|min|minutes?|secondes?)|pour toujours|definitivement)",
                0.7,
                None,
            ),
            cue(r"jusqu'a (?:ce soir|minuit)|ce soir (?:a )?minuit", 0.7, None),
            cue(
                _COMMERCE_FR + r"[^.!?\n]{0,30}(?:ce soir|a minuit|aujourd'hui seulement"
                r"|que aujourd'hui)",
                0.7,
                None,
            ),
            cue(r"(?:ce soir|minuit|aujourd.hui)(?: <W>)? (?:seulement|uniquement)"),
            cue(r"pas de prolongation|aucune prolongation|ne sera pas prolong\w*", 0.5),
            cue(
                r"(?:fin|expire|termine|se termine|reste|restent) (?:de l'offre )?(?:dans|en) "
                r"\d{1,2} ?: ?\d{2} ?: ?\d{2}"
            ),
            cue(r"\d{1,2} ?[:h] ?\d{2} ?[:m] ?\d{2} ?s?", 0.8),
            cue(
                r"(?:c'est )?maintenant ou jamais|le temps presse|avant qu'il ne soit trop tard"
                r"|ne tardez (?:pas|plus)|tic[ -]tac"
            ),
            cue(r"n'attendez (?:plus|pas)(?! (?:pour|de) nous)", 0.8),
            cue(r"compte a rebours|chrono", 0.5),
            cue(
                r"(?:aujourd'hui|ce soir) (?:seulement|uniquement)|(?:seulement|uniquement) "
                r"(?:aujourd'hui|ce soir)|un jour seulement|24 ?h seulement",
                0.8,
            ),
            cue(r"(?:pour une |a )?duree limitee|temps limite|offre limitee dans le temps", 0.5),
            cue(r"ventes? flash|offre eclair", 0.5),
            cue(
                r"(?:votre )?(?:panier|reservation|commande|place) (?:va|est sur le point d'|expire"
                r"|expirera)(?:expirer)?|(?:reserve|garde|bloque)e?s? (?:pendant|pour) (?:seulement )?"
                r"<N> ?min"
            ),
            cue(r"avant que (?:quelqu'un d'autre|d'autres|un autre)"),
            cue(
                r"les prix (?:augmentent|vont augmenter|grimpent|doublent|montent) (?:demain|ce soir"
                r"|a minuit|bientot|la semaine prochaine|le \w+)",
                0.6,
                None,
            ),
            cue(r"immediatement|tout de suite|des maintenant", 0.3),
            cue(r"dans les <N> prochaines (?:heures|minutes)", 0.7),
            cue(
                r"(?:reservez|commandez|achetez|inscrivez-vous|payez|souscrivez|profitez|validez)"
                r" (?:<W> )?dans les <N> prochaines (?:heures|minutes)"
            ),
            cue(
                r"(?:va|vont) (?:bientot |tres vite )?(?:disparaitre|expirer|se terminer|s'envoler|prendre fin)|(?:s'envole\w*|disparai\w*|expire\w*) bientot|bientot (?:termine|fini)e?s?",
                0.8,
            ),
            cue(
                r"ou (?:elle|il|vous la|vous le) (?:sera|perdrez|seront) (?:perdu|perdue|perdus|perdre)\w*|sinon (?:elle|il) (?:sera|est) perdu\w*"
            ),
            cue(
                r"(?:garanti|reserve|bloque|conserve)e?s? (?:que |seulement |uniquement |pendant |pour )+<N> ?(?:min|minutes?)"
            ),
            cue(
                r"quand le (?:compteur|chrono|compte a rebours|minuteur) (?:arrive|tombe|atteint|passe)"
            ),
            cue(r"(?:soldes?|vente|offre|promo) <N> ?h|23 ?h ?59|minuit pile", 0.5),
            cue(
                r"c'est (?:bientot )?fini|avant (?:la fin|la cloture|la rupture|qu'elle ne (?:se termine|disparaisse))",
                0.4,
            ),
            cue(
                r"sinon (?:vous )?(?:paierez|payerez|ce sera|c'est|il sera|perdrez|le prix)|(?:apres|ensuite|passe ce delai),? (?:ca |cela )?(?:c'est|ce sera|il sera) (?:fini|trop tard|termine)",
                0.8,
            ),
            cue(
                r"(?:avant|jusqu'a) (?:minuit|ce soir|la fin de la journee|<N> ?h(?: ?\d{2})? aujourd'hui)",
                0.5,
                None,
            ),
            cue(r"ne (?:trainez|traine|tardez|tarde) (?:pas|plus)|(?:^|[.!?] )vite ?[,!]"),
            cue(r"(?:chrono|minuteur|compte a rebours|compteur)[^.!?\n]{0,30}\d{1,2} ?: ?\d{2}"),
            cue(
                r"(?:disparait|disparaissent|s'envole\w*|expire\w*) (?:ce week-end|cette semaine|bientot|dans la nuit)",
                0.7,
                None,
            ),
            cue(
                r"(?:disparait|disparaissent|disparaitra|liberee?s?|remonte\w*|s'envole\w*)",
                0.5,
                None,
            ),
            cue(
                r"tant qu'il (?:est|en est) (?:encore )?temps|tant qu'il en reste|si vous ne (?:payez|reservez|commandez|validez|confirmez) pas",
                0.7,
            ),
            cue(
                r"qu'attendez-vous|qu'est-ce que vous attendez|qu'attends-tu|qu'est-ce que tu attends",
                0.8,
            ),
            cue(
                r"\d{1,2} ?(?:j|jours?) ?\d{1,2} ?h ?\d{1,2} ?(?:min|m)|\d{1,2} ?h ?\d{1,2} ?(?:min|m) ?\d{1,2} ?s"
            ),
            cue(
                r"(?:dans|pendant|durant) les <N> prochaines (?:heures|minutes)|<N> (?:heures?|h|minutes?|jours?) (?:seulement|uniquement)|(?:heures|minutes) seulement",
                0.8,
            ),
            cue(r"affaire du jour|bon plan du jour|offre du jour|deal du jour", 0.4),
            cue(
                r"retour au (?:prix|tarif) (?:normal|habituel|plein)|(?:les )?prix (?:remontent|reviennent a la normale)",
                0.5,
            ),
            cue(r"(?:^|[.!?] )vite ?[:!,]|(?:ne )?(?:dureront|durera|va durer|vont durer) pas"),
            cue(
                r"compte a rebours final|ne (?:rouvrira|rouvriront|reviendra|reviendront|se repetera) (?:pas|plus|jamais)",
                0.8,
            ),
        ],
    },
    guards={
        "en": [
            r"(?<!while\s)you can (?:always|take|come back|cancel|change|pause|return|book any)|feel free to"
            r"|no need to|take your time|there's no rush|no rush|survey|questionnaire|feedback|your opinion|your "
            r"views|vote"
        ],
        "fr": [
            r"(?:prenez (?:le|votre) temps|rien ne presse|pas de precipitation|questionnaire|sondage|votre avis|"
            r"vos retours|votez)"
        ],
    },
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

FOMO = TacticSpec(
    info=TacticInfo(
        name="fomo",
        title="Fear of missing out",
        description=(
            "Telling people they will be left behind, or that everyone else already has it, "
            "so that not buying feels like a loss rather than a choice."
        ),
        basis="UCPD Art. 8–9 (undue influence); DSA Art. 25; FTC dark patterns (2022)",
        examples={
            "en": [
                (
                    "Everyone is switching. Don't be the last one left behind!",
                    "Here is how switching works.",
                ),
                ("Don't miss out on the deal of the year!", "The spring sale runs until 30 April."),
            ],
            "fr": [
                (
                    "Ne passez pas à côté ! Tout le monde s'y est mis.",
                    "Voici comment fonctionne l'abonnement.",
                ),
                (
                    "Ne soyez pas le dernier à en profiter !",
                    "L'offre de printemps court jusqu'au 30 avril.",
                ),
            ],
        },
    ),
    messages={
        "en": "Fear of missing out: the text makes not buying feel like being left behind.",
        "fr": "Peur de rater quelque chose : le texte fait passer le refus pour une perte.",
    },
    cues={
        "en": [
            cue(
                r"(?:don't|do not|never) miss out|you're missing out|you are missing out"
                r"|(?:don't|do not) (?:be|get) left (?:behind|out)|left behind"
            ),
            cue(
                r"(?:don't|do not) miss (?:this|it|your chance|the chance|the boat|a thing|our)"
                r"|can't afford to miss|too good to miss|not to be missed",
                0.7,
            ),
            cue(r"(?:don't|do not) miss", 0.5),
            cue(
                r"(?:don't|do not) be the (?:last|only) (?:one|person)|the (?:only|last) one (?:without"
                r"|not|who hasn't)"
            ),
            cue(
                r"everyone(?:'s| is| else is| else's)? (?:already )?(?:switching|joining|moving|doing it"
                r"|on board|getting one|signing up|in on it|getting in)"
            ),
            cue(
                r"(?:all )?(?:your|their) (?:friends|neighbou?rs|colleagues|competitors|peers|rivals) "
                r"(?:are|have) (?:already )?(?:using|joined|switched|got|bought|signed up|on)"
            ),
            cue(
                r"(?:while|as) (?:others|everyone else|your (?:competitors|friends|neighbou?rs)) "
                r"(?:are|is) (?:already )?(?:enjoying|getting|profiting|saving|winning|growing)"
            ),
            cue(
                r"(?:only|reserved|exclusive(?:ly)?) (?:for|to) (?:the |a )?(?:chosen|lucky|select) "
                r"(?:few|ones)",
                0.8,
            ),
            cue(r"invitation[ -]only|by invitation only|members[ -]only", 0.4),
            cue(r"fomo", 0.7),
            cue(
                r"(?:you'll|you will|you) (?:never|not) (?:get|see|find|have) (?:this|another|a|such a)"
                r" (?:chance|opportunity|deal|price|offer) (?:again|like this)"
            ),
            cue(r"once[ -]in[ -]a[ -]lifetime", 0.6),
            cue(r"(?:join|jump on) the (?:movement|revolution|trend|hype|bandwagon)", 0.5),
            cue(
                r"everyone (?:will be|is going to be) there|(?:the )?(?:party|event|launch|sale) of the year",
                0.5,
            ),
            cue(
                r"(?:don't|do not) be the (?:one|person|only one) who|(?:won't|will not|never) (?:come|happen|come around|be back|be offered) again"
            ),
            cue(r"(?:or|and) (?:be )?the last (?:one )?to (?:get|have|know|find out|join)"),
            cue(r"join the (?:crowd|club|movement|thousands|millions|hype)", 0.6),
        ],
        "fr": [
            cue(
                r"(?:ne )?passez pas a cote|(?:ne )?(?:la|le|les) (?:ratez|manquez|loupez|rate|manque"
                r"|loupe) (?:surtout )?pas|ne restez pas (?:a l'ecart|sur le bord|en dehors|sur la "
                r"touche)"
            ),
            cue(
                r"ne (?:ratez|manquez|loupez|rate|manque|loupe) (?:surtout )?pas (?:ca|cette (?:offre|"
                r"occasion|chance|promo)|l'occasion|le coche|le train|votre chance)"
            ),
            cue(r"ne (?:ratez|manquez|loupez) (?:surtout )?pas", 0.5),
            cue(r"(?:ne )?(?:soyez|sois) pas (?:le|la) (?:dernier|derniere|seul|seule)"),
            cue(
                r"(?:tout le monde|tous vos (?:amis|voisins|collegues|concurrents)) (?:s'y est mis|s'y "
                r"met|est deja passe|y est deja passe|l'a deja|en profite deja|est deja|y passe)"
            ),
            cue(
                r"les autres en profitent (?:deja)?|(?:vos|tes) concurrents (?:l'utilisent|en profitent)"
                r" deja"
            ),
            cue(
                r"(?:reserve|reservee|reservees|reserves|destinee?s?) a (?:quelques|une poignee de) "
                r"(?:privilegies|chanceux|chanceuses|elus|happy few)",
                0.8,
            ),
            cue(r"sur invitation(?: uniquement| seulement)?|reserve aux membres", 0.4),
            cue(r"(?:vous allez|vous risquez de|tu vas) (?:tout )?rater", 0.8),
            cue(
                r"(?:une |cette )?occasion (?:en or |unique )?(?:a ne pas|qu'il ne faut pas) (?:manquer|"
                r"rater|louper)"
            ),
            cue(
                r"a ne pas (?:manquer|rater|louper)|occasion unique|une fois dans (?:une|sa) vie",
                0.6,
            ),
            cue(
                r"(?:vous ne|tu ne) (?:reverrez|retrouverez|reverras|retrouveras|verrez|verras) "
                r"(?:jamais|plus(?: jamais)?) (?:ca|un tel|une telle|cette|ce prix|pareil)"
            ),
            cue(
                r"(?:ne )?(?:laissez|laisse) pas passer (?:cette |ta |votre |l')?(?:chance|occasion|"
                r"offre)"
            ),
            cue(r"fomo", 0.7),
            cue(
                r"tout le monde (?:y sera|sera la|a deja le sien|a deja la sienne|l'a deja)|(?:la |le )?(?:soiree|evenement|fete|vente) de l'annee",
                0.6,
            ),
            cue(r"ne (?:la|le|les) (?:manquez|ratez|loupez) pas", 0.8),
            cue(
                r"(?:tous vos|toutes vos|vos|tes) (?:amis|amies|voisins|voisines|collegues|concurrents|proches|copains|copines) (?:sont|ont|l'ont|utilisent|en profitent|y sont)(?: \S+){0,2} deja|deja (?:sur la liste|inscrits)[^.!?\n]{0,20}et vous",
                1.0,
            ),
            cue(
                r"ne soyez pas (?:celui|celle|la personne|le seul|la seule) qui|ne se (?:representera|reproduira|renouvellera) (?:pas|plus|jamais)"
            ),
            cue(r"tout le monde (?:en )?profite(?: <W>)? deja|tout le monde y passe", 1.0),
            cue(
                r"(?:ou|et) (?:soyez |etre )?(?:le|la) (?:dernier|derniere) a (?:en avoir|l'avoir|le savoir|profiter|rejoindre)"
            ),
            cue(r"rejoignez le (?:mouvement|club|clan)|rejoignez les (?:milliers|millions)", 0.6),
            cue(r"(?:etre|soyez|rester|reste) (?:le seul|la seule|les seuls|les seules) a ne pas"),
        ],
    },
)

SPECS = [URGENCY, SCARCITY, FOMO]
