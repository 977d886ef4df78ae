"""Fear of missing out: being left behind while everyone else already has it."""

from __future__ import annotations

from flambeau.core.ethics.manipulation.model import TacticInfo
from flambeau.core.ethics.manipulation.spec import TacticSpec, cue

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
    lexicon={
        "en": r"everyone|everybody|miss(?:ing)?|left out|moment|remember|once|never again|joining|jealous|envy|the only one|while you're|others are|without|ahead|behind",
        "fr": r"tout le monde|rater|manquer|louper|dans votre coin|a l'ecart|moment|souviendra|jamais|rejoi\w+|jaloux|envie|le seul|la seule|pendant que vous|les autres|sans|en avance|a la traine",
    },
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
            cue(
                r"(?:don't|do not) let (?:this|it|the chance|this (?:one|chance|opportunity|deal|offer)) (?:pass you by|slip away|slip through|get away)"
            ),
            cue(r"why (?:aren't|don't|haven't|isn't) you\??|what about you\?", 0.4),
            cue(
                r"(?:your|all your) (?:friends|neighbou?rs|colleagues|peers) (?:are|have been) (?:already )?(?:loving|enjoying|using|getting|buying)",
                0.6,
            ),
            cue(
                r"will you (?:really )?miss (?:it|this|out)\?|(?:or|and) watch (?:others|everyone else|your (?:competitors|rivals|friends))(?: <W>){0,2} (?:get ahead|win|succeed|pass you)",
                0.8,
            ),
            cue(r"(?:left )?watching from the sidelines|(?:don't|do not) be the one left"),
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
            cue(
                r"ne (?:la |le |les )?laissez pas (?:filer|passer|echapper)|ne (?:la |le )?laisse pas (?:filer|passer)"
            ),
            cue(r"pourquoi pas (?:vous|toi) ?\?|et vous ?\?|et toi ?\?", 0.4),
            cue(
                r"(?:vos|tes) (?:amis|amies|voisins|collegues|proches) (?:l'adorent|l'utilisent|en profitent|l'ont|l'ont deja|en raffolent)",
                0.6,
            ),
            cue(
                r"allez-vous (?:vraiment )?(?:le |la )?(?:manquer|rater) ?\?|(?:tous ceux que vous connaissez|tout le monde) (?:y sera|y seront|sera la)|ou regardez les autres (?:<W> ){0,2}(?:prendre de l'avance|gagner|reussir|vous depasser)",
                0.8,
            ),
            cue(
                r"ne restez pas (?:sur le carreau|a la traine|de cote|en arriere)|tout le monde (?:s'inscrit|s'y inscrit|s'abonne|s'equipe|s'y met)"
            ),
            cue(r"(?:depuis|sur) le banc de touche|ne soyez pas celui qui regarde"),
        ],
    },
)
