// ACCUSE triggers (French).
import type { TriggerRow } from '../../pack.js';

const T = 'ACCUSE' as const;
/** A court's sentence after "condamné" ("à cinq ans de prison", "à mort"): a sentencing, not a condemnation. */
export const SENTENCE = " à (?:mort|la prison|la réclusion|perpétuité|une peine|une amende|des travaux forcés|(?:plus de |moins de )?(?:[\\p{L}\\d-]+ ){1,3}(?:de prison|d'emprisonnement|de réclusion|de détention|ferme|avec sursis))";

/**
 * The participle tells an accusation only after its auxiliary ("a accusé", "ont par la suite accusé", "est accusé") or
 * joined to a verb that has one ("a affirmé …, et accusé Bakou"): bare, it describes someone ("sa voisine, accusée du
 * meurtre", "un citoyen accusé d'être un informateur"), no party accusing.
 */
const TOLD = "(?<=(?<![\\p{L}])(?:a|ont|avait|avaient|aura|auront|aurait|auraient|avoir|ayant|été|est|sont|était|étaient|sera|seront|serait|seraient|et|puis|mais)(?: [\\p{L}'’-]+){0,3}? accus(?:é|ée|és|ées))";

export const triggers: readonly TriggerRow[] = [
  // "les accusés" (the accused, a noun) accuses no one.
  { type: T, pattern: `accus(?<!(?<![\\p{L}])(?:les |l'|des |aux |un |une |d'|cet |cette )accus)(?:(?:é|ée|és|ées)${TOLD}|e|ent|ant|ait|ation|ations)`, cameo: '112', example: "Le ministre a accusé Bakou d'avoir lancé une offensive." },
  { type: T, pattern: `dénonc(?:é|ée|e|ent|ant|er|ait)|condamn(?:é|e|ent|ant|ait)(?!${SENTENCE})|fustig(?:é|e|ent)|reproch(?:é|e|ent)`, cameo: '111', example: "Le ministre a dénoncé une campagne de désinformation d'Erevan." },
];
