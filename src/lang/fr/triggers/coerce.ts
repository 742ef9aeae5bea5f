// COERCE triggers (French).
import type { TriggerRow } from '../../pack.js';
import { SENTENCE } from './accuse.js';

const T = 'COERCE' as const;
/** Who the police take away: a suspect, not a thing or a passenger. */
const SUSPECT = "suspects?|malfaiteurs?|voleurs?|cambrioleurs?|délinquants?|individus?|agresseurs?|fugitifs?|trafiquants?|manifestants?|émeutiers|casseurs|intrus|forcenés?|assaillants?|coupables?";

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: "arrest(?:ation|ations|é|ée|és|ées)|interpell(?:é|ée|és|ées|ation|ations)|appréhend(?:é|és|ée|ées)|arrêt(?:é|és|ée|ées)(?<!(?<![\\p{L}])(?:s'|se |l'|un |cet |par )(?:est |sont |était |étaient |être |)arrêt(?:é|és|ée|ées))(?! (?:ministériel|préfectoral|municipal|royal|interministériel)s?)|arrêt(?:e|ent|er|ant) (?:\\d+|des|deux|trois|plusieurs|un|une|la plupart des|les (?:auteurs|suspects|coupables|manifestants|assaillants|malfaiteurs|responsables|agresseurs))", mode: 'arrest', cameo: '173', acled: { event_type: 'Strategic developments', sub_event_type: 'Arrests' }, example: 'Trois suspects ont été arrêtés à Mopti.' },
  // Custody in other words: "mis aux arrêts", "placé en garde à vue", "menotté", "écroué", and the police taking away
  // someone suspected ("ont embarqué le malfaiteur"; not "embarqué à bord", "embarqué les bagages").
  { type: T, pattern: `mis(?:e|es)? aux arrêts|(?:plac|gard)(?:é|ée|és|ées) en (?:garde à vue|détention)|gardes? à vue|menott(?:é|ée|és|ées)|écrou(?:é|ée|és|ées)|embarqu(?:é|ent|aient|èrent)(?= (?:(?:le|la|les|l'|un|une|des|ces|ce|cet|deux|trois|quatre|cinq|plusieurs|jeunes?|présumée?s?) ){1,3}(?:${SUSPECT}))`, mode: 'arrest', cameo: '173', acled: { event_type: 'Strategic developments', sub_event_type: 'Arrests' }, example: 'Les gendarmes ont embarqué les deux suspects au poste de Ségou.' },
  // A sentence passed by a court: legal action, as an arrest (CAMEO 173).
  { type: T, pattern: `condamn(?:é|ée|és|ées|ent|ant|ait)(?=${SENTENCE})`, mode: 'arrest', cameo: '173', example: 'Le chef de gang a été condamné à dix ans de prison à Dakar.' },
  { type: T, pattern: "coups? d'(?:É|E|é|e)tat|putschs?|(?:a|ont) pris le pouvoir|prises? (?:du|de) pouvoir(?! par les urnes)|(?:s'est|se sont) emparée?s? du pouvoir|(?:prises? (?:du|de)|pris le|prendre le|prennent le|prend le) contrôle (?:du pays|de l'(?:É|E|é|e)tat|du palais présidentiel|de la présidence)|renvers(?:é|ée|er|ent|ant|èrent|ait)(?= (?:le|la|les|l'|son|leur) (?:gouvernement|régime|président|présidente|pouvoir|junte|chef de l'(?:É|E|é|e)tat|monarchie))|(?:gouvernement|régime|président|pouvoir|junte) (?:[\\p{L}-]+ )?(?:a|avait|aurait) été renversée?", mode: 'coup', cameo: '1723', example: "Un coup d'État a éclaté dans la capitale samedi." },
  { type: T, pattern: "fouill(?:e|é|ée|ent|es)|perquisitions?|perquisitionn(?:é|e|ent)", mode: 'search', cameo: '17', example: "La force Barkhane fouille le domicile d'un suspect à Zouéra." },
  { type: T, pattern: 'couvre-feu', mode: 'martial-law', cameo: '175', example: 'Un couvre-feu a été décrété à Bangui.' },
  { type: T, pattern: 'pillages?|pill(?:é|ée|és|ées|ent|er|ant|aient|èrent)|incendi(?:é|ée|és|ées|ent)|saccag(?:é|és|ée|ées)|dévalis(?:é|ent)', mode: 'destroy', cameo: '1711', incidental: true, acled: { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction' }, example: 'Des hommes armés ont pillé les boutiques du marché.' },
  { type: T, pattern: "déminages?|démin(?:é|ée|er)|neutralis(?:é|ée|és|ées|ation) (?:d'une |d'un |une |un |deux |trois |plusieurs |de |des )?(?:mines?|engins?)|désamorc(?:é|ée|er)|mines? découvertes?", mode: 'demining', cameo: '17', acled: { event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use' }, weak: true, example: "Opération de déminage près de Gao : deux mines neutralisées." },
  { type: T, pattern: 'saisies?|saisi(?:s|e|es)? (?:des|de|d\'|une|un)', mode: 'confiscate', cameo: '1712', weak: true, example: "L'armée a saisi des armes à Kidal." },
];
