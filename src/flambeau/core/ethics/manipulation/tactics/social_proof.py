"""Fake or vague social proof: live counters, named buyers, unsourced crowds."""

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
# after "in"/"from", a date or a quantity word, not a town: "in February, booked by ..."
_NOT_A_PLACE = (
    r"(?!(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|the|a|an|our|your|advance|person|total|stock|store|time)(?![a-z]))"
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
    lexicon={
        "en": r"shoppers|customers|buyers|people|everyone|everybody|hundreds|thousands|millions|snapped|obsessed|trending|popular|bestseller|viral|sold|fans|and counting|half the|the whole town|join them|trusted|already ordered",
        "fr": r"clients?|clientes|acheteurs|personnes|tout le monde|centaines|milliers|millions|arrache\w*|fous|folles|tendance|populaire|best-seller|viral\w*|vendus?|fans|et ca continue|la moitie|toute la ville|rejoignez-les|confiance|deja commande",
    },
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
                + r" (?:have|has|added|put) (?:this|it|one)(?: <W>)? (?:in|to|on) "
                r"(?:their|the|a) (?:carts?|baskets?|bags?|wishlists?)"
            ),
            cue(
                r"<N> (?:<W> )?(?:" + _PEOPLE_EN + r" )?(?:have )?" + _BOUGHT_EN + r"(?: <W>){0,2} "
                r"(?:in the (?:last|past) (?:<N> )?(?:hours?|minutes?|days?|24 ?h)|today|this (?:hour|"
                r"morning|week))"
            ),
            cue(r"(?:just|recently) " + _BOUGHT_EN + r"(?! (?:our|my) )"),
            cue(
                r"(?:someone|somebody|a (?:customer|shopper|buyer)) (?:in|from|near) [a-z]+(?: <W>){0,2} (?:just )?"
                + _BOUGHT_EN
            ),
            cue(
                r"(?:someone|somebody|a (?:customer|shopper|buyer)) (?:in|from|near) [a-z]+(?: <W>){0,2} (?:just )?"
                r"(?:added|viewed|saved|put)"
            ),
            cue(
                r"[a-z]+,? (?:from|in|near) "
                + _NOT_A_PLACE
                + r"[a-z]+(?: <W>)?,? (?:has )?(?:just )?"
                + _BOUGHT_EN
            ),
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
            cue(
                r"[a-z]+,? (?:from|in) [a-z]+,? just (?:left|wrote|posted|booked|bought|ordered|signed|joined|claimed|grabbed|shared|reviewed)"
            ),
            cue(
                r"<N> (?:\w+ )?"
                + _PEOPLE_EN
                + r" (?:have )?"
                + _BOUGHT_EN
                + r"(?: <W>){0,2} (?:last|this) (?:week|month|night)"
            ),
        ],
        "fr": [
            cue(
                r"<N> (?:autres )?"
                + _PEOPLE_FR
                + r" (?:regardent|consultent|voient|observent|convoitent|surveillent|suivent"
                r"|visitent|sont en train de (?:regarder|consulter))"
            ),
            cue(
                r"(?:regardent|consultent|convoitent) (?:ce produit|cet article|cette offre|ceci|cette "
                r"annonce|ce logement)|dans <N> (?:autres )?paniers"
            ),
            cue(
                r"<N> (?:autres )?"
                + _PEOPLE_FR
                + r" (?:l'ont|ont (?:ce produit|cet article|ceci|(?:ce|cet|cette|ces) <W>)) (?:dans|"
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
                r"tout le monde (?:en parle|l'adopte|l'a adopte|se l'arrache|craque|l'achete|adore|porte (?:ca|ce|cette|ces)|"
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
                r"(?:adore|aime|plebiscite|choisi|utilise)e?s? par (?:plus de |plus d' ?)?<N> d(?:e |' ?)"
                + _PEOPLE_FR,
                0.5,
            ),
            cue(
                r"(?:adore|aime|plebiscite|choisi|utilise)e?s? par (?:plus de |plus d' ?)?(?:<N> )?(?:millions?|milliers?|centaines?) d",
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
            cue(r"[a-z]+, (?:a|de|d' ?) [a-z-]+, (?:vient|viennent) de"),
            cue(
                r"<N> (?:de )?"
                + _PEOPLE_FR
                + r" (?:l'ont |ont )?"
                + _BOUGHT_FR
                + r"(?: <W>){0,2} (?:la semaine derniere|le mois dernier|cette semaine|ce mois-ci)"
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
