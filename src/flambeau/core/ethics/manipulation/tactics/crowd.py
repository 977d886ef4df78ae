"""Invented crowds and shamed refusals: fake social proof and confirmshaming."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

_PEOPLE_EN = (
    r"(?:people|persons|shoppers|others|visitors|users|customers|clients|buyers|members|guests"
    r"|subscribers|parents|mums|moms|women|men|readers|fans|teams|marketers|families|travell?ers)"
)
_PEOPLE_FR = (
    r"(?:personnes|clients?|clientes?|visiteurs?|visiteuses|acheteurs?|acheteuses|internautes"
    r"|utilisateurs?|utilisatrices|membres|abonnes|abonnees|parents|mamans|femmes|hommes|lecteurs?"
    r"|lectrices|testeurs?|testeuses|familles|voyageurs|francais|francaises|gens)"
)
_BOUGHT_EN = r"(?:bought|booked|ordered|purchased|signed up|subscribed|joined|reserved|grabbed|snagged|claimed)"
_BOUGHT_FR = r"(?:achete|commande|reserve|pris|adopte|craque|souscrit)\w*"

SOCIAL_PROOF = TacticSpec(
    info=TacticInfo(
        name="social_proof",
        title="Fake or vague social proof",
        description=(
            "Live viewer counters, 'Sarah just bought' pop-ups and unsourced crowds or "
            "percentages that invent a stampede; a sourced, checkable figure is fine."
        ),
        basis="UCPD Annex I 23b–23c and Art. 6; FTC 16 CFR Part 465 (2024); Mathur et al. 2019",
        examples={
            "en": [
                (
                    "2,417 people are viewing this right now!",
                    "Over 3,400 teams use Ledgerly to close their books.",
                ),
                (
                    "Sarah from Leeds just bought this 2 minutes ago!",
                    "Read reviews from customers, good and bad.",
                ),
            ],
            "fr": [
                (
                    "138 personnes regardent ce produit en ce moment.",
                    "Lisez les avis de nos clients, bons et moins bons.",
                ),
                (
                    "Julie, de Villeurbanne, vient de réserver sa place !",
                    "Claire enseigne la boulange depuis 2009.",
                ),
            ],
        },
    ),
    messages={
        "en": "Fake or vague social proof: an unverifiable crowd is used to push the decision.",
        "fr": "Preuve sociale invérifiable : une foule invoquée sans source pousse à décider.",
    },
    cues={
        "en": [
            cue(
                r"<N> (?:other )?"
                + _PEOPLE_EN
                + r" (?:are )?(?:currently |now )?(?:viewing|looking at|"
                r"watching|browsing|checking out|eyeing|considering|looking)"
            ),
            cue(
                r"(?:are|is) (?:viewing|looking at|watching|eyeing) (?:this|it) (?:right now|now|at the "
                r"moment)|in <N> (?:other )?(?:carts|baskets|bags)"
            ),
            cue(
                r"<N> (?:other )?"
                + _PEOPLE_EN
                + r" (?:have|has|added|put) (?:this|it|one) (?:in|to) "
                r"(?:their|the|a) (?:carts?|baskets?|bags?|wishlists?)"
            ),
            cue(
                r"<N> (?:<W> )?(?:" + _PEOPLE_EN + r" )?(?:have )?" + _BOUGHT_EN + r"(?: <W>){0,2} "
                r"(?:in the (?:last|past) (?:<N> )?(?:hours?|minutes?|days?|24 ?h)|today|this (?:hour|"
                r"morning|week))"
            ),
            cue(r"(?:just|recently) " + _BOUGHT_EN + r"(?! (?:our|my) )"),
            cue(r"(?:someone|somebody|a (?:customer|shopper|buyer)) (?:in|from|near) [a-z]+"),
            cue(r"[a-z]+,? (?:from|in|near) [a-z]+(?: <W>)?,? (?:has )?(?:just )?" + _BOUGHT_EN),
            cue(_BOUGHT_EN + r"(?: this| it)? <N> (?:minutes?|mins?|seconds?|secs?|hours?) ago"),
            cue(r"(?:selling|sold|one sold|bought) (?:one )?every <N>? ?(?:seconds?|minutes?)"),
            cue(r"join (?:over |more than |the |our )?<N> (?:<W> )?" + _PEOPLE_EN, 0.6),
            cue(
                r"<N> (?:happy|satisfied|delighted|thrilled|loyal|raving|obsessed|smart|savvy) "
                + _PEOPLE_EN,
                0.6,
            ),
            cue(
                r"join (?:over |more than |the |our )?<N>(?: <W>)? (?:happy|satisfied|delighted|thrilled|"
                r"loyal|raving|obsessed|smart|savvy) " + _PEOPLE_EN
            ),
            cue(r"(?:can't|cannot|can not) stop (?:raving|talking|buying|using)", 0.8),
            cue(
                r"everyone(?:'s| is) (?:buying|talking about|loving|obsessed|raving|getting|wearing)"
                r"|(?:everybody|everyone) (?:loves|wants) (?:this|it|one)|the (?:<W> )?everyone(?:'s|"
                r" is) talking about"
            ),
            cue(
                r"(?:millions|thousands|hundreds|<N>) of (?:happy |satisfied |delighted )?"
                + _PEOPLE_EN
                + r" (?:can't be wrong|love|trust|swear by|rave|adore|recommend|already)"
            ),
            cue(
                r"<N> ?% of (?:our |all )?(?:<W> )?"
                + _PEOPLE_EN
                + r"(?: <W>){0,3} (?:recommend|love|agree"
                r"|adopted|say|said|saw|noticed|felt|would|prefer|choose|buy|came back|reorder)"
            ),
            cue(
                r"as seen on (?:tv|tiktok|instagram|youtube)|(?:tiktok|internet|instagram)[ -](?:famous|"
                r"viral)|went viral|(?:trusted|loved|chosen) by (?:millions|thousands)",
                0.5,
            ),
            cue(
                r"(?:best[ -]?seller|best[ -]selling|top[ -]rated|most popular|fan favou?rite|cult "
                r"favou?rite)",
                0.3,
            ),
            cue(r"<N> out of (?:<N>|ten|five) " + _PEOPLE_EN, 0.8),
            cue(
                r"(?:trusted|loved|chosen|used|adored) by (?:over |more than )?<N>\+? ?(?:million|k|thousand)?",
                0.5,
            ),
            cue(
                r"every(?:one|body)(?:'s| is) (?:buying|talking about|loving|obsessed|raving|getting|wearing|using)"
            ),
            cue(r"join (?:over |more than |the |our )?<N>(?: <W>){0,2} " + _PEOPLE_EN, 0.6),
            cue(
                r"(?:bought|ordered|purchased|booked|reserved)[^.!?\n]{0,60}<N> ?(?:min|mins|minutes?|secs?|seconds?|h|hrs?|hours?) ago"
            ),
            cue(r"(?:can't|cannot|can not) be wrong"),
            cue(
                r"every(?:one|body)(?: <W>){0,3} (?:is|are|'s) (?:already )?(?:using|buying|wearing|loving|talking about|switching|getting|raving about|obsessed)"
            ),
            cue(
                r"<N> "
                + _PEOPLE_EN
                + r"(?: <W>){0,2} (?:are |have )?(?:viewing|looking at|watching|browsing|checking (?:this |it )?out|eyeing|bought|booked|ordered|purchased|grabbed)(?: <W>){0,3} (?:right now|now|today|yesterday|this (?:morning|week)|in the last \w+)"
            ),
            cue(r"(?:trending|popular choice|hot right now|in demand)(?: now)? ?[:!-]", 0.5),
            cue(
                r"(?:booked|bought|ordered|sold|viewed|reserved|purchased|added to (?:carts?|baskets?)) <N> times (?:in the (?:last|past)|today|this|since)"
            ),
            cue(
                r"<N> "
                + _PEOPLE_EN
                + r"(?: <W>){0,2} (?:viewed|visited|saw|have seen|looked at|checked out|watched)(?: <W>){0,3} (?:today|yesterday|this (?:week|morning|hour)|in the last \w+|right now)"
            ),
            cue(
                r"(?:added|put) (?:this|it|one|these) (?:to|in|into) (?:her|his|their) (?:basket|cart|bag|wishlist|trolley)"
            ),
        ],
        "fr": [
            cue(
                r"<N> (?:autres )?"
                + _PEOPLE_FR
                + r" (?:regardent|consultent|voient|observent|convoitent"
                r"|visitent|sont en train de (?:regarder|consulter))"
            ),
            cue(
                r"(?:regardent|consultent|convoitent) (?:ce produit|cet article|cette offre|ceci|cette "
                r"annonce|ce logement)|dans <N> (?:autres )?paniers"
            ),
            cue(
                r"<N> (?:autres )?"
                + _PEOPLE_FR
                + r" (?:l'ont|ont (?:ce produit|cet article|ceci)) (?:dans|"
                r"en|ajoute a) (?:leur|leurs) (?:paniers?|favoris)"
            ),
            cue(
                r"(?:vient|viennent) (?:de |d' ?)(?:acheter|commander|reserver|s'inscrire|craquer|adopter"
                r"|s'abonner|souscrire)"
            ),
            cue(_BOUGHT_FR + r" il y a <N> (?:min|minutes?|secondes?|heures?|h)"),
            cue(
                r"<N> (?:<W> )?(?:"
                + _PEOPLE_FR
                + r" )?(?:l'ont |ont |l'a |a )?"
                + _BOUGHT_FR
                + r"(?: <W>){0,2} (?:aujourd'hui|dans l'heure|ces dernieres (?:<N> )?"
                r"heures|en <N> ?h|cette semaine)"
            ),
            cue(
                r"(?:quelqu'un|une cliente|un client) (?:a|de|d' ?|pres de) [a-z-]+ (?:vient|a) (?:de |d' ?)?"
                r"(?:acheter|commander|reserver|achete|commande|reserve)"
            ),
            cue(r"rejoignez (?:les |plus de |nos )?<N> (?:<W> )?" + _PEOPLE_FR, 0.6),
            cue(
                r"<N> (?:de )?"
                + _PEOPLE_FR
                + r" (?:ravi|satisfait|conquis|heureux|heureuses|comble"
                r"|fidele|fan)\w*",
                0.6,
            ),
            cue(r"ne peuvent plus s'en passer|ne jurent que par|ne s'en passent plus", 0.8),
            cue(r"<N> ?% (?:des|de nos|de) " + _PEOPLE_FR),
            cue(
                r"tout le monde (?:en parle|l'adopte|l'a adopte|se l'arrache|craque|l'achete|adore|"
                r"le veut|la veut|les veut)|ils en parlent tous|elles en parlent toutes"
            ),
            cue(
                r"(?:des )?(?:milliers|millions|centaines) d(?:e |' ?)" + _PEOPLE_FR + r"(?: <W>)? "
                r"(?:ravi|satisfait|conquis|l'ont adopte|l'adorent|nous font confiance|ne jurent|en "
                r"parlent)\w*"
            ),
            cue(
                r"vu (?:a la tele|a la tv|sur tiktok|sur instagram)|phenomene (?:tiktok|instagram|du "
                r"moment)|plebiscite\w* par|buzz (?:du moment|sur tiktok)",
                0.5,
            ),
            cue(
                r"best[ -]?seller|le chouchou des|produit star|(?:numero|n°|no) ?1 des ventes", 0.3
            ),
            cue(r"<N> " + _PEOPLE_FR + r" sur <N>", 0.8),
            cue(
                r"(?:adore|aime|plebiscite|choisi|utilise)e?s? par (?:plus de )?(?:<N> )?(?:millions?|milliers?|centaines?) d",
                0.5,
            ),
            cue(
                r"tout le monde (?:l'adore|l'aime|en raffole|l'a)|(?:vient|viennent) de profiter",
                1.0,
            ),
            cue(r"<N> " + _PEOPLE_FR + r" (?:malins|avises|futes|comme vous)", 0.6),
            cue(
                _BOUGHT_FR
                + r"(?: <W>){0,3} (?:dans la derniere heure|depuis ce matin|en (?:une|1) heure|cette derniere heure)"
            ),
            cue(r"tout le monde (?:s'arrache|se l'arrache|se les arrache|s'est rue|se rue)"),
            cue(
                r"(?:rejoignez|rejoins) (?:les |plus de |plus d' ?|nos )?<N> (?:de |d' ?)?"
                + _PEOPLE_FR
                + r" (?:ravi|satisfait|conquis|heureux|heureuses|comble|fidele|malin|avise|fute)\w*"
            ),
            cue(
                r"(?:rejoignez|rejoins) (?:les |plus de |plus d' ?|nos )?<N> (?:de |d' ?)?(?:<W> )?"
                + _PEOPLE_FR,
                0.6,
            ),
            cue(
                r"<N> (?:de |d' ?)"
                + _PEOPLE_FR
                + r" (?:ravi|satisfait|conquis|heureux|heureuses|comble|fidele)\w*",
                0.6,
            ),
            cue(r"ne peuvent pas se tromper|ne peut pas se tromper"),
            cue(
                r"(?:achete|commande|reserve|pris)\w*[^.!?\n]{0,60}il y a <N> ?(?:min|minutes?|s|secondes?|h|heures?)"
            ),
            cue(
                r"tout (?:le|la) (?:monde|bureau|ville|quartier|equipe|france)(?: <W>)? (?:l'utilise|l'adopte|l'adore|l'a adopte|en raffole|s'y met|s'y est mis|en parle)"
            ),
            cue(
                r"<N> "
                + _PEOPLE_FR
                + r"(?: <W>){0,2} (?:regardent|consultent|ont achete|ont reserve|ont commande|ont pris|l'ont achete)(?: <W>){0,3} (?:en ce moment|maintenant|aujourd'hui|hier|ce matin|cette semaine)"
            ),
            cue(r"(?:tendance|choix populaire|tres demande\w*|le plus populaire) ?[:!-]", 0.5),
            cue(
                r"(?:reserve|achete|vendu|commande|vu|ajoute)e?s? <N> fois (?:ces dernieres|aujourd'hui|dans la derniere|cette semaine|depuis|en <N>)"
            ),
            cue(
                r"<N> "
                + _PEOPLE_FR
                + r"(?: <W>){0,2} (?:ont vu|ont consulte|ont visite|ont regarde)(?: <W>){0,3} (?:aujourd'hui|hier|cette semaine|ce matin|en ce moment|dans la derniere heure)"
            ),
            cue(
                r"a ajoute (?:cet article|ce produit|ceci|ce modele|cette offre) (?:a|dans) son (?:panier|sac|caddie)"
            ),
        ],
    },
    guards={
        "en": [
            r"our data|figures|survey|according to|source|study|n ?= ?<N>|independent|verified (?:reviews|buyers)"
            r"|out of <N> (?:reviews|ratings)|based on <N>"
        ],
        "fr": [
            r"d.apres|donnees|chiffres|enquete|sondage|selon|source|etude|n ?= ?<N>|independant|avis verifies|sur <N> avis"
        ],
    },
)

_SELF_EN = (
    r"(?:pay(?:ing)? (?:full|more|extra|the full|twice|too much)|full price|miss(?:ing)? out|miss"
    r"(?:ing)? (?:this|the|great|good)|los(?:e|ing) (?:money|out)|wast(?:e|ing)|overpay|the hard way"
    r"|stay(?:ing)? (?:tired|broke|stressed|unhealthy|behind|average|ugly|single|stuck|poor|bored)"
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
    r"|rester (?:fatigue|fauche|stresse|seul|en retard|a la traine|moyen|dans mon coin|pauvre)\w*"
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
        ],
    },
    fallback={"en": "No thanks", "fr": "Non merci"},
)

SPECS = [SOCIAL_PROOF, CONFIRMSHAMING]
