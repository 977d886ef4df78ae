"""Forced action: sign-up, app or sharing required before a price or the content."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

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
    r"browsing|watching|video|download|file|guide|answer|total|cost|costs|rates?|shipping|delivery|fees|wholesale)"
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
    r"| cet| cette| ce| la suite de)? ?(?:<W> )?(?:prix|tarifs?|offres?|promo\w*|code|codes|frais|livraison|reduction|remise|suite|"
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
    lexicon={
        "en": r"first|join|sign up|register|verify|log in|create an account|to see|to continue|to view|to access|before you can|unlock",
        "fr": r"d'abord|rejoignez|inscrivez-vous|verifiez|connectez-vous|creez un compte|pour voir|pour continuer|pour acceder|avant de pouvoir|debloquer",
    },
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
            cue(
                r"allow (?:location|contacts?|camera|tracking|cookies|notifications?)(?: access)? to (?:continue|proceed|use|see|view|access|read)"
            ),
            cue(
                r"(?:sign up|register|log in|create an account|join) to (?:see|find out|discover|reveal) what's (?:in|inside|on)"
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
            cue(
                r"autorisez (?:l'acces a )?(?:votre |vos |la |les )?(?:position|localisation|contacts|camera|notifications|cookies|suivi) pour (?:continuer|poursuivre|acceder|voir|utiliser|lire)"
            ),
            cue(
                r"(?:vous devez|il faut) (?:telecharger|installer) (?:l' ?|notre )(?:application|appli|app) pour (?:utiliser|profiter|acceder|voir|beneficier)"
            ),
            cue(
                r"(?:inscrivez-vous|connectez-vous|creez un compte|abonnez-vous) pour (?:voir|decouvrir|savoir) ce qu'il y a"
            ),
        ],
    },
    amplified=False,
    rewritable=False,
)
