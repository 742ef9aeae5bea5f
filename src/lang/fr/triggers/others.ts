// Triggers (French) for types with few phrasings: SANCTION, MOBILIZE, RETREAT, AID, SUPPORT, CONCEDE, COOPERATE.
import type { TriggerRow } from '../../pack.js';

/** Forces withdrawn: "retiré ses troupes", "retrait des casques bleus". */
const MOVE = "(?:ses|leurs|les|des|du) (?:troupes|forces|soldats|militaires|casques bleus|contingents?|combattants|éléments|hommes)";
/** Armed or police forces, the only ones a mobilisation of MOBILIZE sets in motion (not "son équipe", "la communauté internationale"). */
const FORCES = "(?:troupes|forces|soldats|militaires|réservistes|policiers|gendarmes|unités|renforts|effectifs|combattants|miliciens|armées?|police|gendarmerie|contingents?|bataillons?|régiments?|blindés|chars)";
/** Staff and rescuers posted somewhere, not forces deployed: "ces employés, déployés à Rabat", "les secouristes déployés sur place". */
const NOT_STAFF = "(?<!(?:employés|salariés|bénévoles|volontaires|secouristes|sauveteurs|pompiers|médecins|infirmiers|infirmières|techniciens|ouvriers|travailleurs|commerciaux|enseignants|agents de santé)(?:,)?(?: [\\p{L}'’-]+){0,2} (?:ont été |a été |sont |est |)?déploy(?:é|ée|és|ées|er))";
/** Means sent to rescue, not a show of force: "mobilisés pour secourir les sinistrés", "déployés afin d'évacuer les habitants". */
const RESCUE = "(?! (?:[\\p{L}'’-]+ ){0,3}?(?:pour |afin d(?:e |'|’))(?:secourir|sauver|évacuer|rechercher|retrouver|soigner|éteindre|porter secours|venir en aide|aider les (?:sinistrés|victimes|blessés|rescapés)))";
/** "Care for victims" and nouns naming a body ("un comité de soutien"), not one party backing another. */
const NOT_BACKING = "(?:en|et de|comités? de|organisations? de|cellules? de|fonds de|groupes? de|collectifs? de|réseaux? de|bénéficie d'un|bénéficier d'un|espère un|espèrent un)";

export const triggers: readonly TriggerRow[] = [
  { type: 'SANCTION', pattern: 'sanctions?|embargos?|expuls(?:é|és|ion) (?:l\'ambassadeur|des diplomates)|rompu (?:les|ses) relations', cameo: '163', example: "L'Union européenne a adopté des sanctions contre la junte." },
  // Unfurling a banner is no deployment: "ont déployé une banderole"; nor are staff posted or rescuers sent ("ces employés,
  // déployés à Rabat", "des hélicoptères de l'armée ont été mobilisés pour secourir les sinistrés").
  { type: 'MOBILIZE', pattern: `(?:déploi(?:ement|ements|e|ent)|déploy(?:é|ée|és|ées|er)(?! (?:[\\p{L}'’]+ ){1,2}(?:banderoles?|bannières?|drapeaux?|pancartes?|affiches?))${NOT_STAFF}|renforts?|mobilis(?:é|ée|és|ées|ation|ent|er)(?= (?:de |des |les |ses |leurs |d'|\\d+ |plusieurs |(?:[\\p{L}'’-]+ ){0,2})${FORCES}(?![\\p{L}]))|mobilis(?:é|ée|és|ées)(?<=${FORCES}(?: [\\p{L}'’-]+){0,3} (?:a été |ont été |sont |est |)?mobilis(?:é|ée|és|ées)))${RESCUE}`, mode: 'troops', cameo: '150', example: "L'armée a déployé des renforts à Ménaka." },
  // A withdrawal of forces, not "a retiré sa plainte" or "s'était retiré de la vie politique".
  { type: 'RETREAT', pattern: `(?:se sont|s'est|se|s'étaient|s'était) retir(?:é|ée|és|ées|ent|e|er)(?! de la vie)|retir(?:é|ée|és|ées|ent|er) ${MOVE}|retraits? ${MOVE}|repli(?:é|és|ent)?`, cameo: '087', example: 'Les troupes se sont retirées de la ville.' },
  { type: 'AID', pattern: "aide humanitaire|aide alimentaire|vivres(?<!approvisionn\\p{L}* en vivres)|assistance humanitaire", cameo: '073', example: "L'ONU a acheminé de l'aide humanitaire à Kaga Bandoro." },
  // Care for victims ("un soutien psychologique", "leur soutien aux familles touchées") and arguing ("il a soutenu
  // que…") back no party.
  { type: 'SUPPORT', pattern: `soutien(?<!${NOT_BACKING} soutien)(?! (?:psychologique|psycho-social|psychosocial|moral|scolaire|médical)| (?:aux|à|à la|à leurs?|à ses) (?:familles?|victimes|sinistrés|proches|blessés|malades|endeuillés))|soutenu(?! que)|soutenir|salu(?:é|e|ent)|félicit(?:é|e|ent)`, cameo: '051', example: 'Le gouvernement français a salué la signature de l’accord.' },
  // "Front de libération", "la guerre de libération": a name or an era, not a release.
  { type: 'CONCEDE', pattern: "libér(?:é|ée|és|ées|ation)(?<!(?:fronts?|mouvements?|armées?|forces?|conseils?|comités?|partis?|organisations?|guerres?|luttes?|jour|fête|théologie|front populaire|front national|mouvement national|armée populaire) (?:de |de la |pour la )libération)|relâch(?:é|ée|és|ées)", cameo: '0841', example: 'Les otages ont été libérés dimanche par les rebelles.' },
  { type: 'COOPERATE', pattern: "patrouilles? conjointes?|opérations? conjointes?|coopération militaire", cameo: '061', example: "Une patrouille conjointe de l'armée a sécurisé la route." },
];
