// French cues: attribution (who says it), modality, contexts, place and actor cue words, anaphora.
import type { ActorCues, AttributionCue, ClauseCues, ContextCue, CorefCues, ModalityCue, PlaceCues } from '../pack.js';

const SAY = "affirmé|annoncé|indiqué|déclaré|précisé|assuré|rapporté|confirmé|souligné|expliqué|commenté|estimé|ajouté|fait savoir|signalé|insisté";

export const attribution: readonly AttributionCue[] = [
  { pattern: "selon|d'après|de(?= sources? (?:sécuritaires?|locales?|militaires?|concordantes?|hospitalières?|médicales?|policières?|humanitaires?|onusiennes?))", source: 'after', example: 'Selon le ministère russe de la Défense, cinq violations ont été enregistrées.' },
  { pattern: `(?:a|ont|avait|avaient) (?:notamment |également |aussi )?(?:${SAY})`, source: 'before', example: "La présidence azerbaïdjanaise a annoncé qu'une nouvelle réunion aurait lieu." },
  { pattern: 'affirm(?:e|ent)|annonc(?:e|ent)|déclar(?:e|ent)|rapport(?:e|ent)|indiqu(?:e|ent)', source: 'before', example: "L'armée affirme avoir repoussé l'attaque." },
];

export const modality: readonly ModalityCue[] = [
  { pattern: "aur(?:ait|aient|a|ont) lieu|(?:doit|doivent|devrait|devraient) (?:avoir lieu|se tenir|se réunir|se retrouver|se rencontrer|reprendre)|se tiendr(?:a|ont)|(?:est|sont) prévue?s?|prévue?s? (?:pour|le|la|en|dans)", modality: 'planned', scope: 'preceding', example: "Une nouvelle réunion entre les deux délégations aurait lieu le plus rapidement possible." },
  { pattern: "(?:a|ont) (?:prévu|décidé|l'intention) de|envisag(?:e|ent) de|projett?(?:e|ent) de|(?:va|vont) (?:organiser|tenir|signer|lancer)", modality: 'planned', scope: 'following', example: "Les deux pays ont prévu de signer un accord." },
  { pattern: "(?:a|ont) (?:démenti|nié|réfuté)|dément(?:ent)?|ni(?:e|ent) (?:avoir|toute?)", modality: 'denied', scope: 'following', example: "L'armée a démenti avoir bombardé le village." },
  // A negated verb: "n'a pas attaqué", "n'ont jamais été arrêtés", "il n'y a pas eu d'affrontements", "n'a pas encore
  // lancé l'offensive". Only the event word the phrase leads into ('next'): "il n'est pas clair qui a mené l'attaque"
  // negates no event.
  { pattern: "n'(?:a|ont|avait|avaient|aura|auront|aurait|auraient|est|sont|était|étaient|y a|y avait|y aura)(?: (?:pas|jamais|plus|point|guère|nullement|aucunement))(?: (?:encore|vraiment|réellement|officiellement|directement|eu|été|pu|fait|mené|lancé|de|d'|l'|le|la|les|un|une|des|aucune?))*", modality: 'denied', scope: 'next', example: "L'armée n'a pas attaqué le village." },
  // A negated simple verb: "l'armée n'attaque pas", "les rebelles ne contrôlent plus la ville", "ne les bombarde jamais".
  // The cue is "ne"/"n'" (and an object pronoun) when a negation word follows the next word; it denies the event word
  // right after it, nothing else ("ne sont pas restés" after "ont attaqué" leads into no event word).
  { pattern: "(?:ne(?: (?:les|la|le|leur|lui|se|nous|vous|y|en)| [ls]')?|n'(?:y|en)?)(?=\\s*[\\p{L}-]+ (?:pas|plus|jamais|point|guère|nullement|aucunement)(?![\\p{L}]))", modality: 'denied', scope: 'next', example: "L'armée n'attaque pas la ville." },
  // The same with an object or reflexive pronoun before the auxiliary: "ne les a pas attaqués", "ne se sont pas affrontés".
  { pattern: "(?:ne |n')(?:(?:les|la|le|leur|lui|se|nous|vous|y|en) |[ls]')(?:a|ont|avait|avaient|aura|auront|aurait|auraient|est|sont|était|étaient|serait|seraient) (?:pas|jamais|plus|point|guère|nullement|aucunement)(?: (?:encore|vraiment|réellement|directement|été))*", modality: 'denied', scope: 'next', example: "Les manifestants ne se sont pas affrontés avec la police." },
  // Nobody as the object: "la police n'a arrêté personne", "les soldats n'ont tué personne".
  { pattern: "n'(?:a|ont|avait|avaient|aurait|auraient)(?= [\\p{L}-]+ personne(?![\\p{L}]))", modality: 'denied', scope: 'next', example: "La police n'a arrêté personne lors de la manifestation." },
  // "Aucune attaque n'a été signalée", "aucun affrontement n'a été enregistré": the event word right after "aucun" did not
  // happen ("aucune attaque n'a été revendiquée" tells an attack, claimed by nobody; "aucune victime n'a été signalée"
  // denies no event told beside it).
  { pattern: "aucune?(?= [\\p{L}'’-]+(?: [\\p{L}'’-]+){0,3} n'(?:a|ont|avait|avaient|aurait|auraient) (?:(?:encore|jamais|pour l'instant|pour le moment) )?été (?:signalé|enregistré|rapporté|constaté|observé|recensé|déploré|relevé|mentionné)(?:e|s|es)?(?![\\p{L}]))", modality: 'denied', scope: 'next', example: "Aucune attaque n'a été signalée dans la région depuis dimanche." },
  // "L'attaque annoncée n'a jamais eu lieu."
  { pattern: "n'(?:a|ont|avait|avaient|aura|auront|aurait|auraient) (?:pas|jamais|finalement pas) eu lieu", modality: 'denied', scope: 'preceding', example: "La réunion prévue entre les deux délégations n'a finalement pas eu lieu." },
  { pattern: "accus(?:é|ée|és|ées|e|ent|ant|ait)(?: [\\p{L}-]+)? d(?:'|u|e|e la|es)|d'avoir|d'être|aurai(?:t|ent) (?:été )?|présumée?s? (?:attaques?|attentats?|massacres?)|(?:suspicions?|soupçons?) d(?:e|')|(?:soupçonn|suspect)(?:é|ée|és|ées) d(?:e|')|complicité d(?:e|')", modality: 'alleged', scope: 'following', example: "Le ministre a accusé Bakou d'avoir lancé une offensive." },
  { pattern: "pourrai(?:t|ent) (?:être|avoir lieu|se produire|reprendre)", modality: 'hypothetical', scope: 'preceding', example: 'Une offensive pourrait être lancée contre la ville.' },
  // Feared, threatened or warded off, not told: "les autorités craignent de nouvelles attaques", "les syndicats menacent de
  // lancer une grève", "pour éviter de nouvelles violences".
  { pattern: "craign(?:ent|ait|aient)|crain(?:t|s)|redout(?:e|ent|ait|aient)|(?:la |les )?craintes? d(?:e|')|(?:pour|afin d(?:e|')) (?:éviter|prévenir|empêcher)|menac(?:e|ent|ait|aient|é) d(?:e|')", modality: 'hypothetical', scope: 'following', example: 'Les autorités craignent que de nouvelles attaques ne se produisent dans la région.' },
  { pattern: "pourrai(?:t|ent)|risqu(?:e|ent) de|en cas d(?:e|')|si (?:les|le|la|l')", modality: 'hypothetical', scope: 'following', example: "L'armée pourrait lancer une offensive contre la ville." },
];

export const contexts: readonly ContextCue[] = [
  { pattern: "Conseil de sécurité(?: de l'ONU| des Nations unies)?", context: 'un_security_council', scope: 'nearest', example: "Le Conseil de sécurité de l'ONU s'est réuni d'urgence." },
  { pattern: "(?:processus|pourparlers|négociations|accord|accords|conférence) de paix", context: 'peace_talks', scope: 'sentence', example: 'Les pourparlers de paix entre le gouvernement et les rebelles ont repris à Alger.' },
  { pattern: 'cessez-le-feu|trêve', context: 'ceasefire', scope: 'sentence', example: 'Les deux camps ont signé un cessez-le-feu.' },
  { pattern: "accidents?|accidentel(?:le|les|s)?|accidentellement|fuites? de gaz|court-circuits?|défaillances? techniques?|noyades?|noyé(?:e|s|es)?|inondations?|orages?|séismes?|tremblements? de terre|glissements? de terrain|effondrements?|s'est effondrée?|incendies? (?:accidentels?|domestiques?)|fuites? (?:de |d'|d’)(?:gaz|ammoniac|carburant|pétrole|hydrocarbures?|produits? chimiques?|hydrogène|éthylène|méthane|chlore|une bouteille)|bouteilles? de gaz|gaz domestique|camions?-citernes?|surchauffe|erreur humaine|mauvaise manipulation|mauvais(?:e)? (?:conditionnement|stockage|étiquetage|manipulation|entretien)|mal (?:conservée?s?|stockée?s?|entretenue?s?|conditionnée?s?)|mauvaise conservation|malencontreusement|par mégarde|(?:a|ont) pris feu|produits? chimiques?|nitrate d'ammonium|ammoniac|(?:dans|au sein) (?:de |d')?(?:l'|la |le |une |un |du |cette |ce )?(?:usine|laboratoire|raffinerie|atelier|entrepôt)|accidents? de (?:la )?(?:circulation|route|voiture)|percut(?:é|ée|és|ées|ant)|collisions?|naufrages?|(?:s'est |se sont |se )(?:écrasée?s?|crashée?s?|crasher|écraser)|crashée?s?|crasher|s'écras(?:e|ent)|chute d'un arbre", context: 'accident', scope: 'paragraph', example: "Des pillards ont attaqué les camions accidentés après l'accident." },
  // A suicide is no attack (an "attentat-suicide" is one): a row of its own, so its look-behind runs only where an 's' starts a word.
  { pattern: "(?<!-)suicides?(?: collectifs?)?|(?:s'est|se sont|s'était|s'étaient) suicidée?s?", context: 'accident', scope: 'paragraph', example: "Le détenu qui avait attaqué un gardien s'est suicidé dans sa cellule." },
  { pattern: "catastrophes?(?: naturelles?)?|inondée?s?|crues?|pluies? (?:diluviennes?|torrentielles?)|fortes pluies|tempêtes?|ouragans?|cyclones?|typhons?|tornades?|éruptions? volcaniques?|avalanches?|sécheresses?|canicules?|incendies? de forêt|feux de forêt|incendies?|embrasements?|épidémies?|pandémies?|choléra|paludisme|virus|maladies?|microbes", context: 'disaster', scope: 'paragraph', example: "Pendant la tempête, des hommes armés ont attaqué un convoi d'aide." },
  // Rows of their own, so that their first letters ("sur", "mort", "explosion") send no word to the long rows above.
  { pattern: "(?:centrale|usine|raffinerie|chaudière|citerne|cuve|réservoir|réacteur|gazoduc|oléoduc|canalisation|station-service|pipeline)(?<=explosions? (?:de la |d'une |du |d'un |de l')(?:centrale|usine|raffinerie|chaudière|citerne|cuve|réservoir|réacteur|gazoduc|oléoduc|canalisation|station-service|pipeline))", context: 'accident', scope: 'paragraph', example: "Des pillards ont attaqué les entrepôts après l'explosion d'une raffinerie." },
  { pattern: "crises? cardiaques?|arrêts? cardiaques?|attaques? cardiaques?|accidents? vasculaires?|AVC|cancers?|mort naturelle|causes naturelles|overdoses?|surdoses?", context: 'disaster', scope: 'paragraph', example: "Le détenu qui avait attaqué un gardien est mort d'une crise cardiaque." },
];

export const places: PlaceCues = {
  locative: "à|au|aux|en|dans|près d(?:e|')|non loin d(?:e|')|aux alentours d(?:e|')|à proximité d(?:e|')|km d(?:e|')|au nord d(?:e|')|au sud d(?:e|')|à l'est d(?:e|')|à l'ouest d(?:e|')|sur l'axe|sur la route|localité d(?:e|')|village d(?:e|')|ville d(?:e|')|marché d(?:e|')|camp d(?:e|')|commune d(?:e|')|district d(?:e|')|districts d(?:e|')",
  nonLocative: "(?:qualifiée?s?|décrite?s?|présentée?s?|dénoncée?s?|jugée?s?|considérée?s?|(?:a|ont|avait|avaient) (?:déclaré|annoncé|affirmé|indiqué|dit|précisé|assuré|expliqué)) (?:à|au|aux|en|depuis)|en provenance d(?:e|')|frontières? (?:du|de la|de l'|d'|avec (?:le |la |l')?|\\p{Lu}[\\p{L}]+-)|originaires? d(?:e|')|venu(?:e|s)? d(?:e|')|à destination d(?:e|')|ambassadeur d(?:e|')|homologue|née?s? (?:à|au|aux|en)",
};

export const actors: ActorCues = {
  agent: 'par',
  civilians: 'civils?|civiles?|villageois|passagers|habitants|population civile|commerçants?|fidèles|élèves|forains',
  passive: "(?:ont|a|avait|avaient|auraient|aurait|sont|est) (?:été|été) (?:[\\p{L}-]+ )?",
  genitive: "de|de la|de l'|du|des|d'",
  articles: "(?:le|la|les|l'|un|une|des|du|de la|de l'|ce|cette|ces)? ?(?:(?:dernier|nouveau|premier) )?(?:(?:bilan|communiqué|rapport|porte-parole|sources?) (?:de la|de l'|du|des|de|d') ?)?",
  relative: "qui|que|dont|lequel|laquelle|lesquels|prenant|selon|d'après|alors",
  // Offices, governments and bodies that take part in talks, requests and praise when the actor dictionary knows none.
  parties: "gouvernements?|gouvernementa(?:l|le|les|ux)|ministres?|ministères?|ministérielle?s?|président(?:e|s|es)?(?! d(?:e|u|es|') ?(?:l'|la )?(?:association|club|fondation|ONG|société|entreprise|compagnie|conseil d'administration|jury))|présidence|présidentielle?s?|vice-président(?:e|s|es)?|chefs? d'(?:É|E|é|e)tat|chefs? de (?:la diplomatie|gouvernement|l'(?:É|E|é|e)tat|l'armée|la junte|la mission|la délégation)|diplomat(?:es?|ie|iques?)|ambassad(?:eurs?|rices?|es?)|homologues?|émissaires?|envoyée?s? spécia(?:l|le|ux|les)|médiat(?:eurs?|rices?|ion)|délégations?|délégué(?:e|s|es)?|dirigeants?|autorités|pouvoirs? publics|préfets?|préfectures?|gouverneurs?|maires?|députée?s?|sénat(?:eurs?|rices?)?|parlement(?:aires?)?|assemblée nationale|partis?|syndica(?:ts?|ux|listes?)|opposition|opposants|coalition|junte|rebelles?|rébellion|insurgés|groupes? armés?|milices?|armées?|états-majors?|forces (?:armées|de sécurité|de défense)|casques bleus|Nations unies|ONU|Union (?:africaine|européenne)|Conseil de sécurité|porte-parole|communauté internationale|belligérants|(?:les )?deux (?:camps|parties|pays|capitales|voisins)",
  sourceEnd: "dans (?:un|une|son|sa|leur) (?:communiqué|déclaration|rapport|message|interview|entretien)|,|;|:",
};

export const coref: CorefCues = {
  // A label put on an event told before ("ces actes ont été qualifiés de « massacre »") points back at it too.
  demonstrative: "cette|cet|ce|ces|cette même|la même|qualifiée?s? d(?:e|')|décrite?s? (?:comme|de)|considérée?s? comme",
  // "les manifestants ont ensuite …", "un des grévistes": the people of a protest told before; "lors de la manifestation",
  // "se joindre à la grève": the protest itself.
  definite: "(?:les|aux|ces|leurs|(?:l'|un |une )(?:des|de ces)|parmi les) (?:manifestants|protestataires|grévistes|émeutiers|casseurs)|(?:le|la|les|du|au|aux|de la|à la) (?:manifestations?|rassemblements?|grèves?|émeutes?|sit-in)",
};

export const clauses: ClauseCues = {
  // "pour dénoncer", "afin d'exiger", "pour aller défiler", "pour lui exprimer tout leur soutien", "afin d'apporter leur soutien".
  stance: 'anti|pro',
  // An earlier event recalled to compare: "un précédent attentat", "lors d'une précédente attaque", "l'attaque précédente".
  recalled: 'précédente?s?|antérieure?s?',
  // "a appelé la communauté internationale à apporter une (aide)", "invite les autorités à appliquer des (sanctions)",
  // "a demandé aux pays voisins d'envoyer des (renforts)": the verb of asking, its object, "à"/"de" and the verb asked.
  requested: "demand(?:é|er|e|ent|ait|aient|ant)\\s+(?:du|des|de l'|de la|un|une|le|la|les|l')|(?:appel(?:é|ée|és|er|le|lent|ait|aient|ant)|invit(?:é|ée|és|er|e|ent|ait|aient|ant)|exhort(?:é|er|e|ent|ait|aient|ant)|incit(?:é|er|e|ent|ait|aient|ant)|encourag(?:é|er|e|ent|eait|eant)|demand(?:é|er|e|ent|ait|aient|ant)|pri(?:é|e|ent)|somm(?:é|e|ent)|suppli(?:é|e|ent))\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:à\\s+|de\\s+|d')[\\p{L}-]+(?:er|ir|re)(?:\\s+[\\p{L}'’-]+){0,2}?",
  // "suite à l'assassinat du maire", "en représailles à l'attaque de": the cause of the sentence's event.
  cause: "(?:suite (?:à|aux?)|à la suite d(?:e|u|es|')|en représailles (?:à|aux?|contre)|en riposte (?:à|aux?)|en réaction (?:à|aux?)|consécutivement (?:à|aux?))(?:\\s+(?:la|le|les|une|un|des|du|de la|ce|cet|cette|ces)|\\s+(?:de )?l')?(?:\\s+[\\p{L}-]+)?",
  // "chaque année", "depuis le début de l'année", "les manifestations se multiplient", "régulièrement", "dans de nombreux
  // cas, il s'agissait d'agressions": habitual or a sum.
  habitual: "chaque (?:année|an|mois|semaine|jour|nuit|été|hiver|week-end|fois)|dans (?:de nombreux|la plupart des|bien des|certains|plusieurs|nombre de|la majorité des) cas|tous les (?:ans|mois|jours|soirs|week-ends|étés|hivers)|toutes les (?:semaines|nuits|années)|par (?:an|mois|semaine|jour)|en moyenne|régulièrement|fréquemment|souvent|habituellement|généralement|de plus en plus|se multipli(?:ent|aient)|depuis (?:le début|le déclenchement) (?:de l'année|de l'an|de la guerre|du conflit|de la crise|du mois|de la semaine)|depuis des (?:années|mois|décennies|semaines)|ces dernières (?:années|décennies|semaines)|ces derniers (?:mois|temps)|au cours des (?:\\p{L}+ )?(?:dernières années|derniers mois|dernières décennies)",
  purpose: "(?:pour|afin de|afin d')(?:(?:\\s+|(?<='))(?:lui|leur|les|la|le|y|en|se|nous|vous))?(?:(?:\\s+|(?<='))(?:aller|venir))?(?:(?:\\s+|(?<='))(?:exprimer|apporter|témoigner|manifester|afficher|réaffirmer|renouveler|faire part de)(?:\\s+(?:tout|toute|tous|toutes))?\\s+(?:leur|son|sa|ses|notre|nos|votre|vos|un|une|des|le|la|les))?",
};
