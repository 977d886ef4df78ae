"""Confirmshaming: refusals and taunts that shame the reader for saying no."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

_SELF_EN = (
    r"(?:pay(?:ing)? (?:full|more|extra|the full|twice|too much)|full price|miss(?:ing)? out|miss"
    r"(?:ing)? (?:this|the|great|good)|los(?:e|ing) (?:money|out)|wast(?:e|ing)|overpay|the hard way"
    r"|stay(?:ing)? (?:tired|broke|stressed|unhealthy|behind|average|ugly|single|stuck|poor|bored|disorgani[sz]ed"
    r"|lonely|confused|overwhelmed|invisible|ordinary|uninformed|unfit|unhappy|overweight)"
    r"|be(?:ing)? (?:broke|behind|average|boring|unhealthy|unfit|stressed|left out|a loser|poor)"
    r"|sav(?:e|ing)|money|deals?|discounts?|free (?:stuff|things|shipping|gifts?)|better|succe\w+"
    r"|grow\w*|win\w*|improv\w*|health\w*|glow\w*|smart\w*|rewards?|perks?|offers?|bargains?"
    r"|bad (?:skin|hair|coffee|food)|fun|happy|happiness|learn\w*|earn\w*|the best|more for less"
    r"|(?:my |a |an )?(?:boring|slow|ugly|dull|outdated|mediocre|bland|stale|worse|bad|poor)"
    r" (?:<W> )?(?:\w+)?)"
)
_SELF_FR = (
    r"(?:pa(?:y|i)\w* (?:le |plus |encore )?(?:plein (?:tarif|pot|prix)|prix fort|plus cher|davantage"
    r"|trop|deux fois)|plein tarif|prix fort|rater|manquer|passer a cote|louper|perdre|gaspiller"
    r"|rester (?:fatigue|fauche|stresse|seul|en retard|a la traine|moyen|dans mon coin|pauvre|desorganise"
    r"|perdu|invisible|deborde|mal informe|ignorant)\w*"
    r"|economi\w+|bonnes? affaires?|reductions?|promos?|cadeaux?|gratuit\w*|reussi\w*|progresser"
    r"|gagner|profiter|ma sante|ma peau|mon argent|avantages?|le meilleur|etre heureu\w*|apprendre"
    r"|plus pour moins|(?:<W> ){1,3}(?:ennuyeu|lent|moche|nul|vieu|fade|terne|mediocre|triste|pourri)\w*)"
)

CONFIRMSHAMING = TacticSpec(
    info=TacticInfo(
        name="confirmshaming",
        title="Confirmshaming",
        description=(
            "Refusal options and taunts that shame the reader for saying no ('No thanks, I prefer "
            "paying full price'); a plain 'No thanks' respects the choice."
        ),
        basis="UCPD Art. 8–9 (aggressive practices); DSA Art. 25; FTC dark patterns (2022)",
        examples={
            "en": [
                ("No thanks, I prefer paying full price.", "No thanks"),
                (
                    "You'd be crazy to say no to this.",
                    "Not for you? That's fine — see you next time.",
                ),
            ],
            "fr": [
                ("Non merci, je préfère payer plein tarif.", "Non merci"),
                (
                    "Vous allez vraiment laisser passer ça ?",
                    "Pas pour vous ? Aucun souci, à bientôt.",
                ),
            ],
        },
    ),
    lexicon={
        "en": r"no thanks|nah|nope|i'll keep|i prefer|i'd rather|struggl\w*|suffer\w*|overpay\w*|wast\w+|boring|broke|stuck|lonely|miserable|the hard way|on my own|(?:aren't|isn't|not) for me|bargains|savings",
        "fr": r"non merci|bof|je prefere|je vais continuer|galer\w*|souffrir|payer trop|gaspill\w*|ennuyeu\w*|fauche|coince|seul|la galere|pas pour moi|bonnes affaires|economies",
    },
    messages={
        "en": "Confirmshaming: saying no is framed as foolish; offer a neutral way to decline.",
        "fr": "Culpabilisation du refus : proposez une façon neutre de dire non.",
    },
    cues={
        "en": [
            cue(
                r"(?:no(?:,? thanks?| thank you| way|,)|nope|nah|not (?:today|now)|i'll pass|skip)"
                r" ?[,.!:;-]* ?i(?:'d|'m|'ll| would| am| will)?(?: \w+| don't| do not){0,4}? "
                + _SELF_EN
                + r"[^.!?\n]{0,30}",
                1.0,
                "No thanks",
            ),
            cue(
                r"(?:no(?:,? thanks?| thank you|,)|nope|nah) ?[,.!:;-]* ?my (?:health|skin|money|future|career"
                r"|family|savings|comfort|business|success) (?:doesn't|does not|isn't|can wait|is not)"
                r"[^.!?\n]{0,30}",
                1.0,
                "No thanks",
            ),
            cue(
                r"i(?:'d| would)? (?:rather|prefer|like|love|enjoy|am happy|'m happy|'m fine|am fine) "
                r"(?:to )?(?:pay(?:ing)? full price|pay(?:ing)? more|miss(?:ing)? out|overpay\w*|los"
                r"(?:e|ing) money|stay(?:ing)? (?:\w+)|wast\w+ money)"
            ),
            cue(
                r"i (?:don't|do not) (?:want|like|care about|need) (?:to )?(?:sav(?:e|ing)|deals|"
                r"discounts|my (?:health|money|family|skin|business)|free (?:stuff|shipping|things)|better"
                r" results|success|winning|grow\w*|to grow|to learn|to improve|a discount|cheaper)"
            ),
            cue(
                r"(?:you'd|you would|you're|you are|you'll|you will|you'd have to) (?:be )?(?:crazy|mad|"
                r"insane|foolish|nuts|stupid|an idiot|a fool|out of your mind) (?:to|not to|if)"
            ),
            cue(
                r"(?:are you|you're|you are) (?:really|seriously|honestly|actually) (?:going to|gonna|"
                r"about to|willing to|happy to|ok(?:ay)? with|fine with|going to let) (?:<W> )?(?:miss"
                r"|pass|say no|ignore|walk away|let|skip|lose|turn (?:this )?down|leave|waste)"
            ),
            cue(
                r"(?:do|would|will) you (?:really|seriously) (?:want to )?(?:miss|pass|say no|ignore|walk "
                r"away|lose|turn (?:this )?down|skip)"
            ),
            cue(r"only (?:a |an )?(?:fool|idiot|amateur|loser)s? (?:would|will)"),
            cue(
                r"smart (?:people|shoppers"
                r"|parents|buyers|investors|marketers|women|men) (?:already )?(?:know|choose|buy|don't)",
                0.8,
            ),
            cue(
                r"(?:maybe later|later|not now) ?[,.!:;-]* ?i(?:'d|'m| am| would)? (?:<W> )?(?:happy|rather|prefer|like|love|enjoy) "
                + _SELF_EN,
                1.0,
                "Maybe later",
            ),
            cue(
                r"(?:no(?:,? thanks?| thank you|,)|nope|nah)[ ,.!:;-]* ?i(?:'m| am) (?:fine|happy|ok|okay|good) with (?:a |an |my )?(?:slow|bad|poor|ugly|boring|old|worse|higher|expensive|outdated|dull|messy|broken)",
                1.0,
                "No thanks",
            ),
            cue(
                r"(?:nah|nope|no)[ ,.!:;-]* ?i (?:don't|do not) (?:want|need) (?:a |any )?free <W>",
                1.0,
                "No thanks",
            ),
            cue(
                r"(?:are you|you're|you are) (?:really |seriously |honestly )?(?:going to|gonna|about to) (?:say no to|turn down|refuse|pass up|walk away from)"
            ),
            cue(
                r"i(?:'d| would) rather not (?:get|be|become|save|learn|grow|improve|win|succeed|look|feel|earn|stay) (?:<W> )?(?:smarter|richer|better|healthier|fitter|happier|money|more|ahead|informed|younger)"
            ),
            cue(
                r"i(?:'m| am) not interested in (?:sav|grow|improv|better|winning|earn|learn|free|discount|deal|health|look)\w*"
            ),
            cue(
                r"i (?:don't|do not) want (?:a |an )?(?:<W> ){0,2}(?:healthier|better|younger|richer|faster|happier|cleaner|smarter|fitter|slimmer)"
            ),
            cue(
                r"i (?:don't|do not) want to (?:grow|improve|save|learn|succeed|win|earn|get better|look better|feel better|be happier)"
            ),
            cue(
                r"(?:decline|close|skip|cancel|refuse|dismiss|no)(?:,? and| &) (?:pay full price|pay more|lose (?:my|the|this) (?:<W> )?(?:discount|offer|deal|gift|savings|reward))",
                1.0,
                "No thanks",
            ),
            cue(r"i (?:don't|do not) deserve (?:nice|good|better|the best|it)"),
            cue(
                r"(?:no(?:,? thanks?| thank you|,)|nope|nah)[ ,.!:;-]* ?i (?:like|love|enjoy|prefer) (?:my |being |looking |paying )?(?:<W> ){0,2}(?:high|tired|broke|old|slow|ugly|bored|boring|stressed|expensive|worse|more)",
                1.0,
                "No thanks",
            ),
            cue(
                r"(?:no(?:,? thanks?| thank you|,)|nope|nah)[ ,.!:;-]* ?i(?:'m| am) (?:fine|happy|ok|okay|good) (?:looking|being|staying|feeling|paying) ",
                1.0,
                "No thanks",
            ),
        ],
        "fr": [
            cue(
                r"(?:non,? merci|non|sans facon|tant pis|je passe|pas pour moi|ca ira|non,? c'est bon|pas maintenant"
                r"|plus tard|bof)"
                r" ?[,.!:;-]* ?(?:je|j' ?|moi)[^.!?\n]{0,40}?" + _SELF_FR + r"[^.!?\n]{0,30}",
                1.0,
                "Non merci",
            ),
            cue(
                r"(?:non,? merci|non|tant pis) ?[,.!:;-]* ?(?:ma|mon|mes) (?:peau|sante|argent|avenir|carriere"
                r"|famille|economies|confort|bien-etre|reussite|business) (?:ne m'interesse\w*|ne compte\w*"
                r"|peu\w* attendre|m'importe\w* peu)[^.!?\n]{0,30}",
                1.0,
                "Non merci",
            ),
            cue(
                r"je (?:prefere|prefererais|aime|adore|prefere encore) (?:payer (?:plein tarif|le prix "
                r"fort|plus cher)|rater|passer a cote|perdre|gaspiller|rester)"
            ),
            cue(
                r"je (?:n'aime pas|ne veux pas|deteste|n'ai pas besoin d(?:e |' ?)|me fiche d(?:e |es ))"
                r"(?:les |des )?(?:economi\w+|bonnes affaires|reductions|cadeaux|reussir|progresser|"
                r"gagner|profiter|prendre soin)"
            ),
            cue(
                r"(?:il faudrait|faut|faudrait) etre (?:fou|folle|dingue|inconscient\w*|idiot\w*|bete)"
                r" pour (?:refuser|dire non|passer a cote|rater|laisser passer|s'en priver)"
            ),
            cue(
                r"(?:vous|tu) (?:allez|comptez|voulez|vas|comptes|veux) vraiment (?:laisser passer|rater|"
                r"manquer|passer a cote|dire non|refuser|ignorer|louper|vous en priver|t'en priver)"
            ),
            cue(
                r"(?:vraiment|serieusement) (?:pret|prete|prets|pretes) a (?:rater|laisser passer|passer "
                r"a cote|payer plus)"
            ),
            cue(
                r"seul(?:s|e|es)? (?:les |un |une )?(?:idiot|naif|naive|fou|folle|amateur)\w* "
                r"(?:refuser|passer|rater|dire)\w*|les (?:gens|personnes|parents|clients) malins "
                r"(?:savent|ont deja|choisissent)"
            ),
            cue(
                r"je (?:n'aime pas|ne veux pas|deteste) (?:<W> ){0,2}(?:economi\w+|bonnes affaires|reductions|cadeaux)"
            ),
            cue(
                r"(?:plus tard|peut-etre plus tard|pas maintenant) ?[,.!:;-]* ?(?:je |j' ?)(?:prefere|adore|aime|suis ravi)\w* "
                + _SELF_FR,
                1.0,
                "Plus tard",
            ),
            cue(
                r"(?:j' ?|je )(?:adore|aime|prefere) (?:<W> )?(?:perdre|gaspiller|payer (?:plus|plein|le prix fort)|rater)"
            ),
            cue(
                r"(?:vous|tu) (?:allez|vas|comptez|voulez) vraiment (?:partir|repartir|renoncer|abandonner|quitter)"
            ),
            cue(
                r"(?:non,? merci|non|bof|tant pis)[ ,.!:;-]* ?(?:un|une|mon|ma|mes|des) (?:<W> ){0,2}(?:lent|lente|moche|vieux|vieille|cher|chere|terne|nul|nulle)s? (?:me convient|me va|ca me va)",
                1.0,
                "Non merci",
            ),
            cue(
                r"(?:bof|non|non merci)[ ,.!:;-]* ?(?:je |j' ?)(?:ne veux pas|n'ai pas besoin) (?:de la |du |de |d' ?)?(?:<W> )?(?:livraison gratuite|cadeau|reduction|remise|gratuit\w*)",
                1.0,
                "Non merci",
            ),
            cue(
                r"vous allez (?:vraiment |serieusement )?(?:refuser|dire non a|cracher sur)|tu vas (?:vraiment )?(?:refuser|dire non a|cracher sur)"
            ),
            cue(
                r"je (?:prefere|prefererais) ne pas (?:devenir|etre|economiser|apprendre|progresser|gagner|reussir|profiter)"
            ),
            cue(
                r"(?:economiser|gagner|progresser|reussir|profiter|une peau|des economies|les bonnes affaires|payer moins)(?: <W>){0,3} ne m'interesse\w* pas"
            ),
            cue(
                r"je ne veux pas (?:de |d' ?)?(?:une |un )?(?:<W> ){0,2}plus (?:sain|belle|beau|jeune|riche|rapide|mince|heureu|propre|intelligent)\w*"
            ),
            cue(
                r"je ne veux pas (?:developper|ameliorer|economiser|apprendre|reussir|gagner|progresser|faire grandir|aller mieux)"
            ),
            cue(
                r"(?:refuser|fermer|ignorer|passer|annuler)(?:,? et) (?:payer plein tarif|payer plus|perdre (?:ma|mon|mes|cette|l' ?) ?(?:<W> )?(?:reduction|offre|cadeau|remise|avantage))",
                1.0,
                "Non merci",
            ),
            cue(r"je ne merite pas (?:les belles choses|mieux|ca|le meilleur|d'etre)"),
            cue(
                r"(?:non,? merci|non|bof)[ ,.!:;-]* ?(?:j' ?|je )(?:aime|adore|prefere) (?:les |mes |ma |mon |avoir |etre )?(?:<W> ){0,2}(?:salee?s?|cheres?|chers|fatigue\w*|lente?s?|moches?|vieux|vieilles|ennuyeu\w*)",
                1.0,
                "Non merci",
            ),
            cue(
                r"(?:non,? merci|non|bof)[ ,.!:;-]* ?(?:avoir l'air|etre|rester|payer) (?:<W> ){0,2}me (?:va|convient)",
                1.0,
                "Non merci",
            ),
        ],
    },
    fallback={"en": "No thanks", "fr": "Non merci"},
)
