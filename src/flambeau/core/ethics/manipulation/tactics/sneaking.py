"""Sneaking: drip fees, items added to the basket, trials that silently renew."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

_FEE_KIND_EN = (
    r"(?:mandatory|compulsory|booking|service|processing|handling|admin|administration|convenience"
    r"|resort|cleaning|platform|transaction|facility|card|payment|order|small[ -]order|checkout)"
)
_FEE_KIND_FR = (
    r"(?:service|dossier|traitement|gestion|reservation|plateforme|menage|paiement|obligatoires?"
    r"|administratifs|carte|transaction|commande)"
)

SNEAKING = TacticSpec(
    info=TacticInfo(
        name="sneaking",
        title="Sneaking",
        description=(
            "Mandatory fees that appear only at checkout, items added to the basket, or a trial "
            "that silently turns into a paid plan; show the full price and the terms up front."
        ),
        basis="UCPD Art. 7 and Annex I 20; Consumer Rights Directive Art. 22; FTC dark patterns (2022)",
        examples={
            "en": [
                (
                    "Only $9.99!* (*plus service fee, processing fee and delivery)",
                    "Price: $39 for the base game. Shipping is calculated at checkout.",
                ),
                (
                    "Start your free trial now! (Renews at $49/month automatically.)",
                    "Try it free for 14 days. We'll remind you 3 days before the trial ends.",
                ),
            ],
            "fr": [
                (
                    "Seulement 9,99 €* (*hors frais de service et de livraison)",
                    "Participation de 12 €, remboursée dès 40 € d'achat.",
                ),
                (
                    "Essai gratuit ! (Abonnement de 29 €/mois activé automatiquement ensuite.)",
                    "Essai gratuit de 14 jours ; rien n'est prélevé sans votre accord.",
                ),
            ],
        },
    ),
    lexicon={
        "en": r"additional|extra fees?|fees?|surcharge|apply|applies|not included|excluded|until you cancel|by post|enrolled",
        "fr": r"supplementaires?|frais|supplement|s'appliquent|non inclus|non compris|jusqu'a resiliation|par courrier|inscription a",
    },
    messages={
        "en": "Sneaking: a cost or commitment is hidden; show the full price and renewal terms up front.",
        "fr": "Coût ou engagement dissimulé : affichez le prix total et les conditions de renouvellement.",
    },
    cues={
        "en": [
            cue(
                r"(?:plus|\+|excl\.?|excluding|excludes?|not including|does not include|doesn't include|"
                r"before|on top of)(?: \S+){0,3} (?:a |an |the )?(?:" + _FEE_KIND_EN + r"[ -])+"
                r"(?:fees?|charges?|surcharges?)"
            ),
            cue(
                r"(?:fees?|charges?|surcharges?) (?:will be |are |is |get |gets )?(?:added|applied|charged)"
                r"(?: <W>){0,2} (?:at|during|on|in) (?:the )?(?:checkout|payment|the till|the end|the last"
                r" step|final step|the final step|the next step)"
            ),
            cue(
                r"trial (?:<W> ){0,4}(?:converts?|turns?|becomes?|rolls?|switches?|upgrades?|continues?)"
                r"(?: <W>){0,2} (?:automatically )?(?:in)?to (?:a )?(?:paid|premium|monthly|annual|yearly|"
                r"full|pro)"
            ),
            cue(
                r"(?:renews?|renewal|rebills?|converts?|rolls? over|continues?|upgrades?|switches?|billed|"
                r"charged|bills?)(?: <W>){0,4} automatically|automatically (?:renews?|converts?|continues"
                r"|rolls over|upgrades|billed|charged|bills?|switches|renewed)|auto[ -]?renew\w*"
                r"|will be (?:automatically )?(?:charged|billed)(?: <W>){0,3} (?:after|once|when|at the end"
                r" of) (?:the |your )?(?:free )?trial|unless you cancel",
                0.7,
            ),
            cue(
                r"\((?=[^)]{0,60}(?:renews?|automatically|auto-renew|billed|charged|fees?)[^)]{0,60}\))<MARK>",
                0.5,
            ),
            cue(
                r"free[^.\n]{0,40}\([^)]{0,80}(?:billed|charged|renews?|per month|a month|/month|/week"
                r"|/mo)[^)]{0,80}\)"
            ),
            cue(
                _FEE_KIND_EN
                + r" (?:fees?|charges?)(?: and (?:<W> ){1,2})? (?:are |is )?(?:not included"
                r"|extra|excluded|payable (?:on arrival|at the property|locally|at checkout))"
            ),
            cue(r"until you (?:call|write to|phone|contact|visit) us", 0.5),
            cue(
                r"(?:we've|we have|we) (?:added|included|pre-?selected|ticked) (?:a |an |the )?(?:<W> ){0,3}"
                r"(?:to|in|into) your (?:cart|basket|order|bag|booking)|(?:pre-?ticked|pre-?checked|"
                r"pre-?selected|opted in by default|selected by default|ticked by default)"
            ),
            cue(
                r"(?:insurance|protection|donation|warranty|tip|gratuity|membership|subscription|priority "
                r"boarding|cover)(?: <W>){0,3} (?:has been|was|is|have been) (?:automatically )?(?:added|"
                r"pre-?selected)"
            ),
            cue(
                r"(?:cancel(?:lation)?|unsubscribe|opt[ -]out)(?: <W>){0,4} (?:by (?:post|phone|mail|letter"
                r"|fax|calling|registered \w+)|in (?:person|writing|store))(?: only)?|(?:by (?:phone|post|letter|fax|registered \w+)|in "
                r"writing|in person) only"
            ),
            cue(r"(?:free|gratis)[^.!?\n]{0,20}\*|\*+ ?(?:plus|\+|excl|fees?|conditions)", 0.4),
            cue(
                r"free (?:month|trial|week|period|days?)[^.]{0,80}[.!]? (?:after that|then|afterwards|once it ends)[^.]{0,40}(?:charged|billed|pay|renews?)"
            ),
            cue(
                r"(?:insurance|protection|donation|warranty|tip|gratuity|membership|subscription|cover)(?: \S+){0,3} (?:has been|was|have been) (?:automatically )?(?:added|pre-?selected)"
            ),
            cue(
                r"(?:fees?|charges?|surcharges?) (?:will )?(?:apply|applies|are applied|is applied|are added|is added) (?:<W> )?(?:at|on|during|when) (?:the )?(?:checkout|payment|booking|check-out)"
            ),
            cue(
                r"unless (?:you )?cancel\w*|converts? to (?:\S+ ){0,2}\S*(?:/ ?month|per month|a month|/mo|monthly|a year|/year)",
                0.7,
            ),
            cue(
                r"(?:by continuing|by clicking|by signing up|by tapping),? you agree (?:to )?(?:<W> ){0,5}(?:subscription|membership|plan|renewal|billing)"
            ),
            cue(
                r"(?:fee|charge|surcharge)(?: <W>){0,4} (?:has been|have been|was) (?:automatically )?added"
            ),
            cue(r"\*+(?= ?(?:billed|charged|renews?|auto-renews?|then))<MARK>", 0.5),
            cue(r"(?:billed|charged) (?:annually|yearly|upfront|in advance)", 0.4),
            cue(
                r"(?:we've|we have|we) (?:added|included|pre-?selected|ticked|pre-?checked) (?:a |an )?(?:<W> ){0,2}(?:tip|donation|insurance|fee|protection|warranty|subscription|membership|gratuity|charge)"
            ),
            cue(
                r"then (?:<W> ){0,2}\S*(?:/ ?month|per month|a month|/mo|/week|per week|/year)", 0.5
            ),
            cue(
                r"(?:plan|insurance|protection|warranty|donation|tip|cover|subscription) (?:has been |was )?added to your (?:cart|basket|order|booking|bag)|(?:uncheck|untick|deselect) (?:to|if)",
                0.8,
            ),
            cue(
                r"(?:fees?|charges?|surcharges?)(?: <W>){0,4} (?:added|applied|charged) (?:at|during|on|in) (?:the )?(?:checkout|payment|the till|booking)"
            ),
            cue(
                r"\(?[£$€]\d+(?:[.,]\d+)?\)? (?:has been |was )?added to your (?:order|basket|cart|booking|bag)"
            ),
            cue(
                r"\*+ ?(?:minimum|min\.|commitment|contract|fees?|charges?|handling|service|booking|admin|processing)",
                0.5,
            ),
            cue(
                r"(?:fees?|charges?)(?: <W>){0,4} (?:applies|apply) per (?:ticket|order|booking|person|night|item)",
                0.8,
            ),
            cue(
                r"(?:fees?|charges?)(?: <W>){0,4} (?:applies|apply) to (?:all|every|each) (?:orders?|bookings?|purchases?)",
                0.8,
            ),
            cue(
                r"trial (?:<W> ){0,3}(?:automatically )?(?:becomes?|turns into|converts? (?:in)?to|rolls (?:over )?into) (?:a |an )?(?:paid|premium|monthly|annual|yearly|full)"
            ),
            cue(
                r"(?:service charge|fee|surcharge)(?: <W>){0,3} (?:will be|is|are) added to (?:your|the) (?:bill|total|order)",
                0.8,
            ),
            cue(
                r"(?:fee|charge|surcharge|tax)(?: <W>){0,4} (?:will be|is|are) (?:charged|payable|collected|due) (?:at the property|on arrival|locally|at check-?in|on site)"
            ),
            cue(
                r"(?:is|are) free[^.]{0,20}(?:after that|afterwards|then|thereafter),? (?:we'll|we will|you'll be|you will be) (?:charge|bill|charged|billed)"
            ),
            cue(
                r"before (?:taxes and |tax and )?fees|(?:excluding|excl\.?) (?:taxes and )?fees",
                0.8,
            ),
            cue(
                r"(?:setup|set-up|activation|installation|connection|joining|admin|booking|service|cleaning) fee(?: <W>){0,5} (?:apply|applies)|(?:setup|activation|installation) fee",
                0.5,
            ),
        ],
        "fr": [
            cue(
                r"(?:hors|\+|plus|sans compter(?: les)?|non compris|n'inclut pas(?: les)?|ne comprend pas"
                r"(?: les)?|en sus des)(?: <W>){0,2} frais(?: <W>)? (?:de |d' ?)?" + _FEE_KIND_FR
            ),
            cue(
                r"frais (?:de |d' ?)?(?:<W> ){0,2}(?:ajoute|applique|preleve|facture|compte)\w* (?:au|lors "
                r"du|a l'etape du|a la (?:caisse|fin)|en fin de|a la validation)(?: <W>)?"
            ),
            cue(
                r"frais (?:de service|de dossier|de gestion|de traitement) (?:obligatoires?|en sus|en "
                r"supplement|non inclus)",
                0.8,
            ),
            cue(
                r"frais (?:de |d' ?)?(?:<W> ){0,2}(?:en sus|en supplement|non inclus|non compris|a regler sur "
                r"place|a payer sur place)"
            ),
            cue(
                r"essai (?:gratuit )?(?:<W> ){0,4}(?:se transforme|devient|bascule|se convertit|passe) "
                r"(?:<W> ){0,2}(?:en|vers|a) (?:un )?(?:abonnement|forfait|offre|formule) (?:payant|"
                r"premium|mensuel|annuel)"
            ),
            cue(
                r"(?:renouvel\w*|reconduit\w*|reconduction|prelevement|abonnement|bascule|converti\w*|"
                r"transform\w*|active\w*|facture\w*|preleve\w*)(?: <W>){0,4} automatiquement|"
                r"automatiquement (?:renouvele|reconduit|active|converti|preleve|facture|transforme)\w*"
                r"|tacite reconduction|reconduction tacite|(?:renouvellement|reconduction|prelevement) automatique",
                0.7,
            ),
            cue(
                r"\((?=[^)]{0,60}(?:automatique|renouvel|reconduction|preleve|factur|frais)[^)]{0,60}\))<MARK>",
                0.5,
            ),
            cue(
                r"(?:nous avons|on a|on vous a) (?:ajoute|inclus|coche|preselectionne) (?:<W> ){0,4}(?:a|"
                r"dans) votre (?:panier|commande|reservation)|(?:pre-?coche|precoche|preselectionne|coche "
                r"par defaut|cochee par defaut|active par defaut|selectionne par defaut)\w*"
            ),
            cue(
                r"(?:assurance|garantie|don|pourboire|protection|adhesion|option)(?: \S+){0,3} (?:a ete |"
                r"est )?(?:ajoute|preselectionne)\w* (?:automatiquement|par defaut|a votre panier|a votre "
                r"commande)"
            ),
            cue(
                r"resiliation(?: <W>){0,3} (?:uniquement |seulement )?(?:par (?:courrier|telephone|lettre "
                r"recommandee|fax)|en agence|sur place)|par (?:courrier|lettre recommandee|telephone) "
                r"(?:uniquement|seulement)"
            ),
            cue(
                r"(?:gratuit|offert)\w*[^.!?\n]{0,20}\*|\*+ ?(?:hors|\+|frais|sous conditions)", 0.4
            ),
            cue(
                r"(?:gratuit|offert)\w*[^.\n]{0,40}\([^)]{0,80}(?:factur|preleve|renouvel|par mois|/mois"
                r"|/semaine|par semaine)[^)]{0,80}\)"
            ),
            cue(
                r"(?:mois|essai|semaine|periode|jours?) (?:gratuit|offert)e?s?[^.]{0,80}[.!]? (?:ensuite|puis|apres|a l'issue|au-dela)[^.]{0,40}(?:preleve|facture|payant|renouvel)"
            ),
            cue(
                r"frais (?:<W> ){0,3}(?:seront |sont )?(?:ajoute|applique|preleve|facture)\w* (?:au|lors du|a l'etape du|a la caisse|en fin de)"
            ),
            cue(
                r"frais (?:\S+ ){0,5}(?:seront |sont )?(?:ajoute|applique|preleve|facture)\w* (?:au|lors du|a l'etape du|a la caisse|en fin de)"
            ),
            cue(
                r"sauf (?:resiliation|annulation|si vous (?:resiliez|annulez))|passe a (?:\S+ ){0,2}\S*(?:/ ?mois|par mois|/an|par an)",
                0.7,
            ),
            cue(
                r"(?:assurance|garantie|don|pourboire|protection|adhesion|option)(?: \S+){0,3} (?:a ete |est )(?:ajoute|preselectionne)\w* (?:a|dans) (?:votre|ta) (?:panier|commande|reservation|sejour|billet)"
            ),
            cue(
                r"(?:en continuant|en cliquant|en vous inscrivant|en validant),? vous acceptez (?:<W> ){0,5}(?:abonnement|adhesion|forfait|renouvellement|prelevement)"
            ),
            cue(r"frais(?: <W>){0,6} (?:a ete|ont ete|sont) (?:automatiquement )?ajoute\w*"),
            cue(r"(?:hors|\+|plus|sans compter)(?: <W>){0,3} frais (?:de |d' ?)" + _FEE_KIND_FR),
            cue(r"\*+(?= ?(?:factur\w*|preleve\w*|renouvel\w*|puis|ensuite))<MARK>", 0.5),
            cue(
                r"(?:factur|preleve)\w* (?:annuellement|une fois par an|d'avance|en une fois)", 0.4
            ),
            cue(
                r"(?:nous avons|on a|on vous a) (?:ajoute|inclus|coche|preselectionne) (?:un |une )?(?:<W> ){0,2}(?:pourboire|don|assurance|frais|protection|garantie|abonnement|adhesion)"
            ),
            cue(r"puis (?:<W> ){0,2}\S*(?:/ ?mois|par mois|/semaine|par semaine|/an|par an)", 0.5),
            cue(r"(?:decochez|decoche|desactivez) (?:pour|si)", 0.6),
            cue(
                r"frais (?:<W> ){0,8}(?:seront |sont )?(?:ajoute|applique|preleve|facture)\w* (?:au|lors du|a l'etape du|a la caisse|en fin de)"
            ),
            cue(
                r"\d+(?:[.,]\d+)? ?€\)? (?:a ete |ont ete )?ajoutee?s? (?:a|dans) votre (?:commande|panier|reservation)"
            ),
            cue(r"\*+(?= ?(?:engagement|minimum|frais|service))<MARK>", 0.5),
            cue(
                r"frais(?: <W>){0,5} s'appliquent a (?:toutes? les|chaque) (?:commandes?|reservations?|achats?)",
                0.8,
            ),
            cue(
                r"essai (?:<W> ){0,3}(?:devient|se transforme en|bascule en|passe en) (?:automatiquement )?(?:un |une )?(?:abonnement|adhesion|formule|offre|forfait) (?:payant|payante|premium|mensuel|annuel)\w*"
            ),
            cue(
                r"(?:service|frais|supplement)(?: <W>){0,3} (?:sera|seront|est|sont) ajoute\w* a (?:votre|la) (?:addition|note|facture|commande)",
                0.8,
            ),
            cue(
                r"frais(?: <W>){0,5} (?:seront|sont) (?:factures?|preleves?|a regler|payables?) (?:sur place|a l'arrivee|a l'hotel|a l'etablissement)"
            ),
            cue(
                r"(?:est|sont) offerte?s?[^.]{0,20}(?:ensuite|puis|apres),? (?:nous prelevons|nous facturons|vous serez preleve|vous serez facture)"
            ),
            cue(r"hors taxes et frais|hors frais(?! de port| de livraison)", 0.8),
            cue(
                r"frais (?:de |d' ?)?(?:<W> ){0,4}(?:par|/) ?(?:billet|commande|reservation|personne|nuit|article)",
                0.5,
            ),
            cue(
                r"frais (?:d'installation|d'activation|de mise en service|d'adhesion|de dossier|de raccordement)",
                0.5,
            ),
            cue(
                r"(?:assurance|garantie|protection|don|option)(?: <W>){0,2} (?:a ete|ont ete|est) ajoutee?s? pour (?:votre|vous)",
                0.8,
            ),
        ],
    },
    guards={
        "en": [
            r"remind|reminder|notify you|you can (?:cancel|pause|skip|switch it off|stop)|we'll (?:email|tell|let) you|cancel (?:any ?time|in one click"
            r"|with one click|online|in (?:two|2) clicks)|one[ -]click|nothing is charged|no charge "
            r"unless|no card|until you choose|you choose|opt in|no hidden"
        ],
        "fr": [
            r"rappel|vous previendr\w*|vous pouvez (?:l' ?)?(?:annuler|resilier|suspendre|arreter)|vous prevenons|previent|prevenir|rappeller\w*|resiliable|"
            r"en un clic|sans engagement|annulable|rien n'est preleve|sans carte|aucun prelevement|"
            r"vous choisissez|sans frais caches|a tout moment"
        ],
    },
    amplified=False,
    rewritable=False,
)
