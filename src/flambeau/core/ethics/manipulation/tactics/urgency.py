"""False urgency: deadlines, countdowns and 'last chance' calls that rush a decision."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

_COMMERCE_EN = r"(?:offer|deal|sale|discount|price|prices|code|promo|promotion|bundle|voucher)"
_COMMERCE_FR = r"(?:offre|promo\w*|remise|reduction|soldes?|vente|prix|code|tarif|bon plan)"

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
    lexicon={
        "en": r"tonight|midnight|countdown|deadline|tick-tock|expir(?:es|ing)|closing|ending|hurry|quick(?:ly)?|fast|soon|ultimate|window|blink|ticking|price drop|doors (?:shut|close)|final call|last call|next hour|act now|right now",
        "fr": r"ce soir|minuit|compte a rebours|echeance|tic-tac|expire\w*|se referme|se termine|ultime|vite|rapide(?:ment)?|bientot|fenetre|clignez|tourne|baisse de prix|fermeture des portes|dernier appel|dans l'heure|agissez|maintenant",
    },
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
                r"<N>[ -]?(?:hour|hr|h|day) (?:sale|deal|flash|offer|event)",
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
            cue(
                r"(?:expires?|ends?|closes?) (?:at|by) <N> ?(?:am|pm|h|o'clock)(?: sharp)?",
                0.5,
                None,
            ),
            cue(
                r"or (?:you'll )?(?:miss|lose) (?:it|out|this|your (?:<W> )?(?:discount|offer|seat|place|spot|deal|code))",
                0.8,
            ),
            cue(
                r"no exceptions|get in quick|quick ?!|be quick|before it disappears|before it's gone",
                0.6,
            ),
            cue(
                r"(?:reserved|held|saved|kept) for \d{1,2} ?: ?\d{2}|won't be (?:here|there|around|available) (?:tomorrow|for long|next week)",
                0.8,
            ),
            cue(
                r"(?:disappears?|vanish(?:es)?|expires?|goes|ends?) in <N> (?:hours?|hrs?|minutes?|mins?|days?)",
                0.7,
            ),
            cue(r"or pay (?:the )?(?:full|more|regular|normal) price", 0.8),
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
                r"derniere chance|dernier appel|derniers (?:jours|instants)|dernier jour (?:pour|de l'offre|des soldes)"
                r"|dernier(?:e)?s? (?:heures?|minutes?)"
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
            cue(r"dans les <N> (?:prochaines )?(?:heures|minutes)", 0.7),
            cue(r"dernier jour", 0.5),
            cue(
                r"(?:reservez|commandez|achetez|inscrivez-vous|payez|souscrivez|profitez|validez)"
                r" (?:<W> )?dans les <N> (?:prochaines )?(?:heures|minutes)"
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
            cue(r"(?:soldes?|vente|offre|promo) <N> ?h", 0.5),
            cue(r"23 ?h ?59|minuit pile", 0.3),
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
            cue(
                r"ou (?:vous )?(?:la |le |les )?(?:ratez|perdez|raterez|perdrez)|ou ratez-(?:la|le)|ou perdez-(?:la|le)",
                0.8,
            ),
            cue(
                r"sans exception|pile ?!|bientot expire\w*|expire bientot|avant qu'(?:il|elle) ne disparaisse",
                0.6,
            ),
            cue(
                r"reservee?s? (?:pendant|pour) \d{1,2} ?: ?\d{2}|ne sera (?:plus|pas) (?:la|disponible) demain",
                0.8,
            ),
            cue(
                r"(?:disparait|disparaissent|expire|expirent|se termine|prend fin) dans <N> (?:heures?|h|minutes?|min|jours?)",
                0.7,
            ),
            cue(r"ou payez (?:le )?(?:prix fort|plein tarif|plus cher)", 0.8),
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
