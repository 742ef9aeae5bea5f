// French count words: what a number counts ("200 morts", "deux hommes abattus", "tuant 3 civils").
import type { CountLexicon } from '../pack.js';

// A people noun may carry an age ("une femme de 72 ans") or the body they belong to, its name quoted or not ("trois soldats
// de la force française", "trois membres de l'association « Terre libre », grièvement blessés"); refugees and displaced people are people too.
// The noun alone (with its age): what a look-behind may read back without trying every way to split a body's name.
const PERSON = "(?:personnes?|civils?|soldats?|militaires?|hommes?|femmes?|enfants?|policiers?|gendarmes?|casques? bleus?|officiers?|sous-officiers?|combattants?|membres?|passagers?|villageois|éléments?|assaillants?|terroristes?|djihadistes?|jihadistes?|individus|habitants?|fidèles|élèves|chauffeurs?|agents?|rebelles?|miliciens?|manifestants?|militants?|participants?|otages?|suspects?|employés?|travailleurs?|Peuls?|éleveurs?|commerçants?|jeunes?|fonctionnaires?|réfugié(?:e|s|es)?|déplacé(?:e|s|es)?|retourné(?:e|s|es)|rapatrié(?:e|s|es)|ouvriers?|paysans?|policiers?|journalistes?|écoliers?|élèves|étudiants?|touristes?|mercenaires?|garçons?|filles?|fillettes?|bébés?|vieillards?|adolescent(?:e|s|es)?)(?:,? (?:âgée?s? )?d(?:e |')\\d+ (?:et \\d+ )?ans,?)?";
// Who among them may follow between commas: "cinq personnes, dont deux enfants, ont été tuées".
const AMONG = "(?:, (?:dont|parmi (?:eux|elles|lesquels|lesquelles)|notamment|y compris) [^,.;:!?()\\n]{1,40},)";
const PEOPLE = `${PERSON}(?:(?: (?:de|du|des)(?: [\\p{L}'’-]+){1,3}| d'[\\p{L}'’-]+(?: [\\p{L}'’-]+)?)(?: [«\\u0022“][^»\\u0022”.;:!?\\n]{1,60}[»\\u0022”])?,?)?${AMONG}?`;

export const counts: CountLexicon = {
  nouns: [
    { pattern: "morts?|tué(?:e|s|es)?|décédé(?:e|s|es)?|abattu(?:e|s|es)?|assassiné(?:e|s|es)?|exécuté(?:e|s|es)?|égorgé(?:e|s|es)?|victimes? mortelles?|décès|calciné(?:e|s|es)?|carbonisé(?:e|s|es)?|cadavres?|corps sans vie|corps|pertes en vies? humaines?", kind: 'killed', example: 'Le bilan est de 2 morts.' },
    { pattern: "(?:(?:a|ont|avait|avaient|auraient|aurait) )?(?:perdu la vie|trouvé la mort|péri|succombé(?:e|s|es)?(?: à (?:ses|leurs) blessures)?)|périrent|(?:(?:est|sont|était|étaient) )?(?:mort(?:e|s|es)?|décédée?s?) (?:sur le coup|sur place|dans|lors|au cours|des suites)", kind: 'killed', example: 'Un soldat a perdu la vie lors de l’attaque.' },
    // "victimes" alone may be the dead or the wounded; a toll verb before it ("l'attaque a fait 12 victimes", "on compte
    // une dizaine de victimes") reads it as the dead, unless a breakdown follows ("12 victimes dont 3 morts"); a vague
    // "plusieurs victimes" is a vague toll, which a figure told after it refines (counts/refine.ts).
    { pattern: "victimes(?<=(?:fait|faisant|font|fera|causé|causant|compte|comptait|dénombre|dénombrait|recense|recensé|déplore|déplorait)\\s+[\\p{L}\\p{N}'’  -]{0,30}victimes)(?!,? (?:dont|parmi lesquelles))", kind: 'killed', example: "L'explosion a fait douze victimes au marché de Gao." },
    // The word comes first and its look-behind after it: the look-behind then runs only where the word stands, not at
    // every word starting with its letter (the count pattern is tried after every number).
    { pattern: `neutralisé(?:e|s|es)?(?<=(?:${PERSON})\\s+(?:[\\p{L}'’-]+\\s+){0,4}neutralisé(?:e|s|es)?)`, kind: 'killed', example: 'Au moins 6 rebelles neutralisés par l’armée à Bakouma.' },
    { pattern: 'blessé(?:e|s|es)?|blesses|bléssé(?:e|s|es)?', kind: 'injured', example: 'On compte 400 blessés.' },
    // The hurt told by their care: "cinq personnes ont été hospitalisées", "trois policiers admis à l'hôpital".
    { pattern: "hospitalisé(?:e|s|es)?|(?:admis|admise?s|transporté(?:e|s|es)?|évacué(?:e|s|es)?|conduit(?:e|s|es)?) (?:d'urgence )?(?:à l'hôpital|vers l'hôpital|aux urgences)", kind: 'injured', example: 'Après les heurts, cinq personnes ont été hospitalisées.' },
    { pattern: "(?:porté(?:e|s|es)?[- ])?disparu(?:e|s|es)?", kind: 'missing', example: 'Un blessé et deux disparus.' },
    { pattern: 'arrêté(?:e|s|es)?|interpellé(?:e|s|es)?|arrestations?|capturé(?:e|s|es)?', kind: 'arrested', example: 'Trois suspects arrêtés à Mopti.' },
    // Not the displaced or refugees a participle then says were killed ("Trois personnes déplacées tuées").
    { pattern: "(?:déplacé(?:e|s|es)?(?: internes?)?|réfugié(?:e|s|es)?)(?! (?:tué|abattu|assassiné|exécuté|égorgé|massacré)(?:e|s|es)?(?![\\p{L}]))", kind: 'displaced', example: 'Les combats ont fait 5 000 déplacés.' },
    { pattern: 'violations?', kind: 'violations', example: 'Cinq violations du cessez-le-feu ont été enregistrées.' },
  ],
  verbs: [
    // A verb sharing the auxiliary of the one before it: "ont incendié des maisons et tué quatre villageois".
    { pattern: "tuant|(?:a|ont|avait|avaient) tué|(?:et|puis|après avoir|avant d'avoir) (?:tué|abattu|exécuté)|(?:a|ont|avait|avaient) (?:abattu|exécuté|massacré|égorgé)(?: sommairement| froidement)?|coûté la vie à|coûtant la vie à", kind: 'killed', example: 'Ils ont attaqué le village, tuant 3 civils.' },
    // Headlines tell in the present: "des hommes armés tuent 4 villageois".
    { pattern: 'tuent|tue|abattent|abat', kind: 'killed', example: 'Des hommes armés tuent 4 villageois près de Bambari.' },
    { pattern: 'blessent|blesse', kind: 'injured', example: 'Des bandits blessent 2 commerçants sur l’axe Bouar-Baoro.' },
    // A toll's new figure: it updates the lower one told before for the same event ("Le bilan s'est alourdi à 31 morts").
    { pattern: "bilan(?: [^.;:!?]{1,60}?)? (?:s'est alourdi|s'alourdit|est passé|passe|a grimpé|grimpe|s'élève désormais|atteint désormais|a atteint) à", kind: 'killed', update: true, example: "Une attaque a fait 23 morts à Solenzo lundi. Le bilan s'est alourdi à 31 morts mardi." },
    // Losses told by their side: "nous avons perdu douze hommes", "l'armée a perdu trois soldats".
    { pattern: `(?:avons|ont|a|avait|avaient) perdu(?= (?:[\\p{L}\\p{N}'’]+ ){0,3}?(?:${PERSON}))`, kind: 'killed', example: "« Nous avons perdu douze hommes », a confié un officier après l'attaque de Tessalit." },
    { pattern: "la mort d(?:e|')|mort d(?:e|')|le décès d(?:e|')|décès d(?:e|')", kind: 'killed', example: 'Tension à Kaga-Bandoro après la mort de deux éléments du FPRC.' },
    { pattern: `(?:(?:a|ont|avoir|avait|avaient) neutralisé|neutralisé|neutralisant)(?= (?:[\\p{L}\\p{N}'’]+ ){0,3}?(?:${PERSON}))`, kind: 'killed', example: "L'armée affirme avoir neutralisé 46 assaillants." },
    // How badly may stand before the figure: "blessant grièvement deux policiers", "ont légèrement blessé trois passants".
    { pattern: "(?:blessant|(?:a|ont) (?:(?:grièvement|gravement|légèrement|sérieusement|mortellement) )?blessé|(?:et|puis|après avoir|avant d'avoir) blessé)(?: (?:grièvement|gravement|légèrement|sérieusement|mortellement))?", kind: 'injured', example: 'Des hommes armés attaquent un car, blessant 2 passagers.' },
    { pattern: '(?:a|ont) (?:arrêté|interpellé)|arrêtant', kind: 'arrested', example: 'La police a arrêté 12 manifestants.' },
  ],
  people: PEOPLE,
  nonPeople: "poissons?|animaux|bêtes|vaches|bœufs|boeufs|moutons|chèvres|chameaux|dromadaires|ânes|chevaux|oiseaux|chiens|chats|bovins|ovins|caprins|(?:têtes|tête) de bétail|bétail|volailles|poulets|arbres|bâtiments|maisons|véhicules",
  // Passive auxiliaries too: "dix personnes dont les mariés ont été tués".
  // And how badly: "deux autres ont été grièvement blessés".
  fillers: "de|des|d'|du|parmi les|au sein des|dont|(?:ont|a|avaient|avait|auraient|aurait|sont|est|seraient|serait|étaient|était) (?:été )?(?:(?:grièvement|gravement|légèrement|mortellement|sérieusement|superficiellement) )?",
  // "trois morts au cours d'une arrestation", "lors de l'assaut", "pendant la manifestation".
  during: "au cours d(?:e|u|es|')|lors d(?:e|u|es|')|pendant|durant",
  // "sept soldats tués dans une embuscade": the event word after these is the killing's occasion, the same event.
  occasion: "au cours d(?:e|u|es|')|lors d(?:e|u|es|')|pendant|durant|dans",
  none: [
    { pattern: 'aucune? (?:victime|perte)s?(?: en vies? humaines?| humaines?)?|pas de victimes?|sans faire de victimes?', kinds: ['killed', 'injured'], example: 'Aucune victime.' },
    // A toll told as none of one kind: "les heurts n'ont pas fait de blessés", "sans faire de morts", "ni mort ni blessé".
    { pattern: "ni morts? ni blessée?s?|ni blessée?s? ni morts?", kinds: ['killed', 'injured'], example: "L'explosion n'a fait ni mort ni blessé." },
    { pattern: "n'(?:a|ont|avait|avaient|aurait|auraient) (?:pas )?fait (?:aucun mort|de morts?)|sans faire (?:de morts?|aucun mort)|aucun mort|pas de morts?", kinds: ['killed'], example: "Les tirs n'ont pas fait de morts." },
    { pattern: "n'(?:a|ont|avait|avaient|aurait|auraient) (?:pas )?fait (?:aucun blessé|de blessés?)|sans faire (?:de blessés?|aucun blessé)|aucun blessé|pas de blessés?", kinds: ['injured'], example: "Les heurts n'ont pas fait de blessés." },
    // "Personne n'a été tué", "aucun soldat n'a été blessé": a toll of none.
    { pattern: "(?:personne|nul(?:le)?|aucune? [\\p{L}-]+) n'(?:a|ont|avait|avaient|aurait|auraient) (?:été )?tué(?:e|s|es)?", kinds: ['killed'], example: "Personne n'a été tué dans les affrontements." },
    { pattern: "(?:personne|nul(?:le)?|aucune? [\\p{L}-]+) n'(?:a|ont|avait|avaient|aurait|auraient) (?:été )?bless(?:é|ée|és|ées)", kinds: ['injured'], example: "Aucun passager n'a été blessé." },
  ],
};
