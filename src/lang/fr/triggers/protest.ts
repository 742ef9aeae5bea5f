// PROTEST triggers (French).
import type { TriggerRow } from '../../pack.js';

const T = 'PROTEST' as const;
/** A crowd gathered to celebrate or to watch: "se sont rassemblées pour le festival", "un rassemblement festif". */
const FESTIVE = "(?:festifs?|sportifs?|culturels?|familiaux|amicaux|(?:[\\p{L}'’-]+ ){0,3}?pour (?:le |la |les |un |une |l'|l’|assister (?:au |à la |à l'|aux ))?(?:festivals?|fêtes?|concerts?|célébrations?|cérémonies?|matchs?|spectacles?|carnavals?|mariages?|messes?|prières?|cultes?|anniversaires?|\"?Festival))";

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: `manifest(?:ation|ations|ants|é|ent|er)(?<!(?<![\\p{L}])(?:s'|se )(?:est |sont |était |étaient |)manifest(?:ation|ations|ants|é|ent|er))(?! (?:sportives?|culturelles?|festives?|artistiques?|religieuses?|commerciales?))|sit-in|marches? de protestation|rassemblements?(?! ${FESTIVE})`, mode: 'demo-org', cameo: '141', example: 'Des milliers de manifestants ont défilé à Bamako.' },
  // A crowd told by its marching, blocking or gathering, or by the signs it holds up ("une foule qui brandissait des pancartes").
  { type: T, pattern: `défil(?:é|és|ée|ées|ent|er|aient)(?<!(?<![\\p{L}])(?:un|le|du|au|ce|les|des|ces|leur) défil(?:é|és|ée|ées|ent|er|aient))(?! sur (?:une |un |la |le |les )?(?:estrades?|podiums?|scènes?|tapis rouge|passerelles?))|descendu(?:e|s|es)? dans (?:les|la) rues?|marches? (?:de|pour|contre|pacifiques?|silencieuses?|blanches?|(?:a|ont) (?:été organisée?s?|eu lieu|rassemblé|réuni))|(?:organis|effectu|men)(?:é|ée|ent|er|ait|aient) une (?:grande |longue )?marche(?!(?: [\\p{L}'’-]+){0,4} (?:kilomètres|km|mètres))|protest(?:er|ent|é|aient|ataires)|bloqu(?:é|ent|er|aient) (?:l'accès|les accès|les routes|la route|les entrées)|(?:se sont|s'est|se sont tous|se sont toutes) rassemblé(?:e|s|es)?(?! ${FESTIVE})|brandi(?:ssait|ssaient|ssant|ssent|t|s|e|es)? (?:des |leurs |de |les |quelques )?(?:pancartes|banderoles|calicots)`, mode: 'demo-org', cameo: '141', example: 'Des centaines de femmes sont descendues dans les rues de Belgrade.' },
  // "casseurs" are rioters.
  { type: T, pattern: "émeutes?|émeutiers|casseurs", mode: 'riot-spon', cameo: '145', acled: { event_type: 'Riots', sub_event_type: 'Violent demonstration' }, example: 'Des émeutes ont éclaté à Bangui.' },
  // What a crowd does that makes a demonstration violent (ACLED: burning tyres, throwing stones, petrol bombs).
  { type: T, pattern: "(?:brûl|incendi)(?:é|és|ée|ées|ent|er|ant|ait|aient|èrent) (?:des |de |les )?pneus|pneus (?:brûlés|enflammés|en feu)|jets? de pierres|(?:lancé|lancent|lançaient|lançant|jeté|jetaient|jetant) (?:des |de )(?:pierres|projectiles|cocktails Molotov)|cocktails? Molotov", mode: 'riot-spon', cameo: '145', acled: { event_type: 'Riots', sub_event_type: 'Violent demonstration' }, example: 'Les manifestants ont brûlé des pneus devant la préfecture de Conakry.' },
  // People rallied by people: "ils avaient mobilisé une centaine de personnes" (troops mobilised are MOBILIZE).
  { type: T, pattern: "mobilis(?:é|ée|és|ées|ant|ent|er)(?= (?:[\\p{L}'’-]+ ){1,3}?(?:d')?(?:personnes|manifestants|habitants|militants|citoyens|partisans|sympathisants))", mode: 'demo-org', cameo: '141', example: 'Le collectif a mobilisé des centaines de militants devant la mairie de Lyon.' },
  { type: T, pattern: 'grèves?(?: générale)?|grévistes', mode: 'strike-gen', cameo: '143', example: 'Les enseignants sont en grève depuis lundi.' },
  { type: T, pattern: 'grève de la faim', mode: 'strike-hun', cameo: '1421', example: 'Le détenu a entamé une grève de la faim.' },
];
