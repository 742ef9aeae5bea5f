// French count words: what a number counts ("200 morts", "deux hommes abattus", "tuant 3 civils").
import type { CountLexicon } from '../pack.js';

export const counts: CountLexicon = {
  nouns: [
    { pattern: "morts?|tué(?:e|s|es)?|décédé(?:e|s|es)?|abattu(?:e|s|es)?|assassiné(?:e|s|es)?|exécuté(?:e|s|es)?|égorgé(?:e|s|es)?|victimes? mortelles?|cadavres?|corps sans vie|corps|pertes en vies? humaines?", kind: 'killed', example: 'Le bilan est de 2 morts.' },
    { pattern: 'blessé(?:e|s|es)?|blesses|bléssé(?:e|s|es)?', kind: 'injured', example: 'On compte 400 blessés.' },
    { pattern: "(?:porté(?:e|s|es)?[- ])?disparu(?:e|s|es)?", kind: 'missing', example: 'Un blessé et deux disparus.' },
    { pattern: 'arrêté(?:e|s|es)?|interpellé(?:e|s|es)?|arrestations?|capturé(?:e|s|es)?', kind: 'arrested', example: 'Trois suspects arrêtés à Mopti.' },
    { pattern: 'déplacé(?:e|s|es)?(?: internes?)?|réfugié(?:e|s|es)?', kind: 'displaced', example: 'Les combats ont fait 5 000 déplacés.' },
    { pattern: 'violations?', kind: 'violations', example: 'Cinq violations du cessez-le-feu ont été enregistrées.' },
  ],
  verbs: [
    { pattern: 'tuant|(?:a|ont|avait|avaient) tué|coûté la vie à|coûtant la vie à', kind: 'killed', example: 'Ils ont attaqué le village, tuant 3 civils.' },
    { pattern: 'blessant|(?:a|ont) blessé', kind: 'injured', example: 'Des hommes armés attaquent un car, blessant 2 passagers.' },
    { pattern: '(?:a|ont) (?:arrêté|interpellé)|arrêtant', kind: 'arrested', example: 'La police a arrêté 12 manifestants.' },
  ],
  people: "personnes?|civils?|soldats?|militaires?|hommes?|femmes?|enfants?|policiers?|gendarmes?|casques bleus|combattants?|membres?|passagers?|villageois|éléments?|assaillants?|terroristes?|djihadistes?|jihadistes?|individus|habitants?|fidèles|élèves|chauffeurs?|agents?|rebelles?|miliciens?|manifestants?|otages?|suspects?|employés?|travailleurs?|Peuls?|éleveurs?|commerçants?|jeunes|fonctionnaires?",
  fillers: "de|des|d'|du|parmi les|au sein des|dont",
  none: [
    { pattern: 'aucune? (?:victime|perte)s?(?: en vies? humaines?| humaines?)?|pas de victimes?|sans faire de victimes?', kinds: ['killed', 'injured'], example: 'Aucune victime.' },
  ],
};
