// CONSULT triggers (French).
import type { TriggerRow } from '../../pack.js';

const T = 'CONSULT' as const;

// Kin and friends: "rendre visite à ses parents" is a private call, not a consultation between parties.
const KIN = "(?:ses|sa|son|leur|leurs|un|une) (?:parents?|famille|proches?|grands?-\\p{L}+|ami(?:e|s|es)?|enfants?|fils|filles?|mari|femme|frères?|sœurs?)";
// The hurt and the sick visited: "ont rendu visite aux victimes", "visite à plusieurs nourrissons hospitalisés".
const CARED = "(?:à |aux |des |les |à des |à plusieurs |à quelques )(?:victimes|malades|blessés|patients|nourrissons|sinistrés|familles endeuillées)";
// A place of care or work visited, not a party: "des visites dans les hôpitaux", "une visite à la nouvelle raffinerie".
const SITE = "(?:à|dans|de) (?:la |le |l'|les |un |une |des |plusieurs |nos |ses )?(?:nouvel(?:le)? |nouveaux |nouvelles )?(?:hôpita(?:l|ux)|cliniques?|maternités?|usines?|raffineries?|chantiers?|écoles?|musées?|entreprises?|exploitations?|fermes?|laboratoires?|magasins?|locaux)(?![\\p{L}])";
// "à Kidal", "en Algérie", not "à la banque", "à son domicile" or "en train" (patterns match regardless of case: no capital test).
const AT_PLACE = "(?:à|en) (?!(?:la|le|les|l'|un|une|son|sa|ses|leur|leurs|cette|ce|ces|mon|ma|mes|notre|nos|train|voiture|avion|bus|taxi|bateau|car|moto|vélo|urgence|personne|hâte)(?:\\s|(?<=')|$))\\p{L}";
// Time words that may stand between the verb and the place: "doivent se retrouver jeudi à Yevlakh".
const WHEN = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|bientôt";
// Things one meets with that are no party: "l'application rencontre un grand succès", "a rencontré des difficultés".
const NOT_PARTY = " (?:[\\p{L}'’]+ ){0,2}(?:succès|difficultés?|problèmes?|obstacles?|résistances?|écho)";

// People gathered somewhere, not parties meeting: "des fidèles réunis dans une église", "les familles réunies".
const GATHERED = "(?:fidèles|personnes|habitants|villageois|familles|invités|élèves|enfants|foules?|spectateurs|supporters|civils|passagers|clients|touristes|proches|amis|croyants|pèlerins)";
// The meetings of a firm, a family or a school: "la réunion des associés", "une réunion de parents d'élèves".
const PRIVATE = "(?:des associés|des actionnaires|du personnel|d'équipe|de (?:famille|parents|chantier|copropriété|rédaction)|(?:du|au) conseil d'administration)";

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: `réunions?(?! ${PRIVATE})|(?:se sont )?réuni(?:e|s|es)?(?! en (?:petits |grands )?groupes?)(?<!${GATHERED} réuni(?:e|s|es)?)|discussions?|pourparlers|négociations?|sommets?`, cameo: '040', example: 'Les discussions entre les deux camps ont débuté jeudi à Yevlakh.' },
  // "rencontre" is also the verb of a difficulty met ("a rencontré des difficultés") or of a first time ("n'ait jamais rencontré").
  { type: T, pattern: `rencontr(?<!jamais rencontr)(?:es?|é|ée|és|ées|ent|ait|aient|eront|era)(?!${NOT_PARTY}(?![\\p{L}]))`, cameo: '040', example: 'Le président a rencontré son homologue malien à Bamako.' },
  // Meeting again at a place or to talk: "se retrouver par terre" or "à l'Olympia" is no meeting.
  { type: T, pattern: `se retrouver(?:ont|aient|a)?(?= (?:(?:${WHEN}) )*${AT_PLACE}| pour (?:discuter|négocier|s'entretenir|dialoguer))`, cameo: '040', example: 'Les deux délégations doivent se retrouver à Genève la semaine prochaine.' },
  // "entretien" is also upkeep ("l'entretien d'un bateau", "agents d'entretien"): a talk is had with someone.
  { type: T, pattern: "entretiens?(?= (?:avec|entre|bilatéra|en tête-à-tête|à huis clos))|entretenu(?:e|s|es)?(?= (?:avec|au téléphone|par téléphone))", cameo: '040', example: "Le ministre a eu un entretien avec l'ambassadeur de France." },
  { type: T, pattern: `visite(?<!(?:lui|leur) (?:\\p{L}+ )?rend\\p{L}* visite)s?(?! à ${KIN}| ${CARED}| ${SITE})|visit(?:é|ée|ent)(?! ${CARED}| ${SITE})`, mode: 'visit', cameo: '042', example: 'Le président a effectué une visite à Bamako.' },
  // A trip to a named place: "s'est rendu à Bamako", not "s'est rendue à la banque".
  { type: T, pattern: `s'est rendue?(?= ${AT_PLACE})`, mode: 'visit', cameo: '042', example: "Le Premier ministre s'est rendu à Kidal jeudi." },
  { type: T, pattern: 'entretien téléphonique|conversation téléphonique|échange téléphonique|appel téléphonique|(?:se sont|s\'est) (?:parlé|entretenus?) au téléphone', mode: 'phone', cameo: '041', example: 'Les deux dirigeants ont eu un entretien téléphonique.' },
  { type: T, pattern: 'médiations?', cameo: '045', example: "L'Algérie a proposé sa médiation." },
];
