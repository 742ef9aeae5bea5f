// AGREE triggers (French).
import type { TriggerRow } from '../../pack.js';

const T = 'AGREE' as const;
/** What parties sign when they agree. */
/**
 * An agreement named as the thing followed, applied or broken ("le comité de suivi de l'accord d'Alger", "la mise en œuvre
 * de l'accord", "en violation de l'accord"): a reference to an agreement made before, not its making.
 */
const REFERRED = "(?:suivi|mise en œuvre|application|respect|violations?|signataires?|termes|cadre|dispositions|clauses|parties|mécanisme|comité|garants?)";
const PACT = "accords?|traités?|protocoles?|cessez-le-feu|trêves?|mémorandums?|conventions?|pactes?|feuilles? de route|armistices?";

export const triggers: readonly TriggerRow[] = [
  { type: T, pattern: "(?:cessez-le-feu|trêves?|cessation des hostilités)(?<!(?:malgré|en dépit d(?:u|e la|e l'|')) ?(?:la |le |l'|une |un )?(?:[\\p{L}-]+ )?(?:cessez-le-feu|trêves?|cessation des hostilités))", context: ['ceasefire'], cameo: '0356', example: 'Au lendemain du cessez-le-feu, les discussions ont commencé.' },
  // Signing agrees to something only with a text of agreement ("ont signé jeudi un accord"), not "signé des autographes".
  { type: T, pattern: `accords?(?<!${REFERRED} (?:de l'|des |du )accords?)(?: de paix)?|sign(?:é|ée|és|ées|ent|er|ature|ant|ait|aient|eront|era)(?= (?:[\\p{L}'’-]+ ){0,4}?(?:${PACT}))`, cameo: '057', example: "Les deux parties ont signé un accord de paix." },
  { type: T, pattern: "(?:se sont dits?|se disent|se dit|s'est dit|se sont déclarés?) prête?s? à|disposition à", cameo: '036', example: "Les deux camps se sont dits prêts à poursuivre les pourparlers." },
];
