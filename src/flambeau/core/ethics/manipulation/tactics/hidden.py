"""Costs and conditions kept out of sight: sneaking (drip fees, silent renewal) and forced action."""

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
                r"charged|bills?)(?: \S+){0,4} automatically|automatically (?:renews?|converts?|continues"
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
            cue(r"\*+ ?(?:billed|charged|renews?|auto-renews?|then)", 0.5),
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
                r"transform\w*|active\w*|facture\w*|preleve\w*)(?: \S+){0,4} automatiquement|"
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
            cue(r"\*+ ?(?:factur\w*|preleve\w*|renouvel\w*|puis|ensuite)", 0.5),
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
        ],
    },
    guards={
        "en": [
            r"remind|reminder|notify you|we'll (?:email|tell|let) you|cancel (?:any ?time|in one click"
            r"|with one click|online|in (?:two|2) clicks)|one[ -]click|nothing is charged|no charge "
            r"unless|no card|until you choose|you choose|opt in|no hidden"
        ],
        "fr": [
            r"rappel|vous previendr\w*|vous prevenons|previent|prevenir|rappeller\w*|resiliable|"
            r"en un clic|sans engagement|annulable|rien n'est preleve|sans carte|aucun prelevement|"
            r"vous choisissez|sans frais caches|a tout moment"
        ],
    },
    amplified=False,
    rewritable=False,
)

_GATE_EN = (
    r"(?:create|open|make|register|set up) (?:an |a |your )?(?:free )?account|sign up|register|log ?in"
    r"|sign in|subscribe|become a member|join|enter your (?:email|phone|number|details|e-mail)|give us "
    r"your (?:email|number)|share your (?:email|location|contacts)|(?:download|install|get) (?:our|the) "
    r"app|allow notifications|enable notifications|turn on notifications|accept (?:all )?cookies"
    r"|invite <FEW> (?:<W> )?(?:friends|people|contacts)|share (?:this|it)(?: with <FEW> friends)?"
)
_SEE_EN = (
    r"(?:see|view|reveal|unlock|access|read|continue|check|browse|find out|know|discover)"
    r"(?: the| our| your| all| this| today's| these)?(?: <W>)? (?:price|prices|pricing|offer|deal|discount|rest|full|article|"
    r"content|results?|menu|recipe|availability|details|this|page|site|shop|store|checkout|reading|"
    r"browsing|watching|video|download|file|guide|answer|total|cost|rates?)"
)
_GATE_FR = (
    r"(?:creez|cree|ouvrez|ouvre) (?:un |votre )?compte(?: gratuit)?|inscrivez-vous|inscris-toi"
    r"|connectez-vous|connecte-toi|identifiez-vous|abonnez-vous|abonne-toi|(?:telechargez|installez|"
    r"telecharge|installe) (?:l' ?|notre )(?:appli\w*|app)|acceptez (?:tous )?les cookies|(?:activez|"
    r"autorisez) les notifications|(?:laissez|entrez|renseignez|donnez)(?:-nous)? votre (?:e-?mail|"
    r"adresse|numero)|(?:invitez|parrainez|invite|parraine) <FEW> (?:amis|proches|personnes)"
    r"|partagez(?: ce post| cette publication| ceci)?"
)
_SEE_FR = (
    r"(?:voir|decouvrir|afficher|acceder|consulter|lire|connaitre|debloquer|continuer|poursuivre|"
    r"telecharger)(?: a| au| aux)?(?: le| les| la| l' ?| vos| votre| nos| notre"
    r"| cet| cette| ce| la suite de)? ?(?:<W> )?(?:prix|tarifs?|offres?|promo\w*|code|codes|reduction|remise|suite|"
    r"article|contenu|fiche|description|caracteristiques|paiement|resultats?|menu|recette|disponibilit\w*|details|site|boutique|panier|commande|"
    r"lecture|navigation|guide|video|montant|total|cout)"
)

FORCED_ACTION = TacticSpec(
    info=TacticInfo(
        name="forced_action",
        title="Forced action",
        description=(
            "Making people register, download an app, share or invite friends before they can see "
            "a price or continue; the basic information must be free to see."
        ),
        basis="DSA Art. 25; GDPR Art. 7(4); UCPD Art. 7 (material information); Mathur et al. 2019",
        examples={
            "en": [
                ("Create an account to see the price.", "Prices are listed on every product page."),
                (
                    "Download our app to continue reading.",
                    "The full article is below; the app is optional.",
                ),
            ],
            "fr": [
                (
                    "Créez un compte pour voir le prix.",
                    "Les prix sont affichés sur chaque fiche produit.",
                ),
                (
                    "Invitez 3 amis pour débloquer votre réduction.",
                    "Votre réduction s'applique directement au panier.",
                ),
            ],
        },
    ),
    messages={
        "en": "Forced action: people must sign up, download or share before they can see or continue.",
        "fr": "Action forcée : il faut s'inscrire, télécharger ou partager avant de voir ou continuer.",
    },
    cues={
        "en": [
            cue(
                r"(?:"
                + _GATE_EN
                + r")(?: <W>){0,3} (?:to|in order to|before you can|first to|and) "
                + _SEE_EN
            ),
            cue(
                r"(?:prices?|pricing|offers?|discounts?|deals?|rates|the rest of (?:the|this) article) (?:is"
                r" |are )?(?:only )?(?:available|visible|shown|revealed|unlocked) (?:only )?(?:to|for|after|"
                r"once you|when you|in) (?:members|subscribers|registered|logged-in|app users|the app|"
                r"sign(?:ing)? up|log(?:ging)? in|register\w*|create an account)"
            ),
            cue(
                r"(?:to continue|to proceed|to keep (?:reading|watching|browsing)|to see (?:the )?"
                r"(?:price|prices|results)),? (?:please )?(?:sign up|log in|create an account|download|"
                r"install|accept|allow|enable|subscribe|enter your|register|share)"
            ),
            cue(
                r"invite <FEW> (?:<W> )?(?:friends|people|contacts) (?:to|and) (?:unlock|get|continue|"
                r"access|see|claim|receive)|share (?:this )?(?:with <FEW> friends )?to (?:unlock|continue"
                r"|access|see|read|download)"
            ),
            cue(
                r"(?:you must|you need to|you have to|required to|mandatory to) (?:create an account|sign "
                r"up|download the app|install the app|accept (?:all )?cookies|share|subscribe|give (?:us"
                r" )?your|allow|enable|invite)",
                0.5,
            ),
            cue(
                r"to (?:see|view|access|get|read|unlock|check) (?:<W> ){0,4}(?:price|prices|list|menu|offer|rest|results?|deal|content|article|guide|catalog(?:ue)?|rates)(?: <W>){0,3},? (?:please )?(?:create|sign|log|register|download|install|enter|subscribe|join)"
            ),
            cue(
                r"(?:unlock|access|see|read|get|view|reveal) (?:<W> ){0,5}by (?:entering|giving|sharing|creating|signing|downloading|registering|inviting)"
            ),
            cue(
                r"(?:download|install|get) (?:our|the) app (?:to|in order to) (?:access|see|use|view|continue|open|read|unlock)"
            ),
            cue(
                r"(?:download|install) (?:our|the) app (?:to|in order to) (?:access|see|view|continue|open|read|unlock|use the)|(?:download|install) (?:our|the) app to get (?:access|your (?:ticket|tickets|order|booking|discount|code|voucher))"
            ),
            cue(
                r"to see (?:<W> ){0,3}(?:delivery|shipping|costs?|fees|total|availability|prices?)(?: <W>){0,2},? (?:please )?(?:sign up|log in|register|create an account|subscribe)"
            ),
            cue(
                r"(?:download|install) (?:our|the) app to (?:claim|redeem|get|unlock|use) (?:this|the|our|your) (?:offer|deal|discount|price|code|voucher)"
            ),
            cue(
                r"to (?:see|view|access|read|unlock|check) (?:<W> ){0,4}(?:review|story|post|details|report|recipe|results?|plan|score|quote|estimate|video|episode),? (?:please )?(?:create|sign|log|register|download|install|enter|subscribe|join)"
            ),
            cue(
                r"enter your (?:email|e-mail|phone|number)(?: address| number)? to (?:see|view|get|unlock|reveal|access) your (?:<W> )?(?:results?|plan|score|report|quote|estimate|personali[sz]ed|match|discount|code)"
            ),
        ],
        "fr": [
            cue(r"(?:" + _GATE_FR + r")(?: <W>){0,3} (?:pour|afin de|avant de|et) " + _SEE_FR),
            cue(
                r"(?:prix|tarifs?|offres?|promotions?|reductions?|la suite de l'article) (?:sont |est )?"
                r"(?:visible|affiche|disponible|reserve|accessible|devoile)e?s? (?:uniquement |seulement )?"
                r"(?:(?:aux|pour les|apres|une fois) (?:membres|abonnes|inscrits|connexion|inscription|"
                r"utilisateurs de l'appli\w*|connecte\w*|inscrit\w*)|(?:dans|sur) l'appli\w*)"
            ),
            cue(
                r"pour (?:continuer|poursuivre|acceder au site|lire la suite|voir (?:le |les )?(?:prix|"
                r"tarifs|resultats))(?: la lecture)?,? (?:veuillez |merci de )?(?:vous inscrire|vous "
                r"connecter|creer un compte|telecharger|installer|accepter|autoriser|activer|vous abonner|"
                r"entrer|renseigner|partager)"
            ),
            cue(
                r"(?:inscription|creation de compte|compte|application) obligatoire pour (?:voir|acceder|"
                r"consulter|afficher|connaitre|continuer|profiter)"
            ),
            cue(
                r"(?:vous devez|il faut|obligatoire de) (?:creer un compte|vous inscrire|telecharger "
                r"l'appli\w*|accepter (?:tous )?les cookies|partager|vous abonner|inviter)",
                0.5,
            ),
            cue(
                r"pour (?:voir|acceder a|consulter|debloquer|lire|obtenir) (?:<W> ){0,4}(?:prix|tarif\w*|grille|menu|offre|suite|resultats?|contenu|article|guide|catalogue)(?: <W>){0,3},? (?:veuillez |merci de )?(?:creez|creer|inscrivez|connectez|telechargez|installez|renseignez|entrez|abonnez|vous)"
            ),
            cue(
                r"(?:debloquez|accedez|consultez|lisez|voyez|obtenez|decouvrez) (?:<W> ){0,5}en (?:renseignant|donnant|partageant|creant|vous inscrivant|telechargeant|invitant|entrant|laissant)"
            ),
            cue(
                r"(?:telechargez|installez) (?:l' ?|notre |votre )(?:appli\w*|app) (?:pour|afin d' ?) ?(?:acceder|obtenir|voir|utiliser|continuer|ouvrir|lire|debloquer|recevoir)"
            ),
            cue(
                r"(?:veuillez|merci de|vous devez) (?:creer un compte|vous inscrire|vous connecter|telecharger l' ?(?:appli\w*|app))(?: <W>){0,2} (?:pour|afin de) (?:poursuivre|continuer|voir|acceder|finaliser|valider)"
            ),
            cue(
                r"(?:connectez-vous|inscrivez-vous|identifiez-vous) pour (?:voir|consulter|decouvrir) (?:la |le |les )?(?:carte|menu|tarif\w*|prix|offres?)"
            ),
            cue(
                r"pour voir (?:les |le |la )?(?:frais|cout\w*|total|tarif\w*|prix|disponibilit\w*)(?: <W>){0,3},? (?:inscrivez-vous|connectez-vous|creez un compte|abonnez-vous)"
            ),
            cue(
                r"(?:telechargez|installez) l' ?(?:application|appli|app) pour (?:profiter|beneficier) (?:de )?(?:cette|l' ?|nos|de l' ?|la) ?(?:offre|promo\w*|reduction|remise)"
            ),
            cue(
                r"(?:saisissez|indiquez|renseignez|entrez|laissez) votre (?:e-?mail|adresse|numero)(?: <W>)? pour (?:continuer|poursuivre|lire|voir|acceder|debloquer)"
            ),
            cue(
                r"(?:avant de pouvoir|pour pouvoir) (?:consulter|voir|acceder a|afficher|connaitre) (?:<W> )?(?:tarifs?|prix|offres?|disponibilit\w*|contenu|resultats?)",
                0.6,
            ),
            cue(
                r"pour (?:voir|lire|consulter|acceder a|debloquer) (?:<W> ){0,3}(?:test|avis|critique|recette|article|episode|video|resultats?|programme|devis|score)(?: <W>){0,2},? (?:veuillez |merci de )?(?:creez|inscrivez|connectez|telechargez|installez|renseignez|entrez|abonnez|saisissez)"
            ),
            cue(
                r"(?:saisissez|entrez|renseignez|indiquez) votre (?:adresse )?(?:e-?mail|numero) pour (?:voir|obtenir|debloquer|decouvrir|acceder a) (?:votre|vos|ton|tes) (?:<W> )?(?:resultats?|programme|plan|score|bilan|devis|code|reduction)"
            ),
        ],
    },
    amplified=False,
    rewritable=False,
)

SPECS = [SNEAKING, FORCED_ACTION]
